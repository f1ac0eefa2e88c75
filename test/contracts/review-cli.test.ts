/**
 * `fiduciary review` in-process: text summary, reports written, per-file errors with exit 3 while the
 * other files are still reviewed, --fail-on, promises checked against a scan result, and the review measured
 * against a person's own labels.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import type { RunResult } from '../../src/model/index.js';
import { CORPUS } from './evaluate.js';

const out = mkdtempSync(join(tmpdir(), 'fid-review-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
// A scan result of the same vendor (a copy of the reporters' sample scan: ad pixel, session replay, face SDK).
const SCAN = join(CORPUS, '..', 'scan-result.json');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const so = new PassThrough(), se = new PassThrough();
  let stdout = '', stderr = '';
  so.on('data', (d) => (stdout += String(d)));
  se.on('data', (d) => (stderr += String(d)));
  const io: CliIO = { stdout: so, stderr: se, env: {}, cwd: process.cwd() };
  const code = await main(['review', ...args], io);
  return { code, stdout, stderr };
}

describe('fiduciary review', () => {
  it('reviews good files, names each broken one with its code, and exits 3', async () => {
    const dir = join(out, 'a');
    const r = await run([join(CORPUS, '05-streaming-video-terms.txt'), join(CORPUS, '..', 'bad', 'encrypted.pdf'), join(CORPUS, '..', 'bad', 'scanned.pdf'), '--format', 'json', '--out', dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/encrypted\.pdf: .*\[FID_FILE_ENCRYPTED\]/);
    expect(r.stderr).toMatch(/scanned\.pdf: .*\[FID_NO_TEXT_LAYER\]/);
    expect(r.stdout).toMatch(/! sale\s+harmful\s+\[paragraph \d+\] "We may sell/);
    expect(r.stdout).toContain('Questions to send the vendor:');
    const result = JSON.parse(readFileSync(join(dir, 'fiduciary-review.json'), 'utf8')) as RunResult;
    expect(result.kind).toBe('review');
    expect(result.errors.map((e) => e.code).sort()).toEqual(['FID_FILE_ENCRYPTED', 'FID_NO_TEXT_LAYER']);
    expect(result.findings.some((f) => f.ruleId === 'clause-sale' && f.outcome === 'fail')).toBe(true);
    expect(result.sections?.map((s) => s.title)).toContain('Questions to send the vendor');
  });

  it('exits 1 with --fail-on when a finding is that severe, 0 without, 2 with no files', async () => {
    expect((await run([join(CORPUS, '05-streaming-video-terms.txt'), '--format', 'json', '--out', join(out, 'b'), '--fail-on', 'critical'])).code).toBe(1);
    expect((await run([join(CORPUS, '22-open-access-platform.md'), '--format', 'json', '--out', join(out, 'c')])).code).toBe(0);
    expect((await run([])).code).toBe(2);
  });

  it('turns a promise the scan contradicts into a critical finding citing vendor oversight', async () => {
    const dir = join(out, 'd');
    const r = await run([join(CORPUS, '14-audiobook-app.html'), '--scan', SCAN, '--format', 'json,html', '--out', dir]);
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'fiduciary-review.json'), 'utf8')) as RunResult;
    const c = result.findings.filter((f) => f.ruleId === 'promise-contradicted');
    expect(c.map((f) => f.entity?.name)).toEqual(expect.arrayContaining(['Meta Pixel', 'Hotjar']));
    for (const f of c) {
      expect(f.severity).toBe('critical');
      expect(f.citations.map((x) => x.id)).toEqual(['ala-bds-6']);
      expect(f.evidence.some((e) => e.kind === 'quote' && e.detail?.stance === 'protective')).toBe(true);
    }
    // A policy that promises nothing on advertising cannot be contradicted on it.
    const r2 = await run([join(CORPUS, '05-streaming-video-terms.txt'), '--scan', SCAN, '--format', 'json', '--out', join(out, 'e')]);
    const result2 = JSON.parse(readFileSync(join(out, 'e', 'fiduciary-review.json'), 'utf8')) as RunResult;
    expect(r2.code).toBe(0);
    expect(result2.findings.filter((f) => f.ruleId === 'promise-contradicted')).toEqual([]);
  });

  it('marks learned readings in the text summary and the report, and reads with the patterns alone on --patterns-only', async () => {
    const doc = join(CORPUS, '94-research-platform-dpa.pdf');
    const a = await run([doc, '--format', 'json', '--out', join(out, 'f')]);
    const b = await run([doc, '--format', 'json', '--out', join(out, 'g'), '--patterns-only']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const rows = (dir: string): (string | number)[][] => (JSON.parse(readFileSync(join(out, dir, 'fiduciary-review.json'), 'utf8')) as RunResult).sections!.find((s) => s.id === 'review-clauses')!.table!.rows;
    const learned = rows('f').filter((r) => String(r[3]).startsWith('learned ('));
    expect(learned.length).toBeGreaterThan(0);
    expect(rows('g').filter((r) => String(r[3]).startsWith('learned'))).toEqual([]);
    expect(rows('g').length).toBe(rows('f').length - learned.length);
    expect(a.stdout).toMatch(/ownership\s+protective\s+\[page \d+, paragraph \d+, learned \([01]\.\d\d\)\] "Reading lists created by users/);
    expect(b.stdout).toMatch(/ownership\s+silent/);
  });
  it('measures the review against your own labels, per topic, and reports a label file it cannot use', async () => {
    const docs = ['05-streaming-video-terms.txt', '22-open-access-platform.md'];
    const labelsOf = (d: string): { document: string; labels: { topic: string; stance: string; quote: string }[] } => JSON.parse(readFileSync(join(CORPUS, d.replace(/\.\w+$/, '.labels.json')), 'utf8'));
    const measure = async (name: string, edit: (l: ReturnType<typeof labelsOf>) => ReturnType<typeof labelsOf>, extra: Record<string, string> = {}) => {
      const dir = join(out, name);
      mkdirSync(join(dir, 'labels'), { recursive: true });
      for (const d of docs) writeFileSync(join(dir, 'labels', `${d}.labels.json`), JSON.stringify(edit(labelsOf(d))));
      for (const [f, text] of Object.entries(extra)) writeFileSync(join(dir, 'labels', f), text);
      const r = await run([...docs.map((d) => join(CORPUS, d)), '--labels', join(dir, 'labels'), '--format', 'json', '--out', dir]);
      const result = JSON.parse(readFileSync(join(dir, 'fiduciary-review.json'), 'utf8')) as RunResult;
      const rows = result.sections?.find((x) => x.id === 'review-measured')?.table?.rows ?? [];
      return { r, result, all: rows.find((row) => row[0] === 'all topics')! };
    };
    const total = docs.reduce((a, d) => a + labelsOf(d).labels.length, 0);
    const good = await measure('labels-good', (l) => l);
    expect(good.r.code).toBe(0);
    expect(good.r.stdout).toMatch(/Measured against your labels \(2 document\(s\)\):/);
    expect(good.all[1]).toBe(total);
    // These are development documents: the review reads nearly all of their labels.
    expect(Number(good.all[4])).toBeGreaterThanOrEqual(0.9);
    // Each disagreement is listed: as many "missed" rows as labels not found.
    const missed = (x: typeof good): number => (x.result.sections?.find((sec) => sec.id === 'review-measured-disagreements')?.table?.rows ?? []).filter((row) => row[1] === 'missed').length;
    expect(missed(good)).toBe(total - Math.round(Number(good.all[4]) * total));
    // The same labels with every stance wrong: recall falls to nothing; a broken file and labels for a
    // document not reviewed are each an error, and the others are still measured.
    const flip: Record<string, string> = { protective: 'harmful', harmful: 'ambiguous', ambiguous: 'protective' };
    const bad = await measure('labels-bad', (l) => ({ ...l, labels: l.labels.map((x) => ({ ...x, stance: flip[x.stance]! })) }), {
      'broken.labels.json': '{ "document": "x.pdf", "labels": [',
      'other.labels.json': JSON.stringify({ document: 'not-reviewed.pdf', labels: [] }),
      'odd.labels.json': JSON.stringify({ document: 'y.pdf', labels: [{ topic: 'weather', stance: 'harmful', quote: 'It rains.' }] }),
    });
    expect(bad.r.code).toBe(3);
    expect(bad.all[1]).toBe(total);
    expect(Number(bad.all[4])).toBeLessThan(0.1);
    expect(missed(bad)).toBeGreaterThan(total * 0.9);
    expect(bad.r.stderr).toMatch(/broken\.labels\.json: .*\[FID_LABELS_INVALID\]/);
    expect(bad.r.stderr).toMatch(/odd\.labels\.json: label 1: unknown topic "weather" \[FID_LABELS_INVALID\]/);
    expect(bad.r.stderr).toMatch(/not-reviewed\.pdf, which was not reviewed \[FID_LABELS_INVALID\]/);
    expect(bad.result.errors.map((e) => e.code)).toEqual(['FID_LABELS_INVALID', 'FID_LABELS_INVALID', 'FID_LABELS_INVALID']);
  });
});
