/**
 * `fiduciary review <file|dir...>`: reads vendor contracts, licences, data-processing agreements and
 * privacy policies (PDF, DOCX, HTML, Markdown, text) and says, topic by topic, what the vendor may do with
 * patron data, quoting the clause and where it is. With `--scan result.json` it also checks the document's
 * promises against what a scan of the vendor observed. A file that cannot be read is reported and the
 * others are still reviewed; the exit code is then 3.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaults } from '../../config/defaults.js';
import { reviewFiles, scoreOf, locationOf, readByOf } from '../../contracts/analyze.js';
import { crossCheck } from '../../contracts/crosscheck.js';
import { FiduciaryError, SEVERITIES, atLeast, type Severity } from '../../model/index.js';
import { parseFormats, parseRunResult, writeReports } from '../../reporters/index.js';
import { EXIT, type CliIO } from '../io.js';

export const help = `Usage: fiduciary review <file|dir> ... [options]

Review vendor contracts, licences, data-processing agreements and privacy policies for what they allow
with patron data: sale, sharing, advertising, biometrics, retention, law enforcement, de-identification,
data location, security and breaches, patron rights, audit, sub-processors, ownership, denial or pricing,
policy changes, analytics SDKs, children, governing law. Each topic is read as protective, harmful,
ambiguous or silent, with the exact quote and its page and paragraph. Reads PDF (with a text layer), DOCX,
HTML, Markdown and plain text; directories are searched for those files. Deterministic patterns read
first; a small learned reader (shipped in the package) then reads what they left and may overrule a
pattern's stance when confident; its readings are marked "learned" with a probability. Sentences it
thinks may matter but could not place, and pattern readings whose topic it finds very unlikely (set
aside), are listed as worth reading.

Options:
  --scan FILE       the JSON result of \`fiduciary scan\` of the same vendor: promises are checked against it
  --format LIST     report formats, comma-separated: json,html,pdf,csv (default ${defaults.report.formats.join(',')})
  --out DIR         output directory (default ${defaults.report.outDir})
  --fail-on SEV     exit 1 when a finding is at least this severe (critical, high, medium, low, info)
  --max-mb N        refuse files larger than N MB (default ${defaults.review.maxFileBytes / 1024 / 1024})
  --patterns-only   read with the deterministic patterns alone, without the learned reader beside them

Examples:
  fiduciary review vendor-licence.pdf privacy-policy.html
  fiduciary review contracts/ --format html,json --out review-2025
  fiduciary review policy.pdf --scan fiduciary-report/fiduciary-report.json --fail-on high

Exit codes: 0 reviewed, 1 findings at or above --fail-on, 2 usage error, 3 a file could not be reviewed.
`;

const MARK = { protective: '+', harmful: '!', ambiguous: '?', silent: '-' } as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { scan: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'fail-on': { type: 'string' }, 'max-mb': { type: 'string' }, 'patterns-only': { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new FiduciaryError('FID_USAGE', 'Name at least one document or directory to review.');
  const failOn = values['fail-on'] as Severity | undefined;
  if (failOn !== undefined && !SEVERITIES.includes(failOn)) throw new FiduciaryError('FID_USAGE', `--fail-on must be one of ${SEVERITIES.join(', ')}.`);
  const formats = parseFormats(values.format ?? defaults.report.formats.join(','));
  const maxMb = values['max-mb'] === undefined ? undefined : Number(values['max-mb']);
  if (maxMb !== undefined && !(maxMb > 0)) throw new FiduciaryError('FID_USAGE', '--max-mb must be a positive number.');
  const outDir = resolve(io.cwd, values.out ?? defaults.report.outDir);

  const { result, reviews } = await reviewFiles(positionals.map((p) => resolve(io.cwd, p)), {
    maxFileBytes: maxMb === undefined ? defaults.review.maxFileBytes : Math.round(maxMb * 1024 * 1024),
    displayRoot: io.cwd,
    ...(values['patterns-only'] ? { learned: false as const } : {}),
  });
  if (values.scan) {
    const scanPath = resolve(io.cwd, values.scan);
    const text = await readFile(scanPath, 'utf8').catch((err: unknown) => {
      throw new FiduciaryError('FID_FILE_UNREADABLE', `cannot read the scan result ${values.scan}`, { cause: err, where: scanPath });
    });
    const scan = parseRunResult(text, values.scan);
    const contradictions = crossCheck(result, scan);
    result.findings.unshift(...contradictions);
    result.summary = scoreOf(result.findings);
    result.settings = { ...result.settings, scan: scan.target };
  }

  for (const rv of reviews) {
    io.stdout.write(`\n${rv.name} (${rv.format}${rv.pages ? `, ${rv.pages} pages` : ''}, ${rv.sentences} sentences)\n`);
    for (const t of rv.topics) {
      if (t.stance === 'silent' && !t.topic.expected) continue;
      const first = t.matches.find((m) => m.stance === t.stance);
      const where = first ? `  [${locationOf(first)}${first.learned || first.overruled ? `, ${readByOf(first)}` : ''}] "${first.quote.length > 110 ? `${first.quote.slice(0, 107)}...` : first.quote}"` : '';
      io.stdout.write(`  ${MARK[t.stance]} ${t.topic.id.padEnd(17)} ${t.stance.padEnd(10)}${where}\n`);
    }
    const setAside = rv.worthReading.filter((w) => w.doubted).length;
    if (rv.worthReading.length) io.stdout.write(`  ${rv.worthReading.length} more sentence(s) worth reading${setAside ? ` (${setAside} read by the patterns, set aside by the learned reader)` : ''}: see "Sentences worth reading" in the report\n`);
  }
  const contradictions = result.findings.filter((f) => f.ruleId === 'promise-contradicted');
  for (const c of contradictions) io.stdout.write(`\nCRITICAL ${c.title}\n`);
  const questions = result.sections?.find((s) => s.id === 'review-questions')?.paragraphs ?? [];
  if (questions.length) io.stdout.write(`\nQuestions to send the vendor:\n${questions.map((q) => `  ${q}`).join('\n')}\n`);
  for (const e of result.errors) io.stderr.write(`fiduciary review: ${e.where}: ${e.message} [${e.code}]\n`);

  const written = await writeReports(result, { formats, outDir, basename: 'fiduciary-review' });
  io.stdout.write(`\nScore ${result.summary.score} (${result.summary.grade}). Wrote ${written.join(', ')}\n`);
  if (result.errors.length) return EXIT.failed;
  if (failOn && result.findings.some((f) => f.outcome !== 'pass' && f.outcome !== 'error' && atLeast(f.severity, failOn))) return EXIT.findings;
  return EXIT.ok;
}
