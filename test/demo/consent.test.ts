/**
 * The consent comparison on fixture sites in real Chromium, with a real consent platform
 * (vanilla-cookieconsent v3, recognised by autoconsent's `cookieconsent3` rule): a leaky banner, a
 * respectful one, no banner at all and a home-made banner no rule knows. Each case runs the consent visits
 * (fresh profiles), then the audit, and checks the findings and the comparison section.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { audit } from '../../src/engine/audit.js';
import { collectConsentVisits, consentSectionOf, mergeConsentVisits, type ConsentVisitsOptions } from '../../src/engine/consent.js';
import type { Observations } from '../../src/model/index.js';
import { withFixtureServer } from '../harness/scan-fixture.js';

const config = resolveConfig({ scan: { settleMs: 500, pageTimeoutMs: 20_000 } });
// Each case launches one fresh browser per consent mode; generous, since CI machines may be slow.
const TIMEOUT = 240_000;

/** Run the consent visits on a fixture and return observations holding only them. */
async function consentScan(caseDir: string, host: string, o: Partial<ConsentVisitsOptions> = {}): Promise<Observations> {
  return withFixtureServer(caseDir, async (server) => {
    const target = server.url(host, '/');
    const cv = await collectConsentVisits({ target, config, ignoreCertificateErrors: true, hostResolverRules: 'MAP * 127.0.0.1', pages: 0, ...o });
    const empty: Observations = {
      version: 1, tool: { name: 'fiduciary', version: 'test' }, target, startedAt: new Date().toISOString(), finishedAt: '',
      browser: { product: 'Chromium', userAgent: '' }, decoys: [], visits: [], errors: [],
    };
    return mergeConsentVisits(empty, cv);
  });
}

const failing = (obs: Observations, ruleId: string) => audit(obs).findings.filter((f) => f.ruleId === ruleId && f.outcome === 'fail');

describe('consent comparison in Chromium', () => {
  it('leaky banner: analytics before consent and after rejection; the pixel only after acceptance', async () => {
    const obs = await consentScan('consent-leaky', 'www.shop-library.example', { pages: 1 });
    expect(obs.visits.map((v) => v.id)).toEqual(['consent-no-action', 'consent-reject', 'consent-accept']);
    const landing = Object.fromEntries(obs.visits.map((v) => [v.consentMode, v.pages[0]!.consent]));
    expect(landing['no-action']).toMatchObject({ cmp: 'cookieconsent3', popupFound: true, handled: false });
    expect(landing.reject).toMatchObject({ cmp: 'cookieconsent3', popupFound: true, handled: true });
    expect(landing.accept).toMatchObject({ cmp: 'cookieconsent3', popupFound: true, handled: true });
    // The second page of the reject visit came after the choice: the banner stayed closed.
    expect(obs.visits[1]!.pages[1]!.consent?.popupFound).toBe(false);

    const before = failing(obs, 'tracking-before-consent');
    expect(before.map((f) => f.entity?.name)).toEqual(['Google Analytics']);
    expect(before[0]!.severity).toBe('high');
    const after = failing(obs, 'tracking-after-rejection');
    expect(after.map((f) => f.entity?.name)).toEqual(['Google Analytics']);
    expect(after[0]!.citations.map((c) => c.id)).toContain('niso-6');

    const section = consentSectionOf(obs)!;
    const row = (label: string) => section.table!.rows.find((r) => r[1] === label);
    expect(row('facebook.com')?.slice(3)).toEqual(['—', '—', 'after the choice']);
    expect(row('google-analytics.com')?.slice(3)).toEqual(['yes', 'before and after the choice', 'before and after the choice']);
    expect(section.paragraphs!.join(' ')).toMatch(/cookieconsent3/);
  }, TIMEOUT);

  it('respectful banner: nothing tracks before consent or after rejection', async () => {
    const obs = await consentScan('consent-respectful', 'www.careful-library.example');
    expect(obs.visits.every((v) => v.pages[0]!.consent?.cmp === 'cookieconsent3')).toBe(true);
    expect(failing(obs, 'tracking-before-consent')).toEqual([]);
    expect(failing(obs, 'tracking-after-rejection')).toEqual([]);
    // Accepting does switch both trackers on: the comparison shows the difference.
    const labels = consentSectionOf(obs)!.table!.rows.filter((r) => r[5] !== '—' && r[3] === '—').map((r) => r[1]);
    expect(labels).toEqual(expect.arrayContaining(['facebook.com', 'google-analytics.com']));
  }, TIMEOUT);

  it('no banner and tracking: privacy is not the default, and rejection is reported as untestable', async () => {
    const obs = await consentScan('consent-none', 'www.plain-library.example', { modes: ['no-action', 'reject'] });
    const [f] = failing(obs, 'tracking-before-consent');
    expect(f?.title).toMatch(/asks no consent/);
    expect(f?.citations.map((c) => c.id)).toContain('ala-bds-3');
    const untested = audit(obs).findings.find((x) => x.ruleId === 'tracking-after-rejection');
    expect(untested).toMatchObject({ outcome: 'not-applicable', severity: 'info' });
    expect(consentSectionOf(obs)!.paragraphs![0]).toMatch(/No consent banner from a known consent platform/);
  }, TIMEOUT);

  it('unknown home-made banner: says no known banner could be handled, and clicks nothing', async () => {
    const obs = await consentScan('consent-unknown', 'www.homemade-library.example', { modes: ['reject'] });
    const p = obs.visits[0]!.pages[0]!;
    expect(p.consent).toMatchObject({ popupFound: false, handled: false });
    expect(p.consent?.cmp).toBeUndefined();
    expect(p.consent?.note).toMatch(/No consent banner from a known consent platform/);
    expect(audit(obs).findings.find((x) => x.ruleId === 'tracking-after-rejection')?.outcome).toBe('not-applicable');
  }, TIMEOUT);
});
