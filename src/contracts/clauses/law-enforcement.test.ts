import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { lawEnforcement } from './law-enforcement.js';

checkExamples(lawEnforcement, {
  harmful: ['We may disclose information to law enforcement if we believe in good faith that it is necessary.', 'The Vendor will provide records to government authorities upon request.'],
  protective: ['Vendor will release Patron Data to law enforcement only in response to a subpoena or court order.', 'Vendor shall not disclose Patron Data to any government agency.', 'Requests from police for patron records shall be referred to the Library.'],
  ambiguous: ['We may share information with authorities as required by law.', 'We may disclose personal data where required by law.'],
  none: ['Each party shall comply with applicable export laws.', 'The Library may hold events with the police department.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(lawEnforcement, {
  harmful: [
    "We may provide patron records to government agencies upon request.",
    "Licensor may disclose Customer Data where it believes disclosure is appropriate to assist an investigation by public authorities.",
    "Vendor may voluntarily share information with federal, state or local authorities.",
    "Information may be furnished to investigators or prosecutors who ask for it.",
    "Provider may grant police direct access to camera footage.",
  ],
  protective: [
    "Vendor shall not release any Patron Data to a law enforcement agency in the absence of a subpoena, warrant or court order.",
    "Requests from government bodies for patron information shall be referred to the Library.",
    "Disclosure to authorities will occur only upon receipt of a valid court order.",
    "Before responding to any subpoena, the Provider will notify the Customer so that it may seek a protective order.",
    "The Company will resist, by all lawful means, any demand by a government agency for patron records.",
    "No information about Patrons will be handed to police without a warrant.",
  ],
  ambiguous: [
    "We may disclose your information when we believe the law requires it.",
    "Personal data may be shared with authorities to comply with applicable laws and regulations.",
    "Vendor may disclose Customer Data in response to legal process.",
  ],
  none: [
    "The Library must comply with all applicable laws in its use of the Service.",
    "Police officers may attend library events free of charge.",
    "Government publications are included in the collection.",
  ],
}, 'paraphrases');
