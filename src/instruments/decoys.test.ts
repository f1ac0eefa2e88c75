import { gzipSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeDecoys, matchDecoys, redactDecoys, redactString } from './decoys.js';
import type { DecoyRuntime } from './types.js';

const search: DecoyRuntime = { id: 'search', kind: 'search', text: 'hiv treatment options qzvbkt' };
const email: DecoyRuntime = { id: 'email', kind: 'email', text: 'patron.kxqzt@example.org' };
const decoys = [search, email];

describe('decoy matching', () => {
  it('finds the decoy raw, URL-encoded, base64, JSON-escaped, hashed and compressed', () => {
    const enc = (data: string | Buffer) => matchDecoys(data, 'body', decoys, false).map((h) => h.encoding);
    expect(enc('q=hiv treatment options qzvbkt')).toEqual(['plain']);
    expect(enc(`q=${encodeURIComponent(search.text)}`)).toEqual(['url']);
    expect(enc(`q=hiv+treatment+options+qzvbkt`)).toEqual(['url']);
    expect(enc(`{"d":"${Buffer.from(search.text).toString('base64')}"}`)).toEqual(['base64']);
    expect(enc(Buffer.from(JSON.stringify({ events: [{ text: search.text }] })).toString('base64'))).toEqual(['base64']);
    expect(enc('{"q":"hiv\\u0020treatment\\u0020options\\u0020qzvbkt"}')).toEqual(['json']);
    expect(enc(gzipSync(JSON.stringify({ q: search.text })))).toEqual(['gzip']);
    expect(enc(deflateSync(`q=${search.text}`))).toEqual(['gzip']);
    expect(enc('h=' + '0'.repeat(64))).toEqual([]);
  });

  it('reports keystroke prefixes as partial, full text as complete', () => {
    expect(matchDecoys('{"typed":"hiv treat"}', 'body', decoys, true)).toEqual([
      { decoyId: 'search', channel: 'body', encoding: 'keystrokes', beforeSubmit: true, partial: true },
    ]);
    expect(matchDecoys('/s?q=hiv%20treatment%20options%20qzvbkt', 'url', decoys, false)[0]!.partial).toBeUndefined();
  });

  it('matches nothing in unrelated traffic', () => {
    expect(matchDecoys('https://cdn.example/app.js?v=3', 'url', decoys, false)).toEqual([]);
    expect(matchDecoys(Buffer.from([0, 1, 2, 3, 4, 5]), 'body', decoys, false)).toEqual([]);
    expect(matchDecoys(undefined, 'referer', decoys, false)).toEqual([]);
  });

  it('redacts every form of the text, deep inside objects', () => {
    expect(redactString(`a?q=${encodeURIComponent(search.text)}&e=${email.text}`, decoys)).toBe('a?q=[decoy:search]&e=[decoy:email]');
    expect(redactString('{"typed":"hiv treat"}', decoys)).toBe('{"typed":"[decoy:search]"}');
    const r = redactDecoys({ a: [{ b: `x ${search.text} y` }], n: 3 }, decoys);
    expect(r).toEqual({ a: [{ b: 'x [decoy:search] y' }], n: 3 });
  });

  it('makes distinct decoys per run and records only hashes', () => {
    const a = makeDecoys('salt');
    const b = makeDecoys('salt');
    expect(a.runtime[0]!.text).not.toBe(b.runtime[0]!.text);
    expect(JSON.stringify(a.records)).not.toContain(a.runtime[0]!.text);
    expect(a.records[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
