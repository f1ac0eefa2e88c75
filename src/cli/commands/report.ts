/**
 * `fiduciary report`: work with saved results. `report diff OLD.json NEW.json` answers the routine audit's
 * question (what is new, what was fixed, what remains); `report render RESULT.json` writes the HTML, PDF,
 * CSV or JSON report of a result again, for example after an upgrade or to get a PDF later.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaults } from '../../config/defaults.js';
import { FiduciaryError, type RunResult } from '../../model/index.js';
import { diffResults, parseFormats, parseRunResult, renderDiff, REPORTER_NAMES, writeReports, type DiffFormat } from '../../reporters/index.js';
import { EXIT, type CliIO } from '../io.js';

export const help = `Usage:
  fiduciary report diff OLD.json NEW.json [--format text|json|html] [--out FILE]
  fiduciary report render RESULT.json [--format LIST] [--out DIR] [--name BASENAME]

diff    Compare two results of the same site (older first): new problems, fixed problems, and problems
        still present. Findings match by id, or by rule and vendor when a page was renamed.
render  Write the reports of a saved result again, in any of: ${REPORTER_NAMES.join(', ')}.

Options:
  --format F     diff: text (default), json or html; render: comma list (default ${defaults.report.formats.join(',')})
  --out PATH     diff: a file (default: stdout); render: a directory (default ${defaults.report.outDir})
  --name NAME    render: file name without extension (default fiduciary-report)

Examples:
  fiduciary report diff audits/2025-03/fiduciary-report.json audits/2025-09/fiduciary-report.json
  fiduciary report diff old.json new.json --format html --out changes.html
  fiduciary report render fiduciary-report/fiduciary-report.json --format html,pdf,csv --out board-pack
`;

async function load(file: string, cwd: string) {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new FiduciaryError('FID_FILE_UNREADABLE', `Cannot read ${file}. Check the path.`, { cause: err, where: file });
  }
  return parseRunResult(text, file);
}

/**
 * Screenshot refs are relative to the report they came with; when rendering into another directory, copy
 * the files that exist so the new report shows them too. Refs that climb out of the source directory are
 * left alone.
 */
async function copyScreenshots(result: RunResult, fromDir: string, toDir: string): Promise<number> {
  if (resolve(fromDir) === resolve(toDir)) return 0;
  let copied = 0;
  const refs = new Set(result.findings.flatMap((f) => f.evidence.map((e) => e.ref)).filter((r): r is string => typeof r === 'string'));
  for (const ref of refs) {
    const from = resolve(fromDir, ref);
    if (isAbsolute(ref) || relative(fromDir, from).startsWith('..')) continue;
    const to = join(toDir, relative(fromDir, from));
    try {
      await mkdir(dirname(to), { recursive: true });
      await copyFile(from, to);
      copied++;
    } catch {
      // A missing screenshot only shows as a missing image; the report is still right.
    }
  }
  return copied;
}

/** Run `fiduciary report <diff|render> ...`. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string' }, name: { type: 'string' } } });
  } catch (err) {
    throw new FiduciaryError('FID_USAGE', `${err instanceof Error ? err.message : String(err)}. See fiduciary report --help.`, { cause: err });
  }
  const { values, positionals } = parsed;
  if (sub === 'diff') {
    if (positionals.length !== 2) throw new FiduciaryError('FID_USAGE', 'report diff needs two result files: OLD.json NEW.json.');
    const format = (values.format ?? 'text') as DiffFormat;
    if (!['text', 'json', 'html'].includes(format)) throw new FiduciaryError('FID_USAGE', `Unknown diff format "${format}". Choose text, json or html.`);
    const [before, after] = await Promise.all(positionals.map((f) => load(f, io.cwd)));
    const diff = diffResults(before!, after!);
    const out = renderDiff(diff, format);
    for (const w of diff.warnings) io.stderr.write(`warning: ${w}\n`);
    if (values.out) {
      await writeFile(resolve(io.cwd, values.out), out);
      io.stdout.write(`${diff.counts.new} new, ${diff.counts.fixed} fixed, ${diff.counts.unchanged} unchanged. Written to ${values.out}\n`);
    } else io.stdout.write(out);
    return EXIT.ok;
  }
  if (sub === 'render') {
    if (positionals.length !== 1) throw new FiduciaryError('FID_USAGE', 'report render needs one result file: RESULT.json.');
    const formats = parseFormats(values.format ?? defaults.report.formats.join(','));
    const result = await load(positionals[0]!, io.cwd);
    const outDir = resolve(io.cwd, values.out ?? defaults.report.outDir);
    await mkdir(outDir, { recursive: true });
    await copyScreenshots(result, dirname(resolve(io.cwd, positionals[0]!)), outDir);
    const files = await writeReports(result, {
      formats,
      outDir,
      basename: values.name,
      chromiumPath: io.env.FIDUCIARY_CHROMIUM ?? defaults.scan.chromiumPath,
    });
    for (const f of files) io.stdout.write(`${f}\n`);
    return EXIT.ok;
  }
  throw new FiduciaryError('FID_USAGE', sub ? `Unknown report subcommand "${sub}". Use diff or render.` : 'report needs a subcommand: diff or render. See fiduciary report --help.');
}
