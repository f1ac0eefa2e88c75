/** Topic: sub-processors and subcontractors that handle patron data. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { GAP, rx } from './vocab.js';

const SUB = String.raw`(?:sub-?processors?|sub-?contractors?|subservice organi[sz]ations?|processors acting on (?:our|its) behalf)`;
// Wider: anyone engaged to process data for the vendor, and the act of subcontracting itself.
const SUBW = String.raw`(?:${SUB}|subcontract\w*|outsourc\w*|delegat\w* (?:the )?(?:hosting|processing|storage|handling)|(?:\w+ )?contractors? (?:it|we|that it|that we|the vendor|the provider) (?:engages?|uses?|hires?|retains?|appoints?)|(?:additional|other|new|third-party|replacement) processors?|(?:third part(?:y|ies)|entit(?:y|ies)|vendors?|compan(?:y|ies)|providers?) (?:that|which|who) (?:process\w*|handl\w*|host\w*|stor\w*) [^.;]{0,40}?on (?:the )?(?:vendor's|provider's|licensor's|its|our|\w+'s) behalf)`;

export const subprocessors: TopicDef = {
  id: 'subprocessors',
  title: 'Sub-processors and subcontractors',
  concern: 'List sub-processors, bind them to the same terms, and tell the library before adding one.',
  cites: ['niso-7', 'ala-vendor-agreements'],
  expected: false,
  severity: { harmful: 'medium', ambiguous: 'low', silent: 'low' },
  harmful: [
    rx(String.raw`\b${SUBW}`, GAP(100), String.raw`\b(?:(?:upon |by |on )?(?:notice )?post(?:ed|ing) (?:to|on) (?:its|our|the|that|a) (?:\w+ )?(?:website|portal|page|site)|sole remedy is to terminate)\b`),
    rx(String.raw`\b${SUBW}`, GAP(100), String.raw`\b(?:without (?:(?:prior |advance |any |first )?(?:notice|notifying|informing|telling|consent|approval|agreement)|the (?:library|licensee|customer)'?s? (?:prior )?(?:written )?(?:consent|approval|agreement))|at (?:its|our) (?:sole )?discretion|in (?:its|our) sole discretion)\b`),
    rx(String.raw`\b(?:engage|appoint|add|use|change|replace)\w*\b`, GAP(30), String.raw`\b${SUBW}`, GAP(40), String.raw`\b(?:at any time|from time to time|as (?:it|we) (?:see fit|choose))\b(?![^.;]*\b(?:notice|notify|consent|approv\w*|list)\b)`),
  ],
  protective: [
    rx(String.raw`\b(?:lists?|names?|publish\w*|identif\w*)\b`, GAP(20), String.raw`\b(?:every|each|all|any)\b`, GAP(10), String.raw`\b${SUBW}`),
    rx(String.raw`\b${SUBW}`, GAP(120), String.raw`\b(?:days to object|object to (?:any |the )?(?:new|additional|proposed))\b`),
    rx(String.raw`\b(?:written|prior|express) (?:approval|consent|authori[sz]ation)\b`, GAP(40), String.raw`\b(?:before|prior to)\b`, GAP(30), String.raw`\b${SUBW}`),
    rx(String.raw`\b${SUBW}`, GAP(120), String.raw`\b(?:bound by|listed|published|announced|notified|(?:\d+|thirty|sixty|ninety) days (?:ahead|in advance|before)|obligations (?:at least|no less)|same (?:data protection |privacy |confidentiality )?(?:obligations|terms|restrictions)|written (?:agreement|contract)s?|prior (?:written )?(?:notice|consent|approval)|advance (?:written )?notice|list|remain (?:fully )?(?:liable|responsible)|approved in writing|approv\w* (?:\w+ ){0,3}in writing|(?:written|express) (?:consent|approval)|(?:\d+|thirty|sixty|ninety|fourteen)\b[^.;]{0,15}\bdays'? (?:prior |advance )?(?:written )?notice|right to object|may object)\b`),
    rx(String.raw`\b(?:remains?|is|shall (?:be|remain)|will (?:be|remain)) (?:fully |wholly |solely )?(?:liable|responsible)\b`, GAP(60), String.raw`\b${SUBW}`),
    rx(String.raw`\b(?:notice|notify|notif\w+|inform|give notice to)\w*\b`, GAP(60), String.raw`\b(?:new|additional|replacement|changes? (?:to|in))\b`, GAP(20), String.raw`\b${SUBW}`),
    rx(String.raw`\b(?:impos|flow\w* down|requir|bind|oblig)\w*\b`, GAP(40), String.raw`\b${SUBW}`, GAP(60), String.raw`\b(?:obligations|terms|restrictions|requirements|protections)\b`),
    rx(String.raw`\b(?:list|register) of\b`, GAP(20), String.raw`\b${SUB}\b`),
  ],
  ambiguous: [rx(String.raw`\b${SUB}\b`)],
};
