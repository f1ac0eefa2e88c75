import { checkExamples } from '../../../test/contracts/topic-examples.js';
import { denialPricing } from './denial-pricing.js';

checkExamples(denialPricing, {
  harmful: ['We may use your data to set prices for premium features.', 'Access may be restricted based on your usage patterns.', 'We compute a risk score for each user.'],
  protective: ['Vendor will not use Patron Data to deny or limit access to the service.', 'We never use personal information to determine prices.'],
  none: ['Prices are listed in the order form.', 'Access is available around the clock.'],
});
