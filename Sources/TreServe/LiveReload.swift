import Foundation

/// The script every served page loads: it listens to `/__tre/events` and reloads the page
/// after a rebuild, swaps stylesheets in place when only CSS changed, and shows or refreshes
/// the error overlay while the content is broken. The preview adds it to each page as it is
/// served, so the site in memory has exactly the bytes `tre build` writes.
enum LiveReload {
    static let scriptPath = "/__tre/live-reload.js"
    static let eventsPath = "/__tre/events"
    static let overlayPath = "/__tre/overlay"

    /// Adds the script to a page, telling it which build the page came from, so a page that
    /// loaded just before a rebuild (or before `tre serve` restarted) still notices that it
    /// is out of date. A page that loads the script already gets the build on its tag.
    static func stamp(_ html: String, build: String) -> String {
        let tag = "src=\"\(scriptPath)\""
        if let range = html.range(of: tag) {
            return html.replacingCharacters(in: range, with: tag + " data-build=\"\(build)\"")
        }
        let script = "<script \(tag) data-build=\"\(build)\"></script>\n"
        guard let body = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: script)
    }

    static let script = """
    // Tre live reload: served only by `tre serve`, never written by `tre build`.
    (function () {
      "use strict";
      if (!window.EventSource) return;
      var me = document.currentScript;
      var build = me && me.dataset ? me.dataset.build : null;

      function styles(tag) {
        var links = document.querySelectorAll('link[rel~="stylesheet"]');
        Array.prototype.forEach.call(links, function (link) {
          var url = new URL(link.href, location.href);
          if (url.origin !== location.origin) return;
          url.searchParams.set("tre", tag);
          var next = link.cloneNode();
          next.href = url.href;
          next.onload = next.onerror = function () { link.remove(); };
          link.parentNode.insertBefore(next, link.nextSibling);
        });
      }

      function overlay() {
        fetch("\(overlayPath)", { cache: "no-store" })
          .then(function (response) { return response.text(); })
          .then(function (html) {
            var old = document.getElementById("tre-overlay");
            if (old) old.remove();
            if (!html) return;
            var holder = document.createElement("div");
            holder.innerHTML = html;
            if (holder.firstElementChild) document.body.appendChild(holder.firstElementChild);
          })
          .catch(function () {});
      }

      var events = new EventSource("\(eventsPath)");
      events.addEventListener("hello", function (event) {
        if (build && event.data !== build) location.reload();
        build = event.data;
      });
      events.addEventListener("reload", function () { location.reload(); });
      events.addEventListener("css", function (event) { build = event.data; styles(event.data); });
      events.addEventListener("errors", function (event) { build = event.data; overlay(); });
    })();

    """
}
