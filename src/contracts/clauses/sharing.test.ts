import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { sharing } from './sharing.js';

checkExamples(sharing, {
  harmful: ['We share your information with our affiliates and marketing partners.', 'Third parties may receive your browsing data.', 'We may disclose usage data to other companies for their own purposes.'],
  protective: ['We do not share personal data with third parties.', 'Vendor shall disclose Patron Data to third parties only as necessary to provide the Services.', 'We will not share your information with anyone without your consent.'],
  ambiguous: ['We will not share personal data with third parties except as described in this policy.', 'We work with trusted partners who help us run the service.'],
  none: ['The Library shall share responsibility for training its staff.', 'Invoices are sent to the Library each quarter.'],
});
