/**
 * The aggregator's caches and reused tables must not change a count: the class cache keeps the item that
 * found it full, and a day's cell index taken back from the pool of closed windows starts empty.
 */
import { describe, expect, it } from 'vitest';
import { WebAggregator, type AggregateOptions } from './aggregate.js';
import { createKeyedHasher } from './hmac.js';
import { emptyEvent } from './types.js';

function aggregator(opts: Partial<AggregateOptions> = {}): { agg: WebAggregator; hit: (day: number, session: string, path: string, minute?: number) => void } {
  const agg = new WebAggregator({ by: 'day', hasher: createKeyedHasher(), ...opts });
  const ev = emptyEvent();
  const hit = (day: number, session: string, path: string, minute = 0): void => {
    const t = Date.UTC(2024, 0, day, 9, minute);
    Object.assign(ev, { time: t, day: new Date(t).toISOString().slice(0, 10), hour: 9, session, url: `https://p.example${path}`, status: 200 });
    agg.add(ev);
  };
  return { agg, hit };
}

describe('class cache', () => {
  it('stores the item that finds it full (after emptying it)', () => {
    const { agg, hit } = aggregator({ classCacheMax: 2 });
    hit(1, 'S', '/article/a');
    hit(1, 'S', '/article/b');
    expect(agg.classCacheEntries).toBe(2);
    hit(1, 'S', '/pdf/c'); // full: emptied, then /pdf/c kept
    expect(agg.classCacheEntries).toBe(1);
    hit(1, 'S', '/search?q=d');
    expect(agg.classCacheEntries).toBe(2);
  });

  it('counts the same with a cache that keeps emptying as with the default one', () => {
    const run = (opts: Partial<AggregateOptions>): unknown => {
      const { agg, hit } = aggregator(opts);
      const paths = ['/article/1', '/pdf/2', '/search?q=x', '/about', '/article/1?q=y', '/style.css', '/book/3', '/download/4'];
      for (let day = 1; day <= 4; day++) for (let i = 0; i < 40; i++) hit(day, `S${i % 7}`, paths[(i * day) % paths.length]!, i);
      return { cells: agg.finish(), totals: agg.totals };
    };
    expect(run({ classCacheMax: 3 })).toEqual(run({}));
  });
});

describe('pooled cell index', () => {
  it('a day window reusing a closed day\'s tables counts into its own cells', () => {
    // days 1-5, day d with d sessions: from day 4 on, windows take the tables of days 1 and 2 from the pool
    const { agg, hit } = aggregator();
    for (let day = 1; day <= 5; day++) for (let s = 0; s < day; s++) hit(day, `D${day}S${s}`, '/article/1', s);
    expect(agg.totals.windowsClosed).toBe(3); // days 1-3 closed while reading: their tables were reused
    const rows = agg.finish().map((c) => [c.period, c.sessions, c.totalItemInvestigations]);
    expect(rows).toEqual([1, 2, 3, 4, 5].map((d) => [`2024-01-0${d}`, d, d]));
  });

  it('also with two platforms and groups whose cells differ from day to day', () => {
    const agg = new WebAggregator({ by: 'day', hasher: createKeyedHasher(), lateDays: 0 });
    const ev = emptyEvent();
    const hit = (day: number, host: string, groups: string): void => {
      const t = Date.UTC(2024, 0, day, 9);
      Object.assign(ev, { time: t, day: `2024-01-0${day}`, hour: 9, session: `${day}${host}${groups}`, url: `https://${host}/article/1`, groups, status: 200 });
      agg.add(ev);
    };
    hit(1, 'a.example', 'Staff');
    hit(1, 'b.example', 'Default');
    hit(2, 'b.example', 'Default');
    hit(3, 'a.example', 'Staff'); // day 3 takes day 1's tables (lateDays 0)
    hit(3, 'a.example', 'Staff');
    const rows = agg.finish().map((c) => `${c.period} ${c.platform} ${c.group} ${c.sessions}`);
    expect(rows).toEqual(['2024-01-01 a.example Staff 1', '2024-01-01 b.example Default 1', '2024-01-02 b.example Default 1', '2024-01-03 a.example Staff 1']);
  });
});
