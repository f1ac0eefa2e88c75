/** Topic: disclosure to law enforcement and government. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, GAP, LIBRARY, rx } from './vocab.js';

const GOV = String.raw`(?:law enforcement|police|government\w*|public authorit\w+|authorities|regulators?|agenc(?:y|ies)|officials|national security)`;
const ORDER = String.raw`(?:subpoena|court order|warrant|judicial order|order of a court|valid legal process|legally binding order|compulsory (?:legal )?process)`;

export const lawEnforcement: TopicDef = {
  id: 'law-enforcement',
  title: 'Disclosure to law enforcement and government',
  concern: 'Disclose patron data to authorities only under a subpoena or court order, and tell the library first.',
  cites: ['ala-vendor-law-enforcement', 'lbor-vii'],
  expected: true,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'medium' },
  harmful: [
    rx(String.raw`\b(?:disclos|shar|provid|releas|produc|turn\w* over|giv|hand\w* over|respond|cooperat|access\w* (?:and|or) disclos)\w*\b`, GAP(100), String.raw`\b${GOV}\b`),
    rx(String.raw`\b${GOV}\b`, GAP(80), String.raw`\b(?:disclosed|released|provided|produced|shared|turned over)\b`),
    rx(String.raw`\bgood[- ]faith belief\b`),
  ],
  protective: [
    rx(String.raw`\b(?:notify|notif\w+|inform|alert|tell|give notice to|provide notice to)\b`, GAP(60), String.raw`\b${LIBRARY}\b`, GAP(120), String.raw`\b(?:request|demand|subpoena|order|warrant|disclos\w+)\b`),
    rx(String.raw`\b(?:challenge|contest|resist|seek to quash|object to)\w*\b`, GAP(60), String.raw`\b(?:request|demand|subpoena|order|warrant)\b`),
    rx(String.raw`\b(?:requests?|demands?|subpoenas?)\b`, GAP(100), String.raw`\b(?:referred|redirected|forwarded) to (?:the )?${LIBRARY}\b`),
    rx(String.raw`\b(?:redirect|refer)\w*\b`, GAP(60), String.raw`\b(?:request|demand|subpoena)s?\b`, GAP(40), String.raw`\b${LIBRARY}\b`),
  ],
  limiters: [
    { re: rx(String.raw`\b(?:only|solely|unless|except)\b`, GAP(80), String.raw`\b${ORDER}\b`), stance: 'protective' },
    { re: rx(String.raw`\b(?:requires?|requiring|pursuant to|in response to) (?:a |an )?(?:valid |lawful )?${ORDER}\b`), stance: 'protective' },
    { re: rx(String.raw`\b(?:as|when|where|if) (?:required|permitted|allowed|compelled|requested) by (?:applicable )?law\b|\bto comply with (?:applicable )?(?:laws?|legal)\b|\blegal (?:process|obligations?|requests?|demands?)\b|\b(?:believe|determine)s? (?:that )?(?:the )?law requires\b`), stance: 'ambiguous' },
  ],
  ownWeakenersOnly: true,
  weakeners: [rx(String.raw`\bwhere (?:legally )?permitted\b`), rx(String.raw`\bif (?:we are )?(?:legally )?(?:able|allowed)\b`)],
  ambiguous: [rx(String.raw`\bcomply with\b`, GAP(40), String.raw`\b(?:requests?|demands?|orders?)\b`, GAP(40), String.raw`\b${GOV}\b`), rx(String.raw`\bdisclos\w*\b`, GAP(60), String.raw`\b(?:where|when|as|if) required by (?:applicable )?law\b`), rx(String.raw`\b(?:as|when|where) required by (?:applicable )?law\b`, GAP(80), String.raw`\b${DATA}\b`)],
};
