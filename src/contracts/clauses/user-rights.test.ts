import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { userRights } from './user-rights.js';

checkExamples(userRights, {
  harmful: ['Users cannot delete their reading history.', 'Patrons are not able to correct their account information.'],
  protective: ['You may access, correct or delete your personal information at any time.', 'Patrons have the right to erasure of their data.', 'We will honour requests to delete personal data within 30 days.'],
  ambiguous: ['Where feasible, you may request deletion of your account data.'],
  none: ['Authorised Users may not systematically download the Licensed Materials.', 'Users may print articles for private study.'],
});
