/**
 * Training of the learned clause reader: L2-regularised logistic regression, one-vs-rest for "does this
 * sentence speak to topic T", and a softmax over protective / harmful / ambiguous for the stance of a
 * sentence on a topic. Stochastic gradient descent with AdaGrad steps over sparse 0/1 features, in a fixed
 * order from a seeded generator, so the same examples always give the same weights. Small weights are pruned
 * so the shipped model stays small.
 */

import { seededRandom } from '../../model/random.js';

export interface BinaryModel {
  bias: number;
  w: Record<string, number>;
}

export interface SoftmaxModel {
  classes: string[];
  bias: number[];
  w: Record<string, number[]>;
}

export interface TrainOptions {
  epochs: number;
  /** L2 strength per example step. */
  l2: number;
  /** Initial AdaGrad step. */
  rate: number;
  /** Weight of a positive example (topics are rare among sentences). */
  positiveWeight: number;
  /** Weights smaller than this in magnitude are dropped from the result. */
  prune: number;
  seed: number;
  /**
   * Naive-Bayes scaling of the topic models' features, 0 (off) to 1: each feature counts with
   * `nb * |log-count ratio| + (1 - nb)`, so a word that tells the topic apart weighs more from the start and
   * a word common to both sides is nearly muted (after Wang and Manning, "Baselines and bigrams", 2012). The
   * scale is folded into the weights written, so reading a model does not change.
   */
  nb: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 30, l2: 1e-3, rate: 0.3, positiveWeight: 1, prune: 0.05, seed: 7, nb: 0.5 };


function order(n: number, next: () => number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx;
}

/** Map feature names to dense indices once, so training works on integer arrays. */
class Index {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  encode(xs: readonly string[]): Int32Array {
    return Int32Array.from(xs, (x) => {
      let i = this.ids.get(x);
      if (i === undefined) {
        i = this.names.length;
        this.ids.set(x, i);
        this.names.push(x);
      }
      return i;
    });
  }
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** Train "is it about this topic" from feature lists and 0/1 answers. */
export function trainBinary(xs: readonly (readonly string[])[], ys: readonly number[], opts: TrainOptions = DEFAULT_TRAIN): BinaryModel {
  const index = new Index();
  const enc = xs.map((x) => index.encode(x));
  const r = nbScale(enc, ys, index.names.length, opts.nb);
  const w = new Float64Array(index.names.length);
  const g2 = new Float64Array(index.names.length).fill(1e-8);
  let bias = 0, b2 = 1e-8;
  const next = seededRandom(opts.seed);
  for (let e = 0; e < opts.epochs; e++) {
    for (const i of order(enc.length, next)) {
      const x = enc[i]!;
      let z = bias;
      for (const f of x) z += w[f]! * r[f]!;
      const weight = ys[i] ? opts.positiveWeight : 1;
      const g = (sigmoid(z) - ys[i]!) * weight;
      for (const f of x) {
        const gf = g * r[f]! + opts.l2 * w[f]!;
        g2[f]! += gf * gf;
        w[f]! -= (opts.rate * gf) / Math.sqrt(g2[f]!);
      }
      b2 += g * g;
      bias -= (opts.rate * g) / Math.sqrt(b2);
    }
  }
  const out: Record<string, number> = {};
  for (const [i, name] of index.names.entries()) {
    const v = w[i]! * r[i]!;
    if (Math.abs(v) >= opts.prune) out[name] = round(v);
  }
  return { bias: round(bias), w: out };
}

/** Per-feature scale `nb * |log((p_f / |p|) / (q_f / |q|))| + (1 - nb)` from add-one counts in positive (p) and negative (q) examples. */
function nbScale(enc: readonly Int32Array[], ys: readonly number[], n: number, nb: number): Float64Array {
  const r = new Float64Array(n).fill(1);
  if (!nb) return r;
  const p = new Float64Array(n).fill(1), q = new Float64Array(n).fill(1);
  enc.forEach((x, i) => { const t = ys[i] ? p : q; for (const f of x) t[f]! += 1; });
  let sp = 0, sq = 0;
  for (let f = 0; f < n; f++) { sp += p[f]!; sq += q[f]!; }
  for (let f = 0; f < n; f++) r[f] = nb * Math.abs(Math.log(p[f]! / sp / (q[f]! / sq))) + (1 - nb);
  return r;
}

/** Train a softmax over `classes` from feature lists and class names. */
export function trainSoftmax(xs: readonly (readonly string[])[], ys: readonly string[], classes: readonly string[], opts: TrainOptions = DEFAULT_TRAIN): SoftmaxModel {
  const index = new Index();
  const enc = xs.map((x) => index.encode(x));
  const k = classes.length;
  const w = new Float64Array(index.names.length * k);
  const g2 = new Float64Array(index.names.length * k).fill(1e-8);
  const bias = new Float64Array(k), b2 = new Float64Array(k).fill(1e-8);
  const yi = ys.map((y) => classes.indexOf(y));
  const next = seededRandom(opts.seed);
  const z = new Float64Array(k);
  for (let e = 0; e < opts.epochs; e++) {
    for (const i of order(enc.length, next)) {
      const x = enc[i]!;
      for (let c = 0; c < k; c++) {
        z[c] = bias[c]!;
        for (const f of x) z[c]! += w[f * k + c]!;
      }
      const p = softmax(z);
      for (let c = 0; c < k; c++) {
        const g = p[c]! - (c === yi[i] ? 1 : 0);
        for (const f of x) {
          const j = f * k + c;
          const gf = g + opts.l2 * w[j]!;
          g2[j]! += gf * gf;
          w[j]! -= (opts.rate * gf) / Math.sqrt(g2[j]!);
        }
        b2[c]! += g * g;
        bias[c]! -= (opts.rate * g) / Math.sqrt(b2[c]!);
      }
    }
  }
  const out: Record<string, number[]> = {};
  for (const [i, name] of index.names.entries()) {
    const row = Array.from({ length: k }, (_, c) => w[i * k + c]!);
    if (row.some((v) => Math.abs(v) >= opts.prune)) out[name] = row.map(round);
  }
  return { classes: [...classes], bias: Array.from(bias, round), w: out };
}

export function softmax(z: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) max = Math.max(max, z[i]!);
  const e = Array.from({ length: z.length }, (_, i) => Math.exp(z[i]! - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** P(yes) of a binary model for a feature list; unknown features count for nothing. */
export function probability(m: BinaryModel, x: readonly string[]): number {
  let z = m.bias;
  for (const f of x) z += m.w[f] ?? 0;
  return sigmoid(z);
}

/** Class probabilities of a softmax model for a feature list. */
export function classProbabilities(m: SoftmaxModel, x: readonly string[]): number[] {
  const z = [...m.bias];
  for (const f of x) {
    const row = m.w[f];
    if (row) for (let c = 0; c < z.length; c++) z[c]! += row[c]!;
  }
  return softmax(z);
}

const round = (v: number): number => Math.round(v * 1000) / 1000;
