/**
 * Scores the clause matcher against the hand-written labels of the corpus: per topic, precision (matched
 * sentences whose topic and stance agree with a label on the same sentence) and recall (labels found with
 * the right stance). Shared by the corpus test and `npm run bench:review`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { topics } from '../../src/contracts/clauses/index.js';
import { analyzeDocument, type DocumentReview, type ReadOptions } from '../../src/contracts/analyze.js';
import { extractFile } from '../../src/contracts/extract/index.js';
import type { ClauseMatch } from '../../src/contracts/types.js';
import { normalizeText } from '../../src/contracts/normalize.js';

export const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'contracts', 'corpus');

export interface LabelFile {
  document: string;
  heldOut: boolean;
  labels: { topic: string; stance: string; quote: string }[];
}

export interface TopicScore { topic: string; tp: number; fp: number; fn: number; found: number; labels: number; predicted: number; precision: number; recall: number }

const norm = (s: string): string => normalizeText(s).toLowerCase().replace(/[."'\s]+$/g, '').replace(/^["'\s]+/, '');
export const overlaps = (a: string, b: string): boolean => {
  const x = norm(a), y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};

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
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as LabelFile)
    .filter((l) => which === 'all' || (which === 'held-out' ? l.heldOut : setOf(l.document) === which));
}

/** Review every labelled document; returns the reviews and wall-clock milliseconds. */
export async function reviewCorpus(files: LabelFile[], opts: ReadOptions = {}): Promise<{ reviews: Map<string, DocumentReview>; ms: number }> {
  const reviews = new Map<string, DocumentReview>();
  const t0 = performance.now();
  for (const lf of files) reviews.set(lf.document, analyzeDocument(await extractFile(join(CORPUS, lf.document), 50 * 1024 * 1024), topics, opts));
  return { reviews, ms: performance.now() - t0 };
}

/** All topics together: precision over every reading, recall over every label. */
export function overall(scores: readonly TopicScore[]): { tp: number; predicted: number; found: number; labels: number; precision: number; recall: number } {
  const tp = scores.reduce((a, s) => a + s.tp, 0), predicted = scores.reduce((a, s) => a + s.predicted, 0);
  const found = scores.reduce((a, s) => a + s.found, 0), labels = scores.reduce((a, s) => a + s.labels, 0);
  return { tp, predicted, found, labels, precision: predicted ? tp / predicted : 1, recall: labels ? found / labels : 1 };
}

/** Per-topic scores, plus the mistakes (for reading when a figure drops). */
export function score(files: LabelFile[], reviews: Map<string, DocumentReview>): { scores: TopicScore[]; mistakes: string[] } {
  const mistakes: string[] = [];
  const scores: TopicScore[] = topics.map((t) => ({ topic: t.id, tp: 0, fp: 0, fn: 0, found: 0, labels: 0, predicted: 0, precision: 1, recall: 1 }));
  const by = new Map(scores.map((s) => [s.topic, s]));
  for (const lf of files) {
    const rv = reviews.get(lf.document)!;
    for (const m of rv.matches) {
      const s = by.get(m.topic)!;
      s.predicted++;
      if (lf.labels.some((l) => l.topic === m.topic && l.stance === m.stance && overlaps(l.quote, m.quote))) s.tp++;
      else {
        s.fp++;
        mistakes.push(`FP ${lf.document} ${m.topic}=${m.stance} [${m.reason}] "${m.quote}"`);
      }
    }
    for (const l of lf.labels) {
      const s = by.get(l.topic);
      if (!s) { mistakes.push(`unknown topic ${l.topic} in ${lf.document}`); continue; }
      s.labels++;
      if (rv.matches.some((m) => m.topic === l.topic && m.stance === l.stance && overlaps(l.quote, m.quote))) s.found++;
      else {
        s.fn++;
        const got = rv.matches.find((m) => m.topic === l.topic && overlaps(l.quote, m.quote));
        mistakes.push(`FN ${lf.document} ${l.topic}=${l.stance}${got ? ` (read ${got.stance}: ${got.reason})` : ''} "${l.quote}"`);
      }
    }
  }
  for (const s of scores) {
    s.precision = s.predicted ? s.tp / s.predicted : 1;
    s.recall = s.labels ? s.found / s.labels : 1;
  }
  return { scores, mistakes };
}

/**
 * The second reader: for the blind sets, a second person labelled the same documents from their text alone,
 * with the same labelling rules, without seeing the first reader's labels, the matchers or the model. How
 * far two careful readers agree is the ceiling any reader of these labels can be measured against.
 */
export const SECOND_READER = resolve(CORPUS, '..', 'second-reader');

/** The second reader's label files (same form as the corpus's), for the documents that have one. */
export function secondReading(): LabelFile[] {
  return readdirSync(SECOND_READER)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(SECOND_READER, f), 'utf8')) as LabelFile);
}

/** One reader's labels as if they were readings, so `score` measures one reader against another. */
export function asReviews(files: readonly LabelFile[]): Map<string, DocumentReview> {
  return new Map(files.map((f) => [f.document, {
    name: f.document, format: f.document.split('.').pop() as DocumentReview['format'], sentences: 0, topics: [], worthReading: [],
    matches: f.labels.map((l) => ({ topic: l.topic, stance: l.stance as ClauseMatch['stance'], quote: l.quote, paragraph: 0, reason: 'second reader' })),
  }]));
}

const sameLabel = (x: LabelFile['labels'][number], y: LabelFile['labels'][number]): boolean => x.topic === y.topic && x.stance === y.stance && overlaps(x.quote, y.quote);

/** The labels both readers gave a document (same topic and stance on overlapping quotes), in the first reader's words. */
export function agreed(a: LabelFile, b: LabelFile): LabelFile {
  return { ...a, labels: a.labels.filter((x) => b.labels.some((y) => sameLabel(x, y))) };
}

/** The labels either reader gave: the first reader's, and the second's that the first lacks. */
export function either(a: LabelFile, b: LabelFile): LabelFile {
  return { ...a, labels: [...a.labels, ...b.labels.filter((y) => !a.labels.some((x) => sameLabel(x, y)))] };
}
