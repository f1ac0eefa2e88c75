/*
 * A local stand-in for Google's gtag.js (GA4), so the demo needs no network. It does what an audit can see
 * the real one do: sets the first-party _ga and _ga_<id> cookies and sends a page_view hit, with the full
 * page address and title, to region1.google-analytics.com/g/collect with navigator.sendBeacon.
 * Served at /gtag/js by this host's _routes.mjs.
 */
(function () {
  var dl = (window.dataLayer = window.dataLayer || []);
  function cookie(name) { return (document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]+)")) || [])[1]; }
  var ga = cookie("_ga");
  if (!ga) {
    ga = "GA1.1." + Math.floor(Math.random() * 2147483647) + "." + Math.floor(Date.now() / 1000);
    document.cookie = "_ga=" + ga + "; path=/; max-age=63072000; SameSite=Lax";
  }
  var cid = ga.split(".").slice(2).join(".");
  var sid = Math.floor(Date.now() / 1000);
  function hit(tid, en, extra) {
    document.cookie = "_ga_" + tid.replace(/^G-/, "") + "=GS1.1." + sid + ".1.0." + sid + ".0.0.0; path=/; max-age=63072000; SameSite=Lax";
    var p = new URLSearchParams({
      v: "2", tid: tid, gtm: "45je5ca0", _p: String(Math.floor(Math.random() * 1e9)), cid: cid,
      ul: (navigator.language || "en").toLowerCase(), sr: screen.width + "x" + screen.height,
      _s: "1", sid: String(sid), sct: "1", seg: "0", dl: location.href, dr: document.referrer, dt: document.title, en: en,
    });
    Object.keys(extra || {}).forEach(function (k) { p.set("ep." + k, String(extra[k])); });
    navigator.sendBeacon("{{origin:region1.google-analytics.com}}/g/collect?" + p.toString());
  }
  function handle(args) {
    if (args[0] === "config") hit(args[1], "page_view");
    else if (args[0] === "event") {
      dl.forEach(function (a) { if (a[0] === "config") hit(a[1], args[1], args[2]); });
    }
  }
  for (var i = 0; i < dl.length; i++) handle(dl[i]);
  var push = dl.push.bind(dl);
  dl.push = function (args) { handle(args); return push(args); };
})();
