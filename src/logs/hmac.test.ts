/**
 * The keyed pseudonyms are standard HMAC-SHA-256: the construction over `crypto.hash` one-shots gives
 * byte for byte what `node:crypto`'s `createHmac` gives, for messages shorter than, equal to and longer
 * than a block, UTF-8 text, keys of every size class, and calls in any order (the buffers are reused).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHmac256, keyedHasherWith } from './hmac.js';

const reference = (key: Buffer, m: string): Buffer => createHmac('sha256', key).update(m, 'utf8').digest();

const MESSAGES: [string, string][] = [
  ['empty', ''],
  ['short', 'SESS1\u00002024-03-05'],
  ['63 bytes', 'a'.repeat(63)],
  ['64 bytes (one block)', 'b'.repeat(64)],
  ['65 bytes', 'c'.repeat(65)],
  ['long (5,000 bytes, grows the buffer)', 'd'.repeat(4990) + '0123456789'],
  ['non-ASCII (Latin-1 range)', 'caf\u00e9 M\u00fcller \u00ff'],
  ['non-ASCII (CJK, emoji, three- and four-byte UTF-8)', '\u65e5\u672c\u8a9e \ud83d\udcda 192.0.2.1'],
  ['non-ASCII, 64 bytes of UTF-8', '\u00e9'.repeat(32)],
  ['NUL and control characters', 'u13\u0000msmith\u0000\t\r\n'],
];

describe('HMAC-SHA-256 over crypto.hash', () => {
  for (const keyLen of [32, 64, 65, 100, 0]) {
    it(`equals createHmac for every message class, key of ${keyLen} bytes`, () => {
      const key = randomBytes(keyLen);
      const mac = createHmac256(Buffer.from(key));
      for (const [name, m] of MESSAGES) {
        expect(Buffer.from(mac.digest(m), 'latin1').toString('hex'), name).toBe(reference(key, m).toString('hex'));
      }
      // reused buffers: a short message after a long one must not see the long one's bytes
      for (const [name, m] of [...MESSAGES].reverse()) {
        expect(Buffer.from(mac.digest(m), 'latin1').toString('hex'), `${name}, reverse order`).toBe(reference(key, m).toString('hex'));
      }
    });
  }

  it('the keyed hasher gives the first 64 bits (hashPair) and 96 bits (hash) of the same HMAC', () => {
    const key = randomBytes(32);
    const h = keyedHasherWith(Buffer.from(key));
    const out = { h1: 0, h2: 0 };
    for (let len = 0; len < 200; len++) {
      const v = 'x'.repeat(len) + (len % 3 === 0 ? '\u00e9\u65e5' : '') + '\u00002024-03-05';
      const d = reference(key, v);
      h.hashPair(v, out);
      expect([out.h1, out.h2], `length ${len}`).toEqual([d.readInt32BE(0), d.readInt32BE(4)]);
      expect(h.hash(v), `length ${len}`).toBe(d.toString('base64url').slice(0, 16));
    }
  });

  it('wipes the key: the caller buffer is zeroed and the hasher refuses to work after dispose', () => {
    const key = randomBytes(32);
    const h = keyedHasherWith(key);
    h.hash('192.0.2.1');
    h.dispose();
    expect(key.every((b) => b === 0)).toBe(true);
    expect(() => h.hash('192.0.2.1')).toThrow();
    expect(() => h.hashPair('192.0.2.1', { h1: 0, h2: 0 })).toThrow();
  });
});
