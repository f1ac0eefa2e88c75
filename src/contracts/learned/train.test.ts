import { describe, expect, it } from 'vitest';
import { packModel, unpackModel, readLearned, type ReviewModel } from './model.js';
import { sentenceFeatures } from './features.js';
import { DEFAULT_TRAIN, classProbabilities, probability, trainBinary, trainSoftmax } from './train.js';

// A toy task: sentences about keeping data are positive, others negative; stance by "delete" vs "forever".
const POS = ['we keep logs for a year', 'records are kept forever', 'data is deleted after a month', 'we delete logs daily', 'logs are kept until deleted'];
const NEG = ['invoices are due monthly', 'support answers within a day', 'the service is available all year', 'fees rise each year', 'training is free'];

describe('learned reader training', () => {
  it('learns a separable topic, and the same data gives the same weights', () => {
    const xs = [...POS, ...NEG].map((s) => sentenceFeatures(s));
    const ys = [...POS.map(() => 1), ...NEG.map(() => 0)];
    const m = trainBinary(xs, ys);
    for (const s of POS) expect(probability(m, sentenceFeatures(s)), s).toBeGreaterThan(0.5);
    for (const s of NEG) expect(probability(m, sentenceFeatures(s)), s).toBeLessThan(0.5);
    expect(trainBinary(xs, ys)).toEqual(m);
    // A new sentence with the topic's words reads as the topic; an unrelated one does not.
    expect(probability(m, sentenceFeatures('we keep records'))).toBeGreaterThan(0.5);
    expect(probability(m, sentenceFeatures('invoices and fees'))).toBeLessThan(0.5);
  });

  it('scales each topic feature by how well it tells the topic apart, folded into the weights', () => {
    // "the" is in half of each side: it tells nothing; "kept" only in positives.
    const xs = [['kept', 'the'], ['kept'], ['kept', 'the'], ['kept'], ['fee', 'the'], ['fee'], ['fee', 'the'], ['fee']];
    const ys = [1, 1, 1, 1, 0, 0, 0, 0];
    const plain = trainBinary(xs, ys, { ...DEFAULT_TRAIN, nb: 0, prune: 0 });
    const scaled = trainBinary(xs, ys, { ...DEFAULT_TRAIN, nb: 1, prune: 0 });
    // With full scaling the uninformative word's weight is exactly muted (its ratio is 0); the telling words keep theirs.
    expect(scaled.w.the).toBe(0);
    expect(Math.abs(scaled.w.kept!)).toBeGreaterThan(1);
    expect(probability(scaled, ['kept', 'the'])).toBeGreaterThan(0.9);
    expect(probability(scaled, ['fee', 'the'])).toBeLessThan(0.1);
    // Reading needs nothing but the weights written: the same sentence reads the same from a copy.
    expect(probability(JSON.parse(JSON.stringify(scaled)), ['kept'])).toBe(probability(scaled, ['kept']));
    expect(plain.w.the).toBeDefined();
  });

  it('learns a softmax over stances', () => {
    const xs = ['data is deleted after a month', 'we delete logs daily', 'records are kept forever', 'logs are kept forever', 'we keep logs as long as needed', 'kept as long as necessary'].map((s) => sentenceFeatures(s));
    const ys = ['protective', 'protective', 'harmful', 'harmful', 'ambiguous', 'ambiguous'];
    const m = trainSoftmax(xs, ys, ['protective', 'harmful', 'ambiguous']);
    const top = (s: string): string => { const p = classProbabilities(m, sentenceFeatures(s)); return m.classes[p.indexOf(Math.max(...p))]!; };
    expect(top('files are deleted after a week')).toBe('protective');
    expect(top('profiles are kept forever')).toBe('harmful');
    expect(top('kept as long as needed')).toBe('ambiguous');
  });

  it('packs a model without changing what it reads, and skips pairs the patterns read', () => {
    const xs = [...POS, ...NEG].map((s) => sentenceFeatures(s));
    const topicModel = trainBinary(xs, [...POS.map(() => 1), ...NEG.map(() => 0)]);
    const stance = trainSoftmax(POS.map((s) => sentenceFeatures(s)), ['harmful', 'harmful', 'protective', 'protective', 'ambiguous'], ['protective', 'harmful', 'ambiguous']);
    const model: ReviewModel = { version: 1, trainedOn: { documents: 0, sentences: 10, examples: 0, labels: 5 }, threshold: 0.5, worthReadingFrom: 0.2, overruleStanceFrom: 0.8, doubtBelow: 0.02, topics: { retention: topicModel }, stance };
    const round = unpackModel(JSON.parse(JSON.stringify(packModel(model))));
    const sentences = [...POS, ...NEG].map((text, i) => ({ text, paragraph: i + 1 }));
    const a = readLearned(sentences, model, ['retention']).matches, b = readLearned(sentences, round, ['retention']).matches;
    expect(b.map((m) => [m.quote, m.stance])).toEqual(a.map((m) => [m.quote, m.stance]));
    expect(a.map((m) => m.quote)).toEqual(POS);
    expect(a.every((m) => m.learned && /^learned model: topic/.test(m.reason))).toBe(true);
    const read = new Set([`0\u00001\u0000${POS[0]}\u0000retention`]);
    const skipping = readLearned(sentences, model, ['retention'], read);
    expect(skipping.matches.map((m) => m.quote)).toEqual(POS.slice(1));
    // A sentence the patterns read has no likeliest topic to offer; every other one has.
    expect(skipping.likeliest.size).toBe(sentences.length - 1);
    expect([...skipping.likeliest.keys()].map((x) => x.text)).not.toContain(POS[0]);
  });
});
