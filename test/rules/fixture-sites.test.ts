/**
 * The scan rules on real pages in real Chromium: `rule-positive` plants every behaviour the rules look for
 * (its expected.json lists the rules that must fire), `rule-benign` holds the look-alikes that must stay
 * silent (autocomplete, chart, thumbnail, session cookie, self-hosted counter, map tiles, CDN, own fonts).
 * One scan per site; the positive site runs both cookie regimes so third-party cookies are seen stored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/index.js';
import { audit } from '../../src/engine/audit.js';
import { FIXTURE_SITES, scanFixture } from '../harness/scan-fixture.js';

let positive: RunResult;
let benign: RunResult;
const expected = (c: string) => JSON.parse(readFileSync(join(FIXTURE_SITES, c, 'expected.json'), 'utf8')) as { fires?: string[]; mayFire?: string[] };
const failing = (r: RunResult) => r.findings.filter((f) => f.outcome === 'fail' || f.outcome === 'needs-review');

describe('rules on fixture sites', () => {
  beforeAll(async () => {
    // One after the other: the positive page is heavy (face-api, rrweb, fingerprinting) and two cores are shared.
    const p = await scanFixture('rule-positive', { config: { cookieRegimes: ['default', 'permissive'], settleMs: 1_500, pageTimeoutMs: 90_000 } });
    const b = await scanFixture('rule-benign', { config: { settleMs: 1_000, pageTimeoutMs: 60_000 } });
    positive = audit(p);
    benign = audit(b);
  }, 420_000);

  it('finds every planted behaviour on the positive site', () => {
    const fired = new Set(failing(positive).map((f) => f.ruleId));
    const missing = expected('rule-positive').fires!.filter((id) => !fired.has(id));
    expect(missing).toEqual([]);
  });

  it('names who gets the data on the positive site', () => {
    const by = (rule: string) => failing(positive).filter((f) => f.ruleId === rule);
    expect(by('advertising-pixel').map((f) => f.entity?.name)).toContain('Meta Pixel');
    expect(by('first-party-tracking-cookie').map((f) => f.entity?.name).sort()).toEqual(['Google Analytics', 'Meta Pixel']);
    expect(by('key-logging').some((f) => f.severity === 'critical' && f.entity?.domains?.includes('keys.example'))).toBe(true);
    expect(by('reading-leak').map((f) => f.entity?.name)).toContain('Syndetics');
    // The library and its model files are one finding, with both as evidence.
    const face = by('face-recognition');
    expect(face.map((f) => f.entity?.name)).toEqual(['face-api']);
    expect(face[0]!.evidence.some((e) => /model/i.test(e.summary))).toBe(true);
    expect(by('fingerprinting')[0]!.title).toMatch(/audio, canvas, fonts, webgl/);
    expect(by('third-party-cookie').some((f) => f.visits?.includes('permissive') && f.severity === 'high')).toBe(true);
    expect(positive.summary.grade).toBe('F');
  });

  it('stays silent on the benign look-alikes', () => {
    const allowed = new Set(expected('rule-benign').mayFire);
    const noisy = failing(benign).filter((f) => !allowed.has(f.ruleId)).map((f) => `${f.ruleId}: ${f.title}`);
    expect(noisy).toEqual([]);
    expect(failing(benign).every((f) => f.severity === 'low')).toBe(true);
    // The autocomplete was seen and judged harmless, which proves the decoy was typed.
    expect(benign.findings.find((f) => f.ruleId === 'key-logging')).toMatchObject({ outcome: 'pass', severity: 'info' });
  });
});
