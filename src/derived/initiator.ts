/**
 * Initiator chains: which script caused a request. The network instrument records, per request, the
 * initiating document or script and the script URLs on the JS stack; this module turns that into the chain
 * "page → loader script → tag script → request" and answers "did script X (or something it loaded) send
 * this?", which is how behaviour found in one script is tied to the uploads it makes.
 */
import type { PageObservation, RequestRecord } from '../model/index.js';

/** Script URLs responsible for a request, innermost first (the stack, then the initiator URL). */
export function responsibleScripts(req: RequestRecord): string[] {
  const out: string[] = [];
  for (const s of req.initiator?.stack ?? []) if (!out.includes(s)) out.push(s);
  if (req.initiator?.type === 'script' && req.initiator.url && !out.includes(req.initiator.url)) out.push(req.initiator.url);
  return out;
}

/**
 * The full chain for a request, outermost first: follows each responsible script back to the request that
 * loaded it, until the page itself. Cycles and chains longer than 20 are cut.
 */
export function initiatorChain(page: PageObservation, req: RequestRecord): string[] {
  const byUrl = new Map<string, RequestRecord>();
  for (const r of page.requests) if (!byUrl.has(r.url)) byUrl.set(r.url, r);
  const chain: string[] = [req.url];
  let current: RequestRecord | undefined = req;
  const seen = new Set<string>([req.url]);
  while (current && chain.length < 20) {
    const scripts = responsibleScripts(current);
    const parent = scripts[0] ?? (current.initiator?.type === 'parser' ? current.initiator.url : undefined);
    if (!parent || seen.has(parent)) break;
    seen.add(parent);
    chain.unshift(parent);
    current = byUrl.get(parent);
  }
  if (chain[0] !== page.finalUrl && !seen.has(page.finalUrl)) chain.unshift(page.finalUrl);
  return chain;
}

/** True when `scriptUrl` is on the request's stack or anywhere in its initiator chain. */
export function causedBy(page: PageObservation, req: RequestRecord, scriptUrl: string): boolean {
  if (responsibleScripts(req).includes(scriptUrl)) return true;
  return initiatorChain(page, req).includes(scriptUrl);
}
