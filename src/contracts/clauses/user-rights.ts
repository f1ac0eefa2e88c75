/** Topic: patron access to, correction and deletion of their own data. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { GAP, USERS, rx } from './vocab.js';

const ACTS = String.raw`(?:access|review|view|see|inspect|correct|amend|rectify|update|delete|erase|remove|clear|download|export|port|(?:obtain|get|receive|have) (?:a )?cop(?:y|ies)|request (?:a )?cop(?:y|ies)|request (?:the )?(?:deletion|correction|erasure|removal)|exercise)`;
// What a patron may ask for: access, correction, deletion, a copy, portability.
const ASKS = String.raw`(?:access|correct\w*|delet\w+|eras\w+|export\w*|view|review|amend\w*|rectif\w+|remov\w+|cop(?:y|ies)|portability)`;

export const userRights: TopicDef = {
  id: 'user-rights',
  title: 'Patron access, correction and deletion',
  concern: 'Patrons can see, correct, export and delete the data held about them.',
  cites: ['niso-10', 'ala-vendor-user-access'],
  expected: true,
  severity: { harmful: 'medium', ambiguous: 'low', silent: 'medium' },
  harmful: [],
  protective: [
    rx(String.raw`\b(?:email|e-mail|write to|contact|call|ask) us\b`, GAP(30), String.raw`\b(?:we|we'll) (?:will )?(?:delete|erase|remove|correct|send|provide|export)\b`),
    rx(String.raw`\bif (?:a |an |the |any )?${USERS} (?:withdraws?|deletes?|removes?|asks?|requests?|cancels?|closes?)\b`, GAP(80), String.raw`\b(?:removed|deleted|erased|destroyed|anonymi[sz]ed)\b`),
    rx(String.raw`\b(?:gives?|provides?|offers?)\b (?:\w+ )?${USERS}\b (?:a way|ways|the ability|the means|a means|tools?|an option|the option|controls?) to ${ACTS}\b`),
    rx(String.raw`\b${USERS}\b (?:can|may|are able to|is able to)\b`, GAP(100), String.raw`\b(?:erased|deleted|removed|corrected|exported|anonymi[sz]ed)\b`),
    rx(String.raw`\b${USERS}\b (?:may|can|cannot|can not|may not|will be able to|are able to|is able to|are not able to|will not be able to|have the right to|has the right to|are entitled to|is entitled to|shall have the right to|retain the right to)\b`, GAP(40), String.raw`\b${ACTS}\b`, GAP(40), String.raw`\b(?:their|your|his|her|own|personal|data|information|accounts?|records?|histor\w+|reservations|profiles?)\b`),
    rx(String.raw`\brights? (?:of|to) (?:access|rectification|erasure|deletion|correction|data portability|portability|be forgotten|request (?:access|deletion|correction))\b`),
    rx(String.raw`\b(?:honou?r|fulfil+|respond\w* to|process|comply with|assist\w*|accommodat|act on|action)\w*\b`, GAP(60), String.raw`\b(?:requests?)\b`, GAP(20), String.raw`\b(?:to|for)\b`, GAP(20), String.raw`\b${ASKS}\b`),
    rx(String.raw`\b(?:${ASKS}|data subject|privacy|patron|user) requests?\b`, GAP(60), String.raw`\b(?:honou?red|accepted|processed|fulfill?ed|answered|completed|actioned|respected|handled|responded to)\b`),
    rx(String.raw`\brequests? (?:for|to) (?:\w+ ){0,3}?${ASKS}\b`, GAP(80), String.raw`\b(?:honou?red|accepted|processed|fulfill?ed|answered|completed|actioned|respected|handled|responded to)\b`),
    rx(String.raw`\b${USERS}\b`, GAP(20), String.raw`\b(?:given|granted|offered|provided with|has|have) (?:the |an? )?(?:ability|option|opportunity|means|tools?|right|controls?) to ${ACTS}\b`),
    rx(String.raw`\b(?:allow|let|enable|permit)\w*\b`, GAP(20), String.raw`\b${USERS}\b`, GAP(20), String.raw`\bto ${ACTS}\b`),
  ],
  fixed: [{ re: rx(String.raw`\b(?:not|never) (?:able|possible|obliged|obligated|required) to\b`, GAP(30), String.raw`\b(?:delete|correct|erase|remove|access)\b`), stance: 'harmful' }],
};
