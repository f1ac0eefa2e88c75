import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OBSERVATIONS_VERSION, type Observations } from '../model/index.js';
import { loadObservations, saveObservations, validateObservations } from './observations-io.js';

const dir = mkdtempSync(join(tmpdir(), 'fid-obs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const obs: Observations = {
  version: OBSERVATIONS_VERSION, tool: { name: 'fiduciary', version: '0.1.0' }, target: 'https://lib.example/',
  startedAt: '2025-01-01T00:00:00Z', finishedAt: '2025-01-01T00:00:10Z', browser: { product: 'Chromium', userAgent: 'x' },
  decoys: [], errors: [],
  visits: [{ id: 'default', cookieRegime: 'default', consentMode: 'none', pages: [{
    id: 'p0', role: 'landing', url: 'https://lib.example/', finalUrl: 'https://lib.example/', startedAt: 0, durationMs: 1,
    documentHeaders: {}, requests: [], webSockets: [], cookies: [], storage: [], apiCalls: [], scripts: [], errors: [],
  }] }],
};

describe('observations save/load', () => {
  it('round-trips', () => {
    saveObservations(obs, dir);
    expect(loadObservations(dir)).toEqual(obs);
  });

  it('refuses a wrong version or shape with a clear code', () => {
    expect(validateObservations({ ...obs, version: 99 })[0]).toMatch(/version/);
    expect(validateObservations({ ...obs, visits: [{ cookieRegime: 'x', pages: [{}] }] })).toEqual(
      expect.arrayContaining([expect.stringMatching(/cookieRegime/), expect.stringMatching(/requests must be a list/)]),
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version":1');
    expect(() => loadObservations(bad)).toThrow(expect.objectContaining({ code: 'FID_OBSERVATIONS_INVALID' }));
    expect(() => loadObservations(join(dir, 'missing'))).toThrow(expect.objectContaining({ code: 'FID_FILE_UNREADABLE' }));
  });
});
