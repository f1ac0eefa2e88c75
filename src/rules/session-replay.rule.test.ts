import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page, req, script } from '../../test/rules/build-obs.js';
import { sessionReplay } from './session-replay.rule.js';

const run = (o: ReturnType<typeof obs>) => sessionReplay.run({ obs: o, views: viewsOf(o) });

describe('session-replay', () => {
  it('finds a known vendor by domain', () => {
    const hits = run(obs([page({ requests: [req('https://static.hotjar.com/c/hotjar-1.js')] })]));
    expect(hits.map((h) => h.key)).toEqual(['Hotjar']);
  });
  it('finds a renamed, self-hosted rrweb by markers and its compressed uploads', () => {
    const rec = 'https://www.library.example/js/ux-helper.js';
    const hits = run(obs([page({
      scripts: [script(rec, { markers: ['rrweb', 'key-listener'] })],
      requests: [req('https://metrics.library-stats.example/ingest', { method: 'POST', resourceType: 'fetch', postDataSize: 18_000, headers: { contentType: 'application/octet-stream' }, initiator: { type: 'script', url: rec, stack: [rec] } })],
    })]));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.explanation).toMatch(/recorder code, uploads recordings/);
  });
  it('recognises a serialised DOM in an upload from an unmarked script', () => {
    const body = JSON.stringify([{ type: 2, data: { node: { type: 0, childNodes: [{ tagName: 'html', childNodes: [] }] } } }]);
    const hits = run(obs([page({ requests: [req('https://rec.example/upload', { method: 'POST', resourceType: 'xhr', postData: body })] })]));
    expect(hits).toHaveLength(1);
  });
  it('stays silent on ordinary analytics posts and large uploads from non-recorder scripts', () => {
    const hits = run(obs([page({
      scripts: [script('https://www.library.example/app.js', { markers: ['key-listener', 'beacon'] })],
      requests: [
        req('https://www.library.example/api/holds', { method: 'POST', resourceType: 'fetch', postData: '{"item":"123","tagName":"x"}' }),
        req('https://www.library.example/upload', { method: 'POST', resourceType: 'fetch', postDataSize: 900_000, headers: { contentType: 'application/octet-stream' }, initiator: { type: 'script', url: 'https://www.library.example/app.js' } }),
      ],
    })]));
    expect(hits).toEqual([]);
  });
});
