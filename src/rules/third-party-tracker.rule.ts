/**
 * Third-party trackers: requests to companies that the tracker database puts in a category that follows
 * people (advertising, analytics, social media, customer interaction). One finding per company, with every
 * page it was seen on. Advertising pixels, Google Analytics and session recorders have their own, more
 * specific rules and are left to them so a librarian reads each problem once.
 */
import { defineRule, type RuleHit } from './types.js';
import { requestEvidence } from './helpers.js';

export const thirdPartyTracker = defineRule({
  id: 'third-party-tracker',
  title: 'No third-party trackers',
  failureTitle: 'A third-party tracker follows patrons on this site',
  description: 'Trackers collect behavioral data about library use for companies outside the library, which ALA opposes.',
  requires: ['requests'],
  cites: ['ala-bds-1', 'ala-bds-4', 'ala-vendor-tracking', 'niso-7', 'lbor-vii'],
  severity: 'medium',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      const byEntity = new Map<string, RuleHit>();
      for (const { req, party } of views.thirdPartyRequests(page)) {
        if (!party.tracking || party.service) continue; // specific rules judge known services
        const name = party.entity.name;
        const existing = byEntity.get(name);
        if (existing) {
          if (existing.evidence.length < 5) existing.evidence.push(requestEvidence(page, req));
          continue;
        }
        const category = party.tracker?.category ?? 'tracking';
        const advertising = category === 'advertising' || category === 'pornvertising';
        byEntity.set(name, {
          key: name,
          page,
          visit,
          entity: party.entity,
          severity: advertising ? 'high' : 'medium',
          title: `${name}${party.entity.company && party.entity.company !== name ? ` (${party.entity.company})` : ''} tracks patrons (${category.replace(/_/g, ' ')})`,
          explanation:
            `Pages of this site make the patron's browser contact ${name}, which the tracker database lists as ${category.replace(/_/g, ' ')}. ` +
            `Each request tells ${party.entity.company ?? name} the patron's IP address, the page being read and, usually, an identifier that follows them across sites.`,
          remediation:
            `Remove the ${name} tag if the library does not need it. If it is needed, ask the vendor which data it keeps, for how long and whether it is shared, ` +
            'and load it only after the patron opts in.',
          evidence: [requestEvidence(page, req)],
        });
      }
      hits.push(...byEntity.values());
    }
    return hits;
  },
});
