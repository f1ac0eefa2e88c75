import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page, req } from '../../test/rules/build-obs.js';
import { mixedContent } from './mixed-content.rule.js';

const run = (o: ReturnType<typeof obs>) => mixedContent.run({ obs: o, views: viewsOf(o) });

describe('mixed-content', () => {
  it('reports http references, requests and form actions on an https page', () => {
    const hits = run(obs([page({ requests: [req('http://img.example/a.png', { resourceType: 'image' })], dom: { ...page().dom!, insecureReferences: ['http://cdn.example/x.js'], forms: [{ action: 'http://www.library.example/login', method: 'post', fields: [] }] } })]));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.evidence).toHaveLength(3);
  });
  it('stays silent on a clean https page', () => {
    expect(run(obs([page({ requests: [req('https://www.library.example/a.js')] })]))).toEqual([]);
  });
});
