/**
 * Search-term leak: the decoy search (or another decoy typed into a submitted form) reaching a third party in a URL,
 * the Referer header, a request body, a beacon or a WebSocket frame, raw or encoded. Catalogue searches
 * reveal what a patron is reading about; this is the finding libraries most need. Parties are judged
 * against the page's final address, so a catalogue hosted by a vendor is the first party of its own results
 * page, while a redirect through a click tracker carrying the search is a leak.
 */
import { isThirdParty } from '../derived/index.js';
import { defineRule, type RuleHit } from './types.js';
import { clip, decoyKind, decoyLabel, hitWords } from './helpers.js';

export const searchTermLeak = defineRule({
  id: 'search-term-leak',
  title: 'Searches stay with the library',
  failureTitle: 'A patron\u2019s search is sent to a third party',
  description: 'What a patron searches for is protected library-use information; sending it to third parties breaks confidentiality.',
  requires: ['requests', 'webSockets'],
  cites: ['lbor-vii', 'ala-privacy-interp', 'niso-7', 'ala-vendor-sharing'],
  severity: 'critical',
  run({ obs, views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      const pageUrl = page.finalUrl || page.url;
      const outbound = [
        ...page.requests.map((r) => ({ url: r.url, what: `${r.method} ${r.beacon ? 'beacon' : r.resourceType}`, dh: r.decoyHits })),
        ...page.webSockets.map((w) => ({ url: w.url, what: 'WebSocket', dh: w.decoyHits })),
      ];
      for (const o of outbound) {
        if (o.dh.length === 0 || !isThirdParty(o.url, pageUrl)) continue;
        const party = views.party(o.url);
        for (const decoyId of new Set(o.dh.map((h) => h.decoyId))) {
          const isSearch = decoyKind(obs, decoyId) === 'search';
          // Other form text leaving while the patron types is key logging (its own rule); here it counts only
          // once the form was submitted, e.g. a contact form posting to a third party.
          const h = o.dh.find((x) => x.decoyId === decoyId && (isSearch || !x.beforeSubmit));
          if (!h) continue;
          const label = decoyLabel(obs, decoyId);
          hits.push({
            // Every visit types its own search decoy; one finding per company for all of them.
            key: isSearch ? 'search' : decoyId,
            page,
            visit,
            entity: party.entity,
            title: isSearch ? `The patron\u2019s search is sent to ${party.entity.name}` : `What the patron typed in a form is sent to ${party.entity.name}`,
            explanation:
              `${isSearch ? `The catalogue search (${label})` : `Text the patron entered in a form (${label})`} reached ${party.entity.name}` +
              `${party.entity.company ? ` (${party.entity.company})` : ''} ${hitWords(h)}. That company now knows what this patron looked for, ` +
              'together with their IP address and any identifier it keeps for them.',
            remediation:
              h.channel === 'referer'
                ? 'Set "Referrer-Policy: strict-origin-when-cross-origin" (or no-referrer) on the site, and ask the vendor not to keep page addresses.'
                : `Stop the script or tag that sends the search to ${party.site} (analytics "site search" tracking, replay or ad tags), and ask the vendor to delete the search terms it received.`,
            evidence: [{ kind: 'request', url: page.url, summary: `${o.what} ${clip(o.url)} carried the ${isSearch ? 'search' : 'form text'} ${hitWords(h)}`, detail: { decoy: decoyId, channel: h.channel, encoding: h.encoding } }],
          });
        }
      }
    }
    return hits;
  },
});
