/**
 * The second reader's and the adjudicated labels of the blind documents: each file belongs to a blind
 * document, uses the topic and stance names of the review, and quotes text the review reads in the rendered
 * document (PDF, DOCX, HTML...); the adjudicated labels keep what both readers agreed on. And the two ways of
 * combining two readers' labels.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../../src/contracts/analyze.js';
import { topics } from '../../src/contracts/clauses/index.js';
import { extractFile } from '../../src/contracts/extract/index.js';
import { normalizeText } from '../../src/contracts/normalize.js';
import { CORPUS, agreed, asReviews, either, labelFiles, overall, score, reading, setOf, type LabelFile } from './evaluate.js';

describe('second reader', () => {
  const second = reading('second-reader');

  // Found by its letters and digits: a Markdown table's "|" or a PDF's line breaks do not reach the text.
  const letters = (t: string): string => normalizeText(t).toLowerCase().replace(/[^a-z0-9]+/g, '');

  it('labels every blind document still held out, with known topics and stances, quoting text the review reads in the document (and so do the adjudicated labels)', async () => {
    const blind = labelFiles().filter((f) => /^blind-[2-6]$/.test(setOf(f.document) ?? ''));
    expect(second.map((f) => f.document).sort()).toEqual(blind.map((f) => f.document).sort());
    const ids = new Set(topics.map((t) => t.id));
    const lost: string[] = [];
    for (const f of [...second, ...reading('adjudicated')]) {
      const text = letters(bodyParagraphs(await extractFile(join(CORPUS, f.document), 50 * 1024 * 1024)).map((p) => p.text).join(' '));
      for (const l of f.labels) {
        expect(ids.has(l.topic), `${f.document}: topic ${l.topic}`).toBe(true);
        expect(['protective', 'harmful', 'ambiguous'], `${f.document}: stance ${l.stance}`).toContain(l.stance);
        if (!text.includes(letters(l.quote))) lost.push(`${f.document}: ${l.quote}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('adjudicates exactly the blind documents: every label both readers gave is kept, and each other label is one of theirs in topic and quote', () => {
    const gold = reading('adjudicated');
    expect(gold.map((f) => f.document)).toEqual(second.map((f) => f.document));
    const firstBy = new Map(labelFiles().map((f) => [f.document, f]));
    for (const [i, g] of gold.entries()) {
      const a = firstBy.get(g.document)!, b = second[i]!;
      for (const l of agreed(a, b).labels) expect(g.labels, `${g.document}: ${l.topic} "${l.quote}"`).toContainEqual(l);
      for (const l of g.labels) expect([...a.labels, ...b.labels].some((x) => x.topic === l.topic && x.quote === l.quote), `${g.document}: ${l.topic} "${l.quote}"`).toBe(true);
    }
  });

  it('combines two readers: "both" keeps labels they share (same topic and stance, overlapping quotes), "either" adds the second\'s others', () => {
    const a: LabelFile = { document: 'x.txt', heldOut: true, labels: [
      { topic: 'sale', stance: 'protective', quote: 'We never sell patron data.' },
      { topic: 'retention', stance: 'ambiguous', quote: 'Logs are kept as long as needed.' },
    ] };
    const b: LabelFile = { document: 'x.txt', heldOut: true, labels: [
      { topic: 'sale', stance: 'protective', quote: 'We never sell patron data' },
      { topic: 'retention', stance: 'harmful', quote: 'Logs are kept as long as needed.' },
      { topic: 'sharing', stance: 'harmful', quote: 'We share data with partners.' },
    ] };
    expect(agreed(a, b).labels.map((l) => l.topic)).toEqual(['sale']);
    expect(either(a, b).labels.map((l) => `${l.topic}=${l.stance}`)).toEqual(['sale=protective', 'retention=ambiguous', 'retention=harmful', 'sharing=harmful']);
    // One reader scored against the other: one of two labels found, one of three readings right.
    const o = overall(score([a], asReviews([b])).scores);
    expect([o.found, o.labels, o.tp, o.predicted]).toEqual([1, 2, 1, 3]);
  });
});
