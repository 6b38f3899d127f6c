/* Tre site search: looks words up in the index pieces under search/, with no server.
   Query words are folded like the index (no tones or diacritics, đ → d, lower case) and each
   matches every indexed word it begins, so "hop tac" finds "hợp tác xã" and "htx" finds "HTX".
   search/index.js lists the pieces; a query loads, as <script> tags (which work from a folder,
   where fetch does not), the word pieces of its words' prefixes, then the pieces with the
   titles and snippets of the results it shows. */
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
  var limit = 30;
  var asked = 0;
  var requested = {};

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; });
  }
  // Loads scripts once each and calls `done` when all have run (or failed).
  function load(paths, done) {
    var left = paths.length;
    if (left === 0) return done();
    paths.forEach(function (path) {
      var entry = requested[path];
      if (!entry) {
        entry = requested[path] = { done: false, waiting: [] };
        var script = document.createElement("script");
        script.src = root + path;
        script.onload = script.onerror = function () {
          entry.done = true;
          entry.waiting.forEach(function (callback) { callback(); });
          entry.waiting = [];
        };
        document.head.appendChild(script);
      }
      var finish = function () { left -= 1; if (left === 0) done(); };
      if (entry.done) finish(); else entry.waiting.push(finish);
    });
  }
  // The word pieces a term needs: those whose prefix begins the term, or that the term begins.
  function shardsFor(term) {
    return index.shards.filter(function (key) {
      return term.lastIndexOf(key, 0) === 0 || key.lastIndexOf(term, 0) === 0;
    });
  }
  // A page set from the index ("d" + base-36 gaps, or "b" + base64 bitmap) added into `bits`.
  function addSet(bits, encoded) {
    if (encoded.charAt(0) === "b") {
      var raw = atob(encoded.slice(1));
      for (var i = 0; i < raw.length; i++) bits[i] |= raw.charCodeAt(i);
    } else if (encoded.length > 1) {
      var page = -1;
      encoded.slice(1).split(",").forEach(function (gap) {
        page += parseInt(gap, 36);
        bits[page >> 3] |= 1 << (page & 7);
      });
    }
  }
  // Pages with a word beginning with `term`, and pages whose title has one.
  function setsFor(term) {
    var size = (index.pages + 7) >> 3;
    var all = new Uint8Array(size), title = new Uint8Array(size);
    var shards = window.treSearchShards || {};
    shardsFor(term).forEach(function (key) {
      var shard = shards[key] || {};
      Object.keys(shard).forEach(function (word) {
        if (word.lastIndexOf(term, 0) !== 0) return;
        addSet(all, shard[word][0]);
        addSet(title, shard[word][1]);
      });
    });
    return { all: all, title: title };
  }
  function has(bits, page) { return (bits[page >> 3] >> (page & 7)) & 1; }
  // Every page with all the terms, ranked first by how many terms its title has.
  function match(terms) {
    var sets = terms.map(setsFor);
    var hits = [];
    var both = sets[0].all.slice();
    sets.slice(1).forEach(function (set) { for (var i = 0; i < both.length; i++) both[i] &= set.all[i]; });
    for (var byte = 0; byte < both.length; byte++) {
      if (both[byte] === 0) continue;
      for (var bit = 0; bit < 8; bit++) {
        if (!((both[byte] >> bit) & 1)) continue;
        var page = byte * 8 + bit, score = 0;
        sets.forEach(function (set) { if (has(set.title, page)) score += 10; });
        hits.push({ number: page, score: score });
      }
    }
    hits.sort(function (a, b) { return b.score - a.score || a.number - b.number; });
    return hits;
  }
  function pageOf(number) {
    var chunk = (window.treSearchChunks || {})[Math.floor(number / index.chunk)] || [];
    return chunk[number % index.chunk];
  }
  // The exact rank of the results shown: a title with the whole phrase first.
  function rank(results, terms) {
    var phrase = terms.join(" ");
    results.forEach(function (result) {
      var page = pageOf(result.number);
      if (!page) return;
      var title = " " + words(page[1]).join(" ");
      if ((title + " ").indexOf(" " + phrase + " ") >= 0) result.score += 100;
      else if (title.indexOf(" " + phrase) >= 0) result.score += 50;
    });
    results.sort(function (a, b) { return b.score - a.score || a.number - b.number; });
    return results;
  }
  function href(path) {
    var hash = path.indexOf("#"), anchor = "";
    if (hash >= 0) { anchor = path.slice(hash); path = path.slice(0, hash); }
    var url = root + path;
    if (url === "") url = "./";
    // Folders have no index page of their own when the site is opened from disk.
    if (fromDisk && /\/$/.test(url)) url += "index.html";
    return url + anchor;
  }
  function render(results, total) {
    list.textContent = "";
    status.textContent = total === 0
      ? status.getAttribute("data-none")
      : status.getAttribute("data-count").replace("{count}", String(total));
    results.forEach(function (result) {
      var page = pageOf(result.number);
      if (!page) return;
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
  function show(query) {
    var ticket = ++asked;
    if (!index) { list.textContent = ""; status.textContent = status.getAttribute("data-loading"); return; }
    var terms = words(query);
    if (terms.length === 0) { list.textContent = ""; status.textContent = ""; return; }
    var shards = [];
    terms.forEach(function (term) {
      shardsFor(term).forEach(function (key) {
        var path = "search/w/" + key + ".js";
        if (shards.indexOf(path) < 0) shards.push(path);
      });
    });
    load(shards, function () {
      if (ticket !== asked) return;
      var hits = match(terms);
      var shown = hits.slice(0, limit);
      var chunks = [];
      shown.forEach(function (hit) {
        var path = "search/p/" + Math.floor(hit.number / index.chunk) + ".js";
        if (chunks.indexOf(path) < 0) chunks.push(path);
      });
      load(chunks, function () {
        if (ticket !== asked) return;
        render(rank(shown, terms), hits.length);
      });
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
