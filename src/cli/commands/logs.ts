/**
 * `fiduciary logs`: patron-log statistics that identify no one, and `fiduciary logs audit <dir>`: what a
 * library keeps in its logs that it should not. Statistics go to CSV and JSON files (and the shared HTML
 * report); a short summary goes to stdout. Nothing from an input line is ever printed, only line numbers
 * and fixed reasons.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { defaults } from '../../config/defaults.js';
import { auditLogDir } from '../../logs/audit.js';
import { compileLogFormat } from '../../logs/formats/ezproxy.js';
import { expandInputs } from '../../logs/read.js';
import { statsToRunResult } from '../../logs/report.js';
import { computeLogStats, statsToCsv, type LogInputFormat } from '../../logs/stats.js';
import { FiduciaryError, SEVERITIES, atLeast, type RunResult, type Severity } from '../../model/index.js';
import { EXIT, type CliIO } from '../io.js';

export const help = `Usage:
  fiduciary logs <file|glob|-> ... --format ezproxy|combined|ils-csv [options]
  fiduciary logs audit <dir> [options]

Turn raw EZproxy, Apache/nginx or ILS circulation logs into COUNTER-style statistics that identify no
one (small cells merged into "(other)"), or audit a log directory for identifiers, over-long retention
and EZproxy settings that make logs identifying. Input may be plain or gzip, files, globs or - (stdin).

Options (statistics):
  --format F        ezproxy | combined | ils-csv (default ezproxy)
  --log-format S    the LogFormat string, e.g. '%h %{ezproxy-session}i %u %t "%r" %s %b' (detected if absent)
  --k N             suppress cells with fewer than N distinct sessions/patrons (default ${defaults.logs.k})
  --by day|month    period of each row (default ${defaults.logs.by})
  --columns MAP     ILS CSV columns: date=Loan date,patron=Borrower,item=Item,location=Branch,group=Type,action=Action
  --noise EPS       add Laplace noise of scale 1/EPS to published counts
  --out DIR         output directory (default ${defaults.report.outDir})
  --report LIST     report formats for the summary (default ${defaults.report.formats.join(',')})

Options (audit):
  --retention-days N  raw logs older than this are reported (default ${defaults.logs.retentionDays})
  --fail-on SEV       exit 1 when a finding is at least this severe
  --out DIR, --report LIST  as above

Examples:
  fiduciary logs 'logs/ezproxy-2024-*.log.gz' --by month --out stats
  zcat ezproxy.log.gz | fiduciary logs - --format ezproxy --k 20
  fiduciary logs loans.csv --format ils-csv --columns date=Issued,patron=Borrower
  fiduciary logs audit /var/log/ezproxy --retention-days 30
`;

type WriteReports = (result: RunResult, o: { formats: string[]; outDir: string }) => Promise<unknown>;

/** Render through the shared reporters when they are present; otherwise write the JSON result. */
async function writeRunResult(result: RunResult, formats: string[], outDir: string, name: string): Promise<string[]> {
  const spec = '../../reporters/index.js';
  let writeReports: WriteReports | undefined;
  try {
    writeReports = ((await import(spec)) as { writeReports?: WriteReports }).writeReports;
  } catch {
    writeReports = undefined;
  }
  if (writeReports) {
    const written = await writeReports(result, { formats, outDir });
    return Array.isArray(written) ? written.map(String) : formats.map((f) => `${f} report`);
  }
  const file = join(outDir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return [file];
}

function positiveInt(v: string | undefined, flag: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new FiduciaryError('FID_USAGE', `${flag} must be a whole number of at least 1.`);
  return n;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' }, 'log-format': { type: 'string' }, k: { type: 'string' }, by: { type: 'string' },
      columns: { type: 'string' }, noise: { type: 'string' }, out: { type: 'string' }, report: { type: 'string' },
      'retention-days': { type: 'string' }, 'fail-on': { type: 'string' },
    },
  });
  const outDir = resolve(io.cwd, values.out ?? defaults.report.outDir);
  const formats = (values.report ?? defaults.report.formats.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  if (positionals[0] === 'audit') return runAudit(positionals.slice(1), values, outDir, formats, io);
  if (positionals.length === 0) throw new FiduciaryError('FID_USAGE', 'Name at least one log file, glob, or - for stdin.');
  const format = (values.format ?? 'ezproxy') as LogInputFormat;
  if (!['ezproxy', 'combined', 'ils-csv'].includes(format)) throw new FiduciaryError('FID_USAGE', '--format must be ezproxy, combined or ils-csv.');
  const by = (values.by ?? defaults.logs.by) as 'day' | 'month';
  if (by !== 'day' && by !== 'month') throw new FiduciaryError('FID_USAGE', '--by must be day or month.');
  let noiseEpsilon: number | undefined;
  if (values.noise !== undefined) {
    noiseEpsilon = Number(values.noise);
    if (!(noiseEpsilon > 0)) throw new FiduciaryError('FID_USAGE', '--noise must be a positive number (epsilon).');
  }
  if (values['log-format'] !== undefined) {
    try {
      compileLogFormat(values['log-format']);
    } catch (err) {
      throw new FiduciaryError('FID_USAGE', `--log-format: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }
  const stdin = (io as CliIO & { stdin?: Readable }).stdin ?? process.stdin;
  const sources = await expandInputs(positionals, () => stdin, io.cwd);
  const startedAt = new Date().toISOString();
  const stats = await computeLogStats(sources, {
    format, logFormat: values['log-format'], k: positiveInt(values.k, '--k', defaults.logs.k), by, columns: values.columns, noiseEpsilon,
    malformedListLimit: defaults.logs.malformedListLimit,
    onProgress: io.stderr.isTTY ? (n) => io.stderr.write(`\r${n.toLocaleString('en')} lines…`) : undefined,
  });
  if (io.stderr.isTTY) io.stderr.write('\r');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'logs-stats.csv'), statsToCsv(stats));
  writeFileSync(join(outDir, 'logs-stats.json'), `${JSON.stringify(stats, null, 2)}\n`);
  const reports = await writeRunResult(statsToRunResult(stats, startedAt), formats, outDir, 'logs-summary');
  for (const m of stats.malformedLines.slice(0, 20)) io.stderr.write(`malformed: ${m.file} line ${m.line}: ${m.reason}\n`);
  if (stats.malformed > 20) io.stderr.write(`malformed: ${stats.malformed - 20} more (listed in logs-stats.json up to ${stats.malformedLines.length})\n`);
  for (const f of stats.files) if (f.error) io.stderr.write(`${f.name}: ${f.error}\n`);
  io.stdout.write(
    `${stats.lines} lines, ${stats.parsed} parsed, ${stats.malformed} malformed, ${stats.blank} blank.\n` +
      `${stats.rows.length} rows (k=${stats.k}, ${stats.suppression.merged} small cells merged into "(other)", ${stats.suppression.withheld} withheld).\n` +
      `Wrote ${join(outDir, 'logs-stats.csv')}, ${join(outDir, 'logs-stats.json')}, ${reports.join(', ')}\n`,
  );
  return stats.files.some((f) => f.error) && stats.parsed === 0 ? EXIT.failed : EXIT.ok;
}

async function runAudit(args: string[], values: Record<string, string | undefined>, outDir: string, formats: string[], io: CliIO): Promise<number> {
  if (args.length !== 1) throw new FiduciaryError('FID_USAGE', 'logs audit takes one directory.');
  const failOn = values['fail-on'] as Severity | undefined;
  if (failOn && !SEVERITIES.includes(failOn)) throw new FiduciaryError('FID_USAGE', `--fail-on must be one of ${SEVERITIES.join(', ')}.`);
  const result = await auditLogDir(resolve(io.cwd, args[0]!), {
    retentionDays: positiveInt(values['retention-days'], '--retention-days', defaults.logs.retentionDays),
    auditPurgeMaxDays: defaults.logs.auditPurgeMaxDays,
    sampleLines: defaults.logs.auditSampleLines,
  });
  result.target = args[0]!;
  mkdirSync(outDir, { recursive: true });
  const reports = await writeRunResult(result, formats, outDir, 'logs-audit');
  io.stdout.write(`${result.subjects.length} log files audited; ${result.findings.length} findings.\n`);
  for (const f of result.findings) io.stdout.write(`  [${f.severity}] ${f.title} (${f.count})\n`);
  io.stdout.write(`Wrote ${reports.join(', ')}\n`);
  return failOn && result.findings.some((f) => f.outcome === 'fail' && atLeast(f.severity, failOn)) ? EXIT.findings : EXIT.ok;
}
