/**
 * Advertising pixels: tags of advertising platforms (Meta, TikTok, LinkedIn, Google Ads, Microsoft, X,
 * Pinterest, Snap, Reddit) that report the visit to the ad platform so the patron can be targeted later.
 * Recognised by the platforms' script and collection endpoints; one finding per platform.
 */
import { defineRule, type RuleHit } from './types.js';
import { requestEvidence } from './helpers.js';

export const advertisingPixel = defineRule({
  id: 'advertising-pixel',
  title: 'No advertising pixels',
  failureTitle: 'An advertising pixel reports patrons\u2019 visits to an ad platform',
  description: 'Advertising pixels turn library use into ad-targeting data, the behavioral surveillance ALA asks libraries to refuse.',
  requires: ['requests'],
  cites: ['ala-bds-1', 'ala-bds-2', 'ala-vendor-tracking', 'niso-7'],
  severity: 'high',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      const seen = new Map<string, RuleHit>();
      for (const { req, party } of views.thirdPartyRequests(page)) {
        const s = party.service;
        if (s?.kind !== 'ad-pixel') continue;
        const existing = seen.get(s.name);
        if (existing) {
          if (existing.evidence.length < 4) existing.evidence.push(requestEvidence(page, req));
          continue;
        }
        seen.set(s.name, {
          key: s.name,
          page,
          visit,
          entity: { name: s.name, company: s.company, category: 'advertising', domains: [party.site] },
          title: `${s.name} (${s.company}) advertising pixel`,
          explanation:
            `Pages load the ${s.name}. It tells ${s.company} that this browser visited this library page, linked to the identifier ${s.company} keeps for the patron ` +
            '(often their social-media account), so the visit can be used to target advertising and to measure ad campaigns.',
          remediation:
            `Remove the ${s.name} from the site. If the library advertises on ${s.company}, measure campaigns with links tagged for the library\u2019s own, privacy-friendly statistics instead.`,
          evidence: [requestEvidence(page, req)],
        });
      }
      hits.push(...seen.values());
    }
    return hits;
  },
});
