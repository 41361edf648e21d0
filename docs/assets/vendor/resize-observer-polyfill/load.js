/* Browsers without ResizeObserver: load the handbook's own copy of the polyfill before Material's bundle runs,
   so that the bundle does not fetch it from unpkg.com. Written synchronously on purpose: the bundle checks for
   ResizeObserver as soon as it runs, at the end of the page. Other browsers load nothing more. */
(function () {
  "use strict";
  if (typeof window.ResizeObserver !== "undefined" || !document.currentScript) {
    return;
  }
  var source = document.currentScript.src.replace(/load\.js(?:[?#].*)?$/, "ResizeObserver.js");
  document.write('<script src="' + source + '"><\/script>');
})();
