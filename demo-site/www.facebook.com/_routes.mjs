/** The Meta Pixel endpoint stand-in: `/tr/` answers with a 1x1 GIF and sets Meta's `fr` browser cookie. */
import { randomBytes } from 'node:crypto';
import { PIXEL_GIF } from '../_shared/packages.mjs';

export default function routes(req, res, ctx) {
  if (!/^\/tr\/?$/.test(ctx.url.pathname)) return false;
  res.writeHead(200, {
    'content-type': 'image/gif',
    'cache-control': 'no-store',
    'set-cookie': `fr=${randomBytes(16).toString('hex')}; Domain=.facebook.com; Path=/; Max-Age=7776000; Secure; HttpOnly; SameSite=None`,
  });
  res.end(PIXEL_GIF);
  return true;
}
