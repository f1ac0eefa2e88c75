/**
 * `fiduciary logs` as a library call: read every source line by line, parse it with the chosen or
 * detected format, aggregate, suppress small cells, and return statistics that name no one. Malformed
 * lines are counted by reason and the first ones listed by file and line number, never by content.
 * The keyed hasher is created here and disposed before returning, so its key dies with the run.
 */
import { FiduciaryError } from '../model/index.js';
import { COMBINED_FORMATS, detectCombined } from './formats/combined.js';
import { compileLogFormat, detectLogFormat } from './formats/ezproxy.js';
import { CirculationAggregator, CsvRecords, parseColumnMap, resolveColumns, type CircCell } from './formats/ils-csv.js';
import { createKeyedHasher } from './hmac.js';
import { readLines, type LineSource } from './read.js';
import { createRobotMatcher } from './robots.js';
import { suppress } from './suppress.js';
import { WebAggregator, type WebCell, type WebTotals } from './aggregate.js';
import { emptyEvent, type LineParser, type MalformedLine } from './types.js';

export type LogInputFormat = 'ezproxy' | 'combined' | 'ils-csv';

export interface LogStatsOptions {
  format: LogInputFormat;
  /** An explicit LogFormat string (ezproxy/combined); detected per file when absent. */
  logFormat?: string;
  k: number;
  by: 'day' | 'month';
  /** ILS column mapping, `date=Loan date,patron=Borrower,...`. */
  columns?: string;
  noiseEpsilon?: number;
  /** How many malformed lines to list individually (all are counted). */
  malformedListLimit?: number;
  /** Called now and then with lines read so far. */
  onProgress?: (lines: number) => void;
}

export interface LogStats {
  format: LogInputFormat;
  by: 'day' | 'month';
  k: number;
  noiseEpsilon?: number;
  files: { name: string; lines: number; logFormat?: string; error?: string }[];
  lines: number;
  parsed: number;
  blank: number;
  /** CSV header lines (ILS). */
  headers: number;
  /**
   * Lines that continued a CSV record begun on an earlier line (a quoted field with line breaks). With
   * parsed, malformed, blank and headers, accounts for every line read.
   */
  continued: number;
  malformed: number;
  malformedByReason: Record<string, number>;
  malformedLines: MalformedLine[];
  web?: WebTotals;
  suppression: { merged: number; withheld: number };
  columns: string[];
  rows: (string | number | null)[][];
}

const WEB_METRICS = ['totalItemInvestigations', 'uniqueItemInvestigations', 'totalItemRequests', 'uniqueItemRequests', 'searches'];
const CIRC_METRICS = ['loans', 'renewals', 'returns', 'otherActions'];
const DETECT_LINES = 200;

/** Run the statistics over the sources. */
export async function computeLogStats(sources: LineSource[], o: LogStatsOptions): Promise<LogStats> {
  if (!(o.k >= 1)) throw new FiduciaryError('FID_USAGE', '--k must be a whole number of at least 1.');
  const hasher = createKeyedHasher();
  const limit = o.malformedListLimit ?? 100;
  const stats: LogStats = { format: o.format, by: o.by, k: o.k, noiseEpsilon: o.noiseEpsilon, files: [], lines: 0, parsed: 0, blank: 0, headers: 0, continued: 0, malformed: 0, malformedByReason: {}, malformedLines: [], suppression: { merged: 0, withheld: 0 }, columns: [], rows: [] };
  const bad = (file: string, line: number, reason: string): void => {
    stats.malformed++;
    stats.malformedByReason[reason] = (stats.malformedByReason[reason] ?? 0) + 1;
    if (stats.malformedLines.length < limit) stats.malformedLines.push({ file, line, reason });
  };
  try {
    if (o.format === 'ils-csv') {
      let agg: CirculationAggregator | undefined;
      const map = o.columns ? parseColumnMap(o.columns) : {};
      for (const src of sources) {
        let header = true;
        // RFC 4180 records: a quoted field may span lines; each record is reported by its first line
        const records = new CsvRecords((rec, no) => {
          if (rec === null) return bad(src.name, no, 'unbalanced quotes');
          if (rec.trim() === '') { stats.blank++; return; }
          if (header) {
            header = false;
            stats.headers++;
            const cols = resolveColumns(rec, map);
            agg ??= new CirculationAggregator(cols, { by: o.by, hasher });
            return;
          }
          const r = agg!.add(rec);
          if (r === null) stats.parsed++;
          else bad(src.name, no, r);
        });
        const n = await readLines(src.open(), (line, no) => {
          if (line === null) return bad(src.name, no, 'line too long');
          records.push(line, no);
          if ((no & 0xfffff) === 0) o.onProgress?.(stats.lines + no);
        });
        records.end();
        stats.continued += records.continued;
        stats.lines += n;
        stats.files.push({ name: src.name, lines: n });
      }
      const cells = agg ? agg.finish() : [];
      const s = suppress(cells as unknown as Record<string, string | number>[], { k: o.k, kField: 'patrons', labels: ['period', 'location', 'group'], metrics: CIRC_METRICS, noiseEpsilon: o.noiseEpsilon, distinct: agg ? (cs) => agg!.distinctPatrons(cs as unknown as CircCell[]) : undefined });
      stats.columns = ['period', 'location', 'group', 'patrons', ...CIRC_METRICS];
      stats.rows = s.rows.map((r) => stats.columns.map((c) => r[c] as string | number | null));
      stats.suppression = { merged: s.merged, withheld: s.withheld };
      return stats;
    }
    const agg = new WebAggregator({ by: o.by, hasher, isRobot: createRobotMatcher() });
    const ev = emptyEvent();
    for (const src of sources) {
      let parser: LineParser | undefined = o.logFormat ? compileLogFormat(o.logFormat) : undefined;
      let logFormat = o.logFormat;
      let pending: { line: string; no: number }[] | undefined = parser ? undefined : [];
      const handle = (line: string, no: number): void => {
        const r = parser!(line, ev);
        if (r === null) { stats.parsed++; agg.add(ev); } else bad(src.name, no, r);
      };
      const decide = (): void => {
        const sample = pending!.map((p) => p.line);
        logFormat = o.format === 'combined' ? detectCombined(sample) : (detectLogFormat(sample) ?? detectCombined(sample));
        parser = logFormat ? compileLogFormat(logFormat) : () => 'no known log format fits this file';
        for (const p of pending!) handle(p.line, p.no);
        pending = undefined;
      };
      const n = await readLines(src.open(), (line, no) => {
        if (line === null) return bad(src.name, no, 'line too long');
        if (line === '' || line.trim() === '') { stats.blank++; return; }
        if (pending) {
          pending.push({ line, no });
          if (pending.length >= DETECT_LINES) decide();
          return;
        }
        handle(line, no);
        if ((no & 0xfffff) === 0) o.onProgress?.(stats.lines + no);
      });
      if (pending) decide();
      stats.lines += n;
      stats.files.push({ name: src.name, lines: n, logFormat, error: logFormat ? undefined : 'no known log format fits this file; pass --log-format' });
    }
    const cells = agg.finish();
    const s = suppress(cells as unknown as Record<string, string | number>[], { k: o.k, kField: 'sessions', labels: ['period', 'platform', 'group'], metrics: WEB_METRICS, noiseEpsilon: o.noiseEpsilon, distinct: (cs) => agg.distinctSessions(cs as unknown as WebCell[]) });
    stats.web = agg.totals;
    stats.columns = ['period', 'platform', 'group', 'sessions', ...WEB_METRICS];
    stats.rows = s.rows.map((r) => stats.columns.map((c) => r[c] as string | number | null));
    stats.suppression = { merged: s.merged, withheld: s.withheld };
    return stats;
  } finally {
    hasher.dispose();
  }
}

export { COMBINED_FORMATS };

/** RFC 4180 CSV of the statistics table; withheld numbers are empty cells. */
export function statsToCsv(stats: LogStats): string {
  const esc = (v: string | number | null): string => {
    if (v === null) return '';
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [stats.columns, ...stats.rows].map((r) => r.map(esc).join(',')).join('\n') + '\n';
}
