/** tracking-before-consent on inline observations: banner ignored, no banner at all, nothing tracking, no consent visits. */
import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { trackingBeforeConsent as rule } from './tracking-before-consent.rule.js';
import { banner, FB_PIXEL, FONTS, GA, observations, visit } from '../../test/demo/consent-observations.js';

const run = (o: ReturnType<typeof observations>) => rule.run({ obs: o, views: viewsOf(o) });

describe('tracking-before-consent', () => {
  it('reports each tracker seen while the banner is unanswered, once per company, not the font CDN', () => {
    const o = observations([
      visit('no-action', [{ start: 0, requests: [[GA, 100], [FONTS, 50]], consent: banner('no-action') }, { start: 9000, requests: [[GA, 100], [FB_PIXEL, 200]] }]),
    ]);
    const hits = run(o);
    const names = hits.map((h) => h.entity?.name).sort();
    expect(names).toHaveLength(2);
    expect(names.join(' ')).toMatch(/Google/);
    expect(names.join(' ')).toMatch(/Facebook|Meta/);
    expect(hits.every((h) => /before the patron answers the consent banner/.test(h.title ?? ''))).toBe(true);
    expect(hits[0]!.explanation).toContain('cookieconsent3');
    const google = hits.find((h) => /Google/.test(h.entity?.name ?? ''))!;
    expect(google.explanation).toMatch(/2 requests went to/);
  });

  it('reports tracking on a site with no banner as a lack of privacy by default', () => {
    const o = observations([visit('no-action', [{ start: 0, requests: [[GA, 100]], consent: { mode: 'no-action', popupFound: false, handled: false, note: 'none' } }])]);
    const [hit] = run(o);
    expect(hit?.title).toMatch(/asks no consent/);
    expect(hit?.explanation).toMatch(/strictest privacy settings/);
    expect(rule.cites).toContain('ala-bds-3');
  });

  it('counts a tracking cookie written by a tracker script on the library domain', () => {
    const o = observations([
      visit('no-action', [{ start: 0, cookies: [{ name: '_fbp', domain: 'www.library.example', setterUrl: 'https://connect.facebook.net/en_US/fbevents.js' }, { name: 'session', domain: 'www.library.example' }], consent: banner('no-action') }]),
    ]);
    const hits = run(o);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.explanation).toMatch(/cookie _fbp was stored/);
    expect(hits[0]!.explanation).not.toMatch(/session/);
  });

  it('stays silent when nothing tracks, and when no consent visits ran', () => {
    expect(run(observations([visit('no-action', [{ start: 0, requests: [[FONTS, 10]], consent: banner('no-action') }])]))).toEqual([]);
    expect(run(observations([visit('none', [{ start: 0, requests: [[GA, 10]] }])]))).toEqual([]);
  });
});
