/**
 * Streaming and bounded state: at most two day windows are ever open, the largest window does not grow
 * with the number of days read, identifiers are dropped when their window closes, and the line reader
 * delivers a multi-megabyte gzip stream from small chunks without holding it.
 */
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WebAggregator } from '../../src/logs/aggregate.js';
import { createKeyedHasher } from '../../src/logs/hmac.js';
import { readLines } from '../../src/logs/read.js';
import { emptyEvent } from '../../src/logs/types.js';

function feed(days: number): { agg: WebAggregator; maxOpen: number } {
  const agg = new WebAggregator({ by: 'month', hasher: createKeyedHasher() });
  const ev = emptyEvent();
  let maxOpen = 0;
  for (let d = 0; d < days; d++) {
    for (let i = 0; i < 2000; i++) {
      const t = Date.UTC(2024, 0, 1 + d, 8, 0, i * 10);
      const day = new Date(t).toISOString().slice(0, 10);
      Object.assign(ev, { time: t, day, hour: new Date(t).getUTCHours(), session: `S${i % 300}`, url: `https://p.example/article/${i % 50}`, status: 200 });
      agg.add(ev);
      maxOpen = Math.max(maxOpen, agg.openWindows);
    }
  }
  return { agg, maxOpen };
}

describe('bounded state', () => {
  it('keeps at most two day windows open, whatever the number of days', () => {
    const one = feed(1);
    const many = feed(40);
    expect(many.maxOpen).toBeLessThanOrEqual(2);
    const cells = many.agg.finish();
    expect(many.agg.openWindows).toBe(0);
    // the largest window holds one day's sessions and items: the same for 1 day as for 40 days
    const fin = one.agg.finish();
    expect(many.agg.totals.peakWindowEntries).toBe(one.agg.totals.peakWindowEntries);
    expect(many.agg.totals.windowsClosed).toBe(40);
    // cells are per period and platform, not per event: two months, one platform
    expect(cells.length).toBe(2);
    expect(fin.length).toBe(1);
    expect(cells.reduce((n, c) => n + c.totalItemInvestigations, 0)).toBe(40 * 2000);
  });

  it('counts a day that reappears after its window closed as late, not silently', () => {
    const agg = new WebAggregator({ by: 'day', hasher: createKeyedHasher() });
    const ev = emptyEvent();
    for (const d of [1, 2, 3, 4, 1]) {
      Object.assign(ev, { time: Date.UTC(2024, 0, d, 9), day: `2024-01-0${d}`, hour: 9, session: 'S', url: 'https://p.example/article/1', status: 200 });
      agg.add(ev);
    }
    expect(agg.totals.lateEvents).toBe(1);
    expect(agg.finish().reduce((n, c) => n + c.totalItemInvestigations, 0)).toBe(5);
  });

  it('the keyed hasher cannot be used after its key is destroyed', () => {
    const h = createKeyedHasher();
    const a = h.hash('192.0.2.1');
    expect(a).toHaveLength(16);
    expect(createKeyedHasher().hash('192.0.2.1')).not.toBe(a); // a fresh random key per run
    h.dispose();
    expect(() => h.hash('192.0.2.1')).toThrow();
  });
});

describe('line reader', () => {
  it('reads a gzip stream in small chunks, with CRLF and a last line without newline', async () => {
    const body = Array.from({ length: 200_000 }, (_, i) => `line ${i}`).join('\r\n');
    const gz = gzipSync(body);
    const chunks = Array.from({ length: Math.ceil(gz.length / 1000) }, (_, i) => gz.subarray(i * 1000, (i + 1) * 1000));
    let count = 0;
    let last = '';
    let bad = 0;
    const n = await readLines(Readable.from(chunks), (line, no) => {
      if (line === null || line !== `line ${no - 1}`) bad++;
      count++;
      last = line ?? '';
    });
    expect(n).toBe(200_000);
    expect(count).toBe(200_000);
    expect(bad).toBe(0);
    expect(last).toBe('line 199999');
  });

  it('splits multi-byte UTF-8 correctly across chunk boundaries', async () => {
    const text = 'caf\u00e9 \u00fcber\n\u65e5\u672c\n';
    const buf = Buffer.from(text);
    const lines: string[] = [];
    await readLines(Readable.from([...buf].map((b) => Buffer.from([b]))), (l) => { lines.push(l ?? ''); });
    expect(lines).toEqual(['caf\u00e9 \u00fcber', '\u65e5\u672c']);
  });

  it('decodes a character cut at a 64 KiB decoding boundary inside one large read, and ASCII around it', async () => {
    const first = 'a'.repeat(65535) + '\u00e9'; // the two bytes of é straddle byte 65,536
    const buf = Buffer.from(`${first}\n\u65e5\u672c x\nplain\n`);
    const lines: string[] = [];
    await readLines(Readable.from([buf]), (l) => { lines.push(l ?? ''); });
    expect(lines).toEqual([first, '\u65e5\u672c x', 'plain']);
  });

  it('stops early when asked', async () => {
    const n = await readLines(Readable.from([Buffer.from('a\nb\nc\nd\n')]), (_l, no) => no < 2);
    expect(n).toBe(2);
  });
});
