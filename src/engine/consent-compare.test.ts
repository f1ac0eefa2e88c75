/** The consent comparison on inline observations: presence per visit, before/after the choice, the section. */
import { describe, expect, it } from 'vitest';
import type { ConsentMode, Observations, PageObservation, Visit } from '../model/index.js';
import { compareConsentVisits, consentSection, type Classify } from './consent-compare.js';

const classify: Classify = (url) => {
  const host = new URL(url).hostname;
  const site = host.split('.').slice(-2).join('.');
  const trackers: Record<string, { name: string; category: string }> = {
    'google-analytics.com': { name: 'Google Analytics', category: 'site_analytics' },
    'googletagmanager.com': { name: 'Google Tag Manager', category: 'site_analytics' },
    'facebook.com': { name: 'Facebook', category: 'advertising' },
    'facebook.net': { name: 'Facebook', category: 'advertising' },
  };
  return { thirdParty: site !== 'library.example', site, tracker: trackers[site] };
};

function page(start: number, requests: [string, number][], cookies: { name: string; domain: string; setterUrl?: string }[] = [], consent?: PageObservation['consent']): PageObservation {
  return {
    id: 'p0', role: 'landing', url: 'https://www.library.example/', finalUrl: 'https://www.library.example/', startedAt: start, durationMs: 5000,
    documentHeaders: {}, webSockets: [], storage: [], apiCalls: [], scripts: [], errors: [],
    requests: requests.map(([url, t], i) => ({ id: String(i), url, method: 'GET', resourceType: 'script', t, phase: 'load', headers: {}, decoyHits: [] })),
    cookies: cookies.map((c) => ({ ...c, path: '/', expires: -1, httpOnly: false, secure: true, setBy: 'script', valueHash: 'h', valueLength: 10 })),
    ...(consent ? { consent } : {}),
  };
}

function visit(mode: ConsentMode, pages: PageObservation[]): Visit {
  return { id: `consent-${mode}`, cookieRegime: 'default', consentMode: mode, pages };
}

function obs(visits: Visit[]): Observations {
  return { version: 1, tool: { name: 'fiduciary', version: '0' }, target: 'https://www.library.example/', startedAt: '', finishedAt: '', browser: { product: 'c', userAgent: 'u' }, decoys: [], visits, errors: [] };
}

const GA = 'https://region1.google-analytics.com/g/collect?v=2';
const FB = 'https://www.facebook.com/tr/?id=1';
const CDN = 'https://cdn.fonts.example/font.woff2';
const banner = (mode: 'no-action' | 'reject' | 'accept', handledAt?: number) => ({ mode, cmp: 'cookieconsent3', popupFound: true, handled: handledAt !== undefined, ...(handledAt !== undefined ? { handledAt } : {}) });

describe('compareConsentVisits', () => {
  const o = obs([
    visit('none', [page(0, [[GA, 10], [FB, 20]])]),
    visit('no-action', [page(1000, [[GA, 100], [CDN, 50]], [{ name: '_ga', domain: 'www.library.example', setterUrl: 'https://www.googletagmanager.com/gtag/js' }], banner('no-action'))]),
    visit('reject', [
      page(2000, [[GA, 100], [CDN, 50]], [{ name: '_ga', domain: 'www.library.example', setterUrl: 'https://www.googletagmanager.com/gtag/js' }], banner('reject', 1500)),
      page(9000, [[GA, 100]]),
    ]),
    visit('accept', [page(20000, [[GA, 100], [FB, 2000], [CDN, 50]], [{ name: '_fbp', domain: 'www.library.example', setterUrl: 'https://connect.facebook.net/en_US/fbevents.js' }], banner('accept', 1500))]),
  ]);
  const c = compareConsentVisits(o, classify)!;

  it('finds the banner, the choices made and ignores the ordinary visit', () => {
    expect(c.cmp).toBe('cookieconsent3');
    expect(c.bannerFound).toBe(true);
    expect(c.handled).toEqual({ reject: true, accept: true });
    expect(Object.keys(c.visits).sort()).toEqual(['accept', 'no-action', 'reject']);
  });

  it('says when each third party and cookie was seen, before or after the choice', () => {
    const ga = c.rows.find((r) => r.label === 'google-analytics.com')!;
    expect(ga.tracker).toBe('Google Analytics');
    // Reject visit: before the choice on the landing page, and again on the next page after it.
    expect(ga.seen).toEqual({ 'no-action': 'yes', reject: 'both', accept: 'before' });
    const fb = c.rows.find((r) => r.label === 'facebook.com')!;
    expect(fb.seen).toEqual({ 'no-action': 'no', reject: 'no', accept: 'after' });
    const fbp = c.rows.find((r) => r.label.startsWith('_fbp'))!;
    expect(fbp).toMatchObject({ kind: 'cookie', tracker: 'Facebook' });
    expect(fbp.seen.accept).toBe('after');
    const ga_cookie = c.rows.find((r) => r.label.startsWith('_ga '))!;
    expect(ga_cookie.seen).toEqual({ 'no-action': 'yes', reject: 'after', accept: 'no' });
  });

  it('renders a section listing what differs and what tracks whatever the choice', () => {
    const s = consentSection(c);
    expect(s.id).toBe('consent-comparison');
    expect(s.paragraphs!.join(' ')).toContain('cookieconsent3');
    const labels = s.table!.rows.map((r) => r[1]);
    expect(labels).toContain('facebook.com');
    expect(labels).toContain('google-analytics.com');
    // The CDN is the same in every visit and is not a tracker: summarised, not listed.
    expect(labels).not.toContain('fonts.example');
    expect(s.paragraphs!.join(' ')).toMatch(/1 other item was the same/);
  });

  it('says plainly when no known banner was found, rather than guessing', () => {
    const none = obs([visit('no-action', [page(0, [[GA, 10]], [], { mode: 'no-action', popupFound: false, handled: false, note: 'No consent banner from a known consent platform was recognised on this page.' })])]);
    const cc = compareConsentVisits(none, classify)!;
    expect(cc.bannerFound).toBe(false);
    expect(consentSection(cc).paragraphs![0]).toMatch(/No consent banner from a known consent platform/);
  });

  it('returns undefined for a scan without consent visits', () => {
    expect(compareConsentVisits(obs([visit('none', [page(0, [[GA, 1]])])]), classify)).toBeUndefined();
  });
});
