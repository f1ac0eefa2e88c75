/** Serves the gtag.js stand-in at Google's path `/gtag/js` (the file has a .js name so it is templated). */
export default function routes(req, res, ctx) {
  if (ctx.url.pathname !== '/gtag/js') return false;
  ctx.sendFile('gtag/js.js');
  return true;
}
