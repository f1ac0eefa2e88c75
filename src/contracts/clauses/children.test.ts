import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { children } from './children.js';

checkExamples(children, {
  harmful: ['We may collect information from children under 13.', 'We use data about students to personalize marketing.'],
  protective: ['We do not knowingly collect personal information from children under 13.', 'We comply with COPPA and FERPA.', 'We obtain verifiable parental consent before a child creates an account.'],
  ambiguous: ['Our service is not directed to children under 13.'],
  none: ['Story time is held on Saturdays.', 'Adults may borrow up to 30 items.'],
});
