/**
 * Google Analytics (GA4 and Universal Analytics), with the settings that matter for patrons, read from the
 * collection requests themselves: the property id, Google signals (cross-device data linked to Google
 * accounts, visible as requests to Google's advertising endpoints), ads personalisation (`npa=1` disables it)
 * and, for Universal Analytics, IP anonymisation (`aip=1`). One finding per property.
 */
import type { RequestRecord } from '../model/index.js';
import { defineRule, type RuleHit } from './types.js';
import { requestEvidence } from './helpers.js';

const COLLECT = /^https?:\/\/([a-z0-9-]+\.)*(google-analytics\.com|analytics\.google\.com)(:\d+)?\/(g\/|j\/|r\/)?collect/i;
const SIGNALS = /^https?:\/\/(stats\.g\.doubleclick\.net(:\d+)?\/(g|r|j)\/collect|www\.google\.com(:\d+)?\/(ads\/ga-audiences|ccm\/collect))/i;
const LOADER = /^https?:\/\/(www\.)?(googletagmanager\.com(:\d+)?\/gtag\/js|google-analytics\.com(:\d+)?\/(analytics|ga|urchin)\.js)/i;

function params(r: RequestRecord): URLSearchParams {
  const p = new URLSearchParams(r.url.split('?')[1] ?? '');
  // Batched GA4 hits carry the per-event parameters in the body, one line each.
  if (r.postData) for (const line of r.postData.split('\n')) for (const [k, v] of new URLSearchParams(line)) if (!p.has(k)) p.set(k, v);
  return p;
}

export const googleAnalytics = defineRule({
  id: 'google-analytics',
  title: 'No Google Analytics',
  failureTitle: 'Google Analytics records patrons\u2019 visits',
  description: 'Google Analytics gives Google a record of library use; its advertising features link it to Google accounts.',
  requires: ['requests'],
  cites: ['ala-privacy-interp', 'niso-5', 'ala-bds-3', 'ala-vendor-tracking'],
  severity: 'medium',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      const signals = page.requests.filter((r) => SIGNALS.test(r.url));
      const byProperty = new Map<string, RequestRecord[]>();
      for (const r of page.requests) {
        if (!COLLECT.test(r.url) && !LOADER.test(r.url)) continue;
        const p = params(r);
        // gtag.js also loads Google Ads (AW-) and Floodlight (DC-) tags alone: that is the ad-pixel rule's case.
        if (!COLLECT.test(r.url) && /^(AW|DC)-/i.test(p.get('id') ?? '')) continue;
        const tid = p.get('tid') ?? p.get('id') ?? (LOADER.test(r.url) ? '(loader)' : 'unknown');
        byProperty.set(tid, [...(byProperty.get(tid) ?? []), r]);
      }
      const loaderOnly = [...byProperty.keys()].every((k) => k === '(loader)');
      for (const [tid, reqs] of byProperty) {
        if (tid === '(loader)' && !loaderOnly) continue;
        const collects = reqs.filter((r) => COLLECT.test(r.url));
        const ua = tid.startsWith('UA-') || collects.some((r) => params(r).get('v') === '1');
        const npa = collects.some((r) => params(r).get('npa') === '1');
        const aip = collects.length > 0 && collects.every((r) => params(r).get('aip') === '1');
        const problems: string[] = [];
        if (signals.length) problems.push('Google signals / advertising features are on (hits also go to Google\u2019s advertising endpoints)');
        if (collects.length && !npa) problems.push('ads personalisation is not disabled (no npa=1)');
        if (ua && collects.length && !aip) problems.push('IP anonymisation is off (no aip=1)');
        const severity = signals.length ? 'high' : 'medium';
        hits.push({
          key: tid,
          page,
          visit,
          severity,
          entity: { name: 'Google Analytics', company: 'Google', category: 'site_analytics', domains: ['google-analytics.com'] },
          title: `Google Analytics ${ua ? '(Universal)' : '(GA4)'} ${tid !== '(loader)' && tid !== 'unknown' ? tid : ''}`.trim(),
          explanation:
            `Pages send each visit to Google Analytics${tid.startsWith('G-') || tid.startsWith('UA-') ? ` (property ${tid})` : ''}: the page address (which can include searches), ` +
            `the patron\u2019s IP address and a long-lived identifier. ${problems.length ? `Settings found: ${problems.join('; ')}.` : 'No advertising features were seen.'}`,
          remediation:
            'Prefer a self-hosted, cookieless counter. If Google Analytics stays: turn off Google signals and ads personalisation in the property\u2019s data settings, ' +
            'set data retention to the minimum, strip search terms from page addresses, and load it only after consent.',
          evidence: [...reqs.slice(0, 3), ...signals.slice(0, 1)].map((r) => requestEvidence(page, r)),
        });
      }
    }
    return hits;
  },
});
