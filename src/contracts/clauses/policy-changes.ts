/** Topic: changes to the policy or terms (posted at a URL without notice?). Patterns only. */
import type { TopicDef } from '../types.js';
import { GAP, rx } from './vocab.js';

const CHANGE = String.raw`(?:chang|modif|amend|updat|revis|replac|alter|var(?:y|ies|ied|iation))\w*`;
const NOTIFY = String.raw`(?:notify|notif\w+|notice|inform|advise|alert|email|e-mail|announc|communicat|send|sent|give|given|provid)\w*`;
const POSTED = String.raw`(?:post(?:ed|ing)?|publish(?:ed|ing)?|made available online|uploaded|put online|appear(?:s)? on)`;

export const policyChanges: TopicDef = {
  id: 'policy-changes',
  title: 'Changes to the policy or terms',
  concern: 'Material changes need advance notice to the library and, for agreements, its written consent.',
  cites: ['niso-8', 'niso-2'],
  expected: true,
  severity: { harmful: 'medium', ambiguous: 'low', silent: 'low' },
  harmful: [
    rx(String.raw`\b(?:may|can|might) be ${CHANGE}\b`, GAP(20), String.raw`\bat any time\b(?![^.]*\bnoti)`),
    rx(String.raw`\b${CHANGE}\b`, GAP(100), String.raw`\b(?:without (?:prior |advance |further |any )?(?:notice|notifying|informing|telling|alerting|consent)|by posting|(?:is |are )?posted (?:on|at|to)|effective (?:immediately|upon posting|when posted)|at any time in (?:our|its) sole discretion|unilateral\w*)\b`),
    rx(String.raw`\b(?:(?:take|takes|taking) effect|becomes? (?:effective|binding)|(?:are|is|shall be|will be) (?:effective|binding))\b`, GAP(20), String.raw`\b(?:immediately|as soon as|when|upon|once|on|from the (?:moment|date))\b`, GAP(30), String.raw`\b${POSTED}\b`),
    rx(String.raw`\b(?:your|the user's|the customer's|licensee's) (?:sole )?responsibility to (?:check|review|visit|monitor|consult)\b`),
    rx(String.raw`\bunilateral\w*\b`, GAP(40), String.raw`\b${CHANGE}\b`),
    rx(String.raw`\b${CHANGE}\b`, GAP(60), String.raw`\b(?:whenever (?:it|we|they) (?:likes?|wish(?:es)?|chooses?|sees? fit|needs? to|wants? to|deems? (?:it )?(?:necessary|appropriate))|by (?:posting|publishing))\b`),
    rx(String.raw`\bvar(?:y|ies) (?:this|these|the) (?:agreement|terms|policy)\b`, GAP(40), String.raw`\bby (?:posting|publishing)\b`),
    rx(String.raw`\bwithout (?:prior |advance |further )?notice\b`, GAP(60), String.raw`\b${CHANGE}\b`),
    rx(String.raw`\bcontinued (?:use|access)\b`, GAP(80), String.raw`\b(?:constitutes?|means|signif\w+|deemed|indicates?|will be treated as)\b`, GAP(20), String.raw`\b(?:acceptance|agreement|consent|assent|accept\w*|agree\w*)\b`),
    rx(String.raw`\beffective (?:immediately )?(?:upon|when|once|on) (?:posting|posted|publication)\b`),
    rx(String.raw`\b${CHANGE}\b`, GAP(100), String.raw`\b(?:will |and )post\w*\b`),
    rx(String.raw`\b(?:check|review|visit|consult)\b`, GAP(30), String.raw`\b(?:this (?:page|policy|notice)|these terms|the (?:policy|terms))\b`, GAP(20), String.raw`\b(?:periodically|regularly|often|frequently|from time to time)\b`),
  ],
  protective: [
    rx(String.raw`\b${NOTIFY}\b`, GAP(60), String.raw`\b(?:before|prior to|in advance of|ahead of) (?:any |a |each )?(?:material |significant )?${CHANGE}\b`),
    rx(String.raw`\b${CHANGE}\b`, GAP(60), String.raw`\b(?:upon|on|with|after|by giving(?: \w+){0,3}) (?:at least )?(?:\d+|thirty|sixty|ninety|fifteen|fourteen)\b[^.;]{0,15}\b(?:days'?|weeks'?|months'?) (?:prior |advance )?(?:written )?notice\b`),
    rx(String.raw`\b${NOTIFY}\b`, GAP(80), String.raw`\b(?:material )?${CHANGE}\b`, GAP(100), String.raw`\b(?:\d+|thirty|sixty|ninety|fifteen|in advance|advance|prior to|before|at least)\b`),
    rx(String.raw`\b${CHANGE}\b`, GAP(60), String.raw`\b(?:communicated|notified|announced|sent|emailed|given|provided)\b`, GAP(60), String.raw`\b(?:(?:\d+|one|two|three|four|six|thirty|sixty|ninety) (?:days|weeks?|months?)|in advance|at least|before (?:they|it|the change|the amendment) (?:take|takes|become|becomes|apply|applies))\b`),
    rx(String.raw`\b(?:notify|notif\w+|inform|advise|alert|email|e-mail|announc)\w*\b`, GAP(80), String.raw`\b(?:\d+|thirty|sixty|ninety|fifteen|in advance|at least)\b`, GAP(60), String.raw`\b${CHANGE}\b`),
    rx(String.raw`\b${CHANGE}\b`, GAP(80), String.raw`\b(?:notif|announc|email|e-mail|inform)\w*\b`, GAP(60), String.raw`\b(?:\d+ days|in advance|at least)\b`),
    rx(String.raw`\b(?:\d+|thirty|sixty|ninety|fifteen)\b[^.;]{0,20}\b(?:days'?|weeks'?) (?:advance |prior )?(?:written )?notice\b`, GAP(60), String.raw`\b${CHANGE}\b`),
    rx(String.raw`\b${CHANGE}\b`, GAP(80), String.raw`\b(?:require\w*|only (?:by|with|through|upon)|effective only|in writing signed|mutual written|(?:prior )?written (?:consent|agreement|approval)|agreed (?:to )?in writing|signed by (?:both|each|the) part(?:y|ies))\b`),
    rx(String.raw`\b(?:affirmative|opt-in|express) consent\b`, GAP(60), String.raw`\b${CHANGE}\b`),
  ],
  fixed: [
    { re: rx(String.raw`\b(?:not|never) (?:reduce|diminish|weaken|limit|restrict) (?:your|patrons'|users'|the library's|customer's) rights\b`, GAP(40), String.raw`\bwithout\b`), stance: 'protective' },
    { re: rx(String.raw`\bno (?:change|amendment|modification|variation)s?\b`, GAP(80), String.raw`\b(?:effective|binding|valid)\b`), stance: 'protective' },
    { re: rx(String.raw`\b(?:not|never) (?:take effect|become (?:effective|binding)|be (?:effective|binding)|apply|bind)\b`, GAP(20), String.raw`\b(?:until|unless|before)\b`, GAP(80), String.raw`\b(?:notif\w+|notice|consent\w*|agree\w*|approv\w*|accept\w*|sign\w*)\b`), stance: 'protective' },
  ],
  // Replacing a sub-processor or updating the software is not changing the terms.
  defer: [rx(String.raw`\b(?:sub-?processors?|sub-?contractors?|software|firmware|app version)\b`)],
  ambiguous: [
    rx(String.raw`\b(?:we|vendor|provider|licensor|company|it) (?:may |will |can )?(?:occasionally |periodically |regularly )?${CHANGE}\b`, GAP(20), String.raw`\b(?:this|these|our|its) (?:page|policy|terms|notice|statement|agreement|addendum)\b`),
    rx(String.raw`\b(?:may|reserve\w* the right to|can)\b`, GAP(20), String.raw`\b${CHANGE}\b`, GAP(40), String.raw`\b(?:polic\w+|terms|notice|statement|agreement)\b`),
    rx(String.raw`\b(?:notify|notif\w+|inform)\w*\b`, GAP(60), String.raw`\b(?:material )?${CHANGE}\b`),
  ],
};
