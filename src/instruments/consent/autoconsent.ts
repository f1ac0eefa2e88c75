/**
 * Loads DuckDuckGo's autoconsent for use in a page driven by Playwright: the content script built for
 * Playwright (`dist/autoconsent.playwright.js`), the full rule bundle (JSON rules for several hundred consent
 * platforms plus the coded ones) and the configuration for each consent mode. The script talks to Node through
 * `window.autoconsentSendMessage` (an exposed binding) and is answered with `autoconsentReceiveMessage`, as the
 * package's own Playwright runner does. Heuristic detection stays off: a banner is reported as handled only
 * when a known rule recognised it, never on a guess.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ConsentMode } from '../../model/index.js';

const require = createRequire(import.meta.url);

/** Messages the content script sends (the subset we act on; see autoconsent's lib/messages.ts). */
export type AutoconsentMessage = (
  | { type: 'init'; url: string }
  | { type: 'eval'; id: string; code: string }
  | { type: 'cmpDetected'; cmp: string; url: string }
  | { type: 'popupFound'; cmp: string; url: string }
  | { type: 'optOutResult' | 'optInResult'; cmp: string; result: boolean; url: string }
  | { type: 'autoconsentDone'; cmp: string; url: string; duration: number; totalClicks: number }
  | { type: 'autoconsentError'; details: unknown }
  | { type: 'report'; instanceId: string; url: string; mainFrame: boolean; state: { lifecycle: string } }
  | { type: 'visualDelay' | 'selfTestResult'; [k: string]: unknown }
) & {
  /** Epoch ms by the page's clock when the page sent the message (see `STAMP`). */
  sentAt?: number;
};

/**
 * Put before autoconsent's content script: every message it sends carries the page's clock at sending. A
 * binding call reaches Node later than the page made it and, on a loaded machine, after the network events
 * of the click it announced; timing the choice by arrival made a pixel the accept click set off look as if
 * it loaded before the choice.
 */
export const STAMP = `(() => {
  const send = window.autoconsentSendMessage;
  if (typeof send !== 'function' || send.fidStamped) return;
  const stamped = (m) => send(Object.assign({}, m, { sentAt: Date.now() }));
  stamped.fidStamped = true;
  window.autoconsentSendMessage = stamped;
})();
`;

interface Rule {
  runContext?: { urlPattern?: string };
}

let cached: { script: string; generic: Rule[]; siteSpecific: { re: RegExp; rule: Rule }[] } | undefined;

function load(): NonNullable<typeof cached> {
  if (!cached) {
    const dist = dirname(require.resolve('@duckduckgo/autoconsent'));
    const script = STAMP + readFileSync(join(dist, 'autoconsent.playwright.js'), 'utf8');
    const rules = JSON.parse(readFileSync(require.resolve('@duckduckgo/autoconsent/rules/rules.json'), 'utf8')) as { autoconsent: Rule[] };
    const generic: Rule[] = [];
    const siteSpecific: { re: RegExp; rule: Rule }[] = [];
    for (const rule of rules.autoconsent) {
      const pattern = rule.runContext?.urlPattern;
      if (!pattern) generic.push(rule);
      else {
        try {
          siteSpecific.push({ re: new RegExp(pattern), rule });
        } catch {
          // a pattern JavaScript cannot compile would never match in the page either
        }
      }
    }
    cached = { script, generic, siteSpecific };
  }
  return cached;
}

/** The content script, read once per process. */
export function autoconsentScript(): string {
  return load().script;
}

/**
 * The rule bundle for a frame: every generic rule plus the site-specific rules whose URL pattern matches the
 * frame, exactly the set autoconsent would keep in the page; sending only these keeps each frame's start
 * fast (about a sixth of the full bundle).
 */
export function rulesFor(frameUrl: string): { autoconsent: Rule[] } {
  const { generic, siteSpecific } = load();
  return { autoconsent: [...generic, ...siteSpecific.filter((s) => s.re.test(frameUrl)).map((s) => s.rule)] };
}

/** The autoconsent configuration for one consent mode of the comparison. */
export function autoconsentConfig(mode: Exclude<ConsentMode, 'none'>, detectRetries: number): Record<string, unknown> {
  return {
    enabled: true,
    autoAction: mode === 'reject' ? 'optOut' : mode === 'accept' ? 'optIn' : null,
    disabledCmps: [],
    // No prehiding or cosmetic hiding: the patron must see the page as it is, and hiding is not consent.
    enablePrehide: false,
    enableCosmeticRules: false,
    enableGeneratedRules: true,
    enableHeuristicDetection: false,
    heuristicMode: 'off',
    detectRetries,
    isMainWorld: false,
    prehideTimeout: 2000,
    enablePopupMutationObserver: false,
    visualTest: false,
    performanceLoggingEnabled: false,
    logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
  };
}

/** Lifecycle states after which nothing more will happen on that frame for the given mode. */
export function isSettled(mode: Exclude<ConsentMode, 'none'>, lifecycle: string): boolean {
  if (lifecycle === 'nothingDetected' || lifecycle === 'done') return true;
  if (mode === 'no-action') return lifecycle === 'openPopupDetected';
  return /^(optOut|optIn)(Succeeded|Failed)$/.test(lifecycle);
}
