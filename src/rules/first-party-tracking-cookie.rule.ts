/**
 * Tracking cookies set as first party: third-party scripts (Google Analytics, Meta, Microsoft, TikTok...)
 * write their identifiers into the library's own domain, where browser third-party cookie blocking does not
 * reach them. Recognised by the vendors' well-known cookie names, and by behaviour: a cookie written by a
 * third-party script, living for more than a month and long enough to be an identifier. The library's own
 * session cookie (set by the library's server or scripts) is never reported.
 */
import { isThirdParty, isThirdPartyDomain } from '../derived/index.js';
import { defineRule, type RuleHit } from './types.js';
import { cookieEvidence } from './helpers.js';

/** Cookie names (prefix match) of well-known trackers, with who reads them. */
const KNOWN: readonly [RegExp, string, string][] = [
  [/^_ga($|_)/, 'Google Analytics', 'Google'],
  [/^_gid$/, 'Google Analytics', 'Google'],
  [/^_gat/, 'Google Analytics', 'Google'],
  [/^__utm[abcz]$/, 'Google Analytics (Universal)', 'Google'],
  [/^_gcl_(au|aw|dc|gb)$/, 'Google Ads', 'Google'],
  [/^_fbp$|^_fbc$/, 'Meta Pixel', 'Meta'],
  [/^_uetsid$|^_uetvid$/, 'Microsoft Advertising (UET)', 'Microsoft'],
  [/^_clck$|^_clsk$/, 'Microsoft Clarity', 'Microsoft'],
  [/^_ttp$|^_tt_enable_cookie$/, 'TikTok Pixel', 'ByteDance'],
  [/^_hj(SessionUser|Session|id|FirstSeen)/, 'Hotjar', 'Contentsquare'],
  [/^_pin_unauth$|^_pinterest_ct/, 'Pinterest Tag', 'Pinterest'],
  [/^_scid$/, 'Snap Pixel', 'Snap'],
  [/^_rdt_uuid$/, 'Reddit Pixel', 'Reddit'],
  [/^li_fat_id$|^_li_ss/, 'LinkedIn Insight Tag', 'Microsoft (LinkedIn)'],
  [/^ajs_(anonymous|user)_id$/, 'Segment', 'Twilio'],
  [/^mp_.*_mixpanel$/, 'Mixpanel', 'Mixpanel'],
  [/^amp_[0-9a-f]{6}/, 'Amplitude', 'Amplitude'],
  [/^_hjAbsoluteSessionInProgress$/, 'Hotjar', 'Contentsquare'],
];

const MONTH_S = 30 * 86_400;

export const firstPartyTrackingCookie = defineRule({
  id: 'first-party-tracking-cookie',
  title: 'No tracking cookies in the library\u2019s own domain',
  failureTitle: 'A tracker stores its identifier as a library cookie',
  description: 'Identifiers written into the library\u2019s own domain survive third-party cookie blocking and tie visits to one patron.',
  requires: ['cookies'],
  cites: ['ala-bds-1', 'ala-privacy-interp', 'niso-5'],
  severity: 'high',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      const pageUrl = page.finalUrl || page.url;
      for (const c of page.cookies) {
        if (isThirdPartyDomain(c.domain, pageUrl) || c.blocked) continue;
        const known = KNOWN.find(([re]) => re.test(c.name));
        const bySetter = c.setBy === 'script' && !!c.setterUrl && /^https?:/.test(c.setterUrl) && isThirdParty(c.setterUrl, pageUrl);
        const lifetime = c.expires < 0 ? 0 : c.expires - page.startedAt / 1000;
        const behaves = bySetter && lifetime > MONTH_S && c.valueLength >= 12;
        if (!known && !behaves) continue;
        const name = known?.[1] ?? views.party(c.setterUrl!).entity.name;
        const company = known?.[2] ?? views.party(c.setterUrl!).entity.company;
        hits.push({
          key: c.name.replace(/[0-9A-Z_]{6,}$/, '*'),
          page,
          visit,
          entity: { name, ...(company ? { company } : {}), category: 'tracking cookie', domains: [c.domain.replace(/^\./, '')] },
          title: `${name} stores an identifier as a first-party cookie (${c.name})`,
          explanation:
            `The cookie "${c.name}" is stored for the library's own domain ${c.domain} but belongs to ${name}${company ? ` (${company})` : ''}` +
            `${c.setterUrl && bySetter ? `, written by its script ${c.setterUrl}` : ''}. It holds an identifier that is sent back to ${company ?? name} ` +
            'with every tracked page view, so the patron\u2019s visits can be linked together; browser blocking of third-party cookies does not stop it.',
          remediation:
            `Remove the ${name} tag, or configure it to run without cookies (for Google Analytics: consent mode with analytics_storage denied, or a cookieless self-hosted counter instead).`,
          evidence: [cookieEvidence(page, c, known ? `known ${name} cookie` : 'identifier set by a third-party script')],
        });
      }
    }
    return hits;
  },
});
