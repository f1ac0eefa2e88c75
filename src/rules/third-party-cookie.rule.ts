/**
 * Third-party cookies: cookies stored for another party's domain while the patron is on a library page,
 * the classic cross-site identifier. Judged per cookie regime: in a default Chromium profile they are
 * blocked, in a permissive patron browser they are not, so a finding lists the visits in which it happened.
 * A cookie the browser refused is reported as information only: the site tried, this browser said no.
 */
import { isThirdPartyDomain } from '../derived/index.js';
import { defineRule, type RuleHit } from './types.js';
import { cookieEvidence } from './helpers.js';

export const thirdPartyCookie = defineRule({
  id: 'third-party-cookie',
  title: 'No third-party cookies',
  failureTitle: 'A third party stores a cookie in patrons\u2019 browsers',
  description: 'Third-party cookies let companies recognise the patron across sites; the strictest settings should be the default.',
  requires: ['cookies'],
  cites: ['ala-bds-3', 'ala-vendor-tracking', 'niso-6'],
  severity: 'high',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      for (const c of page.cookies) {
        if (!isThirdPartyDomain(c.domain, page.finalUrl || page.url)) continue;
        const party = views.party(`https://${c.domain.replace(/^\./, '')}/`);
        const severity = c.blocked ? 'info' : party.tracking ? 'high' : 'medium';
        hits.push({
          key: `${party.site}|${c.name}`,
          page,
          visit,
          entity: party.entity,
          severity,
          title: c.blocked ? `${party.entity.name} tried to set a third-party cookie (blocked)` : `Third-party cookie ${c.name} from ${party.entity.name}`,
          explanation:
            `While the patron was on this page, ${party.entity.name}${party.entity.company ? ` (${party.entity.company})` : ''} ` +
            `${c.blocked ? 'tried to store' : 'stored'} the cookie "${c.name}" for ${c.domain}` +
            `${c.expires < 0 ? '' : `, kept for about ${Math.round((c.expires * 1000 - page.startedAt) / 86_400_000)} days`}. ` +
            `A cookie like this lets ${party.entity.company ?? party.entity.name} recognise the same patron on every site that embeds it` +
            `${c.blocked ? '; this browser refused it, but many patrons\u2019 browsers accept it.' : ` (seen in the ${visit.cookieRegime} cookie regime).`}`,
          remediation:
            `Remove the embed or tag from ${party.site}, or ask the vendor to run without cookies (many offer a cookieless or privacy mode) and to confirm it in the contract.`,
          evidence: [cookieEvidence(page, c, `regime ${visit.cookieRegime}${c.blocked ? ', blocked' : ''}`)],
        });
      }
    }
    return hits;
  },
});
