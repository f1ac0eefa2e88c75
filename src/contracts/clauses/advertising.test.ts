import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { advertising } from './advertising.js';

checkExamples(advertising, {
  harmful: ['We use your reading history to show you targeted advertising.', 'Advertising partners may set cookies to track you across other websites.', 'We build profiles of your interests.'],
  protective: ['We do not display advertising.', 'The Provider shall not use Patron Data for targeted advertising or profiling.', 'We never track users across other sites.'],
  none: ['The Library may advertise its programs on its own website.', 'Support is available by telephone.'],
});
