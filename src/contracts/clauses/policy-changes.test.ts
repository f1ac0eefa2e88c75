import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { policyChanges } from './policy-changes.js';

checkExamples(policyChanges, {
  harmful: ['We may change this policy at any time without notice.', 'Your continued use of the service means you accept the revised terms.', 'Updated terms are effective upon posting.'],
  protective: ['We will notify the Library of material changes at least 60 days in advance.', 'This Agreement may be amended only in writing signed by both parties.', 'No amendment is effective unless agreed in writing.'],
  ambiguous: ['We reserve the right to update this notice.', 'We will notify you of changes to this policy.'],
  none: ['The Library may change its opening hours.', 'Passwords should be changed regularly.'],
});
