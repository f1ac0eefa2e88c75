import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { deidentification } from './deidentification.js';

checkExamples(deidentification, {
  harmful: ['We may sell aggregated data to partners.', 'De-identified information may be used for any purpose.', 'We may re-identify data where necessary.'],
  protective: ['Vendor shall not attempt to re-identify any user.', 'De-identified data means data from which all direct and indirect identifiers have been removed.', 'Usage reports will not identify any individual user.'],
  ambiguous: ['We use anonymized data to improve the service.', 'Search logs are aggregated before analysis.'],
  none: ['The Library receives monthly invoices.', 'Users may save searches to their account.'],
});
