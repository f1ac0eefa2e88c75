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

interface Window {
  dayNum: number;
  /** raw session key → pseudonym; raw keys exist only here, for this day. */
  pseudonyms: Map<string, string>;
  /** action + pseudonym + item → time last seen (double-click and uniqueness). */
  seen: Map<string, number>;
  /** cell key → pseudonyms of sessions seen in it. */
  cellSessions: Map<string, Set<string>>;
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
  private readonly cells = new Map<string, WebCell>();
  private readonly windows = new Map<number, Window>();
  private newestDay = -Infinity;
  private readonly dbl: number;
  private readonly late: number;
  private readonly closedDays = new Set<number>();

  constructor(private readonly opts: AggregateOptions) {
    this.dbl = opts.doubleClickMs ?? 30_000;
    this.late = opts.lateDays ?? 1;
  }

  /** Count one parsed event. */
  add(ev: LogEvent): void {
    const t = this.totals;
    t.events++;
    if (ev.status !== 200 && ev.status !== 304) { t.excludedStatus++; return; }
    if (this.opts.isRobot && this.opts.isRobot(ev.userAgent)) { t.robots++; return; }
    const { host, path, query } = splitUrl(ev.url, ev.vhost);
    const cls = classify(path, query);
    if (cls === 'static') { t.staticAssets++; return; }
    t.counted++;
    const w = this.window(ev.time);
    // COUNTER user-session identification, in order of preference
    const raw = ev.session !== '' ? `s\u0000${ev.session}\u0000${ev.day}`
      : ev.user !== '' ? `u\u0000${ev.user}\u0000${ev.day}\u0000${ev.hour}`
      : `i\u0000${ev.ip}\u0000${ev.userAgent}\u0000${ev.day}\u0000${ev.hour}`;
    let pseudo = w.pseudonyms.get(raw);
    if (pseudo === undefined) {
      pseudo = this.opts.hasher.hash(raw);
      w.pseudonyms.set(raw, pseudo);
    }
    const period = this.opts.by === 'day' ? ev.day : ev.day.slice(0, 7);
    const group = ev.groups;
    const cellKey = `${period}\t${host}\t${group}`;
    let cell = this.cells.get(cellKey);
    if (!cell) {
      cell = { period, platform: host, group, sessions: 0, totalItemInvestigations: 0, uniqueItemInvestigations: 0, totalItemRequests: 0, uniqueItemRequests: 0, searches: 0 };
      this.cells.set(cellKey, cell);
    }
    let sess = w.cellSessions.get(cellKey);
    if (!sess) w.cellSessions.set(cellKey, (sess = new Set()));
    sess.add(pseudo);
    if (cls === 'page') return;
    const item = host + path;
    if (cls === 'search') {
      // the query (search terms) is part of the key only inside this window, never stored in a cell
      if (this.once(w, `S${pseudo}${item}?${query}`, ev.time) !== 'double') cell.searches++;
      return;
    }
    if (cls === 'request') {
      const r = this.once(w, `R${pseudo}${item}`, ev.time);
      if (r !== 'double') { cell.totalItemRequests++; if (r === 'first') cell.uniqueItemRequests++; }
    }
    const i = this.once(w, `I${pseudo}${item}`, ev.time);
    if (i !== 'double') { cell.totalItemInvestigations++; if (i === 'first') cell.uniqueItemInvestigations++; }
  }

  private once(w: Window, key: string, time: number): 'first' | 'again' | 'double' {
    const last = w.seen.get(key);
    w.seen.set(key, time);
    if (last === undefined) return 'first';
    if (time - last <= this.dbl) { this.totals.doubleClicks++; return 'double'; }
    return 'again';
  }

  private window(time: number): Window {
    const dayNum = Math.floor(time / 86_400_000);
    let w = this.windows.get(dayNum);
    if (w) return w;
    if (this.closedDays.has(dayNum)) this.totals.lateEvents++;
    w = { dayNum, pseudonyms: new Map(), seen: new Map(), cellSessions: new Map() };
    this.windows.set(dayNum, w);
    if (dayNum > this.newestDay) {
      this.newestDay = dayNum;
      for (const [d, old] of this.windows) if (d < dayNum - this.late) this.close(old);
    }
    return w;
  }

  private close(w: Window): void {
    const entries = w.seen.size + w.pseudonyms.size;
    if (entries > this.totals.peakWindowEntries) this.totals.peakWindowEntries = entries;
    for (const [cellKey, set] of w.cellSessions) this.cells.get(cellKey)!.sessions += set.size;
    w.pseudonyms.clear();
    w.seen.clear();
    w.cellSessions.clear();
    this.windows.delete(w.dayNum);
    this.closedDays.add(w.dayNum);
    this.totals.windowsClosed++;
  }

  /** Close every window and return the cells, sorted by period, platform and group. */
  finish(): WebCell[] {
    for (const w of [...this.windows.values()]) this.close(w);
    return [...this.cells.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  }
}
