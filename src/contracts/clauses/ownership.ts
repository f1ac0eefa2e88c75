/** Topic: ownership of patron data. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, GAP, LIBRARY, USERS, rx } from './vocab.js';

const OWN = String.raw`(?:own|owns|shall own|will own|(?:holds?|has|have|retains?|keeps?) (?:all |the entire |full )?right, title,? and interest|retain\w* (?:all )?(?:right, title,? and interest|ownership|(?:all )?(?:intellectual property )?rights)|(?:is|are|remains?|is and remains|shall (?:be|remain)) the (?:sole |exclusive )?owners?|(?:has|have|holds?|acquires?|obtains?|gains?|claims?) (?:any |all |no |sole |exclusive )?(?:ownership|(?:proprietary )?rights?|title)(?: interest)?)`;
const BE = String.raw`(?:is|are|be|becomes?|remains?|shall (?:be|become|remain)|will (?:be|become|remain)|(?:is|are|shall be|will be) and (?:shall |will )?remains?)`;
const VENDOR_SIDE = String.raw`(?:vendor|licensor|provider|company|contractor|supplier|we|us)`;

export const ownership: TopicDef = {
  id: 'ownership',
  title: 'Ownership of patron data',
  concern: 'The library (and its patrons) own patron data; the vendor holds it only to provide the service.',
  cites: ['ala-vendor-agreements', 'niso-1'],
  expected: true,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'medium' },
  harmful: [
    rx(String.raw`\b${VENDOR_SIDE}\b`, GAP(15), String.raw`\b${OWN}\b`, GAP(60), String.raw`\b(?:${DATA}|content (?:that |which )?(?:users|patrons|you|members) (?:create|upload|submit))\b`),
    rx(String.raw`\b${DATA}\b`, GAP(80), String.raw`\b${BE} (?:the )?(?:sole |exclusive )?property of (?:the )?(?:vendor|licensor|provider|company|contractor|supplier|us)\b`),
    rx(String.raw`\b${DATA}\b`, GAP(80), String.raw`\b(?:becomes?|shall become|will become|is|are|shall be|will be) (?:the )?(?:sole |exclusive )?property of (?!(?:the )?(?:${LIBRARY}|${USERS}|each|its|their)\b)`),
    // A named vendor as the owner: "Acme owns all data collected...". Case-sensitive on purpose.
    /\b(?!(?:Library|Licensee|Customer|Subscriber|Institution|Consortium|User|Users|Patron|Patrons|Member|You|District|School|Student|Parents)\b)[A-Z][A-Za-z-]+ (?:hereby )?(?:owns|shall own|will own|retains? (?:all )?(?:right, title,? and interest|ownership))\b[^.;]{0,60}?\b(?:data|information|records|footage|content|recordings)\b/,
    rx(String.raw`\b${DATA}\b`, GAP(60), String.raw`\b(?:belongs?|shall belong) to (?!(?:the |your |its |their |each )?(?:${LIBRARY}|${USERS})\b)`),
    rx(String.raw`\b${DATA}\b`, GAP(80), String.raw`\b(?:vests?|shall vest|will vest) (?:solely |exclusively )?in (?:the )?${VENDOR_SIDE}\b`),
    rx(String.raw`\bassign\w*\b`, GAP(40), String.raw`\bto (?:the )?${VENDOR_SIDE}\b`, GAP(60), String.raw`\b(?:right, title,? and interest|ownership|rights?)\b`, GAP(40), String.raw`\b${DATA}\b`),
    rx(String.raw`\b(?:right, title,? and interest|ownership)\b`, GAP(40), String.raw`\b${DATA}\b`, GAP(40), String.raw`\b(?:vests?|shall vest|transfers?|passes|shall pass) (?:to|in) (?:the )?${VENDOR_SIDE}\b`),
    rx(String.raw`\b${DATA}\b`, GAP(60), String.raw`\b(?:is|are|shall be|will be|remains?) owned (?:solely |exclusively )?by (?!(?:the |your |its |each )?(?:${LIBRARY}|${USERS})\b)`),
    rx(String.raw`\b(?:you|users?|patrons?|members?|customer|library|licensee|institution)\b (?:hereby )?(?:grant|give)s?\b`, GAP(40), String.raw`\b(?:perpetual|irrevocable|royalty-free|unlimited|worldwide)\b`, GAP(30), String.raw`\blicen[cs]e\b`),
    rx(String.raw`\b(?:claims?|asserts?|acquires?|takes?|obtains?) (?:any |no )?(?:ownership|title|(?:proprietary )?rights?)\b (?:of|in|to|over) (?:\w+ ){0,2}?(?:${DATA}|anything|everything|contributions)\b`),
    rx(String.raw`\b(?:perpetual|irrevocable)\b`, GAP(60), String.raw`\blicen[cs]e\b`, GAP(60), String.raw`\b(?:usage data|${LIBRARY} data|patron data|user data|personal (?:data|information))\b`),
  ],
  // "shall vest in Provider", "assigns to Provider all right, title and interest in Customer Data".
  protective: [
    rx(String.raw`\b${DATA}\b`, GAP(60), String.raw`\b(?:remains?|is|are|shall remain|will remain) (?:the )?(?:their|his|her|the user's|the patron's|the reader's|the author's) (?:own |exclusive )?property\b`),
    rx(String.raw`\b${DATA}\b`, GAP(60), String.raw`\b(?:is|are|shall be|will be|remains?) owned (?:solely |exclusively )?by (?:the |your |its |each )?(?:${LIBRARY}|${USERS})\b`),
    rx(String.raw`\b${DATA}\b`, GAP(30), String.raw`\b(?:is|are|remains?|shall (?:be|remain)) (?:the )?(?:${LIBRARY}|${USERS})'s? (?:own )?(?:data|property|records|information)\b`),
    rx(String.raw`\b(?:right, title,? and interest|ownership|title)\b`, GAP(60), String.raw`\b(?:remains?|shall remain|will remain|stays?|vests?|shall vest) (?:solely |exclusively )?(?:with|in) (?:the )?(?:${LIBRARY}|${USERS})\b`),
    rx(String.raw`\b(?:${LIBRARY}|${USERS})\b`, GAP(40), String.raw`\b${OWN}\b`, GAP(60), String.raw`\b(?:${DATA}|content)\b`),
    rx(String.raw`\b${DATA}\b`, GAP(80), String.raw`\b(?:is|are|remains?|is and remains|shall (?:be|remain)|will (?:be|remain)) (?:the )?(?:sole |exclusive )?property of (?:the )?(?:${LIBRARY}|${USERS})\b`),
    rx(String.raw`\b${DATA}\b`, GAP(100), String.raw`\b(?:belongs?|shall belong|will belong) (?:solely |exclusively )?to (?:the |your |its |their |each )?(?:${LIBRARY}|${USERS})\b`),
  ],
};
