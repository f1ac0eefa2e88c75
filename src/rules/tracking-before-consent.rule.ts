/**
 * Tracking before consent: in the consent visit that leaves the banner alone, every tracker contacted and
 * every tracking cookie stored, since the patron has agreed to nothing. A site with no banner at all that
 * tracks is the same failure seen from the other side: the strictest privacy settings are not the default.
 */
import { defineRule, type RuleHit } from './types.js';
import { consentVisit, trackingByParty, trackingWords } from './consent-helpers.js';

export const trackingBeforeConsent = defineRule({
  id: 'tracking-before-consent',
  title: 'Nothing tracks before the patron consents',
  failureTitle: 'Trackers run before the patron has agreed to anything',
  description: 'Privacy by default means no tracking until a patron chooses it; tracking that starts on arrival gives the patron no choice.',
  requires: ['requests', 'cookies', 'consent'],
  cites: ['ala-bds-3', 'niso-6', 'ala-bds-1', 'ala-vendor-tracking'],
  severity: 'high',
  run({ obs, views }) {
    const visit = consentVisit(obs, 'no-action');
    if (!visit) return [];
    const banner = visit.pages.find((p) => p.consent?.popupFound)?.consent;
    const cmp = banner?.cmp ?? visit.pages.find((p) => p.consent?.cmp)?.consent?.cmp;
    const found = trackingByParty(views, visit.pages, () => true, () => true, 'before any consent');
    return found.map((t): RuleHit => {
      const name = t.party.entity.name;
      return {
        key: name,
        page: t.page,
        visit,
        entity: t.party.entity,
        title: banner ? `${name} tracks before the patron answers the consent banner` : `${name} tracks patrons and the site asks no consent`,
        explanation: banner
          ? `With the ${cmp ?? 'consent'} banner still unanswered, ${trackingWords(t)}. Patrons who ignore the banner, or never see it, are tracked as if they had agreed.`
          : `The site shows no consent banner that Fiduciary recognises, and on a plain visit ${trackingWords(t)}. Tracking is on by default, ` +
            'where the ALA resolution asks for the strictest privacy settings without any action from the patron.',
        remediation: banner
          ? `Tie ${name} to a consent category so that it loads only after the patron opts in; check the consent platform's script-blocking setting.`
          : `Remove ${name}, or load it only after the patron opts in through a consent step.`,
        evidence: t.evidence,
      };
    });
  },
});
