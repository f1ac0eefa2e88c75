/**
 * Timestamp parsing for log lines without a regular expression or a Date parse per line: fields are read
 * at fixed positions, and the day's start is cached because consecutive lines nearly always share a date.
 * Custom `%{format}t` timestamps (strftime) are compiled once into a list of fixed-width steps.
 *
 * Time basis: every timestamp is converted to UTC using the offset written in it (`-0500` in `%t`, `%z`
 * in strftime formats, `Z` or `+01:00` in ISO dates). Days, months, hours and session windows are UTC
 * days, months and hours, so a log whose lines carry different offsets (a daylight-saving change, or
 * servers in two zones) still counts each instant once and in one place. A timestamp without an offset
 * is taken as UTC.
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
let cacheStart = 0;
let cacheDayNum = NaN;
let cacheDay = '';
const DAY_MS = 86_400_000;

function num(s: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `YYYY-MM-DD` of a UTC day number (days since 1970-01-01), cached for the last day asked. */
export function utcDayString(dayNum: number): string {
  if (dayNum !== cacheDayNum) {
    cacheDayNum = dayNum;
    cacheDay = new Date(dayNum * DAY_MS).toISOString().slice(0, 10);
  }
  return cacheDay;
}

/**
 * Fill `out` from the wall-clock numbers written in a log and their UTC offset in minutes (east of UTC
 * positive, as in `+0100`); `out` receives the UTC instant, UTC day and UTC hour. False when out of range.
 */
export function setParts(out: TimeParts, y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMin = 0): boolean {
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60) return false;
  if (!(offsetMin > -1440 && offsetMin < 1440)) return false;
  const key = (y * 100 + mo) * 100 + d;
  if (key !== cacheKey) {
    cacheKey = key;
    cacheStart = Date.UTC(y, mo - 1, d);
  }
  const time = cacheStart + ((h * 60 + mi) * 60 + s) * 1000 - offsetMin * 60_000;
  const dayNum = Math.floor(time / DAY_MS);
  out.time = time;
  out.day = utcDayString(dayNum);
  out.hour = Math.floor((time - dayNum * DAY_MS) / 3_600_000);
  out.ok = true;
  return true;
}

/** `+hhmm` / `-hhmm` (or `+hh:mm`) at `at` as minutes east of UTC; NaN when it is not an offset. */
function offsetAt(s: string, at: number): number {
  const sign = s.charCodeAt(at);
  if (sign !== 43 && sign !== 45 && sign !== 0x2212) return NaN;
  const hh = num(s, at + 1, 2);
  const colon = s.charCodeAt(at + 3) === 58 ? 1 : 0;
  const mm = num(s, at + 3 + colon, 2);
  if (hh < 0 || mm < 0 || mm > 59) return NaN;
  const v = hh * 60 + mm;
  return sign === 43 ? v : -v;
}

/** Month number of the English abbreviation at `at` (`Jan`...`Dec`), read without cutting a string. */
function monthAt(s: string, at: number): number | undefined {
  return MONTH_CODES.get((s.charCodeAt(at) << 16) | (s.charCodeAt(at + 1) << 8) | s.charCodeAt(at + 2));
}

const MONTH_CODES = new Map(Object.entries(MONTHS).map(([name, n]) => [(name.charCodeAt(0) << 16) | (name.charCodeAt(1) << 8) | name.charCodeAt(2), n]));

/** Apache/EZproxy `%t`: `[10/Oct/2000:13:55:36 -0700]` (brackets optional), read in place from `at`. */
export function parseClf(s: string, out: TimeParts, at = 0, end = s.length): boolean {
  const o = at + (s.charCodeAt(at) === 91 ? 1 : 0);
  if (end < o + 20) return false;
  const d = num(s, o, 2);
  const mo = monthAt(s, o + 3);
  const y = num(s, o + 7, 4);
  if (mo === undefined || s.charCodeAt(o + 11) !== 58) return false;
  // the offset follows a space: `13:55:36 -0700`; a timestamp written without one is UTC
  let off = 0;
  if (end >= o + 26 && s.charCodeAt(o + 20) === 32) {
    off = offsetAt(s, o + 21);
    if (Number.isNaN(off)) return false;
  }
  return setParts(out, y, mo, d, num(s, o + 12, 2), num(s, o + 15, 2), num(s, o + 18, 2), off);
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
    let y = 0, mo = 1, d = 1, h = 0, mi = 0, sec = 0, off = 0;
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
        case 'z':
          if (s[p] === 'Z') { p += 1; break; }
          off = offsetAt(s, p);
          if (Number.isNaN(off)) return false;
          p += s.charCodeAt(p + 3) === 58 ? 6 : 5;
          break;
        case 'f': while (p < s.length && s.charCodeAt(p) > 32) p++; break;
      }
    }
    return setParts(out, y, mo, d, h, mi, sec, off);
  };
}

/** Render a sample timestamp in a strftime format, to learn how many separators it contains. */
export function sampleStrftime(fmt: string): string {
  const v: Record<string, string> = { Y: '2024', y: '24', m: '01', d: '02', H: '03', M: '04', S: '05', b: 'Jan', h: 'Jan', z: '+0000', T: '03:04:05', F: '2024-01-02', D: '01/02/24', '%': '%' };
  return fmt.replace(/%(.)/g, (_m, k: string) => v[k] ?? 'x');
}

/** The UTC offset at the end of an ISO date-time (`Z`, `+01:00`, `-0500`) in minutes; 0 when absent, NaN when malformed. */
function trailingOffset(t: string, from: number): number {
  let i = from;
  if (i < t.length && t.charCodeAt(i) === 46) { i++; while (i < t.length && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++; } // fraction
  if (i < t.length && t.charCodeAt(i) === 32) i++;
  if (i >= t.length) return 0;
  if (t.charCodeAt(i) === 90 && i === t.length - 1) return 0;
  return i + 5 <= t.length ? offsetAt(t, i) : NaN;
}

/**
 * Parse an ISO-like date or date-time (`2024-01-02`, `2024-01-02T03:04:05`, `2024-01-02 03:04`, with an
 * optional `Z` or `±hh:mm` offset), or US `01/02/2024`. Without an offset the time is taken as UTC.
 */
export function parseLooseDate(s: string, out: TimeParts): boolean {
  const t = s.trim();
  if (t.length >= 10 && t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45) {
    const hasTime = t.length >= 16;
    const off = t.length >= 19 ? trailingOffset(t, 19) : 0;
    if (Number.isNaN(off)) return false;
    return setParts(out, num(t, 0, 4), num(t, 5, 2), num(t, 8, 2), hasTime ? num(t, 11, 2) : 0, hasTime ? num(t, 14, 2) : 0, t.length >= 19 ? num(t, 17, 2) : 0, off);
  }
  if (t.length >= 10 && t.charCodeAt(2) === 47 && t.charCodeAt(5) === 47) {
    const hasTime = t.length >= 16;
    return setParts(out, num(t, 6, 4), num(t, 0, 2), num(t, 3, 2), hasTime ? num(t, 11, 2) : 0, hasTime ? num(t, 14, 2) : 0, t.length >= 19 ? num(t, 17, 2) : 0);
  }
  return false;
}
