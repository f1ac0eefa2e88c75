import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { biometrics } from './biometrics.js';

checkExamples(biometrics, {
  harmful: ['Visitors are identified using facial recognition.', 'We collect biometric identifiers such as fingerprints.', 'Faceprints are stored for thirty days.'],
  protective: ['We do not collect biometric data.', 'Facial recognition is never used in our service.', 'Biometric information is not processed.'],
  none: ['Cameras record the entrance for security.', 'Patrons may print in colour.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(biometrics, {
  harmful: [
    "The kiosk verifies each patron by comparing a live image of their face with the photo on file.",
    "Voice samples may be analysed to identify the speaker.",
    "The proctoring tool analyses facial expressions and eye movements to flag suspicious behaviour.",
    "Provider may use photographs of users to verify their identity.",
    "The system detects participants' emotions and attention levels during sessions.",
    "Entry gates scan the palm of each member.",
  ],
  protective: [
    "The Vendor shall not collect, derive or process any biometric identifiers, including face geometry or voiceprints.",
    "Facial recognition technology is not, and will not be, deployed in any library facility.",
    "No images of patrons' faces are analysed or matched against any database.",
    "Video from the cameras is never used to identify individuals by their facial features.",
    "The platform does not track attendees' attention or analyse facial expressions.",
    "Neither voice recordings nor photographs are used to recognise or verify the identity of any patron.",
  ],
  none: [
    "Patrons may upload a profile photo, which is shown only to library staff.",
    "Staff badge access uses a PIN code.",
    "Recognition of outstanding volunteers is announced each spring.",
    "Large-print editions are available on request.",
  ],
}, 'paraphrases');
