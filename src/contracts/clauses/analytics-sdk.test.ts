import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { analyticsSdk } from './analytics-sdk.js';

checkExamples(analyticsSdk, {
  harmful: ['We use Google Analytics to understand usage.', 'Our app includes third-party SDKs.', 'We use session replay tools to record how you use our pages.'],
  protective: ['We do not use third-party analytics.', 'We use self-hosted analytics that does not set cookies.', 'No third-party scripts load on our pages.'],
  ambiguous: ['We use cookies and similar technologies to understand how the service is used.'],
  none: ['The Library subscribes to research databases.', 'Staff analyse circulation trends each year.'],
});

// Paraphrases written before the matcher was generalised: wordings the patterns were not written against.
checkExamples(analyticsSdk, {
  harmful: [
    "The app embeds software libraries from third parties that collect crash and usage data.",
    "We use Google Analytics 4 on our catalogue pages.",
    "Third-party measurement tools may record how you interact with the pages.",
    "Our website uses tag managers and tracking scripts supplied by outside companies.",
    "The reader app includes the Facebook SDK for sign-in.",
    "Session recordings of user interactions may be captured to improve the interface.",
  ],
  protective: [
    "No third-party analytics, advertising or tracking code is included in the Service.",
    "The Service does not embed any external scripts or software development kits.",
    "Usage is measured with a self-hosted Matomo instance.",
    "We do not use session replay or heat-mapping tools.",
    "The app contains no trackers from outside parties.",
    "Analytics are collected in-house and never sent to an outside provider.",
  ],
  ambiguous: [
    "We use cookies and similar technologies to understand how the service is used.",
  ],
  none: [
    "We use a strictly necessary session cookie to keep you logged in.",
    "The Library may view usage statistics in the admin dashboard.",
    "Our accessibility statement describes screen-reader support.",
  ],
}, 'paraphrases');
