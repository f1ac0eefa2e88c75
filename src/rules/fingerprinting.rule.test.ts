import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { api, obs, page } from '../../test/rules/build-obs.js';
import { fingerprinting } from './fingerprinting.rule.js';

const run = (o: ReturnType<typeof obs>) => fingerprinting.run({ obs: o, views: viewsOf(o) });
const fp = { scriptUrl: 'https://fp.vendor.example/fp.js' };

describe('fingerprinting', () => {
  it('finds canvas (text in pieces), fonts, WebGL and audio by one script as one finding', () => {
    const hits = run(obs([page({ apiCalls: [
      api('HTMLCanvasElement.prototype.toDataURL', { caller: fp, detail: { width: 240, height: 60, textPieces: 3, drawnText: 'Cwm fjord', imagesDrawn: 0 } }),
      api('CanvasRenderingContext2D.prototype.measureText', { caller: fp, count: 40, detail: { distinctFonts: 40 } }),
      api('WebGLRenderingContext.prototype.getParameter', { caller: fp, args: ['UNMASKED_RENDERER_WEBGL'] }),
      api('OfflineAudioContext.prototype.startRendering', { caller: fp, detail: { oscillator: true, compressor: true } }),
    ] })]));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.key).toBe('audio+canvas+fonts+webgl|vendor.example');
  });
  it('stays silent on a chart (text, no read-back), a thumbnail (image read-back) and a few fonts', () => {
    const hits = run(obs([page({ apiCalls: [
      api('CanvasRenderingContext2D.prototype.fillText', { count: 30, args: ['Jan', 'Feb'] }),
      api('HTMLCanvasElement.prototype.toDataURL', { detail: { width: 96, height: 96, textPieces: 0, drawnText: '', imagesDrawn: 1 } }),
      api('CanvasRenderingContext2D.prototype.measureText', { count: 3, detail: { distinctFonts: 3 } }),
      api('OfflineAudioContext.prototype.startRendering', { detail: { oscillator: false, compressor: false } }),
    ] })]));
    expect(hits).toEqual([]);
  });
});
