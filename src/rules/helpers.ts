/**
 * Small helpers shared by rules: evidence lines for requests, cookies and API calls, decoy labels, and the
 * request body/URL text a rule may search. Kept here so every rule words evidence the same way.
 */
import type { ApiCall, CookieRecord, DecoyHit, Evidence, Observations, PageObservation, RequestRecord } from '../model/index.js';

const MAX_URL = 300;

/** A URL shortened for an evidence line. */
export function clip(url: string, max = MAX_URL): string {
  return url.length > max ? url.slice(0, max - 1) + '\u2026' : url;
}

/** Evidence for one request. */
export function requestEvidence(page: PageObservation, req: RequestRecord, what?: string): Evidence {
  const how = req.beacon ? 'beacon' : req.resourceType;
  return {
    kind: 'request',
    url: page.url,
    summary: `${req.method} ${clip(req.url)} (${how})${what ? `: ${what}` : ''}`,
    detail: { requestId: req.id, phase: req.phase },
  };
}

/** Evidence for one cookie: its name and domain, never its value. */
export function cookieEvidence(page: PageObservation, c: CookieRecord, what?: string): Evidence {
  const days = c.expires < 0 ? 'session' : `${Math.max(0, Math.round((c.expires * 1000 - page.startedAt) / 86_400_000))} days`;
  return {
    kind: 'cookie',
    url: page.url,
    summary: `cookie ${c.name} on ${c.domain} (${days}, set by ${c.setBy}${c.setterUrl ? ` from ${clip(c.setterUrl, 120)}` : ''})${what ? `: ${what}` : ''}`,
    detail: { name: c.name, domain: c.domain, expires: c.expires, valueLength: c.valueLength },
  };
}

/** Evidence for an aggregated API call. */
export function apiEvidence(page: PageObservation, call: ApiCall, what?: string): Evidence {
  return {
    kind: 'api-call',
    url: page.url,
    summary: `${call.api} \u00d7${call.count} by ${clip(call.caller?.scriptUrl ?? 'unknown script', 160)}${what ? `: ${what}` : ''}`,
    detail: { api: call.api, count: call.count, ...(call.caller?.scriptUrl ? { script: call.caller.scriptUrl } : {}) },
  };
}

/** The report label of a decoy ("a health subject"), never its text. */
export function decoyLabel(obs: Observations, decoyId: string): string {
  const d = obs.decoys.find((x) => x.id === decoyId);
  return d ? d.label : `decoy ${decoyId}`;
}

/** The kind of a decoy (`search`, `email`...). */
export function decoyKind(obs: Observations, decoyId: string): string | undefined {
  return obs.decoys.find((x) => x.id === decoyId)?.kind;
}

/** How a decoy hit left, in words: "in the URL (base64)". */
export function hitWords(h: DecoyHit): string {
  const where = { url: 'in the URL', referer: 'in the Referer header', header: 'in a header', body: 'in the request body', websocket: 'in a WebSocket frame' }[h.channel];
  return `${where}${h.encoding === 'plain' ? '' : ` (${h.encoding})`}${h.partial ? ', partly' : ''}${h.beforeSubmit ? ', before the patron submitted' : ''}`;
}

/** A script URL or the page for inline code, for naming who did something. */
export function scriptName(url: string | undefined): string {
  if (!url) return 'an unidentified script';
  if (url.startsWith('inline:')) return 'an inline script of the page';
  return clip(url, 160);
}

/** Lists of names in prose: "a, b and c". */
export function listWords(items: readonly string[], max = 6): string {
  const xs = items.slice(0, max);
  const more = items.length > max ? ` and ${items.length - max} more` : '';
  if (xs.length <= 1) return (xs[0] ?? '') + more;
  return more ? `${xs.join(', ')}${more}` : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
