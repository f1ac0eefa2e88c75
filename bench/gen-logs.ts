/**
 * Seeded generator of realistic patron logs for tests and the benchmark: EZproxy access logs in several
 * LogFormats (default, session, full with groups and user agent, tab-separated, strftime time), Apache
 * combined logs and ILS circulation CSV, with planted identifiers (IP addresses, usernames, barcodes,
 * session ids, emails and phone numbers in query strings, search terms), robots, non-200 statuses, page
 * assets and malformed lines. The same seed always gives the same bytes.
 *
 * Run: `tsx bench/gen-logs.ts --format ezproxy-full --lines 1000 --seed 7 [--gzip] > sample.log`
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import { seededRandom } from '../src/model/random.js';

export const GEN_FORMATS = {
  'ezproxy-default': '%h %l %u %t "%r" %s %b',
  'ezproxy-session': '%h %{ezproxy-session}i %u %t "%r" %s %b',
  'ezproxy-full': '%h %{ezproxy-session}i %u %t "%r" %s %b "%{ezproxy-groups}i" "%{User-Agent}i" "%{Referer}i"',
  'ezproxy-tab': '%h\\t%{ezproxy-session}i\\t%u\\t%t\\t%r\\t%s\\t%b',
  'ezproxy-strftime': '%h %{ezproxy-session}i %u %{%Y-%m-%d %H:%M:%S}t "%r" %s %b',
  combined: '%h %l %u %t "%r" %s %b "%{Referer}i" "%{User-Agent}i"',
  'ils-csv': '',
} as const;
export type GenFormat = keyof typeof GEN_FORMATS;

export interface GenOptions {
  format: GenFormat;
  lines: number;
  seed?: number;
  /** Share of malformed lines (default 0.002). */
  malformedRate?: number;
  /** First day, `YYYY-MM-DD` (default 2024-03-01); lines spread evenly over `days` (default 30). */
  start?: string;
  days?: number;
  /** Exact start (ms since the epoch) and span (ms), overriding `start` and `days`. */
  startMs?: number;
  spanMs?: number;
  patrons?: number;
  /** Collect planted identifiers here (for tests; leave undefined for large runs). */
  planted?: Set<string>;
}


const HOSTS = ['www.jstor.org', 'onlinelibrary.wiley.com', 'www.sciencedirect.com', 'search.ebscohost.com', 'link.springer.com', 'muse.jhu.edu', 'www.proquest.com', 'academic.oup.com'];
const TERMS = ['depression+treatment', 'hiv+testing', 'immigration+status', 'abortion+law', 'bankruptcy', 'gender+transition', 'addiction+recovery', 'asylum'];
const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
];
const ROBOTS = ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'python-requests/2.31.0', 'curl/8.5.0'];
const GROUPS = ['Default', 'Default+Staff', 'Faculty', 'Default+Alumni'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

interface Patron { ip: string; user: string; barcode: string; email: string; phone: string; ua: string; group: string }

/** Generate lines, calling `emit` for each (synchronous, constant memory). */
export function generate(o: GenOptions, emit: (line: string) => void): void {
  const r = seededRandom(o.seed ?? 1);
  const int = (n: number): number => Math.floor(r() * n);
  const pick = <T>(a: readonly T[]): T => a[int(a.length)]!;
  const nPatrons = o.patrons ?? 500;
  const patrons: Patron[] = [];
  for (let i = 0; i < nPatrons; i++) {
    const p: Patron = {
      ip: `${10 + int(200)}.${int(256)}.${int(256)}.${1 + int(254)}`,
      user: `${pick(['jdoe', 'asmith', 'mlopez', 'kchen', 'rpatel', 'twong'])}${100 + i}`,
      barcode: `2${String(1_000_000_000_000 + int(8_999_999_999_999)).padStart(13, '0')}`,
      email: `patron${i}.${int(1000)}@example.edu`,
      phone: `555-${100 + int(900)}-${1000 + int(9000)}`,
      ua: pick(UAS),
      group: pick(GROUPS),
    };
    patrons.push(p);
    if (o.planted && i < 50) for (const v of [p.ip, p.user, p.barcode, p.email, p.phone]) o.planted.add(v);
  }
  const start = o.startMs ?? Date.parse(`${o.start ?? '2024-03-01'}T00:00:00Z`);
  const span = o.spanMs ?? (o.days ?? 30) * 86_400_000;
  const step = span / Math.max(1, o.lines);
  const bad = o.malformedRate ?? 0.002;
  const fmt = o.format;
  if (fmt === 'ils-csv') emit('Loan date,Borrower barcode,Item barcode,Branch,Patron type,Action,Borrower email');
  const sessions = new Map<number, string>();
  for (let i = 0; i < o.lines; i++) {
    const t = start + Math.floor(i * step);
    const d = new Date(t);
    const patronIx = int(nPatrons) < nPatrons / 5 ? int(Math.min(50, nPatrons)) : int(nPatrons); // some heavy users
    const p = patrons[patronIx]!;
    if (r() < bad) {
      const kind = int(4);
      emit(kind === 0 ? `${p.ip} - ${p.user} [${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}` // truncated
        : kind === 1 ? `${p.ip} ${p.email} garbage`
          : kind === 2 ? `${p.ip} - ${p.user} [99/Foo/2024:99:99:99 +0000] "GET / HTTP/1.1" 200 1`
            : '\u0000\u0001binary\u0002');
      continue;
    }
    if (fmt === 'ils-csv') {
      const date = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
      emit(`${date},${p.barcode},3${String(int(1e12)).padStart(13, '0')},${pick(['Main', 'East', 'Law'])},"${p.group.replace('+', ', ')}",${pick(['issue', 'issue', 'renew', 'return'])},${p.email}`);
      continue;
    }
    const day = Math.floor(t / 86_400_000);
    const sk = patronIx * 100_000 + day;
    let sess = sessions.get(sk);
    if (!sess) {
      if (sessions.size > 10_000) sessions.clear();
      sess = `${(int(2 ** 30)).toString(36).toUpperCase()}${int(1e6).toString(36)}`.padEnd(10, 'Q');
      sessions.set(sk, sess);
      if (o.planted && patronIx < 50) o.planted.add(sess);
    }
    const host = pick(HOSTS);
    const roll = r();
    const id = 1000 + int(5000);
    let path: string;
    if (roll < 0.15) {
      const term = pick(TERMS);
      path = `/search?q=${term}&email=${encodeURIComponent(p.email)}`;
      o.planted?.add(`q=${term}`);
    } else if (roll < 0.45) path = `/stable/${id}`;
    else if (roll < 0.65) path = `/doi/pdf/10.1002/${id}`;
    else if (roll < 0.72) path = `/doi/10.1002/${id}?phone=${p.phone}`;
    else if (roll < 0.85) path = pick(['/css/site.css', '/images/logo.png', '/js/app.js']);
    else path = `/action/showPreferences?barcode=${p.barcode}`;
    const status = r() < 0.9 ? 200 : pick([302, 304, 404, 500]);
    const ua = r() < 0.03 ? pick(ROBOTS) : p.ua;
    const user = fmt === 'ezproxy-default' || fmt === 'combined' ? (r() < 0.5 ? p.user : '-') : (r() < 0.2 ? p.barcode : p.user);
    const req = fmt === 'combined' ? `GET ${path} HTTP/1.1` : `GET https://${host}:443${path} HTTP/1.1`;
    const clf = `[${p2(d.getUTCDate())}/${MON[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000]`;
    const bytes = 200 + int(90_000);
    switch (fmt) {
      case 'ezproxy-default': emit(`${p.ip} - ${user} ${clf} "${req}" ${status} ${bytes}`); break;
      case 'ezproxy-session': emit(`${p.ip} ${sess} ${user} ${clf} "${req}" ${status} ${bytes}`); break;
      case 'ezproxy-full': emit(`${p.ip} ${sess} ${user} ${clf} "${req}" ${status} ${bytes} "${p.group}" "${ua}" "https://${host}/"`); break;
      case 'ezproxy-tab': emit(`${p.ip}\t${sess}\t${user}\t${clf}\t${req}\t${status}\t${bytes}`); break;
      case 'ezproxy-strftime': emit(`${p.ip} ${sess} ${user} ${d.toISOString().slice(0, 19).replace('T', ' ')} "${req}" ${status} ${bytes}`); break;
      case 'combined': emit(`${p.ip} - ${user} ${clf} "${req}" ${status} ${bytes} "https://library.example.edu/?q=${pick(TERMS)}" "${ua}"`); break;
    }
  }
}

/** Generate a small file's worth into a writable stream (buffered, for samples and tests). Returns characters written. */
export async function generateTo(out: Writable, o: GenOptions): Promise<number> {
  let buf: string[] = [];
  let size = 0;
  let total = 0;
  const pending: string[] = [];
  generate(o, (line) => {
    buf.push(line);
    size += line.length + 1;
    if (size > 1 << 20) { pending.push(buf.join('\n') + '\n'); buf = []; total += size; size = 0; }
  });
  if (buf.length) { pending.push(buf.join('\n') + '\n'); total += size; }
  for (const chunk of pending) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return total;
}

/** Write a generated file of about `bytes` bytes, streaming (used by the benchmark for 1 GB). */
export async function generateFile(path: string, o: Omit<GenOptions, 'lines'>, bytes: number, gzip = false): Promise<{ lines: number; bytes: number }> {
  const file = createWriteStream(path);
  const out: Writable = gzip ? createGzip() : file;
  if (gzip) (out as ReturnType<typeof createGzip>).pipe(file);
  const perBatch = 50_000;
  let lines = 0;
  let written = 0;
  let seed = o.seed ?? 1;
  const days = o.days ?? 30;
  const batches = Math.max(1, Math.round(bytes / (perBatch * 290)));
  const startMs = Date.parse(`${o.start ?? '2024-01-01'}T00:00:00Z`);
  for (let b = 0; written < bytes; b++) {
    // each batch covers its own slice of days, so time keeps moving forward across batches
    const slice = (days * 86_400_000) / batches;
    let chunk: string[] = [];
    let size = 0;
    const flush = async (): Promise<void> => {
      const s = chunk.join('\n') + '\n';
      chunk = [];
      size = 0;
      written += Buffer.byteLength(s);
      if (!out.write(s)) await once(out, 'drain');
    };
    const lineBuf: string[] = [];
    generate({ ...o, seed: seed++, lines: perBatch, startMs: startMs + Math.floor(b * slice), spanMs: slice }, (l) => lineBuf.push(l));
    for (const l of lineBuf) {
      chunk.push(l);
      size += l.length + 1;
      lines++;
      if (size > 1 << 20) await flush();
    }
    if (chunk.length) await flush();
  }
  out.end();
  await once(file, 'finish');
  return { lines, bytes: written };
}

if (process.argv[1] && /gen-logs\.ts$/.test(process.argv[1])) {
  const args = process.argv.slice(2);
  const get = (k: string): string | undefined => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const format = (get('--format') ?? 'ezproxy-full') as GenFormat;
  const o: GenOptions = { format, lines: Number(get('--lines') ?? 1000), seed: Number(get('--seed') ?? 1), days: Number(get('--days') ?? 30) };
  const out: Writable = args.includes('--gzip') ? createGzip() : process.stdout;
  if (args.includes('--gzip')) (out as ReturnType<typeof createGzip>).pipe(process.stdout);
  void generateTo(out, o);
}
