/**
 * Face recognition and face detection: libraries recognised by file hash (the published face-api builds),
 * content markers (face-api, OpenCV cascades, browser or MediaPipe face detection), script and model URLs
 * (`*_model-weights_manifest.json`, `haarcascade_frontalface*.xml`, MediaPipe face detector/landmarker,
 * BlazeFace), page globals (`faceapi`, `blazeface`, `FaceLandmarker`...), and requests to cloud face APIs or
 * identity-verification and liveness vendors. Self-hosted copies are found the same way. Always critical.
 */
import type { Evidence } from '../model/index.js';
import { defineRule, type RuleHit } from './types.js';
import { clip } from './helpers.js';

/** SHA-256 of the published @vladmandic/face-api 1.7 browser builds (computed from the package files). */
export const FACE_API_HASHES: Readonly<Record<string, string>> = {
  '0160f7af3a8c78cece45c7ecc765383bad74becfd438bb787cdd627b2d6f2cf6': 'face-api.js',
  '14f0e9813f6d9f14a9cdafb6543a74835ebb13085090e2942310a7a737f55d9a': 'face-api.esm.js',
  '0adcd1b6739228fa6c38e11a6abfbaec3c946c521954c62fc64fa6d62c3cd2b0': 'face-api.esm-nobundle.js',
};

const FACE_MARKERS = new Set(['face-api', 'face-detection-api']);
// Each pattern names the software family it belongs to, so a library and the model files it fetches are one
// finding ("face-api is loaded", evidence: the script and its models), not one finding per file.
const URL_PATTERNS: readonly [RegExp, string, string][] = [
  [/face[-_]?api(\.esm|\.min)?(\.js)?(\?|$)/i, 'face-api', 'face-api library'],
  [/(tiny_face_detector|face_landmark_68(_tiny)?|face_recognition|face_expression|age_gender|ssd_mobilenetv1|mtcnn)_model(-weights_manifest\.json|[-_.]|$)/i, 'face-api', 'face-api model'],
  [/haarcascade_(frontalface|profileface|eye)[^/]*\.xml/i, 'OpenCV face detection', 'OpenCV Haar face cascade'],
  [/(face_detection|face_landmarker|face_mesh|blaze_face)[^/]*\.(tflite|task|binarypb|js|wasm|data)/i, 'MediaPipe face detection', 'MediaPipe face model'],
  [/@mediapipe\/(face_detection|face_mesh|tasks-vision)/i, 'MediaPipe face detection', 'MediaPipe face library'],
  [/blazeface|face-landmarks-detection|facemesh/i, 'TensorFlow.js face models', 'TensorFlow.js face model'],
];
/** Page globals: [family, what the global is]. */
const FACE_GLOBALS: Readonly<Record<string, [string, string]>> = {
  faceapi: ['face-api', 'face-api'],
  blazeface: ['TensorFlow.js face models', 'TensorFlow.js BlazeFace'],
  faceLandmarksDetection: ['TensorFlow.js face models', 'TensorFlow.js face landmarks'],
  facemesh: ['TensorFlow.js face models', 'TensorFlow.js facemesh'],
  FaceLandmarker: ['MediaPipe face detection', 'MediaPipe face landmarker'],
  FaceMesh: ['MediaPipe face detection', 'MediaPipe face mesh'],
  FaceDetection: ['MediaPipe face detection', 'MediaPipe face detection'],
  FaceDetector: ['face detector', 'MediaPipe or Shape Detection face detector'],
  pico: ['pico.js face detection', 'pico.js face detection'],
  tracking: ['tracking.js', 'tracking.js'],
};
// `FaceDetector` is also a (flagged) built-in of Chromium; a global counts only if the page itself added it.

const RESOLUTION =
  'The American Library Association opposes facial recognition in libraries (2021 resolution): it breaches patrons\u2019 privacy, ' +
  'chills the use of the library, and misidentifies women, young people and people of color far more often. It asks libraries and ' +
  'their partners using it to stop, and supports moratoriums; cities such as San Francisco and Somerville have banned government use of face surveillance, ' +
  'down to the data it produces.';

export const faceRecognition = defineRule({
  id: 'face-recognition',
  title: 'No face recognition or face detection',
  failureTitle: 'Face recognition or biometric identification is present',
  description: 'Facial recognition is incompatible with library privacy; ALA calls for libraries and vendors to stop using it.',
  requires: ['scripts', 'requests', 'dom'],
  cites: ['ala-frt-1', 'ala-frt-3', 'ala-frt-2', 'ala-frt-4', 'lbor-vii'],
  severity: 'critical',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      const found = new Map<string, Evidence[]>();
      const add = (what: string, e: Evidence) => {
        const list = found.get(what) ?? [];
        // Keep the first few pieces of evidence, preferring one of each kind (script, model request, global).
        if (list.length < 4 || (list.length < 6 && !list.some((x) => x.kind === e.kind))) list.push(e);
        found.set(what, list);
      };
      for (const s of page.scripts) {
        const byHash = FACE_API_HASHES[s.sha256];
        if (byHash) add('face-api', { kind: 'script', url: page.url, summary: `${clip(s.url)} is ${byHash} (SHA-256 match)`, detail: { sha256: s.sha256 } });
        for (const m of s.markers) if (FACE_MARKERS.has(m)) add(m === 'face-api' ? 'face-api' : 'face detection', { kind: 'script', url: page.url, summary: `${clip(s.url)} contains ${m} code`, detail: { marker: m } });
        if (s.markers.includes('opencv') && !s.markers.includes('tensorflow') && /haar|cascade|face/i.test(s.url)) add('OpenCV face detection', { kind: 'script', url: page.url, summary: `${clip(s.url)} contains OpenCV cascade code` });
      }
      for (const r of page.requests) {
        const u = r.url.split('#')[0]!;
        const pat = URL_PATTERNS.find(([re]) => re.test(u));
        if (pat) add(pat[1], { kind: 'request', url: page.url, summary: `${r.method} ${clip(r.url)} (${pat[2]})` });
        const svc = views.party(r.url).service;
        if (svc?.kind === 'biometric') add(`${svc.name} (${svc.company})`, { kind: 'request', url: page.url, summary: `${r.method} ${clip(r.url)} to ${svc.name}` });
      }
      for (const g of page.dom?.globals ?? []) {
        const known = FACE_GLOBALS[g];
        if (known) add(known[0], { kind: 'dom', url: page.url, summary: `the page defines the global "${g}" (${known[1]})` });
      }
      for (const [what, evidence] of found) {
        const vendor = /\(/.test(what);
        hits.push({
          key: what,
          page,
          visit,
          entity: { name: what, category: vendor ? 'identity verification / biometrics' : 'face recognition library' },
          title: vendor ? `Biometric identity vendor ${what} is used` : `Face recognition or detection software (${what}) is loaded`,
          explanation:
            `${vendor ? `This page sends data to ${what}, a face-recognition, liveness or identity-verification service.` : `This page loads ${what}, software that finds or recognises faces in camera images or photos.`} ` +
            RESOLUTION,
          remediation:
            'Remove the face software or vendor from library pages and services. Ask the vendor in writing whether any face images or templates were collected, ' +
            'demand their deletion, and add a contract clause forbidding biometric collection.',
          evidence,
        });
      }
    }
    return hits;
  },
});
