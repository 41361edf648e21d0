/*
 * Netwerkleren: filter the overview of all interventions.
 *
 * Without JavaScript the overview is a paginated list (a <noscript> style hides
 * the form). With it, the filter form (native selects, folded under one line on
 * a phone) works; choices filter every intervention, read from the
 * generated data file overzicht/interventies.js, and a live region says how
 * many were found. The query string (?principe=...&voorwaarde=...) pre-sets the
 * filters, so the matrix can link to a filtered overview. Data text is only
 * ever set as textContent, never as HTML.
 */
(function () {
  "use strict";

  var FACETS = ["karakteristiek", "principe", "voorwaarde", "rol", "fase", "casus"];
  var BATCH = 100;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function link(href, text, className) {
    var a = element("a", className, text);
    a.href = href;
    return a;
  }

  function label(text) {
    return element("span", "nl-card__label", text);
  }

  function init() {
    var root = document.getElementById("nl-overview");
    if (!root || root.getAttribute("data-nl-ready")) return;
    root.setAttribute("data-nl-ready", "1");

    var form = document.getElementById("nl-filter");
    var status = document.getElementById("nl-filter-status");
    var results = document.getElementById("nl-filter-results");
    var list = document.getElementById("nl-filter-list");
    var more = document.getElementById("nl-filter-more");
    var pages = document.getElementById("nl-overview-pages");
    var fold = document.getElementById("nl-filter-fold");
    var chosenNote = document.getElementById("nl-filter-chosen");
    var base = new URL(root.getAttribute("data-site-root") || "./", window.location.href);
    var data = null;
    var matches = [];
    var shown = 0;

    function url(path) {
      return new URL(path, base).href;
    }

    function chosen() {
      var filters = {};
      FACETS.forEach(function (name) {
        var value = form.elements[name] ? form.elements[name].value : "";
        if (value) filters[name] = value;
      });
      return filters;
    }

    function values(item, name) {
      switch (name) {
        case "karakteristiek": return item.K.map(function (i) { return data.karakteristieken[i].id; });
        case "principe": return item.p.map(function (i) { return data.principes[i].id; });
        case "voorwaarde": return item.v;
        case "rol": return item.r;
        case "fase": return item.f;
        case "casus": return [data.casussen[item.s].id];
      }
      return [];
    }

    function row(item) {
      var c = data.casussen[item.s];
      var li = element("li", "nl-row");
      li.appendChild(link(url(c.url) + "#" + item.a, item.t, "nl-row__title"));
      var meta = element("span", "nl-row__meta");
      meta.appendChild(label("Casus:"));
      meta.appendChild(document.createTextNode(" "));
      meta.appendChild(link(url(c.url), c.naam));
      meta.appendChild(document.createTextNode(" \u00b7 "));
      meta.appendChild(label("Karakteristiek:"));
      meta.appendChild(document.createTextNode(" " + data.karakteristieken[item.k].naam));
      // Filtered on a characteristic its case did not choose: say how it belongs (through which principle).
      var wanted = chosen().karakteristiek;
      if (wanted && data.karakteristieken[item.k].id !== wanted) {
        var via = item.p.filter(function (i) {
          return data.karakteristieken[data.principes[i].k].id === wanted;
        });
        if (via.length) {
          meta.appendChild(document.createTextNode(" (hoort bij de gekozen karakteristiek via het ontwerpprincipe "));
          meta.appendChild(link(url(data.principes[via[0]].url), data.principes[via[0]].naam));
          meta.appendChild(document.createTextNode(")"));
        }
      }
      meta.appendChild(document.createTextNode(" \u00b7 "));
      meta.appendChild(label("Ontwerpprincipes:"));
      meta.appendChild(document.createTextNode(" "));
      item.p.forEach(function (i, n) {
        if (n) meta.appendChild(document.createTextNode(", "));
        meta.appendChild(link(url(data.principes[i].url), data.principes[i].naam));
      });
      li.appendChild(meta);
      return li;
    }

    function showMore() {
      var end = Math.min(matches.length, shown + BATCH);
      for (var i = shown; i < end; i++) list.appendChild(row(matches[i]));
      shown = end;
      more.hidden = shown >= matches.length;
      more.textContent = "Toon meer resultaten (nog " + (matches.length - shown) + ")";
    }

    function apply(announce) {
      var filters = chosen();
      var names = Object.keys(filters);
      chosenNote.textContent = names.length ? "(" + names.length + " gekozen)" : "";
      var params = new URLSearchParams(filters).toString();
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, "", window.location.pathname + (params ? "?" + params : ""));
      }
      if (!names.length) {
        results.hidden = true;
        pages.hidden = false;
        list.textContent = "";
        if (announce) status.textContent = "Geen filter gekozen: de volledige lijst van " + data.interventies.length + " interventies staat hieronder.";
        return;
      }
      matches = data.interventies.filter(function (item) {
        return names.every(function (name) { return values(item, name).indexOf(filters[name]) !== -1; });
      });
      list.textContent = "";
      shown = 0;
      showMore();
      results.hidden = false;
      pages.hidden = true;
      status.textContent = matches.length === 0
        ? "Geen interventies gevonden. Kies minder filters."
        : matches.length + (matches.length === 1 ? " interventie gevonden." : " interventies gevonden.");
    }

    function ready() {
      data = window.netwerkleren && window.netwerkleren.interventies;
      if (!data) return failed();
      var cases = form.elements.casus;
      data.casussen.forEach(function (c) {
        var option = element("option", "", c.naam + " (" + c.instelling + ", " + c.jaar + ")");
        option.value = c.id;
        cases.appendChild(option);
      });
      var query = new URLSearchParams(window.location.search);
      var preset = false;
      FACETS.forEach(function (name) {
        var value = query.get(name);
        var select = form.elements[name];
        if (!value || !select) return;
        for (var i = 0; i < select.options.length; i++) {
          if (select.options[i].value === value) {
            select.value = value;
            preset = true;
          }
        }
      });
      if (preset && fold) fold.open = true;
      form.addEventListener("change", function () { apply(true); });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        apply(true);
      });
      form.addEventListener("reset", function () {
        window.setTimeout(function () { apply(true); }, 0);
      });
      more.addEventListener("click", showMore);
      apply(preset);
    }

    function failed() {
      status.textContent = "Het filter kon niet worden geladen; de volledige lijst staat hieronder.";
    }

    var script = document.createElement("script");
    script.src = root.getAttribute("data-data-url");
    script.onload = ready;
    script.onerror = failed;
    document.head.appendChild(script);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
