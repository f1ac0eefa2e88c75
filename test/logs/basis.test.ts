/**
 * Time basis, exact "(other)" rows and multi-line CSV records, against hand counts: timestamps with mixed
 * UTC offsets land in the right UTC day and hour, a session in two merged cells counts once in "(other)",
 * and an RFC 4180 record with line breaks in a quoted field parses without shifting later line numbers.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CsvRecords } from '../../src/logs/formats/ils-csv.js';
import { computeLogStats, type LogStatsOptions } from '../../src/logs/stats.js';
import { compileStrftime, parseClf, parseLooseDate, type TimeParts } from '../../src/logs/time.js';
import { COUNTER_FORMAT } from './helpers.js';

const source = (name: string, text: string) => [{ name, open: () => Readable.from([Buffer.from(text)]) }];
const line = (session: string, user: string, time: string, url: string): string =>
  `192.0.2.1 ${session} ${user} [${time}] "GET ${url} HTTP/1.1" 200 100 "Default" "Mozilla/5.0 (X11)"`;
const web = (text: string, o: Partial<LogStatsOptions>) => computeLogStats(source('t.log', text), { format: 'ezproxy', logFormat: COUNTER_FORMAT, k: 1, by: 'day', ...o });

describe('time basis: UTC', () => {
  it('converts each timestamp with its own offset', () => {
    const tp: TimeParts = { ok: false, time: 0, day: '', hour: 0 };
    expect(parseClf('[10/Mar/2026:23:10:00 -0500]', tp)).toBe(true);
    expect(tp).toMatchObject({ time: Date.UTC(2026, 2, 11, 4, 10), day: '2026-03-11', hour: 4 });
    expect(parseClf('[01/Apr/2026:01:00:00 +0200]', tp)).toBe(true);
    expect(tp).toMatchObject({ day: '2026-03-31', hour: 23 }); // another month in UTC
    expect(parseClf('[01/Apr/2026:01:00:00 +02x0]', tp)).toBe(false);
    expect(compileStrftime('%Y-%m-%dT%H:%M:%S%z')('2026-03-10T23:10:00-0500', tp)).toBe(true);
    expect(tp).toMatchObject({ day: '2026-03-11', hour: 4 });
    expect(parseLooseDate('2026-03-10T23:10:00-05:00', tp)).toBe(true);
    expect(tp).toMatchObject({ day: '2026-03-11', hour: 4 });
    expect(parseLooseDate('2026-03-10 23:10:00', tp)).toBe(true); // no offset: taken as UTC
    expect(tp).toMatchObject({ day: '2026-03-10', hour: 23 });
  });

  it('counts a log with mixed offsets across midnight by UTC day and hour', async () => {
    // As written these are four user+hour sessions on two days. In UTC: the first two are 22:00 and
    // 22:20 on the 10th (one session, two items); the last two are 04:10 and 04:30 on the 11th (one
    // session, the same item twice, 20 minutes apart: 2 investigations, 1 unique).
    const text = [
      line('-', 'u1', '10/Mar/2026:22:00:00 +0000', 'https://p.example/article/1'),
      line('-', 'u1', '11/Mar/2026:00:20:00 +0200', 'https://p.example/article/2'),
      line('-', 'u1', '10/Mar/2026:23:10:00 -0500', 'https://p.example/article/3'),
      line('-', 'u1', '11/Mar/2026:05:30:00 +0100', 'https://p.example/article/3'),
    ].join('\n');
    const s = await web(text, {});
    expect(s.rows).toEqual([
      ['2026-03-10', 'p.example', 'Default', 1, 2, 2, 0, 0, 0],
      ['2026-03-11', 'p.example', 'Default', 1, 2, 1, 0, 0, 0],
    ]);
    expect(s.web!.lateEvents).toBe(0);
  });
});

describe('"(other)" counts distinct sessions', () => {
  // big.example: S4-S7 (4 sessions, kept at k=3 and k=4). Merged: a.example {S1, S2}, b.example {S1},
  // c.example {S3}: 4 by sum, 3 distinct sessions, 4 investigations.
  const text = [
    line('S1', '-', '05/Mar/2024:10:00:00 +0000', 'https://a.example/article/1'),
    line('S1', '-', '05/Mar/2024:10:01:00 +0000', 'https://b.example/article/1'),
    line('S2', '-', '05/Mar/2024:10:02:00 +0000', 'https://a.example/article/1'),
    line('S3', '-', '05/Mar/2024:10:03:00 +0000', 'https://c.example/article/1'),
    line('S4', '-', '05/Mar/2024:10:04:00 +0000', 'https://big.example/article/1'),
    line('S5', '-', '05/Mar/2024:10:05:00 +0000', 'https://big.example/article/1'),
    line('S6', '-', '05/Mar/2024:10:06:00 +0000', 'https://big.example/article/1'),
    line('S7', '-', '05/Mar/2024:10:07:00 +0000', 'https://big.example/article/1'),
  ].join('\n');

  it('a session in two merged cells counts once', async () => {
    const s = await web(text, { k: 3 });
    expect(s.rows).toEqual([
      ['2024-03-05', 'big.example', 'Default', 4, 4, 4, 0, 0, 0],
      ['2024-03-05', '(other)', '(other)', 3, 4, 4, 0, 0, 0],
    ]);
  });

  it('the threshold is tested on the distinct count (3 < 4: withheld, though the sum is 4)', async () => {
    const s = await web(text, { k: 4 });
    expect(s.rows).toEqual([
      ['2024-03-05', 'big.example', 'Default', 4, 4, 4, 0, 0, 0],
      ['2024-03-05', '(other)', '(other)', null, null, null, null, null, null],
    ]);
    expect(s.suppression).toEqual({ merged: 3, withheld: 1 });
  });

  it('also for ILS patrons in two merged branches', async () => {
    const csv = ['date,patron,branch,type', '2024-01-03,P1,A,issue', '2024-01-03,P1,B,issue', '2024-01-04,P2,A,issue', '2024-01-04,P3,C,issue', '2024-01-04,P4,C,issue', '2024-01-04,P5,C,issue'].join('\n');
    const s = await computeLogStats(source('l.csv', csv), { format: 'ils-csv', k: 3, by: 'month' });
    // C has 3 patrons; A {P1, P2} and B {P1} merge into 2 distinct patrons (3 by sum): withheld at k=3
    expect(s.rows).toEqual([
      ['2024-01', 'C', '(none)', 3, 3, 0, 0, 0],
      ['2024-01', '(other)', '(other)', null, null, null, null, null],
    ]);
  });
});

describe('RFC 4180 records in ILS exports', () => {
  const csv = [
    'issuedate,borrowernumber,itemnumber,branchcode,categorycode,type,note', // 1
    '2024-01-03 10:00:00,P1,I1,MAIN,ADULT,issue,plain', // 2
    '2024-01-03 11:00:00,P2,I2,MAIN,ADULT,issue,"first line of a note', // 3
    'second line, with a comma', // 4
    'third ""quoted"" line"', // 5
    '2024-01-04 09:00:00,P1,I1,MAIN,ADULT,renew,', // 6
    'not-a-date,P3,I3,MAIN,ADULT,issue,', // 7
    '2024-01-05 09:00:00,P3,I3,EAST,CHILD,issue,"one line, quoted"', // 8
    '2024-01-06 09:00:00,P4,I4,EAST,CHILD,issue,"never closed', // 9
    '2024-01-06 10:00:00,P5,I5,EAST,CHILD,issue,', // 10
  ].join('\r\n');

  it('a quoted field with line breaks is one record; later line numbers stay right', async () => {
    const s = await computeLogStats(source('loans.csv', csv), { format: 'ils-csv', k: 1, by: 'month' });
    expect(s.rows).toEqual([
      ['2024-01', 'EAST', 'CHILD', 2, 2, 0, 0, 0],
      ['2024-01', 'MAIN', 'ADULT', 2, 2, 1, 0, 0],
    ]);
    // line 9's quote never closes: reported by its line, and line 10 is still read as its own record
    expect(s.malformedLines).toEqual([
      { file: 'loans.csv', line: 7, reason: 'bad date' },
      { file: 'loans.csv', line: 9, reason: 'unbalanced quotes' },
    ]);
    // 10 lines = 1 header + 5 records parsed + 2 malformed + 2 lines continuing the record of line 3
    expect(s).toMatchObject({ lines: 10, headers: 1, parsed: 5, malformed: 2, continued: 2, blank: 0 });
  });

  it('an unclosed quote mid-file gives up after maxLines and resumes after the record start', () => {
    const got: [string | null, number][] = [];
    const r = new CsvRecords((rec, no) => got.push([rec, no]), 3);
    ['a,"open', 'b', 'c', 'd,"x', 'y"', 'e'].forEach((l, i) => r.push(l, i + 1));
    r.end();
    expect(got).toEqual([[null, 1], ['b', 2], ['c', 3], ['d,"x\ny"', 4], ['e', 6]]);
  });
});
