import { describe, expect, it } from 'vitest';
import { dropRepeatingLines, joinAcrossPages, normalizeText, splitSentences } from './normalize.js';

describe('normalizeText', () => {
  it('straightens smart quotes and dashes, expands ligatures and joins words hyphenated across lines', () => {
    expect(normalizeText('We don\u2019t \u201Cshare\u201D data\u2014ever. Reten-\ntion is ﬁnite.')).toBe('We don\'t "share" data - ever. Retention is finite.');
  });
  it('keeps a hyphen when the next line starts a capitalised word, and strips list numbering', () => {
    expect(normalizeText('non-\nEU transfers')).toBe('non-EU transfers');
    expect(normalizeText('4.2 The Vendor shall not sell data.')).toBe('The Vendor shall not sell data.');
    expect(normalizeText('(b) Vendor shall encrypt data.')).toBe('Vendor shall encrypt data.');
    expect(normalizeText('\u2022 We do not track you.')).toBe('We do not track you.');
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends but not after abbreviations', () => {
    expect(splitSentences('We use tools, e.g. Google Analytics. We do not sell data. See Sec. 4 for more.')).toEqual([
      'We use tools, e.g. Google Analytics.', 'We do not sell data.', 'See Sec. 4 for more.',
    ]);
  });
});

describe('dropRepeatingLines', () => {
  it('drops a header repeated at the top of most pages, keeps body text that repeats mid-page', () => {
    const paras = [1, 2, 3, 4].flatMap((page) => [
      { text: 'ACME Licence - Confidential', page, index: 1 },
      { text: 'Body one.', page, index: 2 },
      { text: 'Standard body clause repeated.', page, index: 3 },
      { text: 'Body four.', page, index: 4 },
      { text: 'Body five.', page, index: 5 },
      { text: `Page ${page} of 4`, page, index: 6 },
    ]);
    const kept = dropRepeatingLines(paras, 4).map((p) => p.text);
    expect(kept).not.toContain('ACME Licence - Confidential');
    expect(kept.some((t) => t.startsWith('Page '))).toBe(false);
    expect(kept.filter((t) => t === 'Standard body clause repeated.')).toHaveLength(4);
  });
});

describe('joinAcrossPages', () => {
  it('joins a sentence cut by a page break, and only that', () => {
    const paras = [
      { text: 'The Processor shall, at the choice of the Controller, delete', page: 1, index: 7 },
      { text: 'or return all personal data.', page: 2, index: 1 },
      { text: 'Schedule 2', page: 2, index: 2 },
      { text: 'Sub-processors are listed below:', page: 2, index: 3 },
      { text: 'hosting in Canada.', page: 2, index: 4 },
      { text: 'Security', page: 2, index: 5 },
      { text: 'Data is encrypted.', page: 3, index: 1 },
    ];
    expect(joinAcrossPages(paras).map((p) => [p.text, p.page])).toEqual([
      ['The Processor shall, at the choice of the Controller, delete or return all personal data.', 1],
      ['Schedule 2', 2],
      ['Sub-processors are listed below:', 2],
      ['hosting in Canada.', 2],
      ['Security', 2],
      ['Data is encrypted.', 3],
    ]);
  });
});
