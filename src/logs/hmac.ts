/**
 * Keyed pseudonyms for identifiers that must be counted but never kept. Each run draws a random 256-bit
 * key that exists only in this process's memory: it is never written, logged or returned, and `dispose()`
 * overwrites it when the run ends, so no later reader of any output can recompute a pseudonym from a
 * known IP address or barcode (a plain hash could be reversed by trying every IPv4 address).
 */
import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { createFastHmac, type FastHmac } from './sha256.js';

export interface KeyedHasher {
  /** 96-bit pseudonym (base64url, 16 characters) of `value` under this run's key. */
  hash(value: string): string;
  /**
   * 64-bit pseudonym of `value` (the first 64 bits of the same HMAC-SHA-256) as two int32 words written
   * to `out`; no string or object is made (sha256.ts), which is what the per-session hot path needs.
   */
  hashPair(value: string, out: { h1: number; h2: number }): void;
  /** Overwrite and drop the key; `hash` throws afterwards. */
  dispose(): void;
}

/** A hasher with a fresh random key. */
export function createKeyedHasher(): KeyedHasher {
  return keyedHasherWith(randomBytes(32));
}

/** A hasher with the given key (tests compare it with `node:crypto`); the buffer is overwritten on dispose. */
export function keyedHasherWith(keyBytes: Buffer): KeyedHasher {
  let raw: Buffer | undefined = keyBytes;
  const fast: FastHmac = createFastHmac(raw);
  // a KeyObject imports the key once: createHmac with a raw Buffer re-imports it per call (measured ~2.5x slower)
  let key: KeyObject | undefined = createSecretKey(raw);
  return {
    hash(value) {
      if (!key) throw new Error('keyed hasher used after dispose');
      return createHmac('sha256', key).update(value).digest('base64url').slice(0, 16);
    },
    hashPair(value, out) {
      if (!key) throw new Error('keyed hasher used after dispose');
      fast.words(value, out);
    },
    dispose() {
      raw?.fill(0);
      fast.wipe();
      raw = undefined;
      key = undefined;
    },
  };
}
