/** Topic: data retention and deletion (periods, on termination). Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, GAP, USERS, rx } from './vocab.js';

const NUM = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|thirty|forty-five|sixty|ninety|twenty-four|forty-eight|seventy-two)`;
// Verbs that end data: delete, destroy, purge, erase, overwrite, dispose of, anonymise, return.
const END = String.raw`(?:delet|destroy|destruct|purg|eras|overwrit|dispos|discard|wip|shred|anonymi[sz]|de-identif|remov|return|clear)\w*`;
const KEEP = String.raw`(?:retain|keep|kept|store|stored|hold|held|preserv|maintain|persist|stay|stays|remain|remains|archiv|live|lives|sits?)\w*`;
// An event after which data goes: a period, the end of the agreement, the loan, the visit, a request.
const EVENT = String.raw`(?:${NUM}|termination|expiration|expiry|request|closure|cancell?ation|the end|(?:the )?(?:visit|loan|session|last use|last login|return|item is returned|loan ends|booking|print|event|course|school year|semester|agreement|contract|subscription|(?:you |the patron |the user )?(?:pick|picks|picked) up|(?:item is |items are )?(?:collected|checked in|returned)))`;
const PERIOD = String.raw`(?:within|after|no later than|no more than|not (?:later|more) than|upon|on|at the (?:end|expiration|termination)|following|older than|once|when|as soon as|the moment|only until|until)\b[^.;]{0,40}?\b${EVENT}`;

export const retention: TopicDef = {
  id: 'retention',
  title: 'Data retention and deletion',
  concern: 'Keep patron data only as long as the service needs it, for a stated period, and delete it at contract end.',
  cites: ['ala-vendor-retention', 'niso-4'],
  expected: true,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'medium' },
  harmful: [
    rx(String.raw`\b${KEEP}\b`, GAP(40), String.raw`\buntil (?!(?:you|they|the (?:user|patron|member|reader|library|customer))\b)(?:we|it|the vendor|the provider|the licensor|\w+) (?:decides?|determines?|considers?|deems?)\b`),
    rx(String.raw`\b${KEEP}\b`, GAP(80), String.raw`\b(?:indefinitely|permanently|forever|perpetually|in perpetuity|without (?:any )?(?:time )?limit|for an? (?:unlimited|indefinite|unspecified|unlimited) (?:period|time|duration)|(?:as|so) long as (?:we|it|the vendor|the provider|the licensor) (?:deems?|sees? fit|wish\w*|choose\w*|like\w*|consider\w*|find\w*|want\w*))\b`),
    rx(String.raw`\b${KEEP}\b`, GAP(60), String.raw`\b(?:${DATA}|copies|it|them)\b`, GAP(40), String.raw`\b(?:after|following|beyond|past) (?:the |your |its |an? )?(?:termination|expiration|end|(?:account|subscription|contract|agreement) (?:is |has been )?(?:closed|terminated|cancell?ed|ended|deleted))\b`),
    rx(String.raw`\b${KEEP}\b`, GAP(60), String.raw`\bbeyond (?:the (?:period|time)|what is) (?:necessary|needed|required)\b`),
  ],
  fixed: [
    { re: rx(String.raw`\b(?:keeps?|retains?|stores?|holds?|maintains?) no (?:record|records|copy|copies|log|logs|trace|history)\b`), stance: 'protective' },
    { re: rx(String.raw`\b${KEEP}\b`, GAP(60), String.raw`\b(?:with no|without (?:a|any)) (?:fixed |set |defined )?(?:end date|time limit|limit|deletion date|retention period|expiry)\b|\bno (?:fixed |set |defined )?(?:retention period|deletion date|time limit)\b`), stance: 'harmful' },
  ],
  protective: [
    rx(String.raw`\b${END}\b`, GAP(100), String.raw`\b${PERIOD}`),
    rx(String.raw`\b${PERIOD}\b`, GAP(120), String.raw`\b(?:delet|destroy|destruct|purg|eras|overwrit|dispos|discard|wip|anonymi[sz]|remov|clear|reset)\w*\b`),
    rx(String.raw`\b${END}\b`, GAP(40), String.raw`\b${NUM} (?:\(\d+\) )?(?:hours?|days?|weeks?|months?|years?) (?:after|following|from|of)\b`),
    rx(String.raw`\b${NUM} (?:\(\d+\) )?(?:days?|weeks?|months?)\b`, GAP(80), String.raw`\b(?:delet|destroy|purg|eras|overwrit|dispos|discard)\w*\b`),
    rx(String.raw`\b${KEEP}\b`, GAP(60), String.raw`\b(?:no longer than|not longer than|(?:in )?no (?:case|event) (?:for )?longer than|for (?:a maximum of|at most|up to|no more than) \S+|for (?:${NUM}) (?:\(\d+\) )?(?:days|weeks|months|years)|only (?:until|while|for the duration of) (?:the )?(?:loan|session|visit|booking|print|event|course))\b`),
    rx(String.raw`\bretention (?:period|limit) of\b`),
  ],
  // Under "How long we keep data", a bare period is a retention limit.
  context: {
    heading: rx(String.raw`\b(?:retention|retain\w*|keep\w*|how long|deletion|storage (?:period|limits?)|storing)\b`),
    protective: [rx(String.raw`\b(?:for|up to|no more than|at most|a maximum of) ${NUM} (?:\(\d+\) )?(?:days|weeks|months|years)\b`)],
    ambiguous: [rx(String.raw`\b(?:for )?as long as\b`)],
  },
  ownWeakenersOnly: true,
  weakeners: [
    // "unless" weakens a deletion promise unless the exception is the patron's own choice (see matcher.ts).
    /\bunless\b/i,
    rx(String.raw`\bexcept (?:as|where|when|to the extent)\b`), rx(String.raw`\bat (?:our|its) (?:sole )?discretion\b`),
    rx(String.raw`\b(?:as long as|for as long as) (?:necessary|needed|reasonably necessary|required)\b`),
    rx(String.raw`\bbackup\w*\b`, GAP(60), String.raw`\b(?:may|might) (?:persist|remain)\b`),
    rx(String.raw`\b(?:a |within a |for a )?(?:reasonable|commercially reasonable) (?:period|time|amount of time)\b`),
    rx(String.raw`\b(?:save for|except for|other than|excluding|with the exception of|apart from)\b`, GAP(40), String.raw`\b(?:backups?|backup (?:systems|media|tapes)|archiv\w*|copies|logs)\b`),
  ],
  ambiguous: [
    rx(String.raw`\b(?:as|so) long as (?:your|the|an?|their) (?:account|library card|card|membership|subscription|registration|profile) (?:is|remains|stays|continues to be) (?:active|open|valid|in good standing|in use)|(?:as|so) long as (?:the |a |an )?(?:\w+ )?(?:user|patron|member|reader|you) (?:maintains?|has|have|keeps?) (?:a |an |their |your )?(?:personal |active )?account|(?:as|so) long as (?:the |your |a )?(?:library|customer|licensee|subscriber|school|institution) (?:is|remains|stays|continues to be) (?:a |our )?(?:customer|subscriber|member|licensee|client)\b`),
    rx(String.raw`\b(?:while|whilst) (?:your|the|an?|their) (?:account|library card|card|membership|subscription|profile) (?:is|remains|stays) (?:active|open|valid)\b`),
    rx(String.raw`\bfor the (?:life|duration|term) of (?:the|your|its) (?:subscription|account|contract|agreement|membership)\b`),
    rx(String.raw`\b(?:as long as|for as long as) (?:necessary|needed|reasonably necessary|required|appropriate|(?:we|it) (?:have|has) a (?:legitimate |valid )?(?:business |legal )?(?:need|purpose|reason))\b`),
    rx(String.raw`\b(?:${KEEP}|${END})\b`, GAP(60), String.raw`\breasonable (?:period|time|amount of time)\b`),
    rx(String.raw`\b(?:in accordance with|according to|under|in line with|consistent with|pursuant to) (?:our|its|the (?:vendor|provider|licensor)'s) (?:internal )?(?:data |records? )?retention (?:policy|policies|schedules?|practices)\b`),
    rx(String.raw`\b${KEEP}\b`, GAP(60), String.raw`\buntil (?:${USERS}|the (?:user|patron|member|account holder|parent)) (?:\w+ )?(?:delete|deletes|remove|removes|clear|clears|close|closes|cancel|cancels|choose|chooses|ask|asks|request|requests|turn|turns|switch|switches|opt|opts|deactivate|deactivates)\b`),
    rx(String.raw`\b(?:${DATA}|it|they)\b (?:are |is )?(?:stored |kept |retained |held )?until (?:${USERS}|the (?:user|patron|member|account holder|parent)) (?:\w+ )?(?:delete|deletes|remove|removes|clear|clears|close|closes)\b`),
  ],
  // Keeping invoices, titles or the catalogue is not keeping patron data.
  defer: [rx(String.raw`^(?!.*\b(?:patron|user|personal|customer|library data|library records|reading|loan|borrowing|usage|search|account)\b).*\b(?:invoices?|receipts?|billing|financial|tax|titles|catalogue|catalog|collections?|content|licensed materials)\b`)],
};
