/**
 * Content markers: strings that survive minification and renaming inside well-known surveillance libraries,
 * so a face-recognition or session-replay library is recognised by what it contains even when it is
 * self-hosted under an innocent file name. Each marker needs `min` distinct patterns to match, which keeps
 * one stray word from labelling a script. Rules read the marker ids from `ScriptRecord.markers`.
 */

export interface ScriptMarker {
  id: string;
  /** What the marker means, for reports. */
  description: string;
  patterns: readonly RegExp[];
  /** Distinct patterns that must match. */
  min: number;
}

export const SCRIPT_MARKERS: readonly ScriptMarker[] = [
  { id: 'face-api', description: 'face-api.js face detection and recognition', min: 2,
    patterns: [/FaceLandmark68Net/, /FaceRecognitionNet/, /TinyFaceDetector/, /face_landmark_68/, /extractFaceTensor/, /faceExpressionNet/i, /ssd_mobilenetv1/] },
  { id: 'tensorflow', description: 'TensorFlow.js machine-learning runtime', min: 2,
    patterns: [/tfjs-core|@tensorflow\/tfjs/, /WEBGL_PACK|WEBGL_VERSION/, /registerKernel/, /TensorBuffer/] },
  { id: 'opencv', description: 'OpenCV.js (often used for face detection)', min: 2,
    patterns: [/CascadeClassifier/, /opencv/i, /haarcascade/i, /detectMultiScale/] },
  { id: 'face-detection-api', description: 'Browser or vendor face-detection API use', min: 1,
    patterns: [/new\s+FaceDetector\s*\(/, /faceLandmarksDetection|blazeface|mediapipe\/face_(mesh|detection)/i] },
  { id: 'rrweb', description: 'rrweb session recording', min: 2,
    patterns: [/rr_dataURL/, /__rrweb/, /rr-block/, /recordCanvas/, /maskAllInputs/, /rrweb/] },
  { id: 'session-replay', description: 'Commercial session-replay SDK', min: 1,
    patterns: [/_hjSettings|static\.hotjar\.com/, /_fs_namespace|fullstory\.com/, /clarity\.ms/, /mouseflow/i, /smartlook/i, /logrocket/i, /quantummetric/i, /contentsquare/i] },
  { id: 'fingerprintjs', description: 'FingerprintJS browser fingerprinting', min: 1,
    patterns: [/FingerprintJS|fpjs\.io|fingerprintjs/i] },
  { id: 'google-analytics', description: 'Google Analytics / gtag', min: 1,
    patterns: [/google-analytics\.com|googletagmanager\.com|gtag\(\s*['"]config/] },
  { id: 'meta-pixel', description: 'Meta (Facebook) pixel', min: 1, patterns: [/connect\.facebook\.net|fbq\(\s*['"]init/] },
  { id: 'key-listener', description: 'Listens to keystrokes', min: 1,
    patterns: [/addEventListener\(\s*['"](keydown|keyup|keypress|input)['"]/, /\.on(keydown|keyup|keypress|input)\s*=/] },
  { id: 'canvas-readback', description: 'Reads pixels back from a canvas', min: 1, patterns: [/\.toDataURL\(|\.getImageData\(/] },
  { id: 'camera', description: 'Asks for the camera or microphone', min: 1, patterns: [/getUserMedia|enumerateDevices/] },
  { id: 'webrtc', description: 'Opens WebRTC connections', min: 1, patterns: [/RTCPeerConnection/] },
  { id: 'beacon', description: 'Sends beacons', min: 1, patterns: [/sendBeacon\(/] },
];

/** The ids of every marker whose patterns match `source`. */
export function findMarkers(source: string): string[] {
  const ids: string[] = [];
  for (const m of SCRIPT_MARKERS) {
    let n = 0;
    for (const p of m.patterns) if (p.test(source) && ++n >= m.min) break;
    if (n >= m.min) ids.push(m.id);
  }
  return ids;
}
