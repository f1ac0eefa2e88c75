/**
 * Exact distinct counts over merged cells without keeping anyone's identity. When a window closes, each
 * person (session or patron) seen in two or more cells leaves behind only which set of cells it was in,
 * as a count per set. The distinct people over any union of cells is then the sum of the cells' own
 * counts less, for each recorded set, the people counted more than once in that union. Memory is one
 * number per distinct set of cells, never per person.
 */

/** Counts of people per set (two or more) of cell ids. */
export class CellOverlaps {
  private readonly sets = new Map<string, { ids: number[]; n: number }>();

  /** Record one person seen in `ids` (cell ids, any order; a single cell needs no record). */
  record(ids: readonly number[]): void {
    if (ids.length < 2) return;
    const sorted = ids.slice().sort((a, b) => a - b);
    const key = sorted.join(',');
    const s = this.sets.get(key);
    if (s === undefined) this.sets.set(key, { ids: sorted, n: 1 });
    else s.n++;
  }

  /** Distinct people over the cells `ids`, given each cell's own distinct count. */
  distinct(ids: readonly number[], countOf: (id: number) => number): number {
    const set = new Set(ids);
    let sum = 0;
    for (const id of set) sum += countOf(id);
    for (const s of this.sets.values()) {
      let hits = 0;
      for (const id of s.ids) if (set.has(id)) hits++;
      if (hits > 1) sum -= s.n * (hits - 1);
    }
    return sum;
  }
}
