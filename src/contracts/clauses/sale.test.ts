import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { sale } from './sale.js';

checkExamples(sale, {
  harmful: ['We may sell your personal information to marketing companies.', 'Subscriber lists are rented to partner publishers.', 'We share data with data brokers.', 'We may monetize usage data.'],
  protective: ['We do not sell, rent or trade your personal information.', 'Patron data will never be sold.', 'The Vendor is prohibited from selling Patron Data.', 'Under no circumstances will we sell your data.'],
  ambiguous: ['If we are involved in a merger or acquisition, your information may be transferred as a business asset.', 'We do not sell personal data except as permitted by law.'],
  none: ['Licensee may not sell or sublicense the Licensed Materials.', 'Fees are payable annually in advance.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(sale, {
  harmful: [
    "Usage data may be licensed to publishers and research firms for a fee.",
    "We may commercialise information about you, including by licensing it to data partners.",
    "The Company may exchange patron mailing lists with other organisations for value.",
    "Provider may transfer Customer Data to third parties for monetary or other valuable consideration.",
    "We may rent your contact details to selected publishers.",
    "Reading history is made available to partners who pay for it.",
  ],
  protective: [
    "At no time will the Vendor sell, lease or otherwise commercially exploit Patron Data.",
    "Neither Provider nor its Affiliates shall sell, rent or trade Customer Data.",
    "Personal Information shall not be sold, leased, licensed or otherwise disclosed for monetary or other valuable consideration.",
    "Vendor is prohibited from monetizing any information collected through the Service.",
    "We have never sold information about our users and we never will.",
    "Contractor shall refrain from selling or renting student records.",
    "Under no circumstances may the Licensor exchange Patron Data for anything of value.",
  ],
  ambiguous: [
    "We generally do not sell data about you.",
    "In the event of a merger, acquisition or sale of assets, user information may be among the transferred assets.",
  ],
  none: [
    "Customer may not resell or sublicense access to the Service.",
    "The Vendor sells subscriptions to libraries and schools.",
    "Prices for the annual subscription are listed in the Order Form.",
    "Items purchased in the gift shop are non-refundable.",
  ],
}, 'paraphrases');
