/**
 * Scan benchmark: generates a library site of 24 ordinary pages (catalog search, records, a third-party
 * analytics script, cover images, a form), serves it with the local site server, scans the landing page and
 * 23 more pages with every instrument on, and prints seconds per page and the peak memory of the whole scan
 * (Node plus every Chromium process it started), sampled every 200 ms.
 *
 *   npm run bench:scan            # default: 24 pages, one cookie regime, concurrency from the defaults
 *   npm run bench:scan -- 40      # another page count (at least 20)
 *   BENCH_CONCURRENCY=3 npm run bench:scan   # pages at once (default: the scan default)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect } from '../src/engine/collect.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { startSiteServer } from '../src/sites/server.js';

const PAGES = Math.max(20, Number(process.argv[2] ?? 24));
const root = mkdtempSync(join(tmpdir(), 'fid-bench-'));

function page(i: number): string {
  const links = Array.from({ length: PAGES }, (_, j) => `<li><a href="/page-${j}.html">Page ${j}</a></li>`).join('');
  return `<!doctype html><html><head><title>Bench page ${i}</title>
<link rel="stylesheet" href="/style.css"><script src="/app.js"></script>
<script async src="{{origin:stats.analytics.example}}/a.js"></script></head><body>
<form role="search" action="/search"><input type="search" name="q" placeholder="Search the catalog"></form>
<h1>Record ${i}</h1><p>ISBN 97800000000${String(i).padStart(2, '0')}</p>
<img src="{{origin:covers.images.example}}/cover?isbn=97800000000${String(i).padStart(2, '0')}" width="80" height="120">
<form method="post" action="/contact"><input type="email" name="email"><textarea name="msg"></textarea></form>
<ul>${links}</ul><a href="/privacy.html">Privacy</a>
<script>document.cookie = 'visited=${i}; path=/';</script></body></html>`;
}

/** Resident memory of this process and all its descendants, in bytes. */
function treeRss(): number {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' }).trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
  const kids = new Map<number, number[]>();
  for (const [pid, ppid] of rows) kids.set(ppid!, [...(kids.get(ppid!) ?? []), pid!]);
  const rss = new Map(rows.map(([pid, , r]) => [pid!, r!]));
  let total = 0;
  const stack = [process.pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += (rss.get(p) ?? 0) * 1024;
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

async function main(): Promise<void> {
  const site = join(root, 'www.bench-library.example');
  mkdirSync(site, { recursive: true });
  mkdirSync(join(root, 'stats.analytics.example'));
  mkdirSync(join(root, 'covers.images.example'));
  writeFileSync(join(site, 'index.html'), page(0));
  for (let i = 0; i < PAGES; i++) writeFileSync(join(site, `page-${i}.html`), page(i));
  // The catalog search answers with a results page (directory index), as a library catalog does.
  mkdirSync(join(site, 'search'));
  writeFileSync(join(site, 'search', 'index.html'), page(PAGES).replace('<h1>Record', '<h1>Results for your search, record'));
  writeFileSync(join(site, 'privacy.html'), '<!doctype html><title>Privacy</title><p>Policy</p>');
  writeFileSync(join(site, 'style.css'), 'body{font-family:serif;max-width:40em;margin:auto}');
  writeFileSync(join(site, 'app.js'), "document.addEventListener('DOMContentLoaded', () => document.body.dataset.ready = '1');");
  writeFileSync(join(root, 'stats.analytics.example', 'a.js'), "navigator.sendBeacon('{{origin:stats.analytics.example}}/collect', JSON.stringify({ u: location.href }));");
  writeFileSync(join(root, 'covers.images.example', 'cover'), 'GIF89a');

  const server = await startSiteServer({ root });
  const concurrency = process.env.BENCH_CONCURRENCY ? Number(process.env.BENCH_CONCURRENCY) : undefined;
  const config = resolveConfig({ scan: { pages: PAGES - 1, cookieRegimes: ['default'], screenshots: true, ...(concurrency ? { concurrency } : {}) } });
  let peak = treeRss();
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss());
  }, 200);
  const t0 = Date.now();
  try {
    const obs = await collect({
      target: server.url('www.bench-library.example'), config, outDir: join(root, 'out'),
      ignoreCertificateErrors: true, hostResolverRules: 'MAP * 127.0.0.1',
    });
    const secs = (Date.now() - t0) / 1000;
    const pages = obs.visits.flatMap((v) => v.pages);
    const failed = pages.filter((p) => p.errors.some((e) => e.code !== 'FID_INSTRUMENT')).length;
    const landing = pages[0]!.durationMs / 1000;
    const others = pages.slice(1).map((p) => p.durationMs / 1000);
    console.log(`scan benchmark: ${pages.length} pages, ${cpus().length} cores, concurrency ${config.scan.concurrency}, all instruments on`);
    console.log(`  total ${secs.toFixed(1)} s, ${(secs / pages.length).toFixed(2)} s/page (wall clock incl. browser start)`);
    console.log(`  landing page with decoy search ${landing.toFixed(1)} s; other pages median ${median(others).toFixed(2)} s each`);
    console.log(`  peak memory (Node + Chromium) ${(peak / 1048576).toFixed(0)} MB; pages with errors: ${failed}`);
    for (const p of pages) for (const e of p.errors) console.log(`    ${p.url.replace(/^https:\/\/[^/]+/, '')}: ${e.code} ${e.message.slice(0, 160)}`);
    console.log(`  load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  } finally {
    clearInterval(timer);
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

await main();
