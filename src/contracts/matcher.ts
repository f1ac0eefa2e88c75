/**
 * The deterministic clause matcher: reads one normalised sentence against one topic's patterns and returns
 * its stance, paying attention to negation ("we do not sell", "is prohibited from selling", "no data will be
 * sold") and to scope ("except as required by law", "unless", "at our discretion" weaken a promise). Topic
 * files hold only data; this file holds the few functions that interpret it.
 */
import type { ClauseMatch, Stance, TopicDef } from './types.js';

/** Words that negate what follows within the same clause. */
const NEGATOR = /\b(?:not|never|no(?! (?:later|more|less|longer|fewer)\b)|none|nor|neither|nothing|cannot|can't|won't|don't|doesn't|isn't|aren't|wasn't|weren't|shan't|shouldn't|mustn't|refrain(?:s)? from|prohibit(?:s|ed)?(?: from)?|forbid(?:s|den)?(?: from)?|barred from|precluded from|under no circumstances?|in no event|at no time)\b/i;

const NEGATOR_ALL = new RegExp(NEGATOR.source, 'gi');
const WITHOUT = /\bwithout\b/gi;

/** Where a clause ends, so a negation before it does not reach past it. */
const BOUNDARY = /(?:[;:.]|\bbut\b|\bhowever\b|\balthough\b|\bwhile\b|\bwhereas\b|\bexcept\b|\bunless\b|\bother than\b|, (?:and|or) (?:we|the|you|it|they|our|vendor|licensor|provider|company)\b)/gi;

/** Shared wording that turns a promise into something less: the promise holds only partly or at will. */
export const SHARED_WEAKENERS: RegExp[] = [
  // "except" weakens, unless the exception is the library itself ("except to Library staff").
  /\bexcept\b(?! (?:to |with |for )?(?:the )?(?:library|licensee|customer|consortium|institution)\b)/i,
  // "unless" weakens, except when the exception is a court order (that is the protection itself).
  /\bunless\b(?! (?:(?:ordered|required|compelled) by (?:a |the )?court|(?:served with )?(?:a )?(?:valid )?(?:subpoena|court order|warrant)))/i,
  /\bother than as\b/i,
  /\bat (?:our|its|the vendor's|the provider's) (?:sole |reasonable )?discretion\b/i,
  /\b(?:commercially )?reasonable efforts\b/i,
  /\bwhere (?:feasible|practicable|possible)\b/i,
  /\bto the extent (?:practicable|feasible|possible)\b/i,
  /\bgenerally\b/i,
  /\bfrom time to time\b/i,
  /\bsubject to (?:our|its) (?:business needs|policies)\b/i,
];

const WINDOW_WORDS = 14;

/**
 * True when the match at [index, end) is negated: a negator in the last few words before it, or inside the
 * match itself (object-first wordings: "patron data will not be sold"), within the same clause.
 */
export function isNegated(sentence: string, index: number, end: number = index): boolean {
  let segStart = 0;
  for (const m of sentence.slice(0, end).matchAll(BOUNDARY)) segStart = m.index + m[0].length;
  const before = sentence.slice(segStart, Math.max(segStart, index)).trim().split(/\s+/).slice(-WINDOW_WORDS).join(' ');
  const inside = sentence.slice(Math.max(segStart, index), end);
  // "will not engage ... without notice" is a double negative, so a promise: one negator plus "without"
  // cancels out. Several plain negators ("no ads, and logs are never used") still negate.
  const text = `${before} ${inside}`;
  const negators = [...text.matchAll(NEGATOR_ALL)].length;
  const withouts = [...text.matchAll(WITHOUT)].length;
  return negators > 0 && !(negators === 1 && withouts > 0);
}

function weakened(sentence: string, topic: TopicDef): RegExp | undefined {
  const list = topic.ownWeakenersOnly ? (topic.weakeners ?? []) : [...SHARED_WEAKENERS, ...(topic.weakeners ?? [])];
  return list.find((w) => w.test(sentence));
}

const strip = (h: { stance: Exclude<Stance, 'silent'>; reason: string }): { stance: Exclude<Stance, 'silent'>; reason: string } => ({ stance: h.stance, reason: h.reason });

/**
 * Read one sentence on one topic. Returns undefined when the sentence does not speak to the topic.
 * Precedence within a sentence: harmful, then ambiguous limits ("as required by law"), then fixed promises,
 * then promises (made ambiguous by a weakener), then vague wording; one harmful permission in a sentence is
 * what a librarian must see, whatever promise sits beside it.
 */
export function readSentence(sentence: string, topic: TopicDef): { stance: Exclude<Stance, 'silent'>; reason: string } | undefined {
  type Hit = { stance: Exclude<Stance, 'silent'>; reason: string; firm?: boolean };
  const hits: Hit[] = [];
  for (const f of topic.fixed ?? []) {
    const m = f.re.exec(sentence);
    if (m) hits.push({ stance: f.stance, reason: `states: ${m[0]}`, firm: true });
  }
  for (const re of topic.harmful) {
    const m = re.exec(sentence);
    if (!m) continue;
    if (isNegated(sentence, m.index, m.index + m[0].length)) {
      hits.push({ stance: 'protective', reason: `negated: ${m[0]}` });
      continue;
    }
    const lim = topic.limiters?.find((l) => l.re.test(sentence));
    if (lim) hits.push({ stance: lim.stance, reason: `permits: ${m[0]}, limited by "${lim.re.exec(sentence)![0]}"`, firm: lim.stance === 'ambiguous' });
    else hits.push({ stance: 'harmful', reason: `permits: ${m[0]}` });
  }
  for (const re of topic.protective) {
    const m = re.exec(sentence);
    if (!m) continue;
    if (isNegated(sentence, m.index, m.index + m[0].length)) hits.push({ stance: 'harmful', reason: `negated promise: ${m[0]}` });
    else hits.push({ stance: 'protective', reason: `promises: ${m[0]}` });
  }
  const vague = topic.ambiguous?.map((re) => re.exec(sentence)).find((m) => m);
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
    if (w) return { stance: 'ambiguous', reason: `${prot.reason}, weakened by "${w.exec(sentence)![0]}"` };
    return strip(prot);
  }
  return { stance: 'ambiguous', reason: `vague: ${vague![0]}` };
}

/** Read every sentence against every topic; one match per (sentence, topic) that speaks to it. */
export function matchSentences(
  sentences: { text: string; page?: number; paragraph: number }[],
  topics: readonly TopicDef[],
): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  for (const s of sentences) {
    for (const topic of topics) {
      const r = readSentence(s.text, topic);
      if (r) out.push({ topic: topic.id, stance: r.stance, quote: s.text, page: s.page, paragraph: s.paragraph, reason: r.reason });
    }
  }
  return out;
}
