import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { subprocessors } from './subprocessors.js';

checkExamples(subprocessors, {
  harmful: ['Vendor may engage sub-processors at its sole discretion.', 'We may change subcontractors without notice.'],
  protective: ['Sub-processors are bound by written obligations at least as protective as this Agreement.', 'Vendor will notify the Library before engaging new sub-processors.'],
  ambiguous: ['We use subprocessors for hosting.'],
  none: ['The Vendor processes orders within two days.'],
});
