import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page, req } from '../../test/rules/build-obs.js';
import { thirdPartyTracker } from './third-party-tracker.rule.js';

const run = (o: ReturnType<typeof obs>) => thirdPartyTracker.run({ obs: o, views: viewsOf(o) });

describe('third-party-tracker', () => {
  it('names the company and category of a tracker and merges its requests per page', () => {
    const hits = run(obs([page({ requests: [req('https://www.googletagmanager.com/gtm.js?id=GTM-1'), req('https://www.googletagmanager.com/a'), req('https://cdn.mxpnl.com/libs/mixpanel.js')] })]));
    const names = hits.map((h) => h.entity?.name);
    expect(names).toContain('Google Tag');
    expect(names).toContain('Mixpanel');
    expect(hits.find((h) => h.entity?.name === 'Google Tag')?.severity).toBe('high');
    expect(hits.find((h) => h.entity?.name === 'Mixpanel')?.entity?.company).toBeTruthy();
  });
  it('stays silent on first-party requests, hosting, and services judged by specific rules', () => {
    const hits = run(obs([page({ requests: [req('https://www.library.example/counter.js'), req('https://unpkg.com/leaflet.js'), req('https://connect.facebook.net/en_US/fbevents.js'), req('https://tile.openstreetmap.org/1/1/1.png')] })]));
    expect(hits).toEqual([]);
  });
});
