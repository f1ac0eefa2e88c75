/**
 * `fiduciary report diff|render`, run in-process through the CLI dispatcher: outputs, files written, and
 * clear errors with the documented exit codes for wrong formats and unreadable or foreign files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { RESULTS_DIR } from './samples.js';

const dir = mkdtempSync(join(tmpdir(), 'fid-report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (f: (s: string) => void) => new Writable({ write: (c, _e, cb) => (f(String(c)), cb()) });
  const code = await main(argv, { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), env: {}, cwd: RESULTS_DIR });
  return { code, out, err };
}

describe('fiduciary report', () => {
  it('diff prints text by default, JSON on request, and writes HTML to --out', async () => {
    const text = await cli('report', 'diff', 'scan.json', 'scan-later.json');
    expect(text.code).toBe(0);
    expect(text.out).toContain('1 new, 2 fixed, 9 unchanged');
    expect(text.out).toMatch(/New problems \(1\)\n {2}\[medium\] Chat widget/);
    const json = await cli('report', 'diff', 'scan.json', 'scan-later.json', '--format', 'json');
    expect(JSON.parse(json.out).counts).toEqual({ new: 1, fixed: 2, unchanged: 9 });
    const html = await cli('report', 'diff', 'scan.json', 'scan-later.json', '--format', 'html', '--out', join(dir, 'diff.html'));
    expect(html.out).toContain(`Written to ${join(dir, 'diff.html')}`);
    expect(readFileSync(join(dir, 'diff.html'), 'utf8')).toContain('<h2 id="h-fixed">Fixed since last audit (2)</h2>');
    const swapped = await cli('report', 'diff', 'scan-later.json', 'scan.json');
    expect(swapped.err).toContain('warning: The NEW result is older');
  });

  it('render writes the requested formats', async () => {
    const r = await cli('report', 'render', 'review.json', '--format', 'html,csv', '--out', join(dir, 'out'), '--name', 'vendor');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toEqual([join(dir, 'out', 'vendor.html'), join(dir, 'out', 'vendor.csv')]);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['vendor.csv', 'vendor.html']);
    // Screenshots referenced by the result travel with it to the new directory.
    await cli('report', 'render', 'scan.json', '--format', 'html', '--out', join(dir, 'scan-out'));
    expect(readdirSync(join(dir, 'scan-out', 'screenshots')).sort()).toEqual(['account-face-checkin.png', 'search-results.png']);
  });

  it('fails with clear messages and exit codes', async () => {
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}');
    const usage = await cli('report', 'render', 'review.json', '--format', 'docx');
    expect([usage.code, usage.err]).toEqual([2, expect.stringContaining('Unknown report format "docx"')]);
    expect((await cli('report', 'diff', 'scan.json')).code).toBe(2);
    expect((await cli('report', 'frobnicate')).err).toContain('Unknown report subcommand');
    const missing = await cli('report', 'diff', 'scan.json', 'nope.json');
    expect([missing.code, missing.err]).toEqual([3, expect.stringContaining('Cannot read nope.json')]);
    const foreign = await cli('report', 'diff', 'scan.json', join(dir, 'other.json'));
    expect([foreign.code, foreign.err]).toEqual([3, expect.stringMatching(/not a fiduciary result \(version is undefined.*FID_FILE_CORRUPT/)]);
    const help = await cli('report', '--help');
    expect(help.out).toContain('fiduciary report diff OLD.json NEW.json');
  });
});
