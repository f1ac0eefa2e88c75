/**
 * Small-cell suppression, so no published number describes fewer than k people. Within each period, every
 * cell whose distinct-session (or distinct-patron) count is below k is merged into one "(other)" row; when
 * that row itself stays below k, its numbers are withheld (published as null) rather than shown.
 * The "(other)" row's session count is the number of distinct sessions over its merged cells, which the
 * aggregator supplies (`distinct`): a session seen on two merged platforms counts once there.
 *
 * Optional noise: each published count gets independent Laplace noise of scale 1/epsilon, rounded and
 * clamped at zero, drawn from the system's cryptographic random source. It blurs exact small differences
 * between two releases; it is not a formal differential-privacy guarantee for the whole table, because one
 * session can contribute to several counts.
 */
import { randomBytes } from 'node:crypto';

export const OTHER = '(other)';

/** A cell: labels, the k-count field, and numeric metrics. */
export type Cell = Record<string, string | number | null>;

export interface SuppressOptions {
  k: number;
  /** Field holding the distinct people count that k is tested on. */
  kField: string;
  /** Label fields (the first is the period). */
  labels: string[];
  /** Numeric fields merged by summing. */
  metrics: string[];
  /** Laplace noise with scale 1/epsilon on every published number; off when undefined. */
  noiseEpsilon?: number;
  /**
   * Distinct people over a set of cells, for the "(other)" row. Without it the row's k-count is the sum
   * of its cells' counts, an upper bound when one person can appear in several cells.
   */
  distinct?: (cells: readonly Cell[]) => number;
}

export interface SuppressResult<C extends Cell> {
  rows: C[];
  /** Cells merged into "(other)" rows. */
  merged: number;
  /** "(other)" rows withheld because they were still below k. */
  withheld: number;
}

function uniform(): number {
  // 53 random bits → [0, 1)
  const b = randomBytes(8);
  return (b.readUInt32BE(0) * 2 ** 21 + (b.readUInt32BE(4) >>> 11)) / 2 ** 53;
}

/** One draw of Laplace(0, scale). */
export function laplace(scale: number): number {
  const u = uniform() - 0.5;
  return -scale * Math.sign(u) * Math.log(1 - 2 * Math.abs(u));
}

/** Apply k-suppression (and optional noise) to cells sorted by period. */
export function suppress<C extends Cell>(cells: C[], o: SuppressOptions): SuppressResult<C> {
  const rows: C[] = [];
  let merged = 0;
  let withheld = 0;
  const period = o.labels[0]!;
  let i = 0;
  while (i < cells.length) {
    const p = cells[i]![period];
    let other: Cell | undefined;
    const mergedCells: Cell[] = [];
    for (; i < cells.length && cells[i]![period] === p; i++) {
      const c = cells[i]!;
      if ((c[o.kField] as number) >= o.k) { rows.push({ ...c }); continue; }
      merged++;
      mergedCells.push(c);
      if (!other) {
        other = { [period]: p };
        for (const l of o.labels.slice(1)) other[l] = OTHER;
        for (const m of [o.kField, ...o.metrics]) other[m] = 0;
      }
      for (const m of [o.kField, ...o.metrics]) (other[m] as number) += c[m] as number;
    }
    if (other) {
      if (o.distinct) other[o.kField] = o.distinct(mergedCells);
      if ((other[o.kField] as number) < o.k) {
        withheld++;
        for (const m of [o.kField, ...o.metrics]) other[m] = null;
      }
      rows.push(other as C);
    }
  }
  if (o.noiseEpsilon !== undefined) {
    const scale = 1 / o.noiseEpsilon;
    for (const r of rows) for (const m of [o.kField, ...o.metrics]) {
      const v = r[m];
      if (typeof v === 'number') (r as Cell)[m] = Math.max(0, Math.round(v + laplace(scale)));
    }
  }
  return { rows, merged, withheld };
}
