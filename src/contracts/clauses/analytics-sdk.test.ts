import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { analyticsSdk } from './analytics-sdk.js';

checkExamples(analyticsSdk, {
  harmful: ['We use Google Analytics to understand usage.', 'Our app includes third-party SDKs.', 'We use session replay tools to record how you use our pages.'],
  protective: ['We do not use third-party analytics.', 'We use self-hosted analytics that does not set cookies.', 'No third-party scripts load on our pages.'],
  ambiguous: ['We use cookies and similar technologies to understand how the service is used.'],
  none: ['The Library subscribes to research databases.', 'Staff analyse circulation trends each year.'],
});
