/**
 * Precision check across all topics: sentences about billing, uptime, accessibility, trademarks, support,
 * login cookies and the like speak to no privacy topic, and no topic may read them.
 */
import { describe, expect, it } from 'vitest';
import { readSentence } from '../matcher.js';
import { normalizeText } from '../normalize.js';
import { topics } from './index.js';

const DISTRACTORS = [
  'Invoices are payable within thirty days of receipt.',
  'The Service will be available 99.5% of each calendar month, excluding scheduled maintenance.',
  'Vendor will meet WCAG 2.1 AA accessibility standards and publish an accessibility conformance report.',
  'All trademarks are the property of their respective owners.',
  'We use a session cookie to keep you signed in while you browse the catalogue.',
  'Either party may terminate this Agreement for material breach on thirty days\' written notice.',
  'Support requests are answered within one business day.',
  'The Vendor shall maintain general liability insurance of at least two million dollars.',
  'Training sessions for library staff are provided twice a year at no extra charge.',
  'Late fees are waived for patrons under 18 during the summer reading programme.',
  'The licence fee increases by three percent on each anniversary of the Effective Date.',
  'Title lists are updated monthly and sent to the Library.',
  'Patrons can reset their password by email.',
  'Notices under this Agreement must be sent by registered mail to the addresses above.',
  'Neither party is liable for delays caused by events beyond its reasonable control.',
  'Vendor will provide MARC records for all titles at no additional cost.',
  'The e-book collection includes titles for children and young adults.',
  'Our customer support team is located in Ohio.',
  'The Library may display the Vendor\'s logo on its website to promote the Service.',
  'Prices are quoted in US dollars and exclude applicable taxes.',
  'The kiosk screen supports audio guidance through a headphone jack.',
  'Each party shall bear its own costs in connection with this Agreement.',
  'Scheduled maintenance takes place on Sundays between 2 and 4 a.m.',
  'This Agreement may be signed in counterparts, each of which is an original.',
];

describe('distractors', () => {
  it(`no topic reads any of ${DISTRACTORS.length} billing, uptime, accessibility, trademark and login-cookie sentences`, () => {
    const hits = DISTRACTORS.flatMap((s) => topics.flatMap((t) => {
      const r = readSentence(normalizeText(s), t);
      return r ? [`${t.id}=${r.stance} (${r.reason}): ${s}`] : [];
    }));
    expect(hits).toEqual([]);
  });
});
