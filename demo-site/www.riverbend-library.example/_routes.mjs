/**
 * Dynamic parts of the library's website: self-hosted copies of the cookie banner, face-api and its models
 * and the font (served from the installed npm packages), the first-party catalog autocomplete, the sign-in
 * form, a first-party session cookie and the security headers a careful library sets.
 */
import { randomBytes } from 'node:crypto';
import { sendPackageFile } from '../_shared/packages.mjs';

const JS = 'text/javascript; charset=utf-8';

export default async function routes(req, res, ctx) {
  const path = ctx.url.pathname;
  res.setHeader('strict-transport-security', 'max-age=31536000');
  res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');

  if (path === '/assets/vendor/cookieconsent.umd.js') return sendPackageFile(res, 'vanilla-cookieconsent', 'dist/cookieconsent.umd.js', JS);
  if (path === '/assets/vendor/cookieconsent.css') return sendPackageFile(res, 'vanilla-cookieconsent', 'dist/cookieconsent.css', 'text/css');
  if (path === '/assets/vendor/face-api.js') return sendPackageFile(res, '@vladmandic/face-api', 'dist/face-api.js', JS);
  const model = /^\/assets\/models\/([a-z0-9_]+(?:-weights_manifest\.json|\.bin))$/.exec(path);
  if (model) {
    const type = model[1].endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return sendPackageFile(res, '@vladmandic/face-api', `model/${model[1]}`, type);
  }
  if (path === '/assets/fonts/riverbend-sans.ttf') return sendPackageFile(res, 'pdfjs-dist', 'standard_fonts/LiberationSans-Regular.ttf', 'font/ttf');

  // First-party autocomplete: the library's own server answers, echoing the typed text in its suggestions.
  if (path === '/api/suggest') {
    const q = (ctx.url.searchParams.get('q') ?? '').slice(0, 100);
    const suggestions = q ? [q, `${q} (large print)`, `${q} e-book`] : [];
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ suggestions }));
    return true;
  }
  if (path === '/account/login' && req.method === 'POST') {
    await ctx.body();
    res.writeHead(303, { location: '/account/' }).end();
    return true;
  }

  // A first-party session cookie on every page: needed to keep a patron signed in, and harmless.
  if (req.method === 'GET' && !/(?:^|;\s*)rpl_session=/.test(req.headers.cookie ?? '') && !path.startsWith('/assets/')) {
    res.setHeader('set-cookie', `rpl_session=${randomBytes(12).toString('hex')}; Path=/; Secure; HttpOnly; SameSite=Lax`);
  }
  return false;
}
