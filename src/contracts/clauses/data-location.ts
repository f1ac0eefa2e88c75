/** Topic: data location and international transfer. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { GAP, rx } from './vocab.js';

const HOME = String.raw`(?:the United States|the U\.S\.|the US|the USA|Canada|the European (?:Union|Economic Area)|the EU|the EEA|the state of [A-Z]\w+|the (?:library|licensee|customer)'?s (?:state|country|jurisdiction)|data cent(?:er|re)s? located in [A-Z]\w+)`;

export const dataLocation: TopicDef = {
  id: 'data-location',
  title: 'Data location and international transfer',
  concern: 'Say where patron data is stored and processed, and do not move it abroad without the library agreeing.',
  cites: ['niso-3', 'ala-vendor-agreements'],
  expected: false,
  severity: { harmful: 'medium', ambiguous: 'low', silent: 'low' },
  harmful: [
    rx(String.raw`\b(?:transfer|stor|process|host|access|move|replicat)\w*\b`, GAP(80), String.raw`\b(?:outside (?:of )?(?:the|your)? ?(?:United States|U\.S\.|country|EU|EEA|European|jurisdiction)|in any country|to any country|(?:in|to) other countries|anywhere in the world|(?:in|to) (?:several|multiple|various|many) countries|worldwide|in countries (?:where|other)|wherever (?:we|our))\b`),
  ],
  protective: [
    rx(String.raw`\b(?:stored|hosted|processed|held|reside|resides|remain|remains|kept|located|maintained)\b`, GAP(40), String.raw`\b(?:solely |only |exclusively |entirely )?(?:in|within) ${HOME}`),
    rx(String.raw`\b(?:transfer|mov)\w*\b`, GAP(60), String.raw`\b(?:outside|out of)\b`, GAP(40), String.raw`\b(?:only )?with (?:the )?(?:library|licensee|customer)'?s? (?:prior )?(?:written )?(?:consent|approval)\b`),
  ],
  limiters: [{ re: rx(String.raw`\b(?:standard contractual clauses|appropriate safeguards|adequacy decisions?|binding corporate rules)\b`), stance: 'ambiguous' }],
  ambiguous: [rx(String.raw`\b(?:cross-border|international) (?:data )?transfers?\b|\bappropriate safeguards\b|\bstandard contractual clauses\b`)],
};
