/** Topic: biometric data and facial recognition. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { GAP, rx } from './vocab.js';

const BIO = String.raw`(?:biometric\w*|facial (?:recognition|geometry|features|analysis|images? for identification)|face (?:recognition|prints?|geometry|matching|templates?|scans?|detection)|faceprints?|fingerprints?|voiceprints?|voice prints?|iris (?:scans?|patterns?)|retina(?:l)? scans?|palm (?:prints?|veins?)|gait analysis|recognition models?)`;

export const biometrics: TopicDef = {
  id: 'biometrics',
  title: 'Biometric data and facial recognition',
  concern: 'No facial recognition or other biometric capture of patrons, in any form.',
  cites: ['ala-frt-1', 'ala-frt-3', 'ala-vendor-collection'],
  expected: true,
  severity: { harmful: 'critical', ambiguous: 'high', silent: 'medium' },
  harmful: [
    // Any mention of biometric capture counts unless negated: a library service has no need for it.
    rx(String.raw`\b${BIO}(?![^.;]{0,60}\b(?:not|never|prohibited|forbidden|banned)\b)`),
    rx(String.raw`\b(?:collect|captur|process|use|using|stor|scan|analy[sz]|employ|deploy|obtain|generat|creat|extract|retain|verif|identif|match|rely|relies|enabl)\w*\b`, GAP(60), String.raw`\b${BIO}`),
    rx(String.raw`\b${BIO}`, GAP(60), String.raw`\b(?:collected|captured|processed|used|stored|analy[sz]ed|employed|deployed|obtained|generated|created|extracted|retained|enabled|in use|performed)\b`),
  ],
  protective: [],
  fixed: [{ re: rx(String.raw`\b${BIO}`, GAP(40), String.raw`\b(?:is|are) (?:strictly )?(?:prohibited|forbidden|banned|not (?:used|permitted|collected|processed))\b`), stance: 'protective' }],
};
