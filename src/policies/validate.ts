/**
 * The catalogue validator: every citation anywhere in Fiduciary must name a catalogue entry (an unknown id is
 * a typo that would print an empty citation), and every catalogue entry must be cited by something (rules,
 * clause matchers, log audits), or it is dead weight. Callers collect the cited ids; `CITED_ELSEWHERE` lets
 * areas that cite ids outside code literals register them.
 */
import { FiduciaryError } from '../model/index.js';
import { catalogue } from './catalogue.js';

/** Ids cited from places a source scan cannot see (generated data, configuration). Append, never remove. */
export const CITED_ELSEWHERE: string[] = [];

/** What looks like a catalogue id in source text: `'ala-…'`, `'niso-N'`, `'lbor-…'`. */
export const CITATION_ID_PATTERN = /'((?:ala|niso|lbor)-[a-z0-9-]+)'/g;

export interface CitationReport {
  /** Cited but not in the catalogue. */
  unknown: string[];
  /** In the catalogue but cited by nothing. */
  unused: string[];
}

/** Compare cited ids with the catalogue. */
export function checkCitations(cited: Iterable<string>): CitationReport {
  const set = new Set([...cited, ...CITED_ELSEWHERE]);
  return {
    unknown: [...set].filter((id) => !catalogue.has(id)).sort(),
    unused: [...catalogue.keys()].filter((id) => !set.has(id)).sort(),
  };
}

/** Throw a FiduciaryError listing unknown and unused ids; return quietly when the catalogue is consistent. */
export function assertCitations(cited: Iterable<string>): void {
  const { unknown, unused } = checkCitations(cited);
  if (unknown.length || unused.length) {
    const parts = [unknown.length ? `unknown citation ids: ${unknown.join(', ')}` : '', unused.length ? `catalogue ids cited by nothing: ${unused.join(', ')}` : ''].filter(Boolean);
    throw new FiduciaryError('FID_CONFIG_INVALID', `Citation catalogue check failed: ${parts.join('; ')}.`);
  }
}

/** Citation-like ids found in one source text. */
export function citedIdsIn(source: string): string[] {
  return [...source.matchAll(CITATION_ID_PATTERN)].map((m) => m[1]!);
}
