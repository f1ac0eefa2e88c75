/**
 * Memoised views over one Observations record, shared by every rule so each fact is computed once per run:
 * each page with its visit, which requests go to third parties, who each third party is (entity, company,
 * category) and which third parties were contacted, by category. Memoised with WeakMaps keyed by the
 * record itself, so views die with the Observations and never go stale.
 */
import type { Entity, Observations, PageObservation, RequestRecord, Visit } from '../model/index.js';
import { isThirdParty, siteOf } from './party.js';
import { knownServiceOf, type KnownService } from './known-services.js';
import { getDefaultMatcher, TRACKING_CATEGORIES, type TrackerMatch, type TrackerMatcher } from './trackers.js';

export interface PageRef {
  visit: Visit;
  page: PageObservation;
}

/** What is known about the party behind a URL. */
export interface PartyInfo {
  site: string;
  tracker?: TrackerMatch;
  service?: KnownService;
  entity: Entity;
  /** True when the tracker database puts it in a category that follows people. */
  tracking: boolean;
}

export interface ThirdPartyRequest {
  req: RequestRecord;
  party: PartyInfo;
}

export interface Views {
  obs: Observations;
  matcher: TrackerMatcher;
  /** Every page of every visit, in order. */
  pages: PageRef[];
  /** Who is behind a URL (memoised per URL). */
  party(url: string): PartyInfo;
  /** The page's requests to other parties, with who they are. */
  thirdPartyRequests(page: PageObservation): ThirdPartyRequest[];
  /** Distinct third-party sites contacted across the run, counted per category. */
  thirdPartiesByCategory(): Record<string, number>;
}

const memo = new WeakMap<Observations, WeakMap<TrackerMatcher, Views>>();

/** The views of an Observations record, computed once per record and matcher. */
export function viewsOf(obs: Observations, matcher: TrackerMatcher = getDefaultMatcher()): Views {
  let byMatcher = memo.get(obs);
  if (!byMatcher) memo.set(obs, (byMatcher = new WeakMap()));
  let v = byMatcher.get(matcher);
  if (!v) byMatcher.set(matcher, (v = build(obs, matcher)));
  return v;
}

function build(obs: Observations, matcher: TrackerMatcher): Views {
  const parties = new Map<string, PartyInfo>();
  const tpCache = new WeakMap<PageObservation, ThirdPartyRequest[]>();
  const pages: PageRef[] = obs.visits.flatMap((visit) => visit.pages.map((page) => ({ visit, page })));

  const party = (url: string): PartyInfo => {
    const key = safeOrigin(url);
    const known = parties.get(key + pathHint(url));
    if (known) return known;
    const site = siteOf(url);
    const tracker = matcher.match(url);
    const service = knownServiceOf(url);
    const entity: Entity = {
      name: service?.name ?? tracker?.name ?? site,
      company: service?.company ?? tracker?.company,
      category: tracker?.category ?? (service ? serviceCategory(service) : 'unknown'),
      domains: [site],
    };
    if (!entity.company) delete entity.company;
    const info: PartyInfo = { site, tracker, service, entity, tracking: !!tracker && TRACKING_CATEGORIES.has(tracker.category) };
    parties.set(key + pathHint(url), info);
    return info;
  };

  const views: Views = {
    obs,
    matcher,
    pages,
    party,
    thirdPartyRequests(page) {
      let out = tpCache.get(page);
      if (!out) {
        out = page.requests.filter((r) => isThirdParty(r.url, page.finalUrl || page.url)).map((req) => ({ req, party: party(req.url) }));
        tpCache.set(page, out);
      }
      return out;
    },
    thirdPartiesByCategory() {
      const bySite = new Map<string, string>();
      for (const { page } of pages) for (const { party: p } of views.thirdPartyRequests(page)) if (!bySite.has(p.site)) bySite.set(p.site, p.entity.category ?? 'unknown');
      const out: Record<string, number> = {};
      for (const c of bySite.values()) out[c] = (out[c] ?? 0) + 1;
      return out;
    },
  };
  return views;
}

function serviceCategory(s: KnownService): string {
  switch (s.kind) {
    case 'ad-pixel': return 'advertising';
    case 'session-replay':
    case 'analytics': return 'site_analytics';
    case 'fonts':
    case 'cdn': return 'hosting';
    case 'cover-images': return 'library_enrichment';
    case 'biometric': return 'biometric';
  }
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Known services can be path-specific (`facebook.com/tr`), so the first path segment is part of the key. */
function pathHint(url: string): string {
  try {
    return '/' + (new URL(url).pathname.split('/')[1] ?? '');
  } catch {
    return '';
  }
}
