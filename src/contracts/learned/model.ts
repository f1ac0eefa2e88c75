/**
 * The learned clause reader: a small linear model trained on our own labelled documents and example
 * sentences (see `scripts/train-review-model.ts`), shipped as data in the package; nothing is downloaded.
 * It reads the (sentence, topic) pairs the patterns left unread, overrules a pattern's stance only when it is
 * confident of another, sets aside a pattern reading whose topic it finds very unlikely, and names the unread
 * and set-aside sentences a person should still read. Every learned reading, overruled stance or set-aside
 * reading says so, with its probability; the deterministic matcher stays the baseline and stands alone with
 * `--patterns-only`. A question answered "No." is inverted as the patterns do.
 */
import { readFileSync } from 'node:fs';
import type { ClauseMatch, Stance } from '../types.js';
import { sentenceFeatures } from './features.js';
import { classProbabilities, probability, type BinaryModel, type SoftmaxModel } from './train.js';

export interface ReviewModel {
  version: 1;
  /** What it was trained on, for the record. */
  trainedOn: { documents: number; sentences: number; examples: number; labels: number };
  /** A topic is read when P(topic) reaches this. */
  threshold: number;
  /** A sentence nothing read is listed as worth reading when its likeliest topic reaches this. */
  worthReadingFrom: number;
  /** A pattern reading takes the model's stance when the model gives a different one at least this probability. */
  overruleStanceFrom: number;
  /** A pattern reading is set aside, for a person to read, when the model gives its topic less than this. */
  doubtBelow: number;
  topics: Record<string, BinaryModel>;
  stance: SoftmaxModel;
}

type Reading = Exclude<Stance, 'silent'>;
const INVERT: Record<Reading, Reading> = { harmful: 'protective', protective: 'harmful', ambiguous: 'ambiguous' };

/** Stance features: the sentence's own, and the same again tied to the topic (topic-specific evidence). */
export function stanceFeatures(topic: string, features: readonly string[]): string[] {
  return [...features, ...features.map((f) => `${topic}|${f}`)];
}

/**
 * The model as stored: every feature name once, and each weight as an integer in hundredths aligned with
 * that list (0 where pruned), so the file does not repeat a name for each of the eighteen topics.
 */
export interface PackedModel {
  version: 1;
  trainedOn: ReviewModel['trainedOn'];
  threshold: number;
  worthReadingFrom: number;
  overruleStanceFrom: number;
  doubtBelow: number;
  features: string[];
  topics: Record<string, { bias: number; w: number[] }>;
  stance: { classes: string[]; bias: number[]; w: number[] };
}

const SCALE = 100;

export function packModel(m: ReviewModel): PackedModel {
  const names = new Set<string>();
  for (const t of Object.values(m.topics)) for (const f of Object.keys(t.w)) names.add(f);
  for (const f of Object.keys(m.stance.w)) names.add(f);
  const features = [...names].sort();
  const k = m.stance.classes.length;
  return {
    version: 1, trainedOn: m.trainedOn, threshold: m.threshold, worthReadingFrom: m.worthReadingFrom, overruleStanceFrom: m.overruleStanceFrom, doubtBelow: m.doubtBelow, features,
    topics: Object.fromEntries(Object.entries(m.topics).map(([id, t]) => [id, { bias: t.bias, w: features.map((f) => Math.round((t.w[f] ?? 0) * SCALE)) }])),
    stance: { classes: m.stance.classes, bias: m.stance.bias, w: features.flatMap((f) => (m.stance.w[f] ?? new Array<number>(k).fill(0)).map((v) => Math.round(v * SCALE))) },
  };
}

export function unpackModel(p: PackedModel): ReviewModel {
  const k = p.stance.classes.length;
  const topicsOut: ReviewModel['topics'] = {};
  for (const [id, t] of Object.entries(p.topics)) {
    const w: Record<string, number> = {};
    t.w.forEach((v, i) => { if (v) w[p.features[i]!] = v / SCALE; });
    topicsOut[id] = { bias: t.bias, w };
  }
  const sw: Record<string, number[]> = {};
  p.features.forEach((f, i) => {
    const row = p.stance.w.slice(i * k, i * k + k);
    if (row.some((v) => v !== 0)) sw[f] = row.map((v) => v / SCALE);
  });
  return { version: 1, trainedOn: p.trainedOn, threshold: p.threshold, worthReadingFrom: p.worthReadingFrom, overruleStanceFrom: p.overruleStanceFrom, doubtBelow: p.doubtBelow, topics: topicsOut, stance: { classes: p.stance.classes, bias: p.stance.bias, w: sw } };
}

/** A probability as reports show it, to two decimals. */
export const round2 = (v: number): number => Math.round(v * 100) / 100;

// A sentence is read up to three times (stance check, topics, worth reading): its features are made once.
const featureCache = new WeakMap<LearnedSentence, string[]>();
function featuresOf(s: LearnedSentence): string[] {
  let x = featureCache.get(s);
  if (!x) featureCache.set(s, (x = sentenceFeatures(s.match ?? s.text, s.heading)));
  return x;
}

// The stance check and the set-aside check both find a reading's sentence by its place: one index per document.
const placeCache = new WeakMap<readonly LearnedSentence[], Map<string, LearnedSentence>>();
function byPlace(sentences: readonly LearnedSentence[]): Map<string, LearnedSentence> {
  let m = placeCache.get(sentences);
  if (!m) placeCache.set(sentences, (m = new Map(sentences.map((s) => [readKey(s, ''), s]))));
  return m;
}

let shipped: ReviewModel | undefined;

/** The model in the package (read once). */
export function shippedModel(): ReviewModel {
  shipped ??= unpackModel(JSON.parse(readFileSync(new URL('./weights.json', import.meta.url), 'utf8')) as PackedModel);
  return shipped;
}

export interface LearnedSentence { text: string; match?: string; heading?: string; answer?: 'yes' | 'no'; page?: number; paragraph: number }

/**
 * The learned stance of a sentence on a topic: the sentence's own reading, the stance it gives (a question
 * answered "No." inverted) and the model's probability for it, unrounded.
 */
export function learnedStance(s: LearnedSentence, topic: string, model: ReviewModel): { own: Reading; stance: Reading; probability: number } {
  const ps = classProbabilities(model.stance, stanceFeatures(topic, featuresOf(s)));
  let best = 0;
  for (let c = 1; c < ps.length; c++) if (ps[c]! > ps[best]!) best = c;
  const own = model.stance.classes[best] as Reading;
  return { own, stance: s.answer === 'no' ? INVERT[own] : own, probability: ps[best]! };
}

/**
 * Pattern readings whose stance the model contradicts with at least `overruleStanceFrom` take the model's
 * stance, marked (`overruled` keeps the patterns' stance). In cross-validation on documents the patterns were
 * not tuned on, overruling from 0.8 lifted precision 0.64 to 0.68 and recall 0.54 to 0.57.
 */
export function overruleStances(matches: ClauseMatch[], sentences: readonly LearnedSentence[], model: ReviewModel): ClauseMatch[] {
  const bySentence = byPlace(sentences);
  return matches.map((m) => {
    const s = bySentence.get(readKey(m, ''));
    if (!s || m.learned) return m;
    const l = learnedStance(s, m.topic, model);
    const p = round2(l.probability);
    if (l.stance === m.stance || p < model.overruleStanceFrom) return m;
    return { ...m, stance: l.stance, reason: `${m.reason}; stance ${l.stance} by the learned model (${p.toFixed(2)}) over the patterns' ${m.stance}`, overruled: { stance: m.stance, probability: p } };
  });
}

/** A pattern reading the learned reader doubts, with its probability for the reading's topic (unrounded). */
export interface DoubtedReading { match: ClauseMatch; probability: number }

/**
 * Pattern readings whose topic the model gives less than `doubtBelow` are set aside: a pattern that fired on
 * words out of their usual sense ("prices hold for 180 days" read as retention). They leave the readings and
 * are listed for a person to read, so nothing the patterns found is hidden. Learned readings are not doubted.
 */
export function doubtReadings(matches: readonly ClauseMatch[], sentences: readonly LearnedSentence[], model: ReviewModel): { kept: ClauseMatch[]; doubted: DoubtedReading[] } {
  const bySentence = byPlace(sentences);
  const kept: ClauseMatch[] = [], doubted: DoubtedReading[] = [];
  for (const m of matches) {
    const s = bySentence.get(readKey(m, ''));
    const t = model.topics[m.topic];
    const p = s && t && !m.learned ? probability(t, featuresOf(s)) : 1;
    if (p < model.doubtBelow) doubted.push({ match: m, probability: p });
    else kept.push(m);
  }
  return { kept, doubted };
}

/** The key of a (sentence, topic) pair: where the sentence is, its text, and the topic. */
export function readKey(s: { page?: number; paragraph: number; text?: string; quote?: string }, topic: string): string {
  return `${s.page ?? 0}\u0000${s.paragraph}\u0000${s.quote ?? s.text}\u0000${topic}`;
}

/** What the learned reader makes of a document's sentences. */
export interface LearnedReading {
  /** Its readings of the (sentence, topic) pairs the patterns left unread, from `threshold` on. */
  matches: ClauseMatch[];
  /** For each sentence the patterns did not read at all: its likeliest topic and that probability, unrounded. */
  likeliest: Map<LearnedSentence, { topic: string; probability: number }>;
}

/**
 * Read sentences for the given topics, skipping (sentence, topic) pairs already read by the patterns (`read`
 * holds their `readKey`s). Each topic's probability is computed once per sentence and serves both the
 * readings and the likeliest topic of a sentence nothing else read.
 */
export function readLearned(sentences: readonly LearnedSentence[], model: ReviewModel, topicIds: readonly string[], read: ReadonlySet<string> = new Set()): LearnedReading {
  const matches: ClauseMatch[] = [];
  const likeliest: LearnedReading['likeliest'] = new Map();
  for (const s of sentences) {
    const x = featuresOf(s);
    let readByPatterns = false;
    let best: { topic: string; probability: number } | undefined;
    for (const topic of topicIds) {
      if (read.has(readKey(s, topic))) {
        readByPatterns = true;
        continue;
      }
      const m = model.topics[topic];
      if (!m) continue;
      const p = probability(m, x);
      if (!best || p > best.probability) best = { topic, probability: p };
      if (p < model.threshold) continue;
      const l = learnedStance(s, topic, model);
      const reason = `learned model: topic ${p.toFixed(2)}, ${l.own} ${l.probability.toFixed(2)}${s.answer ? `, answered "${s.answer}"` : ''}`;
      matches.push({ topic, stance: l.stance, quote: s.text, page: s.page, paragraph: s.paragraph, reason, learned: { topic: round2(p), stance: round2(l.probability) } });
    }
    if (best && !readByPatterns) likeliest.set(s, best);
  }
  return { matches, likeliest };
}
