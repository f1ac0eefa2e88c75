import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMarkers } from './script-markers.js';

const NM = join(process.cwd(), 'node_modules');

describe('script markers', () => {
  it('recognises the real rrweb and face-api bundles by content', () => {
    expect(findMarkers(readFileSync(join(NM, 'rrweb/dist/rrweb.umd.min.cjs'), 'utf8'))).toContain('rrweb');
    const faceApi = readFileSync(join(NM, '@vladmandic/face-api/dist/face-api.esm.js'), 'utf8');
    expect(findMarkers(faceApi)).toEqual(expect.arrayContaining(['face-api', 'tensorflow']));
  });

  it('labels nothing in an ordinary script', () => {
    expect(findMarkers("document.querySelector('nav').classList.toggle('open'); console.log('rrweb is a word');")).toEqual([]);
  });
});
