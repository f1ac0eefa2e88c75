import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { retention } from './retention.js';

checkExamples(retention, {
  harmful: ['We retain account data indefinitely.', 'The Provider may keep patron data after termination of this Agreement.'],
  protective: ['Vendor shall delete all Patron Data within thirty (30) days of termination.', 'Logs are kept for no longer than 90 days.', 'Records are purged 14 days after the loan ends.'],
  ambiguous: ['We keep your data as long as necessary.', 'We retain information for a reasonable period.'],
  none: ['Fees are due within thirty days of the invoice date.', 'The Library may terminate this Agreement on sixty days notice.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(retention, {
  harmful: [
    "Provider may retain Customer Data in its archives for so long as it considers useful.",
    "We may continue to hold your information after your account is closed.",
    "Licensor is under no obligation to delete Usage Data upon termination of this Agreement.",
    "Search logs are preserved for an unlimited period.",
    "Copies may persist in our backups indefinitely.",
    "Borrowing records are kept with no fixed end date.",
  ],
  protective: [
    "Within thirty (30) days following the expiration or termination of the Agreement, Vendor shall destroy all Patron Data in its possession.",
    "Circulation records are purged once the item is returned.",
    "Vendor shall not retain any Patron Data beyond the period necessary to provide the Services and in no case longer than one year.",
    "Session logs are automatically overwritten after 14 days.",
    "Upon the Library's written request, Licensor will return or securely dispose of all Library Data and certify its destruction in writing.",
    "We keep your borrowing history only until the loan ends, and then it is erased.",
  ],
  ambiguous: [
    "Account information is retained for as long as your library card remains valid.",
    "Reading history stays in your account until you choose to clear it.",
    "We keep data for as long as we have a legitimate business need.",
    "Records are retained in line with our internal retention schedule.",
    "Vendor will delete Patron Data within a reasonable time after termination.",
  ],
  none: [
    "The Library shall retain its own copies of invoices for seven years.",
    "The subscription term renews automatically for successive one-year periods.",
    "Removed titles are no longer available after 30 days.",
    "Uptime is measured over each calendar month.",
  ],
}, 'paraphrases');
