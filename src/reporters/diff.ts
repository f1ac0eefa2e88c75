/**
 * Run-to-run comparison, the routine audit's main question: since the last audit of this site, which
 * problems are new, which were fixed, which remain? Findings are matched by their stable id first; a finding
 * whose id changed because its page was renamed is matched by rule + vendor/entity instead. Only problems
 * (outcome fail or needs-review) count; a problem whose match now passes is fixed. Output as text (terminal),
 * JSON (machines) and a small self-contained HTML page.
 */
import { createHash } from 'node:crypto';
import { FiduciaryError, severityRank, type Finding, type RunResult } from '../model/index.js';
import { escapeHtml } from './html.reporter.js';

export type DiffStatus = 'new' | 'fixed' | 'unchanged';

export interface DiffEntry {
  status: DiffStatus;
  /** The finding as in the newer run (for fixed: as in the older run). */
  finding: Finding;
  /** For unchanged: the matching finding of the older run. */
  previous?: Finding;
  matchedBy?: 'id' | 'rule+entity';
  /** Plain-language differences between the two sightings (severity, pages, count). */
  changes: string[];
}

export interface RunDiff {
  version: 1;
  target: string;
  before: { target: string; startedAt: string; score: number; grade: string };
  after: { target: string; startedAt: string; score: number; grade: string };
  counts: Record<DiffStatus, number>;
  new: DiffEntry[];
  fixed: DiffEntry[];
  unchanged: DiffEntry[];
  /** Reasons to doubt the comparison (different sites, swapped order). */
  warnings: string[];
}

export type DiffFormat = 'text' | 'json' | 'html';

const isProblem = (f: Finding): boolean => f.outcome === 'fail' || f.outcome === 'needs-review';
const entityKey = (f: Finding): string => `${f.ruleId}\u0000${(f.entity?.name ?? '').toLowerCase()}`;
const bySeverity = (a: DiffEntry, b: DiffEntry): number =>
  severityRank(b.finding.severity) - severityRank(a.finding.severity) || a.finding.title.localeCompare(b.finding.title);

function siteOf(target: string): string {
  try {
    return new URL(target).origin;
  } catch {
    return target;
  }
}

function changesBetween(before: Finding, after: Finding): string[] {
  const out: string[] = [];
  if (before.severity !== after.severity) out.push(`severity ${before.severity} → ${after.severity}`);
  const gone = before.pages.filter((p) => !after.pages.includes(p));
  const added = after.pages.filter((p) => !before.pages.includes(p));
  if (gone.length && added.length) out.push(`page renamed or moved: ${gone.join(', ')} → ${added.join(', ')}`);
  else if (added.length) out.push(`now also on ${added.join(', ')}`);
  else if (gone.length) out.push(`no longer on ${gone.join(', ')}`);
  if (before.count !== after.count) out.push(`seen ${before.count} → ${after.count} times`);
  if (before.outcome !== after.outcome) out.push(`outcome ${before.outcome} → ${after.outcome}`);
  return out;
}

/** Compare two results of the same site (older first). */
export function diffResults(before: RunResult, after: RunResult): RunDiff {
  const warnings: string[] = [];
  if (before.kind !== after.kind) warnings.push(`The two results are of different kinds (${before.kind}, ${after.kind}).`);
  if (siteOf(before.target) !== siteOf(after.target)) warnings.push(`The two results audit different targets (${before.target}, ${after.target}); the comparison may mean little.`);
  if (Date.parse(after.startedAt) < Date.parse(before.startedAt)) warnings.push('The NEW result is older than the OLD one; swap the arguments to see what changed since.');

  const unmatched = new Set(after.findings);
  const byId = new Map(after.findings.map((f) => [f.id, f]));
  const entries: DiffEntry[] = [];
  const pending: Finding[] = [];
  // Pass 1: exact ids, so a renamed-page match can never steal a finding that has its own id match.
  for (const old of before.findings.filter(isProblem)) {
    const match = byId.get(old.id);
    if (match && unmatched.has(match)) {
      unmatched.delete(match);
      entries.push(isProblem(match)
        ? { status: 'unchanged', finding: match, previous: old, matchedBy: 'id', changes: changesBetween(old, match) }
        : { status: 'fixed', finding: old, changes: [`now ${match.outcome}`] });
    } else pending.push(old);
  }
  // Pass 2: same rule and same vendor/entity — the page (and with it the id) changed.
  for (const old of pending) {
    const match = [...unmatched].find((f) => entityKey(f) === entityKey(old) && isProblem(f));
    if (match) {
      unmatched.delete(match);
      entries.push({ status: 'unchanged', finding: match, previous: old, matchedBy: 'rule+entity', changes: changesBetween(old, match) });
    } else entries.push({ status: 'fixed', finding: old, changes: [] });
  }
  // Every problem of the newer run still unmatched did not exist before. A finding that was a pass before
  // and fails now is new too (its id matched nothing in the problem list).
  for (const f of unmatched) if (isProblem(f)) entries.push({ status: 'new', finding: f, changes: [] });

  const pick = (s: DiffStatus) => entries.filter((e) => e.status === s).sort(bySeverity);
  const diff: RunDiff = {
    version: 1,
    target: after.target,
    before: { target: before.target, startedAt: before.startedAt, score: before.summary.score, grade: before.summary.grade },
    after: { target: after.target, startedAt: after.startedAt, score: after.summary.score, grade: after.summary.grade },
    counts: { new: 0, fixed: 0, unchanged: 0 },
    new: pick('new'),
    fixed: pick('fixed'),
    unchanged: pick('unchanged'),
    warnings,
  };
  diff.counts = { new: diff.new.length, fixed: diff.fixed.length, unchanged: diff.unchanged.length };
  return diff;
}

const HEADINGS: [DiffStatus, string][] = [['new', 'New problems'], ['fixed', 'Fixed since last audit'], ['unchanged', 'Still present']];

function line(e: DiffEntry): string {
  const who = e.finding.entity ? ` — ${e.finding.entity.name}` : '';
  return `[${e.finding.severity}] ${e.finding.title}${who} (${e.finding.ruleId})`;
}

function renderText(d: RunDiff): string {
  const out = [
    `Fiduciary audit comparison: ${d.target}`,
    `  before: ${d.before.startedAt.slice(0, 10)}  grade ${d.before.grade} (${d.before.score}/100)`,
    `  after:  ${d.after.startedAt.slice(0, 10)}  grade ${d.after.grade} (${d.after.score}/100)`,
    `  ${d.counts.new} new, ${d.counts.fixed} fixed, ${d.counts.unchanged} unchanged`,
    ...d.warnings.map((w) => `  warning: ${w}`),
  ];
  for (const [status, heading] of HEADINGS) {
    out.push('', `${heading} (${d[status].length})`);
    if (!d[status].length) out.push('  none');
    for (const e of d[status]) {
      out.push(`  ${line(e)}`);
      for (const c of e.changes) out.push(`      ${c}`);
    }
  }
  return `${out.join('\n')}\n`;
}

const DIFF_CSS = `body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:60rem;margin:0 auto;padding:1rem}
h2{border-bottom:2px solid #d1d5db}ul{padding-left:1.25rem}li{margin:.35rem 0}.sev{display:inline-block;color:#fff;background:#374151;border-radius:.25rem;padding:0 .4rem;font-size:.8rem;text-transform:uppercase;margin-right:.35rem}
.critical{background:#8b1a1a}.high{background:#9a3412}.medium{background:#7c4a03}.low{background:#1e40af}.changes{color:#4b5563;font-size:.9rem}.warn{border:2px solid #9a3412;padding:.5rem}`;

function renderHtmlDiff(d: RunDiff): string {
  const e = escapeHtml;
  const csp = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(DIFF_CSS).digest('base64')}'; base-uri 'none'`;
  const sections = HEADINGS.map(([status, heading]) => {
    const items = d[status].map((x) => {
      const who = x.finding.entity ? ` — ${e(x.finding.entity.name)}` : '';
      const changes = x.changes.length ? `<div class="changes">${x.changes.map(e).join('; ')}</div>` : '';
      return `<li data-status="${status}" data-finding-id="${e(x.finding.id)}"><span class="sev ${e(x.finding.severity)}">${e(x.finding.severity)}</span>${e(x.finding.title)}${who}${changes}</li>`;
    });
    return `<section aria-labelledby="h-${status}"><h2 id="h-${status}">${heading} (${d[status].length})</h2>${items.length ? `<ul>${items.join('')}</ul>` : '<p>None.</p>'}</section>`;
  });
  const warnings = d.warnings.length ? `<div class="warn" role="note">${d.warnings.map((w) => `<p>${e(w)}</p>`).join('')}</div>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${e(csp)}">
<title>Audit comparison: ${e(d.target)}</title><style>${DIFF_CSS}</style></head>
<body><header><h1>Audit comparison: ${e(d.target)}</h1>
<p>Before: ${e(d.before.startedAt.slice(0, 10))}, grade ${e(d.before.grade)} (${d.before.score}/100). After: ${e(d.after.startedAt.slice(0, 10))}, grade ${e(d.after.grade)} (${d.after.score}/100).</p>
<p><strong>${d.counts.new} new, ${d.counts.fixed} fixed, ${d.counts.unchanged} unchanged.</strong></p>${warnings}</header>
<main>${sections.join('\n')}</main></body></html>
`;
}

/** Render a diff in one of its formats. */
export function renderDiff(diff: RunDiff, format: DiffFormat): string {
  switch (format) {
    case 'text':
      return renderText(diff);
    case 'json':
      return `${JSON.stringify(diff, null, 2)}\n`;
    case 'html':
      return renderHtmlDiff(diff);
    default:
      throw new FiduciaryError('FID_USAGE', `Unknown diff format "${String(format)}". Choose text, json or html.`);
  }
}
