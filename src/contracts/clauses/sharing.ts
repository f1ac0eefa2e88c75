/** Topic: sharing patron data with third parties and affiliates. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, GAP, LIBRARY, USERS, rx } from './vocab.js';

const OTHERS = String.raw`(?:third[- ]part(?:y|ies)|anyone|any (?:other )?(?:person|party|one|entity|organi[sz]ation)|affiliat\w*|partners?|advertisers?|other (?:companies|organi[sz]ations|businesses)|sponsors?|parent compan\w+|sister compan\w+|business associates)`;

export const sharing: TopicDef = {
  id: 'sharing',
  title: 'Sharing with third parties and affiliates',
  concern: 'Patron data should go to others only to run the service, under written terms, or with consent.',
  cites: ['niso-7', 'ala-vendor-sharing', 'ala-vendor-agreements'],
  expected: true,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'medium' },
  harmful: [
    rx(String.raw`\b(?:share|shares|shared|sharing|sell|sells|sold|licens\w+|rent|disclos\w+|provid\w+|transfer\w*|mak\w+ available|pass\w*(?: on)?|send\w*|furnish\w*)\b`, GAP(90), String.raw`\b(?:to|with)\b`, GAP(50), String.raw`\b${OTHERS}\b`),
    rx(String.raw`\b${OTHERS}\b`, GAP(60), String.raw`\b(?:may|can|will)\b`, GAP(20), String.raw`\b(?:receive|access|obtain|use)\b`, GAP(40), String.raw`\b${DATA}\b`),
    rx(String.raw`\b(?:share|shares|shared|sharing)\b`, GAP(60), String.raw`\bwith (?!(?:the |your |its |their |each |our )?(?:${LIBRARY}|libraries|${USERS}|them|him|her|(?:local |state |federal )?(?:police|law enforcement|government|authorities))\b)\w+`),
    rx(String.raw`\bshare (?:your |our |any |reader |patron |user |personal |such )*(?:data|information)\b`),
    rx(String.raw`\b${OTHERS}\b`, GAP(20), String.raw`\b(?:receive|receives|get|gets|obtain|obtains)\b`),
  ],
  protective: [
    rx(String.raw`\b${DATA}\b`, GAP(40), String.raw`\b(?:is|are|will be|shall be|remains?) (?:kept |held )?(?:strictly )?confidential\b`),
  ],
  limiters: [
    { re: rx(String.raw`\b(?:sub-?processors?|subcontractors?|service providers?|hosting providers?) only\b`), stance: 'protective' },
    { re: rx(String.raw`\bonly (?:with|to) (?:the |your |its |their |each )?(?:\w+'s )?(?:${LIBRARY}|library)\b`), stance: 'protective' },
    { re: rx(String.raw`\b(?:only|solely|exclusively)\b`, GAP(80), String.raw`\b(?:consent|authori[sz]\w+|permission|to (?:provide|operate|deliver|perform|host|support)|necessary|on (?:our|its) behalf|bound by|instructions)\b`), stance: 'protective' },
    { re: rx(String.raw`\b(?:with|without) (?:the )?(?:your|${LIBRARY}'?s?|patron'?s?|user'?s?) (?:prior |express |explicit |affirmative )?(?:written )?(?:opt-in )?(?:consent|permission|authori[sz]ation)\b`), stance: 'protective' },
  ],
  ambiguous: [rx(String.raw`\b(?:trusted|selected|carefully chosen) (?:partners|third parties|organi[sz]ations)\b`)],
};
