/**
 * COUNTER counts against hand-computed expectations on `ezproxy-counter.log` (worked out below), plus
 * suppression, double-click and session rules, malformed-line reporting, gzip and stdin.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { computeLogStats, type LogStats } from '../../src/logs/stats.js';
import { WebAggregator } from '../../src/logs/aggregate.js';
import { createKeyedHasher } from '../../src/logs/hmac.js';
import { emptyEvent } from '../../src/logs/types.js';
import { expandInputs } from '../../src/logs/read.js';
import { COUNTER_FORMAT, FIXTURES, cli, tempDir } from './helpers.js';

const LOG = join(FIXTURES, 'ezproxy-counter.log');
const COLS = ['period', 'platform', 'group', 'sessions', 'totalItemInvestigations', 'uniqueItemInvestigations', 'totalItemRequests', 'uniqueItemRequests', 'searches'];

/*
 * Hand count, 2024-03-05:
 * jstor/Default — sessions: SESS1, 203.0.113.9+UA at 13h, the same at 14h (new hour = new session), msmith
 *   at 15h (user + hour, across two IPs) = 4. Investigations: SESS1 10:00 and 10:01 (10:00:20 is a
 *   double-click), the PDF at 10:02 (a request is also an investigation) = 3; 13h 1; 14h 1; msmith 2 = 7.
 *   Unique: SESS1 /stable/1001 and the PDF = 2, +1 +1 +1 = 5. Requests 1/1. Searches: 10:03 (10:03:10 is a
 *   double-click) = 1. Excluded: the CSS asset, the 404, the python-requests robot.
 * wiley/Staff — SESS2: /doi/10.1002/abc and the PDF (304 counts) = 2 investigations, 2 unique, 1 request.
 * jstor/Staff — SESS2 /stable/1001 = 1 investigation.
 */
const EXPECTED = [
  ['2024-03-05', 'onlinelibrary.wiley.com', 'Staff', 1, 2, 2, 1, 1, 0],
  ['2024-03-05', 'www.jstor.org', 'Default', 4, 7, 5, 1, 1, 1],
  ['2024-03-05', 'www.jstor.org', 'Staff', 1, 1, 1, 0, 0, 0],
];

async function stats(k: number, extra: Partial<Parameters<typeof computeLogStats>[1]> = {}, files = [LOG]): Promise<LogStats> {
  return computeLogStats(await expandInputs(files), { format: 'ezproxy', logFormat: COUNTER_FORMAT, k, by: 'day', ...extra });
}

describe('COUNTER counts', () => {
  it('match the hand count with k=1', async () => {
    const s = await stats(1);
    expect(s.columns).toEqual(COLS);
    expect(s.rows).toEqual(EXPECTED);
    expect(s.web).toMatchObject({ events: 16, robots: 1, excludedStatus: 1, staticAssets: 1, doubleClicks: 2 });
    expect(s).toMatchObject({ lines: 19, parsed: 16, malformed: 2, blank: 1 });
  });

  it('detect the LogFormat when none is given, with the same counts', async () => {
    const s = await computeLogStats(await expandInputs([LOG]), { format: 'ezproxy', k: 1, by: 'day' });
    expect(s.files[0]!.logFormat).toBe(COUNTER_FORMAT);
    expect(s.rows).toEqual(EXPECTED);
  });

  it('roll days up into months', async () => {
    const s = await stats(1, { by: 'month' });
    expect(s.rows.map((r) => r[0])).toEqual(['2024-03', '2024-03', '2024-03']);
    expect(s.rows.map((r) => r.slice(3))).toEqual(EXPECTED.map((r) => r.slice(3)));
  });

  it('the 30-second double-click filter chains clicks and keys on session, item and metric type', () => {
    const agg = new WebAggregator({ by: 'day', hasher: createKeyedHasher() });
    const ev = emptyEvent();
    const click = (sec: number, session: string, url: string): void => {
      Object.assign(ev, { time: Date.UTC(2024, 0, 1, 9, 0, sec), day: '2024-01-01', hour: 9, session, url, status: 200 });
      agg.add(ev);
    };
    click(0, 'A', 'https://p.example/article/1');
    click(25, 'A', 'https://p.example/article/1'); // double-click of 0
    click(50, 'A', 'https://p.example/article/1'); // double-click of 25 (chained), although 50 s after the first
    click(81, 'A', 'https://p.example/article/1'); // 31 s after the last: counts again, not unique
    click(82, 'B', 'https://p.example/article/1'); // another session: counts, unique
    click(83, 'A', 'https://p.example/article/2'); // another item: counts, unique
    const [c] = agg.finish();
    expect(c).toMatchObject({ sessions: 2, totalItemInvestigations: 4, uniqueItemInvestigations: 3 });
    expect(agg.totals.doubleClicks).toBe(2);
  });

  it('session rules: session id beats username beats IP + user agent; the hour splits non-session keys', () => {
    const agg = new WebAggregator({ by: 'day', hasher: createKeyedHasher() });
    const ev = emptyEvent();
    let minute = 0; // each hit a minute apart, so no double-click filtering interferes
    const hit = (h: number, f: Partial<typeof ev>): void => {
      Object.assign(ev, { session: '', user: '', ip: '', userAgent: '', ...f, time: Date.UTC(2024, 0, 1, h, minute++), day: '2024-01-01', hour: h, url: 'https://p.example/article/1', status: 200 });
      agg.add(ev);
    };
    hit(9, { session: 'S', user: 'u1', ip: '192.0.2.1' });
    hit(11, { session: 'S', user: 'u2', ip: '192.0.2.2' }); // same session id, other hour and user: same session
    hit(9, { user: 'u1', ip: '192.0.2.3' });
    hit(9, { user: 'u1', ip: '192.0.2.4' }); // same user and hour, other IP: same session
    hit(10, { user: 'u1', ip: '192.0.2.4' }); // next hour: new session
    hit(9, { ip: '192.0.2.9', userAgent: 'UA1' });
    hit(9, { ip: '192.0.2.9', userAgent: 'UA2' }); // other browser on the same IP: new session
    expect(agg.finish()[0]).toMatchObject({ sessions: 5, uniqueItemInvestigations: 5, totalItemInvestigations: 7 });
  });
});

describe('small-cell suppression', () => {
  it('k=2 merges the two one-session cells into "(other)": both are SESS2, one distinct session, so it is withheld', async () => {
    const s = await stats(2);
    expect(s.rows).toEqual([
      ['2024-03-05', 'www.jstor.org', 'Default', 4, 7, 5, 1, 1, 1],
      ['2024-03-05', '(other)', '(other)', null, null, null, null, null, null],
    ]);
    expect(s.suppression).toEqual({ merged: 2, withheld: 1 });
  });

  it('k=3 withholds the "(other)" row that stays below k', async () => {
    const s = await stats(3);
    expect(s.rows[1]).toEqual(['2024-03-05', '(other)', '(other)', null, null, null, null, null, null]);
    expect(s.suppression).toEqual({ merged: 2, withheld: 1 });
  });

  it('k=5 merges everything; the merged row passes with 5 distinct sessions (SESS2 counted once)', async () => {
    const s = await stats(5);
    expect(s.rows).toEqual([['2024-03-05', '(other)', '(other)', 5, 10, 8, 2, 2, 1]]);
  });

  it('noise changes counts but never makes them negative or fractional', async () => {
    const s = await stats(1, { noiseEpsilon: 0.1 });
    const nums = s.rows.flatMap((r) => r.slice(3)) as number[];
    expect(nums.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
    // with scale 10 on 18 numbers, all equal to the exact ones is vanishingly unlikely
    expect(s.rows).not.toEqual(EXPECTED);
  });
});

describe('malformed lines', () => {
  it('are counted and reported by line number and reason, never by content', async () => {
    const s = await stats(1);
    expect(s.malformedLines).toEqual([
      { file: 'ezproxy-counter.log', line: 17, reason: 'missing field 4 (time)' },
      { file: 'ezproxy-counter.log', line: 18, reason: 'missing field 4 (time)' },
    ]);
    const out = tempDir();
    const r = await cli(['logs', LOG, '--log-format', COUNTER_FORMAT, '--k', '1', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('line 17');
    expect(r.stderr).toContain('line 18');
    expect(r.stderr + r.stdout).not.toContain('bob@example.com');
    expect(r.stdout).toContain('2 malformed');
  });

  it('an overlong line is reported, not buffered, and the next lines still count', async () => {
    const dir = tempDir();
    const f = join(dir, 'long.log');
    const lines = readFileSync(LOG, 'utf8').split('\n');
    writeFileSync(f, [lines[0], 'x'.repeat(3 << 20), lines[2]].join('\n'));
    const s = await stats(1, {}, [f]);
    expect(s.malformedLines).toEqual([{ file: 'long.log', line: 2, reason: 'line too long' }]);
    expect(s.parsed).toBe(2);
  });

  it('a file in no known format is reported as such and every line counted as malformed', async () => {
    const s = await computeLogStats([{ name: 'x.log', open: () => Readable.from([Buffer.from('a b c\nd e f\n')]) }], { format: 'ezproxy', k: 1, by: 'day' });
    expect(s.malformed).toBe(2);
    expect(s.files[0]!.error).toMatch(/no known log format/);
  });
});

describe('inputs', () => {
  it('gzip gives the same counts as plain text', async () => {
    const dir = tempDir();
    const gz = join(dir, 'ezproxy.log.gz');
    writeFileSync(gz, gzipSync(readFileSync(LOG)));
    expect((await stats(1, {}, [gz])).rows).toEqual(EXPECTED);
  });

  it('stdin (plain and gzip) gives the same counts through the CLI', async () => {
    for (const input of [readFileSync(LOG), gzipSync(readFileSync(LOG))]) {
      const out = tempDir();
      const r = await cli(['logs', '-', '--log-format', COUNTER_FORMAT, '--k', '1', '--by', 'day', '--out', out], input);
      expect(r.code).toBe(0);
      const csv = readFileSync(join(out, 'logs-stats.csv'), 'utf8').trim().split('\n');
      expect(csv.slice(1)).toEqual(EXPECTED.map((r) => r.join(',')));
    }
  });

  it('the real executable reads stdin', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'src', 'cli', 'bin.ts'), 'logs', '-', '--k', '1', '--by', 'day', '--out', tempDir()], { input: gzipSync(readFileSync(LOG)), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('19 lines, 16 parsed, 2 malformed, 1 blank');
  });

  it('globs expand to every matching file, and counts add up', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.log'), readFileSync(LOG));
    writeFileSync(join(dir, 'b.log.gz'), gzipSync(readFileSync(LOG)));
    const s = await stats(1, {}, [join(dir, '*.log*')]);
    expect(s.files.map((f) => f.name)).toEqual(['a.log', 'b.log.gz']);
    expect(s.parsed).toBe(32);
  });

  it('an unusable --log-format is a usage error', async () => {
    const r = await cli(['logs', LOG, '--log-format', '%h %u %s']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('time directive');
  });

  it('a missing file is a clear error, not a crash', async () => {
    const r = await cli(['logs', join(tempDir(), 'nope.log')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('FID_FILE_UNREADABLE');
  });
});
