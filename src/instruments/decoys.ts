/**
 * Decoys: distinctive, sensitive-looking text the simulated patron types, and the matcher that finds it again
 * in anything that leaves the browser — raw, URL-encoded, base64, JSON-escaped, gzip/deflate-compressed,
 * hashed, or as the first keystrokes of a search still being typed. The text lives in memory for one run only;
 * `redactDecoys` replaces it with `[decoy:<id>]` in every stored string, so the Observations never hold it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { Decoy, DecoyHit } from '../model/index.js';
import type { DecoyRuntime } from './types.js';

/** Subjects patrons are entitled to read about privately; one per run is the catalog search. */
export const SEARCH_SUBJECTS: readonly { text: string; label: string }[] = [
  // Labels are plain descriptions that share no word with the text: they are stored, the text never is.
  { text: 'hiv treatment options', label: 'a sensitive health subject' },
  { text: 'immigration asylum lawyer', label: 'a sensitive legal subject' },
  { text: 'leaving an abusive partner', label: 'a sensitive personal-safety subject' },
];

const NONCE_LETTERS = 'bcdfghjklmnpqrstvwxz';

function nonce(n: number): string {
  return [...randomBytes(n)].map((b) => NONCE_LETTERS[b % NONCE_LETTERS.length]).join('');
}

/** Salted SHA-256, the only form in which a decoy or cookie value is ever written. */
export function saltedHash(salt: string, value: string): string {
  return createHash('sha256').update(salt).update('\0').update(value).digest('hex');
}

/**
 * Make this run's decoys. Each carries a random made-up word so matches cannot be coincidences and two runs
 * can be told apart.
 */
export function makeDecoys(salt: string): { runtime: DecoyRuntime[]; records: Decoy[] } {
  const subject = SEARCH_SUBJECTS[randomBytes(1)[0]! % SEARCH_SUBJECTS.length]!;
  const n = nonce(6);
  const runtime: DecoyRuntime[] = [
    { id: 'search', kind: 'search', text: `${subject.text} ${n}` },
    { id: 'email', kind: 'email', text: `patron.${nonce(6)}@example.org` },
    { id: 'name', kind: 'name', text: `Ada ${nonce(5)}` },
    { id: 'phone', kind: 'phone', text: `555${String(randomBytes(3).readUIntBE(0, 3) % 10_000_000).padStart(7, '0')}` },
    { id: 'text', kind: 'text', text: `renewal question ${nonce(6)}` },
    { id: 'password', kind: 'password', text: `Pw-${nonce(8)}` },
  ];
  const labels: Record<string, string> = { search: subject.label, email: 'an email address', name: 'a name', phone: 'a phone number', text: 'free text', password: 'a password' };
  const records = runtime.map((d) => ({ id: d.id, kind: d.kind, sha256: saltedHash(salt, d.text), label: labels[d.id] ?? d.kind }));
  return { runtime, records };
}

interface Variant {
  value: string;
  encoding: DecoyHit['encoding'];
  partial?: boolean;
}

const variantCache = new WeakMap<DecoyRuntime, Variant[]>();

/**
 * The textual layerings a decoy goes through on its way out: as typed, URL-encoded with `%20` or (form
 * encoding) `+`, and each of those URL-encoded once more, as happens when a tracker puts the page URL into a
 * parameter of its own (GA's `dl=`). Hex case is handled by matching case-insensitively.
 */
function textForms(t: string): string[] {
  const url = encodeURIComponent(t);
  const form = url.replace(/%20/g, '+');
  return [t, url, form, encodeURIComponent(url), encodeURIComponent(form)];
}

/**
 * Base64 of `s` as it appears inside a longer base64 string: one form per byte alignment (0, 1 or 2 bytes of
 * something else before it), keeping only the characters that depend on `s` alone.
 */
function base64Forms(s: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const buf = Buffer.concat([Buffer.alloc(k), Buffer.from(s)]);
    const b = buf.toString('base64');
    const from = Math.ceil((8 * k) / 6);
    const to = Math.floor((8 * buf.length) / 6);
    out.push(b.slice(from, to));
  }
  return out;
}

/** Every form of the text we look for, longest first so redaction replaces whole forms before parts. */
export function variantsOf(d: DecoyRuntime): Variant[] {
  const cached = variantCache.get(d);
  if (cached) return cached;
  const t = d.text;
  const forms = textForms(t);
  const v: Variant[] = [
    ...forms.map((value, i) => ({ value, encoding: (i === 0 ? 'plain' : 'url') as Variant['encoding'] })),
    { value: JSON.stringify(t).slice(1, -1).replace(/ /g, '\\u0020'), encoding: 'json' },
    ...forms.flatMap((f) => base64Forms(f).flatMap((b) => [b, b.replace(/\+/g, '-').replace(/\//g, '_')]).map((value) => ({ value, encoding: 'base64' as const }))),
    { value: createHash('sha256').update(t).digest('hex'), encoding: 'hash' },
    { value: createHash('md5').update(t).digest('hex'), encoding: 'hash' },
    { value: createHash('sha256').update(t.trim().toLowerCase()).digest('hex'), encoding: 'hash' },
  ];
  // Keystroke prefixes: what a search-as-you-type widget sends before the patron presses Enter.
  if (d.kind === 'search') {
    for (let n = t.length - 1; n >= 5; n--) {
      const p = t.slice(0, n);
      if (p.endsWith(' ')) continue;
      for (const value of textForms(p)) v.push({ value, encoding: 'keystrokes', partial: true });
    }
  }
  const full = v.filter((x) => !x.partial).sort((a, b) => b.value.length - a.value.length);
  const all = [...full, ...v.filter((x) => x.partial)];
  const uniq = all.filter((x, i) => x.value.length >= 4 && all.findIndex((y) => y.value.toLowerCase() === x.value.toLowerCase()) === i);
  variantCache.set(d, uniq);
  return uniq;
}

/** How one character of a decoy may appear once encoded: as is, %XX, %25XX, \\uXXXX; spaces also as `+`/`%2B`. */
function charPattern(c: string): string {
  const alts = new Set([escapeRe(c)]);
  const enc = encodeURIComponent(c);
  if (enc !== c) alts.add(escapeRe(enc)).add(escapeRe(encodeURIComponent(enc)));
  if (c === ' ') alts.add('\\+').add('%2B').add('%252B');
  if (!/[A-Za-z0-9]/.test(c)) alts.add(`\\\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return alts.size === 1 ? [...alts][0]! : `(?:${[...alts].join('|')})`;
}

const redactCache = new WeakMap<DecoyRuntime, RegExp>();
const wholeCache = new WeakMap<DecoyRuntime, RegExp>();

/**
 * One pattern for the decoy in any mix of textual encodings, so redaction takes the whole occurrence even
 * when layers combine in ways the variant list does not spell out. For the search it also takes any typed
 * prefix of at least five characters (nested optional groups: the longest prefix present wins).
 */
function redactionPattern(d: DecoyRuntime, whole = false): RegExp {
  const cache = whole ? wholeCache : redactCache;
  const cached = cache.get(d);
  if (cached) return cached;
  const chars = [...d.text].map(charPattern);
  const min = d.kind === 'search' && !whole ? Math.min(5, chars.length) : chars.length;
  let tail = '';
  for (let i = chars.length - 1; i >= min; i--) tail = `(?:${chars[i]}${tail})?`;
  const re = new RegExp(chars.slice(0, min).join('') + tail, whole ? 'i' : 'gi');
  cache.set(d, re);
  return re;
}

/** Decompress a gzip/deflate body when it looks compressed; bounded so a bomb cannot hurt. */
function inflate(buf: Buffer): Buffer | undefined {
  const opts = { maxOutputLength: 8 * 1024 * 1024 };
  try {
    if (buf[0] === 0x1f && buf[1] === 0x8b) return gunzipSync(buf, opts);
    if (buf[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(buf[1]!)) return inflateSync(buf, opts);
  } catch {
    return undefined;
  }
  try {
    return inflateRawSync(buf, opts);
  } catch {
    return undefined;
  }
}

/** Decode base64-looking runs (≥ 16 chars) so a decoy inside an encoded JSON payload is still found. */
function base64Runs(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9+/_-]{16,}={0,2}/g)) {
    try {
      const s = Buffer.from(m[0].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
      if (/^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]*$/.test(s)) out.push(s);
    } catch {
      /* not base64 after all */
    }
  }
  return out;
}

/**
 * Find every decoy in one outbound datum. Full forms win over keystroke prefixes; at most one hit per
 * (decoy, encoding) so a chatty payload does not flood the record.
 */
export function matchDecoys(
  data: string | Buffer | undefined,
  channel: DecoyHit['channel'],
  decoys: readonly DecoyRuntime[],
  beforeSubmit: boolean,
): DecoyHit[] {
  if (data === undefined || data.length === 0 || decoys.length === 0) return [];
  const layers: { text: string; encoding?: DecoyHit['encoding'] }[] = [];
  if (Buffer.isBuffer(data)) {
    const inflated = data.length > 2 ? inflate(data) : undefined;
    if (inflated) layers.push({ text: inflated.toString('utf8'), encoding: 'gzip' });
    layers.push({ text: data.toString('utf8') });
  } else layers.push({ text: data });
  for (const l of [...layers]) for (const s of base64Runs(l.text)) layers.push({ text: s, encoding: l.encoding ?? 'base64' });
  const hits: DecoyHit[] = [];
  for (const d of decoys) {
    let full = false;
    for (const layer of layers) {
      const lower = layer.text.toLowerCase();
      for (const v of variantsOf(d)) {
        if (v.partial && full) break;
        const found = v.encoding === 'hash' ? lower.includes(v.value) : layer.text.includes(v.value) || lower.includes(v.value.toLowerCase());
        if (!found) continue;
        const encoding = layer.encoding ?? v.encoding;
        if (!hits.some((h) => h.decoyId === d.id && h.encoding === encoding && h.channel === channel)) {
          hits.push({ decoyId: d.id, channel, encoding, beforeSubmit, ...(v.partial ? { partial: true } : {}) });
        }
        if (!v.partial) full = true;
        break;
      }
      // Layers mixed beyond the spelled-out variants (a URL encoded three times, say) still count.
      if (!full && redactionPattern(d, true).test(layer.text)) {
        const encoding = layer.encoding ?? 'url';
        if (!hits.some((h) => h.decoyId === d.id && h.encoding === encoding && h.channel === channel)) hits.push({ decoyId: d.id, channel, encoding, beforeSubmit });
        full = true;
      }
    }
  }
  return hits;
}

/** Replace every form of every decoy in `s` with `[decoy:<id>]`. */
export function redactString(s: string, decoys: readonly DecoyRuntime[]): string {
  let r = s;
  for (const d of decoys) {
    for (const v of variantsOf(d)) {
      if (v.encoding === 'hash' || v.partial) continue;
      if (r.toLowerCase().includes(v.value.toLowerCase())) r = r.replace(new RegExp(escapeRe(v.value), 'gi'), `[decoy:${d.id}]`);
    }
    r = r.replace(redactionPattern(d), `[decoy:${d.id}]`);
  }
  return r;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Deep-copy `value` with every string redacted; used on the whole Observations before it is kept. */
export function redactDecoys<T>(value: T, decoys: readonly DecoyRuntime[]): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactString(v, decoys);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
