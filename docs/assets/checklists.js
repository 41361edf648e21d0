/* Netwerkleren checklists: remember ticks in this browser, clear them, print.
 * Without JavaScript the checklists still show and print; the buttons stay hidden. */
(function () {
  "use strict";
  var PREFIX = "netwerkleren:vink:";

  function storage() {
    try {
      var store = window.localStorage;
      store.setItem(PREFIX + "test", "1");
      store.removeItem(PREFIX + "test");
      return store;
    } catch (error) {
      return null;
    }
  }

  function init() {
    var store = storage();
    var boxes = document.querySelectorAll("input[data-nl-tick]");
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.getAttribute("data-nl-bound")) return;
      box.setAttribute("data-nl-bound", "1");
      var key = PREFIX + box.getAttribute("data-nl-tick");
      if (store) box.checked = store.getItem(key) === "1";
      box.addEventListener("change", function () {
        if (!store) return;
        if (box.checked) store.setItem(key, "1");
        else store.removeItem(key);
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-nl-toolbar]"), function (bar) {
      bar.hidden = false;
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-nl-print]"), function (button) {
      button.onclick = function () { window.print(); };
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-nl-clear]"), function (button) {
      button.onclick = function () {
        var scope = button.closest("[data-nl-scope]") || document;
        var cleared = 0;
        Array.prototype.forEach.call(scope.querySelectorAll("input[data-nl-tick]"), function (box) {
          if (box.checked) cleared += 1;
          box.checked = false;
          if (store) store.removeItem(PREFIX + box.getAttribute("data-nl-tick"));
        });
        var bar = button.closest("[data-nl-toolbar]");
        var status = bar && bar.querySelector("[data-nl-status]");
        if (status) status.textContent = cleared === 1 ? "1 vinkje gewist." : cleared + " vinkjes gewist.";
      };
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
