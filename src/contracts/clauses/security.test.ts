import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { security } from './security.js';

checkExamples(security, {
  harmful: ['Patron Data will not be encrypted.', 'The Vendor has no obligation to notify the Library of a breach.', 'Passwords are stored in plain text.'],
  protective: ['Data is encrypted in transit and at rest.', 'We will notify the Library of any security breach within 72 hours.', 'No later than five business days after discovery, Vendor shall notify the Library of the breach.'],
  ambiguous: ['We use reasonable security measures to protect your data.', 'We will notify affected users of a data breach promptly.'],
  none: ['The building is secured after closing time.', 'Fees increase by three percent each year.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(security, {
  harmful: [
    "Provider shall have no duty to inform Customer of any security incident.",
    "Licensor makes no commitment to notify users of a data breach.",
    "Passwords are stored in plain text.",
    "Vendor disclaims all liability for unauthorised access to Patron Data.",
    "We are not obligated to tell you if your information is compromised.",
    "Data is transmitted between the app and our servers without encryption.",
  ],
  protective: [
    "Patron Data shall be protected using AES-256 at rest and TLS in transit.",
    "In the event of a Security Incident, Vendor shall notify the Library without undue delay and in any case within seventy-two (72) hours.",
    "The Provider will inform affected patrons and the Library of any unauthorized disclosure no later than five business days after discovery.",
    "Notice of a breach will be given to the Customer within 48 hours of its discovery.",
    "Suspected breaches are reported to the Library within one business day.",
    "Vendor maintains a written information security program and undergoes annual penetration testing.",
  ],
  ambiguous: [
    "We take reasonable steps to protect your information.",
    "We will let you know about a breach when required by law.",
    "Vendor employs industry-standard safeguards.",
  ],
  none: [
    "The Service is available 99.9% of the time.",
    "Security deposits are refundable at the end of the rental.",
    "Notify the Vendor of billing disputes within 30 days.",
    "Either party may terminate this Agreement for material breach on thirty days' written notice.",
  ],
}, 'paraphrases');
