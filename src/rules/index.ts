/**
 * The rule registry: every rule of the scan audit, keyed by id. Types derive from it (`RuleId`), the engine
 * runs `ruleList` in this order, and a test checks that every `*.rule.ts` file in this folder is registered.
 */
import { advertisingPixel } from './advertising-pixel.rule.js';
import { cameraAccess } from './camera-access.rule.js';
import { faceRecognition } from './face-recognition.rule.js';
import { fingerprinting } from './fingerprinting.rule.js';
import { firstPartyTrackingCookie } from './first-party-tracking-cookie.rule.js';
import { googleAnalytics } from './google-analytics.rule.js';
import { httpsHsts } from './https-hsts.rule.js';
import { keyLogging } from './key-logging.rule.js';
import { mixedContent } from './mixed-content.rule.js';
import { privacyPolicyLink } from './privacy-policy-link.rule.js';
import { readingLeak } from './reading-leak.rule.js';
import { referrerPolicy } from './referrer-policy.rule.js';
import { searchTermLeak } from './search-term-leak.rule.js';
import { sessionReplay } from './session-replay.rule.js';
import { thirdPartyContent } from './third-party-content.rule.js';
import { thirdPartyCookie } from './third-party-cookie.rule.js';
import { thirdPartyFontsCdn } from './third-party-fonts-cdn.rule.js';
import { thirdPartyTracker } from './third-party-tracker.rule.js';
import { trackingAfterRejection } from './tracking-after-rejection.rule.js';
import { trackingBeforeConsent } from './tracking-before-consent.rule.js';
import type { Rule } from './types.js';

export const rules = {
  'face-recognition': faceRecognition,
  'camera-access': cameraAccess,
  'session-replay': sessionReplay,
  'key-logging': keyLogging,
  'search-term-leak': searchTermLeak,
  'reading-leak': readingLeak,
  'fingerprinting': fingerprinting,
  'advertising-pixel': advertisingPixel,
  'third-party-cookie': thirdPartyCookie,
  'first-party-tracking-cookie': firstPartyTrackingCookie,
  'third-party-tracker': thirdPartyTracker,
  'tracking-before-consent': trackingBeforeConsent,
  'tracking-after-rejection': trackingAfterRejection,
  'google-analytics': googleAnalytics,
  'third-party-fonts-cdn': thirdPartyFontsCdn,
  'third-party-content': thirdPartyContent,
  'https-hsts': httpsHsts,
  'mixed-content': mixedContent,
  'referrer-policy': referrerPolicy,
  'privacy-policy-link': privacyPolicyLink,
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof rules;

/** Every rule, in registry order. */
export const ruleList: readonly Rule[] = Object.values(rules);

export type { Rule, RuleHit, RuleContext } from './types.js';
