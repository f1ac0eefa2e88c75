/**
 * `npm run bench:detectors`: the detector benchmark. Generates the seeded corpus of labelled library sites
 * (bench/corpus), serves it on loopback, scans every site with the real pipeline (collect in Debian Chromium,
 * then audit) and compares the findings with the labels: recall and precision per rule and overall, and
 * false positives on the benign control sites. In the same run it scans the same sites with The Markup's
 * Blacklight collector (`@themarkup/blacklight-collector`, puppeteer driving the same Chromium) and prints
 * its results beside ours, mapped to the comparable rules. A (site, rule) pair is the unit: a rule "reports"
 * on a site when it has a failing (or to-review) finding above info severity there.
 *
 * Environment: BENCH_SEED, BENCH_SITES (24-40), BENCH_CONCURRENCY (sites at once, default 2), BENCH_PORT
 * (default 443, falling back to a free port; 0 = a free port),
 * BENCH_BLACKLIGHT=0 (skip the comparison), BENCH_OUT=file.json (write the raw per-site results),
 * BENCH_KEEP=1 (keep the generated corpus and print where). A smaller, self-contained variant with an
 * inline corpus lives in bench/detectors-quick.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { collect } from '../src/engine/collect.js';
import { audit } from '../src/engine/audit.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { startSiteServer, type SiteServer } from '../src/sites/server.js';
import type { RunResult } from '../src/model/index.js';
import { DEFAULT_SEED, DEFAULT_SITES, generateCorpus, type SiteLabel } from './corpus/generate.js';
import { SCORED_RULES, type ScoredRule } from './corpus/behaviours.js';
import { runBlacklight, BLACKLIGHT_CATEGORIES, blacklightReported, type BlacklightOutcome } from './detectors-blacklight.js';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const SEED = Number(env.BENCH_SEED ?? DEFAULT_SEED);
const SITES = Number(env.BENCH_SITES ?? DEFAULT_SITES);
const CONCURRENCY = Math.max(1, Number(env.BENCH_CONCURRENCY ?? 2));
const WITH_BLACKLIGHT = env.BENCH_BLACKLIGHT !== '0';

export interface SiteRun {
  host: string;
  /** Rule ids that reported on the site. */
  reported: string[];
  errors: string[];
  ms: number;
}

/** Rule ids with a failing or to-review finding above info: what a librarian would be told about. */
export function reportedRules(result: RunResult): string[] {
  const ids = result.findings.filter((f) => (f.outcome === 'fail' || f.outcome === 'needs-review') && f.severity !== 'info').map((f) => f.ruleId);
  return [...new Set(ids)].sort();
}

/** Run `fn` over `items` with at most `limit` at once, keeping order. */
async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  }));
  return out;
}

async function scanFiduciary(server: SiteServer, site: SiteLabel): Promise<SiteRun> {
  const t = performance.now();
  // Landing page only: the patron's search and its results happen within that visit; both cookie regimes.
  const config = resolveConfig({ scan: { pages: 0, screenshots: false, settleMs: 1_000 } });
  const obs = await collect({ target: server.url(site.host, '/'), config, ignoreCertificateErrors: true, hostResolverRules: 'MAP * 127.0.0.1' });
  const result = audit(obs);
  return { host: site.host, reported: reportedRules(result), errors: result.errors.map((e) => `${e.code}: ${e.message}`), ms: performance.now() - t };
}

export interface Score {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const empty = (): Score => ({ tp: 0, fn: 0, fp: 0, tn: 0 });

/** Count (site, rule) outcomes of `reported` against the labels, for the given rules. */
export function score(sites: readonly SiteLabel[], reported: ReadonlyMap<string, ReadonlySet<string>>, rules: readonly ScoredRule[]): Map<ScoredRule, Score> {
  const out = new Map<ScoredRule, Score>(rules.map((r) => [r, empty()]));
  for (const site of sites) {
    const got = reported.get(site.host);
    if (!got) continue;
    for (const rule of rules) {
      const s = out.get(rule)!;
      const hit = got.has(rule);
      if (site.expect.includes(rule)) hit ? s.tp++ : s.fn++;
      else if (site.absent.includes(rule)) hit ? s.fp++ : s.tn++;
    }
  }
  return out;
}

function total(scores: Iterable<Score>): Score {
  const t = empty();
  for (const s of scores) {
    t.tp += s.tp;
    t.fn += s.fn;
    t.fp += s.fp;
    t.tn += s.tn;
  }
  return t;
}

const pct = (num: number, den: number) => (den === 0 ? '   -  ' : `${((100 * num) / den).toFixed(1).padStart(5)}%`);
const recall = (s: Score) => pct(s.tp, s.tp + s.fn);
const precision = (s: Score) => pct(s.tp, s.tp + s.fp);

function printScores(title: string, scores: Map<ScoredRule, Score>): Score {
  console.log(`\n${title}`);
  console.log(`${'rule'.padEnd(28)} planted  TP  FN  FP   recall  precision`);
  for (const [rule, s] of scores) console.log(`${rule.padEnd(28)} ${String(s.tp + s.fn).padStart(7)} ${String(s.tp).padStart(3)} ${String(s.fn).padStart(3)} ${String(s.fp).padStart(3)}   ${recall(s)}  ${precision(s)}`);
  const t = total(scores.values());
  console.log(`${'overall'.padEnd(28)} ${String(t.tp + t.fn).padStart(7)} ${String(t.tp).padStart(3)} ${String(t.fn).padStart(3)} ${String(t.fp).padStart(3)}   ${recall(t)}  ${precision(t)}`);
  return t;
}

/** Where the tool and the labels disagree, site by site, so a miss can be looked into. */
function printDisagreements(sites: readonly SiteLabel[], reported: ReadonlyMap<string, ReadonlySet<string>>, rules: readonly ScoredRule[] = SCORED_RULES): void {
  const lines: string[] = [];
  for (const site of sites) {
    const got = reported.get(site.host);
    if (!got) continue;
    const missed = site.expect.filter((r) => rules.includes(r) && !got.has(r));
    const extra = site.absent.filter((r) => rules.includes(r) && got.has(r));
    if (missed.length || extra.length) lines.push(`  ${site.host} [${site.behaviours.join(' ')}]${missed.length ? `\n    missed: ${missed.join(', ')}` : ''}${extra.length ? `\n    false alarm: ${extra.join(', ')}` : ''}`);
  }
  console.log(lines.length ? `\nDisagreements with the labels:\n${lines.join('\n')}` : '\nNo disagreements with the labels.');
}

/**
 * Serve the corpus on 443 when this process may, so URLs look like real sites' (no port in them: a rule
 * that matches `host/path` must not miss for a reason no real site has); otherwise on any free port.
 */
async function startServer(root: string): Promise<SiteServer> {
  const port = Number(env.BENCH_PORT ?? 443);
  if (port) {
    try {
      return await startSiteServer({ root, projectDir: PROJECT, port });
    } catch {
      // In use or not permitted: fall through to a free port.
    }
  }
  return startSiteServer({ root, projectDir: PROJECT, port: 0 });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fid-bench-corpus-'));
  const started = performance.now();
  const labels = generateCorpus(dir, SEED, SITES);
  const sites = labels.sites;
  const controls = sites.filter((s) => s.kind === 'control');
  console.log(`Detector benchmark: ${sites.length} generated sites (${sites.length - controls.length} with planted behaviours, ${controls.length} benign controls), seed ${SEED}, ${CONCURRENCY} at once`);
  const server = await startServer(dir);
  console.log(server.port === 443 ? 'Sites served on port 443, as real sites are.' : `Port 443 was not available: sites served on port ${server.port}, so URLs carry a port real sites do not have.`);
  const ours = new Map<string, Set<string>>();
  const runs: SiteRun[] = [];
  let blacklight: BlacklightOutcome[] = [];
  try {
    const t0 = performance.now();
    runs.push(...(await pool(sites, CONCURRENCY, async (site, i) => {
      const r = await scanFiduciary(server, site).catch((err: Error): SiteRun => ({ host: site.host, reported: [], errors: [`scan failed: ${err.message}`], ms: 0 }));
      process.stderr.write(`  fiduciary ${i + 1}/${sites.length} ${site.host} ${(r.ms / 1000).toFixed(1)} s\n`);
      return r;
    })));
    for (const r of runs) ours.set(r.host, new Set(r.reported));
    const fidSeconds = (performance.now() - t0) / 1000;
    const fid = score(sites, ours, SCORED_RULES);
    const t = printScores(`Fiduciary (${fidSeconds.toFixed(0)} s for ${sites.length} sites; unit: site × rule)`, fid);
    printDisagreements(sites, ours);
    const failedScans = runs.filter((r) => r.errors.length);
    if (failedScans.length) console.log(`\nScan errors on ${failedScans.length} site(s):\n${failedScans.map((r) => `  ${r.host}: ${r.errors.slice(0, 3).join(' | ')}`).join('\n')}`);
    const controlFp = controls.map((s) => ({ s, extra: s.absent.filter((r) => ours.get(s.host)?.has(r)) }));
    const fpSites = controlFp.filter((c) => c.extra.length);
    console.log(`\nFalse positives on controls: ${fpSites.reduce((n, c) => n + c.extra.length, 0)} on ${fpSites.length} of ${controls.length} control sites` +
      (fpSites.length ? `\n${fpSites.map((c) => `  ${c.s.host}: ${c.extra.join(', ')}`).join('\n')}` : ''));
    console.log(`Overall: recall ${recall(t).trim()}, precision ${precision(t).trim()} (targets: recall ≥ 98%, precision ≥ 99.5%)`);

    if (WITH_BLACKLIGHT) {
      const t1 = performance.now();
      blacklight = await pool(sites, CONCURRENCY, async (site, i) => {
        const r = await runBlacklight(server.url(site.host, '/'), join(dir, '_blacklight', site.host));
        process.stderr.write(`  blacklight ${i + 1}/${sites.length} ${site.host} ${(r.ms / 1000).toFixed(1)} s${r.error ? ` (${r.error})` : ''}\n`);
        return r;
      });
      const blSeconds = (performance.now() - t1) / 1000;
      const blReported = new Map(sites.map((s, i) => [s.host, blacklightReported(blacklight[i]!)] as const).filter(([, v]) => v !== undefined) as [string, Set<string>][]);
      const comparable = [...new Set(Object.values(BLACKLIGHT_CATEGORIES).flat())] as ScoredRule[];
      const rules = SCORED_RULES.filter((r) => comparable.includes(r));
      const a = score(sites, ours, rules);
      const b = score(sites, blReported, rules);
      const failed = blacklight.filter((r) => r.error).length;
      console.log(`\nSide by side with Blacklight (${blSeconds.toFixed(0)} s for ${sites.length} sites${failed ? `, ${failed} failed` : ''}); rules Blacklight has a category for:`);
      console.log(`${'rule'.padEnd(28)} planted   Fiduciary recall/precision   Blacklight recall/precision`);
      for (const r of rules) {
        const x = a.get(r)!, y = b.get(r)!;
        console.log(`${r.padEnd(28)} ${String(x.tp + x.fn).padStart(7)}   ${recall(x)} / ${precision(x)}            ${recall(y)} / ${precision(y)}`);
      }
      const ta = total(a.values()), tb = total(b.values());
      console.log(`${'overall (these rules)'.padEnd(28)} ${String(ta.tp + ta.fn).padStart(7)}   ${recall(ta)} / ${precision(ta)}            ${recall(tb)} / ${precision(tb)}`);
      const others = SCORED_RULES.filter((r) => !comparable.includes(r));
      console.log(`Blacklight has no category for: ${others.join(', ')}.`);
      printDisagreements(sites, blReported, rules);
    }
  } finally {
    await server.close();
    if (env.BENCH_OUT) writeFileSync(env.BENCH_OUT, JSON.stringify({ seed: SEED, labels, fiduciary: runs, blacklight }, null, 1));
    if (env.BENCH_KEEP === '1') console.log(`\nCorpus kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
