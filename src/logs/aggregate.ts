/**
 * COUNTER Release 5.1-style usage counting over a stream of parsed log events, in constant memory apart
 * from bounded per-day windows. Rules, as COUNTER defines them where a log allows:
 * - only successful requests (status 200 or 304) from non-robots (COUNTER robots list) count;
 * - a user-session is the session id + date, else the username + date + hour, else IP + user agent + date
 *   + hour; its raw key is replaced by a keyed pseudonym (hmac.ts) before anything is stored;
 * - double-click filter: the same session acting on the same item (or repeating the same search) within
 *   30 seconds counts once;
 * - every Request (full text) is also an Investigation; Unique_Item_* count an item once per session.
 * Identifiers live only in the window of their day and are dropped when the window closes; cells keep
 * nothing but numbers. Item identity is host + path without the query string (queries are never kept).
 */
import type { KeyedHasher } from './hmac.js';
import type { LogEvent } from './types.js';

/** What kind of action a request path looks like. */
export type ActionClass = 'request' | 'investigation' | 'search' | 'page' | 'static';

const STATIC_RE = /\.(?:css|js|mjs|png|gif|jpe?g|ico|svg|woff2?|ttf|eot|map|webp)$/i;
const REQUEST_RE = /\.(?:pdf|epub)$|\/(?:e?pdf|pdfft|pdfplus|fulltext|full|download|reader)(?:\/|$)/i;
const SEARCH_RE = /\/(?:search|results|find|discover)(?:\/|$|\.)/i;
const SEARCH_QUERY_RE = /(?:^|&)(?:q|query|searchterm|searchtext|lookfor|kw|term|text|qt)=/i;
const INVESTIGATION_RE = /\/(?:doi|abs|abstract|article|articles|stable|record|book|books|chapter|document|content|view|item|toc|ebook|journal)(?:\/|$)/i;

/** Classify a path (and its query, for searches) the way COUNTER metric types need. */
export function classify(path: string, query: string): ActionClass {
  if (STATIC_RE.test(path)) return 'static';
  if (REQUEST_RE.test(path)) return 'request';
  if (SEARCH_RE.test(path) || (query !== '' && SEARCH_QUERY_RE.test(query))) return 'search';
  if (INVESTIGATION_RE.test(path)) return 'investigation';
  return 'page';
}

/** The numbers kept per cell (period × platform × group). */
export interface WebCell {
  period: string;
  platform: string;
  group: string;
  sessions: number;
  totalItemInvestigations: number;
  uniqueItemInvestigations: number;
  totalItemRequests: number;
  uniqueItemRequests: number;
  searches: number;
}

/** Counters about the run itself (no identifiers). */
export interface WebTotals {
  events: number;
  counted: number;
  robots: number;
  excludedStatus: number;
  staticAssets: number;
  doubleClicks: number;
  lateEvents: number;
  windowsClosed: number;
  peakWindowEntries: number;
}

/** When an item was last seen in a session: a mutable box, so a repeat costs one map lookup, not two. */
interface Clock { t: number }

/** One user-session inside its day window. */
interface Session {
  /** Keyed pseudonym (hmac.ts) of the session's raw key: the only form in which the session is named. */
  pseudonym: string;
  /** Cells this session has been counted in (distinct sessions per cell). Usually one or two. */
  cells: WebCell[];
  /** item → time last seen, per metric type (double-click filter and uniqueness). */
  inv?: Map<string, Clock>;
  req?: Map<string, Clock>;
  search?: Map<string, Clock>;
}

interface Window {
  dayNum: number;
  /** Raw session keys → session state. Raw identifiers exist only here, for this day, in memory. */
  bySession: Map<string, Session>;
  byUser: Map<string, Session>;
  byClient: Map<string, Session>;
  entries: number;
}

export interface AggregateOptions {
  by: 'day' | 'month';
  hasher: KeyedHasher;
  /** Double-click window in ms (COUNTER: 30 s). */
  doubleClickMs?: number;
  isRobot?: (ua: string) => boolean;
  /** Days a window stays open behind the newest day seen, for slightly unordered logs. */
  lateDays?: number;
}

/**
 * A copy of `s` that shares no memory with the line it was cut from. V8 keeps a whole 64 KiB input chunk
 * alive for as long as any slice of it lives; map keys kept for a day would otherwise pin most of the file.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}

/** Split a request target into platform host, path and query. */
export function splitUrl(url: string, vhost: string): { host: string; path: string; query: string } {
  let host = vhost;
  let rest = url;
  const scheme = url.indexOf('://');
  if (scheme > 0 && scheme < 8) {
    const slash = url.indexOf('/', scheme + 3);
    host = slash < 0 ? url.slice(scheme + 3) : url.slice(scheme + 3, slash);
    rest = slash < 0 ? '/' : url.slice(slash);
  }
  const colon = host.indexOf(':');
  if (colon >= 0) host = host.slice(0, colon);
  const at = host.lastIndexOf('@'); // never keep credentials written into a URL
  if (at >= 0) host = host.slice(at + 1);
  const q = rest.indexOf('?');
  return { host: host.toLowerCase() || '(unknown)', path: q < 0 ? rest : rest.slice(0, q), query: q < 0 ? '' : rest.slice(q + 1) };
}

/** Streaming COUNTER aggregator: `add` each event, then `finish` for the cells. */
export class WebAggregator {
  readonly totals: WebTotals = { events: 0, counted: 0, robots: 0, excludedStatus: 0, staticAssets: 0, doubleClicks: 0, lateEvents: 0, windowsClosed: 0, peakWindowEntries: 0 };
  /** period → platform → group → cell: nested maps look up slices of the line without building a key. */
  private readonly cells = new Map<string, Map<string, Map<string, WebCell>>>();
  private readonly windows = new Map<number, Window>();
  private last: Window | undefined;
  private newestDay = -Infinity;
  private readonly dbl: number;
  private readonly late: number;
  private readonly closedDays = new Set<number>();

  constructor(private readonly opts: AggregateOptions) {
    this.dbl = opts.doubleClickMs ?? 30_000;
    this.late = opts.lateDays ?? 1;
  }

  /** Day windows currently open (bounded by `lateDays` + 1 for ordered input). */
  get openWindows(): number {
    return this.windows.size;
  }

  /** Count one parsed event. */
  add(ev: LogEvent): void {
    const t = this.totals;
    t.events++;
    if (ev.status !== 200 && ev.status !== 304) { t.excludedStatus++; return; }
    if (this.opts.isRobot !== undefined && this.opts.isRobot(ev.userAgent)) { t.robots++; return; }
    // host, path and query as slices of the URL, without an intermediate object
    const url = ev.url;
    let host: string;
    let pathStart: number;
    /** Where the item key starts: at the host for absolute URLs, so host + path is one slice. */
    let itemStart = -1;
    const scheme = url.indexOf('://');
    if (scheme > 0 && scheme < 8) {
      const hs = scheme + 3;
      itemStart = hs;
      let slash = url.indexOf('/', hs);
      if (slash < 0) slash = url.length;
      let he = url.indexOf(':', hs);
      if (he < 0 || he > slash) he = slash;
      const at = url.lastIndexOf('@', slash);
      host = url.slice(at >= hs ? at + 1 : hs, he).toLowerCase();
      pathStart = slash;
    } else {
      host = ev.vhost === '' ? '(unknown)' : ev.vhost.toLowerCase();
      pathStart = 0;
    }
    const q = url.indexOf('?', pathStart);
    const path = q < 0 ? url.slice(pathStart) : url.slice(pathStart, q);
    const query = q < 0 ? '' : url.slice(q + 1);
    const cls = classify(path, query);
    if (cls === 'static') { t.staticAssets++; return; }
    t.counted++;
    const w = this.window(ev.time);
    // COUNTER user-session identification, in order of preference; the day is the window itself
    let map: Map<string, Session>;
    let key: string;
    if (ev.session !== '') { map = w.bySession; key = ev.session; }
    else if (ev.user !== '') { map = w.byUser; key = ev.hour < 10 ? `0${ev.hour}${ev.user}` : `${ev.hour}${ev.user}`; }
    else { map = w.byClient; key = `${ev.hour}\u0000${ev.ip}\u0000${ev.userAgent}`; }
    let s = map.get(key);
    if (s === undefined) {
      s = { pseudonym: this.opts.hasher.hash(`${key}\u0000${ev.day}`), cells: [] };
      map.set(detach(key), s);
      w.entries++;
    }
    const cell = this.cell(this.opts.by === 'day' ? ev.day : ev.day.slice(0, 7), host, ev.groups);
    if (!s.cells.includes(cell)) { s.cells.push(cell); cell.sessions++; }
    if (cls === 'page') return;
    // item identity: host (with port) and path, as one slice of the URL when the URL is absolute
    const item = itemStart >= 0 ? (q < 0 ? url.slice(itemStart) : url.slice(itemStart, q)) : host + path;
    if (cls === 'search') {
      // the query (search terms) is a lookup key only inside this window, never stored in a cell
      if (this.once(w, (s.search ??= new Map()), `${item}?${query}`, ev.time) !== 2) cell.searches++;
      return;
    }
    if (cls === 'request') {
      const r = this.once(w, (s.req ??= new Map()), item, ev.time);
      if (r !== 2) { cell.totalItemRequests++; if (r === 0) cell.uniqueItemRequests++; }
    }
    const i = this.once(w, (s.inv ??= new Map()), item, ev.time);
    if (i !== 2) { cell.totalItemInvestigations++; if (i === 0) cell.uniqueItemInvestigations++; }
  }

  /** 0 = first time in this session, 1 = again after more than the double-click window, 2 = double-click. */
  private once(w: Window, seen: Map<string, Clock>, key: string, time: number): 0 | 1 | 2 {
    const c = seen.get(key);
    if (c === undefined) { seen.set(detach(key), { t: time }); w.entries++; return 0; }
    const last = c.t;
    c.t = time;
    if (time - last <= this.dbl) { this.totals.doubleClicks++; return 2; }
    return 1;
  }

  private cell(period: string, platform: string, group: string): WebCell {
    const lc = this.lastCell;
    if (lc !== undefined && lc.platform === platform && lc.group === group && lc.period === period) return lc;
    this.lastCell = this.cellLookup(period, platform, group);
    return this.lastCell;
  }

  private lastCell: WebCell | undefined;

  private cellLookup(period: string, platform: string, group: string): WebCell {
    let a = this.cells.get(period);
    if (a === undefined) this.cells.set(detach(period), (a = new Map()));
    let b = a.get(platform);
    if (b === undefined) a.set(detach(platform), (b = new Map()));
    let c = b.get(group);
    if (c === undefined) {
      c = { period: detach(period), platform: detach(platform), group: detach(group), sessions: 0, totalItemInvestigations: 0, uniqueItemInvestigations: 0, totalItemRequests: 0, uniqueItemRequests: 0, searches: 0 };
      b.set(c.group, c);
    }
    return c;
  }

  private window(time: number): Window {
    const dayNum = Math.floor(time / 86_400_000);
    if (this.last !== undefined && this.last.dayNum === dayNum) return this.last;
    let w = this.windows.get(dayNum);
    if (w === undefined) {
      if (this.closedDays.has(dayNum)) this.totals.lateEvents++;
      w = { dayNum, bySession: new Map(), byUser: new Map(), byClient: new Map(), entries: 0 };
      this.windows.set(dayNum, w);
      if (dayNum > this.newestDay) {
        this.newestDay = dayNum;
        for (const [d, old] of this.windows) if (d < dayNum - this.late) this.close(old);
      }
    }
    this.last = w;
    return w;
  }

  private close(w: Window): void {
    if (w.entries > this.totals.peakWindowEntries) this.totals.peakWindowEntries = w.entries;
    w.bySession.clear();
    w.byUser.clear();
    w.byClient.clear();
    this.windows.delete(w.dayNum);
    this.closedDays.add(w.dayNum);
    if (this.last === w) this.last = undefined;
    this.totals.windowsClosed++;
  }

  /** Close every window and return the cells, sorted by period, platform and group. */
  finish(): WebCell[] {
    for (const w of [...this.windows.values()]) this.close(w);
    const out: WebCell[] = [];
    for (const a of this.cells.values()) for (const b of a.values()) for (const c of b.values()) out.push(c);
    const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
    return out.sort((a, b) => cmp(a.period, b.period) || cmp(a.platform, b.platform) || cmp(a.group, b.group));
  }
}
