/**
 * The consent instrument: runs DuckDuckGo's autoconsent rule set in every frame of the page to recognise a
 * consent banner from a known consent management platform (CMP) and, depending on the visit's consent mode,
 * leave it alone (`no-action`), click "reject all" (`reject`) or "accept all" (`accept`). It records which CMP
 * was recognised, whether the banner was open, whether the choice was made and when, so the consent rules can
 * separate what a site did before the patron's choice from what it did after. When no known rule applies, it
 * says so in `note` rather than guessing at buttons.
 */
import type { Frame, Page } from 'playwright-core';
import type { ConsentMode, ConsentObservation } from '../model/index.js';
import type { Instrument, InstrumentContext } from './types.js';
import { autoconsentConfig, autoconsentScript, isSettled, rulesFor, type AutoconsentMessage } from './consent/autoconsent.js';

export interface ConsentInstrumentOptions {
  mode: Exclude<ConsentMode, 'none'>;
  /** How long after the page visit started to wait for autoconsent to settle (within the page budget). */
  detectTimeoutMs?: number;
  /** Autoconsent's own detection retries (about 0.5 s each). */
  detectRetries?: number;
  /** Extra wait, beyond autoconsent's own detection retries, counted from when collecting starts. */
  noCmpGraceMs?: number;
}

/** What one page visit learned; lives in `ctx.shared` under `consent:state`. */
interface ConsentState {
  mode: Exclude<ConsentMode, 'none'>;
  pageStart: number;
  mainLifecycle?: string;
  settledFrames: Set<string>;
  cmp?: string;
  popupFound: boolean;
  result?: boolean;
  handledAt?: number;
  /** When autoconsent started clicking through the reject/accept steps. */
  choiceStartedAt?: number;
  errors: string[];
}

type Handler = (frame: Frame, msg: AutoconsentMessage) => Promise<void>;

/**
 * A page may be reused for several visits by the driver, and Playwright refuses to expose the same binding
 * twice; so the binding is exposed once per page and dispatches to the current visit's handler.
 */
const handlers = new WeakMap<Page, { current: Handler }>();

async function reply(frame: Frame, message: Record<string, unknown>): Promise<void> {
  await frame
    .evaluate((m) => (window as unknown as { autoconsentReceiveMessage?: (x: unknown) => unknown }).autoconsentReceiveMessage?.(m), message)
    .catch(() => undefined); // the frame navigated or was detached: nothing left to answer
}

/** Build a consent instrument for one consent mode of the three-visit comparison. */
export function createConsentInstrument(options: ConsentInstrumentOptions): Instrument {
  const detectTimeoutMs = options.detectTimeoutMs ?? 8_000;
  const detectRetries = options.detectRetries ?? 6;
  const noCmpGraceMs = options.noCmpGraceMs ?? 2_000;
  return {
    name: 'consent',

    async start(ctx: InstrumentContext): Promise<void> {
      const state: ConsentState = { mode: options.mode, pageStart: ctx.pageStart, settledFrames: new Set(), popupFound: false, errors: [] };
      ctx.shared.set('consent:state', state);
      const script = autoconsentScript();
      const config = autoconsentConfig(options.mode, detectRetries);

      const handler: Handler = async (frame, msg) => {
        const isMain = frame === ctx.page.mainFrame();
        switch (msg.type) {
          case 'init': {
            // Blank and non-web frames cannot hold a banner; leaving them unanswered keeps autoconsent idle there.
            const url = frame.url();
            if (!/^https?:/.test(url)) return;
            await frame
              .evaluate(
                ([c, r]) =>
                  (window as unknown as { autoconsentReceiveMessage?: (x: unknown) => unknown }).autoconsentReceiveMessage?.({ type: 'initResp', config: c, rules: r }),
                [config, rulesFor(url)] as const,
              )
              .catch(() => undefined);
            return;
          }
          case 'eval': {
            // Rule steps that must run in the page's own JavaScript world (e.g. a CMP's JS API).
            const result = await frame.evaluate(msg.code).catch(() => false);
            await reply(frame, { type: 'evalResp', id: msg.id, result });
            return;
          }
          case 'cmpDetected':
            state.cmp ??= msg.cmp;
            return;
          case 'popupFound':
            state.cmp = msg.cmp;
            state.popupFound = true;
            return;
          case 'optOutResult':
          case 'optInResult':
            state.result = msg.result;
            // The choice counts from when the clicking started: what its click set off is "after" it.
            if (msg.result) state.handledAt ??= state.choiceStartedAt ?? sentAt(msg, state.pageStart);
            return;
          case 'autoconsentError':
            state.errors.push(typeof msg.details === 'object' && msg.details && 'msg' in msg.details ? String((msg.details as { msg: unknown }).msg) : 'autoconsent error');
            return;
          case 'report':
            if (isMain && msg.mainFrame) state.mainLifecycle = msg.state.lifecycle;
            if (/^running(OptOut|OptIn)$/.test(msg.state.lifecycle)) state.choiceStartedAt ??= sentAt(msg, state.pageStart);
            if (isSettled(options.mode, msg.state.lifecycle)) state.settledFrames.add(msg.instanceId);
            return;
          default:
            return;
        }
      };

      const existing = handlers.get(ctx.page);
      if (existing) existing.current = handler;
      else {
        const ref = { current: handler };
        handlers.set(ctx.page, ref);
        await ctx.page.exposeBinding('autoconsentSendMessage', ({ frame }, msg: AutoconsentMessage) => ref.current(frame, msg));
        await ctx.page.addInitScript({ content: script });
      }
    },

    async collect(ctx: InstrumentContext, out): Promise<void> {
      const state = ctx.shared.get('consent:state') as ConsentState | undefined;
      if (!state) return;
      // Wait for the main frame to settle (or for a popup to be handled in any frame). "No platform here" is
      // autoconsent's own verdict (`nothingDetected`, after all its detection retries), never a guess from a
      // fixed delay: on a loaded machine its retries run late, and a guess cut them short and missed real
      // banners. Everything starts late on a slow machine, so the budget counts from when collecting starts
      // too (the detection retries plus a grace), and never runs past the page's own budget.
      const collectStart = Date.now();
      const pageDeadline = ctx.shared.get('driver:deadline') as number | undefined;
      let deadline = Math.max(state.pageStart + detectTimeoutMs, collectStart + noCmpGraceMs + detectRetries * 500);
      if (pageDeadline !== undefined) deadline = Math.min(deadline, pageDeadline - 1_500);
      const done = (): boolean =>
        (state.mainLifecycle !== undefined && isSettled(state.mode, state.mainLifecycle)) ||
        (state.popupFound && (state.mode === 'no-action' || state.result !== undefined));
      while (!done() && Date.now() < deadline && !ctx.page.isClosed()) await ctx.page.waitForTimeout(100).catch(() => undefined);
      out.consent = summarise(state);
    },
  };
}

/** When the page sent a message, in ms from the page's start: its own stamp, or else when it arrived. */
function sentAt(msg: AutoconsentMessage, pageStart: number): number {
  return (typeof msg.sentAt === 'number' ? msg.sentAt : Date.now()) - pageStart;
}

/** Turn the visit's state into the recorded observation, with a plain note whenever nothing was handled. */
export function summarise(state: Pick<ConsentState, 'mode' | 'cmp' | 'popupFound' | 'result' | 'handledAt' | 'errors' | 'mainLifecycle'>): ConsentObservation {
  const obs: ConsentObservation = { mode: state.mode, popupFound: state.popupFound, handled: false };
  if (state.cmp) obs.cmp = state.cmp;
  if (state.mode !== 'no-action' && state.popupFound && state.result === true) {
    obs.handled = true;
    if (state.handledAt !== undefined) obs.handledAt = state.handledAt;
  }
  if (!state.cmp) obs.note = 'No consent banner from a known consent platform was recognised on this page.';
  else if (!state.popupFound) obs.note = `The ${state.cmp} consent platform is present but its banner was not open on this page.`;
  else if (state.mode !== 'no-action' && state.result === false) obs.note = `The ${state.cmp} banner was found but the ${state.mode === 'reject' ? 'reject' : 'accept'} choice could not be made.`;
  else if (state.mode !== 'no-action' && state.result === undefined) obs.note = `The ${state.cmp} banner was found but the choice did not complete in time.`;
  if (state.errors.length) obs.note = `${obs.note ? `${obs.note} ` : ''}${state.errors.join('; ')}`;
  return obs;
}
