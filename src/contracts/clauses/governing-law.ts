/** Topic: governing law and state library-records confidentiality laws. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { GAP, LIBRARY, rx } from './vocab.js';

export const governingLaw: TopicDef = {
  id: 'governing-law',
  title: 'Governing law and library-records confidentiality laws',
  concern: "The vendor is bound by the library's state law, including its library-records confidentiality statute.",
  cites: ['lbor-vii', 'ala-vendor-agreements'],
  expected: false,
  severity: { harmful: 'high', ambiguous: 'low', silent: 'low' },
  harmful: [
    rx(String.raw`\bwaive\w*\b`, GAP(80), String.raw`\b(?:privacy|confidentiality|library records?|patron records?)\b`),
    rx(String.raw`\bnotwithstanding\b`, GAP(60), String.raw`\b(?:library records?|confidentiality|privacy) (?:laws?|statutes?|acts?)\b`),
  ],
  protective: [
    rx(String.raw`\b(?:library|patron|borrower) (?:records?|privacy|confidentiality)\b`, GAP(60), String.raw`\b(?:laws?(?! enforcement)|statutes?|acts?|code|§)`),
    rx(String.raw`\b(?:laws?|statutes?) (?:protecting|governing|on) (?:the )?(?:confidentiality|privacy) of (?:library|patron)\b`),
    rx(String.raw`\bgoverned by\b`, GAP(60), String.raw`\blaws? of the (?:state|commonwealth|province|jurisdiction) (?:in which|where|of) (?:the )?${LIBRARY}\b`),
    rx(String.raw`\bgoverned by\b`, GAP(40), String.raw`\b(?:the )?${LIBRARY}'?s? (?:state|home state|jurisdiction)\b`),
    rx(String.raw`\blaws? of the (?:state|commonwealth|province|jurisdiction|country) (?:in which|where|of) (?:the )?${LIBRARY}\b`),
    rx(String.raw`\b(?:laws?|statutes?|acts?|code|ORS|RCW|§|sections? \d[\w.]*|\d+[\w.-]*)\b (?:on|protecting|governing|concerning|regarding|relating to) (?:the )?(?:confidentiality|privacy) of (?:library|patron|borrower|circulation) records\b`),
    rx(String.raw`\b(?:comply|complies|abide|abides|bound|subject)\b`, GAP(60), String.raw`\b(?:library|patron|reader|borrower|circulation) (?:records?|privacy|confidentiality|data)\b`, GAP(40), String.raw`\b(?:laws?|statutes?|acts?|requirements|legislation)\b`),
  ],
  fixed: [
    { re: rx(String.raw`\bconfidential under (?:applicable |the )?(?:state|the state's|local|\w+ state)? ?(?:law|statute|library (?:records|privacy|confidentiality) (?:law|statute))\b|\bas if it were a library\b`), stance: 'protective' },
    { re: rx(String.raw`\b(?:privacy|confidentiality|library records?|patron records?|library privacy) (?:laws?|statutes?|acts?|requirements|legislation)\b`, GAP(30), String.raw`\b(?:shall|will|does|do|is|are) not (?:apply|govern|bind)\b`), stance: 'harmful' },
    { re: rx(String.raw`\bno\b (?:\w+ ){0,3}?(?:privacy|confidentiality|library records?|patron records?) (?:laws?|statutes?|acts?|legislation)\b`, GAP(20), String.raw`\b(?:shall |will )?appl(?:y|ies)\b`), stance: 'harmful' },
  ],
  ambiguous: [rx(String.raw`\b(?:governed by|construed in accordance with|governing law)\b`)],
};
