/**
 * The instruments on a realistic catalog page, in both cookie regimes: decoys typed and found again in every
 * channel (keystrokes in beacons, base64 in a POST on blur, the submitted search in the URL, an autocomplete
 * echo), cookies by header and by script with third-party blocking under the default regime only, scripts
 * hashed and recognised by content although renamed (self-hosted rrweb), the DOM snapshot, and the crawl
 * choosing the search results and a record page. The stored record must not contain any decoy text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Observations, PageObservation } from '../../src/model/index.js';
import { scanFixture } from '../harness/scan-fixture.js';

let obs: Observations;
const landing = (regime: string): PageObservation => obs.visits.find((v) => v.cookieRegime === regime)!.pages[0]!;

describe('instruments on a catalog page', () => {
  beforeAll(async () => {
    obs = await scanFixture('patron', { config: { cookieRegimes: ['default', 'permissive'], pages: 2, pageTimeoutMs: 45_000 } });
  }, 180_000);

  it('records both regimes', () => {
    expect(obs.visits.map((v) => v.cookieRegime)).toEqual(['default', 'permissive']);
    expect(obs.decoys.map((d) => d.id)).toContain('search');
  });

  it('types the decoy search, submits it and finds it in every channel', () => {
    const p = landing('default');
    expect(p.interaction?.searched).toBe(true);
    expect(p.dom?.searchBoxes[0]).toBe('#lookfor');
    const hits = p.requests.flatMap((r) => r.decoyHits.map((h) => ({ ...h, url: r.url, phase: r.phase })));
    // Keystrokes leaving in beacons before Enter.
    expect(hits.some((h) => h.decoyId === 'search' && h.channel === 'body' && h.beforeSubmit && h.url.includes('analytics.tracker.example'))).toBe(true);
    // The email typed into the contact form left base64-encoded when the field lost focus.
    expect(hits.some((h) => h.decoyId === 'email' && h.encoding === 'base64' && h.url.includes('/lead'))).toBe(true);
    // The submitted search is in the results URL, after submission.
    expect(hits.some((h) => h.decoyId === 'search' && h.channel === 'url' && !h.beforeSubmit && h.phase === 'after-submit')).toBe(true);
    // The site's own autocomplete echoed the decoy back.
    expect(p.requests.some((r) => r.url.includes('/suggest') && r.response?.echoesDecoy)).toBe(true);
  });

  it('stores no decoy text anywhere', () => {
    const json = JSON.stringify(obs);
    expect(json).toContain('[decoy:search]');
    expect(json).not.toMatch(/hiv treatment|immigration asylum|abusive partner|patron\.[a-z]+@example\.org/i);
  });

  it('records cookies by header and by script, blocking third-party ones only by default', () => {
    const d = landing('default').cookies;
    const p = landing('permissive').cookies;
    expect(d.find((c) => c.name === 'session_id')).toMatchObject({ setBy: 'header', httpOnly: true, sameSite: 'Lax' });
    expect(d.find((c) => c.name === 'fp_script')).toMatchObject({ setBy: 'script' });
    expect(d.find((c) => c.name === 'tid')).toMatchObject({ blocked: true, domain: expect.stringContaining('analytics.tracker.example') });
    expect(p.find((c) => c.name === 'tid')).toMatchObject({ setBy: 'header', secure: true, sameSite: 'None' });
    expect(p.find((c) => c.name === 'tid')?.blocked).toBeUndefined();
    // Values are never stored, only salted hashes.
    expect(JSON.stringify(obs)).not.toMatch(/s3cr3t|u-777|abc123/);
    expect(d.find((c) => c.name === 'session_id')!.valueHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes scripts and recognises a renamed library by content', () => {
    const s = landing('default').scripts;
    const vendor = s.find((x) => x.url.endsWith('/assets/vendor.js'))!;
    expect(vendor.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(vendor.markers).toContain('rrweb');
    expect(s.find((x) => x.inline)?.markers).toEqual(expect.arrayContaining(['key-listener', 'beacon']));
  });

  it('snapshots the DOM', () => {
    const dom = landing('default').dom!;
    expect(dom.privacyPolicyLinks[0]).toMatch(/privacy\.html$/);
    expect(dom.reading.isbns).toContain('9780262033848');
    expect(dom.globals).toContain('rrweb');
    expect(dom.forms.find((f) => f.method === 'post')?.fields.map((x) => x.type)).toEqual(['email', 'text']);
    expect(dom.metaReferrer).toBe('no-referrer-when-downgrade');
  });

  it('crawls the search results and a record page', () => {
    const pages = obs.visits[0]!.pages;
    expect(pages.map((p) => p.role)).toEqual(['landing', 'search-results', 'record']);
    expect(pages[1]!.url).toContain('[decoy:search]');
    expect(pages[2]!.dom?.reading.titles).toContain('Introduction to Algorithms');
  });
});
