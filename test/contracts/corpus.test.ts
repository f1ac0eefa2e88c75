/**
 * The matcher against the hand-labelled corpus: per-topic precision and recall over all documents, and the
 * Finding built for a document (quote, location, citation, model clause) on one known case.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, sectionsOf } from '../../src/contracts/analyze.js';
import { labelFiles, overall, reviewCorpus, score } from './evaluate.js';

describe('labelled corpus', () => {
  it('holds at least 30 development documents across PDF, DOCX, HTML, Markdown and text', () => {
    const files = labelFiles('dev');
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(new Set(files.map((f) => f.document.split('.').pop()))).toEqual(new Set(['pdf', 'docx', 'html', 'md', 'txt']));
  });

  // The thresholds hold on the development documents (the matchers were tuned on them). Documents marked
  // held out (written by someone who has not seen the matchers) are measured by `npm run bench:review` and
  // reported as they are, not asserted.
  it('reaches precision and recall of at least 0.85 per topic, and 0.9 over all labels, on the development documents', async () => {
    const files = labelFiles('dev');
    const { reviews } = await reviewCorpus(files);
    const { scores, mistakes } = score(files, reviews);
    for (const s of scores) {
      expect(s.precision, `${s.topic} precision; mistakes:\n${mistakes.join('\n')}`).toBeGreaterThanOrEqual(0.85);
      expect(s.recall, `${s.topic} recall; mistakes:\n${mistakes.join('\n')}`).toBeGreaterThanOrEqual(0.85);
    }
    const all = overall(scores);
    expect(all.predicted).toBeGreaterThan(0);
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.9);

    // One document end to end: the harmful sale clause is quoted with its place, cited, and answered.
    const rv = reviews.get('05-streaming-video-terms.txt')!;
    const f = findingsOf(rv).find((x) => x.ruleId === 'clause-sale')!;
    expect(f).toMatchObject({ outcome: 'fail', severity: 'critical' });
    expect(f.evidence[0]?.quote?.text).toBe('We may sell or license viewing data to media research firms and other business partners.');
    expect(f.evidence[0]?.quote?.location).toMatch(/^paragraph \d+$/);
    expect(f.citations.map((c) => c.id)).toContain('ala-vendor-sharing');
    expect(f.remediation).toMatch(/shall not sell/);
    // Silence on an expected topic is a finding of its own.
    expect(findingsOf(rv).find((x) => x.ruleId === 'clause-security')).toMatchObject({ outcome: 'fail', title: expect.stringMatching(/silent/) });
    const questions = sectionsOf([rv]).find((s) => s.id === 'review-questions');
    expect(questions?.title).toBe('Questions to send the vendor');
    expect(questions?.paragraphs?.length).toBeGreaterThan(3);
  });
});
