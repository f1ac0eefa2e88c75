/**
 * Inline Observations for consent tests: pages with requests at given times, cookies and a consent record,
 * grouped into visits by consent mode. Only the fields the consent code reads are meaningful.
 */
import type { ConsentMode, Observations, PageObservation, Visit } from '../../src/model/index.js';

export interface PageSpec {
  start: number;
  url?: string;
  requests?: [url: string, t: number][];
  cookies?: { name: string; domain: string; setterUrl?: string; blocked?: boolean }[];
  consent?: PageObservation['consent'];
  durationMs?: number;
}

export function page(spec: PageSpec, id = 'p0'): PageObservation {
  const url = spec.url ?? 'https://www.library.example/';
  return {
    id, role: id === 'p0' ? 'landing' : 'other', url, finalUrl: url, startedAt: spec.start, durationMs: spec.durationMs ?? 5000,
    documentHeaders: {}, webSockets: [], storage: [], apiCalls: [], scripts: [], errors: [],
    requests: (spec.requests ?? []).map(([u, t], i) => ({ id: `${id}-${i}`, url: u, method: 'GET', resourceType: 'script', t, phase: 'load' as const, headers: {}, decoyHits: [] })),
    cookies: (spec.cookies ?? []).map((c) => ({ path: '/', expires: -1, httpOnly: false, secure: true, setBy: 'script' as const, valueHash: 'h', valueLength: 10, ...c })),
    ...(spec.consent ? { consent: spec.consent } : {}),
  };
}

export function visit(mode: ConsentMode, pages: PageSpec[]): Visit {
  return { id: mode === 'none' ? 'default' : `consent-${mode}`, cookieRegime: 'default', consentMode: mode, pages: pages.map((p, i) => page(p, `p${i}`)) };
}

export function observations(visits: Visit[]): Observations {
  return {
    version: 1, tool: { name: 'fiduciary', version: '0' }, target: 'https://www.library.example/', startedAt: '', finishedAt: '',
    browser: { product: 'Chromium', userAgent: 'test' }, decoys: [], visits, errors: [],
  };
}

/** A consent record as the consent instrument writes it. */
export function banner(mode: 'no-action' | 'reject' | 'accept', handledAt?: number, cmp = 'cookieconsent3'): NonNullable<PageObservation['consent']> {
  return { mode, cmp, popupFound: true, handled: handledAt !== undefined, ...(handledAt !== undefined ? { handledAt } : {}) };
}

export const GA = 'https://region1.google-analytics.com/g/collect?v=2&tid=G-TEST';
export const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-TEST';
export const FB_PIXEL = 'https://www.facebook.com/tr/?id=1&ev=PageView';
export const FONTS = 'https://fonts.gstatic.com/s/roboto.woff2';
