/* Tre site search: looks words up in search/index.js, with no server.
   Query words are folded like the index (no tones or diacritics, đ → d, lower case) and each
   matches every indexed word it begins, so "hop tac" finds "hợp tác xã" and "htx" finds "HTX". */
(function () {
  "use strict";
  var index = window.treSearchIndex;
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;

  var labels = {};
  Array.prototype.forEach.call(list.querySelectorAll("li[data-kind]"), function (item) {
    labels[item.getAttribute("data-kind")] = item.textContent;
  });
  var root = status.getAttribute("data-root") || "";
  var fromDisk = window.location.protocol === "file:";
  var limit = 50;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; });
  }
  // The first position in the sorted word list at or after `prefix`.
  function lowerBound(prefix) {
    var lo = 0, hi = index.words.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (index.words[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  // Pages holding a word that begins with `prefix`.
  function pagesFor(prefix) {
    var found = {};
    for (var i = lowerBound(prefix); i < index.words.length && index.words[i].lastIndexOf(prefix, 0) === 0; i++) {
      var pages = index.postings[i];
      for (var j = 0; j < pages.length; j++) found[pages[j]] = true;
    }
    return found;
  }
  function search(query) {
    var terms = words(query);
    if (terms.length === 0) return [];
    var hits = null;
    terms.forEach(function (term) {
      var found = pagesFor(term);
      if (hits === null) { hits = found; return; }
      var both = {};
      for (var page in hits) if (found[page]) both[page] = true;
      hits = both;
    });
    var phrase = terms.join(" ");
    var results = Object.keys(hits).map(function (key) {
      var number = Number(key), page = index.pages[number];
      var title = " " + words(page[1]).join(" ");
      var score = 0;
      if ((title + " ").indexOf(" " + phrase + " ") >= 0) score += 100;
      else if (title.indexOf(" " + phrase) >= 0) score += 50;
      terms.forEach(function (term) { if (title.indexOf(" " + term) >= 0) score += 10; });
      return { number: number, score: score };
    });
    results.sort(function (a, b) { return b.score - a.score || a.number - b.number; });
    return results;
  }
  function href(path) {
    var url = root + path;
    if (url === "") url = "./";
    // Folders have no index page of their own when the site is opened from disk.
    if (fromDisk && /\/$/.test(url)) url += "index.html";
    return url;
  }
  function show(query) {
    list.textContent = "";
    if (!index) { status.textContent = status.getAttribute("data-loading"); return; }
    if (fold(query).trim() === "") { status.textContent = ""; return; }
    var results = search(query);
    status.textContent = results.length === 0
      ? status.getAttribute("data-none")
      : status.getAttribute("data-count").replace("{count}", String(results.length));
    results.slice(0, limit).forEach(function (result) {
      var page = index.pages[result.number];
      var item = document.createElement("li");
      item.className = "search-result";
      var kind = document.createElement("p");
      kind.className = "search-kind";
      kind.textContent = labels[page[2]] || "";
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = href(page[0]);
      link.textContent = page[1];
      heading.appendChild(link);
      item.appendChild(kind);
      item.appendChild(heading);
      if (page[3]) {
        var snippet = document.createElement("p");
        snippet.textContent = page[3];
        item.appendChild(snippet);
      }
      list.appendChild(item);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  show(input.value);
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    }
  });
})();
