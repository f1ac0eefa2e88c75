/**
 * A page that asks for the camera while it loads: the browser answers with a synthetic camera (nothing real
 * is captured), so the page goes on as it would for a patron who allowed it, finishes within its budget, and
 * the getUserMedia call is on record.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Observations } from '../../src/model/index.js';
import { scanFixture } from '../harness/scan-fixture.js';

let obs: Observations;

describe('camera request during page load', () => {
  beforeAll(async () => {
    obs = await scanFixture('camera', { config: { pageTimeoutMs: 30_000 }, interact: false });
  }, 120_000);

  it('gets a synthetic camera, finishes without a timeout and records the call', () => {
    const page = obs.visits[0]!.pages[0]!;
    expect(page.errors.filter((e) => e.code !== 'FID_INSTRUMENT')).toEqual([]);
    const after = page.requests.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/camera-'));
    expect(after).toEqual(['/camera-on']);
    const gum = page.apiCalls.find((c) => c.api === 'navigator.mediaDevices.getUserMedia');
    expect(gum?.count).toBe(1);
  });
});
