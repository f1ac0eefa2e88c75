import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { security } from './security.js';

checkExamples(security, {
  harmful: ['Patron Data will not be encrypted.', 'The Vendor has no obligation to notify the Library of a breach.', 'Passwords are stored in plain text.'],
  protective: ['Data is encrypted in transit and at rest.', 'We will notify the Library of any security breach within 72 hours.', 'No later than five business days after discovery, Vendor shall notify the Library of the breach.'],
  ambiguous: ['We use reasonable security measures to protect your data.', 'We will notify affected users of a data breach promptly.'],
  none: ['The building is secured after closing time.', 'Fees increase by three percent each year.'],
});
