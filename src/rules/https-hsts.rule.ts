/**
 * HTTPS everywhere and HSTS: every page should arrive over HTTPS with a valid certificate, and the site
 * should tell browsers to never use plain HTTP (Strict-Transport-Security with a max-age of at least six
 * months), so searches and logins cannot be read or changed on the way.
 */
import { defineRule, type RuleHit } from './types.js';

/** Six months, the shortest max-age the HSTS preload list accepts minus margin. */
export const HSTS_MIN_AGE = 15_552_000;

export const httpsHsts = defineRule({
  id: 'https-hsts',
  title: 'Pages use HTTPS with HSTS',
  failureTitle: 'Pages are not fully protected in transit',
  description: 'Without HTTPS and HSTS, anyone on the patron\u2019s network can read or change what they search and read.',
  requires: ['documentHeaders', 'tls'],
  cites: ['niso-3', 'ala-vendor-security', 'niso-11'],
  severity: 'high',
  run({ views }) {
    const hits: RuleHit[] = [];
    const site = { name: 'this site', category: 'first party' };
    for (const { visit, page } of views.pages) {
      if (page.status === undefined) continue; // the page never arrived: reported as an error, not a finding
      const url = page.finalUrl || page.url;
      const ev = (summary: string) => [{ kind: 'header' as const, url: page.url, summary }];
      if (url.startsWith('http:')) {
        hits.push({ key: 'http', page, visit, entity: site, severity: 'high', title: 'A page is served over plain HTTP', evidence: ev(`${url} was served without HTTPS`),
          explanation: 'This page travels unencrypted: anyone on the same network (public Wi-Fi, the internet provider) can see what the patron reads and searches, and change the page.',
          remediation: 'Serve every page over HTTPS and redirect HTTP to HTTPS (free certificates: Let\u2019s Encrypt).' });
        continue;
      }
      if (page.tls && !page.tls.secure) {
        hits.push({ key: 'certificate', page, visit, entity: site, severity: 'high', title: 'The HTTPS certificate is not valid', evidence: ev(`certificate error: ${page.tls.certificateError ?? 'invalid'}`),
          explanation: 'Browsers warn patrons away from this page or, if they click through, cannot tell it from an impostor.',
          remediation: 'Install a valid certificate for this host name and renew it automatically.' });
      }
      const hsts = page.documentHeaders['strict-transport-security'];
      const age = Number(/max-age\s*=\s*"?(\d+)/i.exec(hsts ?? '')?.[1] ?? NaN);
      if (!hsts || !(age >= HSTS_MIN_AGE)) {
        hits.push({ key: 'hsts', page, visit, entity: site, severity: 'low', title: hsts ? 'HSTS max-age is short' : 'No HSTS header',
          evidence: ev(hsts ? `Strict-Transport-Security: ${hsts}` : 'no Strict-Transport-Security header'),
          explanation: 'Without a lasting Strict-Transport-Security header a patron\u2019s first request can still go over plain HTTP and be intercepted or redirected.',
          remediation: 'Send "Strict-Transport-Security: max-age=31536000; includeSubDomains" on every HTTPS response.' });
      }
    }
    return hits;
  },
});
