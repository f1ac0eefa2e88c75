/**
 * Tracker classification behind one small interface, so the source of truth can change. The default
 * matcher reads Ghostery's TrackerDB (`@ghostery/trackerdb`: organisations, categories and domains, curated
 * and published with WhoTracks.me) once and matches a URL's host and its parent domains. A second matcher
 * reads any Adblock-syntax list (EasyPrivacy, Disconnect exports) given as text, using its domain-anchored
 * rules (`||host^`); matchers can be chained so the first one that knows a host answers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface TrackerMatch {
  /** Product or pattern name, e.g. `Google Analytics`. */
  name: string;
  /** Organisation behind it, e.g. `Google`. */
  company?: string;
  /** Category key: advertising, site_analytics, social_media, hosting, utilities, ... */
  category: string;
  /** The list domain that matched. */
  domain: string;
  /** Which matcher answered. */
  source: string;
}

export interface TrackerMatcher {
  readonly name: string;
  match(url: string): TrackerMatch | undefined;
}

/** Categories that mean "this party follows the patron", as opposed to hosting or utilities. */
export const TRACKING_CATEGORIES: ReadonlySet<string> = new Set(['advertising', 'site_analytics', 'social_media', 'pornvertising', 'customer_interaction']);

function hostname(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Walk `a.b.example.com` → `b.example.com` → `example.com` → `com` through a lookup. */
function bySuffix<T>(host: string, lookup: (d: string) => T | undefined): [string, T] | undefined {
  let h = host;
  while (h) {
    const v = lookup(h);
    if (v !== undefined) return [h, v];
    const i = h.indexOf('.');
    if (i < 0) return undefined;
    h = h.slice(i + 1);
  }
  return undefined;
}

interface TrackerDbJson {
  categories: Record<string, { name: string }>;
  organizations: Record<string, { name: string }>;
  patterns: Record<string, { name: string; category: string; organization: string | null }>;
  domains: Record<string, string>;
}

/** A matcher over a TrackerDB export (defaults to the one shipped in `@ghostery/trackerdb`). */
export function trackerDbMatcher(json?: TrackerDbJson): TrackerMatcher {
  const db = json ?? loadTrackerDbJson();
  const cache = new Map<string, TrackerMatch | null>();
  return {
    name: 'ghostery-trackerdb',
    match(url) {
      const host = hostname(url);
      if (!host) return undefined;
      const cached = cache.get(host);
      if (cached !== undefined) return cached ?? undefined;
      const hit = bySuffix(host, (d) => db.domains[d]);
      let m: TrackerMatch | null = null;
      if (hit) {
        const p = db.patterns[hit[1]];
        if (p) {
          const org = p.organization ? db.organizations[p.organization]?.name : undefined;
          m = { name: p.name, company: org ?? p.name, category: p.category, domain: hit[0], source: 'ghostery-trackerdb' };
        }
      }
      cache.set(host, m);
      return m ?? undefined;
    },
  };
}

let shipped: TrackerDbJson | undefined;
function loadTrackerDbJson(): TrackerDbJson {
  if (shipped) return shipped;
  // The package exports only its SDK entry, so find the data file next to it.
  const entry = createRequire(import.meta.url).resolve('@ghostery/trackerdb');
  shipped = JSON.parse(readFileSync(join(dirname(entry), '..', 'trackerdb.json'), 'utf8')) as TrackerDbJson;
  return shipped;
}

/**
 * A matcher over an Adblock-syntax filter list such as EasyPrivacy: every rule of the form `||host^` (with
 * optional `$third-party`-style options) marks `host` and its subdomains as `category`. Exceptions (`@@`),
 * cosmetic and path rules are ignored: they need a full filter engine and add little to party-level findings.
 */
export function filterListMatcher(listText: string, name: string, category = 'site_analytics'): TrackerMatcher {
  const hosts = new Set<string>();
  for (const raw of listText.split(/\r?\n/)) {
    const m = /^\|\|([a-z0-9.-]+)\^(\$.*)?$/i.exec(raw.trim());
    if (m && !/\$.*(domain=|~third-party|first-party)/.test(raw)) hosts.add(m[1]!.toLowerCase());
  }
  return {
    name,
    match(url) {
      const host = hostname(url);
      const hit = host ? bySuffix(host, (d) => (hosts.has(d) ? d : undefined)) : undefined;
      return hit ? { name: hit[0], category, domain: hit[0], source: name } : undefined;
    },
  };
}

/** Ask each matcher in turn; the first that knows the URL answers. */
export function chainMatchers(...matchers: TrackerMatcher[]): TrackerMatcher {
  return {
    name: matchers.map((m) => m.name).join('+'),
    match(url) {
      for (const m of matchers) {
        const hit = m.match(url);
        if (hit) return hit;
      }
      return undefined;
    },
  };
}

let defaultMatcher: TrackerMatcher | undefined;
/** The shared default matcher (TrackerDB), loaded on first use. */
export function getDefaultMatcher(): TrackerMatcher {
  return (defaultMatcher ??= trackerDbMatcher());
}
