/**
 * What a rule is: metadata plus one pure function of the Observations (through the shared derived views).
 * A rule returns hits; the audit engine turns hits into Findings (stable ids, grouping by entity, dedup
 * across pages with a count, resolved citations), so rules never build Findings or touch the browser.
 */
import type { Entity, Evidence, Observations, Outcome, PageObservation, Severity, Visit } from '../model/index.js';
import type { CitationId } from '../policies/catalogue.js';
import type { Views } from '../derived/index.js';

export interface RuleContext {
  obs: Observations;
  views: Views;
}

/** One occurrence of a problem on one page; the engine merges hits with the same entity and key. */
export interface RuleHit {
  /** What distinguishes this problem within the entity (a cookie name, an API, a decoy id). */
  key: string;
  page: PageObservation;
  visit: Visit;
  /** Plain words for a librarian: what happens and to whom the patron's data goes. */
  explanation: string;
  /** What to do: the setting to change, the vendor question to ask. */
  remediation: string;
  evidence: Evidence[];
  entity?: Entity;
  /** Overrides of the rule defaults for this hit. */
  severity?: Severity;
  outcome?: Outcome;
  title?: string;
}

export interface Rule {
  /** Kebab-case id, equal to the file name. */
  id: string;
  /** Title when nothing was found. */
  title: string;
  /** Title of a finding. */
  failureTitle: string;
  /** Why it matters, one or two sentences. */
  description: string;
  /** Parts of a page observation the rule reads. */
  requires: readonly (keyof PageObservation)[];
  /** Catalogue ids; at least one. */
  cites: readonly CitationId[];
  severity: Severity;
  run(ctx: RuleContext): RuleHit[];
}

/** Identity helper that keeps literal types and checks the shape. */
export function defineRule<const R extends Rule>(rule: R): R {
  return rule;
}
