/**
 * Document context for the sentence matcher. A clause's meaning often lives outside its sentence: the
 * heading it sits under ("Advertising"), the lead-in of a list ("The Vendor shall not:" + "sell Patron
 * Data;"), the question it answers ("Do we sell your data? No."), and the defined terms of the agreement
 * ("'Insights' means statistical information that identifies no one"). This file turns a document's
 * sentences into sentences with that context: `match` is the text the matcher reads (lead-in joined,
 * defined terms spelled out as their class), `text` stays the exact quote, `heading` is the last heading.
 */

/** A sentence with its position; `isHeading` marks headings, which give context and are not read. */
export interface RawSentence {
  text: string;
  page?: number;
  paragraph: number;
  /** Index of the source paragraph in the document, to tell "same paragraph" from "next paragraph". */
  block: number;
  isHeading: boolean;
}

export interface ContextSentence {
  text: string;
  page?: number;
  paragraph: number;
  heading?: string;
  /** Text to read when it differs from the quote. */
  match?: string;
  /** A question answered "yes" or "no" in the next sentence. */
  answer?: 'yes' | 'no';
}

/** What a defined term stands for, spelled so the topic vocabularies recognise it. */
const CLASS_TEXT = { deid: 'de-identified data', sub: 'sub-processors', data: 'patron data' } as const;
type TermClass = keyof typeof CLASS_TEXT;

const DEF_MEANS = /^(?:the term )?["']?([A-Z][\w-]*(?: (?:of )?[A-Z][\w-]*){0,3})["']?,? (?:means|shall mean|refers to|is defined as|has the meaning)\b(.{0,240})/;
const DEF_PAREN = /(.{10,240}?)\((?:the |each,? |collectively,? |together,? )?["']([A-Z][\w-]*(?: [A-Z][\w-]*){0,3})["']\)/g;
const AGG_WORDS = /\b(?:aggregat\w+|de-?identified|identifiers (?:have been |are |were )?removed|anonymi[sz]ed|anonymous|pseudonymi[sz]ed|statistical|non-personal|(?:does|do|can|could|will) not (?:\w+ )?(?:identify|be used to identify|be linked)|no longer identif\w*|cannot (?:reasonably )?be (?:linked|used to identify|associated))\b/i;
// A sub-processor definition names an entity first ("any processor engaged by Nimbus...").
const SUB_WORDS = /^[^.;]{0,30}?\b(?:sub-?processors?|sub-?contractors?|processors?|entit(?:y|ies)|third part(?:y|ies)|compan(?:y|ies)|persons?|organi[sz]ations?|vendors?|providers?|contractors?)\b[^.;]{0,80}\b(?:engaged|appointed|retained|used|authori[sz]ed|process\w*|handl\w*|host\w*)\b/i;
const DATA_HEAD = /^[^.;]{0,40}?\b(?:data|information|records|histor(?:y|ies)|logs?|content|details|identifiers|files|recordings|profiles?|clickstreams?|telemetry|activity|usage|metrics|interactions|events|results|responses|submissions)\b/i;

function classify(body: string): TermClass | undefined {
  const head = body.slice(0, 160);
  if (AGG_WORDS.test(head)) return 'deid';
  if (DATA_HEAD.test(body)) return 'data';
  if (SUB_WORDS.test(head)) return 'sub';
  return undefined;
}

/** The defined terms of a document that name data, de-identified data or sub-processors. */
export function definedTerms(sentences: readonly { text: string }[]): Map<string, TermClass> {
  const terms = new Map<string, TermClass>();
  for (const { text } of sentences) {
    const m = DEF_MEANS.exec(text);
    if (m) {
      const c = AGG_WORDS.test(m[1]!) ? 'deid' : classify(m[2]!);
      if (c) terms.set(m[1]!, c);
    }
    for (const p of text.matchAll(DEF_PAREN)) {
      const c = classify(p[1]!.slice(-200));
      // A parenthetical term names what precedes it: "all information about patrons ("Patron Records")".
      if (c) terms.set(p[2]!, c);
    }
  }
  return terms;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spell defined terms out as their class ("Insights" -> "de-identified data"), in definitions too. */
export function spellTerms(text: string, terms: Map<string, TermClass>): string {
  if (terms.size === 0) return text;
  let out = text;
  // Longest terms first, so "De-identified Reader Data" is spelled before "Reader Data".
  for (const [term, c] of [...terms].sort((a, b) => b[0].length - a[0].length)) out = out.replace(new RegExp(`["']?\\b${escapeRe(term)}\\b["']?`, 'g'), CLASS_TEXT[c]);
  return out;
}

/** FAQ questions speak in the first person ("Can I get a copy of my data?"); contracts speak to "you" in statements. */
function secondPerson(q: string): string {
  const q2 = q.replace(/\bam I\b/g, 'are you').replace(/\b(?:I|me)\b/g, 'you').replace(/\bmy\b/gi, 'your');
  // Question order to statement order: "Can you get a copy" -> "you can get a copy".
  return q2.replace(/^(can|may|will|would|do|does|did|is|are|could|should|shall) (you|we|they|it|the \w+|[A-Z]\w+) /i, (_, v: string, subj: string) => `${subj} ${v.toLowerCase()} `);
}

const NO = /^(?:no|never|not at all|absolutely not|certainly not|we do not|we don't|we never)\b/i;
const YES = /^(?:yes|we do|we may|sometimes)\b|,\s*yes[.!]?$/i;
/** An answer that is a fragment ("In data centres in Oregon.") reads with its question. */
const FRAGMENT = /^(?:in|on|at|within|by|with|from|through|under|only|for|after|before|up to)\b/i;
/** "Sale of patron data: never." - a summary line whose value denies its key. */
const KEY_DENIED = /^([^:]{3,60}):\s*(?:never|none|no|nil|not (?:applicable|permitted|allowed|used)|prohibited)\b/i;
const SHORT_ANSWER = /^(?:no|yes|never|not at all|absolutely not|certainly not)[.!]?$/i;
/** A list lead-in: "The Vendor shall not:" or "Vendor shall not: (a) sell Patron Data;". */
const LEAD_IN = /^(.{8,240}?):\s*(?:$|\(?(?:[a-z]|[ivx]+|\d{1,2})\)\s)/i;
const MAX_ITEMS = 15;

/**
 * Attach context to a document's sentences: headings (not read themselves), question-and-answer pairs,
 * list lead-ins and defined terms. Unanswered questions are not read: a question asserts nothing.
 */
export function withContext(raw: readonly RawSentence[]): ContextSentence[] {
  const terms = definedTerms(raw.filter((s) => !s.isHeading));
  const out: ContextSentence[] = [];
  let heading: string | undefined;
  let leadIn: { text: string; block: number; items: number } | undefined;
  for (let i = 0; i < raw.length; i++) {
    const s = raw[i]!;
    if (s.isHeading) {
      heading = s.text.replace(/[.:]+$/, '');
      leadIn = undefined;
      continue;
    }
    const base = { page: s.page, paragraph: s.paragraph, ...(heading ? { heading } : {}) };
    if (/\?["')]?$/.test(s.text)) {
      const next = raw[i + 1];
      const reply = next && !next.isHeading ? (NO.test(next.text) ? 'no' : YES.test(next.text) ? 'yes' : undefined) : undefined;
      heading = s.text.replace(/\?["')]?$/, '');
      // "Yes. We may share..." states it again in full; read the statement, not the question.
      const restates = reply === 'yes' && SHORT_ANSWER.test(next!.text) && raw[i + 2]?.block === next!.block && !raw[i + 2]!.isHeading;
      const statement = secondPerson(s.text.replace(/\?["')]?$/, '.'));
      if (reply && !restates) {
        // A "yes" answer's qualifier ("Where legally permitted, yes.") belongs to the reading.
        const match = reply === 'yes' && !SHORT_ANSWER.test(next!.text) ? `${statement} ${next!.text}` : statement;
        out.push({ ...base, heading, text: `${s.text} ${next!.text}`, match: spellTerms(match, terms), answer: reply });
        if (SHORT_ANSWER.test(next!.text)) i++;
      } else if (!reply && next && !next.isHeading && FRAGMENT.test(next.text)) {
        out.push({ ...base, heading, text: next.text, match: spellTerms(`${statement.replace(/\.$/, '')} ${next.text}`, terms) });
        i++;
      }
      continue;
    }
    // A list item under a lead-in reads with it: in the lead-in's paragraph, or in the paragraphs right
    // after it while they look like items (the previous one ended with ";", ",", "and" or "or").
    const denied = KEY_DENIED.exec(s.text);
    let match = denied ? `No ${denied[1]}: ${s.text.slice(denied[1]!.length + 1).trim()}` : s.text;
    if (leadIn) {
      const prev = raw[i - 1]!;
      const itemish = s.block === leadIn.block || leadIn.items === 0 || /(?:[;,]|\b(?:and|or))$/.test(prev.text) || /^[a-z]/.test(s.text);
      if (itemish && leadIn.items < MAX_ITEMS) {
        match = `${leadIn.text}: ${s.text}`;
        leadIn.items++;
      } else leadIn = undefined;
    }
    const li = LEAD_IN.exec(s.text);
    if (li && (s.text.endsWith(':') || /[;,]$|\b(?:and|or)$/.test(s.text))) leadIn = { text: li[1]!, block: s.block, items: s.text.endsWith(':') ? 0 : 1 };
    if (s.text.endsWith(':')) continue;
    // A definition of data or of a sub-processor says what a word means, not what anyone may do with it.
    const def = DEF_MEANS.exec(s.text);
    if (def && ['data', 'sub'].includes(classify(def[2]!) ?? '') && !/\b(?:shall|will|may|must|never|not|only)\b/i.test(def[2]!)) continue;
    const spelled = spellTerms(match, terms);
    out.push({ ...base, text: s.text, ...(spelled !== s.text ? { match: spelled } : {}) });
  }
  return out;
}
