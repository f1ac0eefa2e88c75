/**
 * The Observations contract: the complete, serialisable record of what a site did to a simulated patron.
 * Instruments write it, rules read it, and nothing else passes between collecting and judging, so a saved
 * Observations file (`--collect-only`) can be judged again later (`--audit-only`) without a browser.
 *
 * Privacy of the record itself: cookie and storage values are never kept (only a salted hash, to match
 * identifiers across requests), and decoy text typed into forms is never kept: wherever a decoy appears in a
 * stored URL, header or body it is replaced by `[decoy:<id>]`, and each match is recorded as a `DecoyHit`.
 */

/** Bump when a field changes meaning or is removed; adding optional fields does not need a bump. */
export const OBSERVATIONS_VERSION = 1 as const;

/** Third-party cookie handling of the browser profile a visit ran in. */
export type CookieRegime =
  /** Chromium's default in a fresh profile: third-party cookies blocked. */
  | 'default'
  /** A permissive patron browser: third-party cookies allowed. */
  | 'permissive';

/** What the visit did about a consent banner. `none` = the consent comparison was not run. */
export type ConsentMode = 'none' | 'no-action' | 'reject' | 'accept';

/** Why a page was chosen by the crawl planner. */
export type PageRole = 'landing' | 'search-results' | 'record' | 'account' | 'e-resource' | 'other';

/** When, relative to the patron's actions, something happened. */
export type Phase = 'load' | 'interaction' | 'after-submit';

export interface Observations {
  version: typeof OBSERVATIONS_VERSION;
  tool: { name: 'fiduciary'; version: string };
  /** The URL the scan was asked to audit. */
  target: string;
  startedAt: string;
  finishedAt: string;
  browser: { product: string; userAgent: string; executablePath?: string };
  /** The decoys used in this run (ids, kinds, salted hashes), never their text. */
  decoys: Decoy[];
  /** One visit per cookie regime and consent mode that was run. */
  visits: Visit[];
  /** Failures that are not tied to one page (launch failed, crawl budget exhausted, ...). */
  errors: ObservationError[];
}

export interface Visit {
  /** Stable id, e.g. `default`, `permissive`, `consent-reject`. */
  id: string;
  cookieRegime: CookieRegime;
  consentMode: ConsentMode;
  pages: PageObservation[];
}

export interface Decoy {
  id: string;
  /** `search` = the sensitive catalog search; `text`/`email`/`name`/`phone` = other form fields. */
  kind: 'search' | 'text' | 'email' | 'name' | 'phone' | 'password';
  /** Salted SHA-256 of the text, so two runs can be told apart without keeping the text. */
  sha256: string;
  /** A short label of the subject for reports ("a health subject"), never the text itself. */
  label: string;
}

export interface PageObservation {
  /** Stable within a visit: `p0` is the landing page. */
  id: string;
  role: PageRole;
  /** URL requested (decoys redacted). */
  url: string;
  /** URL after redirects (decoys redacted). */
  finalUrl: string;
  /** HTTP status of the main document, when one arrived. */
  status?: number;
  title?: string;
  /** Milliseconds since the Unix epoch when the page visit started, and how long it took. */
  startedAt: number;
  durationMs: number;
  /** Security-relevant response headers of the main document (lower-case names). */
  documentHeaders: Partial<Record<'strict-transport-security' | 'referrer-policy' | 'content-security-policy' | 'content-type' | 'permissions-policy', string>>;
  /** TLS state of the main document: `invalid` is reported, never silently trusted. */
  tls?: { secure: boolean; certificateError?: string };
  requests: RequestRecord[];
  webSockets: WebSocketRecord[];
  cookies: CookieRecord[];
  storage: StorageRecord[];
  apiCalls: ApiCall[];
  scripts: ScriptRecord[];
  dom?: DomSnapshot;
  interaction?: InteractionRecord;
  /** Path of the screenshot relative to the Observations file. */
  screenshot?: string;
  /** Failures on this page; the page's other records are kept. */
  errors: ObservationError[];
  /** What the consent instrument saw and did about a consent banner (consent comparison visits only). */
  consent?: ConsentObservation;
}

/**
 * A consent banner as handled by the consent instrument (autoconsent's rule set, run in the page). `cmp` is
 * the autoconsent rule name; `handledAt` is when the click (reject or accept) completed, in ms since the
 * page visit started, so rules can tell what happened before and after the patron's choice.
 */
export interface ConsentObservation {
  /** What this visit was asked to do about the banner. */
  mode: Exclude<ConsentMode, 'none'>;
  /** Consent management platform recognised by a known rule, e.g. `cookieconsent3`, `Onetrust`. */
  cmp?: string;
  /** True when the banner was open on this page. */
  popupFound: boolean;
  /** True when the reject/accept click was made and the CMP rule confirmed it. */
  handled: boolean;
  /** Ms since the page visit started when the choice was made. */
  handledAt?: number;
  /** In plain words, when nothing known could be handled (no banner, unknown banner, click failed). */
  note?: string;
}

/** Where a script was when it called something: the top non-instrument frame of the JS stack. */
export interface CallSite {
  /** Script URL, or `inline:<page url>#<n>` for inline scripts, or `eval`. */
  scriptUrl?: string;
  line?: number;
  column?: number;
}

export interface Initiator {
  type: 'parser' | 'script' | 'preload' | 'redirect' | 'user' | 'other';
  /** URL of the document or script that caused the request. */
  url?: string;
  /** Script URLs on the JS stack at the time of the request, innermost first, deduplicated. */
  stack?: string[];
}

export interface DecoyHit {
  decoyId: string;
  /** Where in the outbound message the decoy was found. */
  channel: 'url' | 'referer' | 'header' | 'body' | 'websocket';
  /** How it was encoded when found. */
  encoding: 'plain' | 'url' | 'base64' | 'json' | 'gzip' | 'hash' | 'keystrokes';
  /** True when the decoy left before the patron submitted the form (typed, not yet sent). */
  beforeSubmit: boolean;
  /** True when only part of the decoy was found (e.g. the first few keystrokes). */
  partial?: boolean;
}

export interface RequestRecord {
  id: string;
  /** Decoys redacted; query strings kept, since rules look for identifiers in them. */
  url: string;
  method: string;
  /** Playwright resource type: document, script, image, xhr, fetch, beacon (ping), websocket, ... */
  resourceType: string;
  /** URL of the frame (or worker) that issued it. */
  frameUrl?: string;
  fromWorker?: boolean;
  /** Sent with navigator.sendBeacon. */
  beacon?: boolean;
  isNavigation?: boolean;
  initiator?: Initiator;
  /** Milliseconds since the page visit started. */
  t: number;
  phase: Phase;
  /** Only the headers rules need. Cookie values are never kept. */
  headers: { referer?: string; cookieNames?: string[]; contentType?: string };
  /** Body, bounded (see config) and with decoys redacted; binary bodies are omitted. */
  postData?: string;
  postDataSize?: number;
  /** The response, when one arrived. */
  response?: {
    status: number;
    contentType?: string;
    setCookieNames?: string[];
    location?: string;
    /** True when the response body contains a decoy typed in this page (site autocomplete echoing it). */
    echoesDecoy?: boolean;
  };
  /** URL of the request this one was redirected from. */
  redirectedFrom?: string;
  /** Network error text when the request failed. */
  failure?: string;
  decoyHits: DecoyHit[];
}

export interface WebSocketRecord {
  url: string;
  frameUrl?: string;
  initiator?: Initiator;
  /** Frames sent, bounded in count and size, decoys redacted. */
  sent: { t: number; size: number; data?: string }[];
  receivedCount: number;
  decoyHits: DecoyHit[];
}

export interface CookieRecord {
  name: string;
  /** As the browser stored it, leading dot kept. */
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: 'Strict' | 'Lax' | 'None';
  setBy: 'header' | 'script';
  /** For `header`: the response URL; for `script`: the calling script's URL. */
  setterUrl?: string;
  /** Salted SHA-256 of the value (salt per run, never written), so one identifier can be traced across requests. */
  valueHash: string;
  valueLength: number;
  /** True when the browser refused to store it (e.g. blocked third-party cookie). */
  blocked?: boolean;
}

export interface StorageRecord {
  kind: 'localStorage' | 'sessionStorage' | 'indexedDB';
  origin: string;
  key: string;
  valueLength?: number;
  caller?: CallSite;
}

/** One browser API call pattern, aggregated per (api, caller, frame). */
export interface ApiCall {
  /** Qualified name, e.g. `HTMLCanvasElement.prototype.toDataURL`, `navigator.mediaDevices.getUserMedia`. */
  api: string;
  caller?: CallSite;
  frameUrl?: string;
  /** Set when the call came from a worker. */
  workerUrl?: string;
  count: number;
  /** First time seen, ms since the page visit started. */
  t: number;
  /** Bounded, privacy-safe summaries of arguments (text drawn on a canvas, font names, event types, ...). */
  args?: string[];
  /** Extra facts for a specific api, e.g. canvas size for read-backs: `{ width: 240, height: 60 }`. */
  detail?: Record<string, string | number | boolean>;
}

export interface ScriptRecord {
  /** Script URL, or `inline:<page url>#<n>`. */
  url: string;
  inline: boolean;
  frameUrl?: string;
  size: number;
  sha256: string;
  /** Content markers found by the scripts instrument (see instruments/script-markers.ts). */
  markers: string[];
}

export interface DomSnapshot {
  privacyPolicyLinks: string[];
  forms: { action?: string; method: string; fields: { name?: string; type: string; autocomplete?: string; label?: string }[] }[];
  /** CSS selectors of inputs judged to be catalog/site search boxes. */
  searchBoxes: string[];
  iframes: { src: string; origin?: string }[];
  images: { src: string }[];
  /** Identifiers of what the patron is looking at: ISBNs, record titles (used to find reading leaks). */
  reading: { isbns: string[]; titles: string[] };
  /** Global names the page's scripts added to window (e.g. `faceapi`, `cv`, `rrweb`), per frame. */
  globals: string[];
  consentBanner?: { detected: boolean; cmp?: string; handled?: boolean; note?: string };
  metaReferrer?: string;
  /** Mixed content: http: subresources referenced from an https page. */
  insecureReferences: string[];
}

export interface InteractionRecord {
  searched: boolean;
  searchSubmittedAt?: number;
  typedFields: { decoyId: string; selector: string; blurred: boolean }[];
  scrolled: boolean;
  notes: string[];
}

export interface ObservationError {
  /** Stable code, e.g. `FID_PAGE_TIMEOUT`. */
  code: string;
  message: string;
  /** Page URL or instrument name the error is about. */
  where?: string;
}
