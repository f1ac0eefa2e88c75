/*
 * Search results, rendered from the library's catalog file. Each result shows a cover from the cover-image
 * service (the ISBN travels to that company) and the results page embeds the e-book vendor's widget with
 * the patron's search in its address (the search travels to the vendor).
 */
(function () {
  var q = (new URLSearchParams(location.search).get("q") || "").trim();
  var summary = document.getElementById("summary");
  var results = document.getElementById("results");
  var slot = document.getElementById("ebook-slot");
  if (!q) return;
  fetch("/assets/catalog.json")
    .then(function (r) { return r.json(); })
    .then(function (books) {
      var words = q.toLowerCase().split(/\s+/);
      var hits = books.filter(function (b) {
        var hay = (b.title + " " + b.author + " " + b.subjects.join(" ")).toLowerCase();
        return words.some(function (w) { return w.length > 2 && hay.indexOf(w) >= 0; });
      });
      var shown = hits.length ? hits : books.slice(0, 4);
      summary.textContent = hits.length
        ? hits.length + " results for “" + q + "”"
        : "No exact matches for “" + q + "”. You might like:";
      shown.forEach(function (b) {
        var li = document.createElement("li");
        var img = document.createElement("img");
        img.alt = "";
        img.width = 60;
        img.height = 90;
        img.src = "{{origin:secure.syndetics.com}}/index.aspx?isbn=" + b.isbn + "/SC.GIF&client=riverbendpl";
        var div = document.createElement("div");
        var a = document.createElement("a");
        a.href = "/record/?isbn=" + b.isbn;
        a.textContent = b.title;
        div.appendChild(a);
        div.appendChild(document.createTextNode(" — " + b.author + " (" + b.year + ")"));
        li.appendChild(img);
        li.appendChild(div);
        results.appendChild(li);
      });
    });
  var frame = document.createElement("iframe");
  frame.className = "vendor";
  frame.title = "BookStream e-books matching your search";
  frame.width = "100%";
  frame.height = "320";
  frame.src = "{{origin:reader.bookstream-ebooks.example}}/widget/?library=riverbend&q=" + encodeURIComponent(q);
  slot.appendChild(frame);
})();
