import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page, req } from '../../test/rules/build-obs.js';
import { thirdPartyFontsCdn } from './third-party-fonts-cdn.rule.js';

const run = (o: ReturnType<typeof obs>) => thirdPartyFontsCdn.run({ obs: o, views: viewsOf(o) });

describe('third-party-fonts-cdn', () => {
  it('reports Google Fonts and a public CDN', () => {
    const hits = run(obs([page({ requests: [req('https://fonts.googleapis.com/css2?family=Roboto', { resourceType: 'stylesheet' }), req('https://fonts.gstatic.com/s/roboto.woff2', { resourceType: 'font' }), req('https://cdn.jsdelivr.net/npm/chart.js')] })]));
    expect(hits.map((h) => h.key).sort()).toEqual(['Google Fonts', 'jsDelivr']);
    expect(hits.every((h) => !h.severity || h.severity === 'low')).toBe(true);
  });
  it('stays silent on self-hosted fonts', () => {
    expect(run(obs([page({ requests: [req('https://www.library.example/fonts/inter.woff2', { resourceType: 'font' })] })]))).toEqual([]);
  });
});
