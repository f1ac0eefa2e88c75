/**
 * Mixed content: an HTTPS page that references subresources over plain HTTP (scripts, images, frames,
 * forms posting to http:). Those parts travel unencrypted and can reveal or alter what the patron sees.
 */
import { defineRule, type RuleHit } from './types.js';
import { clip } from './helpers.js';

export const mixedContent = defineRule({
  id: 'mixed-content',
  title: 'No mixed content',
  failureTitle: 'An HTTPS page loads parts over plain HTTP',
  description: 'Unencrypted parts of a secure page leak what the patron views and let an attacker change it.',
  requires: ['dom', 'requests'],
  cites: ['niso-3'],
  severity: 'medium',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      if (!(page.finalUrl || page.url).startsWith('https:')) continue;
      const refs = new Set(page.dom?.insecureReferences ?? []);
      for (const r of page.requests) if (r.url.startsWith('http:') && !r.isNavigation) refs.add(r.url);
      for (const f of page.dom?.forms ?? []) if (f.action?.startsWith('http:')) refs.add(f.action);
      if (refs.size === 0) continue;
      const list = [...refs];
      hits.push({
        key: 'mixed',
        page,
        visit,
        entity: { name: 'this site', category: 'first party' },
        explanation: `This HTTPS page refers to ${list.length} resource(s) over plain HTTP. Those requests travel unencrypted, so the network can see and change them; browsers block some, breaking the page.`,
        remediation: 'Change the http:// links to https:// (or relative links), and add "Content-Security-Policy: upgrade-insecure-requests".',
        evidence: list.slice(0, 5).map((u) => ({ kind: 'dom' as const, url: page.url, summary: `insecure reference ${clip(u)}` })),
      });
    }
    return hits;
  },
});
