import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { audit } from './audit.js';

checkExamples(audit, {
  harmful: ['The Library shall have no right to audit the Vendor.'],
  protective: ['The Library may audit the Provider\u2019s compliance with this Agreement once a year.', 'Vendor will provide its annual SOC 2 report to the Customer.', 'Vendor shall cooperate with audits requested by the Library.'],
  ambiguous: ['Upon request we will provide a summary of our security practices.'],
  none: ['The Library shall pay the annual fee.', 'The Vendor will provide training to library staff.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(audit, {
  harmful: [
    "The Library shall have no right to audit the Vendor's facilities or records.",
    "Licensor will not provide copies of audit reports or certifications.",
    "Customer may not inspect or test Provider's systems.",
    "Vendor does not permit on-site inspections by customers.",
    "No compliance reports will be made available to licensees.",
  ],
  protective: [
    "Upon thirty days' notice, the Library or its designated auditor may examine Vendor's compliance with this Agreement.",
    "Provider will make its most recent SOC 2 Type II report available to Customer on request.",
    "Vendor shall submit to audits conducted by the Library or an independent third party no more than once a year.",
    "Each year the Vendor will certify in writing that it has complied with the privacy obligations of this Agreement.",
    "The Contractor shall permit the District to review its data-handling records upon request.",
    "Provider shall respond to the Library's security questionnaires.",
  ],
  ambiguous: [
    "We may share a summary of our security practices on request.",
  ],
  none: [
    "The Library's auditors may review invoices to verify fees.",
    "Usage reports are delivered monthly.",
    "The Library may assess late fees in line with its own policy.",
  ],
}, 'paraphrases');
