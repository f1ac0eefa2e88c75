/**
 * Builders for inline Observations in rule unit tests: a page with sensible empty defaults, requests and
 * cookies with only the fields a test cares about, wrapped in a one-visit record.
 */
import type { ApiCall, CookieRecord, Observations, PageObservation, RequestRecord, ScriptRecord, Visit } from '../../src/model/index.js';

export const SITE = 'https://www.library.example/';

let seq = 0;
/** A request from the page; `t` and ids are filled in. */
export function req(url: string, over: Partial<RequestRecord> = {}): RequestRecord {
  return { id: `r${++seq}`, url, method: 'GET', resourceType: 'script', t: seq, phase: 'load', headers: {}, decoyHits: [], ...over };
}

export function cookie(name: string, domain: string, over: Partial<CookieRecord> = {}): CookieRecord {
  return { name, domain, path: '/', expires: Math.round(Date.UTC(2027, 0, 1) / 1000) + 400 * 86_400, httpOnly: false, secure: true, setBy: 'header', valueHash: 'h', valueLength: 26, ...over };
}

export function api(apiName: string, over: Partial<ApiCall> = {}): ApiCall {
  return { api: apiName, count: 1, t: 5, caller: { scriptUrl: `${SITE}app.js` }, ...over };
}

export function script(url: string, over: Partial<ScriptRecord> = {}): ScriptRecord {
  return { url, inline: false, size: 1000, sha256: 'x', markers: [], ...over };
}

export function page(over: Partial<PageObservation> = {}): PageObservation {
  return {
    id: 'p0', role: 'landing', url: SITE, finalUrl: SITE, status: 200, startedAt: Date.UTC(2027, 0, 1), durationMs: 1000,
    documentHeaders: { 'strict-transport-security': 'max-age=31536000', 'referrer-policy': 'strict-origin-when-cross-origin' },
    tls: { secure: true }, requests: [], webSockets: [], cookies: [], storage: [], apiCalls: [], scripts: [],
    dom: { privacyPolicyLinks: [`${SITE}privacy`], forms: [], searchBoxes: [], iframes: [], images: [], reading: { isbns: [], titles: [] }, globals: [], insecureReferences: [] },
    errors: [],
    ...over,
  };
}

export function obs(pages: PageObservation[], visits?: Partial<Visit>[]): Observations {
  const vs: Visit[] = (visits ?? [{}]).map((v, i) => ({ id: i === 0 ? 'default' : `v${i}`, cookieRegime: 'default', consentMode: 'none', pages, ...v }));
  return {
    version: 1, tool: { name: 'fiduciary', version: '0.1.0' }, target: SITE, startedAt: '2027-01-01T00:00:00.000Z', finishedAt: '2027-01-01T00:01:00.000Z',
    browser: { product: 'Chromium', userAgent: 'test' },
    decoys: [
      { id: 'search', kind: 'search', sha256: 'a', label: 'a health subject' },
      { id: 'email', kind: 'email', sha256: 'b', label: 'an e-mail address' },
    ],
    visits: vs,
    errors: [],
  };
}
