import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { sale } from './sale.js';

checkExamples(sale, {
  harmful: ['We may sell your personal information to marketing companies.', 'Subscriber lists are rented to partner publishers.', 'We share data with data brokers.', 'We may monetize usage data.'],
  protective: ['We do not sell, rent or trade your personal information.', 'Patron data will never be sold.', 'The Vendor is prohibited from selling Patron Data.', 'Under no circumstances will we sell your data.'],
  ambiguous: ['If we are involved in a merger or acquisition, your information may be transferred as a business asset.', 'We do not sell personal data except as permitted by law.'],
  none: ['Licensee may not sell or sublicense the Licensed Materials.', 'Fees are payable annually in advance.'],
});
