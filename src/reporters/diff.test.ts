/**
 * Run-to-run diff: new, fixed, unchanged, a renamed page matched by rule + entity, a problem that now
 * passes, warnings for mismatched inputs, and golden text/JSON/HTML outputs for the two scan samples
 * (update with `npx vitest run -u src/reporters`).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, sample } from '../../test/reporters/samples.js';
import type { Finding } from '../model/index.js';
import { diffResults, renderDiff } from './diff.js';

const ids = (entries: { finding: Finding }[]) => entries.map((e) => e.finding.id).sort();

describe('report diff', () => {
  const before = sample('scan');
  const after = sample('scan-later');
  const d = diffResults(before, after);

  it('finds new, fixed and unchanged problems between two scans', () => {
    expect(ids(d.new)).toEqual(['f-chat-2b3c']);
    expect(ids(d.fixed)).toEqual(['f-face-1a2b', 'f-fp-1e2f']);
    expect(d.unchanged).toHaveLength(9);
    expect(d.counts).toEqual({ new: 1, fixed: 2, unchanged: 9 });
    // Passed checks and errors are not problems: neither fixed nor new.
    expect([...d.new, ...d.fixed, ...d.unchanged].some((e) => e.finding.outcome === 'pass' || e.finding.outcome === 'error')).toBe(false);
    expect(d.warnings).toEqual([]);
  });

  it('matches a finding on a renamed page by rule and entity, and says what moved', () => {
    const pixel = d.unchanged.find((e) => e.finding.ruleId === 'ad-pixel')!;
    expect(pixel.matchedBy).toBe('rule+entity');
    expect(pixel.previous!.id).toBe('f-pixel-7a8b');
    expect(pixel.finding.id).toBe('f-pixel-new-91aa');
    expect(pixel.changes).toEqual(['page renamed or moved: https://library.example.org/catalog/search?q= → https://library.example.org/catalogue/search?q=']);
    expect(d.unchanged.filter((e) => e.matchedBy === 'id')).toHaveLength(8);
  });

  it('counts a problem that now passes as fixed, and a severity change as unchanged with a note', () => {
    const later = sample('scan');
    later.findings.find((f) => f.id === 'f-cookie-9c0d')!.outcome = 'pass';
    later.findings.find((f) => f.id === 'f-ga-5c6d')!.severity = 'high';
    const x = diffResults(sample('scan'), later);
    expect(x.fixed.map((e) => [e.finding.id, e.changes])).toEqual([['f-cookie-9c0d', ['now pass']]]);
    expect(x.unchanged.find((e) => e.finding.id === 'f-ga-5c6d')!.changes).toEqual(['severity medium → high']);
    expect(x.new).toEqual([]);
  });

  it('does not pair a renamed-page match across different vendors', () => {
    const later = sample('scan');
    const pixel = later.findings.find((f) => f.ruleId === 'ad-pixel')!;
    pixel.id = 'other-id';
    pixel.entity = { name: 'TikTok Pixel' };
    const x = diffResults(sample('scan'), later);
    expect(ids(x.new)).toEqual(['other-id']);
    expect(ids(x.fixed)).toEqual(['f-pixel-7a8b']);
  });

  it('warns when the results are of different sites or in the wrong order', () => {
    expect(diffResults(after, before).warnings).toEqual([expect.stringContaining('NEW result is older')]);
    const w = diffResults(sample('scan'), sample('review')).warnings;
    expect(w).toEqual([expect.stringContaining('different kinds'), expect.stringContaining('different targets')]);
  });

  it('renders text, JSON and HTML like the golden files', async () => {
    const text = renderDiff(d, 'text');
    expect(text).toContain('1 new, 2 fixed, 9 unchanged');
    await expect(text).toMatchFileSnapshot(join(GOLDEN_DIR, 'diff.txt'));
    const json = renderDiff(d, 'json');
    expect(JSON.parse(json).counts).toEqual(d.counts);
    await expect(json).toMatchFileSnapshot(join(GOLDEN_DIR, 'diff.json'));
    const html = renderDiff(d, 'html');
    expect(html.match(/data-status="new"/g)).toHaveLength(1);
    expect(html.match(/data-status="fixed"/g)).toHaveLength(2);
    await expect(html).toMatchFileSnapshot(join(GOLDEN_DIR, 'diff.html'));
  });

  it('escapes hostile titles in the HTML diff', () => {
    const later = sample('scan-later');
    later.findings.find((f) => f.id === 'f-chat-2b3c')!.title = '<img src=x onerror=alert(1)>';
    const html = renderDiff(diffResults(before, later), 'html');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});
