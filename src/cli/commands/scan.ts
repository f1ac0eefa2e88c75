/**
 * `fiduciary scan <url>`: collect what a library website does to a patron in real Chromium, then judge it
 * and write the reports. `--collect-only DIR` stops after saving the Observations; `--audit-only DIR` judges
 * saved Observations without a browser. Progress goes to stderr (a bar on a terminal, plain lines otherwise).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfigFile, resolveConfig, type ResolvedConfig, type UserConfig } from '../../config/resolve-config.js';
import { collect, type ProgressEvent } from '../../engine/collect.js';
import { loadObservations, saveObservations } from '../../engine/observations-io.js';
import { audit } from '../../engine/audit.js';
import { collectConsentVisits, consentSectionOf, mergeConsentVisits } from '../../engine/consent.js';
import { FiduciaryError, type Observations } from '../../model/index.js';
import { parseFormats, writeReports } from '../../reporters/index.js';
import { EXIT, type CliIO } from '../io.js';

export const help = `Usage: fiduciary scan <url> [options]

Open the site in headless Chromium as a patron would (search with a sensitive decoy, fill forms, scroll),
record every request, cookie, script and browser-API use, and judge what was recorded.

Options:
  --pages N            same-site pages to visit besides the landing page (default 4)
  --collect-only DIR   save the observations (and screenshots) in DIR and stop
  --audit-only DIR     judge observations saved earlier with --collect-only (no browser)
  --config FILE        JSON config: { "scan": {...}, "audit": {...}, "report": {...} }
  --out DIR            where reports go (default fiduciary-report)
  --format LIST        report formats, comma-separated (default html,json)
  --fail-on SEV        exit 1 when a finding is at or above SEV (critical, high, medium, low, info)
  --regime R           default, permissive or both (default both)
  --consent            also run the consent comparison: no action, reject all, accept all

Examples:
  fiduciary scan https://catalog.example.org --pages 6
  fiduciary scan https://library.example.org --collect-only obs/2025-06
  fiduciary scan --audit-only obs/2025-06 --format html,pdf --fail-on high

Exit codes: 0 success, 1 findings at or above --fail-on, 2 usage error, 3 run failed.
`;

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;

/** Progress lines for a log, or a one-line bar on a terminal. */
function progressPrinter(io: CliIO): (ev: ProgressEvent) => void {
  const tty = io.stderr.isTTY === true;
  return (ev) => {
    if (ev.kind === 'note') io.stderr.write(`${ev.message}\n`);
    else if (ev.kind === 'visit-start' && !tty) io.stderr.write(`[${ev.regime}] ${ev.index + 1}/${ev.total} ${ev.url}\n`);
    else if (ev.kind === 'visit-end') {
      const status = ev.errors ? ` (${ev.errors} problem${ev.errors > 1 ? 's' : ''})` : '';
      if (tty) {
        const width = 24;
        const filled = Math.round(((ev.index + 1) / ev.total) * width);
        io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${ev.regime} ${ev.index + 1}/${ev.total} ${(ev.ms / 1000).toFixed(1)} s${status}\x1b[K`);
        if (ev.index + 1 === ev.total) io.stderr.write('\n');
      } else io.stderr.write(`[${ev.regime}] done ${ev.index + 1}/${ev.total} in ${(ev.ms / 1000).toFixed(1)} s${status}\n`);
    }
  };
}

function rank(sev: string): number {
  return SEVERITIES.indexOf(sev as (typeof SEVERITIES)[number]);
}

/** Judge the observations and add the consent comparison table when the scan ran the consent visits. */
export function auditWithSections(obs: Observations): ReturnType<typeof audit> {
  const result = audit(obs);
  const section = consentSectionOf(obs);
  if (section) result.sections = [...(result.sections ?? []), section];
  return result;
}

/** Judge the observations, write the reports, and map the findings to the exit code. */
async function auditAndReport(obs: Observations, config: ResolvedConfig, formats: string[], outDir: string, io: CliIO): Promise<number> {
  const result = auditWithSections(obs);
  const files = await writeReports(result, { formats: parseFormats(formats.join(',')), outDir, chromiumPath: config.scan.chromiumPath });
  for (const f of files) io.stdout.write(`${f}\n`);
  const failOn = config.audit.failOn;
  if (failOn && result.findings.some((f) => f.outcome === 'fail' && rank(f.severity) <= rank(failOn))) return EXIT.findings;
  return EXIT.ok;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pages: { type: 'string' }, 'collect-only': { type: 'string' }, 'audit-only': { type: 'string' }, config: { type: 'string' },
        out: { type: 'string' }, format: { type: 'string' }, 'fail-on': { type: 'string' }, regime: { type: 'string' },
        consent: { type: 'boolean' },
      },
    });
  } catch (err) {
    throw new FiduciaryError('FID_USAGE', `${(err as Error).message}\n\n${help}`);
  }
  const { values: v, positionals } = args;
  const url = positionals[0];
  if (!v['audit-only'] && !url) throw new FiduciaryError('FID_USAGE', 'Give the URL to scan, e.g. `fiduciary scan https://catalog.example.org`.');
  if (v['audit-only'] && v['collect-only']) throw new FiduciaryError('FID_USAGE', '--collect-only and --audit-only exclude each other.');
  if (url && !/^https?:\/\//i.test(url)) throw new FiduciaryError('FID_USAGE', `"${url}" is not an http(s) URL.`);
  const pages = v.pages === undefined ? undefined : Number(v.pages);
  if (pages !== undefined && (!Number.isInteger(pages) || pages < 0)) throw new FiduciaryError('FID_USAGE', '--pages must be a whole number, 0 or more.');
  if (v['fail-on'] && !SEVERITIES.includes(v['fail-on'] as (typeof SEVERITIES)[number])) throw new FiduciaryError('FID_USAGE', `--fail-on must be one of ${SEVERITIES.join(', ')}.`);
  const regimes = v.regime === undefined || v.regime === 'both' ? undefined : v.regime === 'default' || v.regime === 'permissive' ? [v.regime as 'default' | 'permissive'] : null;
  if (regimes === null) throw new FiduciaryError('FID_USAGE', '--regime must be default, permissive or both.');
  const file: UserConfig | undefined = v.config ? loadConfigFile(resolve(io.cwd, v.config)) : undefined;
  const flags: UserConfig = {
    scan: { ...(pages !== undefined ? { pages } : {}), ...(regimes ? { cookieRegimes: regimes } : {}), ...(v.consent ? { consent: true } : {}) },
    audit: v['fail-on'] ? { failOn: v['fail-on'] as ResolvedConfig['audit']['failOn'] } : {},
    report: { ...(v.out ? { outDir: v.out } : {}), ...(v.format ? { formats: v.format.split(',').map((s) => s.trim()) } : {}) },
  };
  const config = resolveConfig(file, flags);
  const outDir = resolve(io.cwd, config.report.outDir);

  let obs: Observations;
  if (v['audit-only']) {
    const dir = resolve(io.cwd, v['audit-only']);
    if (!existsSync(dir)) throw new FiduciaryError('FID_FILE_UNREADABLE', `No observations at ${v['audit-only']}.`);
    obs = loadObservations(dir);
  } else {
    const dataDir = v['collect-only'] ? resolve(io.cwd, v['collect-only']) : outDir;
    if (!existsSync(config.scan.chromiumPath)) {
      throw new FiduciaryError('FID_BROWSER_LAUNCH', `Chromium not found at ${config.scan.chromiumPath}. Install it (apt-get install chromium) or set FIDUCIARY_CHROMIUM.`);
    }
    obs = await collect({ target: url!, config, outDir: dataDir, onProgress: progressPrinter(io) });
    if (config.scan.consent) {
      // The three-visit consent comparison: no action, reject all, accept all.
      const cv = await collectConsentVisits({ target: url!, config, onProgress: (m) => io.stderr.write(`${m}\n`) });
      obs = mergeConsentVisits(obs, cv);
    }
    const file = saveObservations(obs, dataDir);
    const pageCount = obs.visits.reduce((n, x) => n + x.pages.length, 0);
    io.stderr.write(`Observations of ${pageCount} page visit(s) saved to ${file}\n`);
    if (obs.visits.length === 0) {
      for (const e of obs.errors) io.stderr.write(`${e.message} [${e.code}]\n`);
      return EXIT.failed;
    }
    if (v['collect-only']) {
      io.stdout.write(`${file}\n`);
      return EXIT.ok;
    }
  }
  return auditAndReport(obs, config, [...config.report.formats], outDir, io);
}
