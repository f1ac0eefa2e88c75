/**
 * What a request is, in COUNTER's terms, read from its URL: a page asset (ignored), a full-text request,
 * a search, an item investigation or another page. A short list of path patterns that fits the big
 * platforms' URL styles; a heuristic, not a per-platform COUNTER mapping. Also splits a request target
 * into the platform host, path and query.
 */

/** What kind of action a request path looks like. */
export type ActionClass = 'request' | 'investigation' | 'search' | 'page' | 'static';

const STATIC_RE = /\.(?:css|js|mjs|png|gif|jpe?g|ico|svg|woff2?|ttf|eot|map|webp)$/i;
const REQUEST_RE = /\.(?:pdf|epub)$|\/(?:e?pdf|pdfft|pdfplus|fulltext|full|download|reader)(?:\/|$)/i;
const SEARCH_RE = /\/(?:search|results|find|discover)(?:\/|$|\.)/i;
export const SEARCH_QUERY_RE = /(?:^|&)(?:q|query|searchterm|searchtext|lookfor|kw|term|text|qt)=/i;
const INVESTIGATION_RE = /\/(?:doi|abs|abstract|article|articles|stable|record|book|books|chapter|document|content|view|item|toc|ebook|journal)(?:\/|$)/i;

/** Classify a path (and its query, for searches) the way COUNTER metric types need. */
export function classify(path: string, query: string): ActionClass {
  const c = classifyPath(path);
  if ((c === 'investigation' || c === 'page') && query !== '' && SEARCH_QUERY_RE.test(query)) return 'search';
  return c;
}

/** The class a path alone gives (a query string can still make an investigation or a page a search). */
export function classifyPath(path: string): ActionClass {
  if (STATIC_RE.test(path)) return 'static';
  if (REQUEST_RE.test(path)) return 'request';
  if (SEARCH_RE.test(path)) return 'search';
  if (INVESTIGATION_RE.test(path)) return 'investigation';
  return 'page';
}

/** Split a request target into platform host, path and query. */
export function splitUrl(url: string, vhost: string): { host: string; path: string; query: string } {
  let host = vhost;
  let rest = url;
  const scheme = url.indexOf('://');
  if (scheme > 0 && scheme < 8) {
    const slash = url.indexOf('/', scheme + 3);
    host = slash < 0 ? url.slice(scheme + 3) : url.slice(scheme + 3, slash);
    rest = slash < 0 ? '/' : url.slice(slash);
  }
  const colon = host.indexOf(':');
  if (colon >= 0) host = host.slice(0, colon);
  const at = host.lastIndexOf('@'); // never keep credentials written into a URL
  if (at >= 0) host = host.slice(at + 1);
  const q = rest.indexOf('?');
  return { host: host.toLowerCase() || '(unknown)', path: q < 0 ? rest : rest.slice(0, q), query: q < 0 ? '' : rest.slice(q + 1) };
}
