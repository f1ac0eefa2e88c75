/**
 * The labelled corpus: its sets, its label files, reviewing it, and the other readings of the blind sets.
 * Scoring a review against labels (`score`, `overall`, `overlaps`...) lives in `src/contracts/score.ts` and
 * is re-exported here. Shared by the corpus tests, the training script and `npm run bench:review`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { topics } from '../../src/contracts/clauses/index.js';
import { analyzeDocument, type DocumentReview, type ReadOptions } from '../../src/contracts/analyze.js';
import { extractFile } from '../../src/contracts/extract/index.js';
import { asReviews, agreed, either, overall, overlaps, score, type LabelFile, type TopicScore } from '../../src/contracts/score.js';

export { asReviews, agreed, either, overall, overlaps, score, type LabelFile, type TopicScore };

export const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'contracts', 'corpus');

/**
 * The sets of the corpus, by the number a document's name starts with. `dev`: the documents the patterns
 * were developed on. `blind-1` ... `blind-6`: written by someone who saw neither the matchers nor the
 * model nor the other documents (`heldOut: true`). `training`: written afterwards for the learned reader to
 * learn from; the patterns were never tuned on them.
 */
export const CORPUS_SETS = [
  { id: 'dev', ranges: [[1, 39], [60, 96]] },
  { id: 'blind-1', ranges: [[40, 59]] },
  { id: 'blind-2', ranges: [[97, 116]] },
  { id: 'training', ranges: [[117, 176], [197, 256], [277, 396], [417, 556], [577, 856]] },
  { id: 'blind-3', ranges: [[177, 196]] },
  { id: 'blind-4', ranges: [[257, 276]] },
  { id: 'blind-5', ranges: [[397, 416]] },
  { id: 'blind-6', ranges: [[557, 576]] },
] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number]['id'];

/** Which set a document belongs to (by its number); undefined for a number outside every set. */
export function setOf(document: string): CorpusSet | undefined {
  const n = Number.parseInt(document, 10);
  return CORPUS_SETS.find((s) => s.ranges.some(([a, b]) => n >= a && n <= b))?.id;
}

/** The label files of the corpus: all, those held out (`heldOut: true`), or one set. */
export function labelFiles(which: 'all' | 'held-out' | CorpusSet = 'all'): LabelFile[] {
  return labelDir(CORPUS).filter((l) => which === 'all' || (which === 'held-out' ? l.heldOut : setOf(l.document) === which));
}

/** Every `.labels.json` file of a folder, in name order. */
function labelDir(dir: string): LabelFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelFile);
}

/** Review every labelled document; returns the reviews and wall-clock milliseconds. */
export async function reviewCorpus(files: LabelFile[], opts: ReadOptions = {}): Promise<{ reviews: Map<string, DocumentReview>; ms: number }> {
  const reviews = new Map<string, DocumentReview>();
  const t0 = performance.now();
  for (const lf of files) reviews.set(lf.document, analyzeDocument(await extractFile(join(CORPUS, lf.document), 50 * 1024 * 1024), topics, opts));
  return { reviews, ms: performance.now() - t0 };
}


/**
 * More readings of the blind sets 2-6. `second-reader`: a second person labelled the same documents from their
 * text alone, with the same labelling rules, without seeing the first reader's labels, the matchers or the
 * model. `adjudicated`: where the two readers disagreed, a third person (shown the sentence, the topic and the
 * stances proposed, not who proposed them) decided; the labels both readers gave plus those decisions are
 * the adjudicated labels. How far careful readers agree is the ceiling any reader of these labels can be
 * measured against.
 */
export const READINGS = { 'second-reader': resolve(CORPUS, '..', 'second-reader'), adjudicated: resolve(CORPUS, '..', 'adjudicated') } as const;

/** The label files of another reading (same form as the corpus's), for the documents that have one. */
export function reading(which: keyof typeof READINGS): LabelFile[] {
  return labelDir(READINGS[which]);
}
