import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page, req } from '../../test/rules/build-obs.js';
import { thirdPartyContent } from './third-party-content.rule.js';

const run = (o: ReturnType<typeof obs>) => thirdPartyContent.run({ obs: o, views: viewsOf(o) });

describe('third-party-content', () => {
  it('reports an unknown third party at low severity, once per site and page', () => {
    const hits = run(obs([page({ requests: [req('https://widgets.unknown-vendor.example/w.js'), req('https://api.unknown-vendor.example/x')] })]));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.key).toBe('unknown-vendor.example');
    expect(hits[0]!.explanation).toContain('not in the tracker database');
  });
  it('ignores first-party subdomains, trackers and known fonts/CDNs', () => {
    const hits = run(obs([page({ requests: [req('https://cdn.library.example/a.js'), req('https://www.google-analytics.com/g/collect'), req('https://fonts.googleapis.com/css2')] })]));
    expect(hits).toEqual([]);
  });
});
