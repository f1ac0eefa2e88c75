/**
 * The HTML report as text (the browser test checks it rendered): the embedded JSON cannot close its script
 * element whatever the evidence holds and parses back to the result, the markup loads nothing external,
 * and the Content-Security-Policy hashes match the inline code.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hostile, sample } from '../../test/reporters/samples.js';
import { CONTENT_SECURITY_POLICY, escapeHtml, jsonForScript, renderHtml } from './html.reporter.js';
import { CLIENT_JS } from './html/client.js';
import { CSS } from './html/styles.js';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('html reporter (markup)', () => {
  it('embeds hostile JSON without breaking out of the script element', () => {
    const r = hostile();
    const html = renderHtml(r);
    const open = '<script type="application/json" id="fiduciary-result">';
    const start = html.indexOf(open) + open.length;
    const end = html.indexOf('</script>', start);
    const embedded = html.slice(start, end);
    // The first </script> after the JSON is its own: the data holds no "<" at all.
    expect(embedded).not.toMatch(/[<>]/);
    expect(JSON.parse(embedded)).toEqual(r);
    // Outside the JSON and the script, the hostile marker appears only escaped (in the <title>).
    const outside = html.slice(0, html.indexOf(open));
    expect(outside).not.toContain('<script>window');
    expect(outside).toContain('&#60;/script&#62;');
  });

  it('escapes U+2028/2029 and & in embedded JSON', () => {
    expect(jsonForScript({ a: '\u2028\u2029&<>' })).toBe('{"a":"\\u2028\\u2029\\u0026\\u003c\\u003e"}');
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;');
  });

  it('references nothing outside the file', () => {
    const html = renderHtml(sample('scan'));
    // Data (the JSON and the title naming the target) aside, the markup names no address at all.
    const shell = html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '').replace(/<title>.*<\/title>/, '');
    expect(shell).not.toMatch(/<link\b|@import|url\(|@font-face|\bsrc=/i);
    expect(shell).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('allows exactly its own inline script and style', () => {
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src ${hash(CLIENT_JS)}`);
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src ${hash(CSS)}`);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    const html = renderHtml(sample('review'));
    expect(html).toContain(`<script>${CLIENT_JS}</script>`);
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(CLIENT_JS).not.toMatch(/\$\{|`/);
  });
});
