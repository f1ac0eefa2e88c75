/**
 * One page visit: open a tab, start every instrument, navigate within the page's time and size budgets, let
 * the instruments act and collect, close the tab. Hostile pages (redirect loops, endless dialogs and popups,
 * crashed tabs, huge bodies, silent servers, downloads, bad certificates, non-HTML, unreachable hosts) end
 * inside the budget with a clear `FID_*` error on the page, never a hang; whatever was recorded is kept.
 */
import type { BrowserContext, CDPSession, Page, Response } from 'playwright-core';
import type { PageObservation, PageRole, Phase, ObservationError } from '../../model/index.js';
import type { DecoyRuntime, Instrument, InstrumentContext } from '../types.js';
import { classifyNavigationError } from './errors.js';

export interface VisitSettings {
  maxBodyBytes: number;
  settleMs: number;
  pageTimeoutMs: number;
  pageMaxBytes: number;
}

export interface VisitOptions {
  id: string;
  role: PageRole;
  url: string;
  instruments: readonly Instrument[];
  decoys: readonly DecoyRuntime[];
  salt: string;
  settings: VisitSettings;
}

/** Keys the driver puts in `ctx.shared` for instruments. */
export const SHARED = {
  cdp: 'driver:cdp',
  phase: 'driver:phase',
  isHtml: 'driver:isHtml',
  deadline: 'driver:deadline',
  mainResponse: 'driver:mainResponse',
  role: 'driver:role',
} as const;

/** Resolve with `fallback` after `ms`, so one stuck call cannot hold the visit. */
export function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((ok) => {
      timer = setTimeout(() => ok(fallback), Math.max(0, ms));
    }),
  ]);
}

function emptyPage(opts: VisitOptions, startedAt: number): PageObservation {
  return {
    id: opts.id, role: opts.role, url: opts.url, finalUrl: opts.url, startedAt, durationMs: 0,
    documentHeaders: {}, requests: [], webSockets: [], cookies: [], storage: [], apiCalls: [], scripts: [], errors: [],
  };
}

/** A page that used its whole budget loading still gets this long to be observed, plus the grace. */
const COLLECT_FLOOR_MS = 2_000;
const COLLECT_GRACE_MS = 3_000;
const COLLECT_MIN_MS = 500;

const DOC_HEADERS = ['strict-transport-security', 'referrer-policy', 'content-security-policy', 'content-type', 'permissions-policy'] as const;

/** What a visit yields: the page's record, and the instruments' scratch space (links for the crawl planner). */
export interface VisitResult {
  page: PageObservation;
  shared: ReadonlyMap<string, unknown>;
}

/** Visit one URL in a fresh tab of `context`; never throws for page-level failures. */
export async function visitPage(context: BrowserContext, opts: VisitOptions): Promise<VisitResult> {
  const startedAt = Date.now();
  const deadline = startedAt + opts.settings.pageTimeoutMs;
  const out = emptyPage(opts, startedAt);
  const fail = (e: ObservationError) => {
    if (!out.errors.some((x) => x.code === e.code)) out.errors.push(e);
  };
  const page: Page = await context.newPage();
  const shared = new Map<string, unknown>([[SHARED.phase, 'load' satisfies Phase], [SHARED.isHtml, true], [SHARED.deadline, deadline], [SHARED.role, opts.role]]);
  const ctx: InstrumentContext = {
    page, context, pageStart: startedAt, decoys: opts.decoys, salt: opts.salt, shared,
    phase: () => shared.get(SHARED.phase) as Phase,
    settings: { maxBodyBytes: opts.settings.maxBodyBytes, settleMs: opts.settings.settleMs, pageTimeoutMs: opts.settings.pageTimeoutMs },
  };

  // An abort signal for the navigation wait: crashes and size overruns end it early.
  let abort: (e: ObservationError) => void = () => undefined;
  const aborted = new Promise<ObservationError>((ok) => (abort = ok));

  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    d.dismiss().catch(() => undefined);
  });
  const onPopup = (p: Page) => {
    p.opener().then((o) => (o === page ? p.close() : undefined)).catch(() => undefined);
  };
  context.on('page', onPopup);
  page.on('crash', () => {
    const e = { code: 'FID_PAGE_CRASHED', message: 'The tab crashed while loading or running the page.', where: opts.url };
    fail(e);
    abort(e);
  });
  page.on('download', (d) => {
    fail({ code: 'FID_DOWNLOAD', message: `The page started a download (${d.suggestedFilename()}); downloads are refused.`, where: d.url() });
    d.cancel().catch(() => undefined);
  });

  let cdp: CDPSession | undefined;
  try {
    cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable', { maxTotalBufferSize: 8 * 1024 * 1024, maxResourceBufferSize: 2 * 1024 * 1024 });
    shared.set(SHARED.cdp, cdp);
    let bytes = 0;
    cdp.on('Network.dataReceived', (ev) => {
      bytes += Math.max(ev.dataLength, ev.encodedDataLength);
      if (bytes > opts.settings.pageMaxBytes) {
        const e = { code: 'FID_PAGE_TOO_LARGE', message: `The page downloaded more than ${Math.round(opts.settings.pageMaxBytes / 1048576)} MB; loading was stopped.`, where: opts.url };
        if (!out.errors.some((x) => x.code === e.code)) {
          fail(e);
          cdp?.send('Page.stopLoading').catch(() => undefined);
          abort(e);
        }
      }
    });
  } catch (err) {
    fail({ code: 'FID_INSTRUMENT', message: `DevTools session unavailable: ${(err as Error).message}`, where: 'driver' });
  }

  const guard = async (name: string, f: () => Promise<void>, ms: number) => {
    try {
      const done = await withTimeout(f().then(() => true), ms, false);
      if (!done) fail({ code: 'FID_INSTRUMENT', message: `Instrument "${name}" did not finish within ${ms} ms.`, where: name });
    } catch (err) {
      out.errors.push({ code: 'FID_INSTRUMENT', message: `Instrument "${name}" failed: ${(err as Error).message.split('\n')[0]}`, where: name });
    }
  };
  for (const inst of opts.instruments) await guard(inst.name, () => inst.start(ctx), 5_000);
  page.on('frameattached', (frame) => {
    for (const inst of opts.instruments) if (inst.onTarget) void guard(inst.name, () => inst.onTarget!(ctx, frame), 3_000);
  });
  page.on('worker', (worker) => {
    for (const inst of opts.instruments) if (inst.onTarget) void guard(inst.name, () => inst.onTarget!(ctx, worker), 3_000);
  });

  // Navigation gets most of the budget; the rest is for acting and collecting.
  const navBudget = Math.round(opts.settings.pageTimeoutMs * 0.6);
  let response: Response | null = null;
  const nav = page
    .goto(opts.url, { waitUntil: 'load', timeout: navBudget })
    .then((r) => ({ r }))
    .catch((err: Error) => ({ err }));
  const first = await Promise.race([nav, aborted.then((e) => ({ aborted: e }))]);
  if ('r' in first) response = first.r;
  else if ('err' in first) {
    const e = classifyNavigationError(first.err, opts.url, navBudget, dialogs);
    fail(e);
    if (e.code !== 'FID_PAGE_TIMEOUT') shared.set(SHARED.isHtml, false);
    else {
      // A page that never fired `load` may still have rendered something worth observing; stop it loading and
      // check that its scripts let us in (a page stuck in a loop or never answered cannot be observed).
      await withTimeout(cdp ? cdp.send('Page.stopLoading').then(() => undefined, () => undefined) : Promise.resolve(), 1_000, undefined);
      const alive = await withTimeout(page.evaluate(() => document.readyState).then(() => true, () => false), 1_000, false);
      if (!alive || page.url() === 'about:blank') shared.set(SHARED.isHtml, false);
    }
  } else {
    shared.set(SHARED.isHtml, false);
    await withTimeout(page.goto('about:blank').catch(() => undefined), 2_000, undefined);
  }
  if (dialogs > 0) out.errors.push({ code: 'FID_NAVIGATION', message: `The page opened ${dialogs} dialog(s); each was dismissed.`, where: opts.url });

  if (response) {
    shared.set(SHARED.mainResponse, response);
    out.status = response.status();
    const headers = await withTimeout(response.allHeaders(), 2_000, {} as Record<string, string>);
    for (const h of DOC_HEADERS) if (headers[h]) out.documentHeaders[h] = headers[h];
    const ct = headers['content-type'] ?? '';
    if (ct && !/html|xml/i.test(ct)) {
      fail({ code: 'FID_NOT_HTML', message: `The URL answered with ${ct.split(';')[0]}, not a web page.`, where: opts.url });
      shared.set(SHARED.isHtml, false);
    }
    if (opts.url.startsWith('https:')) {
      const sec = await withTimeout(response.securityDetails(), 2_000, null);
      out.tls = { secure: sec !== null || response.url().startsWith('https:') };
    }
  } else if (out.errors.some((e) => e.code === 'FID_CERTIFICATE')) {
    out.tls = { secure: false, certificateError: out.errors.find((e) => e.code === 'FID_CERTIFICATE')!.message };
  }
  out.finalUrl = page.isClosed() ? opts.url : page.url() === 'about:blank' ? opts.url : page.url();
  out.title = await withTimeout(page.title(), 1_000, undefined as string | undefined).catch(() => undefined);

  // Collect in registry order; each instrument gets what is left of the budget (with a floor, so a page
  // that used up its navigation budget still yields its network record).
  // One hard end for the whole collect phase: a page stuck in a script loop cannot make every instrument
  // wait its own full timeout.
  const crashed = out.errors.some((e) => e.code === 'FID_PAGE_CRASHED');
  const hardEnd = Math.max(deadline, Date.now() + COLLECT_FLOOR_MS) + COLLECT_GRACE_MS;
  for (const inst of opts.instruments) {
    if (crashed && inst.name !== 'network' && inst.name !== 'cookies') continue;
    await guard(inst.name, () => inst.collect(ctx, out), Math.max(COLLECT_MIN_MS, hardEnd - Date.now()));
  }
  // A busy renderer may not have answered the first title query in time; the page has settled by now.
  if (out.title === undefined && shared.get(SHARED.isHtml) !== false && !page.isClosed()) {
    out.title = await withTimeout(page.title().catch(() => undefined), 3_000, undefined);
  }
  context.off('page', onPopup);
  await withTimeout(page.close({ runBeforeUnload: false }).catch(() => undefined), 5_000, undefined);
  await cdp?.detach().catch(() => undefined);
  out.durationMs = Date.now() - startedAt;
  return { page: out, shared };
}
