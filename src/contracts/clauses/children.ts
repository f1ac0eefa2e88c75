/** Topic: children's and students' data. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { GAP, rx } from './vocab.js';

const KIDS = String.raw`(?:children|child|minors?|kids|teens|teenagers|students?|pupils|under (?:the age of )?(?:13|16|18|thirteen|sixteen|eighteen))`;

export const children: TopicDef = {
  id: 'children',
  title: "Children's and students' data",
  concern: "Children's data gets the strongest protection: parental consent, COPPA/FERPA compliance, no profiling.",
  cites: ['niso-6', 'lbor-vii'],
  expected: false,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'low' },
  harmful: [
    rx(String.raw`\b(?:collect|gather|process|track|profil|market|advertis)\w*\b`, GAP(60), String.raw`\b(?:from|of|about|to|for)\b`, GAP(20), String.raw`\b${KIDS}\b`),
    rx(String.raw`\b${KIDS}'?\b`, GAP(60), String.raw`\b(?:marketing|advertising|profiling)\b`),
    rx(String.raw`\b${KIDS}\b`, GAP(60), String.raw`\b(?:data|information)\b`, GAP(40), String.raw`\b(?:collected|processed|tracked|profiled|used for (?:marketing|advertising))\b`),
  ],
  protective: [
    rx(String.raw`\b(?:COPPA|FERPA|Children'?s Online Privacy Protection|Family Educational Rights and Privacy|SOPIPA|student (?:data )?privacy (?:law|act|pledge))\b`),
    rx(String.raw`\b(?:verifiable )?(?:parental|parent'?s?|guardian'?s?) (?:consent|permission|authori[sz]ation)\b`),
    rx(String.raw`\b(?:parent|guardian)s?\b`, GAP(30), String.raw`\b(?:consents?|permission)\b`),
  ],
  fixed: [{ re: rx(String.raw`\b(?:not (?:directed|intended|designed|meant) (?:to|for)|does not target)\b`, GAP(20), String.raw`\b${KIDS}\b`), stance: 'ambiguous' }],
};
