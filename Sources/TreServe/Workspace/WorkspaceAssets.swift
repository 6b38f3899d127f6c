/// The workspace's stylesheet and script, served from memory. The script only enhances the
/// forms (every form also works by a plain submit): live preview, the file name as the title
/// is typed, picture upload, data block buttons and the search filter.
enum WorkspaceAssets {
    static let css = """
    :root { --ink: #1b1f23; --muted: #4a5560; --line: #c5ccd3; --accent: #0b5d3b; --bad: #a4161a; --warn: #7a4a00; --bg: #f6f8f7; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
    .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .5rem; z-index: 9; }
    .bar { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .6rem 1rem; background: var(--accent); }
    .bar a { color: #fff; text-decoration: none; padding: .3rem .5rem; border-radius: 4px; }
    .bar a:hover, .bar a:focus { text-decoration: underline; }
    .bar a[aria-current] { background: #fff; color: var(--accent); font-weight: 600; }
    .bar nav { display: flex; flex-wrap: wrap; gap: .25rem; } .brand { margin: 0; font-weight: 600; }
    main { padding: 1rem; max-width: 1400px; margin: 0 auto; }
    h1 { font-size: 1.5rem; margin: .5rem 0 1rem; overflow-wrap: anywhere; } h2 { font-size: 1.15rem; margin: 1.25rem 0 .5rem; }
    a { color: #0a4f8a; } code { font-size: .9em; background: var(--bg); padding: 0 .2em; overflow-wrap: anywhere; }
    .search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-bottom: 1rem; }
    .search input { flex: 1 1 14rem; }
    input, select, textarea, button { font: inherit; }
    input, select, textarea { width: 100%; padding: .45rem .55rem; border: 1px solid #6b7680; border-radius: 4px; background: #fff; color: var(--ink); }
    textarea { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .95rem; }
    input:focus, select:focus, textarea:focus, button:focus, a:focus { outline: 3px solid #f2b705; outline-offset: 1px; }
    button, .button { display: inline-block; padding: .5rem 1rem; border: 1px solid var(--accent); border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; }
    .button.secondary, .blocks button { background: #fff; color: var(--accent); }
    button.danger { background: var(--bad); border-color: var(--bad); }
    .actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
    .entries { list-style: none; padding: 0; margin: 0; border-top: 1px solid var(--line); }
    .entries li { display: grid; grid-template-columns: 1fr auto; gap: .1rem 1rem; padding: .55rem 0; border-bottom: 1px solid var(--line); }
    .entries .title { font-weight: 600; } .entries .detail { grid-column: 1; color: var(--muted); font-size: .9rem; }
    .entries .links { grid-column: 2; grid-row: 1 / span 2; display: flex; gap: .75rem; align-items: center; }
    .count, .empty, .help { color: var(--muted); } .help { font-size: .9rem; margin: .1rem 0 .3rem; }
    .editor { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
    .edit.narrow { max-width: 40rem; }
    .field { margin-bottom: .9rem; } .field label, legend { display: block; font-weight: 600; margin-bottom: .2rem; }
    .field.invalid input, .field.invalid select, .field.invalid textarea { border: 2px solid var(--bad); }
    fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 0 0 .9rem; padding: .5rem .75rem; }
    .problems { margin: .3rem 0 0; padding-left: 1.1rem; font-size: .93rem; }
    .problems .error { color: var(--bad); } .problems .warning { color: var(--warn); } .problems .hint { display: block; color: var(--ink); }
    .blocks { display: flex; flex-wrap: wrap; gap: .4rem; margin-bottom: .4rem; } .blocks button { padding: .25rem .6rem; font-size: .9rem; }
    .save { display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; margin-top: 1rem; }
    .preview { position: sticky; top: .5rem; } .preview h2 { margin-top: 0; }
    .preview iframe { width: 100%; height: 75vh; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
    .notice { padding: .7rem 1rem; border-radius: 4px; margin-bottom: 1rem; background: #e6f4ea; border-left: 5px solid var(--accent); }
    .notice.error { background: #fdecea; border-left-color: var(--bad); }
    .versions { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
    .history { border-collapse: collapse; width: 100%; } .history th, .history td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
    .history caption { text-align: left; color: var(--muted); padding: .3rem 0; }
    .thumb { width: 8rem; max-width: 100%; height: auto; margin-top: .4rem; display: block; border: 1px solid var(--line); }
    textarea.prose { font-family: inherit; font-size: 1rem; }
    @media (max-width: 900px) {
      .editor, .versions { grid-template-columns: minmax(0, 1fr); }
      .preview { position: static; } .preview iframe { height: 60vh; }
      .entries li { grid-template-columns: minmax(0, 1fr); } .entries .links { grid-column: 1; grid-row: auto; flex-wrap: wrap; }
    }

    """

    static let script = """
    // Tre workspace: served only by `tre serve`, never written by `tre build`.
    (function () {
      "use strict";
      var meta = document.querySelector('meta[name="tre-token"]');
      var token = meta ? meta.content : "";
      var base = "/__tre/edit/";

      function post(path, body, type) {
        return fetch(base + path, { method: "POST", headers: { "Content-Type": type || "application/x-www-form-urlencoded", "X-Tre-Token": token }, body: body, credentials: "same-origin" });
      }

      // Search: hide entries whose folded text lacks the query.
      function fold(text) {
        return text.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
      }
      var search = document.querySelector("[data-filter]");
      if (search) {
        search.addEventListener("input", function () {
          var q = fold(search.value);
          document.querySelectorAll("#entries li[data-key]").forEach(function (li) { li.hidden = q !== "" && li.dataset.key.indexOf(q) < 0; });
          document.querySelectorAll("#entries section").forEach(function (section) {
            var shown = section.querySelectorAll("li[data-key]:not([hidden])").length;
            var count = section.querySelector(".count"); if (count) count.textContent = "(" + shown + ")";
          });
        });
      }

      // Data block buttons: insert the block at the cursor, on lines of its own.
      document.querySelectorAll("[data-insert]").forEach(function (button) {
        button.addEventListener("click", function () {
          var area = document.getElementById(button.dataset.insert);
          var start = area.selectionStart, end = area.selectionEnd, text = area.value;
          var block = (start > 0 && text[start - 1] !== "\\n" ? "\\n\\n" : "\\n") + button.dataset.block + "\\n";
          area.value = text.slice(0, start) + block + text.slice(end);
          area.focus();
          area.selectionStart = area.selectionEnd = start + block.indexOf(": ") + 2;
          area.dispatchEvent(new Event("input", { bubbles: true }));
        });
      });

      // Live preview: the form as it is now, rendered by Tre.
      var form = document.getElementById("edit-form");
      var frame = document.getElementById("preview");
      var state = document.getElementById("preview-state");
      if (form && frame) {
        var timer = null, running = false, again = false;
        function refresh() {
          if (running) { again = true; return; }
          running = true;
          var data = new URLSearchParams(new FormData(form));
          data.set("mode", form.dataset.preview);
          post("preview", data.toString()).then(function (response) { return response.json(); }).then(function (result) {
            if (result.html) { frame.srcdoc = result.html; }
            if (state) state.textContent = result.html ? state.dataset.ok || state.textContent : (document.documentElement.lang === "vi" ? "Trang đang có lỗi: bản xem trước giữ bản tốt gần nhất." : "The page has errors: the preview keeps the last good version.");
            var name = document.getElementById("file-name");
            if (name && result.path) name.textContent = result.path;
            document.querySelectorAll(".field-problems").forEach(function (box) {
              var field = box.id.replace(/-problems$/, "");
              var html = (result.problems || {})[field] || "";
              box.innerHTML = html;
              var holder = box.closest(".field");
              if (holder) holder.classList.toggle("invalid", html.indexOf('class="error"') >= 0);
            });
            // "Not saved" from the last try: gone once nothing is wrong any more.
            var clean = !Object.keys(result.problems || {}).some(function (key) { return result.problems[key].indexOf('class="error"') >= 0; });
            document.querySelectorAll(".notice.error").forEach(function (notice) { if (!notice.closest(".versions")) notice.hidden = clean; });
          }).catch(function () {}).then(function () {
            running = false;
            if (again) { again = false; refresh(); }
          });
        }
        if (state) state.dataset.ok = state.textContent;
        form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 250); });
        form.addEventListener("change", function () { clearTimeout(timer); timer = setTimeout(refresh, 50); });
        if (!frame.getAttribute("srcdoc")) refresh();
      }

      // Picture upload: the bytes go up as they are; Tre checks them and names the file.
      document.querySelectorAll("[data-upload]").forEach(function (input) {
        input.addEventListener("change", function () {
          var file = input.files && input.files[0];
          if (!file) return;
          var box = document.getElementById(input.id + "-problems");
          post("upload?name=" + encodeURIComponent(file.name), file, "application/octet-stream")
            .then(function (response) { return response.json(); })
            .then(function (result) {
              if (result.path) {
                var target = document.getElementById(input.dataset.upload);
                target.value = result.path;
                box.innerHTML = "";
                target.dispatchEvent(new Event("change", { bubbles: true }));
                var alt = document.getElementById("image_alt"); if (alt && !alt.value) alt.focus();
              } else {
                box.innerHTML = '<ul class="problems"><li class="error"></li></ul>';
                box.querySelector("li").textContent = result.error || "";
              }
            });
        });
      });
    })();

    """
}
