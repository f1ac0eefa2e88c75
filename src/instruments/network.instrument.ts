/**
 * The network instrument: every request of every frame and worker, with its initiator and the calling
 * script's stack (from the DevTools `Network.requestWillBeSent` event), the headers rules need (Referer,
 * cookie names), a bounded body, the response status and Set-Cookie names, redirects, beacons and WebSocket
 * frames. Decoys are searched for in every outbound channel here, while the raw data is still in memory;
 * the stored strings are redacted later by the engine.
 */
import type { CDPSession, Frame, Request, Response, WebSocket } from 'playwright-core';
import type { DecoyHit, Initiator, RequestRecord, WebSocketRecord } from '../model/index.js';
import { matchDecoys } from './decoys.js';
import { SHARED, withTimeout } from './driver/visit.js';
import type { DecoyRuntime, Instrument, InstrumentContext } from './types.js';

/** A cookie Chromium refused to store or send, as seen in DevTools' extra-info events. */
export interface BlockedCookie {
  name: string;
  url: string;
  direction: 'set' | 'send';
  reasons: string[];
  domain?: string;
}

interface Pending {
  rec: RequestRecord;
  /** Issued on behalf of the main frame: a request of its process that DevTools did not see came from a worker. */
  mainFrame: boolean;
  raw?: Buffer;
  headers?: Record<string, string>;
  task: Promise<void>[];
}

interface State {
  byReq: Map<Request, Pending>;
  order: Pending[];
  initiators: Map<string, Initiator[]>;
  sockets: { rec: WebSocketRecord; raw: string[] }[];
  workers: string[];
  blocked: BlockedCookie[];
  echoCandidates: Promise<void>[];
}

const KEY = 'network:state';
const MATCH_BYTES = 512 * 1024;

function cookieNames(header: string | undefined, sep: RegExp): string[] | undefined {
  if (!header) return undefined;
  const names = header.split(sep).map((c) => c.split('=')[0]!.trim()).filter(Boolean);
  return names.length ? [...new Set(names)] : undefined;
}

function isText(buf: Buffer): boolean {
  const n = Math.min(buf.length, 2048);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return false;
  return !(buf[0] === 0x1f && buf[1] === 0x8b);
}

/** Translate a DevTools initiator into ours: type, URL, and the deduplicated script URLs on the stack. */
function toInitiator(i: { type: string; url?: string; stack?: CdpStack }): Initiator {
  const stack: string[] = [];
  for (let s: CdpStack | undefined = i.stack; s; s = s.parent) for (const f of s.callFrames) if (f.url && !stack.includes(f.url)) stack.push(f.url);
  const type = (['parser', 'script', 'preload', 'redirect', 'other'].includes(i.type) ? i.type : 'other') as Initiator['type'];
  return { type, url: i.url ?? stack[0], ...(stack.length ? { stack } : {}) };
}
interface CdpStack {
  callFrames: { url: string }[];
  parent?: CdpStack;
}

function wireCdp(cdp: CDPSession, st: State): void {
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (ev) => {
    urls.set(ev.requestId, ev.request.url);
    const key = `${ev.request.method} ${ev.request.url}`;
    const list = st.initiators.get(key) ?? [];
    list.push(toInitiator(ev.initiator as { type: string; url?: string; stack?: CdpStack }));
    st.initiators.set(key, list);
  });
  cdp.on('Network.responseReceivedExtraInfo', (ev) => {
    for (const b of ev.blockedCookies ?? []) {
      const name = b.cookie?.name ?? b.cookieLine.split('=')[0]!.trim();
      st.blocked.push({ name, url: urls.get(ev.requestId) ?? '', direction: 'set', reasons: b.blockedReasons, ...(b.cookie?.domain ? { domain: b.cookie.domain } : {}) });
    }
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (ev) => {
    for (const a of ev.associatedCookies ?? []) {
      if (a.blockedReasons.length) st.blocked.push({ name: a.cookie.name, url: a.cookie.domain, direction: 'send', reasons: a.blockedReasons });
    }
  });
}

function phaseAt(ctx: InstrumentContext) {
  return ctx.phase();
}

export const networkInstrument: Instrument = {
  name: 'network',

  async start(ctx) {
    const st: State = { byReq: new Map(), order: [], initiators: new Map(), sockets: [], workers: [], blocked: [], echoCandidates: [] };
    ctx.shared.set(KEY, st);
    const cdp = ctx.shared.get(SHARED.cdp) as CDPSession | undefined;
    if (cdp) wireCdp(cdp, st);
    const { page } = ctx;
    page.on('request', (req: Request) => {
      let frameUrl: string | undefined;
      let fromWorker = false;
      let mainFrame = false;
      try {
        const f = req.frame();
        mainFrame = f === page.mainFrame();
        frameUrl = f.url() || undefined;
        if (frameUrl === 'about:blank') frameUrl = undefined;
      } catch {
        fromWorker = true;
      }
      const raw = req.postDataBuffer() ?? undefined;
      const rec: RequestRecord = {
        id: `r${st.order.length}`,
        url: req.url(),
        method: req.method(),
        resourceType: req.resourceType(),
        ...(frameUrl !== undefined ? { frameUrl } : {}),
        ...(fromWorker ? { fromWorker } : {}),
        ...(req.resourceType() === 'ping' ? { beacon: true } : {}),
        ...(req.isNavigationRequest() ? { isNavigation: true } : {}),
        t: Date.now() - ctx.pageStart,
        phase: phaseAt(ctx),
        headers: {},
        ...(req.redirectedFrom() ? { redirectedFrom: req.redirectedFrom()!.url() } : {}),
        decoyHits: [],
      };
      if (raw) {
        rec.postDataSize = raw.length;
        if (isText(raw)) rec.postData = raw.subarray(0, ctx.settings.maxBodyBytes).toString('utf8');
      }
      const p: Pending = { rec, mainFrame, raw: raw?.subarray(0, MATCH_BYTES), task: [] };
      p.task.push(
        req.allHeaders().then((h) => {
          p.headers = h;
        }, () => undefined),
      );
      st.byReq.set(req, p);
      st.order.push(p);
    });
    page.on('response', (res: Response) => {
      const p = st.byReq.get(res.request());
      if (!p) return;
      p.task.push(
        res.headersArray().then((hs) => {
          const get = (n: string) => hs.filter((h) => h.name.toLowerCase() === n);
          const setCookie = get('set-cookie').map((h) => h.value.split('=')[0]!.trim()).filter(Boolean);
          p.rec.response = {
            status: res.status(),
            ...(get('content-type')[0] ? { contentType: get('content-type')[0]!.value } : {}),
            ...(setCookie.length ? { setCookieNames: [...new Set(setCookie)] } : {}),
            ...(get('location')[0] ? { location: get('location')[0]!.value } : {}),
          };
        }, () => undefined),
      );
      // Autocomplete echo: a same-site XHR/fetch answered with the decoy the patron is typing.
      const type = res.request().resourceType();
      if ((type === 'xhr' || type === 'fetch') && p.rec.phase !== 'load' && sameSite(res.url(), page.url())) {
        st.echoCandidates.push(
          res.body().then((b) => {
            if (matchDecoys(b.subarray(0, MATCH_BYTES), 'body', ctx.decoys, true).some((h) => !h.partial)) p.rec.response = { ...(p.rec.response ?? { status: res.status() }), echoesDecoy: true };
          }, () => undefined),
        );
      }
    });
    page.on('requestfailed', (req: Request) => {
      const p = st.byReq.get(req);
      if (p) p.rec.failure = req.failure()?.errorText ?? 'failed';
    });
    page.on('worker', (w) => st.workers.push(w.url()));
    page.on('framenavigated', (f) => {
      if (f.parentFrame()) void networkInstrument.onTarget!(ctx, f);
    });
    page.on('websocket', (ws: WebSocket) => {
      const rec: WebSocketRecord = { url: ws.url(), frameUrl: page.url(), sent: [], receivedCount: 0, decoyHits: [] };
      const s = { rec, raw: [] as string[] };
      st.sockets.push(s);
      ws.on('framesent', (f) => {
        const data = typeof f.payload === 'string' ? f.payload : f.payload.toString('base64');
        if (rec.sent.length < 200) rec.sent.push({ t: Date.now() - ctx.pageStart, size: f.payload.length, data: data.slice(0, ctx.settings.maxBodyBytes) });
        if (s.raw.length < 1000) s.raw.push(data.slice(0, MATCH_BYTES));
        const hits = markBeforeSubmit(matchDecoys(data, 'websocket', ctx.decoys, false), Date.now() - ctx.pageStart, typingState(ctx), [rec.frameUrl, page.url()], ctx.decoys);
        for (const h of hits) if (!rec.decoyHits.some((x) => x.decoyId === h.decoyId && x.encoding === h.encoding)) rec.decoyHits.push(h);
      });
      ws.on('framereceived', () => {
        rec.receivedCount += 1;
      });
    });
  },

  async onTarget(ctx, target) {
    // Out-of-process iframes have their own DevTools session: listen there too for initiators and blocked cookies.
    const st = ctx.shared.get(KEY) as State | undefined;
    if (!st || !('parentFrame' in target) || !(target as Frame).parentFrame()) return;
    const attached = (ctx.shared.get('network:oopif') as Set<Frame> | undefined) ?? new Set<Frame>();
    ctx.shared.set('network:oopif', attached);
    if (attached.has(target as Frame)) return;
    try {
      const cdp = await ctx.context.newCDPSession(target as Frame);
      await cdp.send('Network.enable');
      attached.add(target as Frame);
      wireCdp(cdp, st);
    } catch {
      /* same-process frame: the page's session already sees its requests */
    }
  },

  async collect(ctx, out) {
    const st = ctx.shared.get(KEY) as State | undefined;
    if (!st) return;
    await withTimeout(Promise.all([...st.order.flatMap((p) => p.task), ...st.echoCandidates]), 3_000, undefined);
    for (const p of st.order) {
      const { rec } = p;
      const h = p.headers ?? {};
      if (h.referer) rec.headers.referer = h.referer;
      const cn = cookieNames(h.cookie, /;\s*/);
      if (cn) rec.headers.cookieNames = cn;
      if (h['content-type']) rec.headers.contentType = h['content-type'];
      const queue = st.initiators.get(`${rec.method} ${rec.url}`);
      const init = queue?.shift();
      if (init) rec.initiator = init;
      else if (p.mainFrame && !rec.isNavigation) {
        // The page's DevTools session sees every request of the main frame's process except workers'.
        rec.fromWorker = true;
        rec.initiator = { type: 'script', ...(st.workers.length === 1 ? { url: st.workers[0] } : {}) };
      } else if (rec.fromWorker) rec.initiator = { type: 'script' };
      else if (rec.frameUrl) rec.initiator = { type: 'other', url: rec.frameUrl };
      const hits: DecoyHit[] = [
        ...matchDecoys(rec.url, 'url', ctx.decoys, false),
        ...matchDecoys(h.referer, 'referer', ctx.decoys, false),
        ...matchDecoys(p.raw, 'body', ctx.decoys, false),
      ];
      for (const [name, value] of Object.entries(h)) {
        if (name !== 'referer' && name !== 'cookie' && !name.startsWith(':')) hits.push(...matchDecoys(value, 'header', ctx.decoys, false));
      }
      rec.decoyHits = markBeforeSubmit(hits, rec.t, typingState(ctx), [out.url, rec.frameUrl], ctx.decoys);
      out.requests.push(rec);
    }
    for (const s of st.sockets) {
      const init = st.initiators.get(`GET ${s.rec.url}`)?.shift();
      if (init) s.rec.initiator = init;
      out.webSockets.push(s.rec);
    }
    ctx.shared.set('network:blockedCookies', st.blocked);
  },
};

/** When the patron started typing and submitted the search on this visit (ms since it started), if they did. */
export interface TypingState {
  typingFrom?: number;
  submittedAt?: number;
}

function typingState(ctx: InstrumentContext): TypingState {
  const typingFrom = ctx.shared.get(TYPING_FROM) as number | undefined;
  const submittedAt = ctx.shared.get('interaction:submittedAt') as number | undefined;
  return { ...(typingFrom !== undefined ? { typingFrom } : {}), ...(submittedAt !== undefined ? { submittedAt } : {}) };
}

/** Shared key the interaction instrument sets when it starts typing. */
const TYPING_FROM = 'interaction:typingFrom';

/**
 * Set `beforeSubmit` on hits of a datum that left at `t`: true only when it left while the patron was typing
 * and before they submitted, in this visit. A decoy the page's own URL already carries (the results page,
 * reached by submitting the search) was submitted: its hits there are search leaks, not key logging.
 */
export function markBeforeSubmit(hits: DecoyHit[], t: number, state: TypingState, pageUrls: readonly (string | undefined)[], decoys: readonly DecoyRuntime[]): DecoyHit[] {
  const typing = state.typingFrom !== undefined && t >= state.typingFrom && (state.submittedAt === undefined || t < state.submittedAt);
  if (!typing || hits.length === 0) return hits.map((h) => ({ ...h, beforeSubmit: false }));
  const carried = new Set(pageUrls.flatMap((u) => matchDecoys(u, 'url', decoys, false)).filter((h) => !h.partial).map((h) => h.decoyId));
  return hits.map((h) => ({ ...h, beforeSubmit: !carried.has(h.decoyId) }));
}

function sameSite(a: string, b: string): boolean {
  try {
    const site = (h: string) => h.split('.').slice(-2).join('.');
    return site(new URL(a).hostname) === site(new URL(b).hostname);
  } catch {
    return false;
  }
}
