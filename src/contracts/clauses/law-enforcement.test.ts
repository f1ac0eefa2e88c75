import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { lawEnforcement } from './law-enforcement.js';

checkExamples(lawEnforcement, {
  harmful: ['We may disclose information to law enforcement if we believe in good faith that it is necessary.', 'The Vendor will provide records to government authorities upon request.'],
  protective: ['Vendor will release Patron Data to law enforcement only in response to a subpoena or court order.', 'Vendor shall not disclose Patron Data to any government agency.', 'Requests from police for patron records shall be referred to the Library.'],
  ambiguous: ['We may share information with authorities as required by law.', 'We may disclose personal data where required by law.'],
  none: ['Each party shall comply with applicable export laws.', 'The Library may hold events with the police department.'],
});
