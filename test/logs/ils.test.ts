/** ILS loan-history CSV: hand-counted circulation per month, branch and patron group, with suppression. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/logs/read.js';
import { computeLogStats } from '../../src/logs/stats.js';
import { FIXTURES } from './helpers.js';

const CSV = join(FIXTURES, 'loans.csv');

describe('ILS circulation statistics', () => {
  it('count loans, renewals, returns and distinct patrons (hand count of loans.csv)', async () => {
    const s = await computeLogStats(await expandInputs([CSV]), { format: 'ils-csv', k: 1, by: 'month' });
    expect(s.columns).toEqual(['period', 'location', 'group', 'patrons', 'loans', 'renewals', 'returns', 'otherActions']);
    // January MAIN/ADULT: two issues + one renewal by patrons 1 and 2; EAST/CHILD: one issue.
    // February MAIN/ADULT: patron 1 returns, patron 4 borrows; the last row's quote never closes.
    expect(s.rows).toEqual([
      ['2024-01', 'EAST', 'CHILD', 1, 1, 0, 0, 0],
      ['2024-01', 'MAIN', 'ADULT', 2, 2, 1, 0, 0],
      ['2024-02', 'MAIN', 'ADULT', 2, 1, 0, 1, 0],
    ]);
    expect(s.malformedLines).toEqual([{ file: 'loans.csv', line: 8, reason: 'unbalanced quotes' }]);
  });

  it('suppress branches with fewer than k patrons', async () => {
    const s = await computeLogStats(await expandInputs([CSV]), { format: 'ils-csv', k: 2, by: 'month' });
    expect(s.rows).toEqual([
      ['2024-01', 'MAIN', 'ADULT', 2, 2, 1, 0, 0],
      ['2024-01', '(other)', '(other)', null, null, null, null, null],
      ['2024-02', 'MAIN', 'ADULT', 2, 1, 0, 1, 0],
    ]);
  });

  it('an explicit column mapping wins over guesses', async () => {
    const s = await computeLogStats(await expandInputs([CSV]), { format: 'ils-csv', k: 1, by: 'month', columns: 'location=categorycode,group=branchcode' });
    expect(s.rows[0]!.slice(1, 3)).toEqual(['ADULT', 'MAIN']);
  });
});
