/** Topic: disclosure to law enforcement and government. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, DISCLOSE, GAP, LIBRARY, rx } from './vocab.js';

const GOV = String.raw`(?:law enforcement|police|government\w*|public (?:authorit\w+|bodies|officials)|authorities|regulators?|agencies|(?:government|law enforcement|federal|state|public|investigative|police|immigration|intelligence) agency|officials|officers|national security|investigators?|prosecutors?|immigration|intelligence services|security services|FBI|ICE|sheriff\w*)`;
const ORDER = String.raw`(?:subpoena|court order|warrant|(?:a |the )?judge|court (?:has )?ordered|ordered (?:to do so )?by a court|judicial (?:order|warrant|authori[sz]ation)|judicial order|order of a court|valid legal process|legally binding order|compulsory (?:legal )?process)`;

export const lawEnforcement: TopicDef = {
  id: 'law-enforcement',
  title: 'Disclosure to law enforcement and government',
  concern: 'Disclose patron data to authorities only under a subpoena or court order, and tell the library first.',
  cites: ['ala-vendor-law-enforcement', 'lbor-vii'],
  expected: true,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'medium' },
  harmful: [
    rx(String.raw`\b(?:${DISCLOSE}|produc\w*|giv\w*|respond\w*|cooperat\w*|co-operat\w*|assist\w*|access\w* (?:and|or) disclos\w*)\b`, GAP(100), String.raw`\b${GOV}\b`),
    // Disclosure on a legal trigger: the limiters below read whether it is a court order (protective) or
    // only "the law" or "legal process" (ambiguous); any other trigger is a permission.
    rx(String.raw`\b${DISCLOSE}\b`, GAP(80), String.raw`\b(?:in response to|pursuant to|to comply with|when required by|as required by|where required by|if required by|(?:when|if|where) (?:we|it|the (?:vendor|provider|licensor|company)) (?:reasonably )?(?:believes?|determines?|considers?))\b`),
    rx(String.raw`\b${GOV}\b`, GAP(80), String.raw`\b(?:disclosed|released|provided|produced|shared|turned over|handed over|furnished|made available|given access)\b`),
    rx(String.raw`\bgood[- ]faith belief\b`),
    rx(String.raw`\b(?:(?:compelled|required|ordered|obliged) by (?:law|a court|legal process) to (?:disclose|produce|provide|release|hand over)|(?:compelled|ordered) to (?:disclose|produce|release|hand over))\b`),
    rx(String.raw`\b(?:requests?|demands?|orders?|inquir(?:y|ies)) (?:\w+ ){0,3}?from (?:any |a |the )?${GOV}\b`, GAP(150), String.raw`\b(?:may|will|shall|can) (?:\w+ )?(?:comply|respond|cooperate|provide|disclose|release|produce)\b`),
  ],
  protective: [
    rx(String.raw`\b(?:notify|notif\w+|inform|alert|tell|give notice to|provide notice to)\b`, GAP(60), String.raw`\b${LIBRARY}\b`, GAP(120), String.raw`\b(?:requests?|demands?|subpoenas?|orders?|warrants?|disclos\w+)\b`),
    rx(String.raw`\b(?:request|demand|subpoena|order|warrant)s?\b`, GAP(120), String.raw`\b(?:notify|inform|tell|alert)\w*\b`, GAP(40), String.raw`\b(?:${LIBRARY}|affected|account holders?|the (?:user|patron|individual)s?)\b`),
    rx(String.raw`\brefer\w* (?:them|the request|such requests?|it|the officers?) to (?:the )?(?:${LIBRARY}|library (?:director|board|administration|administrator))\b`),
    rx(String.raw`\b(?:challenge|contest|resist|push back|seek to quash|object to|narrow)\w*\b`, GAP(60), String.raw`\b(?:request|demand|subpoena|order|warrant)\b`),
    rx(String.raw`\b(?:requests?|demands?|subpoenas?)\b`, GAP(100), String.raw`\b(?:referred|redirected|forwarded) to (?:the )?${LIBRARY}\b`),
    rx(String.raw`\b(?:redirect|refer)\w*\b`, GAP(60), String.raw`\b(?:request|demand|subpoena)s?\b`, GAP(40), String.raw`\b${LIBRARY}\b`),
    rx(String.raw`\b(?:redirect|refer|forward)\w* to (?:the )?${LIBRARY}\b`, GAP(40), String.raw`\b(?:requests?|demands?|subpoenas?|warrants?|orders?)\b`),
  ],
  limiters: [
    { re: rx(String.raw`\b(?:only|solely|unless|except)\b`, GAP(80), String.raw`\b${ORDER}\b`), stance: 'protective' },
    { re: rx(String.raw`\b(?:requires?|requiring|pursuant to|in response to) (?:a |an )?(?:valid |lawful )?${ORDER}\b`), stance: 'protective' },
    { re: rx(String.raw`\b(?:as|when|where|if) (?:required|permitted|allowed|compelled|requested) by (?:applicable )?law\b|\bto comply with (?:applicable )?(?:laws?|legal)\b|\b(?:legal|lawful) (?:process|obligations?|requests?|demands?)\b|\bin accordance with (?:applicable )?law\b|\b(?:believe|determine)s? (?:that )?(?:the )?law requires\b|\bcompelled by law\b|\brequired by law\b`), stance: 'ambiguous' },
  ],
  // Under "Requests from authorities", "we provide records on request" needs no named agency.
  context: {
    heading: rx(String.raw`\b(?:law enforcement|legal (?:requests?|process|demands?)|subpoenas?|warrants?|government|police|authorities|compelled disclosure|official requests?|court orders?)\b`),
    harmful: [rx(String.raw`\b(?:${DISCLOSE}|respond\w*|comply\w*|cooperat\w*)\b`, GAP(60), String.raw`\b(?:upon|on|when|if|whenever|in response to) (?:\w+ )?(?:requests?|asked|they ask|demands?)\b`)],
  },
  ownWeakenersOnly: true,
  weakeners: [rx(String.raw`\bwhere (?:legally )?permitted\b|\bto the extent (?:legally |lawfully )?(?:permitted|allowed|possible)\b`), rx(String.raw`\bif (?:we are )?(?:legally )?(?:able|allowed)\b`)],
  ambiguous: [rx(String.raw`\bcomply with\b`, GAP(40), String.raw`\b(?:requests?|demands?|orders?)\b`, GAP(40), String.raw`\b${GOV}\b`), rx(String.raw`\bdisclos\w*\b`, GAP(60), String.raw`\b(?:where|when|as|if) required by (?:applicable )?law\b`), rx(String.raw`\b(?:as|when|where) required by (?:applicable )?law\b`, GAP(80), String.raw`\b${DATA}\b`)],
};
