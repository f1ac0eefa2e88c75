/**
 * The one lifecycle every instrument follows. The driver creates one `InstrumentContext` per page visit,
 * calls `start` before navigation (install init scripts, listeners), `onTarget` for each new frame or worker,
 * and `collect` after the patron's actions, where the instrument writes its part of the PageObservation.
 * An instrument that throws loses only its own part: the driver records an `FID_INSTRUMENT` error.
 */
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import type { PageObservation, Phase } from '../model/index.js';

/** Decoys as held in memory during one page visit; the text never reaches the Observations. */
export interface DecoyRuntime {
  id: string;
  kind: 'search' | 'text' | 'email' | 'name' | 'phone' | 'password';
  text: string;
}

export interface InstrumentContext {
  page: Page;
  context: BrowserContext;
  /** Epoch ms when the page visit started; record times relative to it. */
  pageStart: number;
  /** Current phase of the visit, advanced by the interaction instrument. */
  phase(): Phase;
  /** Decoys for this visit (in memory only). */
  decoys: readonly DecoyRuntime[];
  /** Per-run random salt for hashing values; never written. */
  salt: string;
  /** Resolved scan settings (budgets, bounds). */
  settings: { maxBodyBytes: number; settleMs: number; pageTimeoutMs: number };
  /** Shared scratch space between instruments of one visit (e.g. the API hook's event buffer). */
  shared: Map<string, unknown>;
}

export interface Instrument {
  readonly name: string;
  start(ctx: InstrumentContext): Promise<void>;
  onTarget?(ctx: InstrumentContext, target: Frame | Worker): Promise<void>;
  collect(ctx: InstrumentContext, out: PageObservation): Promise<void>;
}
