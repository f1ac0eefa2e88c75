/**
 * The Finding and RunResult contracts. Every part that judges (scan rules, contract review, log audit)
 * produces Findings; every part that reports (html, json, pdf, csv, the store, the web app) consumes a
 * RunResult and nothing else.
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const OUTCOMES = ['fail', 'pass', 'needs-review', 'not-applicable', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Rank for sorting and thresholds: critical = 4 ... info = 0. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(s);
}

/** True when `s` is at least as severe as `threshold`. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return severityRank(s) >= severityRank(threshold);
}

export interface Evidence {
  kind: 'request' | 'cookie' | 'script' | 'api-call' | 'storage' | 'websocket' | 'dom' | 'screenshot' | 'quote' | 'log' | 'header' | 'note';
  /** Page or document the evidence was seen on. */
  url?: string;
  /** One line a human can read: "POST https://t.example/collect carried the search (base64)". */
  summary: string;
  /** For quotes: the exact text and where it is. */
  quote?: { text: string; location: string };
  /** For screenshots: path relative to the report. */
  ref?: string;
  /** Small machine-readable facts (request id, script hash, encoding...). */
  detail?: Record<string, string | number | boolean>;
}

/** A resolved citation: catalogue id with its title and link, as reporters show it. */
export interface Citation {
  id: string;
  title: string;
  source: string;
  url: string;
}

/** The company or product the finding is about. */
export interface Entity {
  name: string;
  company?: string;
  category?: string;
  domains?: string[];
}

export interface Finding {
  /** Stable across runs for the same problem: hash of ruleId + entity + key. Used by `report diff`. */
  id: string;
  ruleId: string;
  title: string;
  severity: Severity;
  outcome: Outcome;
  /** Plain language for a librarian: what happens and to whom the patron's data goes. */
  explanation: string;
  evidence: Evidence[];
  citations: Citation[];
  /** What to do: the setting to change, the vendor question to ask. */
  remediation: string;
  /** Page ids/URLs where it was seen; with `count`, the deduplicated occurrences. */
  pages: string[];
  count: number;
  entity?: Entity;
  /** Which visit(s) it was seen in (cookie regime / consent mode), for scans. */
  visits?: string[];
  /** For errors: stable code and message. */
  error?: { code: string; message: string };
}

export type RunKind = 'scan' | 'review' | 'logs-audit' | 'logs';

export const RESULT_VERSION = 1 as const;

export interface RunResult {
  version: typeof RESULT_VERSION;
  kind: RunKind;
  tool: { name: 'fiduciary'; version: string };
  /** What was audited: a URL, a list of files, a log directory. */
  target: string;
  startedAt: string;
  finishedAt: string;
  findings: Finding[];
  /** Pages (scans) or documents (reviews) covered. */
  subjects: { id: string; url: string; role?: string; error?: string }[];
  summary: RunSummary;
  /** Failures of the run that are not a single finding (e.g. a page that never loaded). */
  errors: { code: string; message: string; where?: string }[];
  /** Resolved configuration values worth showing in a report (no secrets). */
  settings?: Record<string, string | number | boolean>;
  /** Extra sections a producer adds (consent comparison, questions for the vendor, log statistics). */
  sections?: ReportSection[];
}

export interface RunSummary {
  bySeverity: Record<Severity, number>;
  /** 0-100, higher is better; method in `scoreMethod`. */
  score: number;
  grade: 'A' | 'B' | 'C' | 'D' | 'F';
  scoreMethod: string;
  /** Third parties contacted, by category, for the chart. */
  thirdPartiesByCategory?: Record<string, number>;
}

/** A free-form, typed section that reporters render generically (heading, paragraphs, table). */
export interface ReportSection {
  id: string;
  title: string;
  paragraphs?: string[];
  table?: { columns: string[]; rows: (string | number)[][] };
}
