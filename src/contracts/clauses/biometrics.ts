/** Topic: biometric data and facial recognition. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { GAP, rx } from './vocab.js';

// Biometric identifiers and the analyses that read a body: face, voice, fingerprint, iris, palm, gait,
// and the emotion or attention detection that works from the same signals.
const BIO = String.raw`(?:biometric\w*|facial (?:recognition|geometry|features|analysis|expressions?|images? for identification|data|templates?|scans?|characteristics|measurements)|face (?:recognition|prints?|geometry|matching|templates?|scans?|detection|verification|id|biometrics)|faceprints?|fingerprints?|voiceprints?|voice prints?|voice (?:recognition|samples? (?:to|for) identif\w+|biometrics|identification)|speaker (?:identification|recognition|verification)|iris (?:scans?|patterns?|recognition)|retina(?:l)? scans?|palm (?:prints?|veins?|scans?)|gait analysis|recognition models?|emotion (?:detection|recognition|analysis|tracking)|eye (?:movements?|tracking)|attention (?:levels?|tracking|monitoring|detection))`;
const READ = String.raw`(?:collect|captur|process|use|using|stor|scan|analy[sz]|employ|deploy|obtain|generat|creat|extract|retain|verif|identif|match|rely|relies|enabl|detect|track|monitor|compar|recogni[sz]|measur|read|deriv|infer)\w*`;

export const biometrics: TopicDef = {
  id: 'biometrics',
  title: 'Biometric data and facial recognition',
  concern: 'No facial recognition or other biometric capture of patrons, in any form.',
  cites: ['ala-frt-1', 'ala-frt-3', 'ala-vendor-collection'],
  expected: true,
  severity: { harmful: 'critical', ambiguous: 'high', silent: 'medium' },
  harmful: [
    rx(String.raw`\b(?:estimat|infer|predict|detect|guess|classif)\w*\b (?:\w+ ){0,2}?(?:age|gender|sex|ethnicity|race|mood|emotions?)\b(?! (?:rating|group|range)s? of (?:the )?(?:titles|books|materials|content))`),
    // Any mention of biometric capture counts unless negated: a library service has no need for it.
    rx(String.raw`\b${BIO}(?![^.;]{0,60}\b(?:not|never|prohibited|forbidden|banned)\b)`),
    rx(String.raw`\b${READ}\b`, GAP(60), String.raw`\b${BIO}`),
    rx(String.raw`\b${BIO}`, GAP(60), String.raw`\b(?:collected|captured|processed|used|stored|analy[sz]ed|employed|deployed|obtained|generated|created|extracted|retained|enabled|in use|performed|detected|tracked|monitored)\b`),
    // Faces, palms and voices read by a machine: "analyse their faces", "an image of their face".
    rx(String.raw`\b(?:${READ})\b (?:\w+ ){0,4}?(?:faces?|palms?|voices?|emotions?|attention)\b`),
    rx(String.raw`\b(?:images?|photos?|pictures?|scans?) of (?:\w+ ){0,2}?faces?\b`),
    rx(String.raw`\b(?:photos?|photographs?|images?|faces?|footage|pictures?)\b`, GAP(20), String.raw`\b(?:are |is |be )?(?:matched|compared|checked) (?:against|with|to)\b`),
    rx(String.raw`\b(?:group|cluster|sort|tag|organi[sz]|label)\w*\b (?:\w+ ){0,3}?by (?:similar |their |the )?faces?\b`),
    rx(String.raw`\b(?:faces?|emotions?|attention)\b`, GAP(30), String.raw`\b(?:are |is |be )?(?:analy[sz]ed|scanned|matched|detected|tracked|monitored|recogni[sz]ed|compared)\b`),
    // Photographs, video or voice used to tell who someone is.
    rx(String.raw`\b(?:photos?|photographs?|images?|video|footage|recordings?|voice samples?|voices?)\b`, GAP(40), String.raw`\bto (?:identify|recogni[sz]e|verify|confirm|authenticate|match)\b`, GAP(30), String.raw`\b(?:identit\w+|individuals?|persons?|people|patrons?|users?|members?|speakers?|who)\b`),
  ],
  protective: [],
  fixed: [{ re: rx(String.raw`\b${BIO}`, GAP(40), String.raw`\b(?:is|are) (?:strictly )?(?:prohibited|forbidden|banned|not (?:used|permitted|collected|processed))\b`), stance: 'protective' }],
  // A profile picture shown to staff or a photo ID card is not biometric processing.
  defer: [rx(String.raw`\b(?:profile (?:photo|picture)|photo id|avatar)\b(?![^.;]*\b(?:identify|recogni[sz]|match|verify)\w*)`)],
};
