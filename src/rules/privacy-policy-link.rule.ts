/**
 * Privacy policy link: every page should link to the library's privacy policy, so a patron can learn what
 * is collected before using a service. Reported once for the site, with the pages that lack the link.
 */
import { defineRule, type RuleHit } from './types.js';

export const privacyPolicyLink = defineRule({
  id: 'privacy-policy-link',
  title: 'Every page links to the privacy policy',
  failureTitle: 'Pages without a link to the privacy policy',
  description: 'Patrons should be able to find, from any page, what the library and its vendors collect about them.',
  requires: ['dom'],
  cites: ['niso-8', 'niso-2', 'ala-bds-7'],
  severity: 'low',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      if (!page.dom || page.status === undefined || page.status >= 400) continue;
      if (page.dom.privacyPolicyLinks.length > 0) continue;
      hits.push({
        key: 'missing',
        page,
        visit,
        entity: { name: 'this site', category: 'first party' },
        explanation: 'This page has no visible link to a privacy policy, so a patron cannot easily learn what the library and its vendors collect while they use it.',
        remediation: 'Add a "Privacy" link to the footer of every page, pointing to a plain-language policy that names the third parties the site uses.',
        evidence: [{ kind: 'dom', url: page.url, summary: `no privacy policy link on ${page.url}` }],
      });
    }
    return hits;
  },
});
