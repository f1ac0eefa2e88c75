/**
 * EZproxy `LogFormat` directives (the Apache-style subset EZproxy documents: `%h %l %u %t "%r" %s %b`,
 * `%{ezproxy-session}i`, `%{ezproxy-groups}i`, `%{User-Agent}i`, `%{Referer}i`, `%v`, `%{format}t`, tab
 * separated variants) compiled into a line parser. The parser walks the line with `indexOf` on the literal
 * text between directives instead of running a regular expression per field: that is what keeps the hot
 * path fast. A field whose sample value contains its own separator (a `[date time]` before a space) skips
 * that many separators. `detectLogFormat` picks the candidate that parses most of a sample.
 */
import { FiduciaryError } from '../../model/index.js';
import { compileStrftime, parseClf, sampleStrftime, type TimeParts } from '../time.js';
import type { LineParser, LogEvent } from '../types.js';

type FieldKind = 'ip' | 'ident' | 'user' | 'time' | 'request' | 'status' | 'bytes' | 'session' | 'groups' | 'ua' | 'referer' | 'vhost' | 'path' | 'skip';

interface Field {
  kind: FieldKind;
  /** Literal text that follows the field ('' when it ends the line). */
  sep: string;
  /** Occurrences of `sep` inside a well-formed value. */
  inner: number;
  time?: (s: string, out: TimeParts, at?: number, end?: number) => boolean;
}

const GROUP_BAD = /[/?=@:\s]/;

const SAMPLES: Partial<Record<FieldKind, string>> = { time: '[10/Oct/2000:13:55:36 -0700]', request: 'GET http://a.example/b HTTP/1.1' };

/** Name of a header directive → field kind. */
function headerKind(name: string): FieldKind {
  switch (name.toLowerCase()) {
    case 'ezproxy-session': return 'session';
    case 'ezproxy-groups': return 'groups';
    case 'user-agent': return 'ua';
    case 'referer': return 'referer';
    default: return 'skip';
  }
}

/** Compile a LogFormat string into a line parser. Throws FID_LOG_FORMAT on a format it cannot read. */
export function compileLogFormat(format: string): LineParser & { fields: FieldKind[] } {
  const fmt = format.replace(/\\t/g, '\t');
  const re = /%[<>]?(?:\{([^}]*)\})?([a-zA-Z%])/g;
  const parts: (string | { kind: FieldKind; time?: string })[] = [];
  let last = 0;
  for (const m of fmt.matchAll(re)) {
    parts.push(fmt.slice(last, m.index));
    const arg = m[1];
    const d = m[2]!;
    let kind: FieldKind;
    if (d === '%') { parts[parts.length - 1] += '%'; last = m.index! + m[0].length; continue; }
    switch (d) {
      case 'h': case 'a': kind = 'ip'; break;
      case 'l': kind = 'ident'; break;
      case 'u': kind = 'user'; break;
      case 't': kind = 'time'; break;
      case 'r': kind = 'request'; break;
      case 's': kind = 'status'; break;
      case 'b': case 'B': kind = 'bytes'; break;
      case 'v': kind = 'vhost'; break;
      case 'U': kind = 'path'; break;
      case 'i': kind = headerKind(arg ?? ''); break;
      default: kind = 'skip';
    }
    parts.push({ kind, time: d === 't' ? arg : undefined });
    last = m.index! + m[0].length;
  }
  parts.push(fmt.slice(last));
  // parts alternates literal, field, literal, ..., literal
  const lead = parts[0] as string;
  const fields: Field[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const f = parts[i] as { kind: FieldKind; time?: string };
    const sep = parts[i + 1] as string;
    if (sep === '' && i + 2 < parts.length) throw new FiduciaryError('FID_LOG_FORMAT', 'Two LogFormat directives with nothing between them cannot be told apart.');
    const sample = f.kind === 'time' && f.time ? sampleStrftime(f.time) : (SAMPLES[f.kind] ?? '');
    const inner = sep ? sample.split(sep).length - 1 : 0;
    fields.push({ kind: f.kind, sep, inner, time: f.kind === 'time' ? (f.time ? compileStrftime(f.time) : parseClf) : undefined });
  }
  if (!fields.some((f) => f.kind === 'time')) throw new FiduciaryError('FID_LOG_FORMAT', 'The LogFormat has no time directive (%t); usage cannot be counted by period.');
  if (!fields.some((f) => f.kind === 'request' || f.kind === 'path')) throw new FiduciaryError('FID_LOG_FORMAT', 'The LogFormat has no request directive (%r or %U).');
  const tp: TimeParts = { ok: false, time: 0, day: '', hour: 0 };
  const n = fields.length;
  const parser = (line: string, ev: LogEvent): string | null => {
    if (lead && !line.startsWith(lead)) return 'unexpected start of line';
    let pos = lead.length;
    ev.user = ev.session = ev.groups = ev.userAgent = ev.referer = ev.vhost = ev.ip = '';
    ev.status = 0;
    let sawTime = false;
    for (let i = 0; i < n; i++) {
      const f = fields[i]!;
      let end: number;
      if (f.sep === '') end = line.length;
      else {
        end = line.indexOf(f.sep, pos);
        for (let k = 0; k < f.inner && end >= 0; k++) end = line.indexOf(f.sep, end + f.sep.length);
        if (end < 0) {
          // the last separator may be a trailing quote at the very end of the line
          if (i === n - 1 && line.endsWith(f.sep.trimEnd()) && f.sep.trimEnd()) end = line.length - f.sep.trimEnd().length;
          else return `missing field ${i + 1} (${f.kind})`;
        }
      }
      switch (f.kind) {
        case 'ip': ev.ip = line.slice(pos, end); break;
        case 'user': ev.user = end - pos === 1 && line.charCodeAt(pos) === 45 ? '' : line.slice(pos, end); break;
        case 'session': ev.session = end - pos === 1 && line.charCodeAt(pos) === 45 ? '' : line.slice(pos, end); break;
        case 'groups': {
          if (end - pos === 1 && line.charCodeAt(pos) === 45) { ev.groups = ''; break; }
          const g = line.slice(pos, end);
          // group names are published: refuse anything that looks like a URL or an address (a Referer in
          // this position means the format is wrong)
          if (GROUP_BAD.test(g)) return 'bad groups field';
          ev.groups = g;
          break;
        }
        case 'ua': ev.userAgent = line.slice(pos, end); break;
        case 'vhost': ev.vhost = line.slice(pos, end); break;
        case 'time':
          if (!f.time!(line, tp, pos, end)) return 'bad timestamp';
          ev.time = tp.time; ev.day = tp.day; ev.hour = tp.hour; sawTime = true;
          break;
        case 'status': {
          if (end - pos !== 3) return 'bad status code';
          const s = (line.charCodeAt(pos) - 48) * 100 + (line.charCodeAt(pos + 1) - 48) * 10 + (line.charCodeAt(pos + 2) - 48);
          if (!(s >= 100 && s <= 599) || line.charCodeAt(pos + 1) > 57 || line.charCodeAt(pos + 2) > 57 || line.charCodeAt(pos + 1) < 48 || line.charCodeAt(pos + 2) < 48) return 'bad status code';
          ev.status = s;
          break;
        }
        case 'request': {
          // METHOD SP target SP protocol; the protocol may be missing (HTTP/0.9 style)
          const a = line.indexOf(' ', pos);
          if (a <= pos || a >= end) return 'bad request line';
          // the protocol is a few characters at the end: a short backward scan beats lastIndexOf here
          let b = end - 1;
          while (b > a && line.charCodeAt(b) !== 32) b--;
          ev.url = b > a ? line.slice(a + 1, b) : line.slice(a + 1, end);
          break;
        }
        case 'path': ev.url = line.slice(pos, end); break;
        case 'bytes': {
          // digits or '-': also what lets detection reject a shorter format on a longer line
          const len = end - pos;
          if (len === 1 && line.charCodeAt(pos) === 45) break;
          if (len === 0 || len > 15) return 'bad byte count';
          for (let k = pos; k < end; k++) { const c = line.charCodeAt(k); if (c < 48 || c > 57) return 'bad byte count'; }
          break;
        }
        default: break;
      }
      pos = end + f.sep.length;
    }
    if (!sawTime) return 'bad timestamp';
    return null;
  };
  return Object.assign(parser, { fields: fields.map((f) => f.kind) });
}

/** The EZproxy default and the variants libraries commonly configure, most specific first. */
export const EZPROXY_CANDIDATES = [
  '%h %{ezproxy-session}i %u %t "%r" %s %b "%{ezproxy-groups}i" "%{User-Agent}i" "%{Referer}i"',
  '%h %{ezproxy-session}i %u %t "%r" %s %b "%{ezproxy-groups}i" "%{User-Agent}i"',
  '%h %l %u %t "%r" %s %b "%{Referer}i" "%{User-Agent}i"',
  '%h %{ezproxy-session}i %u %t "%r" %s %b "%{User-Agent}i"',
  '%h %{ezproxy-session}i %u %t "%r" %s %b',
  '%h %l %u %t "%r" %s %b',
  '%h\\t%{ezproxy-session}i\\t%u\\t%t\\t%r\\t%s\\t%b\\t%{ezproxy-groups}i\\t%{User-Agent}i',
  '%h\\t%{ezproxy-session}i\\t%u\\t%t\\t%r\\t%s\\t%b',
  '%h\\t%l\\t%u\\t%t\\t%r\\t%s\\t%b',
  '%h %{ezproxy-session}i %u %{%Y-%m-%d %H:%M:%S}t "%r" %s %b',
  '%h %{ezproxy-session}i %u %{%Y-%m-%dT%H:%M:%S}t "%r" %s %b',
];

/**
 * Choose the candidate format that parses the most sample lines (ties: the one with more fields, listed
 * first). Returns undefined when none parses at least half of the non-blank sample.
 */
export function detectLogFormat(sample: string[], candidates: string[] = EZPROXY_CANDIDATES): string | undefined {
  const lines = sample.filter((l) => l.trim() !== '');
  if (lines.length === 0) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  const ev: LogEvent = { time: 0, day: '', hour: 0, ip: '', user: '', session: '', groups: '', userAgent: '', referer: '', vhost: '', method: '', url: '', status: 0 };
  for (const c of candidates) {
    const p = compileLogFormat(c);
    let ok = 0;
    for (const l of lines) if (p(l, ev) === null) ok++;
    const score = ok + p.fields.length / 100;
    if (ok * 2 >= lines.length && score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
