/**
 * Key logging: what the patron typed leaves the page before they submitted it, through any channel the
 * network instrument watches (URL, body, beacon, WebSocket, replay upload; raw or encoded; per keystroke or
 * on blur). Sent to a third party it is critical. Sent to the library's own server and echoed back in the
 * response, it is the catalogue's own autocomplete, reported as information only; sent to the library's own
 * server without an echo, it needs a human look.
 */
import { isThirdParty } from '../derived/index.js';
import type { DecoyHit } from '../model/index.js';
import { defineRule, type RuleHit } from './types.js';
import { clip, decoyLabel, hitWords } from './helpers.js';

function endpoint(url: string): string {
  return url.split(/[?#]/)[0]!;
}

export const keyLogging = defineRule({
  id: 'key-logging',
  title: 'Typing stays in the page until the patron submits',
  failureTitle: 'What the patron types is sent before they submit it',
  description: 'Capturing keystrokes before submission records what patrons chose not to send, the most intimate kind of behavioral data.',
  requires: ['requests', 'webSockets'],
  cites: ['ala-bds-4', 'niso-6', 'ala-vendor-collection', 'lbor-vii'],
  severity: 'critical',
  run({ obs, views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      const pageUrl = page.finalUrl || page.url;
      // Search-as-you-type sends prefixes the answer cannot echo in full; an endpoint that echoed the whole
      // decoy once on this page is the autocomplete for all its requests.
      const echoing = new Set(page.requests.filter((r) => r.response?.echoesDecoy).map((r) => endpoint(r.url)));
      const outbound = [
        ...page.requests.filter((r) => !r.isNavigation).map((r) => ({ url: r.url, what: `${r.method} ${r.beacon ? 'beacon' : r.resourceType}`, echoes: !!r.response?.echoesDecoy || echoing.has(endpoint(r.url)), dh: r.decoyHits })),
        ...page.webSockets.map((w) => ({ url: w.url, what: 'WebSocket', echoes: false, dh: w.decoyHits })),
      ];
      for (const o of outbound) {
        const early: DecoyHit[] = o.dh.filter((h) => h.beforeSubmit && h.channel !== 'referer');
        if (early.length === 0) continue;
        const third = isThirdParty(o.url, pageUrl);
        const party = views.party(o.url);
        for (const decoyId of new Set(early.map((h) => h.decoyId))) {
          const h = early.find((x) => x.decoyId === decoyId)!;
          const label = decoyLabel(obs, decoyId);
          const base = { page, visit, entity: party.entity, evidence: [{ kind: 'request' as const, url: page.url, summary: `${o.what} ${clip(o.url)} carried the typed text ${hitWords(h)}`, detail: { decoy: decoyId, channel: h.channel, encoding: h.encoding } }] };
          if (third) {
            hits.push({
              ...base, key: `${decoyId}|third`, severity: 'critical',
              title: `Typed text is sent to ${party.entity.name} before the patron submits`,
              explanation: `While the patron was still typing (${label}), the text left the page for ${party.entity.name}${party.entity.company ? ` (${party.entity.company})` : ''} ${hitWords(h)}. A third party records what the patron types, even words they delete or never send.`,
              remediation: `Remove the script that sends keystrokes to ${party.site}; if it is a session-replay or analytics tool, turn off input capture (mask all inputs) or remove it. Ask the vendor to delete what was collected.`,
            });
          } else if (o.echoes) {
            hits.push({
              ...base, key: `${decoyId}|autocomplete`, severity: 'info', outcome: 'pass',
              title: 'The library\u2019s own search suggestions receive the typed text (autocomplete)',
              explanation: `The site's own server receives the search as it is typed and answers with suggestions: an autocomplete. It stays with the library, but its logs may keep partial searches.`,
              remediation: 'Make sure the suggestion service does not log queries, or logs them without any patron identifier and deletes them quickly.',
            });
          } else {
            hits.push({
              ...base, key: `${decoyId}|first`, severity: 'high', outcome: 'needs-review',
              title: 'Typed text is sent to the library\u2019s own server before the patron submits',
              explanation: `While the patron was typing (${label}), the text was sent to ${party.site}, the library's own domain, ${hitWords(h)}, and the answer did not use it as suggestions would. Something on the site records typing.`,
              remediation: 'Find the script that sends this request (see evidence) and what the server does with it; if it is a self-hosted recorder, turn off input capture.',
            });
          }
        }
      }
    }
    return hits;
  },
});
