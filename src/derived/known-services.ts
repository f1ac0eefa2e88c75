/**
 * Services the tracker database does not describe well enough for a library audit: cover-image and
 * recommendation services (they learn what a patron is reading), session-replay vendors, advertising pixels,
 * face-recognition and identity-verification vendors, font and script CDNs. Domains match by suffix. These
 * are facts about vendors, kept as data so a librarian can read and extend them.
 */

export interface KnownService {
  name: string;
  company: string;
  kind: 'cover-images' | 'session-replay' | 'ad-pixel' | 'biometric' | 'fonts' | 'cdn' | 'analytics';
  domains: string[];
}

export const KNOWN_SERVICES: readonly KnownService[] = [
  // Cover images and enrichment: each request names the book being looked at.
  { name: 'Syndetics', company: 'ProQuest (Clarivate)', kind: 'cover-images', domains: ['syndetics.com'] },
  { name: 'Content Cafe', company: 'Baker & Taylor', kind: 'cover-images', domains: ['contentcafe2.btol.com', 'btol.com'] },
  { name: 'Amazon book images', company: 'Amazon', kind: 'cover-images', domains: ['images-amazon.com', 'ssl-images-amazon.com', 'images.amazon.com', 'media-amazon.com'] },
  { name: 'Open Library Covers', company: 'Internet Archive', kind: 'cover-images', domains: ['covers.openlibrary.org'] },
  { name: 'Google Books', company: 'Google', kind: 'cover-images', domains: ['books.google.com', 'books.googleusercontent.com'] },
  { name: 'NoveList', company: 'EBSCO', kind: 'cover-images', domains: ['novselect.ebscohost.com', 'imageserver.ebscohost.com'] },
  { name: 'ChiliFresh', company: 'ChiliFresh', kind: 'cover-images', domains: ['chilifresh.com'] },
  { name: 'LibraryThing for Libraries', company: 'LibraryThing', kind: 'cover-images', domains: ['librarything.com'] },
  { name: 'Goodreads', company: 'Amazon', kind: 'cover-images', domains: ['goodreads.com', 'gr-assets.com'] },
  // Session replay.
  { name: 'Hotjar', company: 'Contentsquare', kind: 'session-replay', domains: ['hotjar.com', 'hotjar.io'] },
  { name: 'FullStory', company: 'FullStory', kind: 'session-replay', domains: ['fullstory.com'] },
  { name: 'Microsoft Clarity', company: 'Microsoft', kind: 'session-replay', domains: ['clarity.ms'] },
  { name: 'Mouseflow', company: 'Mouseflow', kind: 'session-replay', domains: ['mouseflow.com'] },
  { name: 'Smartlook', company: 'Cisco', kind: 'session-replay', domains: ['smartlook.com', 'smartlook.cloud'] },
  { name: 'LogRocket', company: 'LogRocket', kind: 'session-replay', domains: ['logrocket.com', 'lr-ingest.io', 'lr-in.com', 'logr-ingest.com'] },
  { name: 'Quantum Metric', company: 'Quantum Metric', kind: 'session-replay', domains: ['quantummetric.com'] },
  { name: 'Contentsquare', company: 'Contentsquare', kind: 'session-replay', domains: ['contentsquare.net', 'contentsquare.com'] },
  { name: 'Inspectlet', company: 'Inspectlet', kind: 'session-replay', domains: ['inspectlet.com'] },
  { name: 'Lucky Orange', company: 'Lucky Orange', kind: 'session-replay', domains: ['luckyorange.com', 'luckyorange.net'] },
  { name: 'Glassbox', company: 'Glassbox', kind: 'session-replay', domains: ['glassboxdigital.io', 'glassbox.com'] },
  { name: 'Crazy Egg', company: 'Crazy Egg', kind: 'session-replay', domains: ['crazyegg.com'] },
  { name: 'PostHog', company: 'PostHog', kind: 'session-replay', domains: ['posthog.com', 'i.posthog.com'] },
  // Advertising pixels.
  { name: 'Meta Pixel', company: 'Meta', kind: 'ad-pixel', domains: ['connect.facebook.net', 'facebook.com/tr', 'facebook.net'] },
  { name: 'TikTok Pixel', company: 'ByteDance', kind: 'ad-pixel', domains: ['analytics.tiktok.com'] },
  { name: 'LinkedIn Insight Tag', company: 'Microsoft (LinkedIn)', kind: 'ad-pixel', domains: ['snap.licdn.com', 'px.ads.linkedin.com'] },
  { name: 'Google Ads', company: 'Google', kind: 'ad-pixel', domains: ['googleadservices.com', 'googleads.g.doubleclick.net', 'doubleclick.net', 'googlesyndication.com'] },
  { name: 'Microsoft Advertising (UET)', company: 'Microsoft', kind: 'ad-pixel', domains: ['bat.bing.com'] },
  { name: 'X (Twitter) Pixel', company: 'X Corp', kind: 'ad-pixel', domains: ['static.ads-twitter.com', 'ads-twitter.com', 't.co', 'analytics.twitter.com'] },
  { name: 'Pinterest Tag', company: 'Pinterest', kind: 'ad-pixel', domains: ['ct.pinterest.com', 's.pinimg.com'] },
  { name: 'Snap Pixel', company: 'Snap', kind: 'ad-pixel', domains: ['sc-static.net', 'tr.snapchat.com'] },
  { name: 'Reddit Pixel', company: 'Reddit', kind: 'ad-pixel', domains: ['redditstatic.com', 'alb.reddit.com'] },
  // Face recognition, liveness and identity verification.
  { name: 'Amazon Rekognition', company: 'Amazon', kind: 'biometric', domains: ['rekognition.amazonaws.com'] },
  { name: 'Azure Face API', company: 'Microsoft', kind: 'biometric', domains: ['face.azure.com', 'api.cognitive.microsoft.com/face'] },
  { name: 'Face++', company: 'Megvii', kind: 'biometric', domains: ['faceplusplus.com', 'megvii.com'] },
  { name: 'Kairos', company: 'Kairos', kind: 'biometric', domains: ['kairos.com'] },
  { name: 'Clearview AI', company: 'Clearview AI', kind: 'biometric', domains: ['clearview.ai'] },
  { name: 'Onfido', company: 'Entrust', kind: 'biometric', domains: ['onfido.com'] },
  { name: 'Jumio', company: 'Jumio', kind: 'biometric', domains: ['jumio.com', 'netverify.com', 'jumio.ai'] },
  { name: 'Veriff', company: 'Veriff', kind: 'biometric', domains: ['veriff.com', 'veriff.me'] },
  { name: 'ID.me', company: 'ID.me', kind: 'biometric', domains: ['id.me'] },
  { name: 'iProov', company: 'iProov', kind: 'biometric', domains: ['iproov.com', 'iproov.app'] },
  { name: 'FaceTec', company: 'FaceTec', kind: 'biometric', domains: ['facetec.com'] },
  { name: 'Persona', company: 'Persona', kind: 'biometric', domains: ['withpersona.com'] },
  { name: 'Socure', company: 'Socure', kind: 'biometric', domains: ['socure.com'] },
  { name: 'Incode', company: 'Incode', kind: 'biometric', domains: ['incode.com', 'incodesmile.com'] },
  { name: 'Au10tix', company: 'Au10tix', kind: 'biometric', domains: ['au10tix.com'] },
  { name: 'Yoti', company: 'Yoti', kind: 'biometric', domains: ['yoti.com'] },
  // Fonts and public CDNs: they learn every visit (IP address, page via Referer).
  { name: 'Google Fonts', company: 'Google', kind: 'fonts', domains: ['fonts.googleapis.com', 'fonts.gstatic.com'] },
  { name: 'Adobe Fonts', company: 'Adobe', kind: 'fonts', domains: ['use.typekit.net', 'p.typekit.net'] },
  { name: 'Font Awesome CDN', company: 'Fonticons', kind: 'fonts', domains: ['use.fontawesome.com', 'kit.fontawesome.com', 'ka-f.fontawesome.com'] },
  { name: 'Bunny Fonts', company: 'BunnyWay', kind: 'fonts', domains: ['fonts.bunny.net'] },
  { name: 'cdnjs', company: 'Cloudflare', kind: 'cdn', domains: ['cdnjs.cloudflare.com'] },
  { name: 'jsDelivr', company: 'jsDelivr', kind: 'cdn', domains: ['cdn.jsdelivr.net', 'jsdelivr.net'] },
  { name: 'unpkg', company: 'unpkg', kind: 'cdn', domains: ['unpkg.com'] },
  { name: 'Google Hosted Libraries', company: 'Google', kind: 'cdn', domains: ['ajax.googleapis.com'] },
  { name: 'jQuery CDN', company: 'OpenJS Foundation', kind: 'cdn', domains: ['code.jquery.com'] },
  { name: 'Bootstrap CDN', company: 'StackPath', kind: 'cdn', domains: ['stackpath.bootstrapcdn.com', 'maxcdn.bootstrapcdn.com', 'netdna.bootstrapcdn.com'] },
  { name: 'Microsoft Ajax CDN', company: 'Microsoft', kind: 'cdn', domains: ['ajax.aspnetcdn.com'] },
  // Google Analytics is judged by its own rule.
  { name: 'Google Analytics', company: 'Google', kind: 'analytics', domains: ['google-analytics.com', 'analytics.google.com', 'googletagmanager.com/gtag', 'region1.google-analytics.com', 'stats.g.doubleclick.net'] },
];

const index = KNOWN_SERVICES.flatMap((s) => s.domains.map((d) => ({ d, s }))).sort((a, b) => b.d.length - a.d.length);

/**
 * The known service a URL belongs to, if any. An entry with a path (`facebook.com/tr`) matches that path
 * prefix on the domain; others match the host and its subdomains.
 */
export function knownServiceOf(url: string): KnownService | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase();
  const hostPath = host + u.pathname;
  for (const { d, s } of index) {
    if (d.includes('/')) {
      const [dh] = d.split('/');
      if ((host === dh || host.endsWith('.' + dh)) && (hostPath.startsWith(d) || hostPath.slice(host.length - dh!.length).startsWith(d))) return s;
    } else if (host === d || host.endsWith('.' + d)) return s;
  }
  return undefined;
}
