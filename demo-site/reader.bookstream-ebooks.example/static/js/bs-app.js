/*
 * BookStream widget: lists e-books, records the patron's session with the insights recorder and uploads it
 * in batches, and reports the library patron's search to BookStream's event endpoint.
 */
(function () {
  var recorder = window.rrweb;
  // The vendor hides the library's global name behind its own.
  window.BSInsights = recorder;
  try { delete window.rrweb; } catch (e) { window.rrweb = undefined; }

  var params = new URLSearchParams(location.search);
  var q = params.get("q") || "";
  var library = params.get("library") || "";
  var visitor = null;
  try { visitor = localStorage.getItem("bs_vid"); } catch (e) { /* storage blocked in a third-party frame */ }
  if (!visitor) {
    visitor = Math.random().toString(36).slice(2) + Date.now().toString(36);
    try { localStorage.setItem("bs_vid", visitor); } catch (e) { /* keep the id for this page only */ }
  }
  document.cookie = "bs_uid=" + visitor + "; path=/; max-age=31536000; SameSite=None; Secure";

  document.getElementById("for").textContent = q ? "E-books matching “" + q + "”" : "Popular this week";
  var titles = ["The Overstory", "Circe", "Lincoln in the Bardo", "Pachinko", "Normal People", "Klara and the Sun"];
  var list = document.getElementById("titles");
  titles.forEach(function (t) {
    var li = document.createElement("li");
    li.innerHTML = '<div class="cover"></div>';
    li.appendChild(document.createTextNode(t));
    list.appendChild(li);
  });

  // Search analytics: the patron's query, the library and a persistent visitor id.
  if (q) {
    fetch("/v1/events", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ event: "widget_search", query: q, library: library, visitor: visitor, referrer: document.referrer }),
      keepalive: true,
    });
  }

  // Session recording: every DOM change, mouse move and keystroke, uploaded every two seconds.
  var events = [];
  if (recorder && recorder.record) {
    recorder.record({ emit: function (e) { events.push(e); }, maskAllInputs: false });
  }
  function flush() {
    if (!events.length) return;
    var batch = events;
    events = [];
    fetch("/v1/sessions/ingest?vid=" + visitor, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ visitor: visitor, library: library, events: batch }),
      keepalive: true,
    });
  }
  setInterval(flush, 2000);
  addEventListener("pagehide", flush);
  document.getElementById("find").addEventListener("submit", function (ev) { ev.preventDefault(); flush(); });
})();
