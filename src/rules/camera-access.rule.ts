/**
 * Camera and microphone: a page that asks for the camera (`getUserMedia` with video), the microphone, the
 * screen, or lists the patron's media devices. Asking for the camera is the first step of face capture, so
 * it is critical and explained with the facial-recognition resolution; listing devices alone is a
 * fingerprinting signal and is reported lower.
 */
import { defineRule, type RuleHit } from './types.js';
import { apiEvidence, scriptName } from './helpers.js';

export const cameraAccess = defineRule({
  id: 'camera-access',
  title: 'No camera or microphone access',
  failureTitle: 'A page asks for the patron\u2019s camera or microphone',
  description: 'Camera capture enables face recognition and biometric identification, which ALA opposes in libraries.',
  requires: ['apiCalls'],
  cites: ['ala-frt-1', 'lbor-vii', 'niso-6'],
  severity: 'critical',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      for (const c of page.apiCalls) {
        const kind = /getUserMedia$/.test(c.api) ? (c.args?.[0] ?? 'none') : /getDisplayMedia$/.test(c.api) ? 'screen' : /enumerateDevices$/.test(c.api) ? 'devices' : undefined;
        if (!kind) continue;
        const script = c.caller?.scriptUrl;
        const party = script && /^https?:/.test(script) ? views.party(script) : undefined;
        const camera = kind.includes('video');
        const severity = camera ? 'critical' : kind === 'devices' ? 'medium' : 'high';
        const what = camera ? 'the camera' : kind.includes('audio') ? 'the microphone' : kind === 'screen' ? 'a recording of the screen' : 'the list of cameras and microphones';
        hits.push({
          key: `${kind}|${party?.site ?? 'site'}`,
          page,
          visit,
          severity,
          entity: party?.entity ?? { name: 'this site', category: 'first party' },
          title: `A page asks for ${what}`,
          explanation:
            `${scriptName(script)} asks the browser for ${what}. ` +
            (camera
              ? 'Camera images of patrons are what face recognition and "liveness" identity checks work on; ALA\u2019s 2021 resolution opposes facial recognition in libraries and calls on libraries and vendors using it to stop.'
              : kind === 'devices'
                ? 'The device list helps identify the patron\u2019s computer (a fingerprinting signal), even without permission to use the devices.'
                : 'Recording patrons in the library\u2019s own pages needs a clear reason and informed consent.'),
          remediation: camera
            ? 'Find out why the page wants the camera. If it is identity verification or photo capture, offer a way that needs no biometric data, and ask the vendor whether face images are kept or analysed.'
            : 'Remove the call unless a feature the patron asked for needs it, and ask the script\u2019s vendor why it reads devices.',
          evidence: [apiEvidence(page, c, kind)],
        });
      }
    }
    return hits;
  },
});
