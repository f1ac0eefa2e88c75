import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { obs, page, req, script, SITE } from '../../test/rules/build-obs.js';
import { FACE_API_HASHES, faceRecognition } from './face-recognition.rule.js';

const run = (o: ReturnType<typeof obs>) => faceRecognition.run({ obs: o, views: viewsOf(o) });

describe('face-recognition', () => {
  it('finds self-hosted face-api by hash, models, cascades, MediaPipe, globals and ID vendors', () => {
    const hash = Object.keys(FACE_API_HASHES)[0]!;
    const hits = run(obs([page({
      scripts: [script(`${SITE}js/vendor.js`, { sha256: hash })],
      requests: [
        req(`${SITE}models/tiny_face_detector_model-weights_manifest.json`, { resourceType: 'fetch' }),
        req(`${SITE}cv/haarcascade_frontalface_default.xml`, { resourceType: 'fetch' }),
        req('https://cdn.example/mediapipe/face_landmarker.task', { resourceType: 'fetch' }),
        req('https://api.onfido.com/v3/applicants', { method: 'POST', resourceType: 'fetch' }),
      ],
      dom: { ...page().dom!, globals: ['faceapi', 'jQuery'] },
    })]));
    // One finding per software family: the face-api script, its model file and its global are one finding.
    expect(hits.map((h) => h.key).sort()).toEqual(['MediaPipe face detection', 'Onfido (Entrust)', 'OpenCV face detection', 'face-api']);
    const faceApi = hits.find((h) => h.key === 'face-api')!;
    expect(faceApi.evidence.map((e) => e.kind).sort()).toEqual(['dom', 'request', 'script']);
    expect(faceApi.evidence.some((e) => e.summary.includes('tiny_face_detector') && e.summary.includes('face-api model'))).toBe(true);
    expect(hits.every((h) => h.explanation.includes('Somerville'))).toBe(true);
  });
  it('does not flag TensorFlow.js alone, a face emoji in a URL or a page named "faces of the library"', () => {
    const hits = run(obs([page({ scripts: [script(`${SITE}tf.min.js`, { markers: ['tensorflow'] })], requests: [req(`${SITE}events/faces-of-the-library.html`, { resourceType: 'document' })] })]));
    expect(hits).toEqual([]);
  });
});
