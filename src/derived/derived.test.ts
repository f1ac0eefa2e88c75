import { describe, expect, it } from 'vitest';
import { page, req } from '../../test/rules/build-obs.js';
import { chainMatchers, filterListMatcher, getDefaultMatcher, initiatorChain, isThirdParty, knownServiceOf, siteOf } from './index.js';

describe('derived views', () => {
  it('decides parties by registrable domain, public suffixes included', () => {
    expect(siteOf('https://www.library.example.org/x')).toBe('example.org');
    expect(siteOf('https://catalog.library.co.uk/')).toBe('library.co.uk');
    expect(isThirdParty('https://a.github.io/x', 'https://b.github.io/')).toBe(true);
    expect(isThirdParty('https://cdn.library.org/a.js', 'https://www.library.org/')).toBe(false);
  });
  it('names tracker companies from TrackerDB and chains another list', () => {
    expect(getDefaultMatcher().match('https://www.google-analytics.com/g/collect')).toMatchObject({ name: 'Google Analytics', company: 'Google', category: 'site_analytics' });
    expect(getDefaultMatcher().match('https://www.library.org/')).toBeUndefined();
    const list = filterListMatcher('! comment\n||metrics.example^$third-party\n@@||ok.example^\n', 'easyprivacy');
    const m = chainMatchers(getDefaultMatcher(), list);
    expect(m.match('https://x.metrics.example/p')).toMatchObject({ source: 'easyprivacy' });
    expect(m.match('https://ok.example/')).toBeUndefined();
  });
  it('knows path-specific services', () => {
    expect(knownServiceOf('https://www.facebook.com/tr?id=1')?.kind).toBe('ad-pixel');
    expect(knownServiceOf('https://www.facebook.com/plugins/page.php')).toBeUndefined();
    expect(knownServiceOf('https://syndetics.com/index.aspx?isbn=1')?.kind).toBe('cover-images');
  });
  it('follows initiator chains back to the page', () => {
    const loader = req('https://www.googletagmanager.com/gtm.js', { initiator: { type: 'parser', url: 'https://www.library.example/' } });
    const tag = req('https://tag.example/t.js', { initiator: { type: 'script', url: loader.url, stack: [loader.url] } });
    const hit = req('https://collect.example/c', { initiator: { type: 'script', stack: [tag.url, loader.url] } });
    expect(initiatorChain(page({ requests: [loader, tag, hit] }), hit)).toEqual(['https://www.library.example/', loader.url, tag.url, hit.url]);
  });
});
