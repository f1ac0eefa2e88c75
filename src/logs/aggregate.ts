/**
 * COUNTER Release 5.1-style usage counting over a stream of parsed log events, in constant memory apart
 * from bounded per-day windows. Rules, as COUNTER defines them where a log allows:
 * - only successful requests (status 200 or 304) from non-robots (COUNTER robots list) count;
 * - a user-session is the session id + date, else the username + date + hour, else IP + user agent + date
 *   + hour (dates and hours in UTC, see time.ts); session state is filed under a keyed pseudonym (hmac.ts)
 *   computed once per session, and the raw key stays only in a small cache of recent sessions;
 * - double-click filter: the same session acting on the same item (or repeating the same search) within
 *   30 seconds counts once;
 * - every Request (full text) is also an Investigation; Unique_Item_* count an item once per session.
 * Identifiers live only in the window of their day and are dropped when the window closes; cells keep
 * nothing but numbers, plus, for sessions seen in several cells, how many sessions share each set of cells
 * (so a merged "(other)" row can count distinct sessions exactly). Item identity is host + path without the
 * query string (queries are never kept beyond the window).
 *
 * Speed: the hot path allocates little and the day's state is not made of JavaScript objects. Hosts and
 * groups are interned to small integers; items and searches are identified by a 64-bit hash of their text
 * read in place (no string is cut out or kept; the action class is computed once per item and day);
 * sessions are numbered; sessions, items and (session, item) clocks live in typed-array hash tables
 * (tables.ts) reused from day to day.
 */
import type { KeyedHasher } from './hmac.js';
import { randomBytes } from 'node:crypto';
import { CellOverlaps } from './overlap.js';
import { PairTable, RecentKeys, hashChars, hashOut } from './tables.js';
import { CLASS_CODE, PAGE, REQUEST, SEARCH, STATIC, classifyPath, promoteByQuery } from './classify.js';
import { utcDayString } from './time.js';
import type { LogEvent } from './types.js';

export { classify, splitUrl, type ActionClass } from './classify.js';

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

/** Cells of the first 1,024 platforms x 64 groups are found by array index, the rest through a Map. */
const CELL_INDEX = 1024 * 64;
/** Item hashes whose action class is remembered across days (the cache is emptied when full). */
const CLASS_CACHE_MAX = 1 << 19;

/** The tables of one day window, reused for the next window once it closes. */
interface Tables {
  /** Keyed 64-bit pseudonym of the session key → session number. */
  sessions: PairTable;
  /** 64-bit hash of an item (host + path) or a search (host + path + query) → item number. */
  items: PairTable;
  /** (session number, item number * 2 + 1 for requests) → ms into the day when last seen. */
  seen: PairTable;
  /** platform id * 64 + group id → cell id + 1 (0: not yet), for this window's period; others in `cellIds`. */
  cellIdx: Int32Array;
}

interface Window extends Tables {
  dayNum: number;
  startMs: number;
  day: string;
  recent: RecentKeys;
  /** Action class by item number. */
  itemClass: number[];
  /** First cell of each session, by session number; further cells of the few sessions with several. */
  firstCell: number[];
  moreCells: (number[] | undefined)[];
  cellIds: Map<number, number>;
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
  /** Item hashes whose class is remembered across days (default 524,288; small in tests). */
  classCacheMax?: number;
}

/**
 * A copy of `s` that shares no memory with the line it was cut from. V8 keeps a whole 64 KiB input chunk
 * alive for as long as any slice of it lives; map keys kept for a day would otherwise pin most of the file.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}

/** Streaming COUNTER aggregator: `add` each event, then `finish` for the cells. */
export class WebAggregator {
  readonly totals: WebTotals = { events: 0, counted: 0, robots: 0, excludedStatus: 0, staticAssets: 0, doubleClicks: 0, lateEvents: 0, windowsClosed: 0, peakWindowEntries: 0 };
  private readonly cellList: WebCell[] = [];
  private readonly cellIdOf = new Map<WebCell, number>();
  /** `period \t platform id \t group id` → cell id (looked up once per window and cell). */
  private readonly cellIndex = new Map<string, number>();
  private readonly platforms: string[] = [];
  /** Host as written (case kept) → platform id. */
  private readonly hostIds = new Map<string, number>();
  private readonly platformIds = new Map<string, number>();
  private readonly groups: string[] = [];
  private readonly groupIds = new Map<string, number>();
  private lastGroup = '';
  private lastGroupId = -1;
  private readonly overlaps = new CellOverlaps();
  /** Tables of closed windows, cleared, for the next ones. */
  private readonly pool: Tables[] = [];
  private readonly classes = new PairTable(1 << 16);
  private readonly recentPool: RecentKeys[] = [];
  /** Per-run random seeds of the recent-session hash. */
  private readonly seed1: number;
  private readonly seed2: number;
  private readonly windows = new Map<number, Window>();
  private last: Window | undefined;
  private newestDay = -Infinity;
  private readonly dbl: number;
  private readonly late: number;
  private readonly closedDays = new Set<number>();
  private readonly classCacheMax: number;

  constructor(private readonly opts: AggregateOptions) {
    this.dbl = opts.doubleClickMs ?? 30_000;
    this.late = opts.lateDays ?? 1;
    this.classCacheMax = opts.classCacheMax ?? CLASS_CACHE_MAX;
    const r = randomBytes(8);
    this.seed1 = r.readInt32LE(0);
    this.seed2 = r.readInt32LE(4);
  }

  /** Day windows currently open (bounded by `lateDays` + 1 for ordered input). */
  get openWindows(): number {
    return this.windows.size;
  }

  /** Item classes remembered across days (at most `classCacheMax`). */
  get classCacheEntries(): number {
    return this.classes.size;
  }

  /** Count one parsed event. */
  add(ev: LogEvent): void {
    const t = this.totals;
    t.events++;
    if (ev.status !== 200 && ev.status !== 304) { t.excludedStatus++; return; }
    if (this.opts.isRobot !== undefined && this.opts.isRobot(ev.userAgent)) { t.robots++; return; }
    const url = ev.url;
    // platform, path and query as positions in the URL: no intermediate object
    let platform: number;
    let pathStart = 0;
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
      const at = url.lastIndexOf('@', slash); // never keep credentials written into a URL
      platform = this.platformOf(url.slice(at >= hs ? at + 1 : hs, he));
      pathStart = slash;
    } else platform = this.platformOf(ev.vhost);
    const q = url.indexOf('?', pathStart);
    const pathEnd = q < 0 ? url.length : q;
    const w = this.window(ev.time);
    // item identity: host (with port) and path, hashed in place; relative URLs hash the platform first
    if (itemStart >= 0) hashChars(url, itemStart, pathEnd);
    else hashChars(url, 0, pathEnd, Math.imul(platform + 1, 0x01000193), platform + 0x2545f491);
    const ih1 = hashOut.h1;
    const ih2 = hashOut.h2;
    let id = w.items.find(ih1, ih2);
    if (id < 0) {
      id = w.itemClass.length;
      // the class of an item seen on an earlier day is remembered by its hash: no expression runs again
      let c = this.classes.find(ih1, ih2);
      if (c < 0) {
        c = CLASS_CODE[classifyPath(url.slice(pathStart, pathEnd))];
        if (this.classes.size >= this.classCacheMax) {
          // full: start over, and keep this item (the emptied table must be searched again for its slot)
          this.classes.clear();
          this.classes.find(ih1, ih2);
        }
        this.classes.insertHere(ih1, ih2, c);
      }
      w.itemClass.push(c);
      w.items.insertHere(ih1, ih2, id);
      w.entries++;
    }
    let cls = w.itemClass[id]!;
    if (cls === STATIC) { t.staticAssets++; return; }
    cls = promoteByQuery(cls, url, q < 0 ? url.length : q + 1);
    t.counted++;
    const s = this.session(w, ev);
    const cellId = this.cellId(w, platform, ev.groups);
    const cell = this.cellList[cellId]!;
    const first = w.firstCell[s]!;
    if (first < 0) { w.firstCell[s] = cellId; cell.sessions++; }
    else if (first !== cellId) {
      const more = w.moreCells[s];
      if (more === undefined) { w.moreCells[s] = [cellId]; cell.sessions++; }
      else if (!more.includes(cellId)) { more.push(cellId); cell.sessions++; }
    }
    if (cls === PAGE) return;
    const now = ev.time - w.startMs;
    if (cls === SEARCH) {
      // the search is the item plus its query, hashed: the terms themselves are never stored
      hashChars(url, pathEnd, url.length, ih1, ih2);
      let sid = w.items.find(hashOut.h1, hashOut.h2);
      if (sid < 0) {
        sid = w.itemClass.length;
        w.itemClass.push(SEARCH);
        w.items.insertHere(hashOut.h1, hashOut.h2, sid);
        w.entries++;
      }
      if (this.once(w, s, sid * 2, now) !== 2) cell.searches++;
      return;
    }
    if (cls === REQUEST) {
      const r = this.once(w, s, id * 2 + 1, now);
      if (r !== 2) { cell.totalItemRequests++; if (r === 0) cell.uniqueItemRequests++; }
    }
    const i = this.once(w, s, id * 2, now);
    if (i !== 2) { cell.totalItemInvestigations++; if (i === 0) cell.uniqueItemInvestigations++; }
  }

  /** The session number of an event: COUNTER user-session identification, in order of preference. */
  private session(w: Window, ev: LogEvent): number {
    // the recent-session key: a seeded hash of the raw key read in place, tagged by kind (and hour)
    let kind: number;
    if (ev.session !== '') { kind = 1; hashChars(ev.session, 0, ev.session.length, this.seed1 ^ 1, this.seed2); }
    else if (ev.user !== '') { kind = 2; hashChars(ev.user, 0, ev.user.length, this.seed1 ^ (2 + ev.hour * 4), this.seed2); }
    else {
      kind = 3;
      hashChars(ev.ip, 0, ev.ip.length, this.seed1 ^ (3 + ev.hour * 4), this.seed2);
      hashChars(ev.userAgent, 0, ev.userAgent.length, hashOut.h1 ^ 0xfeff, hashOut.h2);
    }
    const k1 = hashOut.h1;
    const k2 = hashOut.h2;
    let s = w.recent.get(k1, k2);
    if (s >= 0) return s;
    const raw = kind === 1 ? `s${ev.session}` : kind === 2 ? `u${ev.hour}\u0000${ev.user}` : `c${ev.hour}\u0000${ev.ip}\u0000${ev.userAgent}`;
    // the day is part of the pseudonym: the same raw key on another day is another session
    this.opts.hasher.hashPair(`${raw}\u0000${w.day}`, this.pseudonym);
    s = w.sessions.find(this.pseudonym.h1, this.pseudonym.h2);
    if (s < 0) {
      s = w.firstCell.length;
      w.firstCell.push(-1);
      w.moreCells.push(undefined);
      w.sessions.insertHere(this.pseudonym.h1, this.pseudonym.h2, s);
      w.entries++;
    }
    w.recent.set(k1, k2, s);
    return s;
  }

  private readonly pseudonym = { h1: 0, h2: 0 };

  /** 0 = first time in this session, 1 = again after more than the double-click window, 2 = double-click. */
  private once(w: Window, s: number, key: number, now: number): 0 | 1 | 2 {
    const seen = w.seen;
    const last = seen.find(s, key);
    if (last < 0) { seen.insertHere(s, key, now); w.entries++; return 0; }
    // lines slightly out of order: the clock keeps the latest time, and the gap is measured either way
    if (now > last) seen.setFound(now);
    if (Math.abs(now - last) <= this.dbl) { this.totals.doubleClicks++; return 2; }
    return 1;
  }

  private platformOf(hostRaw: string): number {
    // a log names few hosts: comparing with the recent ones is cheaper than hashing the slice for a Map
    const hs = this.recentHosts;
    for (let i = 0; i < hs.length; i++) if (hs[i] === hostRaw) return this.recentHostIds[i]!;
    const id = this.platformLookup(hostRaw);
    const slot = hs.length < 16 ? hs.length : (this.recentNext = (this.recentNext + 1) & 15);
    hs[slot] = detach(hostRaw);
    this.recentHostIds[slot] = id;
    return id;
  }

  private readonly recentHosts: string[] = [];
  private readonly recentHostIds: number[] = [];
  private recentNext = 0;

  private platformLookup(hostRaw: string): number {
    let id = this.hostIds.get(hostRaw);
    if (id === undefined) {
      const name = hostRaw.toLowerCase() || '(unknown)';
      id = this.platformIds.get(name);
      if (id === undefined) {
        id = this.platforms.length;
        this.platforms.push(detach(name));
        this.platformIds.set(this.platforms[id]!, id);
      }
      this.hostIds.set(detach(hostRaw), id);
    }
    return id;
  }

  private groupOf(g: string): number {
    if (g === this.lastGroup && this.lastGroupId >= 0) return this.lastGroupId;
    const gs = this.groups;
    if (gs.length <= 16) for (let i = 0; i < gs.length; i++) if (gs[i] === g) return (this.lastGroup = gs[i]!), (this.lastGroupId = i);
    let id = this.groupIds.get(g);
    if (id === undefined) {
      id = this.groups.length;
      this.groups.push(detach(g));
      this.groupIds.set(this.groups[id]!, id);
    }
    this.lastGroup = this.groups[id]!;
    this.lastGroupId = id;
    return id;
  }

  private cellId(w: Window, platform: number, groupStr: string): number {
    const group = this.groupOf(groupStr);
    const small = platform < 1024 && group < 64;
    const key = small ? platform * 64 + group : platform * 65536 + group;
    let id: number | undefined = small ? w.cellIdx[key]! - 1 : w.cellIds.get(key);
    if (id !== undefined && id >= 0) return id;
    const period = this.opts.by === 'day' ? w.day : w.day.slice(0, 7);
    const full = `${period}\t${platform}\t${group}`;
    id = this.cellIndex.get(full);
    if (id === undefined) {
      id = this.cellList.length;
      const c: WebCell = { period, platform: this.platforms[platform]!, group: this.groups[group]!, sessions: 0, totalItemInvestigations: 0, uniqueItemInvestigations: 0, totalItemRequests: 0, uniqueItemRequests: 0, searches: 0 };
      this.cellList.push(c);
      this.cellIdOf.set(c, id);
      this.cellIndex.set(full, id);
    }
    if (small) w.cellIdx[key] = id + 1;
    else w.cellIds.set(key, id);
    return id;
  }

  private window(time: number): Window {
    const dayNum = Math.floor(time / 86_400_000);
    if (this.last !== undefined && this.last.dayNum === dayNum) return this.last;
    let w = this.windows.get(dayNum);
    if (w === undefined) {
      if (this.closedDays.has(dayNum)) this.totals.lateEvents++;
      const tables = this.pool.pop() ?? { sessions: new PairTable(), items: new PairTable(), seen: new PairTable(), cellIdx: new Int32Array(CELL_INDEX) };
      w = { ...tables, dayNum, startMs: dayNum * 86_400_000, day: utcDayString(dayNum), recent: this.recentPool.pop() ?? new RecentKeys(), itemClass: [], firstCell: [], moreCells: [], cellIds: new Map(), entries: 0 };
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
    // keep only how many sessions spanned each set of cells: numbers, no identifiers
    for (let s = 0; s < w.moreCells.length; s++) {
      const more = w.moreCells[s];
      if (more !== undefined) this.overlaps.record([w.firstCell[s]!, ...more]);
    }
    w.moreCells.length = 0;
    w.firstCell.length = 0;
    w.recent.clear();
    this.recentPool.push(w.recent);
    w.itemClass.length = 0;
    w.sessions.clear();
    w.items.clear();
    w.seen.clear();
    // a reused index must not send the next day's events to this day's cells
    w.cellIdx.fill(0);
    this.pool.push({ sessions: w.sessions, items: w.items, seen: w.seen, cellIdx: w.cellIdx });
    this.windows.delete(w.dayNum);
    this.closedDays.add(w.dayNum);
    if (this.last === w) this.last = undefined;
    this.totals.windowsClosed++;
  }

  /**
   * Distinct sessions over a set of cells (from `finish`): the sum of their session counts, less the
   * sessions counted in more than one of them. Exact, since every session's set of cells is recorded.
   */
  distinctSessions(cells: readonly WebCell[]): number {
    const ids: number[] = [];
    for (const c of cells) { const id = this.cellIdOf.get(c); if (id !== undefined) ids.push(id); }
    return this.overlaps.distinct(ids, (id) => this.cellList[id]!.sessions);
  }

  /** Close every window and return the cells, sorted by period, platform and group. */
  finish(): WebCell[] {
    for (const w of [...this.windows.values()]) this.close(w);
    const out = this.cellList.slice();
    const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
    return out.sort((a, b) => cmp(a.period, b.period) || cmp(a.platform, b.platform) || cmp(a.group, b.group));
  }
}
