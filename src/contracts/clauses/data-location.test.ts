import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { dataLocation } from './data-location.js';

checkExamples(dataLocation, {
  harmful: ['Your information may be transferred to any country where we operate.', 'Data may be stored outside the United States.'],
  protective: ['All Patron Data is stored solely in the United States.', 'Patron Data shall remain within the European Union.'],
  ambiguous: ['Data may be transferred outside the EEA under standard contractual clauses.', 'We rely on appropriate safeguards for international transfers.'],
  none: ['The Library is located in Ohio.', 'Shipping of printed materials is free within Canada.'],
});
