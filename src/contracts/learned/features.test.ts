import { describe, expect, it } from 'vitest';
import { sentenceFeatures, stem, tokens } from './features.js';

describe('learned reader features', () => {
  it('marks the words a negation reaches, and only those', () => {
    const f = sentenceFeatures('We do not sell or rent your data, but we share it with partners.');
    expect(f).toEqual(expect.arrayContaining(['neg', '!sell', '!rent', 'share', 'partner']));
    expect(f).not.toContain('sell');
    expect(f).not.toContain('!share');
    // The scope ends at "except" as well as at punctuation.
    const g = sentenceFeatures('We never disclose records except to our affiliates');
    expect(g).toEqual(expect.arrayContaining(['!disclose', '!record', 'affiliate']));
  });

  it('keeps word pairs, collapses numbers, reads "n\'t" as a negation, and adds the heading', () => {
    expect(sentenceFeatures('Logs are kept for 30 days.')).toEqual(expect.arrayContaining(['kept_for', 'for_#', '#_days']));
    expect(sentenceFeatures('Logs are kept for 90 days.')).toEqual(sentenceFeatures('Logs are kept for 30 days.'));
    expect(sentenceFeatures("We won't sell it.")).toContain('!sell');
    expect(sentenceFeatures('It is kept.', 'Data retention')).toEqual(expect.arrayContaining(['h:data', 'h:retention']));
  });

  it('gives a long word its first five letters, so spellings meet', () => {
    expect(sentenceFeatures('We may monetise it.')).toContain('p:monet');
    expect(sentenceFeatures('We may monetize it.')).toContain('p:monet');
  });

  it('stems lightly and tokenises curly apostrophes', () => {
    expect(['sells', 'libraries', 'sharing', 'shared', 'processes'].map(stem)).toEqual(['sell', 'library', 'shar', 'shar', 'process']);
    expect(tokens('Vendor\u2019s data isn\u2019t sold')).toEqual(['vendor', 'data', 'is', 'not', 'sold']);
  });
});
