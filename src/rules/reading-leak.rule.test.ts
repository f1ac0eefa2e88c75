import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page, req, SITE } from '../../test/rules/build-obs.js';
import { isbnForms, readingLeak } from './reading-leak.rule.js';

const run = (o: ReturnType<typeof obs>) => readingLeak.run({ obs: o, views: viewsOf(o) });
const record = (requests: ReturnType<typeof req>[]) =>
  page({ role: 'record', url: `${SITE}record/42`, finalUrl: `${SITE}record/42`, requests, dom: { ...page().dom!, reading: { isbns: ['0-306-40615-2'], titles: ['Living with Chronic Illness'] } } });

describe('reading-leak', () => {
  it('converts ISBN-10 and ISBN-13', () => {
    expect(isbnForms('0-306-40615-2').sort()).toEqual(['0306406152', '9780306406157']);
    expect(isbnForms('978-0-306-40615-7').sort()).toEqual(['0306406152', '9780306406157']);
  });
  it('finds the ISBN at a cover service (other form) and the title in a recommendation body', () => {
    const hits = run(obs([record([
      req('https://syndetics.com/index.aspx?isbn=9780306406157/SC.GIF', { resourceType: 'image' }),
      req('https://api.recs.example/similar', { method: 'POST', postData: 'title=living+with+chronic+illness' }),
    ])]));
    expect(hits.map((h) => h.key)).toEqual(['ISBN|url', 'title|body']);
    expect(hits[0]!.remediation).toMatch(/proxy/);
  });
  it('stays silent when covers are self-hosted and third parties get nothing about the book', () => {
    const hits = run(obs([record([req(`${SITE}covers/0306406152.jpg`, { resourceType: 'image' }), req('https://fonts.gstatic.com/s/a.woff2', { headers: { referer: SITE } })])]));
    expect(hits).toEqual([]);
  });
});
