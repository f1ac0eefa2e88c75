/**
 * `fiduciary demo`: the first thing a newcomer runs. It serves the bundled demo library website (folder
 * `demo-site/`, a catalog with real surveillance from real npm libraries next to benign features) on a
 * loopback port with every hostname mapped to it, scans it like `scan` does plus the three-visit consent
 * comparison, and writes the reports. Nothing leaves the machine: Chromium resolves every hostname to
 * 127.0.0.1 and runs with its background networking off.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaults } from '../../config/defaults.js';
import { resolveConfig } from '../../config/resolve-config.js';
import { audit } from '../../engine/audit.js';
import { collect, type ProgressEvent } from '../../engine/collect.js';
import { collectConsentVisits, consentSectionOf, mergeConsentVisits } from '../../engine/consent.js';
import { saveObservations } from '../../engine/observations-io.js';
import { FiduciaryError, type RunResult } from '../../model/index.js';
import { parseFormats, writeReports } from '../../reporters/index.js';
import { startSiteServer } from '../../sites/server.js';
import { EXIT, type CliIO } from '../io.js';

export const help = `Usage: fiduciary demo [options]

Audit the bundled demo library website, served locally: a catalog with search and autocomplete, record pages
with cover images, an account page with a "face check-in", an embedded e-book vendor, analytics, an ad pixel
and a consent banner, next to benign features (a chart, self-hosted fonts, a session cookie, a privacy page).
The scan visits it as a patron would, compares no action / reject all / accept all on the consent banner,
and writes the reports. No network is needed or used.

Options:
  --out DIR         where reports go (default ${defaults.demo.outDir})
  --format LIST     report formats, comma-separated (default ${defaults.demo.formats.join(',')})
  --pages N         pages besides the landing page (default ${defaults.demo.pages})
  --no-consent      skip the three consent visits

Examples:
  fiduciary demo
  fiduciary demo --out /tmp/demo --format html,json
`;

/** The demo website's hostname: the library's own site; the others are its vendors and trackers. */
export const DEMO_HOST = 'www.riverbend-library.example';

/** The package root (holding `demo-site/` and `node_modules/`), from this file's place in src/ or dist/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'demo-site')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  throw new FiduciaryError('FID_INTERNAL', 'The demo site folder (demo-site/) is missing from this installation.');
}

export interface DemoOptions {
  outDir: string;
  formats: string;
  pages: number;
  consent: boolean;
  /** Progress lines; none = quiet. */
  log?: (line: string) => void;
}

/** Serve the demo site, scan it, write the reports; returns the result and the files written. */
export async function runDemo(o: DemoOptions): Promise<{ result: RunResult; files: string[]; seconds: number }> {
  const t0 = Date.now();
  const formats = parseFormats(o.formats);
  const root = packageRoot();
  const outDir = resolve(o.outDir);
  const log = o.log ?? (() => undefined);
  const server = await startSiteServer({ root: join(root, 'demo-site'), projectDir: root });
  try {
    const target = server.url(DEMO_HOST, '/');
    const config = resolveConfig({ scan: { pages: o.pages } });
    const net = { ignoreCertificateErrors: true, hostResolverRules: 'MAP * 127.0.0.1' };
    log(`Serving the demo library site at ${target} (loopback only).`);
    let obs = await collect({
      target, config, outDir, ...net,
      onProgress: (ev: ProgressEvent) => {
        if (ev.kind === 'visit-end') log(`  [${ev.regime}] ${ev.url.replace(/^https:\/\/[^/]+/, '')} (${(ev.ms / 1000).toFixed(1)} s)`);
        else if (ev.kind === 'note') log(`  ${ev.message}`);
      },
    });
    if (o.consent) {
      log('Consent comparison: no action, reject all, accept all (fresh profile each).');
      const consent = await collectConsentVisits({ target, config, ...net, onProgress: (m) => log(`  ${m.replace(/https:\/\/[^/]+/, '')}`) });
      obs = mergeConsentVisits(obs, consent);
    }
    saveObservations(obs, outDir);
    const result = audit(obs);
    const section = consentSectionOf(obs);
    if (section) result.sections = [...(result.sections ?? []), section];
    const files = await writeReports(result, { formats, outDir, basename: 'fiduciary-demo-report', chromiumPath: config.scan.chromiumPath });
    return { result, files, seconds: (Date.now() - t0) / 1000 };
  } finally {
    await server.close();
  }
}

/** The summary printed at the end: grade, counts, the worst findings and where the reports are. */
export function summaryText(result: RunResult, files: readonly string[], seconds: number): string {
  const s = result.summary;
  const failing = result.findings.filter((f) => f.outcome === 'fail' || f.outcome === 'needs-review');
  const lines = [
    `Demo audit of ${result.target.replace(/:\d+\//, '/')} finished in ${seconds.toFixed(0)} s.`,
    `Grade ${s.grade} (score ${s.score}/100): ${s.bySeverity.critical} critical, ${s.bySeverity.high} high, ${s.bySeverity.medium} medium, ${s.bySeverity.low} low.`,
    'Worst problems:',
    ...failing.slice(0, 6).map((f) => `  [${f.severity}] ${f.title}`),
    'Reports:',
    ...files.map((f) => `  ${f}`),
    '',
  ];
  return lines.join('\n');
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, format: { type: 'string' }, pages: { type: 'string' }, 'no-consent': { type: 'boolean' } },
      allowPositionals: false,
    }));
  } catch (err) {
    throw new FiduciaryError('FID_USAGE', `${(err as Error).message}. See \`fiduciary demo --help\`.`);
  }
  const pages = values.pages === undefined ? defaults.demo.pages : Number(values.pages);
  if (!Number.isInteger(pages) || pages < 0) throw new FiduciaryError('FID_USAGE', `--pages must be a whole number ≥ 0 (got ${values.pages}).`);
  const { result, files, seconds } = await runDemo({
    outDir: resolve(io.cwd, values.out ?? defaults.demo.outDir),
    formats: values.format ?? defaults.demo.formats.join(','),
    pages,
    consent: !values['no-consent'],
    log: (line) => io.stderr.write(`${line}\n`),
  });
  io.stdout.write(summaryText(result, files, seconds));
  return EXIT.ok;
}
