/** Topic: analytics and third-party SDKs inside the vendor's product. Patterns only; `matcher.ts` reads them. */
import type { TopicDef } from '../types.js';
import { GAP, rx } from './vocab.js';

const NAMED = String.raw`(?:Google Analytics|Google Tag Manager|Adobe Analytics|Mixpanel|Segment|Hotjar|FullStory|Facebook (?:Pixel|SDK)|Meta Pixel|Firebase|Crashlytics|Amplitude|Heap|New Relic|Crazy Egg|Quantcast|Optimizely|Microsoft Clarity|LogRocket|Pendo|AppsFlyer|Adjust SDK|Branch SDK|Sentry|Datadog RUM)`;
// Code from others running inside the product: trackers, tags, scripts, SDKs, libraries.
const CODE = String.raw`(?:analytics|SDKs?|software development kits?|tracking (?:tools|technolog\w+|scripts|code|pixels)|trackers|tracking|cookies|pixels|web beacons|session replay|scripts|measurement(?: tools)?|tags?|tag managers?|plug-?ins|software librar(?:y|ies)|code|widgets|libraries)`;
const OUTSIDE = String.raw`(?:third[- ]part(?:y|ies)|outside (?:companies|parties|providers|vendors)|external|other companies)`;

export const analyticsSdk: TopicDef = {
  id: 'analytics-sdk',
  title: 'Analytics and third-party SDKs in the product',
  concern: 'The product should not embed third-party analytics, SDKs, pixels or session recording.',
  cites: ['ala-privacy-interp', 'ala-vendor-tracking', 'ala-bds-3'],
  expected: false,
  severity: { harmful: 'medium', ambiguous: 'low', silent: 'low' },
  harmful: [
    rx(String.raw`\b${NAMED}\b`),
    rx(String.raw`\b(?:third[- ]party|external|outside) (?:(?:analytics|advertising|marketing),? (?:or |and )?)*${CODE}\b`),
    rx(String.raw`\b${CODE}\b`, GAP(30), String.raw`\b(?:from|by|supplied by|provided by|owned by|of) ${OUTSIDE}\b`),
    rx(String.raw`\b(?:embed|integrat|includ|contain|load|bundl|use|uses|using)\w*\b`, GAP(30), String.raw`\b(?:tag managers?|tracking scripts|trackers|SDKs?|software development kits?|social (?:media |network )?(?:plug-?ins?|widgets?|buttons?|pixels?))\b`),
    rx(String.raw`(?<!\b(?:advertising|ad|marketing) )\b(?:partners|third parties|companies|providers|vendors)\b`, GAP(80), String.raw`\b(?:plac|set|drop|stor|read|install)\w*\b`, GAP(30), String.raw`\b(?:identifiers|cookies|pixels|tags|trackers|beacons|SDKs?)\b`),
    rx(String.raw`\b(?:record|captur|log)\w* (?:\w+ ){0,2}?(?:screenshots|keystrokes|screens|mouse movements|clicks and scrolls)\b`),
    rx(String.raw`\bembed\w* (?:\w+ ){0,3}?from (?:YouTube|Vimeo|Twitter|Facebook|Instagram|TikTok|social (?:media|networks?)|third[- ]party (?:sites|services|platforms))\b`),
    rx(String.raw`\b(?:set|sets|use|uses|place|places|drop|drops|load|loads)\b (?:any )?(?:tracking|third[- ]party|advertising) cookies\b`),
    rx(String.raw`\b(?:service|tool|SDK|script|library|provider|platform)\b (?:(?:that is|which is) )?(?:run|operated|provided|hosted|owned) by (?:another|a third|an outside|an external|a separate) (?:company|party|provider|firm)\b`),
    rx(String.raw`\bsession recordings? of (?:\w+ )?(?:interactions|clicks|activity|screens?|browsing|navigation)\b|\brecord\w* (?:\w+ )?(?:sessions|interactions|keystrokes|mouse movements)\b`),
    rx(String.raw`\b(?:session replay|session (?:replay|recording) (?:tools?|scripts?|software|services?)|heat ?maps?|record\w* (?:your |users' |patrons' )?(?:mouse|clicks|keystrokes|scrolling|screen))\b`),
    rx(String.raw`(?<!(?:first[- ]party|self-hosted|in-house|on-premises|cookieless|privacy-preserving) )\banalytics (?:providers?|services?|partners?|tools?|companies|vendors?|SDKs?)\b`),
    rx(String.raw`\b(?:web beacons|pixel tags|tracking pixels|clear gifs|software development kits|SDKs)\b`),
  ],
  protective: [
    rx(String.raw`\b(?:first[- ]party|self-hosted|on-premises|locally hosted|in-house|privacy-preserving|cookieless) (?:web |usage )?(?:analytics|Matomo|Plausible|instance|measurement|statistics)\b`),
    rx(String.raw`\b(?:analytics|usage statistics|measurement)\b`, GAP(40), String.raw`\b(?:in-house|on our own servers|first[- ]party|self-hosted|locally)\b`),
  ],
  fixed: [
    { re: rx(String.raw`\b(?:tool|service|software|script|counter|analytics|statistics)\b`, GAP(30), String.raw`\b(?:stores?|sets?|uses?|collects?|keeps?) no (?:cookies|IP addresses|personal data|identifiers)\b|\bprivacy-(?:friendly|respecting|first|preserving) (?:analytics|tool|counter|statistics|measurement)\b`), stance: 'protective' },
    { re: rx(String.raw`\banalytics\b`, GAP(60), String.raw`\b(?:do(?:es)? not (?:use|set|rely on) cookies|without cookies|IP addresses (?:are |is )?(?:truncated|anonymi[sz]ed|discarded))\b`), stance: 'protective' }],
  // "Analytics" alone is vague only when it is the product's own measurement, not "retail analytics firms".
  ambiguous: [rx(String.raw`\b(?:cookies and similar technologies|similar (?:tracking )?technologies|(?:usage|web|site|app) analytics|analytics (?:tools?|cookies|software|scripts?|services?|data|purposes)|(?:use|uses|using|collect\w*) analytics)\b`)],
};
