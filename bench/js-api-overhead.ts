/**
 * Measures what the js-api hooks cost a page: the same loops of hot browser calls (listener registration,
 * layout reads, navigator reads, canvas drawing and read-back) run in Chromium without and with the hook
 * script, and the median of several runs is printed per loop. Run: `npx tsx bench/js-api-overhead.ts`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { hookScript } from '../src/instruments/js-api/hook-script.js';

const PAGE = `<!doctype html><title>bench</title><div id="box" style="width:50px">x</div><script>
function time(f, n) { var t = performance.now(); for (var i = 0; i < n; i++) f(i); return performance.now() - t; }
var box = document.getElementById('box'), noop = function () {};
var c = document.createElement('canvas'); c.width = 100; c.height = 20; var x = c.getContext('2d');
window.results = {
  'addEventListener("click") x20000': time(function () { box.addEventListener('click', noop); }, 20000),
  'addEventListener("keydown") x2000': time(function () { box.addEventListener('keydown', noop); }, 2000),
  'offsetWidth x20000': time(function () { return box.offsetWidth; }, 20000),
  'navigator.userAgent x20000': time(function () { return navigator.userAgent; }, 20000),
  'fillText x5000': time(function (i) { x.fillText('label ' + i, 0, 10); }, 5000),
  'toDataURL x200': time(function () { return c.toDataURL(); }, 200),
};
</script>`;

const RUNS = 5;

async function main(): Promise<void> {
  const server = createServer((_q, s) => s.setHeader('content-type', 'text/html').end(PAGE));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const args = ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const browser = await chromium.launch({ executablePath: process.env.FIDUCIARY_CHROMIUM ?? '/usr/bin/chromium', args });
  const samples: Record<'plain' | 'hooked', Record<string, number[]>> = { plain: {}, hooked: {} };
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const mode of ['plain', 'hooked'] as const) {
        const ctx = await browser.newContext();
        const page = await ctx.newPage();
        if (mode === 'hooked') {
          await page.exposeBinding('_benchSink', () => undefined);
          await page.addInitScript({ content: hookScript({ key: 'bench', sink: '_benchSink' }) });
        }
        await page.goto(url);
        const r = (await page.evaluate('window.results')) as Record<string, number>;
        for (const [k, v] of Object.entries(r)) (samples[mode][k] ??= []).push(v);
        await ctx.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const median = (a: number[]) => [...a].sort((p, q) => p - q)[Math.floor(a.length / 2)]!;
  console.log(`median of ${RUNS} runs, ms (plain -> hooked)`);
  for (const k of Object.keys(samples.plain)) {
    const p = median(samples.plain[k]!), h = median(samples.hooked[k]!);
    console.log(`${k.padEnd(36)} ${p.toFixed(1).padStart(7)} -> ${h.toFixed(1).padStart(7)}`);
  }
}

await main();
