import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { governingLaw } from './governing-law.js';

checkExamples(governingLaw, {
  harmful: ['You waive any rights under state library privacy laws.', 'Notwithstanding any library records law, Vendor may disclose usage data.'],
  protective: ['Vendor shall comply with the state library records confidentiality law.', 'This Agreement is governed by the laws of the state in which the Library is located.'],
  ambiguous: ['This Agreement is governed by the laws of Delaware.'],
  none: ['The Library shall comply with fire safety regulations.', 'Requests from law enforcement are handled by the Library.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(governingLaw, {
  harmful: [
    "The Library waives any protection it may have under state library confidentiality statutes.",
    "This Agreement shall be governed by the laws of the State of Delaware, notwithstanding any conflicting library records law.",
    "Customer agrees that no state privacy statute shall apply to Provider's processing.",
  ],
  protective: [
    "Vendor shall comply with all state laws governing the confidentiality of library records.",
    "This Agreement is governed by the laws of the state where the Library is located.",
    "Patron records shall be treated as confidential under the state's library privacy statute.",
    "Provider acknowledges that Customer Data may be subject to library confidentiality requirements under applicable state law, and agrees to abide by them.",
    "The laws of the Commonwealth in which the Licensee is located govern this Agreement.",
  ],
  ambiguous: [
    "These terms are construed in accordance with the laws of California.",
    "Any dispute shall be governed by Texas law.",
  ],
  none: [
    "The Library may use the Vendor's trademarks only with permission.",
    "Library staff must follow the Library's own confidentiality policy.",
    "Law school libraries are eligible for a discount.",
  ],
}, 'paraphrases');
