import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { ownership } from './ownership.js';

checkExamples(ownership, {
  harmful: ['Vendor shall own all usage data.', 'All data generated through the service becomes the property of Acme.', 'Acme owns all data collected by its sensors.', 'You grant us a perpetual, irrevocable licence to use personal information.'],
  protective: ['The Library owns all Patron Data.', 'Patron records remain the property of the Library.', 'We do not own your data.'],
  none: ['The Publisher owns the copyright in the Licensed Materials.', 'The Library owns the computers in its branches.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(ownership, {
  harmful: [
    "All usage information generated through the Platform shall vest in Provider.",
    "Licensor retains all rights in any data derived from Users' activity.",
    "As between the parties, the Vendor owns the Usage Data.",
    "Customer hereby assigns to Provider all right, title and interest in Customer Data.",
    "Recordings made with the service belong to MeetCo.",
  ],
  protective: [
    "As between the parties, the Library owns all Patron Data.",
    "All right, title and interest in Customer Data shall remain with Customer.",
    "Patron records are and shall remain the property of the District.",
    "Vendor acquires no ownership interest in any Library Data.",
    "Files uploaded by patrons belong to the patrons who created them.",
    "Vendor claims no rights in the content users create.",
  ],
  none: [
    "Licensor owns all rights in the Licensed Materials and trademarks.",
    "The Vendor's logo and trademarks remain the property of the Vendor.",
    "The Library owns the computers on which the software is installed.",
  ],
}, 'paraphrases');
