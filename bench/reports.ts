/**
 * Reporter figures for the docs: size and time of each format for the sample scan, and how the HTML
 * report copes with a large result (2,000 findings, 150 vendors) in Chromium — time to render and to apply
 * a filter. Run: `npx tsx bench/reports.ts`. Prints one line per figure.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { RunResult } from '../src/model/index.js';
import { renderHtml } from '../src/reporters/html.reporter.js';
import { writeReports, type ReporterName } from '../src/reporters/index.js';

const sample = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'results', 'scan.json'), 'utf8')) as RunResult;
const dir = mkdtempSync(join(tmpdir(), 'fid-bench-reports-'));
try {
  for (const format of ['json', 'csv', 'html', 'pdf'] as ReporterName[]) {
    const t = performance.now();
    const [file] = await writeReports(sample, { formats: [format], outDir: dir, basename: 'sample' });
    console.log(`${format}: ${(performance.now() - t).toFixed(0)} ms, ${(statSync(file!).size / 1024).toFixed(0)} KB (sample scan, 13 findings)`);
  }

  const big: RunResult = {
    ...sample,
    findings: Array.from({ length: 2000 }, (_, i) => ({ ...sample.findings[i % sample.findings.length]!, id: `f${i}`, pages: [sample.subjects[i % 5]!.url], entity: { name: `Vendor ${i % 150}` } })),
  };
  const t0 = performance.now();
  const html = renderHtml(big);
  console.log(`html (2000 findings): built in ${(performance.now() - t0).toFixed(0)} ms, ${(html.length / 1024 / 1024).toFixed(1)} MB`);
  writeFileSync(join(dir, 'big.html'), html);
  const browser = await chromium.launch({
    executablePath: process.env.FIDUCIARY_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  const page = await browser.newPage();
  const t1 = performance.now();
  // No timeout: on a busy machine this is what is being measured.
  await page.goto(pathToFileURL(join(dir, 'big.html')).href, { timeout: 0 });
  page.setDefaultTimeout(0);
  await page.waitForSelector('html[data-rendered="true"]');
  console.log(`html (2000 findings): rendered in Chromium in ${(performance.now() - t1).toFixed(0)} ms`);
  const t2 = performance.now();
  await page.uncheck('#flt-critical');
  console.log(`html (2000 findings): severity filter applied in ${(performance.now() - t2).toFixed(0)} ms`);
  await browser.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
