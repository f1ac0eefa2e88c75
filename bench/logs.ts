/**
 * `npm run bench:logs`: generates an EZproxy log of about 1 GB (and one of a tenth of that, to show memory
 * does not grow with size) in a temporary directory, then prints for each: the raw read time of the same
 * file (`cat` to /dev/null, a Node read of the bytes, and the line splitter alone), and the statistics run
 * in a fresh child process: lines, wall seconds, CPU seconds (user + system of the whole process, so
 * garbage-collector threads count), lines per wall second and per CPU second, and the child's peak
 * resident memory, with the load average before and after. Files are deleted afterwards. LOGS_BENCH_MB
 * changes the size (default 1024); LOGS_BENCH_RUNS repeats each statistics run (default 1), printing all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeLogStats } from '../src/logs/stats.js';
import { expandInputs, readLines } from '../src/logs/read.js';
import { generateFile } from './gen-logs.js';

const MB = 1024 * 1024;
const fmt = (n: number): string => Math.round(n).toLocaleString('en');

/** Child mode: run the statistics on one file and print a JSON line of figures. */
async function child(path: string): Promise<void> {
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const [src] = await expandInputs([path]); // the same file source as the CLI
  const stats = await computeLogStats([src!], { format: 'ezproxy', k: 10, by: 'month' });
  const wall = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const ru = process.resourceUsage();
  console.log(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1e6, maxRssMB: ru.maxRSS / 1024, lines: stats.lines, parsed: stats.parsed, malformed: stats.malformed, rows: stats.rows.length, peakWindow: stats.web?.peakWindowEntries }));
}

async function measure(path: string, lines: number, bytes: number): Promise<void> {
  let t = performance.now();
  execFileSync('cat', [path], { stdio: ['ignore', 'ignore', 'inherit'] });
  const cat = (performance.now() - t) / 1000;
  t = performance.now();
  for await (const _c of createReadStream(path, { highWaterMark: 1024 * 1024 })) { /* bytes only */ }
  const read = (performance.now() - t) / 1000;
  t = performance.now();
  await readLines(createReadStream(path, { highWaterMark: 1024 * 1024 }), () => {});
  const split = (performance.now() - t) / 1000;
  console.log(`file ${fmt(bytes / MB)} MB, ${fmt(lines)} lines`);
  console.log(`  cat > /dev/null          ${cat.toFixed(2)} s`);
  console.log(`  node read (bytes)        ${read.toFixed(2)} s  ${fmt(bytes / MB / read)} MB/s`);
  console.log(`  node read + split lines  ${split.toFixed(2)} s  ${fmt(lines / split)} lines/s`);
  // on a shared machine one run can be slowed by others' work: LOGS_BENCH_RUNS repeats it; every run is printed
  const runs = Math.max(1, Number(process.env.LOGS_BENCH_RUNS ?? 1));
  for (let i = 0; i < runs; i++) {
    const loadBefore = loadavg()[0]!;
    const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child', path], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
    const c = JSON.parse(r.stdout.trim().split('\n').pop()!) as { wall: number; cpu: number; maxRssMB: number; lines: number; parsed: number; malformed: number; rows: number; peakWindow: number };
    console.log(`  logs statistics          ${fmt(c.lines)} lines: ${c.wall.toFixed(2)} s wall, ${fmt(c.lines / c.wall)} lines/s; ${c.cpu.toFixed(2)} s CPU, ${fmt(c.lines / c.cpu)} lines/CPU-s (${fmt(c.parsed)} parsed, ${fmt(c.malformed)} malformed, ${c.rows} rows)`);
    console.log(`    peak RSS ${fmt(c.maxRssMB)} MB (largest day window ${fmt(c.peakWindow)} entries); load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`);
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fiduciary-bench-'));
  const target = Number(process.env.LOGS_BENCH_MB ?? 1024) * MB;
  try {
    const cpu = cpus();
    console.log(`node ${process.version}; ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}; statistics in a child process (one thread of JavaScript)`);
    for (const size of [Math.round(target / 10), target]) {
      const path = join(dir, `ezproxy-${size}.log`);
      // same traffic per day at both sizes: the larger file covers more days, not busier ones
      const days = Math.max(3, Math.round(size / MB / 10));
      const { lines, bytes } = await generateFile(path, { format: 'ezproxy-full', seed: 42, days, patrons: 5_000 }, size);
      await measure(path, lines, bytes);
      rmSync(path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') void child(process.argv[3]!);
else void main();
