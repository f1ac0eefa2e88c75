/** Topic: use of patron data to deny, limit or price service. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, GAP, rx } from './vocab.js';

// The decision: a price, eligibility, access, service, privileges, features.
const DECIDED = String.raw`(?:what (?:a |the )?(?:user|patron|member|customer|reader|you|they) (?:pays?|is charged|are charged)|prices?|pricing|fees?|rates?|charges?|eligib\w+|access|service|services|terms|accounts?|privileges|features|offers|limits|loans?|borrowing|materials)`;
// What the decision is based on: data, behaviour, what a patron reads.
const BASIS = String.raw`(?:${DATA}|behaviou?r|scores?|profiles?|usage patterns?|habits|activity|what (?:a |the )?(?:patron|user|member|reader|you|they|he|she) (?:reads?|borrows?|views?|watch(?:es)?|search(?:es)?))`;
const LIMIT = String.raw`(?:deny|denies|denied|denying|restrict\w*|limit\w*|suspend\w*|refus\w*|terminat\w*|block\w*|throttl\w*|condition\w*|revok\w*)`;

export const denialPricing: TopicDef = {
  id: 'denial-pricing',
  title: 'Use of data to deny or price service',
  concern: 'Patron data must never be used to deny, limit or price access to the service.',
  cites: ['ala-bds-4', 'ala-bds-5'],
  expected: false,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'low' },
  harmful: [
    rx(String.raw`\b(?:use|uses|using|used|rely on|relies on|consider\w*)\b`, GAP(80), String.raw`\b(?:${DATA}|behaviou?r|scores?)\b`, GAP(60), String.raw`\b(?:determin|set|adjust|personali[sz]|vary|varies|decid|deny|denies|limit|restrict|suspend|refus|price|pric|condition|make (?:automated )?decisions)\w*\b`, GAP(40), String.raw`\b${DECIDED}\b`),
    rx(String.raw`\b${DATA}\b`, GAP(40), String.raw`\b(?:used|relied (?:on|upon)|considered|taken into account)\b`, GAP(30), String.raw`\b(?:to|for|in|when)\b`, GAP(10), String.raw`\b(?:determin|set|setting|adjust|personali[sz]|vary|decid|deny|limit|restrict|suspend|refus|pric|condition|make (?:automated )?decisions)\w*\b`, GAP(40), String.raw`\b${DECIDED}\b`),
    rx(String.raw`\b(?:dynamic|personali[sz]ed|individuali[sz]ed|differential|surveillance|behaviou?ral) pricing\b`),
    rx(String.raw`\b${LIMIT}\b`, GAP(60), String.raw`\b${DECIDED}\b`, GAP(40), String.raw`\b(?:based (?:on|upon)|on the basis of|because of|according to|in light of|depending on|where|when|if)\b`, GAP(40), String.raw`\b${BASIS}\b`),
    rx(String.raw`\b${DECIDED}\b`, GAP(40), String.raw`\b(?:denied|restricted|limited|suspended|refused|terminated|priced|blocked|revoked|charged differently)\b`, GAP(40), String.raw`\b(?:based (?:on|upon)|on the basis of|because of|according to|depending on)\b`),
    rx(String.raw`\b(?:charged|billed|priced) differently\b|\b(?:refus\w*|den\w*) (?:service|access)\b`, GAP(40), String.raw`\b(?:based (?:on|upon)|on the basis of|because of|according to|depending on)\b`, GAP(40), String.raw`\b${BASIS}\b`),
    rx(String.raw`\b(?:prices?|fees?|rates?|charges?|terms|offers)\b`, GAP(40), String.raw`\bvar(?:y|ies)\b`, GAP(20), String.raw`\b(?:according to|based on|depending on|with)\b`, GAP(40), String.raw`\b${BASIS}\b`),
    rx(String.raw`\b(?:risk|trust|fraud|engagement|credit) (?:scor\w*|models?)\b`),
    rx(String.raw`\bvar(?:y|ies|ied)\b`, GAP(80), String.raw`\b(?:according to|based on|depending on|in line with)\b`, GAP(40), String.raw`\b${BASIS}\b`),
    rx(String.raw`\b(?:rank|score|rate|grade)\w*,? (?:(?:or|and) \w+ )?(?:\w+ )?(?:patrons|users|members|students|readers|borrowers)\b`),
    rx(String.raw`\b(?:blocked|banned|barred|excluded) from (?:booking|borrowing|using|access\w*)\b`),
    rx(String.raw`\b(?:use|uses|using|used)\b`, GAP(60), String.raw`\b${DATA}\b`, GAP(40), String.raw`\bto (?:decide|determine|assess|judge)\b`, GAP(40), String.raw`\b(?:eligib\w+|which (?:features|services|titles|materials|offers)|whether)\b`),
    rx(String.raw`\bautomated decisions?\b`, GAP(40), String.raw`\b(?:access|eligib\w+|service|prices?)\b`),
  ],
  protective: [],
};
