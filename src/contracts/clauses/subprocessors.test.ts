import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { subprocessors } from './subprocessors.js';

checkExamples(subprocessors, {
  harmful: ['Vendor may engage sub-processors at its sole discretion.', 'We may change subcontractors without notice.'],
  protective: ['Sub-processors are bound by written obligations at least as protective as this Agreement.', 'Vendor will notify the Library before engaging new sub-processors.'],
  ambiguous: ['We use subprocessors for hosting.'],
  none: ['The Vendor processes orders within two days.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(subprocessors, {
  harmful: [
    "Provider may appoint sub-processors at its sole discretion.",
    "Vendor may subcontract any of its obligations without the Customer's approval.",
    "We may engage additional processors from time to time without notifying you.",
    "No list of sub-processors is published.",
  ],
  protective: [
    "Vendor shall impose on each subcontractor data protection obligations no less protective than those in this Agreement.",
    "The current list of sub-processors is attached as Schedule 3.",
    "Provider shall give Customer thirty days' notice before engaging any new Subprocessor.",
    "Vendor remains fully liable for the acts and omissions of its subcontractors.",
    "Any third party that processes Patron Data on Vendor's behalf must first be approved in writing by the Library.",
    "Vendor will not subcontract the processing of Patron Data without the Library's written consent.",
  ],
  ambiguous: [
    "We use subprocessors to help deliver the Service.",
  ],
  none: [
    "The processor speed of the kiosk is 2 GHz.",
    "Subscribers may cancel at any time.",
  ],
}, 'paraphrases');
