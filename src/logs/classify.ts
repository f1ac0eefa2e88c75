/**
 * What a request is, in COUNTER's terms, read from its URL: a page asset (ignored), a full-text request,
 * a search, an item investigation or another page. A short list of path patterns that fits the big
 * platforms' URL styles; a heuristic, not a per-platform COUNTER mapping. Also splits a request target
 * into the platform host, path and query.
 */

/** What kind of action a request path looks like. */
export type ActionClass = 'request' | 'investigation' | 'search' | 'page' | 'static';

/** Action classes as small integers, for the aggregator's hot path (its tables hold numbers). */
export const STATIC = 0, REQUEST = 1, SEARCH = 2, INVESTIGATION = 3, PAGE = 4;
/** Class name → code. */
export const CLASS_CODE: Readonly<Record<ActionClass, number>> = { static: STATIC, request: REQUEST, search: SEARCH, investigation: INVESTIGATION, page: PAGE };
/** Code → class name. */
export const CLASS_NAME: readonly ActionClass[] = ['static', 'request', 'search', 'investigation', 'page'];

const STATIC_RE = /\.(?:css|js|mjs|png|gif|jpe?g|ico|svg|woff2?|ttf|eot|map|webp)$/i;
const REQUEST_RE = /\.(?:pdf|epub)$|\/(?:e?pdf|pdfft|pdfplus|fulltext|full|download|reader)(?:\/|$)/i;
const SEARCH_RE = /\/(?:search|results|find|discover)(?:\/|$|\.)/i;
const SEARCH_QUERY_RE = /(?:^|&)(?:q|query|searchterm|searchtext|lookfor|kw|term|text|qt)=/i;
const INVESTIGATION_RE = /\/(?:doi|abs|abstract|article|articles|stable|record|book|books|chapter|document|content|view|item|toc|ebook|journal)(?:\/|$)/i;

/** Classify a path (and its query, for searches) the way COUNTER metric types need. */
export function classify(path: string, query: string): ActionClass {
  return CLASS_NAME[promoteByQuery(CLASS_CODE[classifyPath(path)], query, 0)]!;
}

/**
 * The one rule a query string adds to a path's class (a code): a query with a search parameter turns an
 * investigation or a page into a search; requests, searches and assets keep their class. The query is
 * `text` from `queryStart` (just after the `?`) to its end, so the aggregator passes the whole URL and
 * no substring is cut unless the class could change.
 */
export function promoteByQuery(code: number, text: string, queryStart: number): number {
  if ((code !== INVESTIGATION && code !== PAGE) || queryStart >= text.length) return code;
  return SEARCH_QUERY_RE.test(queryStart === 0 ? text : text.slice(queryStart)) ? SEARCH : code;
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
