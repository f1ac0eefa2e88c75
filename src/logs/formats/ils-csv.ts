/**
 * ILS circulation and loan-history CSV exports (Koha, Evergreen, Alma, Sierra reports...). Columns are
 * found by a mapping (`date=Loan date,patron=Borrower,...`) or guessed from common header names; the
 * delimiter (comma, semicolon, tab) is read from the header. Each row becomes counts per period × branch ×
 * patron group: loans, renewals, returns, other actions, and distinct patrons (pseudonymous, per window).
 * Records follow RFC 4180: a quoted field may contain the delimiter, doubled quotes and line breaks, so
 * one record can span several physical lines (`CsvRecords` joins them, streaming, and reports a record by
 * the line where it started). A quote that never closes is reported as malformed once it has run for
 * `maxLines` lines or `maxChars` characters (or reached the end of the input), and reading resumes on the
 * line after the one where the record started, so one stray quote costs one record, not the file.
 */
import { FiduciaryError } from '../../model/index.js';
import type { KeyedHasher } from '../hmac.js';
import { parseLooseDate, type TimeParts } from '../time.js';
import { detach } from '../aggregate.js';
import { CellOverlaps } from '../overlap.js';

export const ILS_ROLES = ['date', 'patron', 'item', 'location', 'group', 'action'] as const;
export type IlsRole = (typeof ILS_ROLES)[number];

/** Header names tried for each role, normalised (lower case, letters and digits only). */
const GUESSES: Record<IlsRole, string[]> = {
  date: ['date', 'datetime', 'timestamp', 'issuedate', 'loandate', 'checkoutdate', 'transactiondate', 'xactstart', 'time'],
  patron: ['patron', 'patronid', 'patronbarcode', 'borrower', 'borrowernumber', 'cardnumber', 'usr', 'userid', 'user', 'patronrecord'],
  item: ['item', 'itemnumber', 'itembarcode', 'itemid', 'barcode', 'copy', 'copyid'],
  location: ['branch', 'branchcode', 'location', 'library', 'circlib', 'circulationlibrary'],
  group: ['patrontype', 'categorycode', 'category', 'ptype', 'usergroup', 'group', 'profile'],
  action: ['type', 'action', 'transaction', 'event', 'transactiontype'],
};

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Split one CSV line; returns undefined when a quote does not close. */
export function splitCsv(line: string, delim: string): string[] | undefined {
  if (line.indexOf('"') < 0) return line.split(delim);
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let v = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) return undefined;
        v += line.slice(j, q);
        if (line[q + 1] === '"') { v += '"'; j = q + 2; continue; }
        i = q + 1;
        break;
      }
      out.push(v);
      if (i >= line.length) return out;
      if (line[i] !== delim) return undefined;
      i++;
    } else {
      const d = line.indexOf(delim, i);
      if (d < 0) { out.push(line.slice(i)); return out; }
      out.push(line.slice(i, d));
      i = d + 1;
    }
  }
}

function quotesIn(line: string): number {
  let n = 0;
  for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * Joins physical lines into CSV records. `push` each line with its number and `end` after the last; the
 * callback gets each record (lines joined with `\n`) with the number of its first line, or `null` for a
 * record whose quote never closed. Holds at most one pending record (bounded by `maxLines`, `maxChars`).
 */
export class CsvRecords {
  private held: { line: string; no: number }[] = [];
  private chars = 0;

  constructor(private readonly onRecord: (record: string | null, line: number) => void, private readonly maxLines = 1000, private readonly maxChars = 1 << 20) {}

  /** Lines that continued a record begun on an earlier line (for line accounting). */
  continued = 0;

  push(line: string, no: number): void {
    if (this.held.length === 0) {
      if (line.indexOf('"') < 0 || quotesIn(line) % 2 === 0) { this.onRecord(line, no); return; }
      this.held.push({ line, no });
      this.chars = line.length;
      return;
    }
    this.held.push({ line, no });
    this.chars += line.length + 1;
    if (quotesIn(line) % 2 === 1) {
      // the open quoted field closes on this line
      const rec = this.held.map((h) => h.line).join('\n');
      this.continued += this.held.length - 1;
      const start = this.held[0]!.no;
      this.held = [];
      this.onRecord(rec, start);
      return;
    }
    if (this.held.length >= this.maxLines || this.chars > this.maxChars) this.giveUp();
  }

  /** Report the pending record as unclosed and read its later lines again as records of their own. */
  private giveUp(): void {
    const held = this.held;
    this.held = [];
    this.onRecord(null, held[0]!.no);
    for (let i = 1; i < held.length; i++) this.push(held[i]!.line, held[i]!.no);
  }

  end(): void {
    while (this.held.length > 0) this.giveUp();
  }
}

/** Parse `date=Loan date,patron=Borrower` into a role → header map. */
export function parseColumnMap(spec: string): Partial<Record<IlsRole, string>> {
  const map: Partial<Record<IlsRole, string>> = {};
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    const role = part.slice(0, eq).trim() as IlsRole;
    if (eq < 0 || !ILS_ROLES.includes(role)) throw new FiduciaryError('FID_USAGE', `--columns: expected role=Header with role one of ${ILS_ROLES.join(', ')}.`);
    map[role] = part.slice(eq + 1).trim();
  }
  return map;
}

/** Column indexes of each role, from the header line and an optional explicit mapping. */
export function resolveColumns(header: string, map: Partial<Record<IlsRole, string>> = {}): { delim: string; index: Partial<Record<IlsRole, number>> } {
  const delim = [',', ';', '\t'].map((d) => ({ d, n: header.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  const names = (splitCsv(header, delim) ?? header.split(delim)).map(norm);
  const index: Partial<Record<IlsRole, number>> = {};
  const used = new Set<number>();
  for (const role of ILS_ROLES) {
    if (map[role] !== undefined) {
      const i = names.indexOf(norm(map[role]!));
      if (i < 0) throw new FiduciaryError('FID_USAGE', `--columns: no column named "${map[role]}" in the header.`);
      index[role] = i;
      used.add(i);
    }
  }
  for (const role of ILS_ROLES) {
    if (index[role] !== undefined) continue;
    for (const g of GUESSES[role]) {
      const i = names.findIndex((n, k) => !used.has(k) && (n === g || (g.length > 4 && n.includes(g))));
      if (i >= 0) { index[role] = i; used.add(i); break; }
    }
  }
  if (index.date === undefined) throw new FiduciaryError('FID_USAGE', 'No date column found in the CSV header; pass --columns date=<header>.');
  return { delim, index };
}

/** Circulation numbers per period × branch × patron group. */
export interface CircCell {
  period: string;
  location: string;
  group: string;
  patrons: number;
  loans: number;
  renewals: number;
  returns: number;
  otherActions: number;
}

/** Streaming circulation aggregator; patrons are counted as pseudonyms within a period window. */
export class CirculationAggregator {
  readonly totals = { rows: 0 };
  private readonly cells = new Map<string, CircCell>();
  private readonly cellIds = new Map<CircCell, number>();
  private readonly cellList: CircCell[] = [];
  private readonly overlaps = new CellOverlaps();
  /**
   * Per open period: pseudonymous patron → cells it was counted in. The raw patron id is hashed on every
   * row rather than cached, so no raw id is held for the period (exports are small next to web logs).
   */
  private readonly windows = new Map<string, { patrons: Map<string, CircCell[]> }>();
  private readonly tp: TimeParts = { ok: false, time: 0, day: '', hour: 0 };
  private newest = '';

  constructor(private readonly cols: { delim: string; index: Partial<Record<IlsRole, number>> }, private readonly opts: { by: 'day' | 'month'; hasher: KeyedHasher }) {}

  /** Count one data row; returns a malformed reason or null. */
  add(line: string): string | null {
    const f = splitCsv(line, this.cols.delim);
    if (!f) return 'unbalanced quotes';
    const ix = this.cols.index;
    const get = (r: IlsRole): string => (ix[r] === undefined ? '' : (f[ix[r]!] ?? '').trim());
    if (f.length <= ix.date!) return 'too few columns';
    if (!parseLooseDate(get('date'), this.tp)) return 'bad date';
    this.totals.rows++;
    const period = this.opts.by === 'day' ? this.tp.day : this.tp.day.slice(0, 7);
    const location = get('location') || '(none)';
    const group = get('group') || '(none)';
    const key = `${period}\t${location}\t${group}`;
    let cell = this.cells.get(key);
    if (!cell) {
      this.cells.set(detach(key), (cell = { period: detach(period), location: detach(location), group: detach(group), patrons: 0, loans: 0, renewals: 0, returns: 0, otherActions: 0 }));
      this.cellIds.set(cell, this.cellList.length);
      this.cellList.push(cell);
    }
    const action = get('action').toLowerCase();
    if (action === '' || /issue|check.?out|loan|charge|circ/.test(action)) cell.loans++;
    else if (/renew/.test(action)) cell.renewals++;
    else if (/return|check.?in|discharge/.test(action)) cell.returns++;
    else cell.otherActions++;
    const patron = get('patron');
    if (patron !== '') {
      const w = this.window(period);
      const p = this.opts.hasher.hash(patron);
      let cs = w.patrons.get(p);
      if (!cs) w.patrons.set(p, (cs = []));
      if (!cs.includes(cell)) cs.push(cell);
    }
    return null;
  }

  private window(period: string) {
    let w = this.windows.get(period);
    if (!w) {
      this.windows.set(detach(period), (w = { patrons: new Map() }));
      // keep the newest two periods open (exports are usually date-ordered); close older ones
      if (period > this.newest) {
        const prev = this.newest;
        this.newest = period;
        for (const k of [...this.windows.keys()]) if (k < prev) this.close(k);
      }
    }
    return w;
  }

  private close(period: string): void {
    const w = this.windows.get(period)!;
    // keep numbers only: each cell's distinct patrons, and how many patrons shared each set of cells
    for (const cs of w.patrons.values()) {
      for (const c of cs) c.patrons++;
      if (cs.length > 1) this.overlaps.record(cs.map((c) => this.cellIds.get(c)!));
    }
    this.windows.delete(period);
  }

  /** Distinct patrons over a set of cells (from `finish`), for a merged "(other)" row. */
  distinctPatrons(cells: readonly CircCell[]): number {
    const ids = cells.map((c) => this.cellIds.get(c)).filter((id): id is number => id !== undefined);
    return this.overlaps.distinct(ids, (id) => this.cellList[id]!.patrons);
  }

  /** Close all windows; cells sorted by period, location, group. */
  finish(): CircCell[] {
    for (const k of [...this.windows.keys()]) this.close(k);
    return [...this.cells.values()].sort((a, b) => `${a.period}\t${a.location}\t${a.group}`.localeCompare(`${b.period}\t${b.location}\t${b.group}`));
  }
}
