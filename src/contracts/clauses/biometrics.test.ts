import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { biometrics } from './biometrics.js';

checkExamples(biometrics, {
  harmful: ['Visitors are identified using facial recognition.', 'We collect biometric identifiers such as fingerprints.', 'Faceprints are stored for thirty days.'],
  protective: ['We do not collect biometric data.', 'Facial recognition is never used in our service.', 'Biometric information is not processed.'],
  none: ['Cameras record the entrance for security.', 'Patrons may print in colour.'],
});
