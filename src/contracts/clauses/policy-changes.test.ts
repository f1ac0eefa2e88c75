import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { policyChanges } from './policy-changes.js';

checkExamples(policyChanges, {
  harmful: ['We may change this policy at any time without notice.', 'Your continued use of the service means you accept the revised terms.', 'Updated terms are effective upon posting.'],
  protective: ['We will notify the Library of material changes at least 60 days in advance.', 'This Agreement may be amended only in writing signed by both parties.', 'No amendment is effective unless agreed in writing.'],
  ambiguous: ['We reserve the right to update this notice.', 'We will notify you of changes to this policy.'],
  none: ['The Library may change its opening hours.', 'Passwords should be changed regularly.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(policyChanges, {
  harmful: [
    "Licensor may amend these Terms at any time, and the amended Terms become binding when published on the Licensor's website.",
    "Your continued use of the Service after an update signifies that you accept the revised policy.",
    "We reserve the right to revise this Privacy Notice unilaterally.",
    "The current version of the policy is always available on our website, and it is your responsibility to check it regularly.",
    "Changes take effect as soon as they are posted.",
    "Provider may modify the Service Terms without informing Customer.",
  ],
  protective: [
    "No amendment to this Agreement shall be effective unless made in writing and signed by both parties.",
    "Material changes to this policy will be communicated to the Library at least 60 days before they take effect.",
    "Any change that reduces the protection of Patron Data requires the Library's express written consent.",
    "Vendor shall give Licensee written notice of any proposed modification no fewer than thirty days in advance.",
    "This policy will not be changed without notice to the Library.",
    "Changes will not take effect until the Customer has been notified and has agreed to them.",
  ],
  ambiguous: [
    "We may update this policy from time to time.",
    "We will notify you of material changes.",
  ],
  none: [
    "The Vendor may update the software to fix bugs.",
    "Patrons may change their password at any time.",
    "Library hours may change during holidays; check the website.",
  ],
}, 'paraphrases');
