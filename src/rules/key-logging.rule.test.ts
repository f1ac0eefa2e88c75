import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page, req } from '../../test/rules/build-obs.js';
import { keyLogging } from './key-logging.rule.js';

const run = (o: ReturnType<typeof obs>) => keyLogging.run({ obs: o, views: viewsOf(o) });
const early = { decoyId: 'search', channel: 'body' as const, encoding: 'base64' as const, beforeSubmit: true };

describe('key-logging', () => {
  it('reports typed text leaving for a third party before submit, over any channel', () => {
    const o = obs([page({
      requests: [req('https://collect.keys.example/k', { method: 'POST', resourceType: 'beacon', beacon: true, phase: 'interaction', decoyHits: [early] })],
      webSockets: [{ url: 'wss://ws.keys2.example/s', sent: [], receivedCount: 0, decoyHits: [{ ...early, decoyId: 'email', channel: 'websocket', encoding: 'keystrokes', partial: true }] }],
    })]);
    const hits = run(o);
    expect(hits.map((h) => [h.severity, h.entity?.domains?.[0]])).toEqual([['critical', 'keys.example'], ['critical', 'keys2.example']]);
  });
  it('reports the site\u2019s own autocomplete as info/pass, and an unechoed first-party send for review', () => {
    const o = obs([page({ requests: [
      req('https://www.library.example/suggest?q=[decoy:search]', { resourceType: 'fetch', phase: 'interaction', decoyHits: [{ ...early, channel: 'url', encoding: 'plain' }], response: { status: 200, echoesDecoy: true } }),
      req('https://www.library.example/log', { method: 'POST', resourceType: 'fetch', phase: 'interaction', decoyHits: [{ ...early, decoyId: 'email' }], response: { status: 204 } }),
    ] })]);
    const hits = run(o);
    expect(hits.map((h) => [h.severity, h.outcome])).toEqual([['info', 'pass'], ['high', 'needs-review']]);
  });
  it('ignores decoys sent only after the patron submitted', () => {
    const o = obs([page({ requests: [req('https://www.library.example/search?q=[decoy:search]', { resourceType: 'document', phase: 'after-submit', decoyHits: [{ ...early, channel: 'url', beforeSubmit: false }] })] })]);
    expect(run(o)).toEqual([]);
  });
});

describe('key-logging autocomplete prefixes', () => {
  it('treats prefixes sent to an endpoint that echoed the full decoy as the autocomplete', () => {
    const partial = { decoyId: 'search', channel: 'url' as const, encoding: 'plain' as const, beforeSubmit: true, partial: true };
    const o = obs([page({ requests: [
      req('https://www.library.example/suggest?q=dia', { resourceType: 'fetch', decoyHits: [partial], response: { status: 200 } }),
      req('https://www.library.example/suggest?q=[decoy:search]', { resourceType: 'fetch', decoyHits: [{ ...partial, partial: false }], response: { status: 200, echoesDecoy: true } }),
    ] })]);
    expect(run(o).map((h) => h.outcome)).toEqual(['pass', 'pass']);
  });
});
