/**
 * The golden sample for the detectors: a small, fixed Observations record of a library site with a known
 * mix of problems (session replay, a search leak, Google Analytics with signals, a cover service carrying
 * the ISBN, a first-party tracking cookie, Google Fonts, no HSTS) and benign features (autocomplete, chart).
 */
import type { Observations } from '../../src/model/index.js';
import { api, cookie, obs, page, req, script, SITE } from '../rules/build-obs.js';

export function goldenObservations(): Observations {
  const landing = page({
    documentHeaders: { 'referrer-policy': 'strict-origin-when-cross-origin' },
    requests: [
      req('https://static.hotjar.com/c/hotjar-123.js', { id: 'g1', t: 1 }),
      req('https://www.googletagmanager.com/gtag/js?id=G-GOLD1', { id: 'g2', t: 2 }),
      req('https://region1.google-analytics.com/g/collect?v=2&tid=G-GOLD1&en=page_view', { id: 'g3', t: 3, method: 'POST', resourceType: 'ping' }),
      req('https://stats.g.doubleclick.net/g/collect?v=2&tid=G-GOLD1', { id: 'g4', t: 4, method: 'POST', resourceType: 'ping' }),
      req('https://fonts.googleapis.com/css2?family=Lato', { id: 'g5', t: 5, resourceType: 'stylesheet' }),
      req(`${SITE}suggest?q=[decoy:search]`, { id: 'g6', t: 6, resourceType: 'fetch', phase: 'interaction', decoyHits: [{ decoyId: 'search', channel: 'url', encoding: 'plain', beforeSubmit: true }], response: { status: 200, echoesDecoy: true } }),
      req('https://region1.google-analytics.com/g/collect?v=2&tid=G-GOLD1&en=search&dl=[decoy:search]', { id: 'g7', t: 7, method: 'POST', resourceType: 'ping', phase: 'after-submit', decoyHits: [{ decoyId: 'search', channel: 'url', encoding: 'url', beforeSubmit: false }] }),
    ],
    cookies: [cookie('_ga', '.library.example', { setBy: 'script', setterUrl: 'https://www.googletagmanager.com/gtag/js?id=G-GOLD1' }), cookie('SESSION', 'www.library.example', { expires: -1, httpOnly: true })],
    apiCalls: [api('CanvasRenderingContext2D.prototype.fillText', { count: 12, args: ['Jan'] })],
    scripts: [script('https://static.hotjar.com/c/hotjar-123.js', { markers: ['session-replay'] })],
  });
  const record = page({
    id: 'p1', role: 'record', url: `${SITE}record/77`, finalUrl: `${SITE}record/77`,
    documentHeaders: {},
    requests: [req('https://syndetics.com/index.aspx?isbn=9780306406157/SC.GIF', { id: 'g8', t: 8, resourceType: 'image' }), req('https://static.hotjar.com/c/hotjar-123.js', { id: 'g9', t: 9 })],
    dom: { ...page().dom!, reading: { isbns: ['9780306406157'], titles: ['Living with Chronic Illness'] } },
  });
  return obs([landing, record]);
}
