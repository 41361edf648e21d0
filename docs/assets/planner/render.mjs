/* The planner on screen: every step, its controls, and the messages next to the control that caused them
   (each in its own aria-live region). Every change goes through `changed`, which saves and renders again. */

import {
  characteristicIndex, data, handbookItem, interventionsByPrinciple, keyOf, meetingLabel, origin, originOf,
  principleIndex, principleName, snapshotOf, titleOf
} from "./catalog.mjs";
import { moveChecklist } from "./checklists.mjs";
import { el, text } from "./dom.mjs";
import { caseDraft, fill } from "./draft.mjs";
import {
  LIMITS, PlanError, RECORDS, STATUS_LABELS, applyImport, importChanges, newPlan, placeByPhases, moveMoments,
  spreadMoments, stamp
} from "./model.mjs";
import { printing, renderPrint } from "./print.mjs";
import { activePlan, readText, save, serialise, session } from "./storage.mjs";
import { count, formatDate, joinDutch, thousands } from "./text.mjs";

const BATCH = 8;

export const view = {
  app: null,
  status: null,
  shownPerPrinciple: {},
  openDetails: {},
  ownDrafts: {},
  message: null,       // { slot, text }: the last message, shown next to its control
  fresh: false,        // the message is new: announce it after rendering
  saveProblem: "",     // a failed save: stays until the user acts
  pendingImport: null, // an import that would replace plans here, waiting for an answer
  undo: null,          // the plans before the last import: one step back
  exportChoice: "deze" // export this werkplaats ("deze") or all ("alle")
};

/* ---------- messages ---------- */

export function say(slot, message) {
  view.message = { slot: slot, text: message };
  view.fresh = true;
  showMessage();
}

function slot(name) {
  return el("p", { className: "nl-planner__msg", id: "nl-plan-melding-" + name, role: "status", "aria-live": "polite" });
}

function showMessage() {
  var m = view.message;
  if (!m) return;
  var node = document.getElementById("nl-plan-melding-" + m.slot);
  if (!node) {
    node = view.status;
  }
  if (view.fresh) {
    view.fresh = false;
    node.textContent = "";
    window.setTimeout(function () {
      var again = document.getElementById("nl-plan-melding-" + m.slot) || view.status;
      again.textContent = m.text;
    }, 30);
  } else {
    node.textContent = m.text;
  }
}

/* ---------- saving and rendering ---------- */

function store() {
  var problem = save();
  if (problem) view.saveProblem = problem;
  else if (view.saveProblem && session.store) view.saveProblem = "";
  return !problem;
}

function touch(p) {
  p.bewerkt = stamp();
}

export function changed(message, where, plan) {
  touch(plan || activePlan());
  store();
  render();
  if (message) say(where || "werkplaats", message);
}

export function render() {
  var focused = document.activeElement && document.activeElement.id;
  var p = activePlan();
  var app = view.app;
  app.textContent = "";
  app.appendChild(renderPlans());
  app.appendChild(renderBasics(p));
  app.appendChild(renderFocus(p));
  app.appendChild(renderInterventions(p));
  app.appendChild(renderMeetings(p));
  app.appendChild(renderMonitoring(p));
  app.appendChild(renderLogbook(p));
  app.appendChild(renderOutputs(p));
  app.appendChild(renderSaveProblem());
  renderPrint(p);
  if (view.message && !view.fresh) showMessage();
  if (focused) {
    var again = document.getElementById(focused);
    if (again && again !== document.activeElement) again.focus({ preventScroll: true });
  }
}

/* A failed save, at the bottom of the screen until the user does something about it. */
function renderSaveProblem() {
  var box = el("div", { className: "nl-planner__alert", id: "nl-plan-opslag", role: "alert", hidden: !view.saveProblem });
  if (!view.saveProblem) return box;
  box.appendChild(el("p", { text: view.saveProblem }));
  box.appendChild(el("div", { className: "nl-toolbar" }, [
    button("Exporteer alle werkplaatsen", function () { exportFile("alle"); view.saveProblem = ""; render(); }, { id: "nl-plan-opslag-export", primary: true }),
    button("Opnieuw bewaren", function () {
      store();
      render();
      if (!view.saveProblem) say("werkplaats", "Je plannen zijn nu bewaard in deze browser.");
    }, { id: "nl-plan-opslag-opnieuw" }),
    button("Begrepen", function () { view.saveProblem = ""; render(); }, { id: "nl-plan-opslag-sluit" })
  ]));
  return box;
}

/* ---------- building blocks ---------- */

/* A disclosure that stays open or closed across re-rendering. */
function details(id, summary, className) {
  var node = el("details", { id: id, className: className, open: !!view.openDetails[id] }, [el("summary", { text: summary })]);
  node.addEventListener("toggle", function () { view.openDetails[id] = node.open; });
  return node;
}

function section(id, title, intro) {
  var s = el("section", { className: "nl-planner__step", id: id, "aria-labelledby": id + "-kop" });
  s.appendChild(el("h2", { id: id + "-kop", text: title }));
  if (intro) s.appendChild(el("p", { className: "nl-planner__intro", text: intro }));
  return s;
}

/* The case's own words, quoted and attributed: never a paraphrase. */
function fromCase(words) {
  return el("p", { className: "nl-planner__case" }, [
    el("span", { className: "nl-card__label", text: "Uit de casus van Iselinge Hogeschool (2021-2022):" }),
    text(" "),
    el("q", { text: words })
  ]);
}

function checkbox(id, label, checked, onchange, extra) {
  var input = el("input", { type: "checkbox", id: id, checked: checked });
  input.addEventListener("change", function () { onchange(input.checked); });
  var wrap = el("div", { className: "nl-planner__check" }, [input, el("label", { for: id }, [label])]);
  if (extra) wrap.appendChild(extra);
  return wrap;
}

/* A text field with a cap: longer text is not taken (and said, with the numbers) until it fits. */
function textField(id, label, value, oninput, options) {
  options = options || {};
  var max = options.max || LIMITS.short;
  var hint = options.hint ? id + "-hint" : null;
  var input = el(options.multiline ? "textarea" : "input", {
    id: id,
    type: options.multiline ? undefined : options.type || "text",
    autocomplete: "off",
    rows: options.multiline ? options.rows || 3 : undefined,
    placeholder: options.placeholder,
    inputmode: options.inputmode,
    "aria-describedby": [hint, id + "-fout"].filter(Boolean).join(" ")
  });
  input.value = value || "";
  var problem = el("span", { className: "nl-planner__error", id: id + "-fout", "aria-live": "polite" });
  input.addEventListener("input", function () {
    var length = input.value.length;
    if (options.type !== "number" && length > max) {
      input.setAttribute("aria-invalid", "true");
      problem.textContent = "Te lang: " + thousands(length) + " tekens, hoogstens " + thousands(max) + ". Dit veld wordt pas bewaard als het korter is.";
      return;
    }
    if (input.hasAttribute("aria-invalid")) {
      input.removeAttribute("aria-invalid");
      problem.textContent = "";
    }
    oninput(input.value);
    if (!options.noSave) {
      touch(activePlan());
      store();
      var alert = document.getElementById("nl-plan-opslag");
      if (alert && !!view.saveProblem === alert.hidden) render();
    }
  });
  if (options.onchange) input.addEventListener("change", options.onchange);
  if (options.onfocus) input.addEventListener("focus", options.onfocus);
  return el("div", { className: "nl-planner__field" }, [
    el("label", { for: id, text: label }),
    hint ? el("span", { className: "nl-planner__hint", id: hint, text: options.hint }) : null,
    input,
    problem
  ]);
}

function button(label, onclick, options) {
  options = options || {};
  return el("button", {
    type: "button",
    className: "md-button" + (options.primary ? " md-button--primary" : ""),
    id: options.id,
    "aria-describedby": options.describedby,
    onclick: onclick
  }, [label]);
}

function planLabel(p, n) {
  var name = p.naam || "Werkplaats zonder naam " + n;
  var parts = [];
  if (p.thema) parts.push(p.thema);
  parts.push(count(p.karakteristieken.length, "karakteristiek", "karakteristieken"));
  parts.push(count(p.interventies.length, "interventie", "interventies"));
  return name + " (" + parts.join(", ") + ")";
}

/* ---------- step 0: the werkplaatsen, export and import ---------- */

function renderPlans() {
  var s = section("nl-plan-werkplaatsen", "Je werkplaatsen",
    "Maak een plan per werkplaats. Kies hier aan welke werkplaats je werkt; de rest van de pagina toont die werkplaats.");
  var set = el("fieldset", { className: "nl-planner__plans" }, [el("legend", { text: "Werkplaats om aan te werken" })]);
  session.plans.forEach(function (p, i) {
    var id = "nl-plan-kies-" + p.id;
    var input = el("input", { type: "radio", name: "nl-plan-kies", id: id, value: p.id, checked: p.id === session.active });
    input.addEventListener("change", function () {
      if (!input.checked) return;
      session.active = p.id;
      store();
      render();
      say("werkplaats", "Je werkt nu aan " + (p.naam || "de werkplaats zonder naam") + ".");
    });
    set.appendChild(el("div", { className: "nl-planner__check" }, [input, el("label", { for: id, "data-nl-plan-label": p.id, text: planLabel(p, i + 1) })]));
  });
  s.appendChild(set);
  if (session.plans.length > 1) s.appendChild(comparison());
  s.appendChild(el("div", { className: "nl-toolbar nl-planner__toolbar" }, [
    button("Nieuwe werkplaats", function () {
      if (session.plans.length >= LIMITS.plans) {
        say("werkplaats", "Er zijn al " + session.plans.length + " werkplaatsen; het handboek bewaart er hoogstens " + LIMITS.plans + ". Verwijder eerst een werkplaats.");
        return;
      }
      var p = newPlan("", session.plans.map(function (q) { return q.id; }));
      session.plans.push(p);
      session.active = p.id;
      changed("Nieuwe werkplaats gemaakt. Geef haar hieronder een naam.", "werkplaats", p);
      document.getElementById("nl-plan-naam").focus();
    }, { id: "nl-plan-nieuw", primary: true }),
    button("Deze werkplaats verwijderen", function () {
      var p = activePlan();
      if (!window.confirm("Werkplaats '" + (p.naam || "zonder naam") + "' verwijderen? Ook haar vinkjes in de checklists gaan weg. Dit kan niet ongedaan worden.")) return;
      session.plans = session.plans.filter(function (q) { return q.id !== p.id; });
      if (!session.plans.length) session.plans.push(newPlan(""));
      session.active = session.plans[0].id;
      var problem = moveChecklist(session.store, p.naam, "");
      changed("Werkplaats verwijderd." + (problem ? " " + problem : ""), "werkplaats", activePlan());
    }, { id: "nl-plan-verwijder" })
  ]));
  s.appendChild(slot("werkplaats"));
  s.appendChild(renderFiles());
  if (!session.store) {
    s.appendChild(el("p", { className: "nl-planner__warning", text: "Deze browser bewaart niets: exporteer je plan als bestand voordat je de pagina sluit." }));
  }
  return s;
}

function renderFiles() {
  var box = el("div", { className: "nl-planner__files" });
  var which = el("select", { id: "nl-plan-export-wat" }, [
    el("option", { value: "deze", text: "Alleen deze werkplaats" }),
    el("option", { value: "alle", text: "Alle werkplaatsen (" + session.plans.length + ")" })
  ]);
  which.value = view.exportChoice || "deze";
  which.addEventListener("change", function () { view.exportChoice = which.value; });
  var fileInput = el("input", { type: "file", id: "nl-plan-import", accept: ".json,application/json", className: "nl-planner__file" });
  // The native file control speaks the browser's language; a button-like label says what it does.
  fileInput.addEventListener("change", function () { importFile(fileInput); });
  box.appendChild(el("div", { className: "nl-toolbar" }, [
    el("div", { className: "nl-planner__field" }, [el("label", { for: "nl-plan-export-wat", text: "Exporteren" }), which]),
    button("Exporteer als bestand (JSON)", function () { exportFile(which.value); }, { id: "nl-plan-export" }),
    el("span", { className: "nl-planner__import" }, [
      fileInput,
      el("label", { for: "nl-plan-import", className: "md-button", text: "Importeer een bestand (JSON)" })
    ]),
    view.undo ? button("Import ongedaan maken", undoImport, { id: "nl-plan-ongedaan" }) : null
  ]));
  box.appendChild(slot("bestand"));
  if (view.pendingImport) box.appendChild(renderPending(view.pendingImport));
  return box;
}

function when(iso) {
  if (!iso) return "onbekend";
  var d = new Date(iso);
  function two(n) { return (n < 10 ? "0" : "") + n; }
  return d.getDate() + "-" + (d.getMonth() + 1) + "-" + d.getFullYear() + " " + two(d.getHours()) + ":" + two(d.getMinutes());
}

/* What an import would change, and the question before it replaces plans here. */
function renderPending(pending) {
  var c = pending.changes;
  var box = el("div", { className: "nl-planner__confirm", id: "nl-plan-import-vraag", role: "group", "aria-labelledby": "nl-plan-import-vraag-kop" });
  box.appendChild(el("h3", { id: "nl-plan-import-vraag-kop", tabindex: "-1", text: "Wat de import verandert" }));
  var list = el("ul");
  c.added.forEach(function (p) { list.appendChild(el("li", { text: "Nieuw: " + (p.naam || "werkplaats zonder naam") })); });
  c.replaced.forEach(function (r) {
    var note = r.newer === "browser" ? "let op: je plan hier is nieuwer (bewerkt " + when(r.here.bewerkt) + ") dan dat in het bestand (" + when(r.incoming.bewerkt) + ")"
      : r.newer === "bestand" ? "het bestand is nieuwer (bewerkt " + when(r.incoming.bewerkt) + ") dan je plan hier (" + when(r.here.bewerkt) + ")"
      : "welke nieuwer is, is niet bekend";
    list.appendChild(el("li", { text: "Vervangt: " + (r.here.naam || "werkplaats zonder naam") + " (" + note + ")" }));
  });
  if (c.unchanged.length) list.appendChild(el("li", { text: count(c.unchanged.length, "werkplaats is", "werkplaatsen zijn") + " al gelijk." }));
  box.appendChild(list);
  box.appendChild(el("p", { text: "Vervangen werk is daarna alleen terug te halen met 'Import ongedaan maken' (één stap terug)." }));
  box.appendChild(el("div", { className: "nl-toolbar" }, [
    button("Importeren en vervangen", function () {
      view.pendingImport = null;
      applyRead(pending.read, pending.changes);
    }, { id: "nl-plan-import-ja", primary: true }),
    button("Niet importeren", function () {
      view.pendingImport = null;
      render();
      say("bestand", "Niet geïmporteerd; je plannen zijn niet veranderd.");
      var input = document.getElementById("nl-plan-import");
      if (input) input.focus();
    }, { id: "nl-plan-import-nee" })
  ]));
  return box;
}

/* The werkplaatsen side by side: what each works on, and how far its plan is. */
function comparison() {
  var table = el("table", { className: "nl-planner__compare" }, [
    el("caption", { text: "Je werkplaatsen naast elkaar" }),
    el("thead", {}, [el("tr", {}, ["Werkplaats", "Karakteristieken", "Ontwerpprincipes", "Interventies (gepland)", "Bijeenkomsten"].map(function (h) {
      return el("th", { scope: "col", text: h });
    }))])
  ]);
  var body = el("tbody");
  session.plans.forEach(function (p, i) {
    var planned = p.interventies.filter(function (e) { return e.bijeenkomsten.length; }).length;
    body.appendChild(el("tr", {}, [
      el("th", { scope: "row", text: (p.naam || "Werkplaats zonder naam " + (i + 1)) + (p.thema ? " (" + p.thema + ")" : "") }),
      el("td", { text: p.karakteristieken.map(function (cid) { return data.karakteristieken[characteristicIndex(cid)].naam; }).join("; ") || "\u2013" }),
      el("td", { text: p.principes.map(principleName).join("; ") || "\u2013" }),
      el("td", { text: p.interventies.length + " (" + planned + ")" }),
      el("td", { text: String(p.bijeenkomsten.aantal) })
    ]));
  });
  table.appendChild(body);
  return el("div", { className: "nl-planner__compare-wrap", tabindex: "0", role: "region", "aria-label": "Je werkplaatsen naast elkaar" }, [table]);
}

/* ---------- step 1 ---------- */

function renderBasics(p) {
  var s = section("nl-plan-basis", "1. De werkplaats");
  var set = el("fieldset", {}, [el("legend", { text: "Naam en thema" })]);
  var nameBefore = p.naam;
  function update(field) {
    return function (value) {
      p[field] = value;
      var label = document.querySelector('[data-nl-plan-label="' + p.id + '"]');
      if (label) label.textContent = planLabel(p, session.plans.indexOf(p) + 1);
    };
  }
  set.appendChild(textField("nl-plan-naam", "Naam van de werkplaats", p.naam, update("naam"), {
    onfocus: function () { nameBefore = p.naam; },
    onchange: function () {
      // The checklists keep ticks per werkplaats name: they move with a new name.
      var problem = moveChecklist(session.store, nameBefore, p.naam);
      nameBefore = p.naam;
      if (problem) say("naam", problem);
    }
  }));
  set.appendChild(slot("naam"));
  set.appendChild(textField("nl-plan-thema", "Thema", p.thema, update("thema")));
  set.appendChild(textField("nl-plan-instelling", "Opleiding of hogeschool", p.instelling, update("instelling")));
  set.appendChild(textField("nl-plan-studiejaar", "Studiejaar", p.studiejaar, update("studiejaar"), { hint: "Bijvoorbeeld 2025-2026.", inputmode: "numeric" }));
  set.appendChild(textField("nl-plan-projectleider", "Projectleider", p.projectleider, update("projectleider")));
  s.appendChild(set);
  return s;
}

/* ---------- step 2 ---------- */

function renderFocus(p) {
  var s = section("nl-plan-focus", "2. Karakteristieken en ontwerpprincipes",
    "Kies de karakteristieken waar de werkplaats dit jaar aan werkt, en per karakteristiek de ontwerpprincipes.");
  s.appendChild(fromCase("Op Iselinge Hogeschool zijn in studiejaar 2021-2022 acht werkplaatsen aan de slag gegaan met de ontwerpprincipes bij de karakteristieken: \u2018Ontwerpgerichte aanpak\u2019 en \u2018Diversiteit en gelijkwaardigheid\u2019 (zie Tabel 1), omdat deze bij uitstek passen bij de vormgeving van netwerkleren binnen de AWOG."));
  var set = el("fieldset", {}, [el("legend", { text: "Karakteristieken in focus" })]);
  data.karakteristieken.forEach(function (c) {
    var on = p.karakteristieken.indexOf(c.id) !== -1;
    var nested = null;
    if (on) {
      nested = el("fieldset", { className: "nl-planner__nested" }, [el("legend", { text: "Ontwerpprincipes bij " + c.naam })]);
      c.principes.forEach(function (i) {
        var pr = data.principes[i];
        var n = (interventionsByPrinciple[pr.id] || []).length;
        nested.appendChild(checkbox("nl-plan-principe-" + pr.id, el("span", {}, [
          el("strong", { text: pr.kort }),
          text(": " + pr.tekst + " "),
          el("span", { className: "nl-planner__meta", text: "(" + count(n, "interventie", "interventies") + " uit de praktijk)" })
        ]), p.principes.indexOf(pr.id) !== -1, function (checked) {
          togglePrinciple(p, pr.id, checked);
        }));
      });
    }
    set.appendChild(checkbox("nl-plan-karakteristiek-" + c.id, c.nummer + ". " + c.naam, on, function (checked) {
      if (checked) p.karakteristieken.push(c.id);
      else {
        p.karakteristieken = p.karakteristieken.filter(function (id) { return id !== c.id; });
        c.principes.forEach(function (i) { togglePrinciple(p, data.principes[i].id, false, true); });
      }
      changed(checked ? "Karakteristiek " + c.naam + " gekozen: kies de ontwerpprincipes eronder." : "Karakteristiek " + c.naam + " niet meer gekozen.", "focus");
    }, nested));
  });
  s.appendChild(set);
  s.appendChild(slot("focus"));
  return s;
}

function togglePrinciple(p, id, on, quiet) {
  if (on && p.principes.indexOf(id) === -1) p.principes.push(id);
  if (!on) {
    p.principes = p.principes.filter(function (x) { return x !== id; });
    p.interventies.forEach(function (entry) { entry.principes = entry.principes.filter(function (x) { return x !== id; }); });
    p.interventies = p.interventies.filter(function (entry) { return entry.principes.length; });
  }
  if (!quiet) changed(on ? "Ontwerpprincipe " + principleName(id) + " gekozen." : "Ontwerpprincipe " + principleName(id) + " niet meer gekozen.", "focus");
}

/* ---------- step 3 ---------- */

function picked(p, key) {
  for (var i = 0; i < p.interventies.length; i++) if (p.interventies[i].sleutel === key) return p.interventies[i];
  return null;
}

/* Pick or drop; false (nothing changed) when the plan already has the most interventions it can hold. */
function pick(p, key, principleId, on, make) {
  var entry = picked(p, key);
  if (on) {
    if (!entry) {
      if (p.interventies.length >= LIMITS.interventions) return false;
      entry = make();
      p.interventies.push(entry);
    }
    if (entry.principes.indexOf(principleId) === -1) entry.principes.push(principleId);
  } else if (entry) {
    entry.principes = entry.principes.filter(function (x) { return x !== principleId; });
    if (!entry.principes.length) p.interventies = p.interventies.filter(function (e) { return e !== entry; });
  }
  return true;
}

function full(pid) {
  say("eigen-" + pid, "Dit plan heeft al " + LIMITS.interventions + " interventies, het meeste dat het handboek bewaart. Haal er eerst een weg.");
}

function interventionMeta(item, principleIdx) {
  var c = data.casussen[item.s];
  var meta = el("span", { className: "nl-planner__meta" });
  meta.appendChild(el("span", { className: "nl-card__label", text: "Casus:" }));
  meta.appendChild(text(" "));
  meta.appendChild(el("a", { href: siteUrl(c.url) + "#" + item.a, text: c.titel }));
  meta.appendChild(text(" (" + c.instelling + ", " + c.jaar + ")"));
  if (item.f.length) meta.appendChild(text(" \u00b7 Fase: " + item.f.map(function (f) { return data.fasen[f].toLowerCase(); }).join(", ")));
  if (item.r.length) meta.appendChild(text(" \u00b7 Wie: " + item.r.map(function (r) { return data.rollen[r].toLowerCase(); }).join(", ")));
  meta.appendChild(text(" \u00b7 "));
  meta.appendChild(el("span", { className: origin(item, principleIdx) ? "" : "nl-editorial", text: origin(item, principleIdx) ? "Koppeling volgens de bron" : "Redactionele koppeling" }));
  if (item.v.length) {
    meta.appendChild(text(" \u00b7 Motivatievoorwaarden: "));
    item.v.forEach(function (link, n) {
      var v = data.voorwaarden[link[0]];
      if (n) meta.appendChild(text(", "));
      meta.appendChild(el("a", { href: siteUrl(v.url), text: v.nummer + ". " + v.naam }));
      if (!link[1]) meta.appendChild(el("span", { className: "nl-editorial", text: " (redactie)" }));
    });
  }
  return meta;
}

export function siteUrl(path) {
  return new URL(path, new URL(printing.root.getAttribute("data-site-root") || "./", window.location.href)).href;
}

function renderInterventions(p) {
  var s = section("nl-plan-interventies", "3. Interventies per ontwerpprincipe",
    "Kies bij elk principe interventies uit de casussen van het handboek, of schrijf je eigen. Een interventie die je bij twee principes kiest, staat één keer in je plan.");
  if (!p.principes.length) {
    s.appendChild(el("p", { className: "nl-empty", text: "Kies eerst bij stap 2 een of meer ontwerpprincipes." }));
    return s;
  }
  p.principes.forEach(function (pid) {
    var pi = principleIndex(pid);
    var pr = data.principes[pi];
    var items = interventionsByPrinciple[pid] || [];
    var set = el("fieldset", { className: "nl-planner__principle", id: "nl-plan-bij-" + pid }, [
      el("legend", {}, [el("a", { href: siteUrl(pr.url), text: pr.kort })])
    ]);
    set.appendChild(el("p", { className: "nl-planner__principle-text", text: pr.tekst }));
    var shown = Math.max(BATCH, view.shownPerPrinciple[pid] || 0);
    var list = el("ul", { className: "nl-planner__list" });
    items.forEach(function (item, n) {
      var key = keyOf(item);
      var entry = picked(p, key);
      var on = !!(entry && entry.principes.indexOf(pid) !== -1);
      if (n >= shown && !on) return;
      list.appendChild(el("li", {}, [checkbox("nl-plan-kies-" + pid + "--" + key.replace("/", "--"), item.t, on, function (checked) {
        var ok = pick(p, key, pid, checked, function () {
          return { sleutel: key, eigen: null, momentopname: snapshotOf(item), principes: [], bijeenkomsten: [], rollen: item.r.slice(), wie: "" };
        });
        if (!ok) { render(); full(pid); return; }
        changed(checked ? "Interventie " + item.t + " gekozen bij " + pr.kort + ". Zet haar bij stap 4 op de bijeenkomsten." : "Interventie " + item.t + " niet meer gekozen bij " + pr.kort + ".", "eigen-" + pid);
      }, interventionMeta(item, pi))]));
    });
    p.interventies.forEach(function (entry) {
      if (!entry.eigen || entry.principes.indexOf(pid) === -1) return;
      list.appendChild(el("li", {}, [checkbox("nl-plan-kies-" + pid + "--" + entry.sleutel, entry.eigen.titel || "Eigen interventie", true, function (checked) {
        pick(p, entry.sleutel, pid, checked);
        changed("Eigen interventie " + (entry.eigen.titel || "") + " niet meer gekozen bij " + pr.kort + ".", "eigen-" + pid);
      }, el("span", { className: "nl-planner__meta", text: "Eigen interventie" + (entry.eigen.wat ? ": " + entry.eigen.wat : "") + " (aan te passen bij stap 4)" }))]));
    });
    if (!items.length) set.appendChild(el("p", { className: "nl-empty", text: "Er is nog geen interventie uit de praktijk aan dit principe gekoppeld. Schrijf je eigen." }));
    set.appendChild(list);
    if (items.length > shown) {
      set.appendChild(button("Toon meer interventies (nog " + (items.length - shown) + ")", function () {
        view.shownPerPrinciple[pid] = shown + BATCH;
        render();
        say("eigen-" + pid, "Meer interventies bij " + pr.kort + " getoond.");
      }, { id: "nl-plan-meer-" + pid }));
    }
    set.appendChild(ownForm(p, pid, pr));
    set.appendChild(slot("eigen-" + pid));
    s.appendChild(set);
  });
  return s;
}

/* Writing an own intervention: what is typed stays when other boxes are ticked before it is added. */
function ownForm(p, pid, pr) {
  var draft = view.ownDrafts[pid] = view.ownDrafts[pid] || { titel: "", wat: "" };
  var box = details("nl-plan-eigen-" + pid, "Eigen interventie bij " + pr.kort + " schrijven", "nl-planner__own");
  box.appendChild(textField("nl-plan-eigen-titel-" + pid, "Titel van je interventie", draft.titel, function (v) { draft.titel = v; }, { noSave: true }));
  box.appendChild(textField("nl-plan-eigen-wat-" + pid, "Wat doe je? (optioneel)", draft.wat, function (v) { draft.wat = v; }, { multiline: true, rows: 2, max: LIMITS.long, noSave: true }));
  box.appendChild(button("Eigen interventie toevoegen", function () {
    var t = draft.titel.trim();
    if (!t) {
      say("eigen-" + pid, "Geef je interventie eerst een titel.");
      document.getElementById("nl-plan-eigen-titel-" + pid).focus();
      return;
    }
    if (p.interventies.length >= LIMITS.interventions) return full(pid);
    var n = 1;
    while (picked(p, "eigen-" + n)) n += 1;
    p.interventies.push({
      sleutel: "eigen-" + n, eigen: { titel: t, wat: draft.wat.trim() }, momentopname: null,
      principes: [pid], bijeenkomsten: [], rollen: [], wie: ""
    });
    view.ownDrafts[pid] = { titel: "", wat: "" };
    changed("Eigen interventie " + t + " toegevoegd bij " + pr.kort + ".", "eigen-" + pid);
    var added = document.getElementById("nl-plan-kies-" + pid + "--eigen-" + n);
    if (added) added.focus();
  }, { id: "nl-plan-eigen-toevoegen-" + pid }));
  return box;
}

/* ---------- step 4 ---------- */

function numberField(id, label, value, low, high, apply, where) {
  var field = textField(id, label, String(value), function () {}, {
    type: "number",
    noSave: true,
    onchange: function (event) {
      var raw = String(event.target.value).trim();
      var n = /^\d{1,6}$/.test(raw) ? parseInt(raw, 10) : NaN;
      if (!(n >= low && n <= high)) {
        event.target.value = String(value);
        say(where, "Kies een getal van " + low + " tot en met " + high + (raw ? " (niet " + raw + ")" : "") + "; het blijft " + value + ".");
        return;
      }
      apply(n);
    }
  });
  var input = field.querySelector("input");
  input.min = String(low);
  input.max = String(high);
  return field;
}

function renderMeetings(p) {
  var total = p.bijeenkomsten.aantal;
  var s = section("nl-plan-bijeenkomsten", "4. De bijeenkomsten van het jaar",
    "Zet elke gekozen interventie op de bijeenkomsten waar je haar doet, en kies wie haar uitvoert. De eerste bijeenkomst is de start, de laatste het einde.");
  s.appendChild(numberField("nl-plan-aantal", "Aantal bijeenkomsten", total, 1, LIMITS.meetings, function (n) {
    var before = p.bijeenkomsten.aantal;
    p.bijeenkomsten.aantal = n;
    p.bijeenkomsten.data = p.bijeenkomsten.data.slice(0, n);
    var dropped = 0;
    p.interventies.forEach(function (e) {
      var kept = e.bijeenkomsten.filter(function (m) { return m <= n; });
      dropped += e.bijeenkomsten.length - kept.length;
      e.bijeenkomsten = kept;
    });
    p.logboek.momenten = moveMoments(p.logboek.momenten, before, n);
    changed("Het jaar heeft nu " + count(n, "bijeenkomst", "bijeenkomsten") + "; de logboekmomenten staan na bijeenkomst " +
      joinDutch(p.logboek.momenten.map(function (m) { return String(m.na); })) + "." +
      (dropped ? " " + count(dropped, "plaatsing op een bijeenkomst", "plaatsingen op bijeenkomsten") + " na de laatste " + (dropped === 1 ? "is" : "zijn") + " weggehaald." : ""), "aantal");
  }, "aantal"));
  s.appendChild(slot("aantal"));

  var dates = details("nl-plan-data", "Data van de bijeenkomsten (optioneel)", "nl-planner__dates");
  for (var n = 1; n <= total; n++) {
    (function (n) {
      dates.appendChild(textField("nl-plan-datum-" + n, meetingLabel(n, total), p.bijeenkomsten.data[n - 1] || "", function (value) {
        while (p.bijeenkomsten.data.length < n) p.bijeenkomsten.data.push("");
        p.bijeenkomsten.data[n - 1] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : "";
      }, { type: "date" }));
    })(n);
  }
  s.appendChild(dates);

  if (!p.interventies.length) {
    s.appendChild(el("p", { className: "nl-empty", text: "Kies eerst bij stap 3 interventies." }));
    return s;
  }
  s.appendChild(el("div", { className: "nl-toolbar" }, [button("Plaats wat nog nergens staat volgens de fasen uit de casussen", function () {
    var placed = placeByPhases(p);
    changed(placed ? count(placed, "interventie", "interventies") + " geplaatst: start op bijeenkomst 1, einde op de laatste, 'tijdens' elk op één bijeenkomst ertussen. Pas het aan waar nodig." : "Er was niets te plaatsen.", "fasen");
  }, { id: "nl-plan-plaats-fasen" })]));
  s.appendChild(slot("fasen"));

  p.interventies.forEach(function (entry, i) {
    var slug = "nl-plan-int-" + i;
    var set = el("fieldset", { className: "nl-planner__placing", id: slug }, [el("legend", { text: titleOf(entry) })]);
    set.appendChild(el("p", { className: "nl-planner__meta", text: "Uit: " + originOf(entry) + " \u00b7 Bij: " + entry.principes.map(principleName).join(", ") }));
    if (entry.eigen) {
      // An own intervention can be changed here.
      set.appendChild(textField(slug + "-titel", "Titel van je eigen interventie", entry.eigen.titel, function (v) {
        entry.eigen.titel = v;
        set.querySelector("legend").textContent = titleOf(entry);
      }));
      set.appendChild(textField(slug + "-wat", "Wat doe je?", entry.eigen.wat, function (v) { entry.eigen.wat = v; }, { multiline: true, rows: 2, max: LIMITS.long }));
    }
    var meetings = el("fieldset", { className: "nl-planner__nested nl-planner__inline" }, [el("legend", { text: "Op welke bijeenkomsten?" })]);
    for (var m = 1; m <= total; m++) {
      (function (m) {
        meetings.appendChild(checkbox(slug + "-bijeenkomst-" + m, meetingLabel(m, total), entry.bijeenkomsten.indexOf(m) !== -1, function (checked) {
          if (checked) entry.bijeenkomsten.push(m);
          else entry.bijeenkomsten = entry.bijeenkomsten.filter(function (x) { return x !== m; });
          entry.bijeenkomsten.sort(function (a, b) { return a - b; });
          changed(titleOf(entry) + (checked ? " staat op bijeenkomst " + m + "." : " staat niet meer op bijeenkomst " + m + "."), "int-" + i);
        }));
      })(m);
    }
    set.appendChild(meetings);
    var roles = el("fieldset", { className: "nl-planner__nested nl-planner__inline" }, [el("legend", { text: "Wie voert het uit?" })]);
    Object.keys(data.rollen).forEach(function (role) {
      roles.appendChild(checkbox(slug + "-rol-" + role, data.rollen[role], entry.rollen.indexOf(role) !== -1, function (checked) {
        if (checked) entry.rollen.push(role);
        else entry.rollen = entry.rollen.filter(function (x) { return x !== role; });
        entry.rollen = Object.keys(data.rollen).filter(function (r) { return entry.rollen.indexOf(r) !== -1; });
        changed();
      }));
    });
    set.appendChild(roles);
    set.appendChild(textField(slug + "-wie", "Wie precies (optioneel, alleen op je eigen afdruk)", entry.wie, function (value) { entry.wie = value; }));
    set.appendChild(slot("int-" + i));
    s.appendChild(set);
  });

  var overview = el("ol", { className: "nl-planner__year" });
  for (var k = 1; k <= total; k++) {
    var here = p.interventies.filter(function (e) { return e.bijeenkomsten.indexOf(k) !== -1; });
    overview.appendChild(el("li", {}, [
      el("strong", { text: meetingLabel(k, total) + (p.bijeenkomsten.data[k - 1] ? ", " + formatDate(p.bijeenkomsten.data[k - 1]) : "") + ": " }),
      text(here.length ? here.map(titleOf).join("; ") : "nog geen interventie")
    ]));
  }
  s.appendChild(el("h3", { text: "Het jaar in één oogopslag" }));
  s.appendChild(overview);
  return s;
}

/* ---------- step 5 ---------- */

function renderMonitoring(p) {
  var total = p.bijeenkomsten.aantal;
  var s = section("nl-plan-monitoring", "5. Het logboek plannen",
    "Kies hoe vaak je het logboek invult, na welke bijeenkomsten, en wat je vastlegt.");
  s.appendChild(fromCase("Het succes van die interventies is gevolgd middels een logboek dat twee keer werd ingevuld door de projectleiders en met de projectleiders werd besproken. Daarnaast zijn van alle werkplaatsbijeenkomsten geluidsopnamen gemaakt."));
  s.appendChild(numberField("nl-plan-momenten", "Aantal logboekmomenten", p.logboek.momenten.length, 1, LIMITS.moments, function (n) {
    p.logboek.momenten = spreadMoments(total, n);
    changed("Het logboek heeft nu " + count(n, "moment", "momenten") + ", verdeeld over het jaar: na bijeenkomst " +
      joinDutch(p.logboek.momenten.map(function (m) { return String(m.na); })) + ".", "momenten");
  }, "momenten"));
  s.appendChild(slot("momenten"));
  p.logboek.momenten.forEach(function (moment, i) {
    var id = "nl-plan-moment-" + (i + 1);
    var select = el("select", { id: id });
    for (var m = 1; m <= total; m++) {
      var option = el("option", { value: String(m), text: meetingLabel(m, total) });
      if (m === moment.na) option.selected = true;
      select.appendChild(option);
    }
    select.addEventListener("change", function () {
      moment.na = Math.min(total, Math.max(1, parseInt(select.value, 10) || total));
      changed("Logboekmoment " + (i + 1) + " staat na bijeenkomst " + moment.na + ".", "momenten");
    });
    s.appendChild(el("div", { className: "nl-planner__field" }, [el("label", { for: id, text: "Logboekmoment " + (i + 1) + ": na" }), select]));
  });
  var set = el("fieldset", {}, [el("legend", { text: "Wat leg je vast?" })]);
  set.appendChild(el("p", { className: "nl-planner__meta", "data-redactie": "" }, [
    el("span", { className: "nl-editorial", text: "Redactie:" }),
    text(" suggesties van de redactie van het handboek voor wat een logboek vastlegt.")
  ]));
  RECORDS.forEach(function (r) {
    set.appendChild(checkbox("nl-plan-vastleggen-" + r.id, el("span", { "data-redactie": "" }, [text(r.label)]), p.logboek.vastleggen.indexOf(r.id) !== -1, function (checked) {
      if (checked) p.logboek.vastleggen.push(r.id);
      else p.logboek.vastleggen = p.logboek.vastleggen.filter(function (x) { return x !== r.id; });
      changed();
    }));
  });
  set.appendChild(textField("nl-plan-vastleggen-anders", "Verder vastleggen (optioneel)", p.logboek.anders, function (value) { p.logboek.anders = value; }, { max: LIMITS.other }));
  s.appendChild(set);
  return s;
}

/* ---------- step 6 ---------- */

function answersFor(p, i) {
  while (p.logboek.antwoorden.length <= i) p.logboek.antwoorden.push({ algemeen: "", per: Object.create(null) });
  return p.logboek.antwoorden[i];
}

function renderLogbook(p) {
  var s = section("nl-plan-logboek", "6. Het logboek invullen",
    "Vul op elk logboekmoment per interventie in of ze is uitgevoerd, en wat je merkte. Je antwoorden komen in het afgedrukte logboek en in je casusconcept.");
  if (!p.interventies.length) {
    s.appendChild(el("p", { className: "nl-empty", text: "Kies eerst bij stap 3 interventies." }));
    return s;
  }
  p.logboek.momenten.forEach(function (moment, i) {
    var answers = answersFor(p, i);
    var box = details("nl-plan-logboek-" + (i + 1), "Logboekmoment " + (i + 1) + ", na bijeenkomst " + moment.na, "nl-planner__moment");
    s.appendChild(box);
    // A closed moment gets its fields when it is opened: a long plan stays quick to render.
    if (!view.openDetails[box.id]) {
      box.addEventListener("toggle", function () { if (box.open) render(); }, { once: true });
      return;
    }
    p.interventies.forEach(function (entry, j) {
      var a = answers.per[entry.sleutel] || { status: "", notitie: "" };
      var id = "nl-plan-lb-" + (i + 1) + "-" + j;
      var set = el("fieldset", { className: "nl-planner__answer" }, [el("legend", { text: titleOf(entry) })]);
      var radios = el("fieldset", { className: "nl-planner__nested nl-planner__inline" }, [el("legend", { text: "Uitgevoerd?" })]);
      Object.keys(STATUS_LABELS).forEach(function (status) {
        var rid = id + "-" + status;
        var input = el("input", { type: "radio", name: id, id: rid, value: status, checked: a.status === status });
        input.addEventListener("change", function () {
          answers.per[entry.sleutel] = answers.per[entry.sleutel] || { status: "", notitie: "" };
          answers.per[entry.sleutel].status = status;
          touch(p);
          store();
        });
        radios.appendChild(el("div", { className: "nl-planner__check" }, [input, el("label", { for: rid, text: STATUS_LABELS[status] })]));
      });
      set.appendChild(radios);
      set.appendChild(textField(id + "-notitie", "Wat deden jullie, en wat merkte je?", a.notitie, function (value) {
        answers.per[entry.sleutel] = answers.per[entry.sleutel] || { status: "", notitie: "" };
        answers.per[entry.sleutel].notitie = value;
      }, { multiline: true, max: LIMITS.long }));
      box.appendChild(set);
    });
    box.appendChild(textField("nl-plan-lb-" + (i + 1) + "-algemeen", "Algemene notities bij dit moment", answers.algemeen, function (value) { answers.algemeen = value; }, { multiline: true, max: LIMITS.long }));
  });
  return s;
}

/* ---------- step 7 ---------- */

function printOut(kind, meeting) {
  printing.kind = kind;
  if (meeting) printing.meeting = meeting;
  renderPrint(activePlan());
  window.print();
}

function renderOutputs(p) {
  var s = section("nl-plan-afdrukken", "7. Afdrukken en delen");
  var total = p.bijeenkomsten.aantal;
  var FILL = fill();
  s.appendChild(el("p", { text: "Elke afdruk is een A4 met de bron en het adres van het handboek eronder." }));
  var bar = el("div", { className: "nl-toolbar" });
  bar.appendChild(button("Plan afdrukken", function () { printOut("plan"); }, { id: "nl-plan-druk-plan", primary: true }));
  bar.appendChild(button("Logboekformulier afdrukken", function () { printOut("logboek"); }, { id: "nl-plan-druk-logboek" }));
  s.appendChild(bar);
  var select = el("select", { id: "nl-plan-agenda-kies" });
  for (var m = 1; m <= total; m++) {
    var option = el("option", { value: String(m), text: meetingLabel(m, total) });
    if (m === printing.meeting) option.selected = true;
    select.appendChild(option);
  }
  function chosen() { return Math.min(total, Math.max(1, parseInt(select.value, 10) || 1)); }
  select.addEventListener("change", function () { printing.meeting = chosen(); });
  s.appendChild(el("div", { className: "nl-toolbar" }, [
    el("div", { className: "nl-planner__field" }, [el("label", { for: "nl-plan-agenda-kies", text: "Agenda van" }), select]),
    button("Agenda afdrukken", function () { printOut("agenda", chosen()); }, { id: "nl-plan-druk-agenda" }),
    button("Alle agenda's afdrukken", function () { printOut("agendas"); }, { id: "nl-plan-druk-agendas" })
  ]));

  s.appendChild(el("h3", { id: "nl-plan-deel-kop", text: "Deel je ervaring" }));
  s.appendChild(el("p", { id: "nl-plan-deel-uitleg" }, [
    "Na het jaar kan je werkplaats een casus worden in dit handboek. Het handboek maakt van je plan en je logboek een concept voor een casusbestand: wat je plan weet, staat er al in; waar je zelf moet schrijven, staat ",
    el("code", { text: FILL }), ". Zet het bestand in ", el("code", { text: "data/cases/" }),
    ", vervang elke ", el("code", { text: FILL }), " en elke id die met ", el("code", { text: data.regels.invullenId }),
    " begint, en controleer het met ", el("code", { text: "make check" }),
    " (zie CONTRIBUTING.md). Een casus heeft een bron nodig: een verslag of artikel waarin je werkplaats beschreven is; de velden met de woorden van de bron schrijf je daaruit over."
  ]));
  s.appendChild(el("div", { className: "nl-toolbar" }, [button("Casusconcept downloaden (YAML)", function () {
    var draft = caseDraft(p);
    download(draft.id + ".yaml", draft.yaml, "text/yaml");
    say("deel", "Casusconcept " + draft.id + ".yaml gedownload. Vervang elke " + FILL + " voordat je het insturt.");
  }, { id: "nl-plan-deel", describedby: "nl-plan-deel-uitleg" })]));
  s.appendChild(slot("deel"));
  return s;
}

/* ---------- files ---------- */

function download(name, content, type) {
  var blob = new Blob([content], { type: type + ";charset=utf-8" });
  var a = el("a", { href: URL.createObjectURL(blob), download: name, hidden: true });
  document.body.appendChild(a);
  a.click();
  window.setTimeout(function () {
    URL.revokeObjectURL(a.href);
    a.remove();
  }, 1000);
}

/* A file name that says what is in it and when it was made, to the second: two exports do not collide. */
export function exportName(plans, all, now) {
  function two(n) { return (n < 10 ? "0" : "") + n; }
  var d = now || new Date();
  var time = d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate()) + "-" + two(d.getHours()) + two(d.getMinutes()) + two(d.getSeconds());
  if (all) return "werkplaatsplannen-alle-" + plans.length + "-" + time + ".json";
  var slug = String(plans[0].naam || "").normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
  return "werkplaatsplan-" + (slug || "zonder-naam") + "-" + time + ".json";
}

function exportFile(which) {
  var all = which === "alle";
  var plans = all ? session.plans : [activePlan()];
  var name = exportName(plans, all);
  download(name, JSON.stringify(serialise(plans), null, 2) + "\n", "application/json");
  say("bestand", (all ? count(plans.length, "werkplaats", "werkplaatsen") : "De werkplaats " + (plans[0].naam || "zonder naam")) +
    " geëxporteerd als " + name + (all ? "" : "; de andere werkplaatsen zitten er niet in") + ".");
}

function importFile(input) {
  var file = input.files && input.files[0];
  if (!file) return;
  input.value = "";
  if (file.size > LIMITS.fileBytes) {
    say("bestand", "Importeren lukte niet: dit bestand is " + (file.size / 1048576).toFixed(1).replace(".", ",") + " MB; een bestand met werkplaatsplannen is hoogstens " + LIMITS.fileBytes / 1048576 + " MB. Er is niets ingelezen.");
    return;
  }
  var reader = new FileReader();
  reader.onload = function () {
    var read;
    try {
      read = readText(String(reader.result));
    } catch (error) {
      say("bestand", "Importeren lukte niet: " + (error instanceof PlanError ? error.message : "dit bestand heeft een vorm die het handboek niet kent. Er is niets ingelezen."));
      return;
    }
    var changes = importChanges(session.plans, read.plans);
    if (changes.replaced.length) {
      view.pendingImport = { read: read, changes: changes };
      render();
      say("bestand", "Dit bestand zou " + count(changes.replaced.length, "werkplaats", "werkplaatsen") + " hier vervangen. Kijk hieronder wat er verandert en kies.");
      var head = document.getElementById("nl-plan-import-vraag-kop");
      if (head) head.focus();
      return;
    }
    applyRead(read, changes);
  };
  reader.onerror = function () { say("bestand", "Het bestand kon niet worden gelezen."); };
  reader.readAsText(file);
}

function applyRead(read, changes) {
  var plans;
  try {
    plans = applyImport(session.plans, changes);
  } catch (error) {
    render();
    say("bestand", "Importeren lukte niet: " + (error instanceof PlanError ? error.message : "onbekende fout."));
    return;
  }
  if (!changes.added.length && !changes.replaced.length) {
    render();
    say("bestand", "Niets geïmporteerd: " + count(changes.unchanged.length, "werkplaats", "werkplaatsen") + " in het bestand " + (changes.unchanged.length === 1 ? "is" : "zijn") + " al gelijk aan die hier.");
    return;
  }
  view.undo = { plans: JSON.parse(JSON.stringify(session.plans)), active: session.active };
  session.plans = plans;
  var ids = read.plans.map(function (p) { return p.id; });
  session.active = ids.indexOf(read.active) !== -1 ? read.active : read.plans[0].id;
  var saved = store();
  render();
  var message = "Geïmporteerd: " + changes.added.length + " nieuw" + (changes.replaced.length ? ", " + changes.replaced.length + " vervangen" : "") +
    (changes.unchanged.length ? ", " + changes.unchanged.length + " al gelijk" : "") + "." + (read.notes ? " " + read.notes : "") +
    (saved ? "" : " Maar niet bewaard: zie de melding onderaan.");
  say("bestand", message);
}

function undoImport() {
  if (!view.undo) return;
  var undo = view.undo;
  view.undo = null;
  session.plans = undo.plans.map(function (p) {
    p.logboek.antwoorden.forEach(function (a) {
      var per = Object.create(null);
      Object.keys(a.per).forEach(function (k) { per[k] = a.per[k]; });
      a.per = per;
    });
    return p;
  });
  session.active = undo.active;
  store();
  render();
  say("bestand", "De import is ongedaan gemaakt: je werkplaatsen zijn weer zoals ervoor.");
  var input = document.getElementById("nl-plan-import");
  if (input) input.focus();
}
