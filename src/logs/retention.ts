/**
 * Inventory of a log directory for `logs audit`: what class each file is (proxy access log, EZproxy audit
 * log, EZproxy configuration, web server log, ILS export) and how old it is. Age comes from a date in
 * the file name when there is one (rotated logs are named by date and copies keep the name), otherwise
 * from the modification time. Classification reads only the first bytes of a file.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

export type LogFileClass = 'ezproxy-log' | 'ezproxy-audit' | 'ezproxy-config' | 'web-access-log' | 'ils-export' | 'other-log';

export interface InventoryEntry {
  /** Path relative to the audited directory, with forward slashes. */
  path: string;
  abs: string;
  class: LogFileClass;
  bytes: number;
  /** Age in whole days at `now`. */
  ageDays: number;
  ageSource: 'file name' | 'modification time';
}

const MAX_DEPTH = 6;
const MAX_FILES = 10_000;

function* walk(dir: string, depth = 0): Generator<string> {
  let names: string[];
  try { names = readdirSync(dir).sort(); } catch { return; }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) { if (depth < MAX_DEPTH) yield* walk(p, depth + 1); }
    else if (st.isFile()) yield p;
  }
}

/** The first bytes of a file as text, gunzipped when gzip (for sniffing only). */
export function head(abs: string, bytes = 16 * 1024): string {
  const fd = openSync(abs, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    let b = buf.subarray(0, n);
    if (b[0] === 0x1f && b[1] === 0x8b) {
      try { b = gunzipSync(b, { finishFlush: 2 /* Z_SYNC_FLUSH: accept a truncated stream */ }); } catch { return ''; }
    }
    return b.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

const CONFIG_DIRECTIVE = /^\s*(?:LogFormat|LogFile|Option\s|AuditPurge|Audit\s|LoginPort|Title\s|URL\s|HJ?\s|Domain\s|DJ?\s|Name\s)/im;
const CLF_LINE = /^\S+ \S+ \S+ \[\d{2}\/\w{3}\/\d{4}:/m;

/** Decide a file's class from its name and first bytes; undefined when it is not a log we know. */
export function classify(rel: string, text: string): LogFileClass | undefined {
  const name = basename(rel).toLowerCase();
  const inAudit = rel.toLowerCase().split('/').includes('audit');
  if (/^(?:config|ezproxy)\.(?:txt|cfg)$/.test(name) || (/\.(?:txt|cfg|conf)$/.test(name) && CONFIG_DIRECTIVE.test(text) && !CLF_LINE.test(text))) return 'ezproxy-config';
  if (inAudit || /^date\/time\tevent/im.test(text)) return 'ezproxy-audit';
  if (/\.csv(?:\.gz)?$/.test(name)) return 'ils-export';
  const clf = CLF_LINE.test(text);
  if (clf && (/ezp|ezproxy/.test(name) || /"[A-Z]+ https?:\/\//.test(text))) return 'ezproxy-log';
  if (clf || /access[._-]?log/.test(name)) return 'web-access-log';
  if (/\.log(?:\.\d+)?(?:\.gz)?$|\.txt(?:\.gz)?$/.test(name)) return 'other-log';
  return undefined;
}

/** A date written in a file name (YYYY-MM-DD, YYYYMMDD or YYYY-MM), as ms since the epoch. */
export function dateFromName(name: string): number | undefined {
  const m = /(20\d{2}|19\d{2})[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12]\d|3[01]))?(?!\d)/.exec(name);
  if (!m) return undefined;
  return Date.UTC(+m[1]!, +m[2]! - 1, m[3] ? +m[3] : 1);
}

/** Walk `dir` and list the log files in it with class and age. */
export function inventory(dir: string, now = Date.now()): InventoryEntry[] {
  const out: InventoryEntry[] = [];
  for (const abs of walk(dir)) {
    if (out.length >= MAX_FILES) break;
    const rel = relative(dir, abs).split(sep).join('/');
    let text = '';
    try { text = head(abs); } catch { continue; }
    const cls = classify(rel, text);
    if (!cls) continue;
    const st = statSync(abs);
    const fromName = dateFromName(basename(rel));
    const t = fromName ?? st.mtimeMs;
    out.push({ path: rel, abs, class: cls, bytes: st.size, ageDays: Math.max(0, Math.floor((now - t) / 86_400_000)), ageSource: fromName === undefined ? 'modification time' : 'file name' });
  }
  return out;
}
