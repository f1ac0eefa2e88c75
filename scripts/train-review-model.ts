/**
 * Trains the learned clause reader and writes it to `src/contracts/learned/weights.json`.
 *
 *   npx tsx scripts/train-review-model.ts          cross-validate on the training documents, then train on
 *                                                   all of them and write the model
 *   npx tsx scripts/train-review-model.ts --cv     cross-validation only (prints figures, writes nothing)
 *   ... --dev-only                                 the development documents alone (the first model)
 *   ... --sweep                                    cross-validate several settings and thresholds
 *   ... --cv --nb=0,0.5,1                          cross-validate these Naive-Bayes scalings of the topic models
 *
 * Cross-validation: the training documents (development, blind set 1 after its one reading, and the
 * training set) are cut into five folds by document; each fold is read by a model trained on the other four
 * (plus the topic-test examples), alone and beside the patterns ("beside" flatters the patterns on the
 * development documents, which they were tuned on), and the stance overruling and the "worth reading" floor
 * are measured too. The model written is trained on all of them; the blind sets still used for measuring are
 * never read here and measure the shipped model in `npm run bench:review`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topics } from '../src/contracts/clauses/index.js';
import { analyzeDocument, type DocumentReview } from '../src/contracts/analyze.js';
import { extractFile } from '../src/contracts/extract/index.js';
import { doubtReadings, overruleStances, packModel, readKey, readLearned } from '../src/contracts/learned/model.js';
import { DEFAULT_TRAIN, type TrainOptions } from '../src/contracts/learned/train.js';
import type { ClauseMatch } from '../src/contracts/types.js';
import { CORPUS, overall, score, setOf, type LabelFile } from '../test/contracts/evaluate.js';
import { OVERRULE_STANCE_FROM, SHIPPED_THRESHOLD, buildModel, documentSentences, exampleSentences, trainingFiles, type TrainingSentence } from '../test/contracts/training.js';

const TOPICS = topics.map((t) => t.id);

interface Fold { files: LabelFile[]; sentences: TrainingSentence[]; patterns: Map<string, DocumentReview> }

function totals(files: LabelFile[], reviews: Map<string, DocumentReview>): { p: number; r: number; topicR: number } {
  const { scores, disagreements } = score(files, reviews);
  const wrongStance = disagreements.filter((d) => d.kind === 'missed' && d.read).length;
  const all = overall(scores);
  return { topicR: (all.found + wrongStance) / all.labels, p: all.precision, r: all.found / all.labels };
}

async function crossValidate(docs: LabelFile[], examples: TrainingSentence[], thresholds: number[], optsList: TrainOptions[]): Promise<void> {
  const k = 5;
  const folds: Fold[] = [];
  for (let f = 0; f < k; f++) {
    const files = docs.filter((_, i) => i % k === f);
    const patterns = new Map<string, DocumentReview>();
    for (const lf of files) patterns.set(lf.document, analyzeDocument(await extractFile(join(CORPUS, lf.document), 50 * 1024 * 1024), topics, { learned: false }));
    folds.push({ files, sentences: await documentSentences(files), patterns });
  }
  const FLOORS = [0.05, 0.1, 0.15, 0.2, 0.3];
  for (const opts of optsList) {
    // "Worth reading": sentences no topic reaches the threshold on, but whose best topic reaches a floor.
    const worth = { missed: 0, unread: 0, sentences: 0, caught: FLOORS.map(() => 0), listed: FLOORS.map(() => 0) };
    const modelOnly = thresholds.map(() => new Map<string, DocumentReview>());
    const union = thresholds.map(() => new Map<string, DocumentReview>());
    // Stance arbitration (measured on documents the patterns were not tuned on): a pattern reading whose
    // stance the learned stance model contradicts with at least this probability takes the model's stance.
    const ARBITRATE = [0.6, 0.7, 0.8, 0.9, 0.95, 2];
    const arbitrated = ARBITRATE.map(() => new Map<string, DocumentReview>());
    // Setting aside pattern readings whose topic the model finds very unlikely (stances overruled as shipped).
    const DOUBT = [-1, 0.01, 0.02, 0.03, 0.05, 0.1];
    const doubting = DOUBT.map(() => new Map<string, DocumentReview>());
    for (const [f, fold] of folds.entries()) {
      const train = [...folds.filter((_, j) => j !== f).flatMap((x) => x.sentences), ...examples];
      const model = buildModel(train, 0, opts);
      for (const lf of fold.files) {
        const sentences = fold.sentences.filter((s) => s.source === lf.document).map((s) => ({ ...s, paragraph: 0 }));
        const pat = fold.patterns.get(lf.document)!;
        // Probabilities once at threshold 0, then filtered per threshold by each reading's topic probability.
        const { matches: all, likeliest } = readLearned(sentences, model, TOPICS);
        for (const s of sentences) {
          const best = likeliest.get(s)!.probability;
          worth.sentences++;
          if (best >= SHIPPED_THRESHOLD) continue;
          worth.unread++;
          if (s.labels.size) worth.missed++;
          for (const [i, fl] of FLOORS.entries()) if (best >= fl) { worth.listed[i]!++; if (s.labels.size) worth.caught[i]!++; }
        }
        for (const [ti, th] of thresholds.entries()) {
          const keep = all.filter((m) => m.learned!.topic >= th);
          modelOnly[ti]!.set(lf.document, { ...pat, matches: keep });
          const read = new Set(pat.matches.map((m) => readKey({ quote: m.quote, paragraph: 0 }, m.topic)));
          const added: ClauseMatch[] = keep.filter((m) => !read.has(readKey({ quote: m.quote, paragraph: 0 }, m.topic)));
          union[ti]!.set(lf.document, { ...pat, matches: [...pat.matches, ...added] });
          if (ti !== thresholds.indexOf(SHIPPED_THRESHOLD)) continue;
          for (const [ai, at] of ARBITRATE.entries()) {
            const atPlace = pat.matches.map((m) => ({ ...m, page: undefined, paragraph: 0 }));
            const changed = overruleStances(atPlace, sentences, { ...model, overruleStanceFrom: at });
            arbitrated[ai]!.set(lf.document, { ...pat, matches: [...changed, ...added] });
            if (at !== OVERRULE_STANCE_FROM) continue;
            for (const [di, below] of DOUBT.entries()) doubting[di]!.set(lf.document, { ...pat, matches: [...doubtReadings(changed, sentences, { ...model, doubtBelow: below }).kept, ...added] });
          }
        }
      }
    }
    for (const [ti, th] of thresholds.entries()) {
      const a = totals(docs, modelOnly[ti]!), b = totals(docs, union[ti]!);
      console.log(`epochs ${opts.epochs} l2 ${opts.l2} pos ${opts.positiveWeight} nb ${opts.nb} threshold ${th}: model alone P ${a.p.toFixed(3)} R ${a.r.toFixed(3)} (topic R ${a.topicR.toFixed(3)}) | beside patterns P ${b.p.toFixed(3)} R ${b.r.toFixed(3)}`);
    }
    const untuned = docs.filter((d) => setOf(d.document) !== 'dev');
    if (untuned.length) {
      for (const [ai, at] of ARBITRATE.entries()) {
        const r = totals(untuned, arbitrated[ai]!);
        console.log(`  stance arbitration from ${at > 1 ? 'never' : at} on ${untuned.length} documents the patterns were not tuned on: P ${r.p.toFixed(3)} R ${r.r.toFixed(3)} (topic R ${r.topicR.toFixed(3)})`);
      }
    }
    if (untuned.length) {
      for (const [di, below] of DOUBT.entries()) {
        const r = totals(untuned, doubting[di]!);
        console.log(`  pattern readings set aside below ${below < 0 ? 'never' : below} on ${untuned.length} documents the patterns were not tuned on: P ${r.p.toFixed(3)} R ${r.r.toFixed(3)} (topic R ${r.topicR.toFixed(3)})`);
      }
    }
    for (const [i, fl] of FLOORS.entries()) {
      console.log(`  worth reading from ${fl}: lists ${worth.listed[i]} of ${worth.unread} unread sentences (${((100 * worth.listed[i]!) / worth.sentences).toFixed(1)} % of all ${worth.sentences}), holding ${worth.caught[i]} of the ${worth.missed} labelled sentences the model left unread`);
    }
  }
}

const cvOnly = process.argv.includes('--cv');
const sweep = process.argv.includes('--sweep');
const files = trainingFiles(process.argv.includes('--dev-only') ? ['dev'] : undefined);
const examples = exampleSentences();
const thresholds = sweep ? [0.4, 0.5, 0.55, 0.6, 0.7] : [SHIPPED_THRESHOLD];
// `--nb=0,0.5,1`: cross-validate these Naive-Bayes scalings alone.
const nbList = process.argv.find((a) => a.startsWith('--nb='))?.slice(5).split(',').map(Number);
const optsList: TrainOptions[] = nbList ? nbList.map((nb) => ({ ...DEFAULT_TRAIN, nb })) : sweep
  ? [DEFAULT_TRAIN, { ...DEFAULT_TRAIN, l2: 3e-3 }, { ...DEFAULT_TRAIN, l2: 1e-4 }, { ...DEFAULT_TRAIN, positiveWeight: 2 }, ...[0, 0.25, 0.75, 1].map((nb) => ({ ...DEFAULT_TRAIN, nb }))]
  : [DEFAULT_TRAIN];
console.log(`${files.length} documents (${[...new Set(files.map((f) => setOf(f.document)))].join(', ')}), ${examples.length} example sentences; 5-fold cross-validation by document`);
await crossValidate(files, examples, thresholds, optsList);
if (!cvOnly) {
  const model = buildModel([...(await documentSentences(files)), ...examples], SHIPPED_THRESHOLD);
  const out = new URL('../src/contracts/learned/weights.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(packModel(model))}\n`);
  console.log(`wrote the model: ${Object.values(model.topics).reduce((a, m) => a + Object.keys(m.w).length, 0)} topic weights, ${Object.keys(model.stance.w).length} stance features, trained on ${JSON.stringify(model.trainedOn)}`);
}
