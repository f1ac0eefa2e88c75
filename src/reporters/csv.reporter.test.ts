/**
 * The CSV report: golden file per sample (update with `npx vitest run -u src/reporters`), RFC 4180 quoting
 * that survives commas, quotes and newlines, and formula cells neutralised.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, sample, SAMPLE_NAMES } from '../../test/reporters/samples.js';
import { csvCell, renderCsv } from './csv.reporter.js';

/** Minimal RFC 4180 reader, enough to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const re = /"((?:[^"]|"")*)"(,|\r\n)/g;
  let row: string[] = [];
  for (const m of text.replace(/^\uFEFF/, '').matchAll(re)) {
    row.push(m[1]!.replace(/""/g, '"'));
    if (m[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe('csv reporter', () => {
  it.each(SAMPLE_NAMES)('%s matches its golden file', async (name) => {
    await expect(renderCsv(sample(name))).toMatchFileSnapshot(join(GOLDEN_DIR, `${name}.csv`));
  });

  it('writes one row per finding with a header, round-tripping awkward text', () => {
    const r = sample('review');
    r.findings[0]!.explanation = 'line one\nline "two", with comma';
    const rows = parseCsv(renderCsv(r));
    expect(rows).toHaveLength(r.findings.length + 1);
    expect(rows[0]!.slice(0, 5)).toEqual(['id', 'severity', 'outcome', 'rule', 'title']);
    const explanation = rows[0]!.indexOf('explanation');
    expect(rows[1]![explanation]).toBe('line one\nline "two", with comma');
    expect(rows[1]![rows[0]!.indexOf('evidence')]).toContain('(page 4, section 7.2)');
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x.example","click")')).toBe('"\'=HYPERLINK(""http://x.example"",""click"")"');
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell(-2)).toBe('"-2"');
    expect(csvCell('plain')).toBe('"plain"');
  });
});
