import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page } from '../../test/rules/build-obs.js';
import { privacyPolicyLink } from './privacy-policy-link.rule.js';

const run = (o: ReturnType<typeof obs>) => privacyPolicyLink.run({ obs: o, views: viewsOf(o) });

describe('privacy-policy-link', () => {
  it('reports pages without the link, under one key', () => {
    const bare = { ...page().dom!, privacyPolicyLinks: [] };
    const hits = run(obs([page(), page({ id: 'p1', url: 'https://www.library.example/events', dom: bare })]));
    expect(hits.map((h) => [h.key, h.page.id])).toEqual([['missing', 'p1']]);
  });
  it('ignores error pages', () => {
    expect(run(obs([page({ status: 404, dom: { ...page().dom!, privacyPolicyLinks: [] } })]))).toEqual([]);
  });
});
