/**
 * Training data for the learned clause reader, all of it our own writing: the sentences of the labelled
 * development documents (a sentence is positive for every label whose quote it overlaps, negative for every
 * other topic), the example sentences of the topic tests (positive or "none" for their own topic only), and
 * the distractor sentences (negative for every topic). Held-out documents are never read here unless asked.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { sentencesOf } from '../../src/contracts/analyze.js';
import { extractFile } from '../../src/contracts/extract/index.js';
import { normalizeText } from '../../src/contracts/normalize.js';
import { CORPUS, overlaps, type LabelFile } from './evaluate.js';

const CLAUSES = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'contracts', 'clauses');

export interface TrainingSentence {
  text: string;
  match?: string;
  heading?: string;
  answer?: 'yes' | 'no';
  /** Topic → stance for the topics this sentence is known to speak to. */
  labels: Map<string, string>;
  /** Topics this sentence is known NOT to speak to; `'*'` means every topic not in `labels`. */
  negative: Set<string> | '*';
  /** Where it came from: a document name, or `examples:<topic>`. */
  source: string;
}

/** The sentences of labelled documents, each with the labels whose quotes it overlaps. */
export async function documentSentences(files: readonly LabelFile[]): Promise<TrainingSentence[]> {
  const out: TrainingSentence[] = [];
  for (const lf of files) {
    const doc = await extractFile(join(CORPUS, lf.document), 50 * 1024 * 1024);
    for (const s of sentencesOf(doc)) {
      const labels = new Map<string, string>();
      for (const l of lf.labels) if (overlaps(l.quote, s.text)) labels.set(l.topic, l.stance);
      out.push({ text: s.text, match: s.match, heading: s.heading, answer: s.answer, labels, negative: '*', source: lf.document });
    }
  }
  return out;
}

/** The string-array literals passed to `checkExamples(topic, {...})` in the topic tests, and DISTRACTORS. */
export function exampleSentences(): TrainingSentence[] {
  const out: TrainingSentence[] = [];
  for (const file of readdirSync(CLAUSES).filter((f) => f.endsWith('.test.ts')).sort()) {
    const topic = file.replace(/\.test\.ts$/, '');
    const src = ts.createSourceFile(file, readFileSync(join(CLAUSES, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.getText(src) === 'checkExamples' && node.arguments[1]) {
        const ex = literal(node.arguments[1].getText(src)) as Record<string, string[] | string>;
        const heading = typeof ex.heading === 'string' ? ex.heading : undefined;
        for (const stance of ['harmful', 'protective', 'ambiguous', 'none'] as const) {
          for (const s of (ex[stance] as string[] | undefined) ?? []) {
            const text = normalizeText(s);
            out.push(stance === 'none'
              ? { text, heading, labels: new Map(), negative: new Set([topic]), source: `examples:${topic}` }
              : { text, heading, labels: new Map([[topic, stance]]), negative: new Set(), source: `examples:${topic}` });
          }
        }
      }
      if (ts.isVariableDeclaration(node) && node.name.getText(src) === 'DISTRACTORS' && node.initializer) {
        for (const s of literal(node.initializer.getText(src)) as string[]) out.push({ text: normalizeText(s), labels: new Map(), negative: '*', source: 'examples:distractors' });
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
  }
  return out;
}

/** Evaluate a plain literal (strings, arrays, objects) written in a test file. */
function literal(text: string): unknown {
  return new Function(`return (${text});`)();
}
