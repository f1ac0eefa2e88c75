/**
 * `npm run bench:review`: the contract review measured on the labelled corpus. Prints per-topic precision
 * and recall (all documents, the development ones, then any held out from tuning), documents per second, and
 * the time to review the 40-page PDF (extraction included, median of several runs after a warm-up).
 */
import { join } from 'node:path';
import { analyzeDocument } from '../src/contracts/analyze.js';
import { extractFile } from '../src/contracts/extract/index.js';
import { CORPUS, labelFiles, reviewCorpus, score, type LabelFile } from '../test/contracts/evaluate.js';

const pct = (x: number): string => x.toFixed(2);

async function table(title: string, files: LabelFile[]): Promise<number> {
  const { reviews, ms } = await reviewCorpus(files);
  const { scores } = score(files, reviews);
  console.log(`\n${title}: ${files.length} documents`);
  console.log(`${'topic'.padEnd(18)} ${'labels'.padStart(6)} ${'found'.padStart(6)} ${'predicted'.padStart(9)} ${'precision'.padStart(9)} ${'recall'.padStart(6)}`);
  for (const s of scores) console.log(`${s.topic.padEnd(18)} ${String(s.labels).padStart(6)} ${String(s.found).padStart(6)} ${String(s.predicted).padStart(9)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(6)}`);
  const tp = scores.reduce((a, s) => a + s.tp, 0), pred = scores.reduce((a, s) => a + s.predicted, 0);
  const found = scores.reduce((a, s) => a + s.found, 0), labels = scores.reduce((a, s) => a + s.labels, 0);
  console.log(`${'all topics'.padEnd(18)} ${String(labels).padStart(6)} ${String(found).padStart(6)} ${String(pred).padStart(9)} ${pct(tp / pred).padStart(9)} ${pct(found / labels).padStart(6)}`);
  const below = scores.filter((s) => s.labels > 0 && (s.precision < 0.9 || s.recall < 0.9)).map((s) => s.topic);
  console.log(`topics below 0.9: ${below.length ? below.join(', ') : 'none'}`);
  return ms;
}

const all = labelFiles();
await table('All documents', all);
await table('Development documents (the matchers were tuned on these)', labelFiles('dev'));
const heldOut = labelFiles('held-out');
if (heldOut.length) await table('Held-out documents (written without sight of the matchers, never tuned on)', heldOut);
else console.log('\nHeld-out documents: none in the corpus (mark a label file "heldOut": true to measure one)');

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
