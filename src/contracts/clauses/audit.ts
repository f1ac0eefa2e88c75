/** Topic: the library's audit rights and the vendor's compliance reporting. Patterns only. */
import type { TopicDef } from '../types.js';
import { GAP, LIBRARY, rx } from './vocab.js';

export const audit: TopicDef = {
  id: 'audit',
  title: 'Audit rights and compliance reporting',
  concern: 'The library can audit the vendor, or receive independent audit reports, to check privacy promises are kept.',
  cites: ['ala-bds-6', 'niso-12'],
  expected: true,
  severity: { harmful: 'medium', ambiguous: 'low', silent: 'medium' },
  harmful: [],
  protective: [
    rx(String.raw`\b${LIBRARY}\b`, GAP(60), String.raw`\b(?:may|shall have the right to|has the right to|have the right to|is entitled to|can)\b`, GAP(70), String.raw`\b(?:audit|inspect|examine|assess|verify)\w*\b`),
    rx(String.raw`\bright to (?:audit|inspect|examine)\b`),
    rx(String.raw`\b(?:provid|deliver|furnish|mak\w* available|shar|submit|obtain|receive|request|get)\w*\b`, GAP(80), String.raw`\b(?:audit (?:reports?|summar(?:y|ies)|results|findings|certificates?)|SOC ?2|SOC 1|ISO(?:/IEC)? 27001 (?:certificates?|certification)|compliance (?:reports?|certifications?|attestations?)|attestation)\b`),
    rx(String.raw`\b(?:provid|deliver|furnish|submit|give|gives|send|issue)\w*\b`, GAP(60), String.raw`\b(?:annual|yearly|periodic|quarterly)\b`, GAP(30), String.raw`\b(?:reports?|assessments?|audits?|reviews?|statements?|certifications?|attestations?)\b`),
    rx(String.raw`\b(?:annual|yearly|periodic|regular)\b`, GAP(30), String.raw`\b(?:independent|third-party|external)\b`, GAP(20), String.raw`\b(?:audits?|assessments?)\b`),
    rx(String.raw`\b(?:cooperate|co-operate)\w*\b`, GAP(60), String.raw`\b(?:audits?|inspections?|assessments?)\b`),
    rx(String.raw`\b(?:permit|allow|accept|submit to|undergo|subject to|facilitate|host)\w*\b`, GAP(30), String.raw`\b(?:on-?site |independent |annual |third-party |external )*(?:audits?|inspections?)\b`),
    rx(String.raw`\b(?:audit reports?|SOC ?[12](?: Type (?:I|II|1|2))?(?: reports?)?|ISO(?:/IEC)? 27001|(?:compliance|security|privacy|audit|third-party) (?:reports?|certifications?|certificates?|attestations?))\b`, GAP(40), String.raw`\b(?:provided|delivered|made available|shared|furnished|sent|available|supplied|given)\b`),
    rx(String.raw`\bcertif\w*\b (?:\w+ ){0,4}?(?:that (?:it|the \w+|vendor|provider) (?:has |is |remains )?(?:in )?compli\w*|(?:its|their) compliance|compliance)\b`),
    rx(String.raw`\b(?:permit|allow|enable|entitle)\w*\b (?:the )?${LIBRARY}\b (?:\w+ ){0,3}?to (?:audit|inspect|review|examine|verify|assess|test)\b`),
    rx(String.raw`\b(?:respond|complete|answer|fill)\w*\b`, GAP(40), String.raw`\b(?:security|privacy|compliance|vendor|risk) (?:questionnaires?|assessments?|surveys?)\b`),
  ],
  // Financial audits of invoices and fees are not audits of how patron data is handled.
  defer: [rx(String.raw`^(?!.*\b(?:data|privacy|security|compliance|confidential\w*|records)\b).*\b(?:invoices?|fees|billing|payments?|charges|royalt\w+|fines)\b`)],
  ambiguous: [rx(String.raw`\b(?:summary|overview) of (?:our|its) (?:security|privacy) (?:practices|program(?:me)?)\b`)],
};
