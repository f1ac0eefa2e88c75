/** Topic: de-identification and aggregation (is "anonymous" defined? may aggregates be sold?). Patterns only. */
import type { TopicDef } from '../types.js';
import { DISCLOSE, GAP, SELL, VALUE, rx } from './vocab.js';

const AGG = String.raw`(?:aggregat\w+|de-?identified|anonymi[sz]ed|anonymous|pseudonymi[sz]ed|pseudonymous|non-personal|non-identifiable|non-personally identifiable|statistical|hashed|stripped of (?:names|identifiers))`;
const AGGNOUN = String.raw`(?:data|datasets?|information|statistics|reports?|form|records|transcripts|logs|counts|trends|insights|metrics|figures|analytics|usage|results|summaries|totals)`;
const AGGDATA = String.raw`(?:["']?${AGG}["']?,? (?:and (?:\w+ )?${AGG} |or (?:\w+ )?${AGG} |${AGG} )?(?:\w+ )?${AGGNOUN}|(?:trend|market|benchmark|industry|popularity) (?:reports?|insights|analyses|data))`;
// What counting without naming looks like: totals, counts, "how many".
const COUNTS = String.raw`(?:totals|counts|aggregates?|numbers|figures|tallies)`;

export const deidentification: TopicDef = {
  id: 'deidentification',
  title: 'De-identification and aggregation',
  concern: 'Aggregated or "anonymous" data must be defined, truly unlinkable, never re-identified and not sold.',
  cites: ['niso-5', 'ala-vendor-deidentification', 'ala-privacy-interp'],
  expected: true,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'low' },
  harmful: [
    rx(String.raw`\b${AGGDATA}\b`, GAP(100), String.raw`\b(?:sell|sold|${SELL}|license|licensed|any (?:lawful )?purpose|commercial(?:ly)?|monetiz\w*|without restriction|for (?:our|its|their) own (?:purposes|benefit)|${VALUE})`),
    rx(String.raw`\b(?:sell|license|share|disclose|use|publish|commerciali[sz]e|${SELL}|${DISCLOSE})\w*\b`, GAP(40), String.raw`\b${AGGDATA}\b`, GAP(60), String.raw`\b(?:any (?:lawful )?purpose|commercial|without restriction|own purposes)\b`),
    rx(String.raw`\b(?:sell|sells|selling|licens\w+|${SELL}|offer\w*)\b`, GAP(40), String.raw`\b${AGGDATA}\b`),
    rx(String.raw`\b(?:sell|license|licens\w+|${SELL})\b`, GAP(40), String.raw`\b(?:\w+ )?(?:derived|compiled|generated) from\b`, GAP(30), String.raw`\b${AGG}\b`),
    rx(String.raw`\bre-?identif\w*\b`),
    rx(String.raw`\b(?:link|links|linking|match|matches|matching|associat\w+|connect\w*|tie|ties|trace)\b`, GAP(60), String.raw`\b(?:(?:back )?to (?:an? |the )?(?:individual|specific|identified|named|particular) |back to (?:an? |the |each |their )?(?:\w+ )?)(?:accounts?|persons?|people|individuals?|users?|patrons?|readers?|members?)\b`),
  ],
  protective: [
    rx(String.raw`\b${AGG}\b`, GAP(60), String.raw`\b(?:means|is defined as|refers to|shall mean)\b`),
    rx(String.raw`\bidentifiers\b`, GAP(30), String.raw`\b(?:have been |are |is )?removed\b`),
    rx(String.raw`\bonly (?:as |in )?(?:aggregate|(?:monthly |annual |yearly |weekly )?(?:totals|counts))\b`),
    rx(String.raw`\b(?:monthly |annual |yearly |weekly )?${COUNTS} only\b`),
    rx(String.raw`\bonly (?:the )?(?:number|numbers|count|counts|total|totals|how many)\b`),
    rx(String.raw`\b(?:totals?|counts?|figures) per (?:title|item|branch|library|day|month|week)\b|\b(?:never|not) (?:per|by|broken down by) (?:patron|user|person|individual|reader)\b`),
    rx(String.raw`\bremov\w*\b`, GAP(30), String.raw`\b(?:all )?(?:direct and indirect |direct or indirect )?(?:personal )?identifiers\b`),
    rx(String.raw`\b(?:minimum|small) (?:cell|group) size\b|\bk-anonymity\b|\bdifferential privacy\b`),
    rx(String.raw`\b(?:each|every|any) (?:group|cell|category|bucket)\b`, GAP(40), String.raw`\b(?:at least|no fewer than|a minimum of|more than) (?:\d+|five|ten|twenty|fifty)\b`),
  ],
  fixed: [
    { re: rx(String.raw`\b(?:statistics|reports?|counts?|totals?)\b`, GAP(80), String.raw`\b(?:(?:shall|will|do|does|must) not|never) (?:identify|reveal|include|contain)\b`), stance: 'protective' },
    { re: rx(String.raw`\b(?:cannot|can not|could not|will not|shall not) (?:reasonably )?be (?:linked|re-?identified|associated|traced)\b`), stance: 'protective' },
  ],
  // A definition that removes only direct identifiers leaves people re-identifiable from the rest.
  weakeners: [rx(String.raw`\b(?:all |only )?direct identifiers\b(?! and indirect| or indirect)`)],
  ambiguous: [rx(String.raw`\b${AGGDATA}\b`), rx(String.raw`\b(?:is|are|be|been) (?:\w+ )?(?:stripped|scrubbed|cleaned) of (?:\w+ ){0,4}?(?:names|identifiers|card numbers|personal)\b`), rx(String.raw`\b(?:is|are|be|been) (?:automatically )?(?:anonymi[sz]ed|de-?identified|aggregated|pseudonymi[sz]ed|hashed)\b`), rx(String.raw`\bwe hash\b`)],
  // "Anonymous donations", "aggregates content from publishers", uptime statistics: not patron data.
  defer: [rx(String.raw`\b(?:uptime|availability|donations?|donors?)\b|\baggregat\w+ (?:content|titles|journals|publishers|collections|sources|feeds)\b`)],
};
