/** Topic: sub-processors and subcontractors that handle patron data. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { GAP, rx } from './vocab.js';

const SUB = String.raw`(?:sub-?processors?|sub-?contractors?|subservice organi[sz]ations?|processors acting on (?:our|its) behalf)`;

export const subprocessors: TopicDef = {
  id: 'subprocessors',
  title: 'Sub-processors and subcontractors',
  concern: 'List sub-processors, bind them to the same terms, and tell the library before adding one.',
  cites: ['niso-7', 'ala-vendor-agreements'],
  expected: false,
  severity: { harmful: 'medium', ambiguous: 'low', silent: 'low' },
  harmful: [
    rx(String.raw`\b${SUB}\b`, GAP(100), String.raw`\b(?:without (?:notice|notifying|consent|approval|the (?:library|licensee|customer)'?s? (?:consent|approval))|at (?:its|our) (?:sole )?discretion|in (?:its|our) sole discretion)\b`),
  ],
  protective: [
    rx(String.raw`\b${SUB}\b`, GAP(120), String.raw`\b(?:bound by|obligations (?:at least|no less)|same (?:data protection |privacy |confidentiality )?(?:obligations|terms|restrictions)|written (?:agreement|contract)s?|prior (?:written )?(?:notice|consent|approval)|advance (?:written )?notice|list|remain (?:fully )?(?:liable|responsible))\b`),
    rx(String.raw`\b(?:notify|inform|give notice to)\w*\b`, GAP(60), String.raw`\b(?:new|additional|replacement|changes? (?:to|in))\b`, GAP(20), String.raw`\b${SUB}\b`),
    rx(String.raw`\b(?:list|register) of\b`, GAP(20), String.raw`\b${SUB}\b`),
  ],
  ambiguous: [rx(String.raw`\b${SUB}\b`)],
};
