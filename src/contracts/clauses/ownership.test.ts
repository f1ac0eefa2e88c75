import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { ownership } from './ownership.js';

checkExamples(ownership, {
  harmful: ['Vendor shall own all usage data.', 'All data generated through the service becomes the property of Acme.', 'Acme owns all data collected by its sensors.', 'You grant us a perpetual, irrevocable licence to use personal information.'],
  protective: ['The Library owns all Patron Data.', 'Patron records remain the property of the Library.', 'We do not own your data.'],
  none: ['The Publisher owns the copyright in the Licensed Materials.', 'The Library owns the computers in its branches.'],
});
