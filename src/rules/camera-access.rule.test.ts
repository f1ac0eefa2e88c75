import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { api, obs, page } from '../../test/rules/build-obs.js';
import { cameraAccess } from './camera-access.rule.js';

const run = (o: ReturnType<typeof obs>) => cameraAccess.run({ obs: o, views: viewsOf(o) });

describe('camera-access', () => {
  it('reports the camera as critical, device listing as medium', () => {
    const hits = run(obs([page({ apiCalls: [
      api('navigator.mediaDevices.getUserMedia', { args: ['video'], caller: { scriptUrl: 'https://sdk.idcheck.example/v.js' } }),
      api('navigator.mediaDevices.enumerateDevices'),
    ] })]));
    expect(hits.map((h) => h.severity)).toEqual(['critical', 'medium']);
    expect(hits[0]!.explanation).toMatch(/facial recognition/);
  });
  it('stays silent when nothing touches media devices', () => {
    expect(run(obs([page({ apiCalls: [api('navigator.permissions.query', { args: ['notifications'] })] })]))).toEqual([]);
  });
});
