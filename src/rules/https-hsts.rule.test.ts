import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page } from '../../test/rules/build-obs.js';
import { httpsHsts } from './https-hsts.rule.js';

const run = (o: ReturnType<typeof obs>) => httpsHsts.run({ obs: o, views: viewsOf(o) });

describe('https-hsts', () => {
  it('reports plain HTTP, an invalid certificate, and a missing or short HSTS', () => {
    const hits = run(obs([
      page({ url: 'http://old.library.example/', finalUrl: 'http://old.library.example/' }),
      page({ id: 'p1', tls: { secure: false, certificateError: 'expired' }, documentHeaders: { 'strict-transport-security': 'max-age=300' } }),
    ]));
    expect(hits.map((h) => h.key)).toEqual(['http', 'certificate', 'hsts']);
  });
  it('passes HTTPS with a year of HSTS, and skips pages that never loaded', () => {
    expect(run(obs([page(), page({ id: 'p1', status: undefined, documentHeaders: {} })]))).toEqual([]);
  });
});
