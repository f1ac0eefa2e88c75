/**
 * Scoring a review against labels written by a person: per topic, precision (readings whose topic and
 * stance agree with a label on an overlapping quote) and recall (labels found with the right stance), and
 * the ways of combining two people's labels. Used by `fiduciary review --labels`, by the corpus tests and by
 * `npm run bench:review`.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { FiduciaryError } from '../model/index.js';
import { topics } from './clauses/index.js';
import type { DocumentReview } from './analyze.js';
import { normalizeText } from './normalize.js';
import type { ClauseMatch } from './types.js';

/** The labels of one document: topic, stance and the exact quote of each labelled sentence. */
export interface LabelFile {
  document: string;
  /** Corpus documents only: written without sight of the matchers. */
  heldOut?: boolean;
  labels: { topic: string; stance: string; quote: string }[];
}

export interface TopicScore { topic: string; tp: number; fp: number; fn: number; found: number; labels: number; predicted: number; precision: number; recall: number }

const norm = (s: string): string => normalizeText(s).toLowerCase().replace(/[."'\s]+$/g, '').replace(/^["'\s]+/, '');
export const overlaps = (a: string, b: string): boolean => {
  const x = norm(a), y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};

/** All topics together: precision over every reading, recall over every label. */
export function overall(scores: readonly TopicScore[]): { tp: number; predicted: number; found: number; labels: number; precision: number; recall: number } {
  const tp = scores.reduce((a, s) => a + s.tp, 0), predicted = scores.reduce((a, s) => a + s.predicted, 0);
  const found = scores.reduce((a, s) => a + s.found, 0), labels = scores.reduce((a, s) => a + s.labels, 0);
  return { tp, predicted, found, labels, precision: predicted ? tp / predicted : 1, recall: labels ? found / labels : 1 };
}

/**
 * A disagreement with the labels: a reading no label agrees with (`read`, with the label's stance when the
 * topic was labelled there), or a label not read with its stance (`missed`, with the stance read if the topic was).
 */
export interface Disagreement { document: string; kind: 'read' | 'missed'; topic: string; labelled?: string; read?: string; reason?: string; quote: string }

/** Per-topic scores, plus the disagreements (as lines for reading when a figure drops, and as records). A label of a topic the review does not know is not counted: `loadLabels` refuses such files. */
export function score(files: LabelFile[], reviews: Map<string, DocumentReview>): { scores: TopicScore[]; mistakes: string[]; disagreements: Disagreement[] } {
  const disagreements: Disagreement[] = [];
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
        const l = lf.labels.find((x) => x.topic === m.topic && overlaps(x.quote, m.quote));
        disagreements.push({ document: lf.document, kind: 'read', topic: m.topic, read: m.stance, reason: m.reason, quote: m.quote, ...(l ? { labelled: l.stance } : {}) });
      }
    }
    for (const l of lf.labels) {
      const s = by.get(l.topic);
      if (!s) continue;
      s.labels++;
      if (rv.matches.some((m) => m.topic === l.topic && m.stance === l.stance && overlaps(l.quote, m.quote))) s.found++;
      else {
        s.fn++;
        const got = rv.matches.find((m) => m.topic === l.topic && overlaps(l.quote, m.quote));
        disagreements.push({ document: lf.document, kind: 'missed', topic: l.topic, labelled: l.stance, quote: l.quote, ...(got ? { read: got.stance, reason: got.reason } : {}) });
      }
    }
  }
  for (const s of scores) {
    s.precision = s.predicted ? s.tp / s.predicted : 1;
    s.recall = s.labels ? s.found / s.labels : 1;
  }
  const mistakes = disagreements.map((d) => (d.kind === 'read'
    ? `FP ${d.document} ${d.topic}=${d.read} [${d.reason}] "${d.quote}"`
    : `FN ${d.document} ${d.topic}=${d.labelled}${d.read ? ` (read ${d.read}: ${d.reason})` : ''} "${d.quote}"`));
  return { scores, mistakes, disagreements };
}

/** One reader's labels as if they were readings, so `score` measures one reader against another. */
export function asReviews(files: readonly LabelFile[]): Map<string, DocumentReview> {
  return new Map(files.map((f) => [f.document, {
    name: f.document, format: f.document.split('.').pop() as DocumentReview['format'], sentences: 0, topics: [], worthReading: [],
    matches: f.labels.map((l) => ({ topic: l.topic, stance: l.stance as ClauseMatch['stance'], quote: l.quote, paragraph: 0, reason: 'labels' })),
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

const STANCES = new Set(['protective', 'harmful', 'ambiguous']);

/**
 * Read label files (`<name>.labels.json`, the corpus's form: `{ "document": "licence.pdf", "labels": [{ "topic",
 * "stance", "quote" }] }`) from a file or a directory. A file that is not valid JSON, or has an unknown topic or
 * stance or an empty quote, is an error of its own, with its path; the others are still read.
 */
export async function loadLabels(path: string): Promise<{ files: LabelFile[]; errors: FiduciaryError[] }> {
  const info = await stat(path).catch((cause: unknown) => {
    throw new FiduciaryError('FID_FILE_UNREADABLE', `cannot read the labels ${path}`, { cause, where: path });
  });
  const paths = info.isDirectory() ? (await readdir(path)).filter((f) => f.endsWith('.labels.json')).sort().map((f) => join(path, f)) : [path];
  const ids = new Set(topics.map((t) => t.id));
  const files: LabelFile[] = [], errors: FiduciaryError[] = [];
  for (const p of paths) {
    try {
      const raw = JSON.parse(await readFile(p, 'utf8')) as Partial<LabelFile>;
      if (typeof raw.document !== 'string' || !Array.isArray(raw.labels)) throw new Error('expected { "document": "...", "labels": [...] }');
      raw.labels.forEach((l, i) => {
        if (!ids.has(l?.topic)) throw new Error(`label ${i + 1}: unknown topic "${String(l?.topic)}"`);
        if (!STANCES.has(l.stance)) throw new Error(`label ${i + 1}: stance must be protective, harmful or ambiguous, not "${String(l.stance)}"`);
        if (typeof l.quote !== 'string' || !l.quote.trim()) throw new Error(`label ${i + 1}: empty quote`);
      });
      files.push({ document: raw.document, labels: raw.labels });
    } catch (err) {
      errors.push(new FiduciaryError('FID_LABELS_INVALID', `${basename(p)}: ${err instanceof Error ? err.message : String(err)}`, { cause: err, where: p }));
    }
  }
  if (!paths.length) errors.push(new FiduciaryError('FID_LABELS_INVALID', 'no .labels.json file in the directory', { where: path }));
  return { files, errors };
}
