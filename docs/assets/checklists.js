/* Netwerkleren checklists: ticks and fill-in fields kept per werkplaats in this browser; clear; print.
 *
 * Each werkplaats has its own form in localStorage ("netwerkleren:werkplaats:<naam>": ticks and fields);
 * the Werkplaats field chooses which form the page shows, so printing one werkplaats never prints another's
 * ticks, and starting a new werkplaats never clears another's. Before a name is given, ticks go to a form
 * without a name, which takes the first name typed. Ticks kept by the earlier version (one set per browser,
 * "netwerkleren:vink:<key>") move into that form once.
 * Without JavaScript the checklists still show and print as blank forms; the buttons stay hidden. */
(function () {
  "use strict";
  var FORM = "netwerkleren:werkplaats:";
  var ACTIVE = "netwerkleren:werkplaats-actief";
  var OLD_TICK = "netwerkleren:vink:";
  var LIST_ID = "nl-werkplaatsen";
  var PROBE = "netwerkleren:opslagtest";
  var PLANNER = "netwerkleren:werkplaatsplan";

  function storage() {
    try {
      var store = window.localStorage;
      // A key outside the forms' prefix: a werkplaats may well be called "test".
      store.setItem(PROBE, "1");
      store.removeItem(PROBE);
      return store;
    } catch (error) {
      return null;
    }
  }

  var store = storage();
  var memory = {};  // without localStorage: forms live as long as the page

  function read(key) {
    if (store) return store.getItem(key);
    return Object.prototype.hasOwnProperty.call(memory, key) ? memory[key] : null;
  }
  function write(key, value) {
    if (value === null) {
      if (store) store.removeItem(key); else delete memory[key];
    } else if (store) store.setItem(key, value); else memory[key] = value;
  }

  function load(name) {
    try {
      var form = JSON.parse(read(FORM + name) || "null");
      if (form && typeof form === "object") return { vink: form.vink || {}, velden: form.velden || {} };
    } catch (error) { /* a damaged form starts empty */ }
    return { vink: {}, velden: {} };
  }
  function isEmpty(form) {
    return !Object.keys(form.vink).length && !Object.keys(form.velden).length;
  }
  function save(name, form) {
    write(FORM + name, isEmpty(form) ? null : JSON.stringify(form));
  }
  function exists(name) {
    return read(FORM + name) !== null;
  }
  function active() {
    return read(ACTIVE) || "";
  }
  /* The names of the werkplaatsen in the werkplaatsplan (docs/assets/planner/checklists.mjs keeps the ticks
     of a werkplaats under its name when it is renamed or deleted there). */
  function plannerNames() {
    try {
      var saved = JSON.parse(read(PLANNER) || "null");
      var plans = saved && Array.isArray(saved.werkplaatsen) ? saved.werkplaatsen : [];
      return plans.map(function (p) { return p && typeof p.naam === "string" ? p.naam.trim() : ""; })
        .filter(function (name) { return name && name.length <= 200; });
    } catch (error) {
      return [];
    }
  }
  function names() {
    var result = plannerNames();
    if (!store) return result;
    for (var i = 0; i < store.length; i += 1) {
      var key = store.key(i);
      if (key && key.indexOf(FORM) === 0 && key.length > FORM.length && result.indexOf(key.slice(FORM.length)) === -1) {
        result.push(key.slice(FORM.length));
      }
    }
    return result.sort();
  }

  /* Ticks of the earlier version: one set per browser; they become the form without a name. */
  function migrate() {
    if (!store) return;
    var old = [];
    for (var i = 0; i < store.length; i += 1) {
      var key = store.key(i);
      if (key && key.indexOf(OLD_TICK) === 0) old.push(key);
    }
    if (!old.length) return;
    var form = load("");
    old.forEach(function (key) {
      if (store.getItem(key) === "1") form.vink[key.slice(OLD_TICK.length)] = 1;
      store.removeItem(key);
    });
    save("", form);
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }

  function say(text) {
    each("[data-nl-status]", function (status) { status.textContent = text; });
  }

  function fillList() {
    var list = document.getElementById(LIST_ID);
    if (!list) {
      list = document.createElement("datalist");
      list.id = LIST_ID;
      document.body.appendChild(list);
    }
    list.textContent = "";
    names().forEach(function (name) {
      var option = document.createElement("option");
      option.value = name;
      list.appendChild(option);
    });
  }

  /* Show the active werkplaats's form: its name, its ticks, its fields. */
  function show() {
    var name = active();
    var form = load(name);
    each("input[data-nl-werkplaats]", function (input) { input.value = name; });
    each("input[data-nl-tick]", function (box) { box.checked = !!form.vink[box.getAttribute("data-nl-tick")]; });
    each("input[data-nl-field]:not([data-nl-werkplaats])", function (input) {
      input.value = form.velden[fieldKey(input)] || "";
    });
    fillList();
    return form;
  }

  /* A field's value is kept under its checklist's storage id: "<storage id>/veld/<field>". */
  function fieldKey(input) {
    var form = input.closest("[data-nl-form]");
    return (form ? form.getAttribute("data-nl-form") + "/veld/" : "") + input.getAttribute("data-nl-field");
  }

  function count(form) {
    return Object.keys(form.vink).length;
  }

  function describe(name, form, fresh) {
    if (!name) return "Voor welke werkplaats vul je dit in? Vul de naam in bij Werkplaats.";
    if (fresh) return "Nieuw formulier voor werkplaats ‘" + name + "’. Wat je voor andere werkplaatsen invulde, blijft bewaard.";
    var n = count(form);
    return "Werkplaats ‘" + name + "’: " + (n === 1 ? "1 vinkje" : n + " vinkjes") + " bewaard in deze browser.";
  }

  function switchTo(name) {
    var current = active();
    if (name === current) return;
    var fresh = !exists(name);
    if (current === "" && name !== "" && fresh) {
      /* The first name given takes the ticks made before it. */
      var unnamed = load("");
      save(name, unnamed);
      save("", { vink: {}, velden: {} });
      fresh = isEmpty(unnamed);
    }
    write(ACTIVE, name === "" ? null : name);
    var form = show();
    say(describe(name, form, fresh));
  }

  function init() {
    migrate();
    var form = show();
    each("input[data-nl-tick]", function (box) {
      if (box.getAttribute("data-nl-bound")) return;
      box.setAttribute("data-nl-bound", "1");
      box.addEventListener("change", function () {
        var current = load(active());
        var key = box.getAttribute("data-nl-tick");
        if (box.checked) current.vink[key] = 1; else delete current.vink[key];
        save(active(), current);
        each('input[data-nl-tick="' + key + '"]', function (other) { other.checked = box.checked; });
      });
    });
    each("input[data-nl-field]", function (input) {
      if (input.getAttribute("data-nl-bound")) return;
      input.setAttribute("data-nl-bound", "1");
      if (input.hasAttribute("data-nl-werkplaats")) {
        input.setAttribute("list", LIST_ID);
        var choose = function () { switchTo(input.value.trim()); };
        input.addEventListener("change", choose);
        input.addEventListener("keydown", function (event) {
          if (event.key === "Enter") choose();
        });
        return;
      }
      input.addEventListener("input", function () {
        var current = load(active());
        var key = fieldKey(input);
        if (input.value) current.velden[key] = input.value; else delete current.velden[key];
        save(active(), current);
      });
    });
    each("[data-nl-toolbar]", function (bar) { bar.hidden = false; });
    each("[data-nl-print]", function (button) {
      button.onclick = function () { window.print(); };
    });
    each("[data-nl-clear]", function (button) {
      button.onclick = function () {
        var scope = button.closest("[data-nl-scope]") || document;
        var current = load(active());
        var cleared = 0;
        Array.prototype.forEach.call(scope.querySelectorAll("input[data-nl-tick]"), function (box) {
          var key = box.getAttribute("data-nl-tick");
          if (current.vink[key]) cleared += 1;
          delete current.vink[key];
          box.checked = false;
        });
        save(active(), current);
        var bar = button.closest("[data-nl-toolbar]");
        var status = bar && bar.querySelector("[data-nl-status]");
        if (status) status.textContent = cleared === 1 ? "1 vinkje gewist." : cleared + " vinkjes gewist.";
      };
    });
    if (document.querySelector("input[data-nl-werkplaats]")) say(describe(active(), form, false));
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
