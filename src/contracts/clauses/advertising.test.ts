import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { advertising } from './advertising.js';

checkExamples(advertising, {
  harmful: ['We use your reading history to show you targeted advertising.', 'Advertising partners may set cookies to track you across other websites.', 'We build profiles of your interests.'],
  protective: ['We do not display advertising.', 'The Provider shall not use Patron Data for targeted advertising or profiling.', 'We never track users across other sites.'],
  none: ['The Library may advertise its programs on its own website.', 'Support is available by telephone.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(advertising, {
  harmful: [
    "Search results may include sponsored listings chosen using your borrowing history.",
    "We and our marketing partners may use information about the titles you view to send you offers tailored to your interests.",
    "Licensor may disclose Usage Data to affiliated companies for their direct marketing.",
    "Viewing activity is combined with data from other sources to infer your interests and preferences.",
    "The app integrates code that reads the device's advertising identifier.",
    "Personal Data may be processed for the purposes of direct marketing and promotional communications.",
  ],
  protective: [
    "Patron Data shall not be used for advertising, marketing or the creation of user profiles.",
    "At no time will Provider serve advertisements within the Service or to Users.",
    "We never use what you read to target ads, whether on our service or elsewhere.",
    "No personal information is disclosed to advertisers or used for behavioural marketing.",
    "Reading activity is not combined with other sources to infer patrons' interests.",
    "The Service does not display sponsored content.",
  ],
  none: [
    "We use strictly necessary cookies to keep you signed in.",
    "The Library may promote the Service in its newsletters and on its website.",
    "Vendor may display the Library's logo on the login page.",
    "Marketing materials supplied by the Vendor may be used by the Library to promote the service.",
  ],
}, 'paraphrases');
