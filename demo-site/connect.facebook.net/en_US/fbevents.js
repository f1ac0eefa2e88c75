/*
 * A local stand-in for Meta's pixel library (fbevents.js), so the demo needs no network. It behaves as the
 * real pixel does in the ways an audit can see: it sets the first-party _fbp browser id cookie and sends
 * each event, with the page address, to www.facebook.com/tr as an image request.
 */
(function () {
  var fbq = window.fbq;
  if (!fbq || fbq.__standIn) return;
  var pixelIds = [];
  var fbp = (document.cookie.match(/(?:^|; )_fbp=([^;]+)/) || [])[1];
  if (!fbp) {
    fbp = "fb.1." + Date.now() + "." + Math.floor(Math.random() * 1e10);
    document.cookie = "_fbp=" + fbp + "; path=/; max-age=7776000; SameSite=Lax";
  }
  function send(ev, data) {
    pixelIds.forEach(function (id) {
      var u = "{{origin:www.facebook.com}}/tr/?id=" + id + "&ev=" + encodeURIComponent(ev) +
        "&dl=" + encodeURIComponent(location.href) + "&rl=" + encodeURIComponent(document.referrer) +
        "&if=false&ts=" + Date.now() + "&fbp=" + fbp + (data ? "&cd=" + encodeURIComponent(JSON.stringify(data)) : "");
      new Image().src = u;
    });
  }
  function handle(args) {
    var cmd = args[0];
    if (cmd === "init") pixelIds.push(String(args[1]));
    else if (cmd === "track" || cmd === "trackCustom") send(args[1], args[2]);
  }
  var queued = fbq.queue || [];
  fbq.callMethod = function () { handle(arguments); };
  fbq.__standIn = true;
  queued.forEach(handle);
})();
