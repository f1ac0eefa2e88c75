/**
 * The network instrument's submit timing: which decoy hits count as typed-but-not-submitted (key logging)
 * and which are leaks of a search the patron did submit.
 */
import { describe, expect, it } from 'vitest';
import { matchDecoys } from './decoys.js';
import { markBeforeSubmit } from './network.instrument.js';
import type { DecoyRuntime } from './types.js';

const search: DecoyRuntime = { id: 'search', kind: 'search', text: 'leaving an abusive partner qzvbkt' };
const email: DecoyRuntime = { id: 'email', kind: 'email', text: 'patron.kxqzt@example.org' };
const decoys = [search, email];
const ga = (q: string) => `https://region1.google-analytics.example/g/collect?en=page_view&dl=${encodeURIComponent(`https://lib.example/search?q=${q}`)}`;
const form = encodeURIComponent(search.text).replace(/%20/g, '+');
const hitsOf = (url: string) => matchDecoys(url, 'url', decoys, false);
const before = (url: string, t: number, state: { typingFrom?: number; submittedAt?: number }, pageUrls: string[]) =>
  markBeforeSubmit(hitsOf(url), t, state, pageUrls, decoys).map((h) => h.beforeSubmit);

describe('beforeSubmit: the decoy left while the patron was still typing', () => {
  it('is true for keystrokes sent between the first key and Enter on the page where they were typed', () => {
    expect(before(`https://logger.example/k?t=${encodeURIComponent('leaving an ab')}`, 1500, { typingFrom: 1000, submittedAt: 3000 }, ['https://lib.example/'])).toEqual([true]);
    expect(before(`https://logger.example/k?e=${email.text}`, 1200, { typingFrom: 1000 }, ['https://lib.example/contact'])).toEqual([true]);
  });

  it('is false on the results page, whose own URL already carries the submitted search', () => {
    const results = `https://lib.example/search?q=${form}`;
    // A results-page visit: no search typed, other fields typed (typing state set), GA sends dl= with the URL.
    expect(before(ga(form), 1500, { typingFrom: 1000 }, [results, results])).toEqual([false]);
    // Nothing typed at all on that visit: never key logging.
    expect(before(ga(form), 300, {}, [results])).toEqual([false]);
    // A different decoy typed on the results page still counts as typing.
    const mixed = markBeforeSubmit(hitsOf(`https://logger.example/k?e=${email.text}&dl=${encodeURIComponent(results)}`), 1500, { typingFrom: 1000 }, [results], decoys);
    expect(Object.fromEntries(mixed.map((h) => [h.decoyId, h.beforeSubmit]))).toEqual({ email: true, search: false });
  });

  it('is false after submission and during page load', () => {
    expect(before(ga(form), 3500, { typingFrom: 1000, submittedAt: 3000 }, ['https://lib.example/'])).toEqual([false]);
    expect(before(ga(form), 500, { typingFrom: 1000, submittedAt: 3000 }, ['https://lib.example/'])).toEqual([false]);
  });
});
