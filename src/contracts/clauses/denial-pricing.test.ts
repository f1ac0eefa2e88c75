import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { denialPricing } from './denial-pricing.js';

checkExamples(denialPricing, {
  harmful: ['We may use your data to set prices for premium features.', 'Access may be restricted based on your usage patterns.', 'We compute a risk score for each user.'],
  protective: ['Vendor will not use Patron Data to deny or limit access to the service.', 'We never use personal information to determine prices.'],
  none: ['Prices are listed in the order form.', 'Access is available around the clock.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(denialPricing, {
  harmful: [
    "Prices offered to a member may vary according to the member's past borrowing activity.",
    "Provider may restrict a user's access where usage patterns suggest misuse.",
    "We may use information about your reading to decide which features you are eligible for.",
    "Accounts flagged by our risk model may be suspended.",
    "Borrowing privileges may be limited on the basis of a patron's search history.",
  ],
  protective: [
    "Patron Data will never be used to set prices or determine eligibility for any service.",
    "Vendor shall not use Patron Data to deny, limit or condition access to the Service.",
    "No patron will be charged differently or refused service on the basis of their reading habits.",
    "We do not engage in personalised pricing.",
    "Access is never restricted because of what a patron reads.",
    "Information about users is not used to make automated decisions about their access to materials.",
  ],
  none: [
    "Prices are set out in the Order Form and fixed for the term.",
    "Access may be suspended for non-payment of fees.",
    "The Service may limit the number of simultaneous sessions per library.",
  ],
}, 'paraphrases');
