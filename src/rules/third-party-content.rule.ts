/**
 * Third-party content: requests to other parties that no tracker list describes and that no more specific
 * rule covers (fonts and CDNs, cover images, known vendors). They are never dropped: an unknown party still
 * learns the patron's IP address and the page, so it is reported, at low severity, for the library to check.
 */
import { defineRule, type RuleHit } from './types.js';
import { requestEvidence } from './helpers.js';

export const thirdPartyContent = defineRule({
  id: 'third-party-content',
  title: 'No unexplained third-party content',
  failureTitle: 'Pages load content from a third party',
  description: 'Every third party a page contacts learns who visits it; the library should know each one and why.',
  requires: ['requests'],
  cites: ['niso-7', 'niso-4'],
  severity: 'low',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      const bySite = new Map<string, RuleHit>();
      for (const { req, party } of views.thirdPartyRequests(page)) {
        if (party.tracking || party.service) continue;
        const existing = bySite.get(party.site);
        if (existing) {
          if (existing.evidence.length < 3) existing.evidence.push(requestEvidence(page, req));
          continue;
        }
        const known = party.tracker ? ` (${party.tracker.category.replace(/_/g, ' ')} according to the tracker database)` : ' (not in the tracker database)';
        bySite.set(party.site, {
          key: party.site,
          page,
          visit,
          entity: party.entity,
          title: `Content from ${party.entity.name}`,
          explanation:
            `Pages of this site load content from ${party.site}${known}. Each request gives that party the patron's IP address and, ` +
            'through the Referer header, which library page they are on.',
          remediation: `Confirm what ${party.site} provides and whether the library has an agreement covering patron data; self-host it if possible.`,
          evidence: [requestEvidence(page, req)],
        });
      }
      hits.push(...bySite.values());
    }
    return hits;
  },
});
