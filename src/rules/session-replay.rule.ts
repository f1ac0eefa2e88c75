/**
 * Session replay: scripts that record everything the patron does on a page (the page itself, its changes,
 * mouse, scrolling, typing) and upload it so it can be replayed. Found three ways, so a self-hosted or
 * renamed recorder is still caught: known replay vendors by domain; recorder code by content markers that
 * survive renaming (rrweb's `rr_dataURL`, `__rrweb`, `rr-block`... and vendor SDK markers); and behaviour, an
 * upload whose body is a serialised DOM (node trees with `childNodes`/`tagName`, or rrweb-style snapshot and
 * mutation events), or a large or compressed upload sent by a script carrying recorder markers.
 */
import { responsibleScripts } from '../derived/index.js';
import type { Evidence, RequestRecord } from '../model/index.js';
import { defineRule, type RuleHit } from './types.js';
import { clip, requestEvidence } from './helpers.js';

const RECORDER_MARKERS = new Set(['rrweb', 'session-replay']);
/** Body bytes above which an upload from a recorder script counts as a recording batch. */
export const LARGE_UPLOAD = 4_000;

/** True when a request body looks like a serialised page: a DOM tree or snapshot/mutation events. */
export function looksLikeDomSerialisation(body: string | undefined): boolean {
  if (!body) return false;
  const tree = /"childNodes"\s*:/.test(body) && /"tagName"\s*:/.test(body);
  const rrwebEvents = /"type"\s*:\s*2\s*,\s*"data"\s*:\s*\{\s*"node"/.test(body) || (/"source"\s*:\s*0/.test(body) && /"adds"\s*:/.test(body) && /"removes"\s*:/.test(body));
  return tree || rrwebEvents;
}

function compressedOrLarge(r: RequestRecord): boolean {
  const ct = (r.headers.contentType ?? '').toLowerCase();
  return (r.postDataSize ?? 0) >= LARGE_UPLOAD || /gzip|deflate|octet-stream|zstd/.test(ct);
}

export const sessionReplay = defineRule({
  id: 'session-replay',
  title: 'No session recording',
  failureTitle: 'Patrons\u2019 visits are recorded for replay',
  description: 'Session replay records everything a patron sees, types and does on a page, the fullest form of behavioral surveillance.',
  requires: ['requests', 'scripts'],
  cites: ['ala-bds-1', 'ala-bds-4', 'ala-vendor-collection', 'niso-4'],
  severity: 'critical',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      const found = new Map<string, { entity: RuleHit['entity']; evidence: Evidence[]; how: Set<string> }>();
      const add = (name: string, entity: RuleHit['entity'], how: string, e: Evidence) => {
        const g = found.get(name) ?? { entity, evidence: [], how: new Set<string>() };
        g.how.add(how);
        if (g.evidence.length < 5) g.evidence.push(e);
        found.set(name, g);
      };
      const recorderScripts = new Set(page.scripts.filter((s) => s.markers.some((m) => RECORDER_MARKERS.has(m))).map((s) => s.url));
      for (const s of page.scripts) {
        if (!recorderScripts.has(s.url)) continue;
        const party = /^https?:/.test(s.url) ? views.party(s.url) : undefined;
        const name = party?.service?.kind === 'session-replay' ? party.service.name : party ? party.entity.name : 'a recorder in the site\u2019s own code';
        add(name, party?.entity ?? { name, category: 'session replay' }, 'recorder code', { kind: 'script', url: page.url, summary: `${clip(s.url)} contains session-recording code (${s.markers.filter((m) => RECORDER_MARKERS.has(m)).join(', ')})` });
      }
      for (const r of page.requests) {
        const party = views.party(r.url);
        if (party.service?.kind === 'session-replay') add(party.service.name, party.entity, 'known vendor', requestEvidence(page, r));
        if (r.method === 'GET' || r.resourceType === 'document') continue;
        const fromRecorder = responsibleScripts(r).find((s) => recorderScripts.has(s));
        if (looksLikeDomSerialisation(r.postData) || (fromRecorder && compressedOrLarge(r))) {
          const name = party.service?.kind === 'session-replay' ? party.service.name : fromRecorder && /^https?:/.test(fromRecorder) ? views.party(fromRecorder).entity.name : party.entity.name;
          add(name, party.entity, 'uploads recordings', requestEvidence(page, r, `${r.postDataSize ?? r.postData?.length ?? 0} bytes of recorded page activity`));
        }
      }
      for (const [name, g] of found) {
        const dest = g.entity?.name ?? name;
        hits.push({
          key: name,
          page,
          visit,
          ...(g.entity ? { entity: g.entity } : {}),
          title: `Session recording by ${name}`,
          explanation:
            `${name} records the patron's visit (${[...g.how].join(', ')}): the page as the patron sees it, every change, mouse movement, scroll and, unless masked, what they type, ` +
            `uploaded to ${dest} so that someone can watch the visit again. On a library site that means searches, records viewed and account pages.`,
          remediation:
            'Remove session recording from library pages. If it must stay, restrict it to pages without searches or accounts, enable masking of all text and inputs, ' +
            'and ask the vendor how long recordings are kept and who can view them.',
          evidence: g.evidence,
        });
      }
    }
    return hits;
  },
});
