/**
 * The statistics of a `fiduciary logs` run as a RunResult of kind `logs`, so the shared reporters (HTML
 * summary, JSON) render it like any other run: the usage table, input accounting, malformed lines by
 * number and reason, and the counting method. It holds only what `LogStats` holds: no identifiers.
 */
import type { ReportSection, RunResult } from '../model/index.js';
import { buildResult } from './audit.js';
import type { LogStats } from './stats.js';

const HEADINGS: Record<string, string> = {
  period: 'Period', platform: 'Platform', location: 'Branch', group: 'Patron group', sessions: 'Sessions', patrons: 'Patrons',
  totalItemInvestigations: 'Total item investigations', uniqueItemInvestigations: 'Unique item investigations',
  totalItemRequests: 'Total item requests', uniqueItemRequests: 'Unique item requests', searches: 'Searches',
  loans: 'Loans', renewals: 'Renewals', returns: 'Returns', otherActions: 'Other actions',
};

/** Human column headings for the statistics table. */
export function headings(columns: string[]): string[] {
  return columns.map((c) => HEADINGS[c] ?? c);
}

/** Build the `logs` RunResult (sections only, no findings) from computed statistics. */
export function statsToRunResult(stats: LogStats, startedAt: string, version?: string): RunResult {
  const w = stats.web;
  const input: ReportSection = {
    id: 'logs-input',
    title: 'Input',
    paragraphs: [
      `${stats.lines.toLocaleString('en')} lines read from ${stats.files.length} file${stats.files.length === 1 ? '' : 's'}: ${stats.parsed.toLocaleString('en')} parsed, ${stats.malformed.toLocaleString('en')} malformed, ${stats.blank.toLocaleString('en')} blank${stats.continued ? `, ${stats.continued.toLocaleString('en')} continuing a multi-line CSV record` : ''}.`,
      ...(w ? [`Counted ${w.counted.toLocaleString('en')} requests; excluded ${w.robots.toLocaleString('en')} from robots (COUNTER list), ${w.excludedStatus.toLocaleString('en')} with a status other than 200/304 and ${w.staticAssets.toLocaleString('en')} page assets; ${w.doubleClicks.toLocaleString('en')} double-clicks filtered.`] : []),
      ...(w && w.lateEvents ? [`${w.lateEvents} lines arrived more than a day out of order; their day was counted in a second window, so its unique counts may be slightly high.`] : []),
    ],
    table: { columns: ['File', 'Lines', 'Log format'], rows: stats.files.map((f) => [f.name, f.lines, f.error ?? f.logFormat ?? (stats.format === 'ils-csv' ? 'CSV' : '')]) },
  };
  const usage: ReportSection = {
    id: 'logs-usage',
    title: stats.format === 'ils-csv' ? 'Circulation' : 'Usage (COUNTER-style)',
    paragraphs: [
      `One row per ${stats.by}, ${stats.format === 'ils-csv' ? 'branch' : 'platform'} and patron group. Cells with fewer than ${stats.k} distinct ${stats.format === 'ils-csv' ? 'patrons' : 'sessions'} were merged into "(other)" (${stats.suppression.merged} merged); ${stats.suppression.withheld} "(other)" rows still below the threshold are shown as "suppressed".`,
      ...(stats.noiseEpsilon !== undefined ? [`Counts carry Laplace noise of scale 1/${stats.noiseEpsilon}, rounded and clamped at zero.`] : []),
    ],
    table: { columns: headings(stats.columns), rows: stats.rows.map((r) => r.map((v) => (v === null ? 'suppressed' : v))) },
  };
  const malformed: ReportSection = {
    id: 'logs-malformed',
    title: 'Malformed lines',
    paragraphs: [
      stats.malformed === 0 ? 'Every non-blank line was parsed.' : `${stats.malformed.toLocaleString('en')} lines could not be parsed and were not counted: ${Object.entries(stats.malformedByReason).map(([r, n]) => `${r} (${n})`).join(', ')}. Their content is never shown.`,
      ...(stats.malformed > stats.malformedLines.length ? [`The first ${stats.malformedLines.length} are listed.`] : []),
    ],
    table: { columns: ['File', 'Line', 'Reason'], rows: stats.malformedLines.map((m) => [m.file, m.line, m.reason]) },
  };
  const method: ReportSection = {
    id: 'logs-method',
    title: 'Method',
    paragraphs: [
      'Identifiers (IP addresses, usernames, session ids, barcodes) are replaced in memory by keyed pseudonyms whose random key is never written and is destroyed at the end of the run; they exist only within the day (or period) they are counted in. No line of the input is written anywhere.',
      ...(stats.format === 'ils-csv' ? [] : ['A session is the session id and date; without one, the username, date and hour; without that, the IP address, user agent, date and hour (COUNTER Release 5.1). Only status 200 and 304 count; robots are excluded with the COUNTER robots list; the same session acting on the same item within 30 seconds counts once. Every request for full text is also an investigation.']),
    ],
  };
  const result = buildResult('logs', stats.files.map((f) => f.name).join(', '), startedAt, [], stats.files.map((f) => ({ id: f.name, url: f.name, role: 'log' })), stats.files.filter((f) => f.error).map((f) => ({ code: 'FID_LOG_FORMAT', message: f.error!, where: f.name })), version, { format: stats.format, by: stats.by, k: stats.k });
  result.summary.scoreMethod = 'not scored: a statistics run has no findings';
  result.sections = [usage, input, malformed, method];
  return result;
}
