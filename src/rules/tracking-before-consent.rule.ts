/**
 * Tracking before consent: in the consent visit that leaves the banner alone, every tracker contacted and
 * every tracking cookie stored, since the patron has agreed to nothing. A site with no banner at all that
 * tracks is the same failure seen from the other side: the strictest privacy settings are not the default.
 */
import { defineRule, type RuleHit } from './types.js';
import { cookieEvidence, requestEvidence } from './helpers.js';
import { consentVisit, trackingCookies, trackingRequests } from './tracking-after-rejection.rule.js';
import type { Evidence, PageObservation } from '../model/index.js';
import type { PartyInfo } from '../derived/index.js';

export const trackingBeforeConsent = defineRule({
  id: 'tracking-before-consent',
  title: 'Nothing tracks before the patron consents',
  failureTitle: 'Trackers run before the patron has agreed to anything',
  description: 'Privacy by default means no tracking until a patron chooses it; tracking that starts on arrival gives the patron no choice.',
  requires: ['requests', 'cookies', 'consent'],
  cites: ['ala-bds-3', 'niso-6', 'ala-bds-1', 'ala-vendor-tracking'],
  severity: 'high',
  run({ obs, views }) {
    const visit = consentVisit(obs, 'no-action');
    if (!visit) return [];
    const banner = visit.pages.find((p) => p.consent?.popupFound)?.consent;
    const cmp = banner?.cmp ?? visit.pages.find((p) => p.consent?.cmp)?.consent?.cmp;
    const hits = new Map<string, RuleHit>();
    const add = (key: string, page: PageObservation, party: PartyInfo, ev: Evidence, what: string) => {
      const existing = hits.get(key);
      if (existing) {
        if (existing.evidence.length < 5) existing.evidence.push(ev);
        return;
      }
      const name = party.entity.name;
      hits.set(key, {
        key,
        page,
        visit,
        entity: party.entity,
        title: banner ? `${name} tracks before the patron answers the consent banner` : `${name} tracks patrons and the site asks no consent`,
        explanation: banner
          ? `With the ${cmp ?? 'consent'} banner still unanswered, ${what}. Patrons who ignore the banner, or never see it, are tracked as if they had agreed.`
          : `The site shows no consent banner that Fiduciary recognises, and on a plain visit ${what}. Tracking is on by default, ` +
            'where the ALA resolution asks for the strictest privacy settings without any action from the patron.',
        remediation: banner
          ? `Tie ${name} to a consent category so that it loads only after the patron opts in; check the consent platform's script-blocking setting.`
          : `Remove ${name}, or load it only after the patron opts in through a consent step.`,
        evidence: [ev],
      });
    };
    for (const page of visit.pages) {
      for (const { req, party } of trackingRequests(views, page)) {
        add(`req:${party.entity.name}`, page, party, requestEvidence(page, req, 'before any consent'), `the page contacted ${party.entity.name}`);
      }
      for (const { cookie, party } of trackingCookies(views, page)) {
        add(`cookie:${cookie.name}`, page, party, cookieEvidence(page, cookie, 'stored before any consent'), `the ${cookie.name} cookie of ${party.entity.name} was stored`);
      }
    }
    return [...hits.values()];
  },
});
