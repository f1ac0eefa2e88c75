import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { audit } from './audit.js';

checkExamples(audit, {
  harmful: ['The Library shall have no right to audit the Vendor.'],
  protective: ['The Library may audit the Provider\u2019s compliance with this Agreement once a year.', 'Vendor will provide its annual SOC 2 report to the Customer.', 'Vendor shall cooperate with audits requested by the Library.'],
  ambiguous: ['Upon request we will provide a summary of our security practices.'],
  none: ['The Library shall pay the annual fee.', 'The Vendor will provide training to library staff.'],
});
