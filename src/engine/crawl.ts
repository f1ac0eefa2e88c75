/**
 * Crawl planning: after the landing page, choose up to N same-site pages deliberately, in the order a privacy
 * audit needs them — the results of the decoy search, a record (title) page, account/login/self-checkout
 * pages, e-resource links, then whatever else is linked. Pure, so it is tested without a browser.
 */
import type { PageRole } from '../model/index.js';

export interface CandidateLink {
  url: string;
  text?: string;
}

export interface PlannedPage {
  url: string;
  role: PageRole;
}

const ROLE_PATTERNS: [Exclude<PageRole, 'landing' | 'search-results' | 'other'>, RegExp][] = [
  ['record', /\b(record|item|title|bib|isbn|work|details?|book)s?\b|\/(record|item|bib|work|title)s?\/|[?&](id|bib|record|isbn)=/i],
  ['account', /\b(log ?in|sign ?in|account|my ?library|patron|self[- ]?check|checkout|renew|register|card)\b/i],
  ['e-resource', /\b(e-?resources?|databases?|e-?books?|overdrive|libby|hoopla|kanopy|proquest|ebsco|ezproxy|digital)\b/i],
];

/** The registrable part of a hostname, approximated by its last two labels (three for `co.uk`-like names). */
export function siteOf(hostname: string): string {
  const parts = hostname.toLowerCase().split('.');
  const n = parts.length >= 3 && parts[parts.length - 2]!.length <= 3 && parts[parts.length - 1]!.length === 2 ? 3 : 2;
  return parts.slice(-n).join('.');
}

function normalise(u: string): string | undefined {
  try {
    const url = new URL(u);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * Pick pages: the search-results URL first (when the decoy search navigated), then one per role in order,
 * then others, skipping duplicates, the landing page itself, other sites, and obvious downloads.
 */
export function planPages(landingUrl: string, links: readonly CandidateLink[], n: number, searchResultsUrl?: string): PlannedPage[] {
  if (n <= 0) return [];
  const landing = new URL(landingUrl);
  const seen = new Set([normalise(landingUrl)]);
  const plan: PlannedPage[] = [];
  const add = (url: string, role: PageRole) => {
    const u = normalise(url);
    if (!u || seen.has(u) || plan.length >= n) return;
    if (siteOf(new URL(u).hostname) !== siteOf(landing.hostname)) return;
    if (/\.(pdf|zip|docx?|xlsx?|pptx?|mp[34]|epub|exe|dmg|iso)(\?|$)/i.test(u) || /^(mailto|tel|javascript):/i.test(url)) return;
    seen.add(u);
    plan.push({ url: u, role });
  };
  if (searchResultsUrl) add(searchResultsUrl, 'search-results');
  const usable = links.filter((l) => normalise(l.url));
  for (const [role, re] of ROLE_PATTERNS) {
    const hit = usable.find((l) => !seen.has(normalise(l.url)) && (re.test(l.text ?? '') || re.test(new URL(l.url).pathname + new URL(l.url).search)));
    if (hit) add(hit.url, role);
  }
  for (const l of usable) add(l.url, 'other');
  return plan;
}
