import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page } from '../../test/rules/build-obs.js';
import { referrerPolicy } from './referrer-policy.rule.js';

const run = (o: ReturnType<typeof obs>) => referrerPolicy.run({ obs: o, views: viewsOf(o) });

describe('referrer-policy', () => {
  it('reports a leaky policy (meta wins) and an unset policy on a search page', () => {
    const hits = run(obs([
      page({ dom: { ...page().dom!, metaReferrer: 'unsafe-url' } }),
      page({ id: 'p1', role: 'search-results', url: 'https://www.library.example/s?q=x', finalUrl: 'https://www.library.example/s?q=x', documentHeaders: {} }),
    ]));
    expect(hits.map((h) => [h.key, h.severity])).toEqual([['leaky', 'medium'], ['unset', 'low']]);
  });
  it('accepts strict policies and an unset policy on a plain page', () => {
    expect(run(obs([page(), page({ id: 'p1', documentHeaders: {} }), page({ id: 'p2', documentHeaders: { 'referrer-policy': 'no-referrer' }, role: 'record' })]))).toEqual([]);
  });
});
