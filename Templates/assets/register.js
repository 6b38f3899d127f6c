/* Tre register: filters and sorting over all of a province's rows, with no server.
   The page's table is one page of the register and works without this script. When a filter
   or a sort is chosen, the province's row pieces (register/<province>/rows-<n>.js, scripts so
   that this works from a folder too) are loaded and every matching row is shown. */
(function () {
  "use strict";
  var section = document.querySelector(".register");
  var form = document.querySelector(".register-filters");
  var table = document.querySelector(".register-table");
  if (!section || !form || !table) return;
  var body = table.tBodies[0];
  var pagination = section.querySelector(".pagination");
  var count = form.querySelector(".register-count");
  var root = section.getAttribute("data-root") || "";
  var original = body.innerHTML;
  var sources = Array.prototype.map.call(document.querySelectorAll(".register-pieces span"), function (s) {
    return s.getAttribute("data-src");
  });
  var rows = null, loading = false, sort = { key: "name", descending: false };
  var ratingOrder = { "tot": 4, "kha": 3, "trung-binh": 2, "yeu": 1, "": 0 };

  function load(done) {
    if (rows) return done();
    if (loading) return;
    loading = true;
    count.textContent = count.getAttribute("data-loading");
    var left = sources.length;
    sources.forEach(function (src) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = script.onerror = function () {
        left -= 1;
        if (left > 0) return;
        var pieces = window.treRegisterRows || {};
        rows = [];
        for (var page = 1; page <= sources.length; page++) {
          (pieces[page] || []).forEach(function (row) { rows.push(row); });
        }
        rows.forEach(function (row, position) { row.push(position); });
        done();
      };
      document.head.appendChild(script);
    });
  }
  function value(name) {
    var field = form.elements[name];
    if (!field) return "";
    return field.type === "checkbox" ? (field.checked ? "1" : "") : field.value;
  }
  function active() {
    return value("kind") || value("rating") || value("sector") || value("ocop") || value("model") ||
      sort.key !== "name" || sort.descending;
  }
  function compare(a, b) {
    var x = 0;
    if (sort.key === "rating") x = ratingOrder[a[1]] - ratingOrder[b[1]];
    else if (sort.key === "ocop") x = a[3] - b[3];
    else if (sort.key === "members") x = a[5] - b[5];
    if (sort.descending) x = -x;
    if (x === 0) x = sort.descending && sort.key === "name" ? b[7] - a[7] : a[7] - b[7];
    return x;
  }
  function show() {
    if (!active()) {
      body.innerHTML = original;
      if (pagination) pagination.hidden = false;
      count.textContent = "";
      return;
    }
    load(function () {
      var kind = value("kind"), rating = value("rating"), sector = value("sector");
      var stars = Number(value("ocop") || 0), model = value("model");
      var found = rows.filter(function (row) {
        return (!kind || row[0] === kind) && (!rating || row[1] === rating) && (!sector || row[2] === sector) &&
          row[3] >= stars && (!model || row[4] === 1);
      }).sort(compare);
      body.innerHTML = found.map(function (row) { return row[6].split("%ROOT%").join(root); }).join("");
      if (pagination) pagination.hidden = true;
      count.textContent = count.getAttribute("data-count").replace("{count}", String(found.length));
    });
  }
  Array.prototype.forEach.call(table.querySelectorAll("th[data-sort]"), function (header) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    while (header.firstChild) button.appendChild(header.firstChild);
    header.appendChild(button);
    if (header.getAttribute("data-sort") === "name") header.setAttribute("aria-sort", "ascending");
    button.addEventListener("click", function () {
      var key = header.getAttribute("data-sort");
      sort = { key: key, descending: sort.key === key ? !sort.descending : key !== "name" };
      Array.prototype.forEach.call(table.querySelectorAll("th[data-sort]"), function (other) {
        other.removeAttribute("aria-sort");
      });
      header.setAttribute("aria-sort", sort.descending ? "descending" : "ascending");
      show();
    });
  });
  form.hidden = false;
  form.addEventListener("change", show);
  form.addEventListener("submit", function (event) { event.preventDefault(); show(); });
})();
