/**
 * The learned reader beside the patterns: the shipped model is wired into the review (and can be turned off),
 * its readings are marked as learned, a critical promise-versus-scan finding never rests on one, and the
 * shipped weights are exactly what the training script makes of the committed documents and examples.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, findingsOf, reviewFiles, sectionsOf } from '../../src/contracts/analyze.js';
import { topics } from '../../src/contracts/clauses/index.js';
import { crossCheck } from '../../src/contracts/crosscheck.js';
import { extractFile } from '../../src/contracts/extract/index.js';
import { packModel, shippedModel, type PackedModel } from '../../src/contracts/learned/model.js';
import { parseRunResult } from '../../src/reporters/index.js';
import { CORPUS, setOf } from './evaluate.js';
import { SHIPPED_THRESHOLD, buildModel, documentSentences, exampleSentences, trainingFiles } from './training.js';

const DOC = join(CORPUS, '94-research-platform-dpa.pdf');
const SENTENCE = 'Reading lists created by users remain their property and can be exported at any time in an open format.';

describe('learned reader in the review', () => {
  it('adds a reading the patterns miss, marked as learned, and leaves it out with learned: false', async () => {
    const doc = await extractFile(DOC, 50 * 1024 * 1024);
    const alone = analyzeDocument(doc, topics, { learned: false });
    expect(alone.matches.filter((m) => m.quote === SENTENCE && m.topic === 'ownership')).toEqual([]);
    const both = analyzeDocument(doc);
    const m = both.matches.find((x) => x.quote === SENTENCE && x.topic === 'ownership');
    expect(m).toMatchObject({ stance: 'protective', page: expect.any(Number), reason: expect.stringMatching(/^learned model: topic [01]\.\d\d/) });
    expect(m!.learned!.topic).toBeGreaterThanOrEqual(SHIPPED_THRESHOLD);
    // Every reading the patterns made is still there: unchanged, with its stance overruled and marked so, or
    // set aside and listed as worth reading with the stance the patterns gave.
    for (const p of alone.matches) {
      const same = both.matches.find((x) => x.quote === p.quote && x.topic === p.topic && !x.learned);
      if (!same) {
        expect(both.worthReading.find((w) => w.quote === p.quote && w.topic === p.topic)).toMatchObject({ doubted: p.stance, probability: expect.any(Number) });
        continue;
      }
      expect(same.stance === p.stance ? same : same.overruled).toEqual(same.stance === p.stance ? p : { stance: p.stance, probability: expect.any(Number) });
    }
    const ev = findingsOf(both).find((f) => f.ruleId === 'clause-ownership')!.evidence.find((e) => e.quote?.text === SENTENCE);
    expect(ev?.detail).toMatchObject({ readBy: 'learned', probability: m!.learned!.topic });
  });

  it('overrules a pattern stance only when the model is confident of another, and marks it', async () => {
    const doc = await extractFile(join(CORPUS, '26-museum-pass.txt'), 1 << 20);
    const quote = 'Reservation records are anonymized after the visit date, and reports for the library contain only counts.';
    const alone = analyzeDocument(doc, topics, { learned: false }).matches.find((m) => m.quote === quote && m.topic === 'deidentification');
    const both = analyzeDocument(doc).matches.find((m) => m.quote === quote && m.topic === 'deidentification');
    expect(alone?.stance).toBe('protective');
    expect(both).toMatchObject({ stance: 'ambiguous', overruled: { stance: 'protective' }, reason: expect.stringMatching(/stance ambiguous by the learned model \([01]\.\d\d\) over the patterns' protective$/) });
    expect(both!.overruled!.probability).toBeGreaterThanOrEqual(shippedModel().overruleStanceFrom);
    // With an unreachable bar nothing is overruled.
    const strict = analyzeDocument(doc, topics, { learned: { ...shippedModel(), overruleStanceFrom: 1.01 } });
    expect(strict.matches.filter((m) => m.overruled)).toEqual([]);
    const ev = findingsOf(analyzeDocument(doc)).flatMap((f) => f.evidence).find((e) => e.quote?.text === quote && e.detail?.topic === 'deidentification');
    expect(ev?.detail).toMatchObject({ readBy: 'patterns, stance learned', patternStance: 'protective' });
  });

  it('lists sentences nothing read but the learned reader thinks may matter as worth reading, and only those', () => {
    const sents = [
      'Our engineers occasionally look at what members browse to tune the layout.',
      'Log files roll over on a schedule set by our hosting team.',
      'We think carefully about who can see your borrowing.',
      'We may sell your reading history to marketing firms.',
      'Invoices are payable within thirty days.',
    ];
    const d = { name: 'mem.txt', format: 'txt' as const, paragraphs: sents.map((text, i) => ({ text, index: i + 1 })) };
    // A stricter reader (threshold 0.99) with a low floor, so that the list is sure to have entries whatever the
    // shipped weights are; the shipped reader must keep the same invariants.
    const model = { ...shippedModel(), threshold: 0.99, worthReadingFrom: 0.05 };
    const rv = analyzeDocument(d, topics, { learned: model });
    expect(rv.worthReading.length).toBeGreaterThan(0);
    const shipped = analyzeDocument(d);
    for (const w of shipped.worthReading) expect(shipped.matches.some((m) => m.quote === w.quote), w.quote).toBe(false);
    for (const w of rv.worthReading) {
      expect(rv.matches.some((m) => m.quote === w.quote), w.quote).toBe(false);
      expect(w.probability).toBeGreaterThanOrEqual(model.worthReadingFrom);
      expect(topics.map((t) => t.id)).toContain(w.topic);
    }
    // A sentence read as a topic is never listed; the invoice sentence is neither read nor listed.
    expect(rv.worthReading.map((w) => w.quote)).not.toContain(sents[3]);
    expect(rv.matches.some((m) => m.quote === sents[3] && m.topic === 'sale')).toBe(true);
    expect(rv.worthReading.map((w) => w.quote)).not.toContain(sents[4]);
    expect(analyzeDocument(d, topics, { learned: false }).worthReading).toEqual([]);
    const section = sectionsOf([rv]).find((x) => x.id === 'review-worth-reading');
    expect(section?.table?.rows.map((r) => r[3])).toEqual(rv.worthReading.map((w) => w.quote));
    expect(sectionsOf([analyzeDocument(d, topics, { learned: false })]).some((x) => x.id === 'review-worth-reading')).toBe(false);
  });

  it('sets aside a pattern reading whose topic the model finds very unlikely, and lists it for a person to read', () => {
    // "permit Authorized Users to access" reads as a patron right to the patterns; the sentence grants a licence.
    const sents = ['Subject to timely payment of the Fees, Licensor grants Licensee a non-exclusive licence to permit Authorized Users to access and search the archive.', 'Patrons may see and correct the personal information we hold about them at any time.'];
    const d = { name: 'licence.txt', format: 'txt' as const, paragraphs: sents.map((text, i) => ({ text, index: i + 1 })) };
    const alone = analyzeDocument(d, topics, { learned: false }).matches.filter((m) => m.topic === 'user-rights');
    expect(alone.map((m) => m.quote)).toEqual(sents);
    const rv = analyzeDocument(d);
    expect(rv.matches.filter((m) => m.topic === 'user-rights').map((m) => m.quote)).toEqual([sents[1]]);
    const w = rv.worthReading.find((x) => x.quote === sents[0])!;
    // Listed with the stance the patterns gave.
    expect(w).toMatchObject({ topic: 'user-rights', doubted: alone[0]!.stance });
    expect(w.probability).toBeLessThan(shippedModel().doubtBelow);
    const row = sectionsOf([rv]).find((x) => x.id === 'review-worth-reading')!.table!.rows.find((r) => r[3] === sents[0]);
    expect(row?.[2]).toBe(`user-rights: patterns read ${alone[0]!.stance}, set aside (learned ${w.probability.toFixed(2)})`);
    // With the bar at 0 nothing is set aside.
    expect(analyzeDocument(d, topics, { learned: { ...shippedModel(), doubtBelow: 0 } }).matches.filter((m) => m.topic === 'user-rights')).toHaveLength(2);
  });

  it('never builds a critical contradiction on a promise only the learned reader read', async () => {
    const { result } = await reviewFiles([join(CORPUS, '14-audiobook-app.html')], { maxFileBytes: 1 << 20 });
    const scan = parseRunResult(readFileSync(join(CORPUS, '..', 'scan-result.json'), 'utf8'), 'scan-result.json');
    expect(crossCheck(result, scan).length).toBeGreaterThan(0);
    // The same quotes, marked as read (or their stance given) by the learned reader, are not promises the cross-check relies on.
    for (const readBy of ['learned', 'patterns, stance learned']) {
      const marked = structuredClone(result);
      for (const f of marked.findings) for (const e of f.evidence) if (e.detail) e.detail.readBy = readBy;
      expect(crossCheck(marked, scan)).toEqual([]);
    }
  });

  it('ships exactly the weights the training script makes of the committed documents and examples', async () => {
    const data = [...(await documentSentences(trainingFiles())), ...exampleSentences()];
    const model = buildModel(data, SHIPPED_THRESHOLD);
    const shipped = JSON.parse(readFileSync(new URL('../../src/contracts/learned/weights.json', import.meta.url), 'utf8')) as PackedModel;
    const fresh = packModel(model);
    expect(fresh.trainedOn).toEqual(shipped.trainedOn);
    expect(fresh.features).toEqual(shipped.features);
    for (const t of Object.keys(shipped.topics)) {
      const a = fresh.topics[t]!.w, b = shipped.topics[t]!.w;
      expect(a.every((v, i) => Math.abs(v - b[i]!) <= 1), `topic ${t} weights`).toBe(true);
    }
    expect(shippedModel().threshold).toBe(SHIPPED_THRESHOLD);
    // The blind sets still used for measuring are never trained on.
    expect(trainingFiles().filter((f) => ['blind-2', 'blind-3', 'blind-4', 'blind-5', 'blind-6'].includes(setOf(f.document) ?? ''))).toEqual([]);
    expect(trainingFiles().length).toBe(model.trainedOn.documents);
  }, 300_000);
});
