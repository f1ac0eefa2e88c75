/**
 * The CSV reporter: one row per finding, for spreadsheets. Quoting follows RFC 4180 (every field quoted,
 * quotes doubled, CRLF line ends, UTF-8 byte-order mark so spreadsheet programs pick the right encoding).
 * Cells that a spreadsheet would evaluate as a formula (starting with = + - @ or a control character) are
 * prefixed with an apostrophe: evidence comes from audited websites and must never run in the reader's
 * spreadsheet. Small enough that a dependency would add more than it saves.
 */
import type { Finding, RunResult } from '../model/index.js';
import type { Reporter } from './types.js';

/** Column name → how to read it from a finding. The order is the file's column order. */
const columns: [string, (f: Finding) => string | number][] = [
  ['id', (f) => f.id],
  ['severity', (f) => f.severity],
  ['outcome', (f) => f.outcome],
  ['rule', (f) => f.ruleId],
  ['title', (f) => f.title],
  ['vendor', (f) => f.entity?.name ?? ''],
  ['company', (f) => f.entity?.company ?? ''],
  ['category', (f) => f.entity?.category ?? ''],
  ['pages', (f) => f.pages.join(' ')],
  ['count', (f) => f.count],
  ['visits', (f) => (f.visits ?? []).join(' ')],
  ['explanation', (f) => f.explanation],
  ['evidence', (f) => f.evidence.map((e) => (e.quote ? `${e.summary}: "${e.quote.text}" (${e.quote.location})` : e.summary)).join(' | ')],
  ['remediation', (f) => f.remediation],
  ['citations', (f) => f.citations.map((c) => c.id).join(' ')],
  ['error', (f) => (f.error ? `${f.error.code}: ${f.error.message}` : '')],
];

/** Quote one cell, neutralising spreadsheet formulas. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** The whole CSV text for a result. */
export function renderCsv(result: RunResult): string {
  const lines = [columns.map(([name]) => csvCell(name)).join(',')];
  for (const f of result.findings) lines.push(columns.map(([, get]) => csvCell(get(f))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const csvReporter: Reporter = {
  extension: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  async render(result: RunResult): Promise<string> {
    return renderCsv(result);
  },
};
