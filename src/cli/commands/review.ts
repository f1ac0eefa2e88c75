/**
 * `fiduciary review <file|dir...>`: reads vendor contracts, licences, data-processing agreements and
 * privacy policies (PDF, DOCX, HTML, Markdown, text) and says, topic by topic, what the vendor may do with
 * patron data, quoting the clause and where it is. With `--scan result.json` it also checks the document's
 * promises against what a scan of the vendor observed. A file that cannot be read is reported and the
 * others are still reviewed; the exit code is then 3.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaults } from '../../config/defaults.js';
import { TABLE_QUOTE_CHARS, clip, reviewFiles, scoreOf, locationOf, readByOf, type DocumentReview } from '../../contracts/analyze.js';
import { loadLabels, overall, score, type LabelFile } from '../../contracts/score.js';
import { crossCheck } from '../../contracts/crosscheck.js';
import { FiduciaryError, SEVERITIES, atLeast, type RunResult, type Severity } from '../../model/index.js';
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
  --labels PATH     your own labels (a .labels.json file, or a directory of them): the review is measured
                    against them, per topic, and the report gets a section "Measured against your labels"

Examples:
  fiduciary review vendor-licence.pdf privacy-policy.html
  fiduciary review contracts/ --format html,json --out review-2025
  fiduciary review policy.pdf --scan fiduciary-report/fiduciary-report.json --fail-on high
  fiduciary review contracts/ --labels contracts/labels/

A label file names its document and lists what a person read in it, in the form of the test corpus:
  { "document": "licence.pdf", "labels": [{ "topic": "sale", "stance": "protective", "quote": "We never sell..." }] }

Exit codes: 0 reviewed, 1 findings at or above --fail-on, 2 usage error, 3 a file could not be reviewed
or a label file could not be used.
`;

const MARK = { protective: '+', harmful: '!', ambiguous: '?', silent: '-' } as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { scan: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'fail-on': { type: 'string' }, 'max-mb': { type: 'string' }, 'patterns-only': { type: 'boolean' }, labels: { type: 'string' } },
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
      const where = first ? `  [${locationOf(first)}${first.learned || first.overruled ? `, ${readByOf(first)}` : ''}] "${clip(first.quote, 110)}"` : '';
      io.stdout.write(`  ${MARK[t.stance]} ${t.topic.id.padEnd(17)} ${t.stance.padEnd(10)}${where}\n`);
    }
    const setAside = rv.worthReading.filter((w) => w.doubted).length;
    if (rv.worthReading.length) io.stdout.write(`  ${rv.worthReading.length} more sentence(s) worth reading${setAside ? ` (${setAside} read by the patterns, set aside by the learned reader)` : ''}: see "Sentences worth reading" in the report\n`);
  }
  const contradictions = result.findings.filter((f) => f.ruleId === 'promise-contradicted');
  for (const c of contradictions) io.stdout.write(`\nCRITICAL ${c.title}\n`);
  const questions = result.sections?.find((s) => s.id === 'review-questions')?.paragraphs ?? [];
  if (questions.length) io.stdout.write(`\nQuestions to send the vendor:\n${questions.map((q) => `  ${q}`).join('\n')}\n`);
  if (values.labels) measureAgainstLabels(await loadLabels(resolve(io.cwd, values.labels)), reviews, result, io);
  for (const e of result.errors) io.stderr.write(`fiduciary review: ${e.where}: ${e.message} [${e.code}]\n`);

  const written = await writeReports(result, { formats, outDir, basename: 'fiduciary-review' });
  io.stdout.write(`\nScore ${result.summary.score} (${result.summary.grade}). Wrote ${written.join(', ')}\n`);
  if (result.errors.length) return EXIT.failed;
  if (failOn && result.findings.some((f) => f.outcome !== 'pass' && f.outcome !== 'error' && atLeast(f.severity, failOn))) return EXIT.findings;
  return EXIT.ok;
}

/**
 * Score the reviews against a person's labels (each label file matched to a reviewed document by file name),
 * print precision and recall per topic and add them to the report. A label file that cannot be read or names
 * a document not reviewed is an error of its own; the others are still scored.
 */
function measureAgainstLabels(loaded: Awaited<ReturnType<typeof loadLabels>>, reviews: DocumentReview[], result: RunResult, io: CliIO): void {
  const byName = new Map(reviews.map((rv) => [basename(rv.name), rv]));
  const files: LabelFile[] = [];
  const matched = new Map<string, DocumentReview>();
  const errors = [...loaded.errors];
  for (const f of loaded.files) {
    const rv = byName.get(basename(f.document));
    if (rv) {
      files.push(f);
      matched.set(f.document, rv);
    } else errors.push(new FiduciaryError('FID_LABELS_INVALID', `labels for ${f.document}, which was not reviewed`, { where: f.document }));
  }
  result.errors.push(...errors.map((e) => ({ code: e.code, message: e.message, where: e.where })));
  if (!files.length) return;
  const { scores, disagreements } = score(files, matched);
  const all = overall(scores);
  const pct = (v: number, n: number): string => (n ? v.toFixed(2) : '-');
  const rows = [...scores.filter((t) => t.labels || t.predicted).map((t) => [t.topic, t.labels, t.predicted, pct(t.precision, t.predicted), pct(t.recall, t.labels)]), ['all topics', all.labels, all.predicted, pct(all.precision, all.predicted), pct(all.recall, all.labels)]];
  io.stdout.write(`\nMeasured against your labels (${files.length} document(s)):\n${rows.map((r) => `  ${String(r[0]).padEnd(17)} ${String(r[1]).padStart(4)} labels ${String(r[2]).padStart(4)} readings  P ${r[3]}  R ${r[4]}`).join('\n')}\n`);
  if (disagreements.length) io.stdout.write(`  ${disagreements.length} disagreement(s): see "Where the review and your labels differ" in the report\n`);
  result.sections = [...(result.sections ?? []), {
    id: 'review-measured',
    title: 'Measured against your labels',
    paragraphs: [`The review compared with labels a person wrote for ${files.length} document(s): a reading counts when its topic and stance match a label on the same sentence. Precision: of the readings, how many a label agrees with; recall: of the labels, how many were read with the right stance.`],
    table: { columns: ['Topic', 'Labels', 'Readings', 'Precision', 'Recall'], rows },
  }, ...(disagreements.length ? [{
    id: 'review-measured-disagreements',
    title: 'Where the review and your labels differ',
    paragraphs: ['"Read" rows are readings no label agrees with (the stance your label gives, if the sentence has that topic); "missed" rows are labels not read with their stance (what was read, if anything).'],
    table: { columns: ['Document', 'Kind', 'Topic', 'Your label', 'Read', 'Quote'], rows: disagreements.map((d) => [basename(d.document), d.kind, d.topic, d.labelled ?? '-', d.read ?? '-', clip(d.quote, TABLE_QUOTE_CHARS)]) },
  }] : [])];
}
