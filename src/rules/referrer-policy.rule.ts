/**
 * Referrer policy: without a strict Referrer-Policy, the full address of a page, search terms in its query
 * string included, can be sent to every third party the page loads or links to. Modern browsers default to
 * `strict-origin-when-cross-origin`; a policy that sends the full URL cross-site (`unsafe-url`,
 * `no-referrer-when-downgrade`, `origin-when-cross-origin` is fine) undoes that default.
 */
import { defineRule, type RuleHit } from './types.js';

const LEAKY = /(^|,|\s)(unsafe-url|no-referrer-when-downgrade)\s*$/i;

export const referrerPolicy = defineRule({
  id: 'referrer-policy',
  title: 'A referrer policy keeps search URLs from leaking',
  failureTitle: 'Page addresses, searches included, can leak to other sites',
  description: 'Search terms and record pages in URLs must not reach third parties through the Referer header.',
  requires: ['documentHeaders', 'dom'],
  cites: ['niso-7', 'ala-privacy-interp'],
  severity: 'medium',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      if (page.status === undefined) continue;
      // The meta tag wins over the header when both are present, as in browsers (last policy applies).
      const policy = (page.dom?.metaReferrer ?? page.documentHeaders['referrer-policy'] ?? '').trim();
      const leaky = LEAKY.test(policy);
      const hasQuery = /\?./.test(page.finalUrl || page.url) || page.role === 'search-results' || page.role === 'record';
      // A stated non-leaky policy is fine; no policy matters only where the URL carries a search or record.
      if (!leaky && (policy !== '' || !hasQuery)) continue;
      hits.push({
        key: leaky ? 'leaky' : 'unset',
        page,
        visit,
        severity: leaky ? 'medium' : 'low',
        entity: { name: 'this site', category: 'first party' },
        title: leaky ? `Referrer-Policy "${policy}" sends full page addresses to other sites` : 'No Referrer-Policy on a search or record page',
        explanation: leaky
          ? 'With this policy the full address of the page, including the search terms or record being viewed, is sent to every other site the page loads or links to.'
          : 'This search or record page sets no Referrer-Policy; current browsers then send only the site name to others, but older browsers and some embedded views send the full address, search terms included.',
        remediation: 'Send "Referrer-Policy: strict-origin-when-cross-origin" (or "no-referrer") on every page, and remove any meta or link attribute that relaxes it.',
        evidence: [{ kind: 'header', url: page.url, summary: policy ? `Referrer-Policy: ${policy}` : 'no Referrer-Policy header or meta tag' }],
      });
    }
    return hits;
  },
});
