/**
 * A local stand-in for a cover-image service: `/index.aspx?isbn=<ISBN>/<size>.GIF&client=<library>` answers
 * with a plain generated cover. The request itself is the point: it tells the service which book the patron
 * is looking at.
 */
export default function routes(req, res, ctx) {
  if (ctx.url.pathname.toLowerCase() !== '/index.aspx') return false;
  const isbn = (ctx.url.searchParams.get('isbn') ?? '').split('/')[0].replace(/[^0-9X]/gi, '');
  const hue = Number(isbn.slice(-3) || '0') % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="180" height="270" viewBox="0 0 180 270"><rect width="180" height="270" fill="hsl(${hue},45%,40%)"/><rect x="14" y="14" width="152" height="242" fill="none" stroke="#fff" stroke-opacity=".5"/><text x="90" y="250" fill="#fff" font-family="sans-serif" font-size="11" text-anchor="middle">${isbn}</text></svg>`;
  res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
  res.end(svg);
  return true;
}
