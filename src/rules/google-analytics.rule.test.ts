import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page, req } from '../../test/rules/build-obs.js';
import { googleAnalytics } from './google-analytics.rule.js';

const run = (o: ReturnType<typeof obs>) => googleAnalytics.run({ obs: o, views: viewsOf(o) });

describe('google-analytics', () => {
  it('reads GA4 settings: signals on, ads personalisation not disabled', () => {
    const hits = run(obs([page({ requests: [
      req('https://www.googletagmanager.com/gtag/js?id=G-ABC123'),
      req('https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&en=page_view', { method: 'POST', resourceType: 'ping' }),
      req('https://stats.g.doubleclick.net/g/collect?v=2&tid=G-ABC123', { method: 'POST' }),
    ] })]));
    const ga4 = hits.find((h) => h.key === 'G-ABC123')!;
    expect(ga4.severity).toBe('high');
    expect(ga4.explanation).toMatch(/Google signals/);
    expect(ga4.explanation).toMatch(/ads personalisation is not disabled/);
  });
  it('reads Universal Analytics IP anonymisation', () => {
    const off = run(obs([page({ requests: [req('https://www.google-analytics.com/collect?v=1&tid=UA-1-1&t=pageview&npa=1', { resourceType: 'image' })] })]));
    expect(off[0]!.explanation).toMatch(/IP anonymisation is off/);
    const on = run(obs([page({ requests: [req('https://www.google-analytics.com/collect?v=1&tid=UA-1-1&t=pageview&aip=1&npa=1', { resourceType: 'image' })] })]));
    expect(on[0]!.explanation).toMatch(/No advertising features/);
    expect(on[0]!.severity).toBe('medium');
  });
  it('stays silent on a self-hosted counter', () => {
    expect(run(obs([page({ requests: [req('https://www.library.example/count.js'), req('https://www.library.example/count?p=/')] })]))).toEqual([]);
  });
  it('leaves gtag.js loading only a Google Ads tag to the advertising-pixel rule', () => {
    expect(run(obs([page({ requests: [req('https://www.googletagmanager.com/gtag/js?id=AW-123456789')] })]))).toEqual([]);
  });
});
