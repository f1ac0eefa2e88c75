/**
 * Turns Playwright/Chromium navigation failures into stable `FID_*` codes with messages a librarian can read,
 * so a report can say "the server never answered" rather than print a stack trace.
 */
import type { ObservationError } from '../../model/index.js';

/** Classify an error thrown by `page.goto`. */
export function classifyNavigationError(err: Error, url: string, budgetMs: number, dialogs = 0): ObservationError {
  const m = err.message;
  const net = /net::(ERR_[A-Z_]+)/.exec(m)?.[1];
  const where = url;
  if (/Download is starting/i.test(m)) return { code: 'FID_DOWNLOAD', message: 'The URL started a download instead of showing a page; downloads are refused.', where };
  if (net === 'ERR_TOO_MANY_REDIRECTS') return { code: 'FID_REDIRECT_LOOP', message: 'The page redirected in a loop and never arrived.', where };
  if (net?.startsWith('ERR_CERT_') || net === 'ERR_SSL_PROTOCOL_ERROR' || net === 'ERR_BAD_SSL_CLIENT_AUTH_CERT')
    return { code: 'FID_CERTIFICATE', message: `The site's certificate is not valid (${net}); a patron's browser would warn them.`, where };
  if (net && /NAME_NOT_RESOLVED|CONNECTION_REFUSED|ADDRESS_UNREACHABLE|CONNECTION_TIMED_OUT|NAME_RESOLUTION_FAILED|INTERNET_DISCONNECTED|CONNECTION_RESET|EMPTY_RESPONSE|CONNECTION_CLOSED/.test(net))
    return { code: 'FID_HOST_UNREACHABLE', message: `The site could not be reached (${net}).`, where };
  if (net === 'ERR_ABORTED') return { code: 'FID_NAVIGATION', message: 'The navigation was aborted (the page replaced itself or was stopped).', where };
  if (/Timeout .*exceeded|timeout/i.test(m)) {
    const extra = dialogs > 0 ? ` while it kept opening dialogs (${dialogs})` : '';
    return { code: 'FID_PAGE_TIMEOUT', message: `The page did not finish loading within ${Math.round(budgetMs / 1000)} s${extra}.`, where };
  }
  if (/crash/i.test(m)) return { code: 'FID_PAGE_CRASHED', message: 'The tab crashed while loading the page.', where };
  if (/Target .*closed|has been closed/i.test(m)) return { code: 'FID_PAGE_CRASHED', message: 'The tab closed while loading the page.', where };
  return { code: 'FID_NAVIGATION', message: `Navigation failed: ${m.split('\n')[0]}`, where };
}
