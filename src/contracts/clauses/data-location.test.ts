import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { dataLocation } from './data-location.js';

checkExamples(dataLocation, {
  harmful: ['Your information may be transferred to any country where we operate.', 'Data may be stored outside the United States.'],
  protective: ['All Patron Data is stored solely in the United States.', 'Patron Data shall remain within the European Union.'],
  ambiguous: ['Data may be transferred outside the EEA under standard contractual clauses.', 'We rely on appropriate safeguards for international transfers.'],
  none: ['The Library is located in Ohio.', 'Shipping of printed materials is free within Canada.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(dataLocation, {
  harmful: [
    "Personal information may be transferred to, and processed in, countries other than the one in which you reside.",
    "Provider may store Customer Data in any region in which it or its sub-processors maintain facilities.",
    "Your data may be accessed by our support teams located overseas.",
    "Backups are replicated to data centres around the world.",
    "We may move Patron Data to other jurisdictions at our discretion.",
    "Licensee Data may be hosted outside Canada.",
  ],
  protective: [
    "All Customer Data shall be stored and processed exclusively within the continental United States.",
    "Patron records never leave Canadian data centres.",
    "Vendor will not transfer Library Data outside the United States without the Library's prior written consent.",
    "Hosting is provided from servers physically located in Ontario.",
    "Data resides on servers in the European Economic Area.",
    "No Patron Data is stored or accessed from outside Australia.",
  ],
  ambiguous: [
    "Where data is transferred internationally, we rely on appropriate safeguards.",
    "Transfers to third countries are made under the Standard Contractual Clauses.",
  ],
  none: [
    "The Vendor is incorporated in Delaware.",
    "Support is available worldwide by telephone.",
    "Customers outside the United States are billed in their local currency.",
  ],
}, 'paraphrases');
