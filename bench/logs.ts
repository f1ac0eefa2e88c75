/**
 * `npm run bench:logs`: generates an EZproxy log of about 1 GB (and one of 100 MB, to show memory does not
 * grow with size) in a temporary directory, then prints for each: the raw read time of the same file
 * (bytes only, and split into lines), the time and lines per second of `computeLogStats`, and the peak
 * resident memory sampled while it ran. The files are deleted afterwards. Set LOGS_BENCH_MB to change size.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeLogStats } from '../src/logs/stats.js';
import { readLines } from '../src/logs/read.js';
import { generateFile } from './gen-logs.js';

const MB = 1024 * 1024;

async function rawRead(path: string): Promise<number> {
  const t = performance.now();
  for await (const _c of createReadStream(path, { highWaterMark: 64 * 1024 })) { /* bytes only */ }
  return (performance.now() - t) / 1000;
}

async function measure(path: string, lines: number, bytes: number): Promise<void> {
  const read = await rawRead(path);
  let t = performance.now();
  await readLines(createReadStream(path, { highWaterMark: 64 * 1024 }), () => {});
  const split = (performance.now() - t) / 1000;
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
  t = performance.now();
  const stats = await computeLogStats([{ name: 'bench.log', open: () => createReadStream(path, { highWaterMark: 64 * 1024 }) }], { format: 'ezproxy', k: 10, by: 'month' });
  const secs = (performance.now() - t) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const fmt = (n: number): string => Math.round(n).toLocaleString('en');
  console.log(`file ${(bytes / MB).toFixed(0)} MB, ${fmt(lines)} lines`);
  console.log(`  raw read (bytes)        ${read.toFixed(2)} s  ${fmt(bytes / MB / read)} MB/s`);
  console.log(`  raw read (split lines)  ${split.toFixed(2)} s  ${fmt(lines / split)} lines/s`);
  console.log(`  logs statistics         ${secs.toFixed(2)} s  ${fmt(stats.lines / secs)} lines/s  (${fmt(stats.parsed)} parsed, ${fmt(stats.malformed)} malformed, ${stats.rows.length} rows)`);
  console.log(`  peak RSS during stats   ${fmt(peak / MB)} MB (RSS before: ${fmt(base / MB)} MB; largest day window ${fmt(stats.web?.peakWindowEntries ?? 0)} entries)`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fiduciary-bench-'));
  const target = Number(process.env.LOGS_BENCH_MB ?? 1024) * MB;
  try {
    console.log(`node ${process.version}, one process (the statistics run on one core)`);
    for (const size of [Math.round(target / 10), target]) {
      const path = join(dir, `ezproxy-${size}.log`);
      const { lines, bytes } = await generateFile(path, { format: 'ezproxy-full', seed: 42, days: Math.max(30, Math.round(size / MB / 3)), patrons: 20_000 }, size);
      await measure(path, lines, bytes);
      rmSync(path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
