/**
 * Timestamp parsing for log lines without a regular expression or a Date parse per line: fields are read
 * at fixed positions, and the day's start is cached because consecutive lines nearly always share a date.
 * Custom `%{format}t` timestamps (strftime) are compiled once into a list of fixed-width steps.
 */

const MONTHS: Record<string, number> = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };

/** Parsed time parts; `ok` false when the text does not fit the format. */
export interface TimeParts {
  ok: boolean;
  time: number;
  day: string;
  hour: number;
}

let cacheKey = -1;
let cacheDay = '';
let cacheStart = 0;

function num(s: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Fill `out` from year/month/day/h/m/s numbers; false when out of range. */
export function setParts(out: TimeParts, y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60) return false;
  const key = (y * 100 + mo) * 100 + d;
  if (key !== cacheKey) {
    cacheKey = key;
    cacheStart = Date.UTC(y, mo - 1, d);
    cacheDay = `${y}-${mo < 10 ? '0' : ''}${mo}-${d < 10 ? '0' : ''}${d}`;
  }
  out.time = cacheStart + ((h * 60 + mi) * 60 + s) * 1000;
  out.day = cacheDay;
  out.hour = h;
  out.ok = true;
  return true;
}

/** Apache/EZproxy `%t`: `[10/Oct/2000:13:55:36 -0700]` (brackets optional), read in place from `at`. */
export function parseClf(s: string, out: TimeParts, at = 0, end = s.length): boolean {
  const o = at + (s.charCodeAt(at) === 91 ? 1 : 0);
  if (end < o + 20) return false;
  const d = num(s, o, 2);
  const mo = MONTHS[s.substr(o + 3, 3)];
  const y = num(s, o + 7, 4);
  if (mo === undefined || s.charCodeAt(o + 11) !== 58) return false;
  return setParts(out, y, mo, d, num(s, o + 12, 2), num(s, o + 15, 2), num(s, o + 18, 2));
}

type Step = { kind: 'lit'; text: string } | { kind: 'Y' | 'm' | 'd' | 'H' | 'M' | 'S' | 'y' | 'b' | 'z' | 'f' };

/** Compile a strftime format (as in `%{%Y-%m-%d %H:%M:%S}t`) into a parser. */
export function compileStrftime(fmt: string): (s: string, out: TimeParts, at?: number, end?: number) => boolean {
  const expanded = fmt.replace(/%T/g, '%H:%M:%S').replace(/%F/g, '%Y-%m-%d').replace(/%D/g, '%m/%d/%y');
  const steps: Step[] = [];
  for (let i = 0; i < expanded.length; i++) {
    const c = expanded[i]!;
    if (c === '%' && i + 1 < expanded.length) {
      const k = expanded[++i]!;
      if (k === '%') steps.push({ kind: 'lit', text: '%' });
      else if ('YmdHMSybz'.includes(k)) steps.push({ kind: k as 'Y' });
      else if (k === 'h') steps.push({ kind: 'b' });
      else steps.push({ kind: 'f' }); // unsupported: skip one word
    } else steps.push({ kind: 'lit', text: c });
  }
  return (line, out, at = 0, end = line.length) => {
    const s = at === 0 && end === line.length ? line : line.slice(at, end);
    let p = 0;
    let y = 0, mo = 1, d = 1, h = 0, mi = 0, sec = 0;
    for (const st of steps) {
      switch (st.kind) {
        case 'lit':
          if (!s.startsWith(st.text, p)) return false;
          p += st.text.length;
          break;
        case 'Y': y = num(s, p, 4); p += 4; break;
        case 'y': y = 2000 + num(s, p, 2); p += 2; break;
        case 'm': mo = num(s, p, 2); p += 2; break;
        case 'd': d = num(s, p, 2); p += 2; break;
        case 'H': h = num(s, p, 2); p += 2; break;
        case 'M': mi = num(s, p, 2); p += 2; break;
        case 'S': sec = num(s, p, 2); p += 2; break;
        case 'b': mo = MONTHS[s.substr(p, 3)] ?? -1; p += 3; break;
        case 'z': p += s[p] === 'Z' ? 1 : 5; break;
        case 'f': while (p < s.length && s.charCodeAt(p) > 32) p++; break;
      }
    }
    return setParts(out, y, mo, d, h, mi, sec);
  };
}

/** Render a sample timestamp in a strftime format, to learn how many separators it contains. */
export function sampleStrftime(fmt: string): string {
  const v: Record<string, string> = { Y: '2024', y: '24', m: '01', d: '02', H: '03', M: '04', S: '05', b: 'Jan', h: 'Jan', z: '+0000', T: '03:04:05', F: '2024-01-02', D: '01/02/24', '%': '%' };
  return fmt.replace(/%(.)/g, (_m, k: string) => v[k] ?? 'x');
}

/** Parse an ISO-like date or date-time (`2024-01-02`, `2024-01-02T03:04:05`, `2024-01-02 03:04`), or US `01/02/2024`. */
export function parseLooseDate(s: string, out: TimeParts): boolean {
  const t = s.trim();
  if (t.length >= 10 && t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45) {
    const hasTime = t.length >= 16;
    return setParts(out, num(t, 0, 4), num(t, 5, 2), num(t, 8, 2), hasTime ? num(t, 11, 2) : 0, hasTime ? num(t, 14, 2) : 0, t.length >= 19 ? num(t, 17, 2) : 0);
  }
  if (t.length >= 10 && t.charCodeAt(2) === 47 && t.charCodeAt(5) === 47) {
    const hasTime = t.length >= 16;
    return setParts(out, num(t, 6, 4), num(t, 0, 2), num(t, 3, 2), hasTime ? num(t, 11, 2) : 0, hasTime ? num(t, 14, 2) : 0, t.length >= 19 ? num(t, 17, 2) : 0);
  }
  return false;
}
