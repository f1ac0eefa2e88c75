import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { deidentification } from './deidentification.js';

checkExamples(deidentification, {
  harmful: ['We may sell aggregated data to partners.', 'De-identified information may be used for any purpose.', 'We may re-identify data where necessary.'],
  protective: ['Vendor shall not attempt to re-identify any user.', 'De-identified data means data from which all direct and indirect identifiers have been removed.', 'Usage reports will not identify any individual user.'],
  ambiguous: ['We use anonymized data to improve the service.', 'Search logs are aggregated before analysis.'],
  none: ['The Library receives monthly invoices.', 'Users may save searches to their account.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(deidentification, {
  harmful: [
    "Licensor may compile statistical information derived from Customer Data and use it for any purpose.",
    "De-identified Information may be disclosed to our partners without restriction.",
    "Provider owns all Aggregated Data and may commercially exploit it.",
    "We may link pseudonymous reading records back to individual accounts.",
    "We may sell insights derived from aggregated usage.",
  ],
  protective: [
    "\"De-identified Data\" means data from which all direct and indirect identifiers have been removed so that no individual can reasonably be identified.",
    "Vendor shall not attempt to re-identify any de-identified Patron Data.",
    "Statistics supplied to publishers contain counts only and never identify an individual reader.",
    "Aggregate reports are produced only where each group contains at least ten patrons.",
    "Anonymised data shall not be sold, licensed or disclosed to any third party.",
    "Usage figures are reported to the library as monthly totals only.",
    "The reports show only how many loans each title had.",
  ],
  ambiguous: [
    "Anonymised reading trends may be shared with publishers and other content partners.",
    "We may use anonymized information to improve our services.",
    "Personal data is pseudonymised before analysis.",
  ],
  none: [
    "Uptime statistics are published on the status page.",
    "Anonymous donations to the Friends of the Library are welcome.",
    "The Service aggregates content from over 200 publishers.",
  ],
}, 'paraphrases');
