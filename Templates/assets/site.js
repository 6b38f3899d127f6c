/* Opened from a folder (file://), a link to a folder shows its listing, not its page:
   point such links at the folder's index.html. On a web server this does nothing. */
(function () {
  "use strict";
  if (window.location.protocol !== "file:") return;
  Array.prototype.forEach.call(document.querySelectorAll("a[href], form[action]"), function (element) {
    var attribute = element.tagName === "FORM" ? "action" : "href";
    var value = element.getAttribute(attribute);
    if (/^[a-z][a-z0-9+.-]*:|^#|^\//i.test(value)) return;
    var parts = value.split("#");
    if (parts[0] === "" || /\/$/.test(parts[0])) {
      parts[0] += (parts[0] === "" ? "./" : "") + "index.html";
      element.setAttribute(attribute, parts.join("#"));
    }
  });
})();
