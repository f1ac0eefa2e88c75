/**
 * Browser fingerprinting: reading back a canvas on which text was drawn (also when drawn in several short
 * pieces), probing for many installed fonts, reading the unmasked WebGL renderer, and rendering an
 * oscillator through a compressor in an OfflineAudioContext. Benign uses stay silent: a chart draws text but
 * never reads the pixels back, an avatar thumbnail reads back a canvas that holds an image and no text, and
 * a page measuring text in its own two or three fonts is not probing.
 */
import type { ApiCall } from '../model/index.js';
import { defineRule, type RuleHit } from './types.js';
import { apiEvidence, scriptName } from './helpers.js';

/** Distinct font families one script must measure before it counts as probing. */
export const FONT_PROBE_MIN = 20;

type Technique = 'canvas' | 'fonts' | 'webgl' | 'audio';

function technique(c: ApiCall): Technique | undefined {
  const d = c.detail ?? {};
  if (/\.(toDataURL|toBlob|convertToBlob|getImageData)$/.test(c.api)) {
    const text = typeof d.drawnText === 'string' ? d.drawnText : '';
    const images = typeof d.imagesDrawn === 'number' ? d.imagesDrawn : 0;
    return text.trim().length > 0 && images === 0 ? 'canvas' : undefined;
  }
  if (/(measureText|offsetWidth)$/.test(c.api)) return Number(d.distinctFonts ?? 0) >= FONT_PROBE_MIN ? 'fonts' : undefined;
  if (/WebGL2?RenderingContext\.prototype\.getParameter$/.test(c.api)) return c.args?.some((a) => /UNMASKED_(RENDERER|VENDOR)/.test(a)) ? 'webgl' : undefined;
  if (c.api === 'OfflineAudioContext.prototype.startRendering') return d.oscillator && d.compressor ? 'audio' : undefined;
  return undefined;
}

const WORDS: Record<Technique, string> = {
  canvas: 'draws hidden text on a canvas and reads the pixels back, which differ slightly on every computer',
  fonts: 'measures text in many fonts to learn which fonts are installed',
  webgl: 'reads the exact graphics card model through WebGL',
  audio: 'renders a sound silently and reads back the samples, which differ between computers',
};

export const fingerprinting = defineRule({
  id: 'fingerprinting',
  title: 'No browser fingerprinting',
  failureTitle: 'A script fingerprints the patron\u2019s browser',
  description: 'A fingerprint recognises the patron without cookies and cannot be cleared, defeating their privacy choices.',
  requires: ['apiCalls'],
  cites: ['ala-bds-1', 'niso-9', 'ala-vendor-tracking'],
  severity: 'high',
  run({ views }) {
    const hits: RuleHit[] = [];
    for (const { visit, page } of views.pages) {
      const byScript = new Map<string, { calls: ApiCall[]; techniques: Set<Technique> }>();
      for (const c of page.apiCalls) {
        const t = technique(c);
        if (!t) continue;
        const s = c.caller?.scriptUrl ?? c.workerUrl ?? 'unknown';
        const g = byScript.get(s) ?? { calls: [], techniques: new Set<Technique>() };
        g.calls.push(c);
        g.techniques.add(t);
        byScript.set(s, g);
      }
      for (const [script, g] of byScript) {
        const party = /^https?:/.test(script) ? views.party(script) : undefined;
        const entity = party?.entity ?? { name: 'this site', category: 'first party' };
        const ts = [...g.techniques].sort();
        hits.push({
          key: `${ts.join('+')}|${party?.site ?? script.replace(/#\d+$/, '')}`,
          page,
          visit,
          entity,
          title: `Browser fingerprinting (${ts.join(', ')}) by ${party ? entity.name : 'a script of the site'}`,
          explanation:
            `The script ${scriptName(script)} ${ts.map((t) => WORDS[t]).join('; it also ')}. Combined, such signals make a fingerprint that recognises the same patron ` +
            'across visits and sites without any cookie, so clearing cookies or private browsing does not help.',
          remediation: party
            ? `Remove the ${entity.name} script, or ask the vendor to disable device fingerprinting ("device intelligence", "fraud detection") for library patrons and put that in the contract.`
            : 'Find which library or plugin in this script fingerprints (often a bot-protection or analytics add-on) and remove or reconfigure it.',
          evidence: g.calls.slice(0, 4).map((c) => apiEvidence(page, c, technique(c))),
        });
      }
    }
    return hits;
  },
});
