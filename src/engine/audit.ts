/**
 * The audit engine: judges an Observations record with every registered rule and returns a RunResult.
 * Each rule runs isolated (a throwing rule becomes an `error` finding, the others still run). Hits become
 * Findings with stable ids (hash of rule id + entity + key), grouped by vendor/entity and deduplicated across
 * pages and visits with a count; citations are resolved from the catalogue; the summary gives counts by
 * severity, a 0-100 score with its grade and the method that produced them, and third parties by category.
 */
import { createHash } from 'node:crypto';
import {
  RESULT_VERSION, SEVERITIES, severityRank, toFiduciaryError,
  type Citation, type Evidence, type Finding, type Observations, type RunResult, type RunSummary, type Severity,
} from '../model/index.js';
import { catalogue } from '../policies/catalogue.js';
import { viewsOf, type TrackerMatcher } from '../derived/index.js';
import { ruleList } from '../rules/index.js';
import type { Rule, RuleHit } from '../rules/types.js';

export interface AuditOptions {
  /** Rules to run (default: every registered rule). */
  rules?: readonly Rule[];
  /** Tracker matcher (default: TrackerDB). */
  matcher?: TrackerMatcher;
  /** Evidence lines kept per finding. */
  maxEvidence?: number;
}

/** Points taken from 100 per distinct failing finding, by severity. */
export const SCORE_WEIGHTS: Readonly<Record<Severity, number>> = { critical: 30, high: 15, medium: 7, low: 2, info: 0 };

export const SCORE_METHOD =
  'Start at 100 and subtract, per distinct finding (after grouping by vendor and de-duplicating across pages), ' +
  '30 for critical, 15 for high, 7 for medium, 2 for low and 0 for info; floor at 0. Grade: A 90+, B 75+, C 60+, ' +
  'D 40+, F below; any critical finding caps the grade at D.';

/** Judge the observations with the rules and build the RunResult. */
export function audit(obs: Observations, opts: AuditOptions = {}): RunResult {
  const views = viewsOf(obs, opts.matcher);
  const rules = opts.rules ?? ruleList;
  const maxEvidence = opts.maxEvidence ?? 12;
  const groups = new Map<string, { rule: Rule; hits: RuleHit[] }>();
  const findings: Finding[] = [];

  for (const rule of rules) {
    let hits: RuleHit[];
    try {
      hits = rule.run({ obs, views });
    } catch (err) {
      const e = toFiduciaryError(err, 'FID_RULE', rule.id);
      findings.push({
        id: stableId(rule.id, '', 'error'), ruleId: rule.id, title: `${rule.title}: could not be checked`, severity: 'info', outcome: 'error',
        explanation: `The check "${rule.title}" failed on this site's observations, so this part of the audit is missing. The other checks ran.`,
        evidence: [], citations: resolveCitations(rule.cites), remediation: 'Report the error message to the Fiduciary maintainers; rerun with --audit-only once fixed.',
        pages: [], count: 0, error: { code: e.code, message: e.message },
      });
      continue;
    }
    for (const hit of hits) {
      const id = stableId(rule.id, hit.entity?.name ?? '', hit.key);
      const g = groups.get(id);
      if (g) g.hits.push(hit);
      else groups.set(id, { rule, hits: [hit] });
    }
  }

  for (const [id, { rule, hits }] of groups) findings.push(toFinding(id, rule, hits, maxEvidence));
  findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.ruleId.localeCompare(b.ruleId) || a.id.localeCompare(b.id));

  const firstVisit = obs.visits[0];
  return {
    version: RESULT_VERSION,
    kind: 'scan',
    tool: { name: 'fiduciary', version: obs.tool.version },
    target: obs.target,
    startedAt: obs.startedAt,
    finishedAt: obs.finishedAt,
    findings,
    subjects: (firstVisit?.pages ?? []).map((p) => ({ id: p.id, url: p.finalUrl || p.url, role: p.role, ...(p.errors[0] ? { error: p.errors[0].message } : {}) })),
    summary: summarise(findings, views.thirdPartiesByCategory()),
    errors: [...obs.errors, ...obs.visits.flatMap((v) => v.pages.flatMap((p) => p.errors.map((e) => ({ ...e, where: e.where ?? p.url }))))],
    settings: { rules: rules.length, trackerList: views.matcher.name, visits: obs.visits.map((v) => v.id).join(',') },
  };
}

/** Hash of rule id + entity + key: the same problem keeps its id from run to run. */
export function stableId(ruleId: string, entity: string, key: string): string {
  return createHash('sha256').update(`${ruleId}\u0000${entity}\u0000${key}`).digest('hex').slice(0, 16);
}

function toFinding(id: string, rule: Rule, hits: RuleHit[], maxEvidence: number): Finding {
  // The most severe hit speaks for the group; the others add pages, visits and evidence.
  const lead = [...hits].sort((a, b) => severityRank(b.severity ?? rule.severity) - severityRank(a.severity ?? rule.severity))[0]!;
  const severity = lead.severity ?? rule.severity;
  const pages = [...new Set(hits.map((h) => h.page.url))];
  const visits = [...new Set(hits.map((h) => h.visit.id))];
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const h of [lead, ...hits]) {
    for (const e of h.evidence) {
      const k = `${e.kind}|${e.summary}`;
      if (seen.has(k) || evidence.length >= maxEvidence) continue;
      seen.add(k);
      evidence.push(e);
    }
  }
  const entity = lead.entity ? { ...lead.entity, domains: [...new Set(hits.flatMap((h) => h.entity?.domains ?? []))] } : undefined;
  return {
    id,
    ruleId: rule.id,
    title: lead.title ?? rule.failureTitle,
    severity,
    outcome: lead.outcome ?? 'fail',
    explanation: lead.explanation,
    evidence,
    citations: resolveCitations(rule.cites),
    remediation: lead.remediation,
    pages,
    count: hits.length,
    ...(entity ? { entity } : {}),
    visits,
  };
}

/** Catalogue ids to full citations; unknown ids are dropped here (the policies validator fails on them). */
export function resolveCitations(ids: readonly string[]): Citation[] {
  const out: Citation[] = [];
  for (const id of ids) {
    const e = catalogue.get(id);
    if (e) out.push({ id: e.id, title: e.title, source: e.source, url: e.url });
  }
  return out;
}

/** Counts by severity, score and grade (see SCORE_METHOD) of failing or to-review findings. */
export function summarise(findings: readonly Finding[], thirdPartiesByCategory?: Record<string, number>): RunSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let score = 100;
  for (const f of findings) {
    if (f.outcome !== 'fail' && f.outcome !== 'needs-review') continue;
    bySeverity[f.severity]++;
    score -= SCORE_WEIGHTS[f.severity];
  }
  score = Math.max(0, score);
  let grade: RunSummary['grade'] = score >= 90 ? 'A' : score >= 75 ? 'B' : score >= 60 ? 'C' : score >= 40 ? 'D' : 'F';
  if (bySeverity.critical > 0 && (grade === 'A' || grade === 'B' || grade === 'C')) grade = 'D';
  return { bySeverity, score, grade, scoreMethod: SCORE_METHOD, ...(thirdPartiesByCategory ? { thirdPartiesByCategory } : {}) };
}
