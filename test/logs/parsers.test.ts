/**
 * LogFormat compilation and detection over every format the generator writes, timestamps, the ILS CSV
 * column resolution, and robot detection with the bundled COUNTER list.
 */
import { describe, expect, it } from 'vitest';
import { GEN_FORMATS, generate, type GenFormat } from '../../bench/gen-logs.js';
import { compileLogFormat, detectLogFormat } from '../../src/logs/formats/ezproxy.js';
import { COMBINED_FORMATS, detectCombined } from '../../src/logs/formats/combined.js';
import { parseColumnMap, resolveColumns, splitCsv } from '../../src/logs/formats/ils-csv.js';
import { createRobotMatcher } from '../../src/logs/robots.js';
import { COUNTER_ROBOT_PATTERNS } from '../../src/logs/data/counter-robots.js';
import { emptyEvent } from '../../src/logs/types.js';

describe('LogFormat parser', () => {
  it('reads the EZproxy default format', () => {
    const p = compileLogFormat('%h %l %u %t "%r" %s %b');
    const ev = emptyEvent();
    expect(p('192.0.2.1 - jdoe [10/Oct/2024:13:55:36 -0700] "GET http://www.jstor.org:80/stable/1 HTTP/1.1" 200 2326', ev)).toBeNull();
    expect(ev).toMatchObject({ ip: '192.0.2.1', user: 'jdoe', day: '2024-10-10', hour: 20, url: 'http://www.jstor.org:80/stable/1', status: 200 });
    expect(ev.time).toBe(Date.UTC(2024, 9, 10, 20, 55, 36)); // -0700: converted to UTC
  });

  it('reads session, groups, user agent, vhost, tabs and strftime times', () => {
    const ev = emptyEvent();
    const full = compileLogFormat('%v %h %{ezproxy-session}i %u %t "%r" %s %b "%{ezproxy-groups}i" "%{User-Agent}i" "%{Referer}i"');
    expect(full('ezp.example.edu 192.0.2.1 S123 - [01/Jan/2024:00:00:01 +0000] "GET /login HTTP/1.1" 302 0 "Default+Staff" "Mozilla/5.0 (X11)" "-"', ev)).toBeNull();
    expect(ev).toMatchObject({ vhost: 'ezp.example.edu', session: 'S123', user: '', groups: 'Default+Staff', userAgent: 'Mozilla/5.0 (X11)', status: 302 });
    const tab = compileLogFormat('%h\\t%u\\t%t\\t%r\\t%s\\t%b');
    expect(tab('192.0.2.1\tjdoe\t[01/Jan/2024:00:00:01 +0000]\tGET /a b HTTP/1.1\t200\t5', ev)).toBeNull();
    expect(ev.url).toBe('/a b');
    const iso = compileLogFormat('%h %u %{%Y-%m-%dT%H:%M:%S}t "%r" %s %b');
    expect(iso('192.0.2.1 - 2024-02-29T23:59:59 "GET /x HTTP/1.1" 200 1', ev)).toBeNull();
    expect(ev).toMatchObject({ day: '2024-02-29', hour: 23 });
  });

  it('gives a fixed reason for each kind of malformed line', () => {
    const p = compileLogFormat('%h %l %u %t "%r" %s %b');
    const ev = emptyEvent();
    expect(p('192.0.2.1 - jdoe [99/Foo/2024:13:55:36 -0700] "GET / HTTP/1.1" 200 1', ev)).toBe('bad timestamp');
    expect(p('192.0.2.1 - jdoe [10/Oct/2024:13:55:36 -0700] "GET / HTTP/1.1" 2x0 1', ev)).toBe('bad status code');
    expect(p('192.0.2.1 - jdoe [10/Oct/2024:13:55:36 -0700] "GET / HTTP/1.1" 200 1 extra', ev)).toBe('bad byte count');
    expect(p('192.0.2.1 - jdoe', ev)).toMatch(/^missing field/);
    const g = compileLogFormat('%h %u %t "%r" %s %b "%{ezproxy-groups}i"');
    expect(g('192.0.2.1 - [10/Oct/2024:13:55:36 -0700] "GET / HTTP/1.1" 200 1 "https://x.example/?q=a"', ev)).toBe('bad groups field');
  });

  it('refuses a format it cannot use', () => {
    expect(() => compileLogFormat('%h %u %s')).toThrow(/time directive/);
    expect(() => compileLogFormat('%h%u %t "%r"')).toThrow(/nothing between/);
  });

  it('detects the format of every generated EZproxy and combined variant', () => {
    const want: Record<string, string> = {
      'ezproxy-full': GEN_FORMATS['ezproxy-full'],
      'ezproxy-tab': GEN_FORMATS['ezproxy-tab'],
      'ezproxy-session': GEN_FORMATS['ezproxy-session'],
      'ezproxy-strftime': GEN_FORMATS['ezproxy-strftime'],
    };
    for (const [fmt, expected] of Object.entries(want)) {
      const lines: string[] = [];
      generate({ format: fmt as GenFormat, lines: 200, seed: 3 }, (l) => lines.push(l));
      expect(detectLogFormat(lines), fmt).toBe(expected);
    }
    const lines: string[] = [];
    generate({ format: 'combined', lines: 200, seed: 3 }, (l) => lines.push(l));
    expect(detectCombined(lines)).toBe(COMBINED_FORMATS.combined);
    expect(detectLogFormat(['not a log', 'at all'])).toBeUndefined();
  });
});

describe('ILS CSV', () => {
  it('splits quoted fields and rejects open quotes', () => {
    expect(splitCsv('a,"b,c","d ""e""",', ',')).toEqual(['a', 'b,c', 'd "e"', '']);
    expect(splitCsv('a,"b', ',')).toBeUndefined();
  });

  it('guesses common headers and honours an explicit mapping', () => {
    const g = resolveColumns('issuedate;borrowernumber;itemnumber;branchcode;categorycode;type');
    expect(g).toEqual({ delim: ';', index: { date: 0, patron: 1, item: 2, location: 3, group: 4, action: 5 } });
    const m = resolveColumns('When,Who,What', parseColumnMap('date=When,patron=Who,item=What'));
    expect(m.index).toMatchObject({ date: 0, patron: 1, item: 2 });
    expect(() => resolveColumns('a,b', {})).toThrow(/date column/);
    expect(() => parseColumnMap('colour=red')).toThrow(/role/);
  });
});

describe('COUNTER robots list', () => {
  it('is bundled in full and matches known robots, not browsers', () => {
    expect(COUNTER_ROBOT_PATTERNS.length).toBeGreaterThan(250);
    const isRobot = createRobotMatcher();
    for (const ua of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'python-requests/2.31.0', 'curl/8.5.0', 'Wget/1.21', '-']) expect(isRobot(ua), ua).toBe(true);
    for (const ua of ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0']) expect(isRobot(ua), ua).toBe(false);
  });
});
