/**
 * Types of the contract review: a document as extracted text with positions, the four stances a clause can
 * take on a topic, a topic definition (patterns as data), and a clause match with its exact quote and where
 * it is. Findings are built from these by `analyze.ts`; nothing here depends on a file format.
 */
import type { CitationId } from '../policies/catalogue.js';
import type { Severity } from '../model/index.js';

export const FORMATS = ['pdf', 'docx', 'html', 'md', 'txt'] as const;
export type DocFormat = (typeof FORMATS)[number];

/** One paragraph of extracted text. `page` is 1-based for paged formats; `index` is 1-based within the page (or the document). */
export interface Paragraph {
  text: string;
  page?: number;
  index: number;
}

export interface ExtractedDocument {
  /** File name as given (or a label for in-memory text). */
  name: string;
  format: DocFormat;
  paragraphs: Paragraph[];
  pages?: number;
}

export const STANCES = ['protective', 'harmful', 'ambiguous', 'silent'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * A topic as data. `harmful` patterns describe what a vendor may do that hurts patrons; when such a pattern is
 * negated ("we do not sell") it counts as protective. `protective` patterns describe a promise; negated, they
 * count as harmful. `ambiguous` patterns are vague wording; `weakeners` turn a protective reading ambiguous.
 */
export interface TopicDef {
  id: string;
  title: string;
  /** What the topic asks of a vendor, one line, our words (used in explanations). */
  concern: string;
  cites: CitationId[];
  /** True when NISO principles or ALA vendor guidelines expect every agreement to address the topic. */
  expected: boolean;
  severity: { harmful: Severity; ambiguous: Severity; silent: Severity };
  harmful: RegExp[];
  protective: RegExp[];
  /** Vague wording: ambiguous when nothing firmer is said in the sentence. */
  ambiguous?: RegExp[];
  /** A harmful permission qualified by one of these takes the limiter's stance ("only with a court order"). */
  limiters?: { re: RegExp; stance: 'protective' | 'ambiguous' }[];
  /** Wordings whose stance is read as is: negation is part of them ("not directed to children"). */
  fixed?: { re: RegExp; stance: Exclude<Stance, 'silent'> }[];
  /** Extra weakeners for this topic, on top of the shared ones. */
  weakeners?: RegExp[];
  /** Set to drop the shared weakeners (e.g. law-enforcement, where "as required by law" is the topic itself). */
  ownWeakenersOnly?: boolean;
  /** Sentences matching one of these are about something else (invoices, fees) and are not read for the topic. */
  defer?: RegExp[];
  /**
   * Heading context: under a heading matching `heading` ("Advertising", "Keeping records"), these extra
   * patterns count as well. They are weaker evidence that needs the heading to be about the topic.
   */
  context?: { heading: RegExp; harmful?: RegExp[]; protective?: RegExp[]; ambiguous?: RegExp[] };
}

/** One sentence's reading on one topic. */
export interface ClauseMatch {
  topic: string;
  stance: Exclude<Stance, 'silent'>;
  /** The sentence, normalised, exactly as quoted in the report. */
  quote: string;
  page?: number;
  paragraph: number;
  /** Why: which pattern fired and whether it was negated or weakened. */
  reason: string;
  /** Set when the learned reader, not a pattern, made this reading: its probabilities for the topic and the stance. */
  learned?: { topic: number; stance: number };
  /** Set when the learned reader overruled the patterns' stance: the stance the patterns gave, and the model's probability for its own. */
  overruled?: { stance: Exclude<Stance, 'silent'>; probability: number };
}
