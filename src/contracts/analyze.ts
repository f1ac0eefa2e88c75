/**
 * The review: extracted documents in, a RunResult of kind `review` out. Each document is normalised into
 * located sentences, read against every topic, and summed up per topic as protective, harmful, ambiguous or
 * silent; each topic becomes one Finding with the exact quotes and where they are, the model clause to ask
 * for, and the questions to send the vendor. A file that cannot be read becomes an error for that file only.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { SEVERITIES, toFiduciaryError, type Evidence, type Finding, type ReportSection, type RunResult, type Severity } from '../model/index.js';
import { catalogue } from '../policies/catalogue.js';
import { topics } from './clauses/index.js';
import { SUPPORTED_EXTENSIONS, extractFile } from './extract/index.js';
import { withContext, type ContextSentence, type RawSentence } from './context.js';
import { doubtReadings, overruleStances, readKey, readLearned, round2, shippedModel, type DoubtedReading, type ReviewModel } from './learned/model.js';
import { matchSentences } from './matcher.js';
import { modelClauses } from './model-clauses/index.js';
import { dropRepeatingLines, joinAcrossPages, normalizeText, splitSentences } from './normalize.js';
import type { ClauseMatch, ExtractedDocument, Stance, TopicDef } from './types.js';

/** A sentence with where it is and its document context (heading, list lead-in, answer, defined terms). */
export type LocatedSentence = ContextSentence;

export interface TopicReading {
  topic: TopicDef;
  stance: Stance;
  matches: ClauseMatch[];
}

export interface DocumentReview {
  name: string;
  format: ExtractedDocument['format'];
  pages?: number;
  sentences: number;
  matches: ClauseMatch[];
  topics: TopicReading[];
  /**
   * Sentences nothing read but which the learned reader thinks may concern a topic (below its threshold):
   * for a person to read, since no reader catches every wording.
   */
  worthReading: WorthReading[];
}

export interface WorthReading {
  quote: string;
  page?: number;
  paragraph: number;
  /** The likeliest topic and its probability (for a set-aside reading: its topic). */
  topic: string;
  probability: number;
  /** Set when the patterns read the sentence as this stance on `topic` and the learned reader doubted it. */
  doubted?: Stance;
}

/** A document's paragraphs as the review reads them: normalised, running headers and footers dropped, sentences cut by a page break joined. */
export function bodyParagraphs(doc: ExtractedDocument): ExtractedDocument['paragraphs'] {
  return joinAcrossPages(dropRepeatingLines(
    doc.paragraphs.map((p) => ({ ...p, text: normalizeText(p.text) })).filter((p) => p.text.length > 0),
    doc.pages ?? 0,
  ));
}

/**
 * Normalise a document into sentences that keep their page and (body) paragraph number, with their context:
 * heading, list lead-in, question answered, defined terms (see `context.ts`).
 */
export function sentencesOf(doc: ExtractedDocument): LocatedSentence[] {
  const paras = bodyParagraphs(doc);
  const raw: RawSentence[] = [];
  const counter = new Map<number, number>();
  for (const [block, p] of paras.entries()) {
    const key = p.page ?? 0;
    const n = (counter.get(key) ?? 0) + 1;
    counter.set(key, n);
    for (const s of splitSentences(p.text)) raw.push({ text: s, paragraph: n, block, isHeading: isHeading(s), ...(p.page ? { page: p.page } : {}) });
  }
  return withContext(raw);
}

/**
 * Headings ("Sharing with partners", "GOVERNING LAW") name a topic without saying anything about it. A
 * short answer ("No.") and a list item ("rent it;") are not headings.
 */
export function isHeading(s: string): boolean {
  if (/^(?:no|yes|never)[.!]?$/i.test(s) || /[;,]$|\b(?:and|or)$/.test(s)) return false;
  const words = s.split(/\s+/).length;
  return words < 4 || (words <= 8 && !/[.!?:;]["')]?$/.test(s));
}

/** A topic's stance over a whole document: any harmful clause wins, then ambiguous, then protective. */
export function documentStance(matches: ClauseMatch[]): Stance {
  if (matches.some((m) => m.stance === 'harmful')) return 'harmful';
  if (matches.some((m) => m.stance === 'ambiguous')) return 'ambiguous';
  if (matches.length) return 'protective';
  return 'silent';
}

/** How a document is read: the patterns alone, or the patterns and beside them the learned reader. */
export interface ReadOptions {
  /** The learned reader to use beside the patterns; `false` reads with the patterns alone. Default: the shipped model. */
  learned?: ReviewModel | false;
}

/**
 * Review one extracted document against every topic. The patterns read first; the learned reader (unless
 * turned off) overrules a pattern's stance only when it is confident of another (marked), sets aside a
 * pattern reading whose topic it finds very unlikely (listed as worth reading), and reads the (sentence,
 * topic) pairs the patterns left unread.
 */
export function analyzeDocument(doc: ExtractedDocument, list: readonly TopicDef[] = topics, opts: ReadOptions = {}): DocumentReview {
  const sentences = sentencesOf(doc);
  const model = opts.learned === undefined ? shippedModel() : opts.learned;
  const patterns = matchSentences(sentences, list);
  let matches = patterns;
  const worthReading: WorthReading[] = [];
  if (model) {
    const { kept, doubted } = doubtReadings(overruleStances(patterns, sentences, model), sentences, model);
    matches = kept;
    // A set-aside pair is not read again by the learned reader; its sentence is listed with what the patterns read.
    const read = new Set([...matches, ...doubted.map((d) => d.match)].map((m) => readKey(m, m.topic)));
    const { matches: added, likeliest } = readLearned(sentences, model, list.map((t) => t.id), read);
    if (added.length) {
      // Keep the document's order: by where the sentence is, patterns' reading first.
      const order = new Map(sentences.map((s, i) => [readKey(s, ''), i]));
      const at = (m: ClauseMatch): number => order.get(readKey(m, '')) ?? 0;
      matches.push(...added);
      matches.sort((a, b) => at(a) - at(b));
    }
    const readSentences = new Set(matches.map((m) => readKey(m, '')));
    const doubtedAt = new Map<string, DoubtedReading[]>();
    for (const d of doubted) doubtedAt.set(readKey(d.match, ''), [...(doubtedAt.get(readKey(d.match, '')) ?? []), d]);
    for (const s of sentences) {
      for (const d of doubtedAt.get(readKey(s, '')) ?? []) worthReading.push({ quote: s.text, page: s.page, paragraph: s.paragraph, topic: d.match.topic, probability: round2(d.probability), doubted: d.match.overruled?.stance ?? d.match.stance });
      const best = likeliest.get(s);
      if (!best || readSentences.has(readKey(s, ''))) continue;
      const probability = round2(best.probability);
      if (probability >= model.worthReadingFrom) worthReading.push({ quote: s.text, page: s.page, paragraph: s.paragraph, topic: best.topic, probability });
    }
  }
  return {
    name: doc.name,
    format: doc.format,
    pages: doc.pages,
    sentences: sentences.length,
    matches,
    worthReading,
    topics: list.map((topic) => {
      const own = matches.filter((m) => m.topic === topic.id);
      return { topic, stance: documentStance(own), matches: own };
    }),
  };
}

/** "patterns", or "learned (0.73)" with the learned reader's probability for the topic. */
export function readByOf(m: ClauseMatch): string {
  if (m.learned) return `learned (${m.learned.topic.toFixed(2)})`;
  return m.overruled ? `patterns, stance learned (${m.overruled.probability.toFixed(2)}; patterns: ${m.overruled.stance})` : 'patterns';
}

/** "page 3, paragraph 2" or "paragraph 14". */
export function locationOf(m: { page?: number; paragraph: number }): string {
  return m.page ? `page ${m.page}, paragraph ${m.paragraph}` : `paragraph ${m.paragraph}`;
}

const STANCE_OUTCOME = { harmful: 'fail', ambiguous: 'needs-review', silent: 'fail', protective: 'pass' } as const;
const MAX_QUOTES = 6;
const MAX_QUOTE_CHARS = 600;
/** Quotes in report tables: shorter still. */
export const TABLE_QUOTE_CHARS = 300;

/** `text` cut to at most `max` characters, ending in "..." when cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

function shortId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

function citationsOf(ids: readonly string[]): Finding['citations'] {
  return ids.flatMap((id) => {
    const e = catalogue.get(id);
    return e ? [{ id: e.id, title: e.title, source: e.source, url: e.url }] : [];
  });
}

const EXPLAIN: Record<Stance, (t: TopicDef) => string> = {
  harmful: (t) => `The document allows something patrons would not expect: ${t.concern}`,
  ambiguous: (t) => `The document speaks to this, but vaguely or with an exception that can empty the promise. ${t.concern}`,
  silent: (t) => `The document says nothing on this, although library privacy guidelines expect it to. ${t.concern}`,
  protective: (t) => `The document makes a protective commitment. ${t.concern}`,
};

/** One Finding per (document, topic) that says something, and per expected topic left silent. */
export function findingsOf(review: DocumentReview): Finding[] {
  const out: Finding[] = [];
  for (const r of review.topics) {
    if (r.stance === 'silent' && !r.topic.expected) continue;
    const severity: Severity = r.stance === 'protective' ? 'info' : r.topic.severity[r.stance];
    const ordered = [...r.matches.filter((m) => m.stance === r.stance), ...r.matches.filter((m) => m.stance !== r.stance)];
    const evidence: Evidence[] = ordered.slice(0, MAX_QUOTES).map((m) => ({
      kind: 'quote',
      url: review.name,
      summary: `${m.stance} (${locationOf(m)}): ${m.reason}`,
      // A run-on "sentence" (a PDF without full stops) is cut so one quote cannot swamp the report.
      quote: { text: clip(m.quote, MAX_QUOTE_CHARS), location: locationOf(m) },
      detail: { topic: m.topic, stance: m.stance, ...(m.page ? { page: m.page } : {}), paragraph: m.paragraph, readBy: m.learned ? 'learned' : m.overruled ? 'patterns, stance learned' : 'patterns', ...(m.learned ? { probability: m.learned.topic } : m.overruled ? { probability: m.overruled.probability, patternStance: m.overruled.stance } : {}) },
    }));
    if (r.stance === 'silent') evidence.push({ kind: 'note', url: review.name, summary: `No clause on ${r.topic.title.toLowerCase()} was found in ${review.sentences} sentences.`, detail: { topic: r.topic.id, stance: 'silent' } });
    const mc = modelClauses[r.topic.id];
    const ruleId = `clause-${r.topic.id}`;
    out.push({
      id: shortId(ruleId, review.name),
      ruleId,
      title: `${r.topic.title}: ${r.stance}`,
      severity,
      outcome: STANCE_OUTCOME[r.stance],
      explanation: EXPLAIN[r.stance](r.topic),
      evidence,
      citations: citationsOf(r.topic.cites),
      remediation: r.stance === 'protective' || !mc ? 'Keep this commitment in the signed agreement, not only in a policy page.' : `Ask for: ${mc.clause} (${mc.note})`,
      pages: [review.name],
      count: Math.max(1, r.matches.length),
      entity: { name: review.name, category: 'document' },
    });
  }
  return out;
}

/** The report sections: clause by clause, model clauses to ask for, and questions to send the vendor. */
export function sectionsOf(reviews: DocumentReview[]): ReportSection[] {
  const clauseRows: (string | number)[][] = [];
  const askRows: (string | number)[][] = [];
  const questions = new Map<string, string[]>();
  for (const rv of reviews) {
    for (const m of rv.matches) clauseRows.push([rv.name, m.topic, m.stance, readByOf(m), locationOf(m), clip(m.quote, TABLE_QUOTE_CHARS)]);
    for (const r of rv.topics) {
      if (r.stance === 'protective' || (r.stance === 'silent' && !r.topic.expected)) continue;
      const mc = modelClauses[r.topic.id];
      if (!mc) continue;
      askRows.push([rv.name, r.topic.title, r.stance, mc.clause, mc.note]);
      for (const q of mc.questions) questions.set(q, [...(questions.get(q) ?? []), rv.name]);
    }
  }
  const worthRows = reviews.flatMap((rv) => rv.worthReading.map((w) => [rv.name, locationOf(w), w.doubted ? `${w.topic}: patterns read ${w.doubted}, set aside (learned ${w.probability.toFixed(2)})` : `${w.topic} (${w.probability.toFixed(2)})`, clip(w.quote, TABLE_QUOTE_CHARS)]));
  return [
    { id: 'review-clauses', title: 'Clause by clause', paragraphs: ['Every sentence that speaks to a privacy topic, with its reading and where it is. "Patterns" readings come from the deterministic matcher; "learned" readings from the statistical reader beside it, with its probability: check those against the text.'], table: { columns: ['Document', 'Topic', 'Stance', 'Read by', 'Where', 'Quote'], rows: clauseRows } },
    { id: 'review-model-clauses', title: 'Model clauses to ask for', paragraphs: ['For each harmful, ambiguous or silent topic: the wording to ask for (our own, from the NISO principles and ALA vendor guidelines) and how to negotiate it.'], table: { columns: ['Document', 'Topic', 'Stance', 'Model clause', 'Negotiation note'], rows: askRows } },
    ...(worthRows.length ? [{ id: 'review-worth-reading', title: 'Sentences worth reading', paragraphs: ['No reader catches every wording. These sentences were not read as any topic, but the learned reader thinks they may concern one (with its probability); or the patterns read them and the learned reader found that topic very unlikely, so the reading was set aside: read them before signing.'], table: { columns: ['Document', 'Where', 'Likeliest topic', 'Quote'], rows: worthRows } }] : []),
    { id: 'review-questions', title: 'Questions to send the vendor', paragraphs: [...questions.keys()].map((q, i) => `${i + 1}. ${q}`) },
  ];
}

const WEIGHT: Record<Severity, number> = { critical: 25, high: 12, medium: 5, low: 2, info: 0 };

/** Score 0-100 from the failing findings' severities, and its letter grade. */
export function scoreOf(findings: Finding[]): RunResult['summary'] {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let penalty = 0;
  for (const f of findings) {
    bySeverity[f.severity]++;
    if (f.outcome === 'fail' || f.outcome === 'needs-review' || f.outcome === 'error') penalty += WEIGHT[f.severity];
  }
  const score = Math.max(0, 100 - penalty);
  const grade = score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F';
  return { bySeverity, score, grade, scoreMethod: '100 minus 25 per critical, 12 per high, 5 per medium, 2 per low failing or unclear topic, floored at 0' };
}

export interface ReviewOptions extends ReadOptions {
  maxFileBytes: number;
  toolVersion?: string;
  /** Show file names relative to this directory (the user's working directory). */
  displayRoot?: string;
}

/** Expand directories (recursively) into the supported files they hold; plain files pass through. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const st = await stat(p).catch(() => undefined);
    if (st?.isDirectory()) {
      const names = (await readdir(p)).sort();
      const inner = names.filter((n) => !n.startsWith('.')).map((n) => join(p, n));
      for (const q of inner) {
        const s = await stat(q);
        if (s.isDirectory()) out.push(...(await expandPaths([q])));
        else if (SUPPORTED_EXTENSIONS.includes(extname(q).toLowerCase())) out.push(q);
      }
    } else out.push(p);
  }
  return out;
}

/** Review files and directories; unreadable files become per-file errors and the others are still reviewed. */
export async function reviewFiles(paths: string[], opts: ReviewOptions): Promise<{ result: RunResult; reviews: DocumentReview[] }> {
  const startedAt = new Date().toISOString();
  const files = await expandPaths(paths);
  const reviews: DocumentReview[] = [];
  const subjects: RunResult['subjects'] = [];
  const errors: RunResult['errors'] = [];
  const findings: Finding[] = [];
  for (const [i, path] of files.entries()) {
    const id = `d${i}`;
    const file = opts.displayRoot ? relative(opts.displayRoot, path) || path : path;
    try {
      const doc = await extractFile(path, opts.maxFileBytes, file);
      const rv = analyzeDocument(doc, topics, opts);
      reviews.push(rv);
      findings.push(...findingsOf(rv));
      subjects.push({ id, url: file, role: doc.format });
    } catch (err) {
      const e = toFiduciaryError(err, 'FID_FILE_UNREADABLE', file);
      errors.push({ code: e.code, message: e.message, where: file });
      subjects.push({ id, url: file, error: `${e.code}: ${e.message}` });
      findings.push({
        id: shortId('review-file-error', file), ruleId: 'review-file-error', title: `Could not review ${basename(file)}`, severity: 'info', outcome: 'error',
        explanation: e.message, evidence: [], citations: citationsOf(['ala-bds-6']), remediation: 'Fix or re-export the file and review it again.',
        pages: [file], count: 1, error: { code: e.code, message: e.message },
      });
    }
  }
  const result: RunResult = {
    version: 1, kind: 'review', tool: { name: 'fiduciary', version: opts.toolVersion ?? '0.1.0' },
    target: files.map((f) => (opts.displayRoot ? relative(opts.displayRoot, f) : f)).join(', '), startedAt, finishedAt: new Date().toISOString(),
    findings, subjects, summary: scoreOf(findings), errors, sections: sectionsOf(reviews),
  };
  return { result, reviews };
}
