/**
 * `npm run bench:review`: the contract review measured on the labelled corpus. Prints per-topic precision
 * and recall (the development documents, each blind held-out set, then all blind sets still held out
 * together), for the patterns alone and with the learned reader beside them, documents per second, and the
 * time to review the 40-page PDF (extraction included, median of several runs after a warm-up).
 */
import { join } from 'node:path';
import { analyzeDocument, type DocumentReview } from '../src/contracts/analyze.js';
import { extractFile } from '../src/contracts/extract/index.js';
import { CORPUS, CORPUS_SETS, agreed, asReviews, either, labelFiles, overall, overlaps, reviewCorpus, score, reading, setOf, type CorpusSet, type LabelFile } from '../test/contracts/evaluate.js';
import { TRAINING_SETS } from '../test/contracts/training.js';

const pct = (x: number): string => x.toFixed(2);

/** Per-topic precision and recall of the patterns alone and of the patterns with the learned reader beside them. */
async function table(title: string, files: LabelFile[]): Promise<Map<string, DocumentReview>> {
  if (!files.length) return new Map();
  const reviewed = [await reviewCorpus(files, { learned: false }), await reviewCorpus(files)];
  const runs = reviewed.map((r) => score(files, r.reviews).scores);
  console.log(`\n${title}: ${files.length} documents`);
  console.log(`${'topic'.padEnd(18)} ${'labels'.padStart(6)}   ${'patterns P'.padStart(10)} ${'R'.padStart(5)}   ${'+ learned P'.padStart(11)} ${'R'.padStart(5)}`);
  const row = (name: string, labels: number, [a, b]: [number, number][]): string =>
    `${name.padEnd(18)} ${String(labels).padStart(6)}   ${pct(a![0]).padStart(10)} ${pct(a![1]).padStart(5)}   ${pct(b![0]).padStart(11)} ${pct(b![1]).padStart(5)}`;
  for (const [i, s] of runs[0]!.entries()) console.log(row(s.topic, s.labels, runs.map((r) => [r[i]!.precision, r[i]!.recall]) as [number, number][]));
  const all = runs.map(overall);
  console.log(row('all topics', all[0]!.labels, all.map((a) => [a.precision, a.recall]) as [number, number][]));
  // How much of what no reader read is at least put in front of a person: labelled sentences read as some
  // topic or listed as worth reading, and what the list costs in sentences to read.
  const withModel = reviewed[1]!;
  let labelled = 0, readOrListed = 0, listed = 0, sentences = 0, listedLabelled = 0;
  for (const lf of files) {
    const rv = withModel.reviews.get(lf.document)!;
    sentences += rv.sentences;
    listed += rv.worthReading.length;
    const quotes = [...new Set(lf.labels.map((l) => l.quote))];
    labelled += quotes.length;
    for (const q of quotes) {
      const inList = rv.worthReading.some((w) => overlaps(q, w.quote));
      if (inList) listedLabelled++;
      if (inList || rv.matches.some((m) => overlaps(q, m.quote))) readOrListed++;
    }
  }
  console.log(`worth reading: ${listed} sentences listed (${((100 * listed) / sentences).toFixed(1)} % of ${sentences}), ${listedLabelled} of them labelled; labelled sentences read as some topic or listed: ${readOrListed} of ${labelled} (${((100 * readOrListed) / labelled).toFixed(0)} %)`);
  for (const [i, name] of ['patterns', 'patterns + learned'].entries()) {
    const below = runs[i]!.filter((s) => s.labels > 0 && (s.precision < 0.9 || s.recall < 0.9)).map((s) => s.topic);
    console.log(`topics below 0.9 (${name}): ${below.length ? below.join(', ') : 'none'}`);
  }
  return withModel.reviews;
}

const TITLES: Record<CorpusSet, string> = {
  dev: 'Development documents (1-39, 60-96: the patterns were tuned and the learned reader trained on these)',
  'blind-1': 'Blind set 1 (40-59): the patterns never tuned on it; the learned reader has been trained on it since its first reading',
  'blind-2': 'Blind set 2 (97-116): written without sight of the matchers or the model, never tuned or trained on',
  training: 'Training documents (117-176, 197-256, 277-396, 417-556, 577-856): written for the learned reader to learn from; the patterns never tuned on them',
  'blind-3': 'Blind set 3 (177-196): written without sight of the matchers, the model or the other sets, never tuned or trained on',
  'blind-4': 'Blind set 4 (257-276): written without sight of the matchers, the model or the other sets, never tuned or trained on',
  'blind-5': 'Blind set 5 (397-416): written without sight of the matchers, the model or the other sets, never tuned or trained on',
  'blind-6': 'Blind set 6 (557-576): written without sight of the matchers, the model or the other sets, never tuned or trained on',
};

const all = labelFiles();
for (const set of CORPUS_SETS) await table(TITLES[set.id], labelFiles(set.id));
// The headline figure: every blind set still used for measuring (never tuned or trained on), together.
const measuring = CORPUS_SETS.map((c) => c.id).filter((id) => id.startsWith('blind-') && !TRAINING_SETS.includes(id));
const blindReviews = await table(`All blind sets still held out (${measuring.join(', ')}) together`, measuring.flatMap((id) => labelFiles(id)));
// The other readings of the blind documents, beside the first reader's labels; the tool's readings are those of the table above.
const second = reading('second-reader');
const firstBy = new Map(all.map((f) => [f.document, f]));

/**
 * Two readers: the blind documents were labelled a second time by someone who saw only their text. The
 * second reader measured against the first is how far two careful people agree; the tool is measured
 * against each, on the labels both gave (recall), and against the labels either gave (precision: a reading
 * one careful person also made is defensible).
 */
async function twoReaders(): Promise<void> {
  if (!second.length) return;
  const first = second.map((b) => firstBy.get(b.document)!);
  const reviews = blindReviews;
  const both = first.map((a, i) => agreed(a, second[i]!)), any = first.map((a, i) => either(a, second[i]!));
  const runs = [
    score(first, asReviews(second)).scores, // second reader against the first
    score(first, reviews).scores, // the tool against the first reader
    score(second, reviews).scores, // the tool against the second reader
  ];
  const onBoth = score(both, reviews).scores, onAny = score(any, reviews).scores;
  console.log(`
Two readers: ${first.length} blind documents labelled again by a second reader from their text alone (${second.reduce((a, f) => a + f.labels.length, 0)} labels; the first reader's: ${first.reduce((a, f) => a + f.labels.length, 0)}; both gave ${both.reduce((a, f) => a + f.labels.length, 0)})`);
  console.log(`${'topic'.padEnd(18)}   ${'2nd vs 1st P'.padStart(12)} ${'R'.padStart(5)}   ${'tool vs 1st P'.padStart(13)} ${'R'.padStart(5)}   ${'tool vs 2nd P'.padStart(13)} ${'R'.padStart(5)}   ${'tool P (either)'.padStart(15)} ${'R (both)'.padStart(8)}`);
  const row = (name: string, v: number[]): string => `${name.padEnd(18)}   ${pct(v[0]!).padStart(12)} ${pct(v[1]!).padStart(5)}   ${pct(v[2]!).padStart(13)} ${pct(v[3]!).padStart(5)}   ${pct(v[4]!).padStart(13)} ${pct(v[5]!).padStart(5)}   ${pct(v[6]!).padStart(15)} ${pct(v[7]!).padStart(8)}`;
  for (const [i, s] of runs[0]!.entries()) console.log(row(s.topic, [...runs.flatMap((r) => [r[i]!.precision, r[i]!.recall]), onAny[i]!.precision, onBoth[i]!.recall]));
  const o = runs.map(overall);
  console.log(row('all topics', [...o.flatMap((x) => [x.precision, x.recall]), overall(onAny).precision, overall(onBoth).recall]));
  // The same without the stance: do the two readers (and the tool) agree on what a sentence is about?
  const topicOnly = (fs: LabelFile[]): LabelFile[] => fs.map((f) => ({ ...f, labels: f.labels.map((l) => ({ ...l, stance: 'any' })) }));
  const anyStance = (rv: typeof reviews): typeof reviews => new Map([...rv].map(([k, v]) => [k, { ...v, matches: v.matches.map((m) => ({ ...m, stance: 'any' as never })) }]));
  const t = [overall(score(topicOnly(first), asReviews(topicOnly(second))).scores), overall(score(topicOnly(first), anyStance(reviews)).scores)];
  console.log(`topic alone (stance ignored): second reader against the first P ${pct(t[0]!.precision)} R ${pct(t[0]!.recall)}; the tool against the first P ${pct(t[1]!.precision)} R ${pct(t[1]!.recall)}`);
  const below = runs[0]!.filter((s) => s.labels > 0 && (s.precision < 0.9 || s.recall < 0.9)).map((s) => s.topic);
  console.log(`topics where the two readers agree below 0.9: ${below.length} of ${runs[0]!.length}`);
}
await twoReaders();

/** Each reader and the tool against the adjudicated labels (both readers' agreement plus a third person's decisions). */
async function adjudicated(): Promise<void> {
  const gold = reading('adjudicated');
  if (!gold.length) return;
  const secondBy = new Map(second.map((f) => [f.document, f]));
  const runs = [score(gold, asReviews(gold.map((g) => firstBy.get(g.document)!))).scores, score(gold, asReviews(gold.map((g) => secondBy.get(g.document)!))).scores, score(gold, blindReviews).scores];
  console.log(`\nAdjudicated labels: ${gold.length} blind documents, ${gold.reduce((a, f) => a + f.labels.length, 0)} labels (those both readers gave, and a third person's decision where they disagreed)`);
  console.log(`${'topic'.padEnd(18)}   ${'1st reader P'.padStart(12)} ${'R'.padStart(5)}   ${'2nd reader P'.padStart(12)} ${'R'.padStart(5)}   ${'tool P'.padStart(7)} ${'R'.padStart(5)}`);
  const row = (name: string, v: number[]): string => `${name.padEnd(18)}   ${pct(v[0]!).padStart(12)} ${pct(v[1]!).padStart(5)}   ${pct(v[2]!).padStart(12)} ${pct(v[3]!).padStart(5)}   ${pct(v[4]!).padStart(7)} ${pct(v[5]!).padStart(5)}`;
  for (const [i, s] of runs[0]!.entries()) console.log(row(s.topic, runs.flatMap((r) => [r[i]!.precision, r[i]!.recall])));
  console.log(row('all topics', runs.map(overall).flatMap((x) => [x.precision, x.recall])));
  for (const [i, name] of ['first reader', 'second reader', 'tool'].entries()) {
    const at = runs[i]!.filter((t) => t.labels > 0 && t.precision >= 0.9 && t.recall >= 0.9).length;
    console.log(`topics at 0.9 / 0.9 or better (${name}): ${at} of ${runs[i]!.length}`);
  }
}
await adjudicated();
const unassigned = all.filter((f) => !setOf(f.document));
if (unassigned.length) await table('Documents in no set', unassigned);

// Throughput: every document once more, warm.
const { ms } = await reviewCorpus(all);
console.log(`\nthroughput: ${all.length} documents in ${(ms / 1000).toFixed(2)} s = ${((all.length * 1000) / ms).toFixed(1)} documents/second`);

const big = join(CORPUS, '25-large-licence-40p.pdf');
const times: number[] = [];
let pages = 0;
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  const doc = await extractFile(big, 50 * 1024 * 1024);
  analyzeDocument(doc);
  pages = doc.pages ?? 0;
  if (i > 0) times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`40-page PDF (${pages} pages): median ${(times[Math.floor(times.length / 2)]! / 1000).toFixed(2)} s, best ${(times[0]! / 1000).toFixed(2)} s over ${times.length} warm runs (target < 2 s)`);
