/**
 * The e-book vendor's server: its widget sets a long-lived visitor cookie, and its "insights" script is the
 * rrweb session recorder from npm, served byte for byte under the vendor's own file name. Event and session
 * uploads (POST) are accepted and dropped by the site server's default.
 */
import { randomBytes } from 'node:crypto';
import { sendPackageFile } from '../_shared/packages.mjs';

export default function routes(req, res, ctx) {
  const path = ctx.url.pathname;
  if (path === '/static/js/bs-insights.min.js') return sendPackageFile(res, 'rrweb', 'dist/rrweb.umd.min.cjs', 'text/javascript; charset=utf-8');
  if (path.startsWith('/widget/') && req.method === 'GET' && !/(?:^|;\s*)bs_sid=/.test(req.headers.cookie ?? '')) {
    res.setHeader('set-cookie', `bs_sid=${randomBytes(10).toString('hex')}; Path=/; Max-Age=31536000; Secure; SameSite=None`);
  }
  return false;
}
