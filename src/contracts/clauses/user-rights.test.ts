import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { userRights } from './user-rights.js';

checkExamples(userRights, {
  harmful: ['Users cannot delete their reading history.', 'Patrons are not able to correct their account information.'],
  protective: ['You may access, correct or delete your personal information at any time.', 'Patrons have the right to erasure of their data.', 'We will honour requests to delete personal data within 30 days.'],
  ambiguous: ['Where feasible, you may request deletion of your account data.'],
  none: ['Authorised Users may not systematically download the Licensed Materials.', 'Users may print articles for private study.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(userRights, {
  harmful: [
    "Users cannot obtain a copy of the data held about them.",
    "Patrons are not able to correct or remove their borrowing history.",
    "The Company is not required to honor requests to delete personal information.",
    "Individuals have no right to access or erase the records kept about them.",
    "Deletion requests from readers will not be accepted.",
  ],
  protective: [
    "Each patron may request a copy of, and correction of, any personal information the Vendor holds.",
    "Data subjects may exercise their rights of access, rectification and erasure by contacting us.",
    "You can download your full reading history as a spreadsheet.",
    "Vendor shall assist the Library in responding to patron requests to view, amend or delete their records.",
    "A guardian may review and delete the information collected from their child.",
    "Account holders are given the ability to erase their search history at any time.",
    "Requests for access to or deletion of personal data will be fulfilled within 30 days.",
  ],
  none: [
    "Users may access the Service from any device.",
    "Patrons can view the catalogue without logging in.",
    "Library staff can update the opening hours displayed in the app.",
  ],
}, 'paraphrases');
