/**
 * Open-addressing hash tables over typed arrays, for the per-day state of the log aggregator: keys are
 * pairs of 32-bit integers, values non-negative 32-bit integers. They hold millions of entries without
 * one JavaScript object per entry, so the garbage collector has nothing to copy or trace in them (the
 * day's state used to be per-session Maps and strings, and collecting them dominated the run time).
 * `hashChars` gives the two 32-bit halves of a 64-bit FNV-1a-style hash of a string range, so items and
 * searches are identified without cutting a string out of the line or keeping its text.
 */

/** Map from (a, b) int32 pairs to non-negative int32 values. */
export class PairTable {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  /** Entries stored. */
  size = 0;
  /** Slot of the last `find` (for `setAt`), or -1. */
  private slot = -1;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Int32Array(cap * 2);
    this.vals = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
  }

  /** The value for (a, b), or -1; remembers the slot for `setFound`/`insertHere`. */
  find(a: number, b: number): number {
    let i = mix(a, b) & this.mask;
    const keys = this.keys;
    const vals = this.vals;
    for (;;) {
      const v = vals[i]!;
      if (v < 0) { this.slot = i; return -1; }
      if (keys[i * 2] === a && keys[i * 2 + 1] === b) { this.slot = i; return v; }
      i = (i + 1) & this.mask;
    }
  }

  /** Overwrite the value found by the last `find` (which must have found one). */
  setFound(v: number): void {
    this.vals[this.slot] = v;
  }

  /** Insert (a, b) → v where the last `find` (which found nothing) stopped. */
  insertHere(a: number, b: number, v: number): void {
    const i = this.slot;
    this.keys[i * 2] = a;
    this.keys[i * 2 + 1] = b;
    this.vals[i] = v;
    if (++this.size * 2 > this.vals.length) this.grow();
  }

  /** Forget every entry (keeps the allocated size for the next day). */
  clear(): void {
    this.vals.fill(-1);
    this.size = 0;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    const cap = oldVals.length * 2;
    this.keys = new Int32Array(cap * 2);
    this.vals = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    for (let j = 0; j < oldVals.length; j++) {
      const v = oldVals[j]!;
      if (v < 0) continue;
      const a = oldKeys[j * 2]!;
      const b = oldKeys[j * 2 + 1]!;
      let i = mix(a, b) & this.mask;
      while (this.vals[i]! >= 0) i = (i + 1) & this.mask;
      this.keys[i * 2] = a;
      this.keys[i * 2 + 1] = b;
      this.vals[i] = v;
    }
  }
}

/**
 * Recently seen session keys → session number, so most lines find their session without the keyed hash
 * (HMAC) that names it. Keys are a 64-bit hash of the raw key under random per-run seeds, computed in
 * place on the line (no string is cut or kept): two generations of at most `max` entries, the older
 * dropped whole when the newer fills. A miss costs one HMAC and a lookup by pseudonym.
 */
export class RecentKeys {
  private young: PairTable;
  private old: PairTable;

  /** `max`: keys per generation (two generations are kept). */
  constructor(private readonly max = 4096) {
    this.young = new PairTable(max);
    this.old = new PairTable(max);
  }

  get(h1: number, h2: number): number {
    const s = this.young.find(h1, h2);
    if (s >= 0) return s;
    const o = this.old.find(h1, h2);
    if (o >= 0) this.set(h1, h2, o);
    return o;
  }

  set(h1: number, h2: number, s: number): void {
    if (this.young.size >= this.max) {
      const t = this.old;
      t.clear();
      this.old = this.young;
      this.young = t;
    }
    if (this.young.find(h1, h2) < 0) this.young.insertHere(h1, h2, s);
    else this.young.setFound(s);
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}

/** Spread two int32s over the table (murmur3's finaliser). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** High and low halves of the last `hashChars` result (two results without allocating). */
export const hashOut = { h1: 0, h2: 0 };

/**
 * 64-bit hash of `s[from, to)` continuing from (h1, h2), as two independent 32-bit FNV-1a-style lanes
 * (different primes and offsets). Two distinct items of one day share a hash with a probability of about
 * n^2 / 2^65 (1e-10 for 100,000 items). Result in `hashOut`.
 */
export function hashChars(s: string, from: number, to: number, h1 = 0x811c9dc5 | 0, h2 = 0x2545f491): void {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  hashOut.h1 = h1;
  hashOut.h2 = h2;
}
