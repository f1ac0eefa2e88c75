/** tracking-after-rejection on inline observations: before/after the click, cookies, banners not handled. */
import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { trackingAfterRejection as rule } from './tracking-after-rejection.rule.js';
import { choiceTime } from './consent-helpers.js';
import { banner, FB_PIXEL, GA, observations, visit } from '../../test/demo/consent-observations.js';

const run = (o: ReturnType<typeof observations>) => rule.run({ obs: o, views: viewsOf(o) });

describe('tracking-after-rejection', () => {
  it('ignores what fired before the click and reports what fired after it, on the same and later pages', () => {
    const o = observations([
      visit('reject', [
        { start: 1000, requests: [[GA, 100], [FB_PIXEL, 300]], consent: banner('reject', 1500) },
        { start: 9000, requests: [[GA, 100]] },
      ]),
    ]);
    expect(choiceTime(o.visits[0]!)).toBe(2500);
    const hits = run(o);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.entity?.name).toMatch(/Google/);
    expect(hits[0]!.page.id).toBe('p1');
    expect(hits[0]!.evidence[0]!.summary).toContain('after rejection');
  });

  it('reports a tracking cookie still stored after the click', () => {
    const o = observations([
      visit('reject', [{ start: 0, cookies: [{ name: '_ga', domain: 'www.library.example', setterUrl: 'https://www.googletagmanager.com/gtag/js' }], consent: banner('reject', 1000) }]),
    ]);
    const hits = run(o);
    expect(hits.map((h) => h.key)).toEqual(['Google Analytics']);
    expect(hits[0]!.explanation).toMatch(/cookie _ga was stored/);
    expect(hits[0]!.evidence[0]!.kind).toBe('cookie');
  });

  it('says rejection could not be tested when no known banner was handled, instead of passing', () => {
    const none = run(observations([visit('reject', [{ start: 0, requests: [[GA, 100]], consent: { mode: 'reject', popupFound: false, handled: false, note: 'No consent banner from a known consent platform was recognised on this page.' } }])]));
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({ outcome: 'not-applicable', severity: 'info' });
    expect(none[0]!.explanation).toMatch(/does not guess/);
    const failed = run(observations([visit('reject', [{ start: 0, consent: { mode: 'reject', cmp: 'Onetrust', popupFound: true, handled: false } }])]));
    expect(failed[0]).toMatchObject({ outcome: 'needs-review' });
  });

  it('is silent when nothing tracks after the click, and when no reject visit ran', () => {
    expect(run(observations([visit('reject', [{ start: 0, requests: [[GA, 100]], consent: banner('reject', 1000), durationMs: 900 }])]))).toEqual([]);
    expect(run(observations([visit('accept', [{ start: 0, requests: [[GA, 5000]], consent: banner('accept', 1000) }])]))).toEqual([]);
  });
});
