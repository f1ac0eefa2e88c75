/**
 * Hostile pages end inside their budget with a clear FID_* error, and never cost the scan its other pages:
 * a crawl from a hub links to a redirect loop, endless alerts, endless popups, a 50 MB page, a server that
 * never answers, a download, a JSON feed and an unreachable host (the size budget is set below the huge
 * page's size, since a slow renderer may need longer than the time budget to receive all of it), next to an
 * ordinary page that must be fully recorded. Also: an invalid certificate is reported (not trusted) outside the harness, and a crashed
 * tab is reported.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Observations, PageObservation } from '../../src/model/index.js';
import { collect } from '../../src/engine/collect.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { scanFixture } from '../harness/scan-fixture.js';

const PAGE_TIMEOUT = 20_000;
let obs: Observations;

function byHost(host: string): PageObservation {
  const p = obs.visits[0]!.pages.find((x) => new URL(x.url).hostname === host);
  if (!p) throw new Error(`no page for ${host}: ${obs.visits[0]!.pages.map((x) => x.url).join(', ')}`);
  return p;
}
const codes = (p: PageObservation) => p.errors.map((e) => e.code);

describe('hostile pages', () => {
  beforeAll(async () => {
    obs = await scanFixture('hostile', { config: { pages: 9, concurrency: 2, pageTimeoutMs: PAGE_TIMEOUT, pageMaxBytes: 4 * 1024 * 1024 }, interact: false });
  }, 400_000);

  it('visits every linked page and keeps the ordinary one complete', () => {
    const pages = obs.visits[0]!.pages;
    expect(pages.length).toBe(10);
    const about = pages.find((p) => p.url.endsWith('/about.html'))!;
    // Only an instrument running late on a loaded machine may be noted; nothing about the page itself.
    expect(about.errors.filter((e) => e.code !== 'FID_INSTRUMENT')).toEqual([]);
    expect(about.title).toBe('About');
    expect(about.requests.some((r) => r.url.endsWith('/ping') && r.method === 'POST')).toBe(true);
    expect(byHost('hub.hostile.example').errors.filter((e) => e.code !== 'FID_INSTRUMENT')).toEqual([]);
  });

  it('gives each hostile page its own clear error', () => {
    expect(codes(byHost('loop.hostile.example'))).toContain('FID_REDIRECT_LOOP');
    expect(codes(byHost('alerts.hostile.example'))).toContain('FID_PAGE_TIMEOUT');
    expect(byHost('alerts.hostile.example').errors.map((e) => e.message).join(' ')).toMatch(/dialog/);
    expect(codes(byHost('big.hostile.example'))).toContain('FID_PAGE_TOO_LARGE');
    expect(codes(byHost('silent.hostile.example'))).toContain('FID_PAGE_TIMEOUT');
    expect(codes(byHost('download.hostile.example'))).toContain('FID_DOWNLOAD');
    expect(codes(byHost('data.hostile.example'))).toContain('FID_NOT_HTML');
    expect(codes(byHost('closed.hostile.example'))).toContain('FID_HOST_UNREACHABLE');
  });

  it('keeps the popup page and closes its popups', () => {
    const p = byHost('popups.hostile.example');
    expect(p.status).toBe(200);
    expect(p.requests[0]!.url).toMatch(/popups\.hostile\.example/);
    expect(codes(p).filter((c) => c !== 'FID_INSTRUMENT')).toEqual([]);
  });

  it('ends every page with a record, whatever it did', () => {
    // The scan returned at all (the hook timeout guards against a hang); every page has a duration and URL.
    for (const p of obs.visits[0]!.pages) {
      expect(p.durationMs, p.url).toBeGreaterThan(0);
      expect(p.finalUrl, p.url).toBeTruthy();
    }
  });

  it('reports an invalid certificate instead of trusting it', async () => {
    const o = await scanFixture('hostile', { trustCertificate: false, interact: false });
    const p = o.visits[0]!.pages[0]!;
    expect(codes(p)).toContain('FID_CERTIFICATE');
    expect(p.tls?.secure).toBe(false);
  }, 60_000);

  it('reports a crashed tab', async () => {
    const o = await collect({ target: 'chrome://crash', config: resolveConfig({ scan: { pages: 0, cookieRegimes: ['default'], pageTimeoutMs: PAGE_TIMEOUT, screenshots: false } }) });
    expect(codes(o.visits[0]!.pages[0]!)).toEqual(expect.arrayContaining([expect.stringMatching(/FID_PAGE_CRASHED|FID_NAVIGATION/)]));
  }, 60_000);
});
