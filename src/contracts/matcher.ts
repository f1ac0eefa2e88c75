/**
 * The deterministic clause matcher: reads one normalised sentence against one topic's patterns and returns
 * its stance, paying attention to negation ("we do not sell", "is prohibited from selling", "no data will be
 * sold", "neither ... nor") and to scope ("except as required by law", "unless", "at our discretion" weaken
 * a promise; "unless you ask us", "except to the Library" do not). A sentence may carry context: the heading
 * it sits under lets a topic use its weaker, heading-only patterns. Topic files hold only data; this file
 * holds the few functions that interpret it.
 */
import { LIBRARY } from './clauses/vocab.js';
import type { ClauseMatch, Stance, TopicDef } from './types.js';

/** Words that negate what follows within the same clause. */
const NEGATOR = /\b(?:not|never|no(?! (?:later|more|less|longer|fewer)\b)|none|nor|neither|nothing|nobody|cannot|can't|won't|don't|doesn't|isn't|aren't|wasn't|weren't|shan't|shouldn't|mustn't|refrain(?:s|ing)? from|prohibit(?:s|ed)?(?: from)?|forbid(?:s|den)?(?: from)?|barred from|precluded from|under no circumstances?|in no (?:event|case)|on no account|at no (?:time|point))\b/i;

const NEGATOR_ALL = new RegExp(NEGATOR.source, 'gi');
const WITHOUT = /\bwithout\b/gi;

/** Where a clause ends, so a negation before it does not reach past it. A colon does not end one: "shall not: (a) sell". */
const BOUNDARY = /(?:[;.]|\bbut\b|\buntil\b|\bhowever\b|\balthough\b|\bwhile\b|\bwhereas\b|\bexcept\b|\bunless\b|\bother than\b|, (?:and|or) (?:we|the|you|it|they|our|vendor|licensor|provider|company)\b)/gi;

/**
 * An exception that keeps a promise whole: the library itself, the patron's own request or consent, a court
 * order, or processors bound by the same terms ("except to sub-processors bound by this Agreement").
 */
const BENIGN_EXCEPTION = new RegExp(String.raw`^,? ?(?:(?:to|with|for|by) )?(?:(?:the|its|each|a|an) )?(?:${LIBRARY}\b|(?:you|the (?:user|patron|parent|guardian)|a parent|the individual)\b[^.;]{0,25}\b(?:ask|request|consent|agree|direct|instruct|authori[sz]|opt|choose|chose|tell|turn|switch|enable|select|pin|save)\w*|(?:with|upon|on) (?:your|the (?:library|licensee|customer|patron|user)'?s?|their) (?:prior |express |explicit |written )*(?:consent|request|instructions?|permission|authori[sz]ation)\b|(?:(?:ordered|required|compelled) by (?:a |the )?court|(?:served with |presented with )?(?:a )?(?:valid )?(?:subpoena|court order|warrant|judicial order))|[^.;]{0,60}\bbound by\b)`, 'i');

/** "except" / "unless" weaken a promise unless what follows is a benign exception. */
function exceptionWeakens(sentence: string, word: RegExp): RegExpExecArray | undefined {
  const re = new RegExp(word.source, 'gi');
  for (const m of sentence.matchAll(re)) {
    if (!BENIGN_EXCEPTION.test(sentence.slice(m.index + m[0].length).trimStart())) return m as RegExpExecArray;
  }
  return undefined;
}

/** Shared wording that turns a promise into something less: the promise holds only partly or at will. */
export const SHARED_WEAKENERS: RegExp[] = [
  // "except" and "unless" are read by `exceptionWeakens` (a benign exception does not weaken).
  /\bexcept\b/i,
  /\bunless\b/i,
  /\bother than as\b/i,
  // "It is not our practice to sell", "we currently do not": a description of today, not a promise.
  /\b(?:not our (?:current )?practice|no (?:current )?plans? to|(?:do|does) not currently|currently (?:do|does) not|at (?:this|the present) time|at present)\b/i,
  // "only with your consent or when we are legally required to": the law is a second, open door.
  /\bor (?:when|where|if|as) (?:we are |it is |we're )?(?:legally |otherwise )?(?:required|compelled|obliged|permitted)\b/i,
  /\bat (?:our|its|the vendor's|the provider's) (?:sole |reasonable )?discretion\b/i,
  /\b(?:commercially )?reasonable efforts\b/i,
  /\bwhere (?:feasible|practicable|possible)\b/i,
  /\bto the extent (?:practicable|feasible|possible)\b/i,
  /\bgenerally\b/i,
  /\bfrom time to time\b/i,
  /\bsubject to (?:our|its) (?:business needs|policies)\b/i,
];

// Lawyers put long qualifiers between the negation and the verb ("shall not exploit ..., whether by selling it").
const WINDOW_WORDS = 22;
const OBJECT_NEGATED = /^\s+(?:(?:\w+ )?nothing|none\b|no (?!later|more|less|longer|fewer|sooner)\w+)/i;
const CONTRAST = /,\s*(?:and\s+|but\s+)?not\s+[^,;]{1,40},/gi;

/**
 * True when the match at [index, end) is negated: a negator in the last few words before it, or inside the
 * match itself (object-first wordings: "patron data will not be sold"), within the same clause.
 */
export function isNegated(sentence: string, index: number, end: number = index, ownWithout = false, promise = false): boolean {
  let segStart = 0;
  // A boundary before the match cuts a negation off. Inside a permission ("not permit anyone other than
  // staff to access") it does not; inside a promise it does: in "no amendment is effective unless signed",
  // the negation belongs to the permission and the promise follows "unless".
  for (const m of sentence.slice(0, promise ? end : index).matchAll(BOUNDARY)) segStart = m.index + m[0].length;
  // ", not TutorNow," is a contrast that names who is excluded, not a negation of the clause.
  const strip = (t: string): string => t.replace(CONTRAST, ',');
  const before = strip(sentence.slice(segStart, Math.max(segStart, index))).trim().split(/\s+/).slice(-WINDOW_WORDS).join(' ');
  const inside = strip(sentence.slice(Math.max(segStart, index), end));
  // "will not engage ... without notice" is a double negative, so a promise: one negator plus "without"
  // cancels out. Several plain negators ("no ads, and logs are never used") still negate. When the pattern
  // itself holds the "without" ("subcontract without consent"), only a "without" before the match cancels.
  // "ships without outside tracking code": a "without" right before the match negates it.
  if (/\bwithout(?: any| the use of| using)?$/i.test(before)) return !NEGATOR.test(before);
  // "Advertisers get nothing", "receive no personal data": the object is negated.
  if (OBJECT_NEGATED.test(sentence.slice(end, end + 24))) return true;
  const text = `${before} ${inside}`;
  const negators = [...text.matchAll(NEGATOR_ALL)].length;
  const withouts = [...(ownWithout ? before : text).matchAll(WITHOUT)].length;
  return negators > 0 && !(negators === 1 && withouts > 0);
}

function weakened(sentence: string, topic: TopicDef): string | undefined {
  const list = topic.ownWeakenersOnly ? (topic.weakeners ?? []) : [...SHARED_WEAKENERS, ...(topic.weakeners ?? [])];
  for (const w of list) {
    if (w.source === '\\bexcept\\b' || w.source === '\\bunless\\b') {
      const m = exceptionWeakens(sentence, w);
      if (m) return m[0];
      continue;
    }
    const m = w.exec(sentence);
    if (m) return m[0];
  }
  return undefined;
}

const strip = (h: { stance: Exclude<Stance, 'silent'>; reason: string }): { stance: Exclude<Stance, 'silent'>; reason: string } => ({ stance: h.stance, reason: h.reason });

/**
 * Read one sentence on one topic. Returns undefined when the sentence does not speak to the topic.
 * Precedence within a sentence: harmful, then ambiguous limits ("as required by law"), then fixed promises,
 * then promises (made ambiguous by a weakener), then vague wording; one harmful permission in a sentence is
 * what a librarian must see, whatever promise sits beside it.
 */
export function readSentence(sentence: string, topic: TopicDef, ctx?: SentenceContext): { stance: Exclude<Stance, 'silent'>; reason: string } | undefined {
  type Hit = { stance: Exclude<Stance, 'silent'>; reason: string; firm?: boolean };
  if (topic.defer?.some((re) => re.test(sentence))) return undefined;
  // Under a heading that names the topic ("Advertising", "Keeping records"), its heading-only patterns count
  // too: weaker evidence, same reading rules, so a heading never flips what the sentence says.
  const under = !!(ctx?.heading && topic.context && topic.context.heading.test(ctx.heading));
  const harmfulList = under ? [...topic.harmful, ...(topic.context!.harmful ?? [])] : topic.harmful;
  const protectiveList = under ? [...topic.protective, ...(topic.context!.protective ?? [])] : topic.protective;
  const ambiguousList = under ? [...(topic.ambiguous ?? []), ...(topic.context!.ambiguous ?? [])] : topic.ambiguous;
  const hits: Hit[] = [];
  for (const f of topic.fixed ?? []) {
    const m = f.re.exec(sentence);
    if (m) hits.push({ stance: f.stance, reason: `states: ${m[0]}`, firm: true });
  }
  for (const re of harmfulList) {
    const m = re.exec(sentence);
    if (!m) continue;
    if (isNegated(sentence, m.index, m.index + m[0].length, re.source.includes('without'))) {
      hits.push({ stance: 'protective', reason: `negated: ${m[0]}` });
      continue;
    }
    const lim = topic.limiters?.find((l) => l.re.test(sentence));
    if (lim) hits.push({ stance: lim.stance, reason: `permits: ${m[0]}, limited by "${lim.re.exec(sentence)![0]}"`, firm: lim.stance === 'ambiguous' });
    else hits.push({ stance: 'harmful', reason: `permits: ${m[0]}` });
  }
  for (const re of protectiveList) {
    const m = re.exec(sentence);
    if (!m) continue;
    if (isNegated(sentence, m.index, m.index + m[0].length, re.source.includes('without'), true)) hits.push({ stance: 'harmful', reason: `negated promise: ${m[0]}` });
    else hits.push({ stance: 'protective', reason: `promises: ${m[0]}` });
  }
  const vague = ambiguousList?.map((re) => re.exec(sentence)).find((m) => m);
  if (hits.length === 0 && !vague) return undefined;
  const pick = (s: Stance, firm?: boolean): Hit | undefined => hits.find((h) => h.stance === s && (firm === undefined || !!h.firm === firm));
  const harmful = pick('harmful');
  if (harmful) return strip(harmful);
  const firmAmb = pick('ambiguous');
  if (firmAmb) return strip(firmAmb);
  const firmProt = pick('protective', true);
  if (firmProt) return strip(firmProt);
  const prot = pick('protective');
  if (prot) {
    const w = weakened(sentence, topic);
    if (w) return { stance: 'ambiguous', reason: `${prot.reason}, weakened by "${w}"` };
    return strip(prot);
  }
  return { stance: 'ambiguous', reason: `vague: ${vague![0]}` };
}

/** What a sentence carries besides its words: the heading it sits under. */
export interface SentenceContext {
  heading?: string;
}

const INVERT: Record<Exclude<Stance, 'silent'>, Exclude<Stance, 'silent'>> = { harmful: 'protective', protective: 'harmful', ambiguous: 'ambiguous' };

/**
 * Read every sentence against every topic; one match per (sentence, topic) that speaks to it. A sentence's
 * `match` text (defined terms spelled out) is read when given; `text` is what is quoted. `answer: 'no'`
 * marks a question answered "No." ("Do we sell your data? No."): its reading is inverted.
 */
export function matchSentences(
  sentences: { text: string; match?: string; heading?: string; answer?: 'yes' | 'no'; page?: number; paragraph: number }[],
  topics: readonly TopicDef[],
): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  for (const s of sentences) {
    for (const topic of topics) {
      const r = readSentence(s.match ?? s.text, topic, s.heading ? { heading: s.heading } : undefined);
      if (!r) continue;
      const stance = s.answer === 'no' ? INVERT[r.stance] : r.stance;
      const reason = s.answer ? `${r.reason}, answered "${s.answer}"` : r.reason;
      out.push({ topic: topic.id, stance, quote: s.text, page: s.page, paragraph: s.paragraph, reason });
    }
  }
  return out;
}
