/**
 * Reading leak: the book a patron is looking at (its ISBN or title, as found on the record page) reaching a
 * third party in a URL, the Referer header or a request body. Cover-image and recommendation services are
 * the usual carriers: each cover request names the book. ISBNs match in both the 10- and 13-digit forms,
 * with or without hyphens; titles match case-insensitively after URL decoding, and only when long enough
 * (10+ characters) that a match cannot be chance.
 */
import { isThirdParty } from '../derived/index.js';
import type { RequestRecord } from '../model/index.js';
import { defineRule, type RuleHit } from './types.js';
import { requestEvidence } from './helpers.js';

/** Both forms of an ISBN (digits only), so `0-306-40615-2` also matches `9780306406157`. */
export function isbnForms(isbn: string): string[] {
  const d = isbn.replace(/[^0-9Xx]/g, '').toUpperCase();
  const out = new Set<string>([d]);
  if (d.length === 10) {
    const core = '978' + d.slice(0, 9);
    const sum = [...core].reduce((s, c, i) => s + Number(c) * (i % 2 ? 3 : 1), 0);
    out.add(core + ((10 - (sum % 10)) % 10));
  } else if (d.length === 13 && d.startsWith('978')) {
    const core = d.slice(3, 12);
    const sum = [...core].reduce((s, c, i) => s + Number(c) * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    out.add(core + (check === 10 ? 'X' : String(check)));
  }
  return [...out].filter((x) => x.length === 10 || x.length === 13);
}

function decode(s: string): string {
  let t = s.replace(/\+/g, ' ');
  for (let i = 0; i < 2; i++) {
    try {
      t = decodeURIComponent(t);
    } catch {
      break;
    }
  }
  return t.toLowerCase();
}

function channels(r: RequestRecord): [string, string][] {
  const out: [string, string][] = [['url', decode(r.url)]];
  if (r.headers.referer) out.push(['Referer', decode(r.headers.referer)]);
  if (r.postData) out.push(['body', decode(r.postData)]);
  return out;
}

export const readingLeak = defineRule({
  id: 'reading-leak',
  title: 'What patrons read stays with the library',
  failureTitle: 'The book a patron looks at is sent to a third party',
  description: 'Records of what a patron reads are the core of library confidentiality; ISBNs and titles identify the reading exactly.',
  requires: ['requests', 'dom'],
  cites: ['lbor-vii', 'ala-privacy-interp', 'niso-7', 'ala-vendor-sharing'],
  severity: 'critical',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      const reading = page.dom?.reading;
      if (!reading || (reading.isbns.length === 0 && reading.titles.length === 0)) continue;
      const needles: { kind: 'ISBN' | 'title'; forms: string[]; hyphenless?: boolean }[] = [
        ...reading.isbns.map((i) => ({ kind: 'ISBN' as const, forms: isbnForms(i).map((x) => x.toLowerCase()), hyphenless: true })),
        ...reading.titles.filter((t) => t.trim().length >= 10).map((t) => ({ kind: 'title' as const, forms: [t.trim().toLowerCase()] })),
      ];
      const pageUrl = page.finalUrl || page.url;
      for (const { req, party } of views.thirdPartyRequests(page)) {
        if (!isThirdParty(req.url, pageUrl)) continue;
        for (const [where, text] of channels(req)) {
          const flat = text.replace(/-/g, '');
          const found = needles.find((n) => n.forms.some((f) => (n.hyphenless ? flat.includes(f) : text.includes(f))));
          if (!found) continue;
          const cover = party.service?.kind === 'cover-images';
          hits.push({
            key: `${found.kind}|${where}`,
            page,
            visit,
            entity: party.entity,
            title: `${found.kind === 'ISBN' ? 'The ISBN' : 'The title'} of the book being viewed is sent to ${party.entity.name}`,
            explanation:
              `On a record page, the ${found.kind} of the book the patron is looking at reached ${party.entity.name}${party.entity.company ? ` (${party.entity.company})` : ''} in the ${where}` +
              `${cover ? ', through a cover-image or enrichment service' : ''}. Together with the patron\u2019s IP address and any cookie, this tells the company what this patron reads.`,
            remediation: cover
              ? 'Serve cover images and enrichment through the library\u2019s own server (a caching proxy) so the vendor never sees patrons, or ask the vendor for a server-to-server integration.'
              : `Remove the tag or widget that sends record details to ${party.site}; if it is needed, strip titles and ISBNs from what it receives and set a strict Referrer-Policy.`,
            evidence: [requestEvidence(page, req, `${found.kind} in the ${where}`)],
          });
          break;
        }
      }
    }
    return hits;
  },
});
