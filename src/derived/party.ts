/**
 * First or third party: two URLs belong to the same party when they share a registrable domain (eTLD+1,
 * from the Public Suffix List via `tldts`, private suffixes included so `a.github.io` and `b.github.io` are
 * different parties). Hosts that are IP addresses or have no known suffix fall back to the host itself, so
 * `localhost` and test hostnames still compare sensibly.
 */
import { getDomain, getHostname } from 'tldts';

const siteCache = new Map<string, string>();

/** The lower-case host of a URL, or '' when the URL has none (data:, about:, inline script ids). */
export function hostOf(url: string): string {
  if (!/^(https?|wss?):\/\//i.test(url)) return '';
  return (getHostname(url) ?? '').toLowerCase();
}

/** The registrable domain (eTLD+1) of a host or URL: `www.library.org` → `library.org`. */
export function siteOf(hostOrUrl: string): string {
  const host = hostOrUrl.includes('/') ? hostOf(hostOrUrl) : hostOrUrl.toLowerCase().replace(/^\./, '');
  if (!host) return '';
  const hit = siteCache.get(host);
  if (hit !== undefined) return hit;
  const site = getDomain(host, { allowPrivateDomains: true }) ?? host;
  if (siteCache.size > 50_000) siteCache.clear();
  siteCache.set(host, site);
  return site;
}

/** True when `url` is served by another party than `pageUrl` (both need a host). */
export function isThirdParty(url: string, pageUrl: string): boolean {
  const a = siteOf(url);
  const b = siteOf(pageUrl);
  return a !== '' && b !== '' && a !== b;
}

/** True when a cookie domain (leading dot allowed) belongs to another party than the page. */
export function isThirdPartyDomain(domain: string, pageUrl: string): boolean {
  const a = siteOf(domain);
  const b = siteOf(pageUrl);
  return a !== '' && b !== '' && a !== b;
}
