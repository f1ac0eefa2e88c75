/**
 * Unit tests for the Node-side merging of hook batches: aggregation per (api, caller, frame, worker), bounds,
 * decoy redaction, storage deduplication and tolerance of malformed input from a hostile page.
 */
import { describe, expect, it } from 'vitest';
import { ApiAggregator, decoyRedactor, type HookBatch } from './aggregate.js';

const T0 = 1_000_000;
const site = { scriptUrl: 'https://cdn.example/fp.js', line: 3, column: 7 };
const batch = (b: Partial<HookBatch>): string => JSON.stringify({ records: [], storage: [], cookies: [], dropped: 0, ...b });
const rec = (over: Partial<HookBatch['records'][number]> = {}): HookBatch['records'][number] => ({
  api: 'HTMLCanvasElement.prototype.toDataURL', caller: site, where: 'https://lib.example/', worker: false, count: 1, t: T0 + 50, args: [], ...over,
});

describe('ApiAggregator', () => {
  it('merges records of the same api, caller and frame across batches, keeping the first time', () => {
    const agg = new ApiAggregator(T0, (s) => s);
    agg.add(batch({ records: [rec({ args: ['a'], count: 2 })] }), {});
    agg.add(batch({ records: [rec({ args: ['a', 'b'], t: T0 + 90 })] }), {});
    agg.add(batch({ records: [rec({ where: 'https://other.example/' })] }), {});
    const calls = agg.apiCalls();
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ count: 3, t: 50, args: ['a', 'b'], frameUrl: 'https://lib.example/' });
    expect(calls[1]!.frameUrl).toBe('https://other.example/');
  });

  it('puts worker records under the worker URL, with the page as frame', () => {
    const agg = new ApiAggregator(T0, (s) => s);
    agg.add(batch({ records: [rec({ worker: true, where: 'https://lib.example/w.js' })] }), { workerUrl: 'https://lib.example/w.js', frameUrl: 'https://lib.example/' });
    expect(agg.apiCalls()[0]).toMatchObject({ workerUrl: 'https://lib.example/w.js', frameUrl: 'https://lib.example/' });
  });

  it('bounds argument lists and counts distinct fonts for font probing', () => {
    const agg = new ApiAggregator(T0, (s) => s);
    const fonts = Array.from({ length: 40 }, (_, i) => `Font${i}`);
    agg.add(batch({ records: [rec({ api: 'CanvasRenderingContext2D.prototype.measureText', args: fonts, count: 40 })] }), {});
    const [call] = agg.apiCalls();
    expect(call!.args).toHaveLength(20);
    expect(call!.detail?.distinctFonts).toBe(40);
  });

  it('redacts decoys from frame URLs, args, details, storage keys and cookie names', () => {
    const redact = decoyRedactor([{ id: 'd1', text: 'coping with grief' }]);
    const agg = new ApiAggregator(T0, redact);
    agg.add(batch({
      records: [rec({ where: 'https://lib.example/search?q=coping+with+grief', args: ['coping with grief'], detail: { drawnText: 'x coping%20with%20grief' } })],
      storage: [{ kind: 'localStorage', origin: 'https://lib.example', key: 'last:coping with grief', valueLength: 3, caller: site, t: T0 }],
      cookies: [{ name: 'coping with grief', caller: site, t: T0 }],
    }), {});
    const text = JSON.stringify([agg.apiCalls(), agg.storage(), agg.cookieWrites]);
    expect(text).not.toMatch(/grief/);
    expect(text).toContain('[decoy:d1]');
  });

  it('deduplicates storage writes per key and keeps cookie writes with their caller', () => {
    const agg = new ApiAggregator(T0, (s) => s);
    const s = { kind: 'localStorage' as const, origin: 'https://lib.example', key: 'uid', valueLength: 8, caller: site, t: T0 + 5 };
    agg.add(batch({ storage: [s, s], cookies: [{ name: '_ga', caller: site, t: T0 + 7 }] }), { frameUrl: 'https://lib.example/' });
    expect(agg.storage()).toEqual([{ kind: 'localStorage', origin: 'https://lib.example', key: 'uid', valueLength: 8, caller: site, t: 5 }]);
    expect(agg.cookieWrites).toEqual([{ name: '_ga', caller: site, frameUrl: 'https://lib.example/', t: 7 }]);
  });

  it('ignores malformed batches from a hostile page', () => {
    const agg = new ApiAggregator(T0, (s) => s);
    for (const junk of [JSON.stringify({ records: [], storage: 5, cookies: [null] }), '"tampered"', '{', 'null', '{"records":5}', JSON.stringify({ records: [{ api: 1, caller: null }] })]) agg.add(junk, {});
    expect(agg.apiCalls().every((c) => typeof c.api === 'string')).toBe(true);
    expect(agg.storage()).toEqual([]);
  });
});
