/**
 * The js-api and storage instruments in real Chromium, on the `jsapi` fixture site: every call listed in
 * `expected.json` must be recorded with its calling script and its frame or worker (top frame, cross-origin
 * iframe, dedicated worker, during page load); the benign chart and the thumbnail must be told apart from the
 * fingerprint by what the records carry; hooked functions must still look native to the page; and a plain
 * page must yield no record at all. One browser, three page visits. Workers (dedicated and shared) are
 * checked on what they do when the page asks, which the hooks see whichever way the worker start-up race
 * described in docs/js-api.md goes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiCall, PageObservation } from '../../src/model/index.js';
import type { Instrument } from '../../src/instruments/types.js';
import { launchSession, type BrowserSession } from '../../src/instruments/driver/launch.js';
import { visitPage } from '../../src/instruments/driver/visit.js';
import { createJsApiInstrument } from '../../src/instruments/js-api.instrument.js';
import { createStorageInstrument } from '../../src/instruments/storage.instrument.js';
import type { CookieWrite } from '../../src/instruments/js-api/aggregate.js';
import { startSiteServer, type SiteServer } from '../../src/sites/server.js';
import { FIXTURE_SITES } from '../harness/scan-fixture.js';

interface Expected {
  api: string;
  script: string;
  frame?: string;
  worker?: string;
  args?: string[];
  detail?: Record<string, string | number | boolean>;
}

const ROOT = join(FIXTURE_SITES, 'jsapi');
const expected = JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as Record<string, Expected[]>;
const visits: Record<string, { page: PageObservation; shared: ReadonlyMap<string, unknown> }> = {};
let server: SiteServer;
let session: BrowserSession;

/** Drop the port so expectations can name hosts. */
const noPort = (u: string | undefined) => (u ?? '').replace(/^(https?:\/\/[^/:]+):\d+/, '$1');

function matches(c: ApiCall, e: Expected): boolean {
  if (c.api !== e.api) return false;
  if (!noPort(c.caller?.scriptUrl).endsWith(e.script)) return false;
  if (e.worker ? !noPort(c.workerUrl).endsWith(e.worker) : c.workerUrl !== undefined) return false;
  if (e.frame && new URL(c.frameUrl ?? 'about:blank').hostname !== e.frame) return false;
  if (e.args && !e.args.every((a) => c.args?.includes(a))) return false;
  if (e.detail && !Object.entries(e.detail).every(([k, v]) => c.detail?.[k] === v)) return false;
  return true;
}

/** Fixture pacing, not a feature: collect only once the fixture's workers have answered (bounded wait). */
const waitForWorkers: Instrument = {
  name: 'wait-for-workers',
  async start() {},
  async collect(ctx) {
    if (!ctx.page.url().includes('library.example')) return;
    await ctx.page.waitForFunction(() => document.documentElement.dataset.workers === 'done', undefined, { timeout: 30_000 }).catch(() => undefined);
  },
};

beforeAll(async () => {
  server = await startSiteServer({ root: ROOT, projectDir: process.cwd() });
  session = await launchSession({
    executablePath: process.env.FIDUCIARY_CHROMIUM ?? '/usr/bin/chromium',
    regime: 'default',
    ignoreCertificateErrors: true,
    hostResolverRules: 'MAP * 127.0.0.1',
    // getUserMedia needs a camera: a fake device, and no permission prompt.
    extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  for (const host of ['library.example', 'selfcheck.example', 'plain.example']) {
    visits[host] = await visitPage(session.context, {
      id: 'p0', role: 'landing', url: server.url(host, '/'),
      instruments: [waitForWorkers, createJsApiInstrument(), createStorageInstrument()],
      decoys: [], salt: 'test-salt',
      // Generous budget: a loaded 2-core machine must not turn a slow load into a failure.
      settings: { maxBodyBytes: 16_384, settleMs: 300, pageTimeoutMs: 60_000, pageMaxBytes: 20 * 1024 * 1024 },
    });
  }
}, 300_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('js-api instrument (real Chromium)', () => {
  it('records every expected call with its calling script, frame or worker', () => {
    for (const [host, list] of Object.entries(expected)) {
      const calls = visits[host]!.page.apiCalls;
      const missing = list.filter((e) => !calls.some((c) => matches(c, e)));
      expect(missing, `${host}: ${JSON.stringify(calls.map((c) => [c.api, c.caller?.scriptUrl, c.args]))}`).toEqual([]);
      expect(visits[host]!.page.errors).toEqual([]);
    }
  });

  it('joins canvas text drawn in pieces into the read-back, and tells chart and thumbnail apart', () => {
    const calls = visits['library.example']!.page.apiCalls;
    const fp = calls.find((c) => c.api === 'HTMLCanvasElement.prototype.toDataURL' && c.caller?.scriptUrl?.includes('fp.js'));
    expect(fp?.detail?.drawnText).toContain('Cwm fjordbank glyphs vext quiz');
    expect(fp?.detail?.textPieces).toBeGreaterThanOrEqual(4);
    // The thumbnail: an image drawn, no text, then read back.
    const thumb = calls.find((c) => c.api === 'HTMLCanvasElement.prototype.toDataURL' && c.caller?.scriptUrl?.startsWith('inline:'));
    expect(thumb?.detail).toMatchObject({ width: 120, height: 180, imagesDrawn: 1, textPieces: 0 });
    // The chart: labels drawn, never read back (only two read-backs in the top frame: fingerprint and thumbnail).
    const chartText = calls.find((c) => c.api === 'CanvasRenderingContext2D.prototype.fillText' && c.args?.includes('Year 2021'));
    expect(chartText?.caller?.scriptUrl).toMatch(/^inline:/);
    const topReadBacks = calls.filter((c) => /toDataURL|getImageData|toBlob$/.test(c.api) && !c.workerUrl && new URL(c.frameUrl!).hostname === 'library.example');
    expect(topReadBacks).toHaveLength(2);
  });

  it('counts distinct fonts probed and attributes them to the probing script', () => {
    const m = visits['library.example']!.page.apiCalls.find((c) => c.api === 'CanvasRenderingContext2D.prototype.measureText');
    expect(m?.detail?.distinctFonts).toBe(25);
    expect(m?.args?.length).toBe(20); // a bounded sample
  });

  it('keeps hooked functions looking native, despite a page that tampers with built-ins', () => {
    expect(visits['library.example']!.page.title).toBe('native-ok');
  });

  it('hands script cookie names and storage writes to the cookies and storage instruments', () => {
    const { page, shared } = visits['library.example']!;
    const cookies = shared.get('js-api:cookieWrites') as CookieWrite[];
    expect(cookies.map((c) => [c.name, noPort(c.caller.scriptUrl)])).toContainEqual(['fpid', 'https://fpcdn.example/fp.js']);
    const keys = page.storage.map((s) => [s.kind, s.key, noPort(s.caller?.scriptUrl)]);
    expect(keys).toContainEqual(['localStorage', 'fp_visitor', 'https://fpcdn.example/fp.js']);
    expect(keys).toContainEqual(['sessionStorage', 'fp_session', 'https://fpcdn.example/fp.js']);
    expect(keys).toContainEqual(['indexedDB', 'fpstore/ids/id', 'https://fpcdn.example/fp.js']);
    expect(page.storage.find((s) => s.key === 'fp_visitor')?.valueLength).toBe(10);
    expect(JSON.stringify(page)).not.toContain('a81f3c9e2b'); // values are never kept
  });

  it('records the face-api camera call whether or not the camera opened', () => {
    const gum = visits['selfcheck.example']!.page.apiCalls.find((c) => c.api === 'navigator.mediaDevices.getUserMedia');
    expect(gum?.count).toBe(1);
    expect(gum?.t).toBeGreaterThanOrEqual(0);
  });

  it('records nothing on a plain page', () => {
    expect(visits['plain.example']!.page.apiCalls).toEqual([]);
    expect(visits['plain.example']!.page.storage).toEqual([]);
    expect(visits['plain.example']!.shared.get('js-api:cookieWrites')).toEqual([]);
  });
});
