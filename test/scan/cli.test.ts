/**
 * `fiduciary scan` end to end, in process: usage errors exit 2, `--collect-only` saves observations that
 * `--audit-only` judges again without a browser, and progress goes to stderr as plain lines off a terminal.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { collect } from '../../src/engine/collect.js';
import { saveObservations } from '../../src/engine/observations-io.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { withFixtureServer } from '../harness/scan-fixture.js';
import { banner, FB_PIXEL, GA, observations, visit } from '../demo/consent-observations.js';

const dir = mkdtempSync(join(tmpdir(), 'fid-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(): CliIO & { out: () => string; err: () => string } {
  const o = new PassThrough();
  const e = new PassThrough();
  let so = '';
  let se = '';
  o.on('data', (c) => (so += c));
  e.on('data', (c) => (se += c));
  return { stdout: o, stderr: e, env: {}, cwd: dir, out: () => so, err: () => se };
}

describe('fiduciary scan', () => {
  it('refuses bad usage with exit 2', async () => {
    expect(await main(['scan'], io())).toBe(2);
    expect(await main(['scan', 'ftp://x'], io())).toBe(2);
    expect(await main(['scan', 'https://x.example', '--pages', '-1'], io())).toBe(2);
    expect(await main(['scan', 'https://x.example', '--fail-on', 'worst'], io())).toBe(2);
  });

  it('saves an unreachable page with its error under --collect-only, with progress lines', async () => {
    const t = io();
    const code = await main(['scan', 'http://127.0.0.1:3/', '--pages', '0', '--regime', 'default', '--collect-only', join(dir, 'unreach')], t);
    expect(code).toBe(0);
    const saved = JSON.parse(readFileSync(join(dir, 'unreach', 'observations.json'), 'utf8'));
    expect(saved.visits[0].pages[0].errors[0].code).toBe('FID_HOST_UNREACHABLE');
    expect(t.err()).toMatch(/\[default\] 1\/1 http:\/\/127\.0\.0\.1:3\//);
  }, 60_000);

  it('judges saved observations with --audit-only, without a browser', async () => {
    const obs = await withFixtureServer('quiet', (server) =>
      collect({ target: server.url('plain.library.example'), config: resolveConfig({ scan: { pages: 0, cookieRegimes: ['default'], settleMs: 300, pageTimeoutMs: 30_000, screenshots: false } }), ignoreCertificateErrors: true, hostResolverRules: 'MAP * 127.0.0.1' }),
    );
    saveObservations(obs, join(dir, 'obs'));
    const t = io();
    const code = await main(['scan', '--audit-only', join(dir, 'obs'), '--format', 'json', '--out', join(dir, 'report')], t);
    expect(code).toBe(0);
    const result = JSON.parse(readFileSync(t.out().trim().split('\n')[0]!, 'utf8'));
    expect(result.target).toBe(obs.target);
    expect(await main(['scan', '--audit-only', join(dir, 'nowhere')], io())).toBe(3);
  }, 90_000);

  it('puts the consent comparison table in the report of a scan that ran the consent visits', async () => {
    const obs = observations([
      visit('none', [{ start: 0, requests: [[GA, 100]] }]),
      visit('no-action', [{ start: 0, requests: [[GA, 100]], consent: banner('no-action') }]),
      visit('reject', [{ start: 0, requests: [[GA, 100], [GA, 2600]], consent: banner('reject', 1500) }]),
      visit('accept', [{ start: 0, requests: [[GA, 100], [FB_PIXEL, 2600]], consent: banner('accept', 1500) }]),
    ]);
    saveObservations(obs, join(dir, 'consent-obs'));
    const t = io();
    expect(await main(['scan', '--audit-only', join(dir, 'consent-obs'), '--format', 'json', '--out', join(dir, 'consent-report')], t)).toBe(0);
    const result = JSON.parse(readFileSync(t.out().trim().split('\n')[0]!, 'utf8'));
    const section = result.sections?.find((x: { id: string }) => x.id === 'consent-comparison');
    expect(section?.table?.rows.some((r: string[]) => r[1] === 'facebook.com')).toBe(true);
    // Without consent visits there is no comparison to show.
    saveObservations(observations([visit('none', [{ start: 0, requests: [[GA, 100]] }])]), join(dir, 'plain-obs'));
    const u = io();
    expect(await main(['scan', '--audit-only', join(dir, 'plain-obs'), '--format', 'json', '--out', join(dir, 'plain-report')], u)).toBe(0);
    const plain = JSON.parse(readFileSync(u.out().trim().split('\n')[0]!, 'utf8'));
    expect((plain.sections ?? []).some((x: { id: string }) => x.id === 'consent-comparison')).toBe(false);
  });
});
