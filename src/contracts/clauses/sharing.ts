/** Topic: sharing patron data with third parties and affiliates. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, DISCLOSE, GAP, LIBRARY, MAY, OTHERS, USERS, rx } from './vocab.js';

// Who a "share with X" may name without it being an outside party: the library, the patron, or the
// authorities (law enforcement is its own topic).
const INSIDE = String.raw`(?:(?:the |your |its |their |each |our |his |her |a )?(?:${LIBRARY}|${USERS}|them|him|her|you|(?:local |state |federal )?(?:police|law enforcement|government|authorities|courts?))\b)`;

export const sharing: TopicDef = {
  id: 'sharing',
  title: 'Sharing with third parties and affiliates',
  concern: 'Patron data should go to others only to run the service, under written terms, or with consent.',
  cites: ['niso-7', 'ala-vendor-sharing', 'ala-vendor-agreements'],
  expected: true,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'medium' },
  harmful: [
    rx(String.raw`\b(?:${DISCLOSE}|licens\w+)\b`, GAP(90), String.raw`\b(?:to|with)\b`, GAP(50), String.raw`\b${OTHERS}\b`),
    rx(String.raw`\b${OTHERS}\b`, GAP(60), String.raw`\b${MAY}\b`, GAP(20), String.raw`\b(?:receive|access|obtain|use|see|view)\b`, GAP(40), String.raw`\b${DATA}\b`),
    rx(String.raw`\bshar(?:e|es|ed|ing)\b`, GAP(40), String.raw`\b${DATA}\b`, GAP(30), String.raw`\bwith (?!${INSIDE})\w+`),
    rx(String.raw`\bshare (?:your |our |any |reader |patron |user |personal |such )*(?:data|information)\b(?! with ${INSIDE})`),
    rx(String.raw`\b${OTHERS}\b`, GAP(20), String.raw`\b(?:receive|receives|get|gets|obtain|obtains)\b`),
    rx(String.raw`\b${OTHERS}\b`, GAP(20), String.raw`\b(?:sees?|accesses|has access to|can see|reads?)\b`, GAP(30), String.raw`\b(?:${DATA}|questions|searches|loans)\b`),
    rx(String.raw`\b(?:give|gives|giving|gave|hand|hands|send|sends)\b (?!(?:the |your |its |their )?(?:${LIBRARY}|${USERS})\b|(?:over|out|away|back|up|on|along|promotional|marketing)\b)(?:the |a |an |any |its |our )?\w+ (?:any |the |our |your |their )?(?:\w+ ){0,2}?(?:${DATA}|names)\b`),
    rx(String.raw`\bgiv\w* away\b`, GAP(30), String.raw`\b${DATA}\b`),
    rx(String.raw`\b(?:provid|suppl|furnish)\w* (?:\w+ )?${OTHERS} with\b`, GAP(40), String.raw`\b${DATA}\b`),
    rx(String.raw`\b(?:give|gives|giving|grant|grants|granting|provide|provides|providing|offer|offers)\b (?:\w+ )?${OTHERS} (?:\w+ ){0,2}?access\b`),
    rx(String.raw`\b(?:permit|allow|let|enable|authori[sz]e)\w*\b`, GAP(10), String.raw`\b${OTHERS}\b`, GAP(80), String.raw`\b(?:to )?(?:have access|access|use|receive|view|see|obtain|know)\b`),
  ],
  protective: [
    // Disclosure to contractors bound by written terms as strict as the agreement's.
    rx(String.raw`\b${DISCLOSE}\b`, GAP(60), String.raw`\bto\b`, GAP(40), String.raw`\b(?:contractors|subcontractors|sub-processors|service providers|processors|vendors)\b`, GAP(80), String.raw`\b(?:bound by|subject to (?:written )?(?:terms|obligations|confidentiality)|under written (?:terms|contracts|agreements))\b`),
    rx(String.raw`\b${DISCLOSE}\b`, GAP(40), String.raw`\bonly (?:with|to) (?:the |your |its |their |each )?(?:\w+'s )?(?:${LIBRARY}|${USERS})\b`),
    rx(String.raw`\b${DATA}\b`, GAP(40), String.raw`\b(?:is|are|will be|shall be|remains?) (?:kept |held |treated as )?(?:strictly )?confidential\b`),
  ],
  fixed: [{ re: rx(String.raw`\b(?:with|to) no(?: ?one| other (?:party|parties|one|organi[sz]ation|company|companies|third part(?:y|ies)))(?: else)?\b|\bto nobody else\b`), stance: 'protective' }],
  limiters: [
    { re: rx(String.raw`\b(?:sub-?processors?|subcontractors?|service providers?|hosting providers?) only\b`), stance: 'protective' },
    { re: rx(String.raw`\bonly (?:with|to) (?:the |your |its |their |each )?(?:\w+'s )?(?:${LIBRARY}|library)\b`), stance: 'protective' },
    { re: rx(String.raw`\b(?:only|solely|exclusively)\b`, GAP(80), String.raw`\b(?:so that|in order to|to the extent|as needed|for the purpose of|consent|authori[sz]\w+|permission|to (?:provide|operate|deliver|perform|host|support|run)|necessary|needed|on (?:our|its) behalf|bound by|instructions)\b`), stance: 'protective' },
    { re: rx(String.raw`\b(?:who|that) (?:\w+ ){0,3}(?:agree\w*|consent\w*|opt\w* in|choose|chose|ask\w*)\b|\btick\w* a box\b`), stance: 'protective' },
    { re: rx(String.raw`\b(?:with|without) (?:the )?(?:your|${LIBRARY}'?s?|patron'?s?|user'?s?) (?:prior |express |explicit |affirmative )?(?:written )?(?:opt-in )?(?:consent|permission|authori[sz]ation)\b`), stance: 'protective' },
  ],
  // Data that no longer identifies anyone is the de-identification topic's business, not sharing's.
  defer: [
    rx(String.raw`^(?!.*\b(?:personal|personally|identifiable|identified|identifying|contact|names?)\b).*\b(?:anonymous|anonymi[sz]ed|aggregated?|de-?identified|non-personal|statistical|pseudonymi[sz]ed)\b (?:\w+ ){0,2}(?:${DATA}|statistics|reports?|transcripts)`),
    rx(String.raw`\b(?:in a form that cannot|cannot be linked|in (?:de-?identified|aggregated?|anonymi[sz]ed) form)\b|\bonly (?:an? )?(?:anonymous|aggregated?|de-?identified|anonymi[sz]ed)\b`),
  ],
  ambiguous: [rx(String.raw`\b(?:trusted|selected|carefully (?:chosen|selected|vetted)|vetted|reputable) (?:partners|third parties|organi[sz]ations|companies)\b`)],
};
