/*
 * The cookie banner (vanilla-cookieconsent v3). Scripts marked type="text/plain" data-category="…" run
 * only after the patron accepts that category. The Google tag in the page head is not marked, so it runs
 * whatever the patron chooses: that is the misconfiguration the audit is meant to find.
 */
CookieConsent.run({
  // The library's default hides the banner from automated browsers; this site shows it to everyone.
  hideFromBots: false,
  guiOptions: { consentModal: { layout: "box", position: "bottom right" } },
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {},
    ads: {},
  },
  language: {
    default: "en",
    translations: {
      en: {
        consentModal: {
          title: "We use cookies",
          description: "Riverbend Public Library uses cookies to keep you signed in and, with your consent, to measure visits and show relevant advertising.",
          acceptAllBtn: "Accept all",
          acceptNecessaryBtn: "Reject all",
          showPreferencesBtn: "Manage preferences",
        },
        preferencesModal: {
          title: "Cookie preferences",
          acceptAllBtn: "Accept all",
          acceptNecessaryBtn: "Reject all",
          savePreferencesBtn: "Save preferences",
          sections: [
            { title: "Strictly necessary", description: "Keeps you signed in.", linkedCategory: "necessary" },
            { title: "Analytics", description: "Counts visits to improve the website.", linkedCategory: "analytics" },
            { title: "Advertising", description: "Measures our social media campaigns.", linkedCategory: "ads" },
          ],
        },
      },
    },
  },
});
