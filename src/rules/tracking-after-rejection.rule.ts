/**
 * Tracking after rejection: in the consent visit that clicked "reject all", trackers contacted after the
 * click and tracking cookies still stored after it. A banner whose "no" changes nothing misleads patrons.
 * When no known banner could be handled, the rule says so (not applicable / needs review) instead of guessing.
 * Also exports the consent helpers that the consent comparison and the other consent rule share.
 */
import type { CookieRecord, Observations, PageObservation, RequestRecord, Visit } from '../model/index.js';
import type { PartyInfo, Views } from '../derived/index.js';
import { isThirdParty } from '../derived/index.js';
import { defineRule, type RuleHit } from './types.js';
import { cookieEvidence, requestEvidence } from './helpers.js';

/** The first visit run with the given consent mode. */
export function consentVisit(obs: Observations, mode: 'no-action' | 'reject' | 'accept'): Visit | undefined {
  return obs.visits.find((v) => v.consentMode === mode);
}

/** Epoch ms when the patron's choice was made in a visit, or undefined when none was made. */
export function choiceTime(visit: Visit): number | undefined {
  for (const p of visit.pages) if (p.consent?.handled && p.consent.handledAt !== undefined) return p.startedAt + p.consent.handledAt;
  return undefined;
}

/** True when a party follows people: a tracker category, or a known pixel, replay or analytics service. */
export function isTracking(party: PartyInfo): boolean {
  return party.tracking || (!!party.service && ['ad-pixel', 'session-replay', 'analytics'].includes(party.service.kind));
}

/** Tracking requests of a page: third-party requests to tracking parties. */
export function trackingRequests(views: Views, page: PageObservation): { req: RequestRecord; party: PartyInfo }[] {
  return views.thirdPartyRequests(page).filter(({ party }) => isTracking(party));
}

/**
 * Tracking cookies of a page: stored (not blocked) cookies of a tracking third party, or first-party cookies
 * written by a tracking third party's script (`_ga`, `_fbp`).
 */
export function trackingCookies(views: Views, page: PageObservation): { cookie: CookieRecord; party: PartyInfo }[] {
  const pageUrl = page.finalUrl || page.url;
  const out: { cookie: CookieRecord; party: PartyInfo }[] = [];
  for (const cookie of page.cookies) {
    if (cookie.blocked) continue;
    const domainUrl = `https://${cookie.domain.replace(/^\./, '')}/`;
    if (isThirdParty(domainUrl, pageUrl)) {
      const party = views.party(domainUrl);
      if (isTracking(party)) out.push({ cookie, party });
    } else if (cookie.setterUrl && /^https?:/.test(cookie.setterUrl) && isThirdParty(cookie.setterUrl, pageUrl)) {
      const party = views.party(cookie.setterUrl);
      if (isTracking(party)) out.push({ cookie, party });
    }
  }
  return out;
}

export const trackingAfterRejection = defineRule({
  id: 'tracking-after-rejection',
  title: 'Nothing tracks after the patron rejects cookies',
  failureTitle: 'Tracking continues after the patron rejects it on the consent banner',
  description: 'A consent banner whose “reject” changes nothing takes the patron’s choice away while appearing to offer it.',
  requires: ['requests', 'cookies', 'consent'],
  cites: ['niso-6', 'ala-bds-3', 'ala-bds-1', 'ala-vendor-tracking'],
  severity: 'high',
  run({ obs, views }) {
    const visit = consentVisit(obs, 'reject');
    if (!visit || !visit.pages.length) return [];
    const at = choiceTime(visit);
    const landing = visit.pages[0]!;
    if (at === undefined) {
      const cmp = visit.pages.find((p) => p.consent?.cmp)?.consent?.cmp;
      return [
        {
          key: 'not-handled',
          page: landing,
          visit,
          severity: 'info',
          outcome: cmp ? 'needs-review' : 'not-applicable',
          title: cmp ? `The ${cmp} banner's “reject all” could not be used, so rejection was not tested` : 'No known consent banner could be handled, so rejection was not tested',
          explanation:
            (landing.consent?.note ?? 'No consent banner from a known consent platform was recognised.') +
            ' Fiduciary clicks only banners that a known rule recognises; it does not guess at unknown ones.',
          remediation: cmp
            ? 'Check by hand that “reject all” works on this banner, and that nothing tracks after it.'
            : 'If the site has a banner, check by hand what happens after rejecting; if it has none, see the tracking-before-consent finding.',
          evidence: [{ kind: 'note', url: landing.url, summary: landing.consent?.note ?? 'no consent banner handled' }],
        },
      ];
    }
    const hits = new Map<string, RuleHit>();
    const add = (key: string, page: PageObservation, party: PartyInfo, ev: RuleHit['evidence'][number], what: string) => {
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
        title: `${name} keeps tracking after the patron rejected it`,
        explanation:
          `After the consent banner's “reject all” was clicked, ${what}. The patron said no, and ${party.entity.company ?? name} still ` +
          'learns which library pages they read.',
        remediation:
          `Load ${name} only after the patron opts in (in the consent platform, tie its tag to a consent category), ` +
          'and delete its cookies when the patron rejects. Better still, remove it.',
        evidence: [ev],
      });
    };
    for (const page of visit.pages) {
      for (const { req, party } of trackingRequests(views, page)) {
        if (page.startedAt + req.t <= at) continue;
        add(`req:${party.entity.name}`, page, party, requestEvidence(page, req, 'after rejection'), `the page still contacted ${party.entity.name}`);
      }
      // Cookies are read at the end of a page visit: when that is after the choice, they survived it.
      if (page.startedAt + page.durationMs <= at) continue;
      for (const { cookie, party } of trackingCookies(views, page)) {
        add(`cookie:${cookie.name}`, page, party, cookieEvidence(page, cookie, 'still stored after rejection'), `the ${cookie.name} cookie of ${party.entity.name} was still stored`);
      }
    }
    return [...hits.values()];
  },
});
