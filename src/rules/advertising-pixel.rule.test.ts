import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page, req } from '../../test/rules/build-obs.js';
import { advertisingPixel } from './advertising-pixel.rule.js';

const run = (o: ReturnType<typeof obs>) => advertisingPixel.run({ obs: o, views: viewsOf(o) });

describe('advertising-pixel', () => {
  it('names Meta, TikTok, LinkedIn and Google Ads pixels', () => {
    const hits = run(obs([page({ requests: [
      req('https://connect.facebook.net/en_US/fbevents.js'), req('https://www.facebook.com/tr?id=1&ev=PageView', { resourceType: 'image' }),
      req('https://analytics.tiktok.com/i18n/pixel/events.js'), req('https://snap.licdn.com/li.lms-analytics/insight.min.js'),
      req('https://www.googleadservices.com/pagead/conversion.js'),
    ] })]));
    expect(hits.map((h) => h.key)).toEqual(['Meta Pixel', 'TikTok Pixel', 'LinkedIn Insight Tag', 'Google Ads']);
  });
  it('does not confuse a Facebook page link widget or analytics with a pixel', () => {
    expect(run(obs([page({ requests: [req('https://www.facebook.com/plugins/page.php?href=x', { resourceType: 'document' }), req('https://www.google-analytics.com/g/collect')] })]))).toEqual([]);
  });
});
