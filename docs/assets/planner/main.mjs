/* Netwerkleren: the werkplaatsplan (a planner for a werkplaats year).
 *
 * Without JavaScript the page is a blank planning form to print. With it, this script builds the planner from
 * the generated data file werkplaatsplan/gegevens.js (characteristics, principles, conditions and every
 * intervention, from the handbook's model). Plans are kept only in this browser (localStorage) and can be
 * exported and imported as a JSON file with a format version; older versions are migrated. The printouts
 * (plan, agenda per meeting, logbook) are rendered into #nl-plan-print; "Deel je ervaring" writes a draft case
 * file (YAML). Text from the data or from the user is only ever set as text or as attribute values.
 *
 * The modules in this folder are the source; scripts/bundle_planner.py joins them into docs/assets/planner.js,
 * the classic script the page loads (module scripts do not load from file://, the offline edition).
 */

import { data, useData } from "./catalog.mjs";
import { caseDraft, clean } from "./draft.mjs";
import { VERSION, readPlans } from "./model.mjs";
import { printing, renderPrint } from "./print.mjs";
import { render, view } from "./render.mjs";
import { activePlan, load, openStorage, readText, session } from "./storage.mjs";
import { quote } from "./yaml.mjs";

function init() {
  var root = document.getElementById("nl-planner");
  if (!root || root.getAttribute("data-nl-ready")) return;
  root.setAttribute("data-nl-ready", "1");
  view.app = document.getElementById("nl-planner-app");
  view.status = document.getElementById("nl-planner-status");
  printing.root = root;
  printing.node = document.getElementById("nl-plan-print");
  var blank = document.getElementById("nl-plan-blank");
  var footerNode = blank && blank.querySelector(".nl-print-footer");
  printing.colophon = footerNode ? footerNode.cloneNode(true) : null;

  function ready() {
    var loaded = window.netwerkleren && window.netwerkleren.werkplaatsplan;
    if (!loaded) return failed();
    useData(loaded);
    session.store = openStorage();
    var message = load();
    blank.hidden = true;
    view.app.hidden = false;
    root.classList.add("nl-planner--ready");
    render();
    if (message) view.status.textContent = message;
    // Printing from the browser's own menu prints the plan (or the printout chosen last).
    window.addEventListener("afterprint", function () {
      if (printing.kind !== "plan") {
        printing.kind = "plan";
        renderPrint(activePlan());
      }
    });
  }

  function failed() {
    view.status.textContent = "De planner kon niet worden geladen; hieronder staat het formulier om af te drukken.";
  }

  var script = document.createElement("script");
  script.src = root.getAttribute("data-data-url");
  script.onload = ready;
  script.onerror = failed;
  document.head.appendChild(script);
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();

  /* For tests and for whoever reads the code: the pure parts, without the page. */
  window.netwerkleren = window.netwerkleren || {};
  window.netwerkleren.planner = {
    VERSION: VERSION,
    readPlans: function (raw) { return readPlans(raw); },
    readText: function (textValue) { return readText(textValue); },
    caseDraft: function () { return caseDraft(activePlan()); },
    clean: function (value) { return clean(value); },
    quote: quote,
    data: function () { return data; }
  };
}
