import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page, req } from '../../test/rules/build-obs.js';
import { searchTermLeak } from './search-term-leak.rule.js';

const run = (o: ReturnType<typeof obs>) => searchTermLeak.run({ obs: o, views: viewsOf(o) });
const hit = (channel: 'url' | 'referer' | 'body', encoding: 'plain' | 'base64' = 'plain') => ({ decoyId: 'search', channel, encoding, beforeSubmit: false });

describe('search-term-leak', () => {
  it('reports the search reaching third parties in URL, Referer and body, per party', () => {
    const o = obs([page({ role: 'search-results', url: 'https://www.library.example/search?q=[decoy:search]', finalUrl: 'https://www.library.example/search?q=[decoy:search]', requests: [
      req('https://www.google-analytics.com/g/collect?dl=[decoy:search]', { decoyHits: [hit('url')] }),
      req('https://img.covers.example/c.jpg', { resourceType: 'image', headers: { referer: 'https://www.library.example/search?q=[decoy:search]' }, decoyHits: [hit('referer')] }),
      req('https://api.recs.example/r', { method: 'POST', decoyHits: [hit('body', 'base64')] }),
    ] })]);
    const hits = run(o);
    expect(hits.map((h) => h.entity?.domains?.[0])).toEqual(['google-analytics.com', 'covers.example', 'recs.example']);
    expect(hits[1]!.remediation).toMatch(/Referrer-Policy/);
    expect(hits[2]!.explanation).toMatch(/base64/);
  });
  it('does not report the search going to the library\u2019s own server', () => {
    const o = obs([page({ requests: [req('https://catalog.library.example/search?q=[decoy:search]', { resourceType: 'document', isNavigation: true, decoyHits: [hit('url')] })] })]);
    expect(run(o)).toEqual([]);
  });
  it('leaves form text sent while typing to key logging, but reports it once the form is submitted', () => {
    const email = (beforeSubmit: boolean) => ({ decoyId: 'email', channel: 'body' as const, encoding: 'plain' as const, beforeSubmit });
    const typing = obs([page({ requests: [req('https://keys.tracker.example/k', { method: 'POST', decoyHits: [email(true)] })] })]);
    expect(run(typing)).toEqual([]);
    const submitted = obs([page({ requests: [req('https://forms.vendor.example/submit', { method: 'POST', decoyHits: [email(false)] })] })]);
    expect(run(submitted).map((h) => h.key)).toEqual(['email']);
  });
  it('gives one key to every search decoy, so each visit’s search merges into one finding per company', () => {
    const o = obs([page({ requests: [
      req('https://www.google-analytics.com/g/collect?dl=[decoy:search]', { decoyHits: [hit('url')] }),
      req('https://www.google-analytics.com/g/collect?dl=[decoy:search2]', { decoyHits: [{ ...hit('url'), decoyId: 'search2' }] }),
    ] })]);
    o.decoys.push({ id: 'search2', kind: 'search', sha256: 'c', label: 'a legal subject' });
    expect(new Set(run(o).map((h) => h.key))).toEqual(new Set(['search']));
  });
});
