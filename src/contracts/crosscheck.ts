/**
 * Promises against behaviour: given a review and a scan of the same vendor, find each place where the
 * policy promises one thing and the scan saw the opposite (no advertising trackers, yet an ad pixel loads;
 * no sale, yet data goes to a data broker; no biometrics, yet a face SDK loads). Each contradiction is a
 * critical Finding citing ALA's call to oversee vendor compliance. Works on the two RunResults alone, so it
 * runs the same from the CLI, the web app, or on saved results.
 */
import { createHash } from 'node:crypto';
import type { Evidence, Finding, RunResult } from '../model/index.js';
import { catalogue } from '../policies/catalogue.js';

interface Contradiction {
  /** Review topic whose protective clauses are the promise. */
  topic: string;
  promise: string;
  /** Does this failing scan finding break the promise? */
  breaks: (f: Finding) => boolean;
  behaviour: string;
}

const cat = (f: Finding): string => (f.entity?.category ?? '').toLowerCase();
const failing = (f: Finding): boolean => f.outcome === 'fail';

/** The promises we know how to check, as data: topic, what the scan must not show. */
export const CONTRADICTIONS: Contradiction[] = [
  { topic: 'advertising', promise: 'no advertising or cross-site tracking', behaviour: 'an advertising tracker', breaks: (f) => /^(?:ad-pixel|advertising|third-party-cookies?|third-party-tracker)/.test(f.ruleId) && /advertis|ad-?tech|retarget/.test(cat(f)) },
  { topic: 'sale', promise: 'no sale of patron data', behaviour: 'a data broker receiving data', breaks: (f) => /broker/.test(cat(f)) || /data-broker/.test(f.ruleId) },
  { topic: 'biometrics', promise: 'no biometrics or facial recognition', behaviour: 'a face-recognition or biometric component', breaks: (f) => /face|biometric/.test(f.ruleId) || /biometric|face/.test(cat(f)) },
  { topic: 'analytics-sdk', promise: 'no third-party analytics or session recording', behaviour: 'third-party analytics or session replay', breaks: (f) => /^(?:session-replay|third-party-analytics)/.test(f.ruleId) || (/session-replay/.test(cat(f)) && f.ruleId !== 'first-party-analytics') },
  { topic: 'sharing', promise: 'no sharing with third parties', behaviour: 'patron searches or reading sent to a third party', breaks: (f) => /^(?:search-term-leak|reading-leak)/.test(f.ruleId) },
];

/** A topic's promises: protective quotes read by the patterns alone (a critical finding does not rest on a learned guess). */
function promisesOf(review: RunResult, topic: string): Evidence[] {
  return review.findings
    .filter((f) => f.ruleId === `clause-${topic}`)
    .flatMap((f) => f.evidence.filter((e) => e.kind === 'quote' && e.detail?.stance === 'protective' && (e.detail.readBy ?? 'patterns') === 'patterns'));
}

/** Contradictions between a review's promises and a scan's observed behaviour, one Finding per (promise topic, scan finding). */
export function crossCheck(review: RunResult, scan: RunResult): Finding[] {
  const out: Finding[] = [];
  const bds6 = catalogue.get('ala-bds-6')!;
  for (const c of CONTRADICTIONS) {
    const promises = promisesOf(review, c.topic);
    if (promises.length === 0) continue;
    for (const f of scan.findings.filter((x) => failing(x) && c.breaks(x))) {
      const who = f.entity?.name ?? f.title;
      out.push({
        id: createHash('sha256').update(`promise-contradicted\u0000${c.topic}\u0000${f.id}`).digest('hex').slice(0, 16),
        ruleId: 'promise-contradicted',
        title: `Policy promises ${c.promise}, but the scan saw ${c.behaviour} (${who})`,
        severity: 'critical',
        outcome: 'fail',
        explanation: `The vendor's document promises ${c.promise}, yet the scan of ${scan.target} observed ${c.behaviour}: ${f.title}. Either the promise is not kept or it does not cover what patrons meet on the site.`,
        evidence: [...promises.slice(0, 2), ...f.evidence.slice(0, 2), { kind: 'note', summary: `Scan finding ${f.ruleId} (${f.severity}) on ${f.pages.slice(0, 3).join(', ') || scan.target}` }],
        citations: [{ id: bds6.id, title: bds6.title, source: bds6.source, url: bds6.url }],
        remediation: `Send the vendor the quote and the scan evidence, ask for a written explanation and a fix date, and hold the contract to the promise.`,
        pages: f.pages,
        count: 1,
        entity: f.entity,
      });
    }
  }
  return out;
}
