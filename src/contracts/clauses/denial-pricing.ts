/** Topic: use of patron data to deny, limit or price service. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, GAP, rx } from './vocab.js';

export const denialPricing: TopicDef = {
  id: 'denial-pricing',
  title: 'Use of data to deny or price service',
  concern: 'Patron data must never be used to deny, limit or price access to the service.',
  cites: ['ala-bds-4', 'ala-bds-5'],
  expected: false,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'low' },
  harmful: [
    rx(String.raw`\b(?:use|uses|using|used|rely on|relies on|consider\w*)\b`, GAP(80), String.raw`\b(?:${DATA}|behaviou?r|scores?)\b`, GAP(60), String.raw`\b(?:determin|set|adjust|personali[sz]|vary|varies|decid|deny|denies|limit|restrict|suspend|refus|price|pric)\w*\b`, GAP(40), String.raw`\b(?:prices?|pricing|fees?|rates?|eligibility|access|service|terms|accounts?)\b`),
    rx(String.raw`\b(?:dynamic|personali[sz]ed|individuali[sz]ed|differential|surveillance) pricing\b`),
    rx(String.raw`\b(?:deny|denies|denying|restrict\w*|limit\w*|suspend\w*|refus\w*|terminat\w*)\b`, GAP(60), String.raw`\b(?:access|service|accounts?)\b`, GAP(40), String.raw`\bbased (?:on|upon)\b`, GAP(40), String.raw`\b(?:${DATA}|behaviou?r|profiles?|scores?|usage patterns?)\b`),
    rx(String.raw`\b(?:access|service|accounts?)\b`, GAP(40), String.raw`\b(?:denied|restricted|limited|suspended|refused|terminated|priced)\b`, GAP(40), String.raw`\bbased (?:on|upon)\b`),
    rx(String.raw`\b(?:risk|trust|fraud|engagement|credit) (?:scor\w*|models?)\b`),
    rx(String.raw`\b(?:blocked|banned|barred|excluded) from (?:booking|borrowing|using|access\w*)\b`),
  ],
  protective: [],
};
