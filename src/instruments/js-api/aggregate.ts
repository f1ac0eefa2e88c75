/**
 * Node-side merging of the batches the in-page hook sends: records are aggregated per (api, calling script,
 * frame, worker) into `ApiCall`s with bounded argument lists, storage writes are deduplicated per key, and
 * cookie writes keep the name and the caller only. Decoy text is redacted from every stored string, since a
 * frame URL (a search-results page) or a drawn text may carry what the simulated patron typed.
 */
import type { ApiCall, CallSite, StorageRecord } from '../../model/index.js';

/** One batch as serialised by the hook script (hook-core.ts `take()`). */
export interface HookBatch {
  records: { api: string; caller: CallSite; where: string; worker: boolean; count: number; t: number; args: string[]; detail?: Record<string, string | number | boolean> }[];
  storage: { kind: StorageRecord['kind']; origin: string; key: string; valueLength?: number; caller: CallSite; t: number }[];
  cookies: { name: string; caller: CallSite; t: number }[];
  dropped: number;
}

/** A cookie written by script, as shared with the cookies instrument under `js-api:cookieWrites`. */
export interface CookieWrite {
  name: string;
  caller: CallSite;
  frameUrl?: string;
  t: number;
}

const MAX_CALLS = 2000;
const MAX_ARGS = 20;
const MAX_STORAGE = 500;
const MAX_COOKIES = 500;

/** Accumulates one page visit's hook output. */
export class ApiAggregator {
  private readonly calls = new Map<string, ApiCall>();
  private readonly storageByKey = new Map<string, StorageRecord & { t: number }>();
  readonly cookieWrites: CookieWrite[] = [];
  dropped = 0;

  constructor(
    private readonly pageStart: number,
    private readonly redact: (s: string) => string,
  ) {}

  /** Merge one JSON batch; a malformed batch is ignored (a page cannot break the record). */
  add(json: string, source: { frameUrl?: string; workerUrl?: string }): void {
    let batch: HookBatch;
    try {
      batch = JSON.parse(json) as HookBatch;
    } catch {
      return;
    }
    if (!batch || !Array.isArray(batch.records)) return;
    try {
      this.merge(batch, source);
    } catch {
      // A batch forged by the page with odd shapes: keep what was merged, never fail the visit.
    }
  }

  private merge(batch: HookBatch, source: { frameUrl?: string; workerUrl?: string }): void {
    this.dropped += Number(batch.dropped) || 0;
    for (const r of batch.records) if (r && typeof r === 'object') this.addRecord(r, source);
    for (const s of Array.isArray(batch.storage) ? batch.storage : []) {
      if (this.storageByKey.size >= MAX_STORAGE) break;
      const key = `${s.kind}|${s.origin}|${s.key}`;
      if (this.storageByKey.has(key)) continue;
      const rec: StorageRecord & { t: number } = { kind: s.kind, origin: this.redact(s.origin), key: this.redact(s.key), caller: this.site(s.caller), t: this.rel(s.t) };
      if (typeof s.valueLength === 'number') rec.valueLength = s.valueLength;
      this.storageByKey.set(key, rec);
    }
    for (const c of Array.isArray(batch.cookies) ? batch.cookies : []) {
      if (this.cookieWrites.length >= MAX_COOKIES) break;
      this.cookieWrites.push({ name: this.redact(c.name), caller: this.site(c.caller), frameUrl: source.frameUrl ? this.redact(source.frameUrl) : undefined, t: this.rel(c.t) });
    }
  }

  private rel(t: number): number {
    return Math.max(0, Math.round((Number(t) || this.pageStart) - this.pageStart));
  }

  private site(c: CallSite | undefined): CallSite {
    const out: CallSite = {};
    if (c?.scriptUrl) out.scriptUrl = this.redact(String(c.scriptUrl));
    if (typeof c?.line === 'number') out.line = c.line;
    if (typeof c?.column === 'number') out.column = c.column;
    return out;
  }

  private addRecord(r: HookBatch['records'][number], source: { frameUrl?: string; workerUrl?: string }): void {
    const caller = this.site(r.caller);
    const workerUrl = source.workerUrl ?? (r.worker ? r.where : undefined);
    const frameUrl = workerUrl ? source.frameUrl : (r.where || source.frameUrl);
    const key = [r.api, caller.scriptUrl, caller.line, caller.column, frameUrl, workerUrl].join('|');
    let call = this.calls.get(key);
    if (!call) {
      if (this.calls.size >= MAX_CALLS) {
        this.dropped++;
        return;
      }
      call = { api: String(r.api), caller, count: 0, t: this.rel(r.t) };
      if (frameUrl) call.frameUrl = this.redact(frameUrl);
      if (workerUrl) call.workerUrl = this.redact(workerUrl);
      this.calls.set(key, call);
    }
    call.count += Number(r.count) || 1;
    for (const a of r.args ?? []) {
      call.args ??= [];
      const v = this.redact(String(a));
      if (call.args.length < MAX_ARGS && !call.args.includes(v)) call.args.push(v);
    }
    if (r.detail) {
      call.detail ??= {};
      for (const [k, v] of Object.entries(r.detail)) {
        if (typeof v === 'string') call.detail[k] = this.redact(v);
        else if (typeof v === 'number' || typeof v === 'boolean') call.detail[k] = v;
      }
    }
    // Font probing is recorded once per distinct family, so the count is the number of fonts tried.
    if (/measureText$|offsetWidth$/.test(call.api)) {
      call.detail ??= {};
      call.detail.distinctFonts = call.count;
    }
  }

  /** The aggregated calls, in the order first seen. */
  apiCalls(): ApiCall[] {
    return [...this.calls.values()].sort((a, b) => a.t - b.t);
  }

  /** Storage writes seen by the hooks, in the order first seen. */
  storage(): (StorageRecord & { t: number })[] {
    return [...this.storageByKey.values()].sort((a, b) => a.t - b.t);
  }
}

/** Build a redactor replacing each decoy (plain, URL- and form-encoded) by `[decoy:<id>]`. */
export function decoyRedactor(decoys: readonly { id: string; text: string }[]): (s: string) => string {
  const forms: [string, string][] = [];
  for (const d of decoys) {
    if (!d.text) continue;
    const tag = `[decoy:${d.id}]`;
    for (const f of new Set([d.text, encodeURIComponent(d.text), encodeURIComponent(d.text).replace(/%20/g, '+')])) forms.push([f, tag]);
  }
  forms.sort((a, b) => b[0].length - a[0].length);
  return (s: string) => {
    let out = s;
    for (const [f, tag] of forms) if (out.includes(f)) out = out.split(f).join(tag);
    return out;
  };
}
