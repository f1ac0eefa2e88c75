/**
 * The behaviours the detector benchmark plants in its generated library sites, each with the rule ids it
 * must make fire. Planted behaviours are surveillance or hygiene problems in several variants (channel,
 * encoding, vendor, self-hosted or renamed); benign controls are the features a careful library really has
 * and that a tool must not cry wolf about. A behaviour contributes snippets to the landing page, to the
 * search results page and a record page, first-party files and response headers; generate.ts assembles them.
 *
 * `expect` are rules that must report; `maybe` are rules whose firing is a judgement call that is not scored
 * (e.g. whether a public CDN is also "third-party content" besides a CDN finding). Every other scored rule
 * is expected to stay silent on the site.
 */
import { FINGERPRINT, type HostFiles } from './third-parties.js';

/** The rule ids the benchmark scores: each must exist as `src/rules/<id>.rule.ts`. */
export const SCORED_RULES = [
  'third-party-tracker', 'third-party-content', 'third-party-cookie', 'first-party-tracking-cookie',
  'session-replay', 'key-logging', 'search-term-leak', 'reading-leak', 'fingerprinting', 'advertising-pixel',
  'google-analytics', 'camera-access', 'face-recognition', 'https-hsts', 'mixed-content', 'privacy-policy-link',
  'referrer-policy', 'third-party-fonts-cdn',
] as const;
export type ScoredRule = (typeof SCORED_RULES)[number];

export interface Plant {
  head?: string;
  body?: string;
  /** Snippet on the search results page (`/search`). */
  results?: string;
  /** Snippet in the landing page's featured-title block, which names a book by title and ISBN (`{{isbn}}`). */
  record?: string;
  /** First-party files: served path → content (or npm file). */
  files?: HostFiles;
  /** Response headers of the site's pages to override: `null` removes the default header. */
  headers?: Record<string, string | null>;
  /** Leave the privacy policy link out of the pages. */
  noPrivacyLink?: boolean;
}

export interface Variant {
  /** Unique id `behaviour/variant`. */
  id: string;
  expect: ScoredRule[];
  maybe?: ScoredRule[];
  plant: (ctx: PlantContext) => Plant;
}

export interface Behaviour {
  id: string;
  kind: 'planted' | 'benign';
  /** Behaviours of one group never share a site (they set the same header, say). */
  group?: string;
  /** What it is, for the labels file and the report. */
  description: string;
  /** How many sites get each variant (default 1); single-rule variants get more so each rule has cases. */
  copies?: number;
  variants: Variant[];
}

export interface PlantContext {
  host: string;
  /** Seeded random integer in [0, n). */
  int(n: number): number;
}

const o = (h: string) => `{{origin:${h}}}`;
const TP = 'third-party-tracker' as const;
const TC = 'third-party-content' as const;
const FPC = 'first-party-tracking-cookie' as const;
const CDN = 'third-party-fonts-cdn' as const;

/** Real ISBN-13s and titles shown on record pages. */
export const BOOKS = [
  { isbn: '9780262033848', title: 'Introduction to Algorithms' },
  { isbn: '9780143127741', title: 'The Body Keeps the Score' },
  { isbn: '9781594634024', title: 'The Goldfinch' },
  { isbn: '9780061120084', title: 'To Kill a Mockingbird' },
  { isbn: '9780307387899', title: 'The Road' },
] as const;

const leadCapture = (channel: string, trigger: string, encoding: string, field: string) =>
  `<script src="${o('forms.leadcapture.example')}/lc.js" data-lc-channel="${channel}" data-lc-trigger="${trigger}" data-lc-encoding="${encoding}" data-lc-field="${field}"></script>`;

const rrwebUpload = (target: string, mask: boolean) => `<script>
(function(){ var events = [];
  rrweb.record({ emit: function(e){ events.push(e); }, maskAllInputs: ${mask} });
  function flush(){ if (!events.length) return; var body = JSON.stringify(events.splice(0)); ${target} }
  setInterval(flush, 500); addEventListener('pagehide', flush);
})();
</script>`;

export const BEHAVIOURS: readonly Behaviour[] = [
  // ---------------------------------------------------------------- planted
  {
    id: 'google-analytics', kind: 'planted', description: 'Google Analytics (GA4 with and without Google signals, Universal)',
    variants: [
      { id: 'google-analytics/ga4-signals', expect: ['google-analytics', FPC], maybe: [TP, 'advertising-pixel'], plant: () => ({
        head: `<script async src="${o('www.googletagmanager.com')}/gtag/js?id=G-LIB4X2"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-LIB4X2');</script>` }) },
      { id: 'google-analytics/ga4-no-signals', expect: ['google-analytics', FPC], maybe: [TP], plant: () => ({
        head: `<script async src="${o('www.googletagmanager.com')}/gtag/js?id=G-Q7PL0M"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-Q7PL0M',{allow_google_signals:false,allow_ad_personalization_signals:false});</script>` }) },
      { id: 'google-analytics/universal', expect: ['google-analytics', FPC], maybe: [TP], plant: () => ({
        head: `<script>window.ga=window.ga||function(){(ga.q=ga.q||[]).push(arguments)};ga('create','UA-4471-2','auto');ga('set','anonymizeIp',true);ga('send','pageview');</script><script async src="${o('www.google-analytics.com')}/analytics.js"></script>` }) },
    ],
  },
  {
    id: 'ad-pixel', kind: 'planted', description: 'Advertising pixels (Meta, TikTok, LinkedIn, Google Ads)',
    variants: [
      { id: 'ad-pixel/meta', expect: ['advertising-pixel', FPC], maybe: [TP], plant: () => ({
        head: `<script>!function(f){if(f.fbq)return;var n=f.fbq=function(){n.queue.push(arguments)};n.queue=[];}(window);fbq('init','918273645');fbq('track','PageView');</script><script async src="${o('connect.facebook.net')}/en_US/fbevents.js"></script>` }) },
      { id: 'ad-pixel/tiktok', expect: ['advertising-pixel', FPC], maybe: [TP], plant: () => ({
        head: `<script>window.ttq=window.ttq||[];ttq._i='CK9L2QJC77U';</script><script async src="${o('analytics.tiktok.com')}/i18n/pixel/events.js?sdkid=CK9L2QJC77U"></script>` }) },
      { id: 'ad-pixel/linkedin', expect: ['advertising-pixel'], maybe: [TP], plant: () => ({
        head: `<script>window._linkedin_data_partner_ids=['5512034'];</script><script async src="${o('snap.licdn.com')}/li.lms-analytics/insight.min.js"></script>` }) },
      { id: 'ad-pixel/google-ads', expect: ['advertising-pixel', FPC], maybe: [TP], plant: () => ({
        head: `<script async src="${o('www.googletagmanager.com')}/gtag/js?id=AW-802211"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','AW-802211');</script>` }) },
    ],
  },
  {
    id: 'tracker', kind: 'planted', description: 'Third-party analytics trackers known to the tracker database',
    variants: [
      { id: 'tracker/segment', expect: [TP], plant: () => ({ head: `<script async src="${o('cdn.segment.com')}/analytics.js/v1/k9Xq2/analytics.min.js"></script>` }) },
      { id: 'tracker/mixpanel', expect: [TP], plant: () => ({ head: `<script>window.MP_TOKEN='7d1f0c';</script><script async src="${o('cdn.mxpnl.com')}/libs/mixpanel-2-latest.min.js"></script>` }) },
    ],
  },
  {
    id: 'third-party-cookie', kind: 'planted', description: 'Identifier cookies set by third parties (sync pixel, iframe, script)',
    variants: [
      { id: 'third-party-cookie/pixel', expect: ['third-party-cookie', TC], plant: () => ({ body: `<img src="${o('id.partnersync.example')}/sync.gif" width="1" height="1" alt="">` }) },
      { id: 'third-party-cookie/iframe', expect: ['third-party-cookie', TC], plant: () => ({ body: `<iframe src="${o('match.audiencegraph.example')}/match" width="1" height="1" title="sync" style="border:0"></iframe>` }) },
      { id: 'third-party-cookie/script', expect: ['third-party-cookie', TC], plant: () => ({ head: `<script async src="${o('uid.datamesh.example')}/u.js"></script>` }) },
    ],
  },
  {
    id: 'session-replay', kind: 'planted', description: 'Session replay: vendors, and real rrweb from a CDN, self-hosted or renamed',
    variants: [
      { id: 'session-replay/hotjar', expect: ['session-replay', FPC], maybe: [TP, 'reading-leak'], plant: () => ({ head: `<script>window.__REPLAY_ID='3456';</script><script async src="${o('static.hotjar.com')}/c/hotjar-3456.js?sv=6"></script>` }) },
      { id: 'session-replay/clarity', expect: ['session-replay', FPC], maybe: [TP, 'reading-leak'], plant: () => ({ head: `<script async src="${o('www.clarity.ms')}/tag/k3mq9"></script>` }) },
      { id: 'session-replay/fullstory', expect: ['session-replay', FPC], maybe: [TP, 'reading-leak'], plant: () => ({ head: `<script async src="${o('edge.fullstory.com')}/s/fs.js"></script>` }) },
      // Unmasked rrweb records every keystroke, so the typed decoys and the search leave with the upload.
      { id: 'session-replay/rrweb-cdn', expect: ['session-replay', 'key-logging', 'search-term-leak', TC, CDN], maybe: ['reading-leak'], plant: () => ({
        body: `<script src="${o('cdn.jsdelivr.net')}/npm/rrweb@2.0.0-alpha.4/dist/rrweb.umd.min.cjs"></script>` + rrwebUpload(`fetch('${o('collect.replaybox.example')}/v1/events', { method: 'POST', body: body, keepalive: true }).catch(function(){});`, false) }) },
      { id: 'session-replay/rrweb-renamed-ws', expect: ['session-replay', 'key-logging', 'search-term-leak', TC], maybe: ['reading-leak'], plant: () => ({
        files: { '/assets/js/vendor.4f2a9c.js': { npm: 'rrweb/dist/rrweb.umd.min.cjs', type: 'text/javascript' } },
        body: `<script src="/assets/js/vendor.4f2a9c.js"></script>` + rrwebUpload(`var ws = window.__rws || (window.__rws = new WebSocket('${o('stream.sessionlens.example')}'.replace('https:', 'wss:') + '/_ws')); if (ws.readyState === 1) ws.send(body); else ws.addEventListener('open', function(){ ws.send(body); });`, false) }) },
      // Masked and first-party: still a recorder of everything the patron does on the page.
      { id: 'session-replay/rrweb-selfhosted-masked', expect: ['session-replay'], plant: () => ({
        files: { '/static/ux-insight.js': { npm: 'rrweb/dist/rrweb.umd.min.cjs', type: 'text/javascript' } },
        body: `<script src="/static/ux-insight.js"></script>` + rrwebUpload(`navigator.sendBeacon('/api/ux/batch', body);`, true) }) },
    ],
  },
  {
    id: 'key-logging', kind: 'planted', description: 'A form tool sending what is typed before submit (channels, triggers, encodings)',
    variants: [
      { id: 'key-logging/email-fetch-blur-plain', expect: ['key-logging', TC], plant: () => ({ body: leadCapture('fetch', 'blur', 'plain', '#email') }) },
      { id: 'key-logging/email-image-input-base64', expect: ['key-logging', TC], plant: () => ({ body: leadCapture('image', 'input', 'base64', '#email') }) },
      { id: 'key-logging/email-beacon-blur-json', expect: ['key-logging', TC], plant: () => ({ body: leadCapture('beacon', 'blur', 'json', '#email') }) },
      { id: 'key-logging/email-websocket-input-plain', expect: ['key-logging', TC], plant: () => ({ body: leadCapture('websocket', 'input', 'plain', '#email') }) },
      { id: 'key-logging/email-xhr-blur-url', expect: ['key-logging', TC], plant: () => ({ body: leadCapture('xhr', 'blur', 'url', '#email') }) },
      { id: 'key-logging/search-image-input-url', expect: ['key-logging', 'search-term-leak', TC], plant: () => ({ body: leadCapture('image', 'input', 'url', 'input[name=lookfor]') }) },
      { id: 'key-logging/search-beacon-input-base64', expect: ['key-logging', 'search-term-leak', TC], plant: () => ({ body: leadCapture('beacon', 'input', 'base64', 'input[name=lookfor]') }) },
    ],
  },
  {
    id: 'search-leak', kind: 'planted', group: 'referrer', description: 'The search reaching a third party after submit (widget, Referer, tracker) or as-you-type',
    variants: [
      { id: 'search-leak/results-widget', expect: ['search-term-leak', TC], plant: () => ({ results: `<script async src="${o('widgets.recommendly.example')}/related.js"></script>` }) },
      { id: 'search-leak/referer-unsafe-url', expect: ['search-term-leak', 'referrer-policy', TC], plant: () => ({
        headers: { 'referrer-policy': 'unsafe-url' }, results: `<img src="${o('badges.librarywidgets.example')}/badge.gif" alt="">` }) },
      { id: 'search-leak/results-tracker-base64', expect: ['search-term-leak', TP], plant: () => ({
        results: `<script>window.MP_TOKEN='7d1f0c';</script><script async src="${o('cdn.mxpnl.com')}/libs/mixpanel-2-latest.min.js"></script>` }) },
      { id: 'search-leak/suggest-as-you-type', expect: ['search-term-leak', 'key-logging', TC], plant: () => ({ body: `<script async src="${o('suggest.searchvendor.example')}/suggest.js"></script>` }) },
    ],
  },
  {
    id: 'reading-leak', kind: 'planted', description: 'The book being looked at sent to a cover or recommendation service',
    variants: [
      { id: 'reading-leak/openlibrary-cover', expect: ['reading-leak'], maybe: [TC], plant: () => ({ record: `<img src="${o('covers.openlibrary.org')}/b/isbn/{{isbn}}-M.jpg" alt="cover">` }) },
      { id: 'reading-leak/syndetics-cover', expect: ['reading-leak'], maybe: [TC], plant: () => ({ record: `<img src="${o('secure.syndetics.com')}/index.aspx?isbn={{isbn}}/MC.GIF&client=riverlib" alt="cover">` }) },
      { id: 'reading-leak/contentcafe-cover', expect: ['reading-leak'], maybe: [TC], plant: () => ({ record: `<img src="${o('contentcafe2.btol.com')}/ContentCafe/Jacket.aspx?UserID=lib&Return=T&Type=M&Value={{isbn}}" alt="cover">` }) },
      { id: 'reading-leak/title-recommendations', expect: ['reading-leak', TC], plant: () => ({ record: `<script async src="${o('widgets.recommendly.example')}/similar.js"></script>` }) },
    ],
  },
  {
    id: 'fingerprinting', kind: 'planted', description: 'Browser fingerprinting: canvas (text in pieces), fonts, WebGL, audio',
    variants: [
      { id: 'fingerprinting/canvas-3p', expect: ['fingerprinting', TC], plant: () => ({ body: `<script src="${o('static.fpcollect.example')}/fp.js" data-fp="canvas" data-report="${o('static.fpcollect.example')}/r"></script>` }) },
      { id: 'fingerprinting/fonts-canvas-3p', expect: ['fingerprinting', TC], plant: () => ({ body: `<script src="${o('static.fpcollect.example')}/fp.js" data-fp="fonts-canvas" data-report="${o('static.fpcollect.example')}/r"></script>` }) },
      { id: 'fingerprinting/fonts-dom-1p', expect: ['fingerprinting'], plant: () => ({ files: { '/js/device.js': { body: FINGERPRINT } }, body: `<script src="/js/device.js" data-fp="fonts-dom"></script>` }) },
      { id: 'fingerprinting/webgl-1p', expect: ['fingerprinting'], plant: () => ({ files: { '/js/device.js': { body: FINGERPRINT } }, body: `<script src="/js/device.js" data-fp="webgl"></script>` }) },
      { id: 'fingerprinting/audio-3p', expect: ['fingerprinting', TC], plant: () => ({ body: `<script src="${o('static.fpcollect.example')}/fp.js" data-fp="audio" data-report="${o('static.fpcollect.example')}/r"></script>` }) },
    ],
  },
  {
    id: 'camera', kind: 'planted', description: 'Camera access (self check-in) and identity-verification SDKs',
    variants: [
      { id: 'camera/self-checkin', expect: ['camera-access'], plant: () => ({ body: `<video id="cam" autoplay muted playsinline width="160" height="120"></video><script>navigator.mediaDevices.getUserMedia({ video: true }).then(function(s){ document.getElementById('cam').srcObject = s; }).catch(function(){});</script>` }) },
      { id: 'camera/idv-sdk', expect: ['camera-access', 'face-recognition'], maybe: [TC], plant: () => ({ body: `<script src="${o('sdk.onfido.com')}/v14/onfido.min.js"></script><script>window.IdvSdk && IdvSdk.start();</script>` }) },
    ],
  },
  {
    id: 'face-recognition', kind: 'planted', description: 'face-api.js with its model files, from node_modules or self-hosted under another name',
    variants: [
      { id: 'face-recognition/face-api-camera', expect: ['face-recognition', 'camera-access'], plant: () => ({
        body: `<script src="/_npm/@vladmandic/face-api/dist/face-api.js"></script><script>faceapi.nets.tinyFaceDetector.loadFromUri('/_npm/@vladmandic/face-api/model').then(function(){ return navigator.mediaDevices.getUserMedia({ video: true }); }).catch(function(){});</script>` }) },
      { id: 'face-recognition/face-api-renamed', expect: ['face-recognition'], plant: () => ({
        files: {
          '/js/checkin-widget.js': { npm: '@vladmandic/face-api/dist/face-api.js', type: 'text/javascript' },
          '/assets/m/tiny_face_detector_model-weights_manifest.json': { npm: '@vladmandic/face-api/model/tiny_face_detector_model-weights_manifest.json', type: 'application/json' },
          '/assets/m/tiny_face_detector_model.bin': { npm: '@vladmandic/face-api/model/tiny_face_detector_model.bin', type: 'application/octet-stream' },
        },
        body: `<script src="/js/checkin-widget.js"></script><script>faceapi.nets.tinyFaceDetector.loadFromUri('/assets/m').catch(function(){});</script>` }) },
    ],
  },
  {
    id: 'hygiene', kind: 'planted', group: 'referrer', copies: 2, description: 'Library hygiene: no HSTS, no privacy link, mixed content, leaky Referrer-Policy, Google Fonts',
    variants: [
      { id: 'hygiene/no-hsts', expect: ['https-hsts'], plant: () => ({ headers: { 'strict-transport-security': null } }) },
      { id: 'hygiene/no-privacy-link', expect: ['privacy-policy-link'], plant: () => ({ noPrivacyLink: true }) },
      { id: 'hygiene/mixed-content', expect: ['mixed-content'], plant: (c) => ({ body: `<img src="http://${c.host}/images/banner.png" alt="banner" width="10" height="10">` }) },
      { id: 'hygiene/referrer-downgrade', expect: ['referrer-policy'], plant: () => ({ headers: { 'referrer-policy': 'no-referrer-when-downgrade' } }) },
      { id: 'hygiene/google-fonts', expect: [CDN], maybe: [TC], plant: () => ({ head: `<link rel="stylesheet" href="${o('fonts.googleapis.com')}/css2?family=Merriweather">` }) },
    ],
  },
  // ---------------------------------------------------------------- benign controls
  {
    id: 'autocomplete-1p', kind: 'benign', description: 'First-party autocomplete that echoes suggestions',
    variants: [{ id: 'autocomplete-1p/echo', expect: [], plant: () => ({
      files: { '/suggest': { echo: 'q', type: 'text/plain' } },
      body: `<script>(function(){ var b = document.querySelector('input[name=lookfor]'), out = document.getElementById('suggestions'); b.addEventListener('input', function(){ fetch('/suggest?q=' + encodeURIComponent(b.value)).then(function(r){ return r.text(); }).then(function(t){ out.textContent = t; }); }); })();</script>` }) }],
  },
  {
    id: 'canvas-chart', kind: 'benign', description: 'A bar chart of loans drawn on a canvas',
    variants: [{ id: 'canvas-chart/bars', expect: [], plant: () => ({
      body: `<canvas id="loans" width="480" height="200" aria-label="Loans per month"></canvas><script>(function(){ var x = document.getElementById('loans').getContext('2d'), d = [12, 19, 7, 15, 22, 9]; x.font = '12px sans-serif';
d.forEach(function(v, i){ x.fillStyle = '#3b6'; x.fillRect(20 + i * 75, 180 - v * 7, 50, v * 7); x.fillStyle = '#222'; x.fillText(['Jan','Feb','Mar','Apr','May','Jun'][i], 30 + i * 75, 195); x.fillText(String(v), 35 + i * 75, 172 - v * 7); }); })();</script>` }) }],
  },
  {
    id: 'avatar-thumbnail', kind: 'benign', description: 'An avatar picture scaled down on a canvas and read back',
    variants: [{ id: 'avatar-thumbnail/jpeg', expect: [], plant: () => ({
      files: { '/img/avatar.svg': { body: '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><circle cx="128" cy="128" r="120" fill="#48a"/></svg>' } },
      body: `<img id="thumb" alt="your avatar" width="64" height="64"><script>(function(){ var i = new Image(); i.onload = function(){ var c = document.createElement('canvas'); c.width = 64; c.height = 64; c.getContext('2d').drawImage(i, 0, 0, 64, 64); document.getElementById('thumb').src = c.toDataURL('image/jpeg', 0.8); }; i.src = '/img/avatar.svg'; })();</script>` }) }],
  },
  {
    id: 'session-cookie-1p', kind: 'benign', description: 'A first-party session cookie for the catalogue',
    variants: [{ id: 'session-cookie-1p/httponly', expect: [], plant: () => ({ headers: { 'set-cookie': 'JSESSIONID=9f8e7d6c5b4a; Path=/; Secure; HttpOnly; SameSite=Lax' } }) }],
  },
  {
    id: 'counter-1p', kind: 'benign', description: 'A self-hosted, cookieless page counter',
    variants: [{ id: 'counter-1p/beacon', expect: [], plant: () => ({
      files: { '/js/count.js': { body: "navigator.sendBeacon('/api/count', JSON.stringify({ p: location.pathname, r: document.referrer ? new URL(document.referrer).hostname : '' }));" } },
      body: `<script async src="/js/count.js"></script>` }) }],
  },
  {
    id: 'map-tiles', kind: 'benign', description: 'Map tiles of the branch location',
    variants: [{ id: 'map-tiles/osm', expect: [TC], plant: () => ({
      body: `<div class="map">${[[4093, 2724], [4094, 2724], [4093, 2725]].map(([x, y]) => `<img src="${o('tile.openstreetmap.org')}/13/${x}/${y}.png" width="128" height="128" alt="map">`).join('')}</div>` }) }],
  },
  {
    id: 'public-cdn', kind: 'benign', description: 'A script library from a public CDN',
    variants: [
      { id: 'public-cdn/cdnjs', expect: [CDN], maybe: [TC], plant: () => ({ head: `<script src="${o('cdnjs.cloudflare.com')}/ajax/libs/jquery/3.7.1/jquery.min.js"></script>` }) },
      { id: 'public-cdn/jsdelivr', expect: [CDN], maybe: [TC], plant: () => ({ head: `<script src="${o('cdn.jsdelivr.net')}/npm/chart-lite@1.0.0/chart.min.js"></script>` }) },
    ],
  },
  {
    id: 'fonts-1p', kind: 'benign', description: 'Self-hosted web fonts',
    variants: [{ id: 'fonts-1p/woff2', expect: [], plant: () => ({
      files: { '/fonts/site.css': { body: "@font-face { font-family: 'Atkinson'; src: url(/fonts/atkinson.woff2) format('woff2'); } body { font-family: 'Atkinson', sans-serif; }" }, '/fonts/atkinson.woff2': { body: 'wOF2' } },
      head: `<link rel="stylesheet" href="/fonts/site.css">` }) }],
  },
];

/** Look up a variant by id. */
export function variantById(id: string): { behaviour: Behaviour; variant: Variant } | undefined {
  for (const behaviour of BEHAVIOURS) for (const variant of behaviour.variants) if (variant.id === id) return { behaviour, variant };
  return undefined;
}
