/**
 * Helpers the two consent rules and the consent comparison share: finding a consent visit and the moment of
 * the patron's choice, deciding which requests and cookies track, and grouping them by company so a
 * librarian reads one finding per company.
 */
import type { CookieRecord, Evidence, Observations, PageObservation, RequestRecord, Visit } from '../model/index.js';
import type { PartyInfo, Views } from '../derived/index.js';
import { isThirdParty } from '../derived/index.js';
import { cookieEvidence, listWords, requestEvidence } from './helpers.js';

/** The first visit run with the given consent mode. */
export function consentVisit(obs: Observations, mode: 'no-action' | 'reject' | 'accept'): Visit | undefined {
  return obs.visits.find((v) => v.consentMode === mode);
}

/** Epoch ms when the patron's choice was made in a visit, or undefined when none was made. */
export function choiceTime(visit: Visit): number | undefined {
  // The earliest click: pages of a visit can run side by side, and the first page to answer the banner is
  // where the patron's choice was made, whichever page was planned first.
  let at: number | undefined;
  for (const p of visit.pages) {
    if (p.consent?.handled && p.consent.handledAt !== undefined) at = Math.min(at ?? Infinity, p.startedAt + p.consent.handledAt);
  }
  return at;
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

/** What one tracking party did in a visit: its requests and cookies, with evidence, on the first page seen. */
export interface TrackingByParty {
  party: PartyInfo;
  page: PageObservation;
  requests: number;
  cookies: Set<string>;
  evidence: Evidence[];
}

/**
 * Group a visit's tracking by party (entity name), so a librarian reads one finding per company: the
 * requests and cookies that pass `keepRequest` / `keepCookies`, with at most five evidence lines each.
 */
export function trackingByParty(
  views: Views,
  pages: readonly PageObservation[],
  keepRequest: (page: PageObservation, req: RequestRecord) => boolean,
  keepCookies: (page: PageObservation) => boolean,
  note: string,
): TrackingByParty[] {
  const out = new Map<string, TrackingByParty>();
  const entry = (party: PartyInfo, page: PageObservation): TrackingByParty => {
    const name = party.entity.name;
    let e = out.get(name);
    if (!e) out.set(name, (e = { party, page, requests: 0, cookies: new Set(), evidence: [] }));
    return e;
  };
  for (const page of pages) {
    for (const { req, party } of trackingRequests(views, page)) {
      if (!keepRequest(page, req)) continue;
      const e = entry(party, page);
      e.requests++;
      if (e.evidence.length < 5) e.evidence.push(requestEvidence(page, req, note));
    }
    if (!keepCookies(page)) continue;
    for (const { cookie, party } of trackingCookies(views, page)) {
      const e = entry(party, page);
      if (!e.cookies.has(cookie.name) && e.evidence.length < 8) e.evidence.push(cookieEvidence(page, cookie, note));
      e.cookies.add(cookie.name);
    }
  }
  return [...out.values()];
}

/** "3 requests to X and its cookies _ga and _gid" in words. */
export function trackingWords(t: TrackingByParty): string {
  const parts: string[] = [];
  if (t.requests) parts.push(`${t.requests} request${t.requests === 1 ? '' : 's'} went to ${t.party.entity.name}`);
  if (t.cookies.size) parts.push(`its cookie${t.cookies.size === 1 ? '' : 's'} ${listWords([...t.cookies])} ${t.cookies.size === 1 ? 'was' : 'were'} stored`);
  return parts.join(' and ');
}
