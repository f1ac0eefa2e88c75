/** Topic: sale, rental or monetisation of patron data. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, GAP, rx } from './vocab.js';

export const sale: TopicDef = {
  id: 'sale',
  title: 'Sale, rental or monetisation of patron data',
  concern: 'Patron data must never be sold, rented, traded or otherwise turned into money.',
  cites: ['ala-vendor-sharing', 'ala-bds-2', 'ala-bds-5'],
  expected: true,
  severity: { harmful: 'critical', ambiguous: 'high', silent: 'high' },
  harmful: [
    rx(String.raw`\b(?:sell|sells|selling|rent|rents|renting|trade|trades|trading|monetiz\w*|monetis\w*|barter\w*)\b`, GAP(80), String.raw`\b${DATA}`),
    rx(String.raw`\b(?:${DATA}|(?:subscriber|mailing|patron|customer|user|member) lists?)\b`, GAP(60), String.raw`\b(?:sold|rented|traded|monetized|monetised|bartered)\b`),
    rx(String.raw`\b(?:sale|rental|resale) of\b`, GAP(30), String.raw`\b${DATA}\b`),
    rx(String.raw`\bin exchange for (?:money|payment|compensation|monetary consideration|anything of value)\b`),
    rx(String.raw`\b(?:data brokers?|list brokers?)\b`),
    rx(String.raw`\b(?:receive|earn|accept)\w*\b`, GAP(40), String.raw`\b(?:payment|compensation|revenue|discounts?)\b`, GAP(40), String.raw`\b(?:for|from)\b`, GAP(30), String.raw`\b${DATA}\b`),
  ],
  protective: [rx(String.raw`\b${DATA}\b (?:is|are) never (?:for sale|a commodity)\b`)],
  ambiguous: [
    rx(String.raw`\b(?:merger|acquisition|bankruptcy|reorgani[sz]ation|sale of (?:all|some|substantially all) (?:or part )?of (?:our|its) (?:assets|business))\b`, GAP(150), String.raw`\b(?:transfer\w*|assets?|${DATA})\b`),
  ],
};
