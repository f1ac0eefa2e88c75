/**
 * Collect: drive Chromium over a site and produce the Observations. For each cookie regime it launches a
 * fresh profile, visits the landing page (where the patron searches with the decoy), plans the other pages
 * from what the landing page links to, visits them with bounded concurrency inside the total time budget,
 * and finally redacts every decoy from every stored string. A failed page never loses the others; a browser
 * that will not start is recorded as a run error.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CookieRegime, Observations, PageObservation, Visit } from '../model/index.js';
import { OBSERVATIONS_VERSION, toFiduciaryError } from '../model/index.js';
import { makeDecoys, redactDecoys, redactString } from '../instruments/decoys.js';
import { launchSession } from '../instruments/driver/launch.js';
import { visitPage, type VisitResult } from '../instruments/driver/visit.js';
import { createInstruments, type InstrumentName } from '../instruments/index.js';
import type { DecoyRuntime } from '../instruments/types.js';
import { resolveConfig, type ResolvedConfig } from '../config/resolve-config.js';
import { planPages, type CandidateLink } from './crawl.js';

export type ProgressEvent =
  | { kind: 'visit-start'; regime: CookieRegime; url: string; index: number; total: number }
  | { kind: 'visit-end'; regime: CookieRegime; url: string; index: number; total: number; errors: number; ms: number }
  | { kind: 'note'; message: string };

export interface CollectOptions {
  target: string;
  config?: ResolvedConfig;
  /** Folder for screenshots (relative paths are stored); none = no screenshots. */
  outDir?: string;
  /** Test harness and demo only. */
  ignoreCertificateErrors?: boolean;
  hostResolverRules?: string;
  /** Restrict the instruments (benchmarks, focused tests). */
  instruments?: readonly InstrumentName[];
  /** Skip the patron's actions (typing decoys, submitting). */
  interact?: boolean;
  onProgress?: (ev: ProgressEvent) => void;
}

const TOOL_VERSION = '0.1.0';

/** Run `fn` over `items` with at most `limit` at once, keeping input order in the result. */
async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/** Scan `target` and return its Observations (decoys already redacted). */
export async function collect(options: CollectOptions): Promise<Observations> {
  const config = options.config ?? resolveConfig();
  const s = config.scan;
  const salt = randomBytes(16).toString('hex');
  const decoys = makeDecoys(salt);
  const startedAt = new Date();
  const deadline = Date.now() + s.totalTimeoutMs;
  const obs: Observations = {
    version: OBSERVATIONS_VERSION,
    tool: { name: 'fiduciary', version: TOOL_VERSION },
    target: options.target,
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    browser: { product: 'Chromium', userAgent: '', executablePath: s.chromiumPath },
    decoys: decoys.records,
    visits: [],
    errors: [],
  };
  for (const regime of s.cookieRegimes) {
    if (Date.now() > deadline) {
      obs.errors.push({ code: 'FID_PAGE_TIMEOUT', message: `The total scan budget ran out before the ${regime} visit.`, where: options.target });
      break;
    }
    const visit = await collectVisit(regime, options, config, decoys.runtime, salt, deadline, obs);
    if (visit) obs.visits.push(visit);
  }
  obs.finishedAt = new Date().toISOString();
  return redactDecoys(obs, decoys.runtime);
}

async function collectVisit(
  regime: CookieRegime,
  options: CollectOptions,
  config: ResolvedConfig,
  decoys: DecoyRuntime[],
  salt: string,
  deadline: number,
  obs: Observations,
): Promise<Visit | undefined> {
  const s = config.scan;
  let session;
  try {
    session = await launchSession({
      executablePath: s.chromiumPath,
      regime,
      ignoreCertificateErrors: options.ignoreCertificateErrors,
      hostResolverRules: options.hostResolverRules,
    });
  } catch (err) {
    const e = toFiduciaryError(err, 'FID_BROWSER_LAUNCH');
    obs.errors.push({ code: e.code, message: e.message, where: regime });
    return undefined;
  }
  obs.browser = { product: `Chromium ${session.version}`.trim(), userAgent: session.userAgent, executablePath: s.chromiumPath };
  const shotDir = options.outDir && s.screenshots ? join(options.outDir, 'screenshots', regime) : undefined;
  if (shotDir) mkdirSync(shotDir, { recursive: true });
  const settings = { maxBodyBytes: s.maxBodyBytes, settleMs: s.settleMs, pageTimeoutMs: s.pageTimeoutMs, pageMaxBytes: s.pageMaxBytes };
  const visitOne = async (url: string, id: string, role: PageObservation['role'], index: number, total: number): Promise<VisitResult> => {
    // A results-page URL holds the decoy search: progress lines (printed, often logged) get it redacted.
    const shown = redactString(url, decoys);
    options.onProgress?.({ kind: 'visit-start', regime, url: shown, index, total });
    const instruments = createInstruments({ screenshotDir: shotDir, interact: options.interact ?? true }, options.instruments);
    const r = await visitPage(session.context, { id, role, url, instruments, decoys, salt, settings });
    if (r.page.screenshot && options.outDir) r.page.screenshot = r.page.screenshot.slice(options.outDir.length).replace(/^[/\\]+/, '');
    options.onProgress?.({ kind: 'visit-end', regime, url: shown, index, total, errors: r.page.errors.length, ms: r.page.durationMs });
    return r;
  };
  try {
    const total = 1 + s.pages;
    const landing = await visitOne(options.target, 'p0', 'landing', 0, total);
    const pages = [landing.page];
    const links = (landing.shared.get('dom:links') as CandidateLink[] | undefined) ?? [];
    const results = landing.shared.get('interaction:resultsUrl') as string | undefined;
    const plan = planPages(landing.page.finalUrl, links, s.pages, results);
    const rest = await pool(plan, s.concurrency, async (p, i) => {
      if (Date.now() > deadline) {
        const skipped: PageObservation = {
          id: `p${i + 1}`, role: p.role, url: p.url, finalUrl: p.url, startedAt: Date.now(), durationMs: 0, documentHeaders: {},
          requests: [], webSockets: [], cookies: [], storage: [], apiCalls: [], scripts: [],
          errors: [{ code: 'FID_PAGE_TIMEOUT', message: 'Not visited: the total scan budget ran out.', where: p.url }],
        };
        return skipped;
      }
      return (await visitOne(p.url, `p${i + 1}`, p.role, i + 1, 1 + plan.length)).page;
    });
    pages.push(...rest);
    return { id: regime, cookieRegime: regime, consentMode: 'none', pages };
  } finally {
    await session.close();
  }
}
