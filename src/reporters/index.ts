/**
 * The reporter registry and the one function producers call: `writeReports(result, { formats, outDir })`
 * writes one file per format, all sharing a basename, and returns their paths. The format names accepted
 * by the CLI derive from this registry; a test checks every `*.reporter.ts` file is registered here.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FiduciaryError, type RunResult } from '../model/index.js';
import { csvReporter } from './csv.reporter.js';
import { htmlReporter } from './html.reporter.js';
import { jsonReporter } from './json.reporter.js';
import { pdfReporter } from './pdf.reporter.js';
import type { Reporter } from './types.js';

export const reporters = {
  json: jsonReporter,
  html: htmlReporter,
  pdf: pdfReporter,
  csv: csvReporter,
} satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

export const REPORTER_NAMES = Object.keys(reporters) as ReporterName[];

/** True when `name` is a registered format. */
export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}

/** Parse a comma-separated `--format` value, refusing unknown names with the list of known ones. */
export function parseFormats(value: string): ReporterName[] {
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !isReporterName(n));
  if (unknown.length || names.length === 0) {
    throw new FiduciaryError('FID_USAGE', `Unknown report format "${unknown.join(', ') || value}". Choose from: ${REPORTER_NAMES.join(', ')}.`);
  }
  return [...new Set(names)] as ReporterName[];
}

export interface WriteReportsOptions {
  formats: readonly ReporterName[];
  outDir: string;
  /** File name without extension; default `fiduciary-report`. */
  basename?: string;
  chromiumPath?: string;
}

/** Render the result in every requested format into `outDir`; returns the absolute paths written. */
export async function writeReports(result: RunResult, options: WriteReportsOptions): Promise<string[]> {
  const outDir = resolve(options.outDir);
  const basename = options.basename ?? 'fiduciary-report';
  // Callers outside TypeScript (config files, other commands) may pass any string: refuse clearly.
  parseFormats(options.formats.join(','));
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const name of options.formats) {
    const reporter: Reporter = reporters[name];
    const body = await reporter.render(result, { outDir, basename, chromiumPath: options.chromiumPath });
    const file = join(outDir, `${basename}.${reporter.extension}`);
    await writeFile(file, body);
    written.push(file);
  }
  return written;
}

export { parseRunResult } from './load.js';
export { diffResults, renderDiff, type DiffFormat, type RunDiff } from './diff.js';
export type { ReportContext, Reporter } from './types.js';
