/** Topic: data retention and deletion (periods, on termination). Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, GAP, rx } from './vocab.js';

const NUM = String.raw`(?:\d+|one|two|three|six|seven|ten|fourteen|thirty|sixty|ninety|twelve|twenty-four)`;
const PERIOD = String.raw`(?:within|after|no later than|no more than|not (?:later|more) than|upon|on|at the (?:end|expiration|termination)|following|older than)\b[^.;]{0,40}?\b(?:${NUM}|termination|expiration|request|closure|the end|(?:the )?(?:visit|loan|last use|last login|return))`;

export const retention: TopicDef = {
  id: 'retention',
  title: 'Data retention and deletion',
  concern: 'Keep patron data only as long as the service needs it, for a stated period, and delete it at contract end.',
  cites: ['ala-vendor-retention', 'niso-4'],
  expected: true,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'medium' },
  harmful: [
    rx(String.raw`\b(?:retain|keep|store|hold|preserve|maintain)\w*\b`, GAP(80), String.raw`\b(?:indefinitely|permanently|forever|perpetually|in perpetuity|without (?:any )?(?:time )?limit|as long as (?:we|it|the vendor) (?:deems?|sees? fit|wish\w*|choose\w*|like))\b`),
    rx(String.raw`\b(?:retain|keep|store|preserve)\w*\b`, GAP(60), String.raw`\b${DATA}\b`, GAP(40), String.raw`\b(?:after|following|beyond) (?:the )?(?:termination|expiration|end)\b`),
  ],
  protective: [
    rx(String.raw`\b(?:delet|destroy|destruct|purg|eras|remov|anonymi[sz]|return)\w*\b`, GAP(100), String.raw`\b${PERIOD}`),
    rx(String.raw`\b${PERIOD}\b`, GAP(80), String.raw`\b(?:delet|destroy|purg|eras)\w*\b`),
    rx(String.raw`\b(?:delet|destroy|purg|eras|remov)\w*\b`, GAP(40), String.raw`\b${NUM} (?:\(\d+\) )?(?:hours?|days?|weeks?|months?|years?) (?:after|following|from|of)\b`),
    rx(String.raw`\b${NUM} (?:\(\d+\) )?(?:days?|weeks?|months?)\b`, GAP(80), String.raw`\b(?:delet|destroy|purg|eras)\w*\b`),
    rx(String.raw`\b(?:retain|keep|kept|stor|held|hold|maintain)\w*\b`, GAP(60), String.raw`\b(?:no longer than|for (?:a maximum of|at most|up to) \S+|for (?:\d+|one|two|three|six|seven|thirty|sixty|ninety|twelve) (?:\(\d+\) )?(?:days|months|years))\b`),
    rx(String.raw`\bretention (?:period|limit) of\b`),
  ],
  ownWeakenersOnly: true,
  weakeners: [rx(String.raw`\bexcept (?:as|where|when|to the extent)\b`), rx(String.raw`\bat (?:our|its) (?:sole )?discretion\b`),rx(String.raw`\b(?:as long as|for as long as) (?:necessary|needed|reasonably necessary|required)\b`), rx(String.raw`\bbackup\w*\b`, GAP(60), String.raw`\b(?:may|might) (?:persist|remain)\b`)],
  ambiguous: [
    rx(String.raw`\bas long as (?:your|the|an?) account (?:is|remains) (?:active|open)\b`),
    rx(String.raw`\bfor the (?:life|duration|term) of (?:the|your|its) (?:subscription|account|contract|agreement)\b`),
    rx(String.raw`\b(?:as long as|for as long as) (?:necessary|needed|reasonably necessary|required|appropriate)\b`),
    rx(String.raw`\b(?:a |for a )?reasonable (?:period|time|amount of time)\b`),
    rx(String.raw`\b(?:in accordance with|according to|under) (?:our|its) (?:data |records? )?retention (?:policy|policies|schedules?)\b`),
  ],
};
