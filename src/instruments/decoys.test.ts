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

  it('matches and wholly redacts every layering of a multi-word search', () => {
    const t = 'leaving an abusive partner qzvbkt';
    const d: DecoyRuntime = { id: 'search', kind: 'search', text: t };
    const url = encodeURIComponent(t);
    const form = url.replace(/%20/g, '+');
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const layered = [
      t,
      url,
      form,
      encodeURIComponent(form), // %2B: a form-encoded search inside GA's dl= parameter
      encodeURIComponent(url), // %2520
      encodeURIComponent(encodeURIComponent(`https://lib.example/s?q=${form}`)),
      JSON.stringify(t).slice(1, -1).replace(/ /g, '\\u0020'),
      encodeURIComponent(form).toLowerCase(), // lower-case hex: %2b
      url.toUpperCase(),
      b64(t),
      b64(`x=${form}`),
      b64(`xy=${encodeURIComponent(form)}`),
      b64(`{"dl":"https://lib.example/s?q=${url}"}`).replace(/\+/g, '-').replace(/\//g, '_'),
    ];
    const words = t.split(' '); // 'an' also occurs in 'analytics': checked by the whole-occurrence assertion below
    for (const s of layered) {
      const stored = `https://region1.google-analytics.example/g/collect?v=2&dl=x%3Fq%3D${s}&en=page_view`;
      expect(matchDecoys(stored, 'url', [d], false).filter((h) => !h.partial), s).not.toEqual([]);
      const r = redactString(stored, [d]);
      expect(r, s).toContain('[decoy:search]');
      for (const w of words.filter((x) => x.length > 2)) expect(r.toLowerCase(), `${s} -> ${r}`).not.toContain(w.toLowerCase());
      expect(r).toMatch(/dl=x%3Fq%3D[^&]*\[decoy:search\][^&]*&en=page_view$/i);
    }
    // A keystroke prefix in any URL layering is taken whole too.
    expect(redactString(`dl=q%3D${encodeURIComponent('leaving+an+abu')}&x=1`, [d])).toBe('dl=q%3D[decoy:search]&x=1');
    expect(redactString('q=leaving%2520an%2520abusiv', [d])).toBe('q=[decoy:search]');
  });

  it('labels decoys with a plain description that shares no word with the text', () => {
    for (let i = 0; i < 6; i++) {
      const { runtime, records } = makeDecoys('salt');
      for (const r of records) {
        const text = runtime.find((x) => x.id === r.id)!.text;
        expect(r.label).not.toContain('[decoy');
        expect(redactString(r.label, runtime)).toBe(r.label);
        for (const w of text.split(' ')) if (w.length > 3) expect(r.label.toLowerCase()).not.toContain(w.toLowerCase());
      }
      expect(records.find((r) => r.id === 'search')!.label).toMatch(/^a sensitive [a-z-]+ subject$/);
    }
  });

  it('makes distinct decoys per run and records only hashes', () => {
    const a = makeDecoys('salt');
    const b = makeDecoys('salt');
    expect(a.runtime[0]!.text).not.toBe(b.runtime[0]!.text);
    expect(JSON.stringify(a.records)).not.toContain(a.runtime[0]!.text);
    expect(a.records[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
