/**
 * Tracking after rejection: in the consent visit that clicked "reject all", trackers contacted after the
 * click and tracking cookies still stored after it. A banner whose "no" changes nothing misleads patrons.
 * When no known banner could be handled, the rule says so (not applicable / needs review) instead of guessing.
 */
import { defineRule, type RuleHit } from './types.js';
import { choiceTime, consentVisit, trackingByParty, trackingWords } from './consent-helpers.js';

export const trackingAfterRejection = defineRule({
  id: 'tracking-after-rejection',
  title: 'Nothing tracks after the patron rejects cookies',
  failureTitle: 'Tracking continues after the patron rejects it on the consent banner',
  description: 'A consent banner whose “reject” changes nothing takes the patron’s choice away while appearing to offer it.',
  requires: ['requests', 'cookies', 'consent'],
  cites: ['niso-6', 'ala-bds-3', 'ala-bds-1', 'ala-vendor-tracking'],
  severity: 'high',
  run({ obs, views }) {
    const visit = consentVisit(obs, 'reject');
    if (!visit || !visit.pages.length) return [];
    const at = choiceTime(visit);
    const landing = visit.pages[0]!;
    if (at === undefined) {
      const cmp = visit.pages.find((p) => p.consent?.cmp)?.consent?.cmp;
      return [
        {
          key: 'not-handled',
          page: landing,
          visit,
          severity: 'info',
          outcome: cmp ? 'needs-review' : 'not-applicable',
          title: cmp ? `The ${cmp} banner's “reject all” could not be used, so rejection was not tested` : 'No known consent banner could be handled, so rejection was not tested',
          explanation:
            (landing.consent?.note ?? 'No consent banner from a known consent platform was recognised.') +
            ' Fiduciary clicks only banners that a known rule recognises; it does not guess at unknown ones.',
          remediation: cmp
            ? 'Check by hand that “reject all” works on this banner, and that nothing tracks after it.'
            : 'If the site has a banner, check by hand what happens after rejecting; if it has none, see the tracking-before-consent finding.',
          evidence: [{ kind: 'note', url: landing.url, summary: landing.consent?.note ?? 'no consent banner handled' }],
        },
      ];
    }
    // Cookies are read at the end of a page visit: when that is after the choice, they survived it.
    const found = trackingByParty(views, visit.pages, (page, req) => page.startedAt + req.t > at, (page) => page.startedAt + page.durationMs > at, 'after rejection');
    return found.map((t): RuleHit => {
      const name = t.party.entity.name;
      return {
        key: name,
        page: t.page,
        visit,
        entity: t.party.entity,
        title: `${name} keeps tracking after the patron rejected it`,
        explanation:
          `After the consent banner's “reject all” was clicked, ${trackingWords(t)}. The patron said no, and ${t.party.entity.company ?? name} still ` +
          'learns which library pages they read.',
        remediation:
          `Load ${name} only after the patron opts in (in the consent platform, tie its tag to a consent category), ` +
          'and delete its cookies when the patron rejects. Better still, remove it.',
        evidence: t.evidence,
      };
    });
  },
});
