/**
 * The query rule of the action classes, on its own: a query with a search parameter turns an
 * investigation or a page into a search and leaves every other class alone. `classify` (names) and the
 * aggregator's hot path (codes) both go through `promoteByQuery`, so both are checked against it.
 */
import { describe, expect, it } from 'vitest';
import { WebAggregator } from './aggregate.js';
import { CLASS_CODE, CLASS_NAME, INVESTIGATION, PAGE, REQUEST, SEARCH, STATIC, classify, promoteByQuery } from './classify.js';
import { createKeyedHasher } from './hmac.js';
import { emptyEvent } from './types.js';

describe('promoteByQuery', () => {
  it('turns an investigation or a page with a search parameter into a search', () => {
    for (const q of ['q=climate', 'query=x', 'lookfor=a+b', 'id=3&kw=z', 'SearchText=Y', 'a=1&term=', 'qt=1']) {
      expect(promoteByQuery(INVESTIGATION, q, 0), q).toBe(SEARCH);
      expect(promoteByQuery(PAGE, q, 0), q).toBe(SEARCH);
    }
  });

  it('leaves requests, searches and assets alone, whatever the query', () => {
    for (const code of [REQUEST, SEARCH, STATIC]) expect(promoteByQuery(code, 'q=climate', 0)).toBe(code);
  });

  it('needs a parameter named like a search at the start of a parameter, and a non-empty query', () => {
    for (const q of ['', 'id=3', 'xq=1', 'faq=2', 'q', 'page=2&sort=q']) {
      expect(promoteByQuery(INVESTIGATION, q, 0), q).toBe(INVESTIGATION);
      expect(promoteByQuery(PAGE, q, 0), q).toBe(PAGE);
    }
  });

  it('reads the query from its start position in a whole URL, the way the aggregator calls it', () => {
    const url = 'https://p.example/article/1?q=x';
    const at = url.indexOf('?') + 1;
    expect(promoteByQuery(INVESTIGATION, url, at)).toBe(SEARCH);
    // the path before the query is not read: "q=" there is not a parameter
    expect(promoteByQuery(PAGE, 'https://p.example/q=1/x?id=2', 'https://p.example/q=1/x?id=2'.indexOf('?') + 1)).toBe(PAGE);
    expect(promoteByQuery(PAGE, url, url.length)).toBe(PAGE); // an empty query
  });

  it('classify applies the same rule to class names', () => {
    for (const name of CLASS_NAME) expect(CLASS_NAME[CLASS_CODE[name]]).toBe(name);
    expect(classify('/article/1', 'q=x')).toBe('search');
    expect(classify('/about', 'lookfor=y')).toBe('search');
    expect(classify('/article/1', 'id=2')).toBe('investigation');
    expect(classify('/pdf/1', 'q=x')).toBe('request');
    expect(classify('/style.css', 'q=x')).toBe('static');
    expect(classify('/about', '')).toBe('page');
  });

  it('the aggregator counts by the same rule: a search parameter makes an article view a search', () => {
    const agg = new WebAggregator({ by: 'day', hasher: createKeyedHasher() });
    const ev = emptyEvent();
    const urls = ['/article/1?q=climate', '/article/2?id=7', '/about?lookfor=x', '/pdf/3?q=y', '/about'];
    urls.forEach((url, i) => {
      Object.assign(ev, { time: Date.UTC(2024, 0, 1, 9, i), day: '2024-01-01', hour: 9, session: 'S', url: `https://p.example${url}`, status: 200 });
      agg.add(ev);
    });
    const [c] = agg.finish();
    // searches: article 1 and the page with lookfor; investigations: article 2 and the PDF; requests: the PDF
    expect(c).toMatchObject({ searches: 2, totalItemInvestigations: 2, totalItemRequests: 1 });
  });
});
