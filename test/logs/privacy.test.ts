/**
 * No identifier in any output. Logs are generated with planted IP addresses, usernames, barcodes, session
 * ids, emails, phone numbers and search terms in query strings; every output (CSV, JSON, HTML report,
 * stdout, stderr) is searched for each of them, with k=1 so no suppression hides a leak.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, type GenFormat } from '../../bench/gen-logs.js';
import { COUNTER_FORMAT, FIXTURES, allOutput, cli, tempDir } from './helpers.js';

function check(out: string, planted: Iterable<string>): string[] {
  return [...planted].filter((p) => out.includes(p));
}

describe('no identifier in any output', () => {
  it('hand-made fixture: CSV, JSON, HTML, stdout and stderr', async () => {
    const out = tempDir();
    const r = await cli(['logs', join(FIXTURES, 'ezproxy-counter.log'), '--log-format', COUNTER_FORMAT, '--k', '1', '--by', 'day', '--report', 'html,json', '--out', out]);
    expect(r.code).toBe(0);
    const all = allOutput(out) + r.stdout + r.stderr;
    expect(all).toContain('www.jstor.org'); // the statistics are there...
    const planted = ['192.0.2.10', '198.51.100.7', '203.0.113.9', '192.0.2.44', 'jdoe42', 'msmith', '21234567890123', 'SESS1ABCDEF', 'SESS2QRSTUV', 'jane%40example.org', 'jane@example.org', 'bob@example.com', '555-867-5309', 'cancer+treatment', 'cancer treatment', 'q=', 'email=', 'phone='];
    expect(check(all, planted)).toEqual([]); // ...and nothing that points to a patron
    const csv = readFileSync(join(out, 'logs-stats.csv'), 'utf8');
    expect(csv).not.toMatch(/[?=@]/);
  });

  const formats: [GenFormat, string[]][] = [
    ['ezproxy-full', []], ['ezproxy-default', []], ['ezproxy-tab', []], ['combined', ['--format', 'combined']],
    ['ezproxy-strftime', ['--log-format', '%h %{ezproxy-session}i %u %{%Y-%m-%d %H:%M:%S}t "%r" %s %b']], ['ils-csv', ['--format', 'ils-csv']],
  ];
  for (const [format, args] of formats) {
    it(`generated ${format} log with planted identifiers`, async () => {
      const dir = tempDir();
      const planted = new Set<string>();
      const lines: string[] = [];
      generate({ format, lines: 6000, seed: 11, planted, patrons: 200, malformedRate: 0.01 }, (l) => lines.push(l));
      const file = join(dir, `${format}.log`);
      writeFileSync(file, lines.join('\n') + '\n');
      const out = join(dir, 'out');
      const r = await cli(['logs', file, '--k', '1', '--by', 'day', '--report', 'html,json', '--out', out, ...args]);
      expect(r.code).toBe(0);
      const stats = JSON.parse(readFileSync(join(out, 'logs-stats.json'), 'utf8'));
      expect(stats.parsed).toBeGreaterThan(5000);
      expect(stats.malformed).toBeGreaterThan(10); // the planted malformed lines were seen...
      expect(stats.parsed + stats.malformed + stats.blank + stats.headers).toBe(stats.lines); // no line vanished
      const all = allOutput(out) + r.stdout + r.stderr;
      expect(planted.size).toBeGreaterThan(200);
      expect(check(all, planted)).toEqual([]); // ...and none of their content escaped
      expect(readFileSync(join(out, 'logs-stats.csv'), 'utf8')).not.toMatch(/[?=@]/);
    });
  }
});
