import { describe, expect, it } from 'vitest';
import { planPages, siteOf } from './crawl.js';

const L = 'https://catalog.lib.example/';
const links = [
  { url: 'https://catalog.lib.example/about', text: 'About' },
  { url: 'https://catalog.lib.example/databases', text: 'Databases A-Z' },
  { url: 'https://catalog.lib.example/MyAccount/Login', text: 'Sign in' },
  { url: 'https://catalog.lib.example/Record/12345', text: 'A title' },
  { url: 'https://ads.tracker.example/x', text: 'Ad' },
  { url: 'https://catalog.lib.example/', text: 'Home' },
  { url: 'https://catalog.lib.example/annual-report.pdf', text: 'Report' },
  { url: 'https://www.lib.example/events#top', text: 'Events' },
];

describe('crawl planning', () => {
  it('puts search results first, then record, account, e-resources, then the rest', () => {
    const plan = planPages(L, links, 10, 'https://catalog.lib.example/Search?lookfor=x');
    expect(plan.map((p) => p.role)).toEqual(['search-results', 'record', 'account', 'e-resource', 'other', 'other']);
    expect(plan.map((p) => p.url)).not.toContain('https://ads.tracker.example/x');
    expect(plan.map((p) => p.url)).toContain('https://www.lib.example/events');
    expect(plan.some((p) => p.url.endsWith('.pdf'))).toBe(false);
  });

  it('respects the page budget and skips the landing page', () => {
    expect(planPages(L, links, 2).map((p) => p.role)).toEqual(['record', 'account']);
    expect(planPages(L, links, 0)).toEqual([]);
    expect(planPages(L, [{ url: L }], 3)).toEqual([]);
  });

  it('groups hostnames by site', () => {
    expect(siteOf('catalog.lib.example')).toBe('lib.example');
    expect(siteOf('www.library.org.uk')).toBe('library.org.uk');
  });
});
