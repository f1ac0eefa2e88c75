/**
 * Keyed pseudonyms for identifiers that must be counted but never kept. Each run draws a random 256-bit
 * key that exists only in this process's memory: it is never written, logged or returned, and `dispose()`
 * overwrites it when the run ends, so no later reader of any output can recompute a pseudonym from a
 * known IP address or barcode (a plain hash could be reversed by trying every IPv4 address).
 */
import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';

export interface KeyedHasher {
  /** 96-bit pseudonym (base64url, 16 characters) of `value` under this run's key. */
  hash(value: string): string;
  /** 64-bit pseudonym of `value` as two int32 halves written to `out` (no string is made). */
  hashPair(value: string, out: { h1: number; h2: number }): void;
  /** Overwrite and drop the key; `hash` throws afterwards. */
  dispose(): void;
}

/** A hasher with a fresh random key. */
export function createKeyedHasher(): KeyedHasher {
  let raw: Buffer | undefined = randomBytes(32);
  // a KeyObject imports the key once: createHmac with a raw Buffer re-imports it per call (measured ~2.5x slower)
  let key: KeyObject | undefined = createSecretKey(raw);
  return {
    hash(value) {
      if (!key) throw new Error('keyed hasher used after dispose');
      return createHmac('sha256', key).update(value).digest('base64url').slice(0, 16);
    },
    hashPair(value, out) {
      if (!key) throw new Error('keyed hasher used after dispose');
      const d = createHmac('sha256', key).update(value).digest();
      out.h1 = d.readInt32LE(0);
      out.h2 = d.readInt32LE(4);
    },
    dispose() {
      raw?.fill(0);
      raw = undefined;
      key = undefined;
    },
  };
}
