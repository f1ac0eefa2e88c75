import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { sharing } from './sharing.js';

checkExamples(sharing, {
  harmful: ['We share your information with our affiliates and marketing partners.', 'Third parties may receive your browsing data.', 'We may disclose usage data to other companies for their own purposes.'],
  protective: ['We do not share personal data with third parties.', 'Vendor shall disclose Patron Data to third parties only as necessary to provide the Services.', 'We will not share your information with anyone without your consent.'],
  ambiguous: ['We will not share personal data with third parties except as described in this policy.', 'We work with trusted partners who help us run the service.'],
  none: ['The Library shall share responsibility for training its staff.', 'Invoices are sent to the Library each quarter.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(sharing, {
  harmful: [
    "Provider may make Customer Data available to its Affiliates and business partners for their own purposes.",
    "We may provide information about you to companies that sponsor our reading programmes.",
    "Patron information may be disclosed to third-party partners and other entities at the Company's discretion.",
    "Licensor may grant its partners access to usage data.",
    "Your reading history may be transferred to our group companies.",
    "Vendor may permit other organisations to access patron records for research.",
  ],
  protective: [
    "Under no circumstances will personal information be passed to advertisers or other outside parties.",
    "Patron details are disclosed only to the Library and to no one else.",
    "Information about you is never shared with anyone outside the Library.",
    "We neither share nor disclose your data to third parties.",
    "Request details are kept confidential and are not released to any other party.",
    "Vendor shall not disclose Patron Data to any third party, except to sub-processors bound by the terms of this Agreement.",
    "We will not share your reading history with other companies unless you ask us to.",
  ],
  ambiguous: [
    "Vendor will not disclose Patron Data to third parties other than as permitted by applicable law.",
    "We work with carefully vetted partners to deliver parts of the service.",
  ],
  none: [
    "The parties shall share the costs of the annual audit equally.",
    "Vendor will share its product roadmap with the Library each year.",
    "Users may share reading lists with friends.",
    "The Library may share the Service with its branches.",
    "MeetRoom undergoes an annual independent security audit and shares the results with customers.",
  ],
}, 'paraphrases');
