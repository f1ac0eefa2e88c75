import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { retention } from './retention.js';

checkExamples(retention, {
  harmful: ['We retain account data indefinitely.', 'The Provider may keep patron data after termination of this Agreement.'],
  protective: ['Vendor shall delete all Patron Data within thirty (30) days of termination.', 'Logs are kept for no longer than 90 days.', 'Records are purged 14 days after the loan ends.'],
  ambiguous: ['We keep your data as long as necessary.', 'We retain information for a reasonable period.'],
  none: ['Fees are due within thirty days of the invoice date.', 'The Library may terminate this Agreement on sixty days notice.'],
});
