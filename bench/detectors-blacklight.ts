/**
 * The comparison half of the detector benchmark: runs The Markup's Blacklight collector
 * (`@themarkup/blacklight-collector`, GPL-3.0, a dev dependency used only here) on one corpus site with the
 * system Chromium, and maps its report sections to our rule ids so both tools can be scored on the same
 * labels. Blacklight drives its own puppeteer; it is told where Chromium is, to run headless without the
 * sandbox, to send every hostname to loopback and to accept the corpus's self-signed certificate, and to
 * visit the landing page only (as our scan does). Its console chatter is silenced while it runs.
 */
import { mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { defaults } from '../src/config/defaults.js';
import type { ScoredRule } from './corpus/behaviours.js';

/** Blacklight report section → the rule ids it is comparable with. */
export const BLACKLIGHT_CATEGORIES: Record<string, ScoredRule[]> = {
  third_party_trackers: ['third-party-tracker'],
  cookies: ['third-party-cookie'],
  session_recorders: ['session-replay'],
  key_logging: ['key-logging'],
  canvas_fingerprinters: ['fingerprinting'],
  canvas_font_fingerprinters: ['fingerprinting'],
  fb_pixel_events: ['advertising-pixel'],
  tiktok_pixel_events: ['advertising-pixel'],
  twitter_pixel_events: ['advertising-pixel'],
  google_analytics_events: ['google-analytics'],
};

export interface BlacklightOutcome {
  url: string;
  ms: number;
  error?: string;
  /** Report sections that found something. */
  sections: string[];
}

type Collect = (url: string, opts: Record<string, unknown>) => Promise<{ status: string; page_response?: string; reports?: Record<string, unknown> }>;

let collectFn: Collect | undefined;

function loadBlacklight(): Collect {
  // CommonJS package; loaded lazily so the rest of the benchmark runs where it is not installed.
  collectFn ??= (createRequire(import.meta.url)('@themarkup/blacklight-collector') as { collect: Collect }).collect;
  return collectFn;
}

/** True when a report section holds at least one item. */
function nonEmpty(section: string, value: unknown): boolean {
  if (value == null) return false;
  if (section === 'cookies') return Array.isArray(value) && value.some((c: { third_party?: boolean }) => c.third_party);
  if (section === 'canvas_fingerprinters') return ((value as { fingerprinters?: unknown[] }).fingerprinters ?? []).length > 0;
  if (section === 'canvas_font_fingerprinters') return Object.keys((value as { canvas_font?: object }).canvas_font ?? {}).length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value as object).length > 0;
  return false;
}

let quiet = 0;
const realLog = console.log;

/** Scan one URL with Blacklight; failures come back as `error`, never thrown. */
export async function runBlacklight(url: string, outDir: string): Promise<BlacklightOutcome> {
  const t = performance.now();
  mkdirSync(outDir, { recursive: true });
  if (quiet++ === 0) console.log = () => undefined;
  try {
    const collect = loadBlacklight();
    const r = await collect(url, {
      outDir,
      headless: true,
      numPages: 0,
      captureHar: false,
      saveScreenshots: false,
      quiet: true,
      defaultTimeout: 20_000,
      puppeteerExecutablePath: process.env.FIDUCIARY_CHROMIUM ?? defaults.scan.chromiumPath,
      // Replaces Blacklight's default extra args, so its own flag (keep third-party cookies) is repeated;
      // --no-sandbox and --ignore-certificate-errors are in its base args too, repeated for clarity.
      extraChromiumArgs: ['--disable-features=TrackingProtection3pcd', '--no-sandbox', '--ignore-certificate-errors', '--host-resolver-rules=MAP * 127.0.0.1', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    });
    if (r.status !== 'success' || !r.reports) return { url, ms: performance.now() - t, error: r.page_response ?? r.status, sections: [] };
    const sections = Object.entries(r.reports).filter(([k, v]) => k in BLACKLIGHT_CATEGORIES && nonEmpty(k, v)).map(([k]) => k);
    return { url, ms: performance.now() - t, sections };
  } catch (err) {
    return { url, ms: performance.now() - t, error: (err as Error).message.split('\n')[0], sections: [] };
  } finally {
    if (--quiet === 0) console.log = realLog;
  }
}

/** The rule ids Blacklight reported on a site, or undefined when its run failed (not scored). */
export function blacklightReported(r: BlacklightOutcome): Set<string> | undefined {
  if (r.error) return undefined;
  return new Set(r.sections.flatMap((s) => BLACKLIGHT_CATEGORIES[s] ?? []));
}
