/**
 * Seeded generator of the detector benchmark corpus: N small library websites (24 or more), each a folder
 * named after its hostname in the site server's layout, plus the shared third-party hosts, plus
 * `labels.json` listing for every site the planted behaviours and the rule ids expected to report, allowed
 * to report (`maybe`) and expected to stay silent. About two thirds of the sites carry planted surveillance
 * or hygiene problems (every variant of `BEHAVIOURS` at least once, dealt out by the seed, sometimes beside a
 * benign feature); the rest are controls with only benign features. The same seed always writes the same
 * bytes, so a figure can be reproduced.
 *
 * Run alone: `tsx bench/corpus/generate.ts OUT_DIR [--seed 7] [--sites 30]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BEHAVIOURS, BOOKS, SCORED_RULES, type Plant, type ScoredRule, type Variant } from './behaviours.js';
import { THIRD_PARTY_HOSTS, type HostFiles, type ServedFile } from './third-parties.js';
import { seededRandom } from '../../src/model/random.js';

export const DEFAULT_SEED = 20_240_611;
export const DEFAULT_SITES = 30;
export const MIN_SITES = 24;

export interface SiteLabel {
  host: string;
  name: string;
  kind: 'planted' | 'control';
  /** Variant ids planted on the site (benign ones included). */
  behaviours: string[];
  expect: ScoredRule[];
  maybe: ScoredRule[];
  absent: ScoredRule[];
  book: { isbn: string; title: string };
}

export interface CorpusLabels {
  seed: number;
  rules: readonly ScoredRule[];
  sites: SiteLabel[];
}

const TOWNS = [
  'ashford', 'bramley', 'carlow', 'dunmore', 'elmstead', 'fairhaven', 'glenrock', 'harwick', 'ivybridge', 'juniper',
  'kingsbury', 'larkspur', 'millbrook', 'northam', 'oakridge', 'pinecrest', 'quarry', 'riverton', 'stonegate', 'thornbury',
  'upton', 'valemont', 'westbury', 'yarrow', 'zephyr', 'alder', 'birchwood', 'cedarville', 'driftwood', 'eastwick',
  'foxhollow', 'greyhaven', 'hollins', 'ironwood', 'jasper', 'kestrel', 'lindale', 'marston', 'newbury', 'orchard',
];

function shuffle<T>(xs: readonly T[], r: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const groupOf = new Map(BEHAVIOURS.flatMap((b) => b.variants.map((v) => [v.id, b.group ?? v.id] as const)));
const behaviourOf = new Map(BEHAVIOURS.flatMap((b) => b.variants.map((v) => [v.id, b] as const)));
const variantOf = new Map(BEHAVIOURS.flatMap((b) => b.variants.map((v) => [v.id, v] as const)));

/**
 * Rules a variant may fire without being wrong. Besides its own list: a made-up vendor caught doing
 * surveillance may also be called a tracker (tracker lists match by behaviour and path, not only by name).
 */
function maybeOf(v: Variant): ScoredRule[] {
  const m = [...(v.maybe ?? [])];
  if (behaviourOf.get(v.id)?.kind === 'planted' && v.expect.includes('third-party-content') && !v.expect.includes('third-party-tracker')) m.push('third-party-tracker');
  return m;
}

/**
 * Decide the sites: which variants each carries, and its labels. Pure and seeded; `writeCorpus` turns the
 * plan into files.
 */
export function planCorpus(seed = DEFAULT_SEED, count = DEFAULT_SITES): CorpusLabels {
  if (count < MIN_SITES || count > TOWNS.length) throw new Error(`The corpus needs between ${MIN_SITES} and ${TOWNS.length} sites (got ${count}).`);
  const r = seededRandom(seed);
  const towns = shuffle(TOWNS, r).slice(0, count);
  const nControl = Math.round(count / 3);
  const nPlanted = count - nControl;
  const planted = shuffle(BEHAVIOURS.filter((b) => b.kind === 'planted').flatMap((b) => Array.from({ length: b.copies ?? 1 }, () => b.variants).flat()), r);
  const benign = BEHAVIOURS.filter((b) => b.kind === 'benign').flatMap((b) => b.variants);
  const slots: string[][] = Array.from({ length: count }, () => []);
  const fits = (site: string[], v: Variant) => !site.some((x) => groupOf.get(x) === groupOf.get(v.id) || behaviourOf.get(x) === behaviourOf.get(v.id));
  // Every planted variant once (or `copies` times), round-robin from a seeded start, skipping sites where it would clash.
  let at = Math.floor(r() * nPlanted);
  for (const v of planted) {
    for (let tries = 0; tries < nPlanted; tries++, at++) {
      const site = slots[at % nPlanted]!;
      if (fits(site, v)) {
        site.push(v.id);
        at++;
        break;
      }
    }
  }
  // Half the planted sites also have a benign feature, as real sites mix both.
  for (let i = 0; i < nPlanted; i++) if (r() < 0.5) {
    const v = benign[Math.floor(r() * benign.length)]!;
    if (fits(slots[i]!, v)) slots[i]!.push(v.id);
  }
  // Controls: every benign variant at least twice, two or three per site.
  const deck = [...shuffle(benign, r), ...shuffle(benign, r), ...shuffle(benign, r)];
  for (let i = nPlanted; i < count; i++) {
    const want = 2 + Math.floor(r() * 2);
    for (let k = 0; k < deck.length && slots[i]!.length < want; k++) {
      if (fits(slots[i]!, deck[k]!)) slots[i]!.push(...deck.splice(k--, 1).map((v) => v.id));
    }
  }
  const sites = slots.map((ids, i): SiteLabel => {
    const town = towns[i]!;
    const vs = ids.map((id) => variantOf.get(id)!);
    const expect = new Set(vs.flatMap((v) => v.expect));
    const maybe = new Set(vs.flatMap((v) => maybeOf(v)).filter((x) => !expect.has(x)));
    const book = BOOKS[Math.floor(r() * BOOKS.length)]!;
    return {
      host: `www.${town}-library.example`,
      name: `${town[0]!.toUpperCase()}${town.slice(1)} Public Library`,
      kind: i < nPlanted ? 'planted' : 'control',
      behaviours: [...ids].sort(),
      expect: SCORED_RULES.filter((x) => expect.has(x)),
      maybe: SCORED_RULES.filter((x) => maybe.has(x)),
      absent: SCORED_RULES.filter((x) => !expect.has(x) && !maybe.has(x)),
      book: { ...book },
    };
  });
  return { seed, rules: SCORED_RULES, sites: sites.sort((a, b) => a.host.localeCompare(b.host)) };
}

/** The same tiny route module in every host folder: serves what `_map.json` lists (headers, npm files, echoes). */
const ROUTES_MJS = `// Serves the paths listed in _map.json: response headers, files, real npm files, query echoes.
import { readFileSync } from 'node:fs';
const map = JSON.parse(readFileSync(new URL('./_map.json', import.meta.url), 'utf8'));
export default function route(req, res, ctx) {
  const m = map[ctx.url.pathname];
  if (!m || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  for (const [k, v] of Object.entries(m.headers ?? {})) res.setHeader(k, v);
  if (m.echo !== undefined) {
    res.writeHead(200, { 'content-type': m.type ?? 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('Suggestions for ' + (ctx.url.searchParams.get(m.echo) ?? ''));
  } else if (m.npm) {
    res.writeHead(200, { 'content-type': m.type ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(ctx.npmFile(m.npm));
  } else ctx.sendFile(m.file);
  return true;
}
`;

interface MapEntry {
  file?: string;
  npm?: string;
  echo?: string;
  type?: string;
  headers?: Record<string, string | string[]>;
}

/** Write one host folder: its files, `_map.json` and the route module. */
function writeHost(root: string, host: string, files: HostFiles, pages: Record<string, { html: string; headers: Record<string, string | string[]> }> = {}): void {
  const dir = join(root, host);
  mkdirSync(dir, { recursive: true });
  const map: Record<string, MapEntry> = {};
  const put = (rel: string, body: string) => {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, body, /\.(gif|png|bin)$/.test(rel) ? 'latin1' : 'utf8');
  };
  for (const [path, f] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const e: ServedFile = f;
    const entry: MapEntry = {};
    if (e.body !== undefined) {
      const rel = (e.file ?? path).replace(/^\/+/, '');
      put(rel, e.body);
      entry.file = rel;
    }
    if (e.npm) entry.npm = e.npm;
    if (e.echo) entry.echo = e.echo;
    if (e.type && !e.body) entry.type = e.type;
    if (e.setCookie) entry.headers = { 'set-cookie': e.setCookie };
    map[path] = entry;
  }
  for (const [path, page] of Object.entries(pages)) {
    const rel = path === '/' ? 'index.html' : `${path.replace(/^\/+/, '').replace(/\.html$/, '')}${path.endsWith('.html') ? '.html' : '/index.html'}`;
    put(rel, page.html);
    map[path] = { file: rel, headers: page.headers };
  }
  writeFileSync(join(dir, '_map.json'), JSON.stringify(map, null, 1) + '\n');
  writeFileSync(join(dir, '_routes.mjs'), ROUTES_MJS);
}

const DEFAULT_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

function page(site: SiteLabel, title: string, head: string, main: string, privacyLink: boolean): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | ${site.name}</title>
${head}</head>
<body>
<header><a class="brand" href="/">${site.name}</a>
<form role="search" action="/search" method="get" id="catalog-search"><label for="q">Search the catalog</label>
<input type="search" id="q" name="lookfor" autocomplete="off"><button>Search</button></form>
<div id="suggestions" aria-live="polite"></div></header>
<main>
${main}
</main>
<footer>${privacyLink ? '<a href="/privacy.html">Privacy policy</a> · ' : ''}<a href="/about.html">About the library</a> · Open Monday to Saturday</footer>
</body></html>
`;
}

/** Write the planned corpus under `root` (created if missing) with `labels.json`; returns the labels. */
export function writeCorpus(root: string, labels: CorpusLabels): CorpusLabels {
  mkdirSync(root, { recursive: true });
  for (const [host, files] of Object.entries(THIRD_PARTY_HOSTS)) writeHost(root, host, files);
  const r = seededRandom(labels.seed ^ 0x5eed);
  for (const site of labels.sites) {
    const plants: Plant[] = site.behaviours.map((id) => variantOf.get(id)!.plant({ host: site.host, int: (n) => Math.floor(r() * n) }));
    const headers: Record<string, string | string[]> = { ...DEFAULT_HEADERS };
    for (const p of plants) for (const [k, v] of Object.entries(p.headers ?? {})) {
      if (v === null) delete headers[k];
      else headers[k] = v;
    }
    const privacyLink = !plants.some((p) => p.noPrivacyLink);
    const join_ = (k: 'head' | 'body' | 'results' | 'record') => plants.map((p) => p[k] ?? '').filter(Boolean).join('\n').replaceAll('{{isbn}}', site.book.isbn);
    const featured = `<section class="featured"><h2>New this week</h2>
<article itemscope itemtype="https://schema.org/Book"><h3 itemprop="name">${site.book.title}</h3><p>ISBN <span itemprop="isbn">${site.book.isbn}</span></p>
${join_('record')}</article></section>
<section class="news"><h2>Newsletter</h2><form id="newsletter" action="/subscribe" method="post"><label for="email">Your email</label>
<input type="email" id="email" name="email"><button>Subscribe</button></form></section>
${join_('body')}`;
    const files: HostFiles = Object.assign({}, ...plants.map((p) => p.files ?? {}));
    writeHost(root, site.host, files, {
      '/': { html: page(site, 'Home', join_('head'), featured, privacyLink), headers },
      '/search': { html: page(site, 'Search results', '', `<h1>Search results</h1><ol class="results"><li><a href="/about.html">${site.book.title}</a></li></ol>\n${join_('results')}`, privacyLink), headers },
      '/privacy.html': { html: page(site, 'Privacy policy', '', '<h1>Privacy policy</h1><p>We keep what you borrow private.</p>', privacyLink), headers },
      '/about.html': { html: page(site, 'About', '', '<h1>About the library</h1>', privacyLink), headers },
    });
  }
  writeFileSync(join(root, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
  return labels;
}

/** Plan and write a corpus in one step. */
export function generateCorpus(root: string, seed = DEFAULT_SEED, count = DEFAULT_SITES): CorpusLabels {
  return writeCorpus(root, planCorpus(seed, count));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  const out = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!out) {
    console.error('usage: tsx bench/corpus/generate.ts OUT_DIR [--seed N] [--sites N]');
    process.exitCode = 2;
  } else {
    const labels = generateCorpus(out, opt('--seed') ?? DEFAULT_SEED, opt('--sites') ?? DEFAULT_SITES);
    console.log(`${labels.sites.length} sites written to ${out} (seed ${labels.seed})`);
  }
}
