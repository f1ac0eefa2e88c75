import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { governingLaw } from './governing-law.js';

checkExamples(governingLaw, {
  harmful: ['You waive any rights under state library privacy laws.', 'Notwithstanding any library records law, Vendor may disclose usage data.'],
  protective: ['Vendor shall comply with the state library records confidentiality law.', 'This Agreement is governed by the laws of the state in which the Library is located.'],
  ambiguous: ['This Agreement is governed by the laws of Delaware.'],
  none: ['The Library shall comply with fire safety regulations.', 'Requests from law enforcement are handled by the Library.'],
});
