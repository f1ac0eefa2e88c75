/* A catalog record: title, author, subjects and a cover image requested from the cover-image service by ISBN. */
(function () {
  var isbn = new URLSearchParams(location.search).get("isbn") || "9780143127741";
  var box = document.getElementById("record");
  fetch("/assets/catalog.json")
    .then(function (r) { return r.json(); })
    .then(function (books) {
      var b = books.find(function (x) { return x.isbn === isbn; }) || books[0];
      document.title = b.title + " — Riverbend Public Library";
      box.innerHTML = "";
      var img = document.createElement("img");
      img.alt = "Cover of " + b.title;
      img.width = 180;
      img.height = 270;
      img.src = "{{origin:secure.syndetics.com}}/index.aspx?isbn=" + b.isbn + "/LC.GIF&client=riverbendpl";
      var info = document.createElement("div");
      var h1 = document.createElement("h1");
      h1.textContent = b.title;
      var dl = document.createElement("dl");
      [["Author", b.author], ["Published", String(b.year)], ["ISBN", b.isbn], ["Subjects", b.subjects.join(", ")]].forEach(function (row) {
        var dt = document.createElement("dt");
        dt.textContent = row[0];
        var dd = document.createElement("dd");
        dd.textContent = row[1];
        dl.appendChild(dt);
        dl.appendChild(dd);
      });
      var hold = document.createElement("button");
      hold.type = "button";
      hold.textContent = "Place a hold";
      info.appendChild(h1);
      info.appendChild(dl);
      info.appendChild(hold);
      box.appendChild(img);
      box.appendChild(info);
    });
})();
