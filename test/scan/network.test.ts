/**
 * The network instrument across frames and workers, and what it must not invent: requests from a
 * cross-site iframe, a dedicated worker, a beacon, a WebSocket and a third-party script (with the script on
 * the initiator stack); and a quiet first-party page that must yield no third-party request, no cookie,
 * no decoy hit and no surveillance marker.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Observations } from '../../src/model/index.js';
import { scanFixture } from '../harness/scan-fixture.js';

let busy: Observations;
let quiet: Observations;

describe('network instrument', () => {
  beforeAll(async () => {
    busy = await scanFixture('network', { interact: false, config: { pageTimeoutMs: 30_000 } });
    quiet = await scanFixture('quiet', { config: { pages: 1, pageTimeoutMs: 30_000 } });
  }, 180_000);

  it('records requests of the page, a third-party script, an iframe and a worker', () => {
    const reqs = busy.visits[0]!.pages[0]!.requests;
    const collect = reqs.find((r) => r.url.includes('/collect?id=42'))!;
    expect(collect).toMatchObject({ method: 'POST', resourceType: 'fetch', response: { status: 204 } });
    expect(collect.initiator?.stack?.[0]).toMatch(/tracker\.example.*\/t\.js$/);
    expect(collect.postData).toContain('"page"');
    const inFrame = reqs.find((r) => r.url.endsWith('/in-frame'))!;
    expect(inFrame.frameUrl).toMatch(/tracker\.example.*\/frame\.html$/);
    const fromWorker = reqs.find((r) => r.url.includes('/from-worker'))!;
    expect(fromWorker.fromWorker).toBe(true);
    expect(fromWorker.initiator?.url).toMatch(/worker\.js$/);
  });

  it('records a beacon and WebSocket frames', () => {
    const page = busy.visits[0]!.pages[0]!;
    expect(page.requests.find((r) => r.url.endsWith('/beacon'))).toMatchObject({ beacon: true, method: 'POST', postData: 'hello=1' });
    expect(page.webSockets[0]!.url).toMatch(/^wss:\/\/tracker\.example:\d+\/_ws$/);
    expect(page.webSockets[0]!.sent[0]!.data).toBe('{"ev":"open"}');
    expect(page.webSockets[0]!.receivedCount).toBeGreaterThanOrEqual(1);
  });

  it('invents nothing on a quiet first-party page', () => {
    const pages = quiet.visits[0]!.pages;
    expect(pages.map((p) => p.role)).toEqual(['landing', 'other']);
    for (const p of pages) {
      expect(p.errors.filter((e) => e.code !== 'FID_INSTRUMENT')).toEqual([]);
      expect(p.requests.length).toBeGreaterThan(0);
      expect(p.requests.every((r) => new URL(r.url).hostname === 'plain.library.example')).toBe(true);
      expect(p.requests.flatMap((r) => r.decoyHits)).toEqual([]);
      expect(p.cookies).toEqual([]);
      expect(p.webSockets).toEqual([]);
      expect(p.scripts.flatMap((s) => s.markers)).toEqual([]);
      expect(p.dom?.globals ?? []).toEqual([]);
    }
    expect(pages[0]!.interaction?.searched).toBe(false);
  });
});
