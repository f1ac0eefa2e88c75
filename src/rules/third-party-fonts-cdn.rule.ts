/**
 * Third-party fonts and public CDNs: web fonts (Google Fonts, Adobe Fonts...) and script CDNs (cdnjs,
 * jsDelivr, unpkg...) loaded from another party. They do not profile patrons on purpose, but every page view
 * reaches them with the patron's IP address; self-hosting the same files removes that at no cost.
 */
import { defineRule, type RuleHit } from './types.js';
import { requestEvidence } from './helpers.js';

export const thirdPartyFontsCdn = defineRule({
  id: 'third-party-fonts-cdn',
  title: 'Fonts and libraries are self-hosted',
  failureTitle: 'Fonts or scripts come from a third-party CDN',
  description: 'Fonts and libraries from public CDNs reveal each visit to the CDN operator; self-hosting avoids it.',
  requires: ['requests'],
  cites: ['niso-9', 'niso-4'],
  severity: 'low',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      const seen = new Map<string, RuleHit>();
      for (const { req, party } of views.thirdPartyRequests(page)) {
        const s = party.service;
        if (!s || (s.kind !== 'fonts' && s.kind !== 'cdn')) continue;
        const existing = seen.get(s.name);
        if (existing) {
          if (existing.evidence.length < 3) existing.evidence.push(requestEvidence(page, req));
          continue;
        }
        const what = s.kind === 'fonts' ? 'web fonts' : 'scripts or style sheets';
        seen.set(s.name, {
          key: s.name,
          page,
          visit,
          entity: { name: s.name, company: s.company, category: 'hosting', domains: [party.site] },
          title: `${what[0]!.toUpperCase()}${what.slice(1)} from ${s.name}`,
          explanation: `Pages load ${what} from ${s.name} (${s.company}). Each page view sends the patron's IP address, and often the page address, to ${s.company}.`,
          remediation: `Download the files and serve them from the library's own server (licences of common fonts and libraries allow it), then remove the ${s.name} links.`,
          evidence: [requestEvidence(page, req)],
        });
      }
      hits.push(...seen.values());
    }
    return hits;
  },
});
