/**
 * The third-party hosts of the detector benchmark corpus, as files the site server serves: small stand-ins
 * for real vendors' scripts (Google tag, Meta, TikTok and LinkedIn pixels, Segment, Mixpanel, Hotjar, Clarity,
 * FullStory, a public CDN serving the real rrweb) that send what the real ones send to the same hostnames, and
 * made-up vendors (a lead-capture form tool, a recommendation widget, cover services, a fingerprinter). They
 * are shared by every site of the corpus, so nothing here depends on the site: page-specific values (ids,
 * settings) come from the page, as with the real snippets. Paths without an extension are served through
 * the host's `_map.json` (see generate.ts).
 */

/** One served path: a file body, optionally with a cookie, or the bytes of an npm file. */
export interface ServedFile {
  body?: string;
  /** `pkg/path` under node_modules, for real libraries (rrweb, face-api). */
  npm?: string;
  /** Path under which `body` is stored when the served path has no extension. */
  file?: string;
  type?: string;
  setCookie?: string[];
  /** Echo the named query parameter back as the body (an autocomplete). */
  echo?: string;
}

export type HostFiles = Record<string, ServedFile>;

/** A 1×1 transparent GIF, as a latin1 string. */
export const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64').toString('latin1');

const o = (h: string) => `{{origin:${h}}}`;

/** Google tag stand-in: GA4 (`G-`), Universal (`UA-`, via analytics.js below) and Google Ads (`AW-`) configs. */
const GTAG = `(function(){
var dl = window.dataLayer = window.dataLayer || [];
function rnd(){ return Math.floor(Math.random()*1e9) + '.' + Math.floor(Date.now()/1000); }
function cookie(n, v){ document.cookie = n + '=' + v + '; max-age=63072000; path=/; SameSite=Lax'; }
function get(n){ var m = document.cookie.match(new RegExp('(?:^|; )' + n + '=([^;]*)')); return m && m[1]; }
function ga4(id, o){
  var cid = get('_ga'); if (!cid) { cid = 'GA1.1.' + rnd(); cookie('_ga', cid); }
  cookie('_ga_' + id.slice(2), 'GS1.1.' + Math.floor(Date.now()/1000) + '.1.0');
  var q = 'v=2&tid=' + id + '&cid=' + cid.slice(6) + '&en=page_view&dl=' + encodeURIComponent(location.href) +
    '&dt=' + encodeURIComponent(document.title) + '&sr=' + screen.width + 'x' + screen.height +
    (o.allow_ad_personalization_signals === false ? '&npa=1' : '&npa=0');
  navigator.sendBeacon('${o('region1.google-analytics.com')}/g/collect?' + q);
  if (o.allow_google_signals !== false) new Image().src = '${o('stats.g.doubleclick.net')}/g/collect?' + q + '&gtm=45je';
}
function ads(id){
  if (!get('_gcl_au')) cookie('_gcl_au', '1.1.' + rnd());
  new Image().src = '${o('googleads.g.doubleclick.net')}/pagead/viewthroughconversion/' + id.slice(3) + '/?random=' + Date.now() + '&url=' + encodeURIComponent(location.href);
}
function run(a){ if (a[0] !== 'config') return; var id = String(a[1]), o = a[2] || {}; if (id.indexOf('G-') === 0) ga4(id, o); else if (id.indexOf('AW-') === 0) ads(id); }
for (var i = 0; i < dl.length; i++) run(dl[i]);
var push = dl.push; dl.push = function(a){ run(a); return push.apply(dl, arguments); };
})();`;

/** Universal Analytics stand-in (`ga('create')`, `ga('set','anonymizeIp')`, `ga('send','pageview')`). */
const ANALYTICS_JS = `(function(){
var q = (window.ga && window.ga.q) || [], tid, aip = false;
function get(n){ var m = document.cookie.match(new RegExp('(?:^|; )' + n + '=([^;]*)')); return m && m[1]; }
function run(a){
  if (a[0] === 'create') tid = a[1];
  if (a[0] === 'set' && a[1] === 'anonymizeIp') aip = !!a[2];
  if (a[0] === 'send' && tid) {
    var cid = get('_ga'); if (!cid) { cid = 'GA1.2.' + Math.floor(Math.random()*1e9) + '.' + Math.floor(Date.now()/1000); document.cookie = '_ga=' + cid + '; max-age=63072000; path=/'; }
    new Image().src = '${o('www.google-analytics.com')}/collect?v=1&t=pageview&tid=' + tid + '&cid=' + cid.slice(6) + (aip ? '&aip=1' : '') + '&dl=' + encodeURIComponent(location.href) + '&dt=' + encodeURIComponent(document.title);
  }
}
q.forEach(function(a){ run(a); });
window.ga = function(){ run(arguments); };
})();`;

const FBEVENTS = `(function(){
var f = window.fbq, q = (f && f.queue) || [], pixel;
function get(n){ var m = document.cookie.match(new RegExp('(?:^|; )' + n + '=([^;]*)')); return m && m[1]; }
if (!get('_fbp')) document.cookie = '_fbp=fb.1.' + Date.now() + '.' + Math.floor(Math.random()*1e9) + '; max-age=7776000; path=/';
function run(a){
  if (a[0] === 'init') pixel = a[1];
  if (a[0] === 'track' && pixel) new Image().src = '${o('www.facebook.com')}/tr/?id=' + pixel + '&ev=' + a[1] + '&dl=' + encodeURIComponent(location.href) + '&rl=' + encodeURIComponent(document.referrer) + '&if=false&ts=' + Date.now() + '&fbp=' + get('_fbp');
}
q.forEach(function(a){ run(a); });
window.fbq = function(){ run(arguments); };
})();`;

const TIKTOK = `(function(){
var t = window.ttq || [], id = t._i;
if (!/_ttp=/.test(document.cookie)) document.cookie = '_ttp=' + Math.random().toString(36).slice(2) + '; max-age=33696000; path=/';
fetch('${o('analytics.tiktok.com')}/api/v2/pixel', { method: 'POST', keepalive: true, headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ event: 'Pageview', pixel_code: id, context: { page: { url: location.href, referrer: document.referrer } }, timestamp: new Date().toISOString() }) }).catch(function(){});
})();`;

const LINKEDIN = `(function(){
var ids = window._linkedin_data_partner_ids || [];
ids.forEach(function(pid){ new Image().src = '${o('px.ads.linkedin.com')}/collect/?pid=' + pid + '&fmt=gif&url=' + encodeURIComponent(location.href) + '&time=' + Date.now(); });
})();`;

const SEGMENT = `(function(){
var id = localStorage.getItem('ajs_anonymous_id') || ('' + Math.random()).slice(2); localStorage.setItem('ajs_anonymous_id', id);
fetch('${o('api.segment.io')}/v1/p', { method: 'POST', keepalive: true, headers: { 'content-type': 'text/plain' },
  body: JSON.stringify({ type: 'page', anonymousId: id, properties: { path: location.pathname, title: document.title, url: location.origin + location.pathname } }) }).catch(function(){});
})();`;

/** Mixpanel stand-in: like the real one, the event travels base64-encoded JSON in `data`. */
const MIXPANEL = `(function(){
var d = { event: 'mp_page_view', properties: { token: (window.MP_TOKEN || 'x'), $current_url: location.href, distinct_id: ('' + Math.random()).slice(2) } };
new Image().src = '${o('api-js.mixpanel.com')}/track/?data=' + encodeURIComponent(btoa(unescape(encodeURIComponent(JSON.stringify(d))))) + '&ip=1&_=' + Date.now();
})();`;

/**
 * Replay vendors: each serialises the DOM and its mutations (input values masked, as their defaults do) and
 * uploads them in batches, and keeps a first-party visitor cookie, as the real scripts do.
 */
function replayVendor(endpoint: string, cookieName: string): string {
  return `(function(){
var cid = window.__REPLAY_ID || '1';
if (document.cookie.indexOf('${cookieName}=') < 0) document.cookie = '${cookieName}=' + Math.random().toString(36).slice(2) + '; max-age=31536000; path=/';
var events = [{ t: 'snapshot', html: document.documentElement.outerHTML.slice(0, 4000), w: innerWidth, h: innerHeight }];
new MutationObserver(function(ms){ ms.forEach(function(m){ events.push({ t: 'mutation', target: m.target.nodeName, added: m.addedNodes.length }); }); }).observe(document, { childList: true, subtree: true, attributes: true });
['mousemove', 'click', 'scroll'].forEach(function(e){ addEventListener(e, function(ev){ events.push({ t: e, x: ev.clientX, y: ev.clientY, ts: Date.now() }); }, true); });
addEventListener('input', function(ev){ events.push({ t: 'input', len: (ev.target.value || '').length }); }, true);
function flush(){ if (!events.length) return; var body = JSON.stringify({ site: cid, events: events.splice(0) }); navigator.sendBeacon('${endpoint}', body); }
setInterval(flush, 700); addEventListener('pagehide', flush);
})();`;
}

/** Lead-capture stand-in: reads `data-lc-*` settings from its script tag (channel, trigger, encoding, field). */
const LEADCAPTURE = `(function(){
var s = document.currentScript, channel = s.dataset.lcChannel, trigger = s.dataset.lcTrigger, enc = s.dataset.lcEncoding, sel = s.dataset.lcField;
var base = '${o('forms.leadcapture.example')}';
function encode(v){ return enc === 'base64' ? btoa(v) : enc === 'json' ? JSON.stringify({ field: sel, value: v, ts: Date.now() }) : enc === 'url' ? encodeURIComponent(v) : v; }
var ws;
function send(v){
  var e = encode(v);
  if (channel === 'fetch') fetch(base + '/capture', { method: 'POST', body: e, keepalive: true }).catch(function(){});
  else if (channel === 'xhr') { var x = new XMLHttpRequest(); x.open('POST', base + '/capture'); x.send(e); }
  else if (channel === 'image') new Image().src = base + '/c.gif?v=' + (enc === 'url' ? e : encodeURIComponent(e));
  else if (channel === 'beacon') navigator.sendBeacon(base + '/capture', e);
  else if (channel === 'websocket') { if (!ws) { ws = new WebSocket(base.replace('https:', 'wss:') + '/_ws'); ws.q = []; ws.onopen = function(){ ws.q.forEach(function(m){ ws.send(m); }); ws.q = null; }; } if (ws.q) ws.q.push(e); else ws.send(e); }
}
function attach(){ var el = document.querySelector(sel); if (!el) return;
  if (trigger === 'blur') el.addEventListener('blur', function(){ if (el.value) send(el.value); });
  else el.addEventListener('input', function(){ send(el.value); });
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attach); else attach();
})();`;

/** Third-party search suggestions: each keystroke goes to the vendor, which echoes suggestions back. */
const SUGGEST = `(function(){
var box = document.querySelector('input[name=lookfor]'), out = document.getElementById('suggestions');
if (!box) return;
box.addEventListener('input', function(){ fetch('${o('suggest.searchvendor.example')}/ac?q=' + encodeURIComponent(box.value)).then(function(r){ return r.text(); }).then(function(t){ if (out) out.textContent = t; }).catch(function(){}); });
})();`;

/** Recommendation widget on the results page: sends the patron's query for "related titles". */
const RECOMMEND = `(function(){
var q = new URLSearchParams(location.search).get('lookfor') || '';
fetch('${o('widgets.recommendly.example')}/api/related?q=' + encodeURIComponent(q) + '&site=' + location.hostname).catch(function(){});
})();`;

/** Recommendation widget on a record page: sends the title being read. */
const SIMILAR = `(function(){
var t = (document.querySelector('[itemprop=name]') || {}).textContent || '';
fetch('${o('widgets.recommendly.example')}/api/similar', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: t.trim() }) }).catch(function(){});
})();`;

/** Browser fingerprinter: which techniques run is set on its script tag (`data-fp="canvas,webgl"`). */
export const FINGERPRINT = `(function(){
var s = document.currentScript, kinds = (s && s.dataset.fp || 'canvas').split(','), report = s && s.dataset.report, parts = [];
function canvas(){ var c = document.createElement('canvas'); c.width = 240; c.height = 60; var x = c.getContext('2d');
  x.textBaseline = 'top'; x.font = '14px Arial'; x.fillStyle = '#f60'; x.fillRect(125, 1, 62, 20); x.fillStyle = '#069';
  x.fillText('Cwm fjord', 2, 15); x.fillText('bank glyphs', 70, 15); x.fillStyle = 'rgba(102,204,0,0.7)'; x.fillText('vext quiz', 4, 17);
  x.globalCompositeOperation = 'multiply'; x.arc(50, 50, 50, 0, Math.PI * 2); x.fill(); parts.push(c.toDataURL().length); }
function fontsCanvas(){ var x = document.createElement('canvas').getContext('2d'), fonts = ['Arial','Verdana','Courier New','Georgia','Palatino','Garamond','Bookman','Comic Sans MS','Trebuchet MS','Arial Black','Impact','Tahoma','Lucida Console','Segoe UI','Helvetica Neue','Calibri','Cambria','Futura','Gill Sans','Optima','Didot','Rockwell','Baskerville','Candara','Consolas','Franklin Gothic','Monaco','Menlo','Ubuntu','Roboto','Noto Sans','DejaVu Sans'];
  fonts.forEach(function(f){ x.font = '72px "' + f + '", monospace'; parts.push(x.measureText('mmmmmmmmmmlli').width); }); }
function fontsDom(){ var fonts = ['Arial','Verdana','Courier New','Georgia','Palatino','Garamond','Bookman','Comic Sans MS','Trebuchet MS','Impact','Tahoma','Lucida Console','Segoe UI','Calibri','Cambria','Futura','Gill Sans','Optima','Rockwell','Baskerville','Consolas','Monaco','Menlo','Ubuntu','Roboto'];
  var span = document.createElement('span'); span.textContent = 'mmmmmmmmmmlli'; span.style.fontSize = '72px'; span.style.position = 'absolute'; span.style.left = '-9999px'; document.body.appendChild(span);
  fonts.forEach(function(f){ span.style.fontFamily = '"' + f + '", monospace'; parts.push(span.offsetWidth + 'x' + span.offsetHeight); }); span.remove(); }
function webgl(){ var g = document.createElement('canvas').getContext('webgl'); if (!g) return; var e = g.getExtension('WEBGL_debug_renderer_info');
  if (e) { parts.push(g.getParameter(e.UNMASKED_VENDOR_WEBGL), g.getParameter(e.UNMASKED_RENDERER_WEBGL)); } parts.push(g.getParameter(g.MAX_TEXTURE_SIZE)); }
function audio(){ var C = window.OfflineAudioContext || window.webkitOfflineAudioContext; if (!C) return; var a = new C(1, 44100, 44100), osc = a.createOscillator(), comp = a.createDynamicsCompressor();
  osc.type = 'triangle'; osc.frequency.value = 10000; comp.threshold.value = -50; comp.knee.value = 40; comp.ratio.value = 12; osc.connect(comp); comp.connect(a.destination); osc.start(0);
  return a.startRendering().then(function(b){ var d = b.getChannelData(0), sum = 0; for (var i = 4500; i < 5000; i++) sum += Math.abs(d[i]); parts.push(sum); }); }
var jobs = kinds.map(function(k){ try { return k === 'canvas' ? canvas() : k === 'fonts-canvas' ? fontsCanvas() : k === 'fonts-dom' ? fontsDom() : k === 'webgl' ? webgl() : k === 'audio' ? audio() : undefined; } catch (e) { return undefined; } });
Promise.all(jobs).then(function(){ if (report) navigator.sendBeacon(report, JSON.stringify({ fp: parts.join('|').length, h: parts.length })); });
})();`;

/** Identity-verification SDK stand-in: opens the camera for a selfie and posts a frame to the vendor. */
const IDV_SDK = `(function(){
window.IdvSdk = { start: function(){
  navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' } }).then(function(st){ st.getTracks().forEach(function(t){ t.stop(); }); }).catch(function(){});
  fetch('${o('api.onfido.com')}/v3.6/live_photos', { method: 'POST', body: 'selfie=placeholder' }).catch(function(){});
} };
})();`;

/** Every third-party host of the corpus and what it serves. */
export const THIRD_PARTY_HOSTS: Record<string, HostFiles> = {
  'www.googletagmanager.com': { '/gtag/js': { body: GTAG, file: 'gtag.js', type: 'text/javascript' } },
  'www.google-analytics.com': { '/analytics.js': { body: ANALYTICS_JS } },
  'connect.facebook.net': { '/en_US/fbevents.js': { body: FBEVENTS } },
  'analytics.tiktok.com': { '/i18n/pixel/events.js': { body: TIKTOK } },
  'snap.licdn.com': { '/li.lms-analytics/insight.min.js': { body: LINKEDIN } },
  'cdn.segment.com': { '/analytics.js/v1/k9Xq2/analytics.min.js': { body: SEGMENT } },
  'cdn.mxpnl.com': { '/libs/mixpanel-2-latest.min.js': { body: MIXPANEL } },
  'static.hotjar.com': { '/c/hotjar-3456.js': { body: replayVendor(`${o('in.hotjar.com')}/api/v2/client/sites/3456/recordings/content`, '_hjSessionUser_3456') } },
  'www.clarity.ms': { '/tag/k3mq9': { body: replayVendor(`${o('x.clarity.ms')}/collect`, '_clck'), file: 'clarity-tag.js', type: 'text/javascript' } },
  'edge.fullstory.com': { '/s/fs.js': { body: replayVendor(`${o('rs.fullstory.com')}/rec/bundle`, 'fs_uid') } },
  'cdn.jsdelivr.net': {
    '/npm/rrweb@2.0.0-alpha.4/dist/rrweb.umd.min.cjs': { npm: 'rrweb/dist/rrweb.umd.min.cjs', type: 'text/javascript' },
    '/npm/chart-lite@1.0.0/chart.min.js': { body: '/* a charting library */ window.ChartLite = { version: "1.0.0" };' },
  },
  'cdnjs.cloudflare.com': { '/ajax/libs/jquery/3.7.1/jquery.min.js': { body: '/*! jQuery stand-in */ window.jQuery = window.$ = function(){ return { ready: function(f){ f(); } }; };' } },
  'fonts.googleapis.com': { '/css2': { body: "@font-face { font-family: 'Merriweather'; src: url({{origin:fonts.gstatic.com}}/s/merriweather/v30/u-440qyriQwlOrhSvowK_l5OeyxNV-bnrw.woff2) format('woff2'); }\nbody { font-family: 'Merriweather', serif; }", file: 'css2.css', type: 'text/css' } },
  'fonts.gstatic.com': { '/s/merriweather/v30/u-440qyriQwlOrhSvowK_l5OeyxNV-bnrw.woff2': { body: 'wOF2' } },
  'tile.openstreetmap.org': {},
  'covers.openlibrary.org': {},
  'secure.syndetics.com': {},
  'contentcafe2.btol.com': {},
  'forms.leadcapture.example': { '/lc.js': { body: LEADCAPTURE } },
  'suggest.searchvendor.example': { '/suggest.js': { body: SUGGEST }, '/ac': { echo: 'q', type: 'text/plain' } },
  'widgets.recommendly.example': { '/related.js': { body: RECOMMEND }, '/similar.js': { body: SIMILAR } },
  'badges.librarywidgets.example': { '/badge.gif': { body: GIF, file: 'badge.gif' } },
  'static.fpcollect.example': { '/fp.js': { body: FINGERPRINT } },
  'collect.replaybox.example': {},
  'stream.sessionlens.example': {},
  'id.partnersync.example': { '/sync.gif': { body: GIF, file: 'sync.gif', setCookie: ['psid=8f3a9c; Max-Age=31536000; Path=/; SameSite=None; Secure'] } },
  'match.audiencegraph.example': { '/match': { body: '<!doctype html><title>sync</title>', file: 'match.html', type: 'text/html', setCookie: ['agid=71bd2e; Max-Age=31536000; Path=/; SameSite=None; Secure'] } },
  'uid.datamesh.example': { '/u.js': { body: '/* uid */', setCookie: ['dmuid=c0ffee; Max-Age=31536000; Path=/; SameSite=None; Secure'] } },
  'sdk.onfido.com': { '/v14/onfido.min.js': { body: IDV_SDK } },
};
