import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { children } from './children.js';

checkExamples(children, {
  harmful: ['We may collect information from children under 13.', 'We use data about students to personalize marketing.'],
  protective: ['We do not knowingly collect personal information from children under 13.', 'We comply with COPPA and FERPA.', 'We obtain verifiable parental consent before a child creates an account.'],
  ambiguous: ['Our service is not directed to children under 13.'],
  none: ['Story time is held on Saturdays.', 'Adults may borrow up to 30 items.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(children, {
  harmful: [
    "We may show advertisements to users under the age of 13.",
    "Activity data from student accounts may be used to build learning profiles shared with publishers.",
    "Younger readers receive sponsored book suggestions based on what they read.",
    "The app collects the precise location of children using it.",
    "Pupils' behaviour in the app is tracked to target offers to their families.",
  ],
  protective: [
    "We obtain verifiable consent from a parent or guardian before collecting any information from a child under 13.",
    "A child account can only be created by a parent.",
    "The Service complies with the Children's Online Privacy Protection Act.",
    "No advertising is shown to students, and student data is never used for marketing.",
    "Parents must approve their child's account before any reading is recorded.",
    "Information from users under sixteen is not used to build profiles.",
  ],
  ambiguous: [
    "Our service is not directed to children under 13.",
  ],
  none: [
    "The Library's children's room is open on Saturdays.",
    "Story time for toddlers is held weekly.",
    "Our staff includes former teachers and students of library science.",
  ],
}, 'paraphrases');
