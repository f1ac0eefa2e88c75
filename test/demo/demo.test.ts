/**
 * `fiduciary demo` end to end, as a newcomer runs it: serve the bundled demo library site on loopback, scan
 * it with the consent comparison, write HTML, JSON and PDF. Then check the reports say what the demo is
 * built to show — face recognition, camera access, session replay, the search and the ISBN leaving for third
 * parties, tracking despite the banner — and that the benign features (a canvas chart, self-hosted fonts, a
 * first-party session cookie, the privacy policy, the first-party autocomplete) raise nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import type { Finding, RunResult } from '../../src/model/index.js';
import { SEARCH_SUBJECTS } from '../../src/instruments/decoys.js';

const out = mkdtempSync(join(tmpdir(), 'fid-demo-'));
let code = -1;
let stdout = '';
let result: RunResult;

function capture(): { io: CliIO; text: () => string } {
  const chunks: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { io: { stdout: stream, stderr: new PassThrough().resume(), env: process.env, cwd: process.cwd() }, text: () => chunks.join('') };
}

beforeAll(async () => {
  const c = capture();
  code = await main(['demo', '--out', out], c.io);
  stdout = c.text();
  result = JSON.parse(readFileSync(join(out, 'fiduciary-demo-report.json'), 'utf8')) as RunResult;
}, 900_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const fails = (ruleId: string): Finding[] => result.findings.filter((f) => f.ruleId === ruleId && f.outcome === 'fail');

describe('fiduciary demo', () => {
  it('exits 0 and prints where the HTML, JSON and PDF reports are', () => {
    expect(code).toBe(0);
    for (const ext of ['html', 'json', 'pdf']) {
      const file = join(out, `fiduciary-demo-report.${ext}`);
      expect(existsSync(file)).toBe(true);
      expect(stdout).toContain(file);
    }
    expect(stdout).toMatch(/Grade [A-F] \(score \d+\/100\)/);
  });

  it('finds the surveillance the demo site carries, at the right severity', () => {
    expect(fails('face-recognition').some((f) => f.severity === 'critical')).toBe(true);
    expect(fails('camera-access').some((f) => f.severity === 'critical')).toBe(true);
    const replay = fails('session-replay');
    expect(replay.some((f) => f.severity === 'critical' && /bookstream/i.test(JSON.stringify(f.entity)))).toBe(true);
    const search = fails('search-term-leak');
    expect(search.some((f) => /bookstream/i.test(JSON.stringify(f.entity)))).toBe(true);
    expect(search.some((f) => /Google/.test(f.entity?.name ?? ''))).toBe(true);
    expect(fails('reading-leak').some((f) => /Syndetics/.test(f.entity?.name ?? ''))).toBe(true);
    expect(fails('tracking-before-consent').some((f) => f.severity === 'high' && /Google/.test(f.entity?.name ?? ''))).toBe(true);
    expect(fails('tracking-after-rejection').some((f) => f.severity === 'high' && /Google/.test(f.entity?.name ?? ''))).toBe(true);
    // The Meta pixel waits for "accept all": found, but not as tracking before consent or after rejection.
    expect(fails('advertising-pixel').length).toBeGreaterThan(0);
    const meta = (f: Finding) => /Meta|Facebook/.test(f.entity?.name ?? '');
    expect([...fails('tracking-before-consent'), ...fails('tracking-after-rejection')].some(meta)).toBe(false);
  });

  it('raises nothing about the benign features', () => {
    expect(fails('fingerprinting')).toEqual([]); // the loans chart draws on a canvas and reads nothing back
    expect(fails('third-party-fonts-cdn')).toEqual([]); // the font is self-hosted
    expect(fails('privacy-policy-link')).toEqual([]);
    expect(JSON.stringify(result.findings)).not.toContain('rpl_session'); // first-party session cookie
    // The first-party autocomplete receives what is typed, by design: never reported as key logging.
    const library = (f: Finding) => (f.entity?.domains ?? []).includes('riverbend-library.example');
    expect(fails('key-logging').filter(library).map((f) => f.title)).toEqual([]);
    expect(result.findings.some((f) => f.ruleId === 'key-logging' && f.outcome === 'pass' && library(f))).toBe(true);
  });

  it('puts the consent comparison in the report, with what differs between the visits', () => {
    const section = result.sections?.find((s) => s.id === 'consent-comparison');
    expect(section?.paragraphs?.[0]).toMatch(/cookieconsent3/);
    const pixel = section?.table?.rows.find((r) => r[0] === 'third party' && r[1] === 'facebook.com');
    expect(pixel?.slice(3)).toEqual(['—', '—', 'after the choice']);
    const html = readFileSync(join(out, 'fiduciary-demo-report.html'), 'utf8');
    expect(html).toContain('Consent comparison');
    expect(html).toMatch(/face/i);
  });

  it('writes a PDF whose text names the worst problems', () => {
    const text = execFileSync('pdftotext', ['-layout', join(out, 'fiduciary-demo-report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toMatch(/riverbend-library\.example/);
    expect(text).toMatch(/[Ff]ace recognition/);
  });

  it('keeps no word of the multi-word decoy search, even where GA carries the results URL in dl=', () => {
    const saved = readFileSync(join(out, 'observations.json'), 'utf8');
    const report = readFileSync(join(out, 'fiduciary-demo-report.json'), 'utf8');
    // The demo's GA hit puts the form-encoded results URL into dl=, so the search arrives as q%3D…%2B…%2B….
    expect(saved).toMatch(/dl=[^"&]*q%3D\[decoy:(?:consent-)?search\]&/);
    const words = [...new Set(SEARCH_SUBJECTS.flatMap((s) => s.text.split(' ')).filter((w) => w.length > 2))];
    for (const w of words) expect(saved.toLowerCase(), w).not.toContain(w.toLowerCase());
    for (const text of [saved, report, stdout]) {
      expect(text).not.toMatch(/\[decoy:[a-z-]+\](?:\+|%2B|%20|%2520|%252B)[a-z]/i);
      expect(text).not.toMatch(/an \[decoy/);
    }
    for (const s of SEARCH_SUBJECTS) expect(stdout).not.toContain(s.text.replace(/ /g, '+'));
  });

  it('reports the search in the results-page URL as a search leak, not as key logging', () => {
    const search = fails('search-term-leak');
    const keys = fails('key-logging');
    for (const who of [/Google/, /Meta|Facebook/, /bookstream/i]) {
      expect(search.some((f) => who.test(JSON.stringify(f.entity))), String(who)).toBe(true);
      expect(keys.some((f) => who.test(JSON.stringify(f.entity))), String(who)).toBe(false);
    }
  });

  it('sent nothing off the machine: every request went to a hostname the demo site serves', () => {
    const obs = JSON.parse(readFileSync(join(out, 'observations.json'), 'utf8')) as { visits: { pages: { requests: { url: string }[] }[] }[] };
    const served = new Set(['www.riverbend-library.example', 'reader.bookstream-ebooks.example', 'secure.syndetics.com', 'www.googletagmanager.com', 'region1.google-analytics.com', 'connect.facebook.net', 'www.facebook.com']);
    const hosts = new Set(obs.visits.flatMap((v) => v.pages.flatMap((p) => p.requests.map((r) => r.url))).filter((u) => /^https?:/.test(u)).map((u) => new URL(u).hostname));
    expect([...hosts].filter((h) => !served.has(h))).toEqual([]);
  });
});
