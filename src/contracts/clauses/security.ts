/** Topic: security and breach notification (with a deadline?). Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { GAP, rx } from './vocab.js';

const INCIDENT = String.raw`(?:breach\w*|security incidents?|incidents?|unauthori[sz]ed (?:access|disclosure|acquisition|use|release|exposure|loss)|compromise|data leaks?|(?:has been |have been |was |were |is |are )?(?:exposed|compromised|breached|leaked|stolen))`;
const TELL = String.raw`(?:notify|notif\w+|notice|inform|report|tell|tells|alert|contact|email|e-mail|let (?:\w+ ){1,2}know)\w*`;
const DEADLINE = String.raw`(?:within|no later than|not later than|never later than|in any (?:event|case) within|no more than|not more than)\b[^.;]{0,20}?\b(?:\d+|one|two|three|five|seven|ten|twenty-four|forty-eight|seventy-two|thirty)\b[^.;]{0,10}?\b(?:hours?|days?|business days?|calendar days?)`;

export const security: TopicDef = {
  id: 'security',
  title: 'Security and breach notification',
  concern: 'Encrypt patron data in transit and at rest, and notify the library of a breach within a fixed deadline.',
  cites: ['ala-vendor-security', 'niso-3'],
  expected: true,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'medium' },
  harmful: [],
  protective: [
    rx(String.raw`\bencrypt\w*\b`),
    rx(String.raw`\b${TELL}\b`, GAP(120), String.raw`\b${INCIDENT}\b`, GAP(100), String.raw`\b${DEADLINE}\b`),
    rx(String.raw`\b${INCIDENT}\b`, GAP(120), String.raw`\b${TELL}\b`, GAP(100), String.raw`\b${DEADLINE}\b`),
    rx(String.raw`\b${DEADLINE}\b`, GAP(100), String.raw`\b${TELL}\b`, GAP(100), String.raw`\b${INCIDENT}\b`),
    rx(String.raw`\b${TELL}\b`, GAP(100), String.raw`\b${DEADLINE}\b`, GAP(100), String.raw`\b${INCIDENT}\b`),
    rx(String.raw`\b(?:penetration test\w*|multi-factor authentication|two-factor authentication|TLS(?: 1\.[23])?|AES(?:-?\d+)?|HTTPS|(?:at rest and|in transit and) (?:in transit|at rest)|vulnerability scan\w*|security awareness training|access controls? (?:limit|restrict)\w*)\b`),
  ],
  fixed: [
    { re: rx(String.raw`\b(?:no|not under any|without any|any) (?:obligation|duty|commitment|undertaking|responsibility) to (?:notify|inform|disclose|tell|report|alert)\b`), stance: 'harmful' },
    { re: rx(String.raw`\bnot (?:obligated|obliged|required|bound|responsible for (?:notifying|informing)) (?:to )?(?:notify|inform|tell|disclose|report|alert)?\b`, GAP(60), String.raw`\b(?:${INCIDENT}|compromised|breached|exposed|leaked)\b`), stance: 'harmful' },
    { re: rx(String.raw`\b(?:not (?:be )?(?:responsible|liable)|disclaims? (?:all )?(?:responsibility|liability))\b`, GAP(80), String.raw`\b${INCIDENT}\b`), stance: 'harmful' },
    { re: rx(String.raw`\b(?:stored|transmitted|sent|kept)\b`, GAP(60), String.raw`\b(?:unencrypted|in (?:plain|clear) ?text|without (?:any )?encryption|unprotected)\b`), stance: 'harmful' },
  ],
  ambiguous: [
    rx(String.raw`\b(?:safeguards|measures|security|precautions|controls|protections)\b`, GAP(40), String.raw`\b(?:commercially reasonable|reasonable|appropriate|industry[- ]standard|adequate)\b`),
    rx(String.raw`\b(?:industry[- ]standard|reasonable|appropriate|commercially reasonable|adequate)\b`, GAP(50), String.raw`\b(?:security|safeguards|measures|precautions|protections|steps|procedures|controls|practices)\b`),
    rx(String.raw`\b(?:notify|notif\w+|inform|let \w+ know|tell|alert|contact)\w*\b`, GAP(120), String.raw`\b${INCIDENT}\b`),
    rx(String.raw`\b${INCIDENT}\b`, GAP(120), String.raw`\b(?:notify|notif\w+|inform|tell|let \w+ know|alert)\w*\b`),
  ],
};
