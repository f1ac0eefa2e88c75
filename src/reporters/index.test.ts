/**
 * The registry: every `*.reporter.ts` file is registered under its file name, format lists parse strictly,
 * and writeReports writes one file per format with a shared basename.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sample } from '../../test/reporters/samples.js';
import { FiduciaryError } from '../model/index.js';
import { parseFormats, REPORTER_NAMES, reporters, writeReports } from './index.js';

const out = mkdtempSync(join(tmpdir(), 'fid-reporters-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('reporter registry', () => {
  it('registers every *.reporter.ts file under its name', async () => {
    const files = readdirSync(__dirname).filter((f) => f.endsWith('.reporter.ts'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const name = file.replace(/\.reporter\.ts$/, '');
      const mod = (await import(/* @vite-ignore */ `./${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
      const exported = Object.values(mod).filter((v) => v && typeof v === 'object' && 'render' in v);
      expect(exported, file).toHaveLength(1);
      expect((reporters as Record<string, unknown>)[name], `${file} is not registered as "${name}"`).toBe(exported[0]);
      expect(reporters[name as keyof typeof reporters].extension).toBe(name);
    }
    expect([...REPORTER_NAMES].sort()).toEqual(files.map((f) => f.replace(/\.reporter\.ts$/, '')).sort());
  });

  it('parses format lists and refuses unknown names with the known ones', () => {
    expect(parseFormats('html, JSON,html')).toEqual(['html', 'json']);
    expect(() => parseFormats('html,docx')).toThrow(/docx.*Choose from: json, html, pdf, csv/);
    try {
      parseFormats('');
    } catch (err) {
      expect((err as FiduciaryError).code).toBe('FID_USAGE');
    }
  });

  it('writes one file per format, sharing a basename', async () => {
    const files = await writeReports(sample('review'), { formats: ['json', 'csv', 'html'], outDir: join(out, 'nested'), basename: 'vendor' });
    expect(files.map((f) => f.slice(out.length))).toEqual(['/nested/vendor.json', '/nested/vendor.csv', '/nested/vendor.html']);
    expect(JSON.parse(readFileSync(files[0]!, 'utf8'))).toEqual(sample('review'));
    expect(readFileSync(files[2]!, 'utf8')).toContain('id="fiduciary-result"');
    await expect(writeReports(sample('review'), { formats: ['docx' as 'json'], outDir: out })).rejects.toThrow(/Unknown report format/);
  });
});
