/** Topic: data location and international transfer. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, GAP, rx } from './vocab.js';

// Places a contract may pin data to: countries, regions, states and provinces, or the library's own.
const PLACE = String.raw`(?:(?:the )?(?:continental |contiguous )?(?:United States(?: of America)?|U\.S\.A?\.?|USA?|US)|Canada|Mexico|(?:the )?(?:European (?:Union|Economic Area)|EU|EEA|UK|United Kingdom|Commonwealth of \w+)|Australia|New Zealand|Ireland|Germany|France|the Netherlands|Switzerland|Japan|Singapore|India|North America|Europe|(?:the )?(?:state|province) of [A-Z]\w+|[A-Z][a-z]+ (?:State|Province)|Ontario|Quebec|British Columbia|Alberta|California|Texas|New York|Virginia|Ohio|Oregon|Washington|Illinois|Massachusetts|(?:the )?(?:library|licensee|customer)'?s (?:state|country|jurisdiction|region))`;
const ADJ = String.raw`(?:Canadian|American|U\.S\.|US|European|EU|EEA|UK|British|Australian|German|Irish|domestic|in-country|onshore|local|North American)`;
const ABROAD = String.raw`(?:outside (?:of )?(?:the |your |its )?(?:${PLACE}|country|jurisdiction|region|EU|EEA)|(?:in|to) (?:any|another|other|third|foreign) (?:countr(?:y|ies)|jurisdictions?|regions?|locations?)|countries other than|anywhere in the world|around the world|across the (?:world|globe)|globally|(?:in|to) (?:several|multiple|various|many) countries|worldwide|overseas|offshore|abroad|internationally|in countries (?:where|other)|wherever (?:we|our|it|its)|(?:in )?any of (?:its|our|their) (?:global |international |worldwide )?regions|global regions|(?:in|across) (?:multiple|several|various|many) regions)`;

export const dataLocation: TopicDef = {
  id: 'data-location',
  title: 'Data location and international transfer',
  concern: 'Say where patron data is stored and processed, and do not move it abroad without the library agreeing.',
  cites: ['niso-3', 'ala-vendor-agreements'],
  expected: false,
  severity: { harmful: 'medium', ambiguous: 'low', silent: 'low' },
  harmful: [
    rx(String.raw`\b(?:transfer|stor|process|host|access|mov|replicat|sen[dt]|export|mirror|back\w* up|locat)\w*\b`, GAP(80), String.raw`\b${ABROAD}\b`),
    rx(String.raw`\b(?:leave|leaves|leaving|exported from)\b (?:the |your )?(?:${PLACE}|${ADJ} (?:data cent(?:er|re)s|servers|facilities|soil)|country|jurisdiction)\b`),
  ],
  protective: [
    rx(String.raw`\b(?:stored|hosted|hosting|processed|held|reside|resides|remain|remains|stay|stays|kept|located|location|maintained|housed|lives?|sit|sits)\b`, GAP(40), String.raw`\b(?:solely |only |exclusively |entirely |physically )?(?:in|within) (?:data cent(?:er|re)s (?:located )?in |servers (?:located )?in )?${PLACE}`),
    rx(String.raw`\b(?:servers|data cent(?:er|re)s|facilities|hosting|infrastructure)\b (?:\w+ )?(?:physically )?(?:located|based|situated) in\b`),
    rx(String.raw`\b(?:stored|hosted|processed|held|kept|stays?|remains?|reside\w*)\b`, GAP(30), String.raw`\b(?:in|on|within) ${ADJ} (?:data cent(?:er|re)s|servers|facilities|cloud regions?|territory)\b`),
    rx(String.raw`\b(?:transfer|mov)\w*\b`, GAP(60), String.raw`\b(?:outside|out of)\b`, GAP(40), String.raw`\b(?:only )?with (?:the )?(?:library|licensee|customer)'?s? (?:prior )?(?:written )?(?:consent|approval)\b`),
  ],
  limiters: [{ re: rx(String.raw`\b(?:standard contractual clauses|appropriate safeguards|adequacy decisions?|binding corporate rules|data privacy framework)\b`), stance: 'ambiguous' }],
  ambiguous: [rx(String.raw`\b(?:cross-border|international) (?:data )?transfers?\b|\bappropriate safeguards\b|\bstandard contractual clauses\b|\btransfers? to third countries\b`)],
  // Support desks, billing currencies and incorporation are not where patron data lives.
  // and a sentence that names no data, server or hosting is about where someone is, not where data is.
  defer: [
    rx(String.raw`\b(?:billed|currency|incorporated|support is available|telephone|shipping)\b`),
    rx(String.raw`^(?!.*\b(?:${DATA}|servers?|hosting|hosted|stored|processed|backups?|cent(?:er|re)s|cloud|transfer\w*)\b)`),
  ],
};
