/** Topic: advertising, behavioural profiling and tracking across sites. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, GAP, rx } from './vocab.js';

export const advertising: TopicDef = {
  id: 'advertising',
  title: 'Advertising, behavioural profiling and cross-site tracking',
  concern: 'Patron activity must not feed advertising, profiles of interests, or tracking across other sites.',
  cites: ['ala-vendor-tracking', 'ala-bds-1', 'ala-bds-4'],
  expected: true,
  severity: { harmful: 'high', ambiguous: 'medium', silent: 'medium' },
  harmful: [
    rx(String.raw`\b(?:targeted|personali[sz]ed|interest-based|behaviou?ral(?:ly)?|tailored|retargeting|remarketing|re-targeting)\b (?:ads|advertis\w*|marketing|targeting)\b`),
    rx(String.raw`\b(?:advertising|ad|ads) (?:networks?|partners?|pixels?|cookies|identifiers?|exchanges?|tech(?:nology)? (?:companies|partners))\b`),
    rx(String.raw`\b(?:track|tracks|tracking|follow|follows|monitor\w*)\b`, GAP(60), String.raw`\b(?:across|on) (?:other|third[- ]party|different|unaffiliated) (?:web ?sites|sites|apps|services|platforms)\b`),
    rx(String.raw`\bcross[- ](?:site|device|context|platform) (?:tracking|profiling|identifiers?|behaviou?ral)\b`),
    rx(String.raw`\b(?:build|builds|building|create|creates|creating|compil\w+|develop\w*)\b`, GAP(30), String.raw`\b(?:profiles?|profiling) (?:of|about|on|based on)\b`),
    rx(String.raw`\badvertis(?:e|ing) to\b`),
    rx(String.raw`\bprofil(?:e|es|ing)\b`, GAP(40), String.raw`\b(?:interests|behaviou?r|preferences|reading habits|demographics)\b`),
    rx(String.raw`\b(?:show|serve|display|deliver|present|send)\w*\b`, GAP(20), String.raw`\b(?:ads|advertisements|advertising|promotional (?:offers|messages))\b`),
    rx(String.raw`\b(?:use|uses|used|using)\b`, GAP(60), String.raw`\b${DATA}\b`, GAP(40), String.raw`\bfor (?:advertising|marketing|promotional) purposes\b`),
    rx(String.raw`\b(?:us|set|plac)\w*\b`, GAP(30), String.raw`\b(?:cookies|identifiers|pixels|beacons)\b`, GAP(20), String.raw`\b(?:for|to) (?:track\w*|advertising|profil\w*)\b`),
    rx(String.raw`\b(?:used|use|uses|using)\b (?:\w+ ){0,3}?for (?:advertising|marketing|profiling|fundraising|targeted)\b`),
    rx(String.raw`\baudience (?:segments?|profiles?)\b`),
    rx(String.raw`\b(?:personali[sz]|tailor|target)\w* (?:\w+ )?(?:marketing|ads|advertis\w*|offers|promotions)\b`),
  ],
  protective: [rx(String.raw`\b(?:ad-free|free (?:of|from) (?:advertising|ads|advertisements))\b`)],
  fixed: [{ re: rx(String.raw`\b(?:contains?|has|have|shows?|displays?|includes?) no (?:advertising|ads|advertisements)\b`), stance: 'protective' }],
};
