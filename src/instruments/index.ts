/**
 * The instrument registry. Order matters and is the order `collect` runs in: consent acts on the banner
 * first, dom takes its snapshot before the patron acts, the screenshot shows the page as the patron found
 * it, interaction then types and submits decoys and waits for uploads to settle, and the recorders (js-api,
 * network, cookies, scripts) read what happened last — cookies after js-api, whose script cookie writes it
 * attributes.
 */
import type { ConsentMode } from '../model/index.js';
import type { Instrument } from './types.js';
import { cookiesInstrument } from './cookies.instrument.js';
import { domInstrument } from './dom.instrument.js';
import { createInteractionInstrument } from './interaction.instrument.js';
import { jsApiInstrument } from './js-api.instrument.js';
import { networkInstrument } from './network.instrument.js';
import { createScreenshotInstrument } from './screenshot.instrument.js';
import { scriptsInstrument } from './scripts.instrument.js';
import { storageInstrument } from './storage.instrument.js';

export interface InstrumentOptions {
  /** Folder to write screenshots into; none = no screenshots. */
  screenshotDir?: string;
  /** Consent comparison visits only. */
  consentMode?: ConsentMode;
  /** Leave the patron actions out (e.g. benchmark of passive loading). */
  interact?: boolean;
}

/** Every instrument by name; `InstrumentName` derives from it. */
export const instrumentFactories = {
  dom: (_o: InstrumentOptions) => domInstrument,
  screenshot: (o: InstrumentOptions) => (o.screenshotDir ? createScreenshotInstrument(o.screenshotDir) : undefined),
  interaction: (o: InstrumentOptions) => createInteractionInstrument({ interact: o.interact }),
  'js-api': (_o: InstrumentOptions) => jsApiInstrument,
  storage: (_o: InstrumentOptions) => storageInstrument,
  network: (_o: InstrumentOptions) => networkInstrument,
  cookies: (_o: InstrumentOptions) => cookiesInstrument,
  scripts: (_o: InstrumentOptions) => scriptsInstrument,
} satisfies Record<string, (o: InstrumentOptions) => Instrument | undefined>;

export type InstrumentName = keyof typeof instrumentFactories;

/** The instruments of one page visit, in collect order. */
export function createInstruments(options: InstrumentOptions = {}, only?: readonly InstrumentName[]): Instrument[] {
  return (Object.keys(instrumentFactories) as InstrumentName[])
    .filter((n) => !only || only.includes(n))
    .map((n) => instrumentFactories[n](options))
    .filter((i): i is Instrument => i !== undefined);
}
