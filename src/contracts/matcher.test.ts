import { describe, expect, it } from 'vitest';
import { sale } from './clauses/sale.js';
import { sharing } from './clauses/sharing.js';
import { subprocessors } from './clauses/subprocessors.js';
import { isNegated, readSentence } from './matcher.js';

describe('negation and scope', () => {
  it('reads "we do not sell" as the opposite of "we sell"', () => {
    expect(readSentence('We sell your data.', sale)?.stance).toBe('harmful');
    expect(readSentence('We do not sell your data.', sale)?.stance).toBe('protective');
    expect(readSentence('Your data will not be sold.', sale)?.stance).toBe('protective');
  });
  it('does not let a negation reach past "but" into the next clause', () => {
    expect(readSentence('We do not sell data to advertisers, but we share it with our affiliates.', sharing)?.stance).toBe('harmful');
  });
  it('weakens a promise with "except as required by law" or "unless"', () => {
    expect(readSentence('We do not sell your data, except as required by law.', sale)?.stance).toBe('ambiguous');
    expect(readSentence('We will not share your data with third parties unless we decide it is useful.', sharing)?.stance).toBe('ambiguous');
  });
  it('reads a double negative ("not ... without notice") as a promise', () => {
    expect(readSentence('Vendor will not engage a new subcontractor without giving the Library advance notice.', subprocessors)?.stance).toBe('protective');
    expect(readSentence('Vendor may engage subcontractors without notice.', subprocessors)?.stance).toBe('harmful');
  });
  it('ignores "no later than" as a negation', () => {
    expect(isNegated('Vendor shall notify the Library no later than 72 hours after', 40)).toBe(false);
    expect(isNegated('Vendor shall never notify anyone', 20)).toBe(true);
  });
  it('returns nothing for a sentence off the topic', () => {
    expect(readSentence('Fees are payable in advance.', sale)).toBeUndefined();
  });
});
