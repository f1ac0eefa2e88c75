/**
 * The js-api instrument: records which browser APIs a site's scripts use to fingerprint, watch or reach the
 * patron (canvas, fonts, WebGL, audio, camera and microphone, WebRTC, input listeners, navigator reads, and
 * cookie and storage writes), with the calling script. The hook script (js-api/hook-*.ts) is installed as an
 * init script, so it runs in every frame, cross-origin iframes included, before any page script; in
 * dedicated workers it is evaluated through a DevTools session that pauses each new worker before its first
 * script runs. Hooks push batches through a binding; at collect the rest is drained from every frame and
 * worker. Cookie names written by script go to `js-api:cookieWrites` and storage writes to
 * `js-api:storageWrites` in `ctx.shared`, for the cookies and storage instruments.
 */
import { randomBytes } from 'node:crypto';
import type { CDPSession, Page } from 'playwright-core';
import type { Instrument, InstrumentContext } from './types.js';
import { ApiAggregator, decoyRedactor } from './js-api/aggregate.js';
import { hookScript } from './js-api/hook-script.js';

/** Per-process names: random, so a page cannot look for a fixed name to detect the audit. */
const DRAIN_KEY = `k${randomBytes(6).toString('hex')}`;
const SINK = `_${randomBytes(5).toString('hex')}`;
const SCRIPT = hookScript({ key: DRAIN_KEY, sink: SINK });
const DRAIN_EXPR = `(function(){try{var f=globalThis[Symbol.for(${JSON.stringify(DRAIN_KEY)})];return f?f():null}catch(e){return null}})()`;

/** What ctx.shared holds under `js-api:state` during one visit. */
interface JsApiState {
  agg: ApiAggregator;
}

/** One page's wiring, installed once and pointed at the current visit's aggregator. */
interface PageWiring {
  current?: ApiAggregator;
  workers: Map<string, { url: string; send: (method: string, params?: object) => Promise<unknown> }>;
}
const wirings = new WeakMap<Page, PageWiring>();

/** Install the binding, the init script and worker auto-attach on a page, once. */
async function wire(page: Page): Promise<PageWiring> {
  const existing = wirings.get(page);
  if (existing) return existing;
  const w: PageWiring = { workers: new Map() };
  wirings.set(page, w);
  // In parallel: the hook finds the binding lazily, and workers are optional (frames are recorded without).
  await Promise.all([
    page.exposeBinding(SINK, ({ frame }, json: unknown) => {
      if (typeof json === 'string') w.current?.add(json, { frameUrl: frame?.url() });
    }),
    page.addInitScript({ content: SCRIPT }),
    attachWorkers(page, w).catch(() => undefined),
  ]);
  return w;
}

/**
 * Dedicated workers: a second DevTools client auto-attaches to each new worker (legacy, non-flattened
 * messages, since Playwright's session wrapper routes only its own), stops it at an instrumentation
 * breakpoint before its first script, evaluates the hook there and resumes. The breakpoint is needed because
 * the driver's own client resumes a worker that waits for debuggers as soon as it is ready, so it is a race;
 * the hook is also evaluated right away, in case it was lost. Shared and service workers of the tab's sites
 * are not children of the page: they are discovered and attached once running.
 */
async function attachWorkers(page: Page, w: PageWiring): Promise<void> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let nextId = 1;
  const waiting = new Map<number, (m: unknown) => void>();
  const sendTo = (sessionId: string, method: string, params: object = {}): Promise<unknown> => {
    const id = nextId++;
    const done = new Promise<unknown>((resolve) => {
      waiting.set(id, resolve);
      setTimeout(() => waiting.delete(id) && resolve(undefined), 5_000).unref?.();
    });
    cdp.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id, method, params }) } as never).catch(() => {
      waiting.get(id)?.(undefined);
      waiting.delete(id);
    });
    return done;
  };
  const paused = new Set<string>();
  const lateInstall = new Set<string>();
  const origins = (): Set<string> => new Set(page.frames().map((f) => safeOrigin(f.url())));
  cdp.on('Target.attachedToTarget' as never, (ev: { sessionId: string; targetInfo: { type: string; url: string }; waitingForDebugger: boolean }) => {
    const sid = ev.sessionId;
    const type = ev.targetInfo.type;
    if (type === 'shared_worker' || type === 'service_worker') {
      // Attached after start (they are not children of the page): hooks see what they do from now on.
      // Evaluating while a worker is still starting can crash its renderer: wait until its script has run.
      w.workers.set(sid, { url: ev.targetInfo.url, send: (m, p) => sendTo(sid, m, p) });
      lateInstall.add(sid);
      void sendTo(sid, 'Runtime.addBinding', { name: SINK });
      void sendTo(sid, 'Runtime.enable');
      return;
    }
    if (type !== 'worker') {
      void sendTo(sid, 'Runtime.runIfWaitingForDebugger');
      return;
    }
    w.workers.set(sid, { url: ev.targetInfo.url, send: (m, p) => sendTo(sid, m, p) });
    // Sent in one burst, breakpoint first: the worker handles them in order, and any delay lets it start.
    void sendTo(sid, 'Debugger.enable');
    void sendTo(sid, 'Debugger.setInstrumentationBreakpoint', { instrumentation: 'beforeScriptExecution' });
    void sendTo(sid, 'Runtime.addBinding', { name: SINK });
    void sendTo(sid, 'Runtime.runIfWaitingForDebugger');
    // If the driver's client resumed the worker first, the hook goes in once its script has loaded.
    lateInstall.add(sid);
  });
  // Shared and service workers of the sites in this tab.
  const attached = new Set<string>();
  cdp.on('Target.targetCreated' as never, (ev: { targetInfo: { targetId: string; type: string; url: string } }) => {
    const { targetId, type, url } = ev.targetInfo;
    if ((type !== 'shared_worker' && type !== 'service_worker') || attached.has(targetId) || !origins().has(safeOrigin(url))) return;
    attached.add(targetId);
    cdp.send('Target.attachToTarget' as never, { targetId, flatten: false } as never).catch(() => undefined);
  });
  cdp.on('Target.detachedFromTarget' as never, (ev: { sessionId: string }) => w.workers.delete(ev.sessionId));
  cdp.on('Target.receivedMessageFromTarget' as never, (ev: { sessionId: string; message: string }) => {
    let m: { id?: number; method?: string; params?: { name?: string; payload?: string; reason?: string } };
    try {
      m = JSON.parse(ev.message);
    } catch {
      return;
    }
    if (m.id !== undefined) {
      waiting.get(m.id)?.(m);
      waiting.delete(m.id);
      return;
    }
    const worker = w.workers.get(ev.sessionId);
    if (m.method === 'Runtime.bindingCalled' && m.params?.name === SINK && typeof m.params.payload === 'string') {
      w.current?.add(m.params.payload, { workerUrl: worker?.url, frameUrl: page.url() });
    } else if (m.method === 'Inspector.workerScriptLoaded' && worker && lateInstall.delete(ev.sessionId)) {
      setTimeout(() => void worker.send('Runtime.evaluate', { expression: SCRIPT }), 200);
    } else if (m.method === 'Debugger.paused' && worker) {
      // Install once (the script guards itself too); resume every pause, so a worker is never left stopped.
      const first = !paused.has(ev.sessionId);
      paused.add(ev.sessionId);
      lateInstall.delete(ev.sessionId);
      void (async () => {
        if (first) await worker.send('Runtime.evaluate', { expression: SCRIPT });
        await worker.send('Debugger.resume');
        if (first) await worker.send('Debugger.disable');
      })();
    }
  });
  await cdp.send('Target.setAutoAttach' as never, { autoAttach: true, waitForDebuggerOnStart: true, flatten: false } as never);
  await cdp.send('Target.setDiscoverTargets' as never, { discover: true } as never).catch(() => undefined);
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/** Take what every frame and worker still holds in its buffer. */
async function drainAll(page: Page, w: PageWiring): Promise<void> {
  const agg = w.current;
  if (!agg || page.isClosed()) return;
  await Promise.all(
    page.frames().map(async (frame) => {
      const json = await frame.evaluate(DRAIN_EXPR).catch(() => null);
      if (typeof json === 'string') agg.add(json, { frameUrl: frame.url() });
    }),
  );
  await Promise.all(
    [...w.workers.values()].map(async (worker) => {
      const res = (await worker.send('Runtime.evaluate', { expression: DRAIN_EXPR, returnByValue: true })) as { result?: { result?: { value?: unknown } } } | undefined;
      const json = res?.result?.result?.value;
      if (typeof json === 'string') agg.add(json, { workerUrl: worker.url, frameUrl: page.url() });
    }),
  );
}

/** Build the js-api instrument. State lives in `ctx.shared`, so one instance serves concurrent pages. */
export function createJsApiInstrument(): Instrument {
  return {
    name: 'js-api',

    async start(ctx: InstrumentContext): Promise<void> {
      const agg = new ApiAggregator(ctx.pageStart, decoyRedactor(ctx.decoys));
      ctx.shared.set('js-api:state', { agg } satisfies JsApiState);
      ctx.shared.set('js-api:cookieWrites', agg.cookieWrites);
      const w = await wire(ctx.page);
      w.current = agg;
      // Other instruments (storage, cookies) call this before reading what the hooks saw.
      let drained: Promise<void> | undefined;
      ctx.shared.set('js-api:flush', () => (drained ??= drainAll(ctx.page, w).then(() => {
        ctx.shared.set('js-api:storageWrites', agg.storage());
      })));
    },

    async collect(ctx: InstrumentContext, out): Promise<void> {
      const state = ctx.shared.get('js-api:state') as JsApiState | undefined;
      if (!state) return;
      await (ctx.shared.get('js-api:flush') as () => Promise<void>)();
      out.apiCalls.push(...state.agg.apiCalls());
      ctx.shared.set('js-api:storageWrites', state.agg.storage());
      if (state.agg.dropped > 0) {
        out.errors.push({ code: 'FID_INSTRUMENT', message: `${state.agg.dropped} API call records were dropped after the per-page bound was reached.`, where: 'js-api' });
      }
    },
  };
}

/** The default instance. */
export const jsApiInstrument: Instrument = createJsApiInstrument();
