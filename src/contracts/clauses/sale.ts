/** Topic: sale, rental or monetisation of patron data. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { DATA, DISCLOSE, GAP, SELL, VALUE, rx } from './vocab.js';

const LISTS = String.raw`(?:(?:subscriber|mailing|patron|customer|user|member|contact) lists?)`;
// A corporate transaction: data passes with the business, which is a sale only in a loose sense.
const DEAL = String.raw`(?:(?:is|are|be|being|gets?) (?:acquired|bought|purchased|taken over)|merger|acquisition|bankruptcy|insolvency|reorgani[sz]ation|change of control|corporate transaction|sale of (?:all|some|substantially all|part)? ?(?:or part )?(?:of )?(?:our|its|the)? ?(?:assets|business|company)|sale of assets)`;

export const sale: TopicDef = {
  id: 'sale',
  title: 'Sale, rental or monetisation of patron data',
  concern: 'Patron data must never be sold, rented, traded or otherwise turned into money.',
  cites: ['ala-vendor-sharing', 'ala-bds-2', 'ala-bds-5'],
  expected: true,
  severity: { harmful: 'critical', ambiguous: 'high', silent: 'high' },
  harmful: [
    rx(String.raw`\b${SELL}\b`, GAP(80), String.raw`\b(?:${DATA}|${LISTS}|it|them|(?:\w+ )?(?:reports|insights|trends|statistics|analytics))\b`),
    rx(String.raw`\b(?:${DATA}|${LISTS})\b`, GAP(60), String.raw`\b(?:sold|rented|leased|traded|monetized|monetised|bartered|commerciali[sz]ed|exchanged)\b`),
    rx(String.raw`\b(?:insights|reports|trends|statistics|analytics|profiles|segments|audiences)\b`, GAP(30), String.raw`\b(?:sells?|licenses?|rents?|trades?|monetis\w+|monetiz\w+)\b`),
    rx(String.raw`\b(?:sale|rental|resale|lease) of\b(?! (?:all |some |substantially |part |the )?(?:of )?(?:our |its |the )?(?:assets|business|company|shares|stock))`, GAP(30), String.raw`\b${DATA}\b`),
    // Any transfer in return for something of value: "licensed to publishers for a fee".
    rx(String.raw`\b(?:${DISCLOSE}|licens\w+|exchang\w+|offer\w*)\b`, GAP(100), String.raw`\b${VALUE}`),
    rx(String.raw`\b${VALUE}`, GAP(60), String.raw`\b(?:${DISCLOSE}|licens\w+)\b`),
    rx(String.raw`\b(?:data brokers?|list brokers?)\b`),
    rx(String.raw`\b(?:receive|earn|accept|obtain)\w*\b`, GAP(40), String.raw`\b(?:payment|compensation|revenue|discounts?|royalt\w+|fees?)\b`, GAP(40), String.raw`\b(?:for|from)\b`, GAP(50), String.raw`\b${DATA}\b`),
    rx(String.raw`\b${DATA}\b`, GAP(40), String.raw`\b(?:revenue|income) (?:source|stream)\b`),
  ],
  protective: [rx(String.raw`\b${DATA}\b (?:is|are) never (?:for sale|a commodity)\b`)],
  ambiguous: [
    rx(String.raw`\b${DEAL}\b`, GAP(150), String.raw`\b(?:transfer\w*|assets?|${DATA})\b`),
    rx(String.raw`\b(?:transfer\w*|${DATA})\b`, GAP(150), String.raw`\b${DEAL}\b`),
  ],
  // A deal sentence ("sale of assets") is about a corporate transaction, not a sale of data; licences of
  // the library's own materials are not patron data.
  defer: [rx(String.raw`\b(?:licensed (?:materials|content|works|products)|subscriptions? to)\b(?!.*\b(?:patron|user|personal|customer) (?:data|information)\b)`)],
};
