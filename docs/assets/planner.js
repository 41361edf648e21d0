/*
 * Netwerkleren: the werkplaatsplan (a planner for a werkplaats year).
 *
 * Without JavaScript the page is a blank planning form to print. With it, this
 * script builds the planner from the generated data file werkplaatsplan/gegevens.js
 * (characteristics, principles, conditions and every intervention, from the
 * handbook's model). Plans are kept only in this browser (localStorage) and can be
 * exported and imported as a JSON file with a format version; older versions are
 * migrated. The printouts (plan, agenda per meeting, logbook) are rendered into
 * #nl-plan-print; "Deel je ervaring" writes a draft case file (YAML).
 *
 * Text from the data or from the user is only ever set with textContent or as
 * attribute values, never as HTML.
 */
(function () {
  "use strict";

  var FORMAT = "netwerkleren-werkplaatsplan";
  var VERSION = 2;
  var STORAGE_KEY = "netwerkleren:werkplaatsplan";
  var BATCH = 8;
  var MAX_MEETINGS = 40;
  var MAX_MOMENTS = 6;
  var DEFAULT_MEETINGS = 6;
  var STATUS_LABELS = { ja: "Ja", deels: "Deels", nee: "Nee", "nog-niet": "Nog niet" };
  /* What a logbook records. Marked "case" where the Iselinge case did it; the rest is editorial. */
  var RECORDS = [
    { id: "uitvoering", label: "Per interventie: is ze uitgevoerd zoals gepland?" },
    { id: "werking", label: "Per interventie: wat werkte, en wat niet?" },
    { id: "motivatie", label: "Wat merk je aan de motivatie van studenten (de motivatievoorwaarden)?" },
    { id: "bespreking", label: "Het logboek bespreken met de andere projectleiders", fromCase: true },
    { id: "opnamen", label: "Geluidsopnamen van de bijeenkomsten", fromCase: true }
  ];
  var DEFAULT_RECORDS = ["uitvoering", "werking", "bespreking"];
  /* An intervention in a plan: "<case id>/<intervention id>" from the handbook, or "eigen-<n>". */
  var KEY_PATTERN = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*|eigen-[0-9]{1,4})$/;

  var data = null;
  var store = null;
  var state = null;
  var root, app, statusNode, printNode, colophon;
  var shownPerPrinciple = {};
  var openDetails = {};
  var printMode = { kind: "plan", meeting: 1 };

  /* ---------- small DOM helpers ---------- */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === undefined || value === null || value === false) return;
        if (key === "text") node.textContent = value;
        else if (key === "className") node.className = value;
        else if (key === "hidden") node.hidden = true;
        else if (key === "checked") node.checked = true;
        else if (key === "onclick" || key === "onchange" || key === "oninput") node[key] = value;
        else node.setAttribute(key, value === true ? "" : String(value));
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function text(value) {
    return document.createTextNode(value);
  }

  function announce(message) {
    statusNode.textContent = "";
    window.setTimeout(function () { statusNode.textContent = message; }, 30);
  }

  function siteUrl(path) {
    return new URL(path, new URL(root.getAttribute("data-site-root") || "./", window.location.href)).href;
  }

  function joinDutch(items) {
    if (items.length <= 1) return items.join("");
    return items.slice(0, -1).join(", ") + " en " + items[items.length - 1];
  }

  /* ---------- the data from the model ---------- */

  function principleIndex(id) {
    for (var i = 0; i < data.principes.length; i++) if (data.principes[i].id === id) return i;
    return -1;
  }

  function characteristicIndex(id) {
    for (var i = 0; i < data.karakteristieken.length; i++) if (data.karakteristieken[i].id === id) return i;
    return -1;
  }

  var interventionByKey = {};
  var interventionsByPrinciple = {};

  function indexData() {
    data.interventies.forEach(function (item) {
      var key = data.casussen[item.s].id + "/" + item.id;
      interventionByKey[key] = item;
      item.p.forEach(function (link) {
        var pid = data.principes[link[0]].id;
        (interventionsByPrinciple[pid] = interventionsByPrinciple[pid] || []).push(item);
      });
    });
    Object.keys(interventionsByPrinciple).forEach(function (pid) {
      var p = principleIndex(pid);
      // Links the source makes first, then the editors' links; otherwise in data order.
      interventionsByPrinciple[pid].sort(function (a, b) {
        return origin(b, p) - origin(a, p);
      });
    });
  }

  function origin(item, p) {
    for (var i = 0; i < item.p.length; i++) if (item.p[i][0] === p) return item.p[i][1];
    return 0;
  }

  function keyOf(item) {
    return data.casussen[item.s].id + "/" + item.id;
  }

  /* ---------- plans: defaults, normalising, migration ---------- */

  function newId() {
    return "w" + Date.now().toString(36) + Math.random().toString(36).slice(2, 7);
  }

  function newPlan(name) {
    return {
      id: newId(),
      naam: name || "",
      thema: "",
      instelling: "",
      studiejaar: "",
      projectleider: "",
      karakteristieken: [],
      principes: [],
      interventies: [],
      bijeenkomsten: { aantal: DEFAULT_MEETINGS, data: [] },
      logboek: { momenten: defaultMoments(DEFAULT_MEETINGS, 2), vastleggen: DEFAULT_RECORDS.slice(), anders: "", antwoorden: [] }
    };
  }

  function defaultMoments(meetings, count) {
    var moments = [];
    for (var i = 1; i <= count; i++) moments.push({ na: Math.max(1, Math.round((meetings * i) / count)) });
    return moments;
  }

  function str(value, max) {
    return typeof value === "string" ? value.slice(0, max || 5000) : "";
  }

  function int(value, low, high, fallback) {
    var n = typeof value === "number" ? Math.round(value) : parseInt(value, 10);
    if (!isFinite(n)) return fallback;
    return Math.min(high, Math.max(low, n));
  }

  function strings(value, allowed) {
    if (!Array.isArray(value)) return [];
    var out = [];
    value.forEach(function (v) {
      if (typeof v === "string" && out.indexOf(v) === -1 && (!allowed || allowed(v))) out.push(v);
    });
    return out;
  }

  function isPrinciple(id) { return principleIndex(id) !== -1; }
  function isCharacteristic(id) { return characteristicIndex(id) !== -1; }
  function isRole(id) { return Object.prototype.hasOwnProperty.call(data.rollen, id); }

  /* Every plan, from storage or from a file, passes here: unknown fields are dropped, types enforced. */
  function normalisePlan(raw) {
    raw = raw && typeof raw === "object" ? raw : {};
    var plan = newPlan("");
    plan.id = /^[A-Za-z0-9_-]{1,40}$/.test(raw.id) ? raw.id : newId();
    ["naam", "thema", "instelling", "studiejaar", "projectleider"].forEach(function (field) {
      plan[field] = str(raw[field], 200);
    });
    plan.karakteristieken = strings(raw.karakteristieken, isCharacteristic);
    plan.principes = strings(raw.principes, isPrinciple);
    var meetings = raw.bijeenkomsten && typeof raw.bijeenkomsten === "object" ? raw.bijeenkomsten : {};
    plan.bijeenkomsten.aantal = int(meetings.aantal, 1, MAX_MEETINGS, DEFAULT_MEETINGS);
    plan.bijeenkomsten.data = (Array.isArray(meetings.data) ? meetings.data : []).slice(0, MAX_MEETINGS).map(function (d) {
      return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : "";
    });
    var seen = Object.create(null);
    plan.interventies = (Array.isArray(raw.interventies) ? raw.interventies : []).map(function (r) {
      r = r && typeof r === "object" ? r : {};
      var own = r.eigen && typeof r.eigen === "object";
      var key = str(r.sleutel, 200);
      if (!KEY_PATTERN.test(key) || seen[key]) return null;
      if (!own && !interventionByKey[key] && !(r.momentopname && typeof r.momentopname === "object")) return null;
      seen[key] = true;
      var snapshot = r.momentopname && typeof r.momentopname === "object" ? r.momentopname : {};
      return {
        sleutel: key,
        eigen: own ? { titel: str(r.eigen.titel, 200), wat: str(r.eigen.wat) } : null,
        momentopname: own ? null : {
          titel: str(snapshot.titel, 200),
          casus: str(snapshot.casus, 200),
          instelling: str(snapshot.instelling, 200),
          jaar: str(snapshot.jaar, 20)
        },
        principes: strings(r.principes, isPrinciple),
        bijeenkomsten: (Array.isArray(r.bijeenkomsten) ? r.bijeenkomsten : [])
          .map(function (n) { return int(n, 1, MAX_MEETINGS, 0); })
          .filter(function (n, i, all) { return n >= 1 && n <= plan.bijeenkomsten.aantal && all.indexOf(n) === i; })
          .sort(function (a, b) { return a - b; }),
        rollen: strings(r.rollen, isRole),
        wie: str(r.wie, 200)
      };
    }).filter(Boolean);
    var log = raw.logboek && typeof raw.logboek === "object" ? raw.logboek : {};
    var moments = (Array.isArray(log.momenten) ? log.momenten : []).slice(0, MAX_MOMENTS).map(function (m) {
      return { na: int(m && m.na, 1, plan.bijeenkomsten.aantal, plan.bijeenkomsten.aantal) };
    });
    plan.logboek.momenten = Array.isArray(log.momenten) ? moments : defaultMoments(plan.bijeenkomsten.aantal, 2);
    plan.logboek.vastleggen = Array.isArray(log.vastleggen)
      ? strings(log.vastleggen, function (id) { return RECORDS.some(function (r) { return r.id === id; }); })
      : DEFAULT_RECORDS.slice();
    plan.logboek.anders = str(log.anders, 1000);
    plan.logboek.antwoorden = (Array.isArray(log.antwoorden) ? log.antwoorden : []).slice(0, MAX_MOMENTS).map(function (answers) {
      answers = answers && typeof answers === "object" ? answers : {};
      var out = { algemeen: str(answers.algemeen), per: Object.create(null) };
      var per = answers.per && typeof answers.per === "object" ? answers.per : {};
      Object.keys(per).forEach(function (key) {
        if (!seen[key]) return;
        var a = per[key] && typeof per[key] === "object" ? per[key] : {};
        out.per[key] = {
          status: Object.prototype.hasOwnProperty.call(STATUS_LABELS, a.status) ? a.status : "",
          notitie: str(a.notitie)
        };
      });
      return out;
    });
    return plan;
  }

  /* Version 1 (the first format of the planner): one werkplaats per file, interventions as keys, the
     placement in a separate map, logbook moments as meeting numbers. */
  function migrateV1(raw) {
    var old = raw.werkplaats && typeof raw.werkplaats === "object" ? raw.werkplaats : {};
    var principles = strings(old.principes, isPrinciple);
    var placing = old.planning && typeof old.planning === "object" ? old.planning : {};
    var plan = {
      id: old.id,
      naam: old.naam,
      thema: old.thema,
      instelling: old.opleiding,
      studiejaar: old.studiejaar,
      projectleider: old.projectleider,
      karakteristieken: old.karakteristieken,
      principes: principles,
      bijeenkomsten: { aantal: old.bijeenkomsten, data: [] },
      interventies: strings(old.interventies).map(function (key) {
        var item = interventionByKey[key];
        var serves = item ? item.p.map(function (l) { return data.principes[l[0]].id; }) : [];
        return {
          sleutel: key,
          principes: principles.filter(function (p) { return serves.indexOf(p) !== -1; }),
          bijeenkomsten: placing[key],
          rollen: item ? item.r : [],
          momentopname: item ? snapshotOf(item) : { titel: key }
        };
      }),
      logboek: {
        momenten: (Array.isArray(old.logboekmomenten) ? old.logboekmomenten : []).map(function (n) { return { na: n }; })
      }
    };
    return { formaat: FORMAT, versie: 2, werkplaatsen: [plan] };
  }

  var MIGRATIONS = { 1: migrateV1 };

  /* A file's content or the stored value: to the current version, or an Error with a Dutch message. */
  function readPlans(raw) {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new Error("Dit is geen bestand met werkplaatsplannen.");
    if (raw.formaat !== undefined && raw.formaat !== FORMAT) throw new Error("Dit is geen bestand met werkplaatsplannen.");
    var version = raw.versie;
    if (typeof version !== "number" || version < 1 || Math.round(version) !== version) {
      throw new Error("Dit bestand heeft geen geldige versie: het is geen werkplaatsplan van dit handboek.");
    }
    if (version > VERSION) {
      throw new Error("Dit bestand komt uit een nieuwere versie van het handboek (formaat " + version + "); deze pagina leest tot en met formaat " + VERSION + ".");
    }
    while (version < VERSION) {
      raw = MIGRATIONS[version](raw);
      version = raw.versie;
    }
    if (!Array.isArray(raw.werkplaatsen)) throw new Error("In dit bestand staan geen werkplaatsen.");
    return { plans: raw.werkplaatsen.slice(0, 100).map(normalisePlan), active: str(raw.actief, 40) };
  }

  function snapshotOf(item) {
    var c = data.casussen[item.s];
    return { titel: item.t, casus: c.titel, instelling: c.instelling, jaar: c.jaar };
  }

  /* ---------- storage ---------- */

  function openStorage() {
    try {
      var s = window.localStorage;
      s.setItem(STORAGE_KEY + ":test", "1");
      s.removeItem(STORAGE_KEY + ":test");
      return s;
    } catch (error) {
      return null;
    }
  }

  function load() {
    var plans = [];
    var active = "";
    var message = "";
    if (store) {
      var saved = store.getItem(STORAGE_KEY);
      if (saved) {
        try {
          var read = readPlans(JSON.parse(saved));
          plans = read.plans;
          active = read.active;
        } catch (error) {
          message = "Je bewaarde plannen konden niet worden gelezen. " + (error.message || "");
        }
      }
    }
    if (!plans.length) plans = [newPlan("")];
    state = { plans: plans, active: plans.some(function (p) { return p.id === active; }) ? active : plans[0].id };
    return message;
  }

  function serialise() {
    return { formaat: FORMAT, versie: VERSION, actief: state.active, werkplaatsen: state.plans };
  }

  function save() {
    if (!store) return;
    try {
      store.setItem(STORAGE_KEY, JSON.stringify(serialise()));
    } catch (error) {
      announce("Je plan kon niet worden bewaard in deze browser. Exporteer het als bestand.");
    }
  }

  function plan() {
    for (var i = 0; i < state.plans.length; i++) if (state.plans[i].id === state.active) return state.plans[i];
    return state.plans[0];
  }

  /* ---------- what a picked intervention shows ---------- */

  function picked(p, key) {
    for (var i = 0; i < p.interventies.length; i++) if (p.interventies[i].sleutel === key) return p.interventies[i];
    return null;
  }

  function titleOf(entry) {
    if (entry.eigen) return entry.eigen.titel || "Eigen interventie";
    var item = interventionByKey[entry.sleutel];
    return item ? item.t : (entry.momentopname && entry.momentopname.titel) || entry.sleutel;
  }

  /* Where a handbook intervention lives, as it is printed: the colophon's address (a full address when the
     handbook has a site_url, otherwise a path) tells how. Empty for the planner's own interventions. */
  function printedAddress(entry) {
    var item = interventionByKey[entry.sleutel];
    if (!item) return "";
    var shown = colophon && colophon.querySelector(".nl-address");
    var here = shown ? shown.textContent.trim() : "";
    var target = (root.getAttribute("data-site-root") || "") + data.casussen[item.s].url + "#" + item.a;
    try {
      if (/^https?:\/\//.test(here)) return new URL(target, here).href;
      if (here.charAt(0) === "/") {
        var url = new URL(target, "http://handboek.invalid" + here);
        return url.pathname + url.hash;
      }
    } catch (error) {
      return "";
    }
    return "";
  }

  function originOf(entry) {
    if (entry.eigen) return "eigen interventie";
    var item = interventionByKey[entry.sleutel];
    if (item) {
      var c = data.casussen[item.s];
      return "casus " + c.instelling + ", " + c.jaar;
    }
    var s = entry.momentopname || {};
    return "casus " + (s.instelling || s.casus || "") + (s.jaar ? ", " + s.jaar : "");
  }

  function meetingPhase(n, total) {
    if (n === 1) return "start";
    if (n === total) return "einde";
    return "tijdens";
  }

  function meetingLabel(n, total) {
    return "Bijeenkomst " + n + " (" + data.fasen[meetingPhase(n, total)].toLowerCase() + ")";
  }

  function principleName(id) {
    var i = principleIndex(id);
    return i === -1 ? id : data.principes[i].kort;
  }

  function rolesText(entry) {
    var roles = entry.rollen.map(function (r) { return data.rollen[r].toLowerCase(); });
    var who = roles.length ? joinDutch(roles) : "";
    if (entry.wie) who = who ? who + " (" + entry.wie + ")" : entry.wie;
    return who;
  }

  /* ---------- rendering the planner ---------- */

  function render() {
    var focused = document.activeElement && document.activeElement.id;
    var p = plan();
    app.textContent = "";
    app.appendChild(renderPlans());
    app.appendChild(renderBasics(p));
    app.appendChild(renderFocus(p));
    app.appendChild(renderInterventions(p));
    app.appendChild(renderMeetings(p));
    app.appendChild(renderMonitoring(p));
    app.appendChild(renderLogbook(p));
    app.appendChild(renderOutputs(p));
    renderPrint();
    if (focused) {
      var again = document.getElementById(focused);
      if (again && again !== document.activeElement) again.focus({ preventScroll: true });
    }
  }

  function changed(message) {
    save();
    render();
    if (message) announce(message);
  }

  /* A disclosure that stays open or closed across re-rendering. */
  function details(id, summary, className) {
    var node = el("details", { id: id, className: className, open: !!openDetails[id] }, [el("summary", { text: summary })]);
    node.addEventListener("toggle", function () { openDetails[id] = node.open; });
    return node;
  }

  function section(id, title, intro) {
    var s = el("section", { className: "nl-planner__step", id: id, "aria-labelledby": id + "-kop" });
    s.appendChild(el("h2", { id: id + "-kop", text: title }));
    if (intro) s.appendChild(el("p", { className: "nl-planner__intro", text: intro }));
    return s;
  }

  function checkbox(id, label, checked, onchange, extra) {
    var input = el("input", { type: "checkbox", id: id, checked: checked });
    input.addEventListener("change", function () { onchange(input.checked); });
    var wrap = el("div", { className: "nl-planner__check" }, [input, el("label", { for: id }, [label])]);
    if (extra) wrap.appendChild(extra);
    return wrap;
  }

  function textField(id, label, value, oninput, options) {
    options = options || {};
    var input = el(options.multiline ? "textarea" : "input", {
      id: id,
      type: options.multiline ? undefined : options.type || "text",
      autocomplete: "off",
      rows: options.multiline ? options.rows || 3 : undefined,
      placeholder: options.placeholder,
      inputmode: options.inputmode,
      "aria-describedby": options.hint ? id + "-hint" : undefined
    });
    input.value = value || "";
    input.addEventListener("input", function () { oninput(input.value); save(); });
    if (options.onchange) input.addEventListener("change", options.onchange);
    return el("div", { className: "nl-planner__field" }, [
      el("label", { for: id, text: label }),
      options.hint ? el("span", { className: "nl-planner__hint", id: id + "-hint", text: options.hint }) : null,
      input
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
    parts.push(p.karakteristieken.length + (p.karakteristieken.length === 1 ? " karakteristiek" : " karakteristieken"));
    parts.push(p.interventies.length + (p.interventies.length === 1 ? " interventie" : " interventies"));
    return name + " (" + parts.join(", ") + ")";
  }

  function renderPlans() {
    var s = section("nl-plan-werkplaatsen", "Je werkplaatsen",
      "Maak een plan per werkplaats. Kies hier aan welke werkplaats je werkt; de rest van de pagina toont die werkplaats.");
    var set = el("fieldset", { className: "nl-planner__plans" }, [el("legend", { text: "Werkplaats om aan te werken" })]);
    state.plans.forEach(function (p, i) {
      var id = "nl-plan-kies-" + p.id;
      var input = el("input", { type: "radio", name: "nl-plan-kies", id: id, value: p.id, checked: p.id === state.active });
      input.addEventListener("change", function () {
        if (!input.checked) return;
        state.active = p.id;
        changed("Je werkt nu aan " + (p.naam || "de werkplaats zonder naam") + ".");
      });
      set.appendChild(el("div", { className: "nl-planner__check" }, [input, el("label", { for: id, "data-nl-plan-label": p.id, text: planLabel(p, i + 1) })]));
    });
    s.appendChild(set);
    if (state.plans.length > 1) s.appendChild(comparison());
    var fileInput = el("input", { type: "file", id: "nl-plan-import", accept: ".json,application/json", className: "nl-planner__file" });
    // The native file control speaks the browser's language; a button-like label says what it does.
    fileInput.addEventListener("change", function () { importFile(fileInput); });
    s.appendChild(el("div", { className: "nl-toolbar nl-planner__toolbar" }, [
      button("Nieuwe werkplaats", function () {
        var p = newPlan("");
        state.plans.push(p);
        state.active = p.id;
        changed("Nieuwe werkplaats gemaakt. Geef haar hieronder een naam.");
        document.getElementById("nl-plan-naam").focus();
      }, { id: "nl-plan-nieuw", primary: true }),
      button("Deze werkplaats verwijderen", function () {
        var p = plan();
        if (!window.confirm("Werkplaats '" + (p.naam || "zonder naam") + "' verwijderen? Dit kan niet ongedaan worden.")) return;
        state.plans = state.plans.filter(function (q) { return q.id !== p.id; });
        if (!state.plans.length) state.plans.push(newPlan(""));
        state.active = state.plans[0].id;
        changed("Werkplaats verwijderd.");
      }, { id: "nl-plan-verwijder" }),
      button("Exporteer als bestand (JSON)", exportFile, { id: "nl-plan-export" }),
      el("span", { className: "nl-planner__import" }, [
        fileInput,
        el("label", { for: "nl-plan-import", className: "md-button", text: "Importeer een bestand (JSON)" })
      ])
    ]));
    if (!store) {
      s.appendChild(el("p", { className: "nl-planner__warning", text: "Deze browser bewaart niets: exporteer je plan als bestand voordat je de pagina sluit." }));
    }
    return s;
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
    state.plans.forEach(function (p, i) {
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

  function renderBasics(p) {
    var s = section("nl-plan-basis", "1. De werkplaats");
    var set = el("fieldset", {}, [el("legend", { text: "Naam en thema" })]);
    function update(field) {
      return function (value) {
        p[field] = value;
        var label = document.querySelector('[data-nl-plan-label="' + p.id + '"]');
        if (label) label.textContent = planLabel(p, state.plans.indexOf(p) + 1);
      };
    }
    set.appendChild(textField("nl-plan-naam", "Naam van de werkplaats", p.naam, update("naam")));
    set.appendChild(textField("nl-plan-thema", "Thema", p.thema, update("thema")));
    set.appendChild(textField("nl-plan-instelling", "Opleiding of hogeschool", p.instelling, update("instelling")));
    set.appendChild(textField("nl-plan-studiejaar", "Studiejaar", p.studiejaar, update("studiejaar"), { hint: "Bijvoorbeeld 2025-2026.", inputmode: "numeric" }));
    set.appendChild(textField("nl-plan-projectleider", "Projectleider", p.projectleider, update("projectleider")));
    s.appendChild(set);
    return s;
  }

  function renderFocus(p) {
    var s = section("nl-plan-focus", "2. Karakteristieken en ontwerpprincipes",
      "Kies de karakteristieken waar de werkplaats dit jaar aan werkt (de werkplaatsen van Iselinge Hogeschool kozen er twee), en per karakteristiek de ontwerpprincipes.");
    var set = el("fieldset", {}, [el("legend", { text: "Karakteristieken in focus" })]);
    data.karakteristieken.forEach(function (c) {
      var on = p.karakteristieken.indexOf(c.id) !== -1;
      var nested = null;
      if (on) {
        nested = el("fieldset", { className: "nl-planner__nested" }, [el("legend", { text: "Ontwerpprincipes bij " + c.naam })]);
        c.principes.forEach(function (i) {
          var pr = data.principes[i];
          var count = (interventionsByPrinciple[pr.id] || []).length;
          nested.appendChild(checkbox("nl-plan-principe-" + pr.id, el("span", {}, [
            el("strong", { text: pr.kort }),
            text(": " + pr.tekst + " "),
            el("span", { className: "nl-planner__meta", text: "(" + count + (count === 1 ? " interventie" : " interventies") + " uit de praktijk)" })
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
        changed(checked ? "Karakteristiek " + c.naam + " gekozen: kies de ontwerpprincipes eronder." : "Karakteristiek " + c.naam + " niet meer gekozen.");
      }, nested));
    });
    s.appendChild(set);
    return s;
  }

  function togglePrinciple(p, id, on, quiet) {
    if (on && p.principes.indexOf(id) === -1) p.principes.push(id);
    if (!on) {
      p.principes = p.principes.filter(function (x) { return x !== id; });
      p.interventies.forEach(function (entry) { entry.principes = entry.principes.filter(function (x) { return x !== id; }); });
      p.interventies = p.interventies.filter(function (entry) { return entry.principes.length; });
    }
    if (!quiet) changed(on ? "Ontwerpprincipe " + principleName(id) + " gekozen." : "Ontwerpprincipe " + principleName(id) + " niet meer gekozen.");
  }

  function pick(p, key, principleId, on, make) {
    var entry = picked(p, key);
    if (on) {
      if (!entry) {
        entry = make();
        p.interventies.push(entry);
      }
      if (entry.principes.indexOf(principleId) === -1) entry.principes.push(principleId);
    } else if (entry) {
      entry.principes = entry.principes.filter(function (x) { return x !== principleId; });
      if (!entry.principes.length) p.interventies = p.interventies.filter(function (e) { return e !== entry; });
    }
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
      var shown = Math.max(BATCH, shownPerPrinciple[pid] || 0);
      var list = el("ul", { className: "nl-planner__list" });
      items.forEach(function (item, n) {
        var key = keyOf(item);
        var entry = picked(p, key);
        var on = !!(entry && entry.principes.indexOf(pid) !== -1);
        if (n >= shown && !on) return;
        list.appendChild(el("li", {}, [checkbox("nl-plan-kies-" + pid + "--" + key.replace("/", "--"), item.t, on, function (checked) {
          pick(p, key, pid, checked, function () {
            return { sleutel: key, eigen: null, momentopname: snapshotOf(item), principes: [], bijeenkomsten: [], rollen: item.r.slice(), wie: "" };
          });
          changed(checked ? "Interventie " + item.t + " gekozen bij " + pr.kort + ". Zet haar bij stap 4 op de bijeenkomsten." : "Interventie " + item.t + " niet meer gekozen bij " + pr.kort + ".");
        }, interventionMeta(item, pi))]));
      });
      p.interventies.forEach(function (entry) {
        if (!entry.eigen || entry.principes.indexOf(pid) === -1) return;
        list.appendChild(el("li", {}, [checkbox("nl-plan-kies-" + pid + "--" + entry.sleutel, entry.eigen.titel || "Eigen interventie", true, function (checked) {
          pick(p, entry.sleutel, pid, checked);
          changed("Eigen interventie " + (entry.eigen.titel || "") + " niet meer gekozen bij " + pr.kort + ".");
        }, el("span", { className: "nl-planner__meta", text: "Eigen interventie" + (entry.eigen.wat ? ": " + entry.eigen.wat : "") }))]));
      });
      if (!items.length) set.appendChild(el("p", { className: "nl-empty", text: "Er is nog geen interventie uit de praktijk aan dit principe gekoppeld. Schrijf je eigen." }));
      set.appendChild(list);
      if (items.length > shown) {
        set.appendChild(button("Toon meer interventies (nog " + (items.length - shown) + ")", function () {
          shownPerPrinciple[pid] = shown + BATCH;
          render();
          announce("Meer interventies bij " + pr.kort + " getoond.");
        }, { id: "nl-plan-meer-" + pid }));
      }
      set.appendChild(ownForm(p, pid, pr));
      s.appendChild(set);
    });
    return s;
  }

  function ownForm(p, pid, pr) {
    var box = details("nl-plan-eigen-" + pid, "Eigen interventie bij " + pr.kort + " schrijven", "nl-planner__own");
    var title = textField("nl-plan-eigen-titel-" + pid, "Titel van je interventie", "", function () {});
    var what = textField("nl-plan-eigen-wat-" + pid, "Wat doe je? (optioneel)", "", function () {}, { multiline: true, rows: 2 });
    box.appendChild(title);
    box.appendChild(what);
    box.appendChild(button("Eigen interventie toevoegen", function () {
      var t = title.querySelector("input").value.trim();
      if (!t) {
        announce("Geef je interventie eerst een titel.");
        title.querySelector("input").focus();
        return;
      }
      var n = 1;
      while (picked(p, "eigen-" + n)) n += 1;
      p.interventies.push({
        sleutel: "eigen-" + n, eigen: { titel: t, wat: what.querySelector("textarea").value.trim() }, momentopname: null,
        principes: [pid], bijeenkomsten: [], rollen: [], wie: ""
      });
      changed("Eigen interventie " + t + " toegevoegd bij " + pr.kort + ".");
      var added = document.getElementById("nl-plan-kies-" + pid + "--eigen-" + n);
      if (added) added.focus();
    }, { id: "nl-plan-eigen-toevoegen-" + pid }));
    return box;
  }

  function renderMeetings(p) {
    var total = p.bijeenkomsten.aantal;
    var s = section("nl-plan-bijeenkomsten", "4. De bijeenkomsten van het jaar",
      "Zet elke gekozen interventie op de bijeenkomsten waar je haar doet, en kies wie haar uitvoert. De eerste bijeenkomst is de start, de laatste het einde.");
    var count = textField("nl-plan-aantal", "Aantal bijeenkomsten", String(total), function () {}, {
      type: "number",
      onchange: function (event) {
        var n = int(event.target.value, 1, MAX_MEETINGS, total);
        p.bijeenkomsten.aantal = n;
        p.interventies.forEach(function (e) { e.bijeenkomsten = e.bijeenkomsten.filter(function (m) { return m <= n; }); });
        p.logboek.momenten.forEach(function (m) { m.na = Math.min(m.na, n); });
        changed("Het jaar heeft nu " + n + (n === 1 ? " bijeenkomst." : " bijeenkomsten."));
      }
    });
    var countInput = count.querySelector("input");
    countInput.min = "1";
    countInput.max = String(MAX_MEETINGS);
    s.appendChild(count);

    var dates = details("nl-plan-data", "Data van de bijeenkomsten (optioneel)", "nl-planner__dates");
    for (var n = 1; n <= total; n++) {
      (function (n) {
        var field = textField("nl-plan-datum-" + n, meetingLabel(n, total), p.bijeenkomsten.data[n - 1] || "", function (value) {
          while (p.bijeenkomsten.data.length < n) p.bijeenkomsten.data.push("");
          p.bijeenkomsten.data[n - 1] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : "";
        }, { type: "date" });
        dates.appendChild(field);
      })(n);
    }
    s.appendChild(dates);

    if (!p.interventies.length) {
      s.appendChild(el("p", { className: "nl-empty", text: "Kies eerst bij stap 3 interventies." }));
      return s;
    }
    s.appendChild(el("div", { className: "nl-toolbar" }, [button("Plaats wat nog nergens staat volgens de fasen uit de casussen", function () {
      var placed = 0;
      p.interventies.forEach(function (entry) {
        if (entry.bijeenkomsten.length) return;
        var item = interventionByKey[entry.sleutel];
        var phases = item ? item.f : [];
        for (var m = 1; m <= total; m++) {
          if (phases.indexOf(meetingPhase(m, total)) !== -1) entry.bijeenkomsten.push(m);
        }
        if (entry.bijeenkomsten.length) placed += 1;
      });
      changed(placed ? placed + (placed === 1 ? " interventie geplaatst." : " interventies geplaatst.") : "Er was niets te plaatsen.");
    }, { id: "nl-plan-plaats-fasen" })]));

    p.interventies.forEach(function (entry, i) {
      var slug = "nl-plan-int-" + i;
      var set = el("fieldset", { className: "nl-planner__placing", id: slug }, [el("legend", { text: titleOf(entry) })]);
      set.appendChild(el("p", { className: "nl-planner__meta", text: "Uit: " + originOf(entry) + " \u00b7 Bij: " + entry.principes.map(principleName).join(", ") }));
      var meetings = el("fieldset", { className: "nl-planner__nested nl-planner__inline" }, [el("legend", { text: "Op welke bijeenkomsten?" })]);
      for (var m = 1; m <= total; m++) {
        (function (m) {
          meetings.appendChild(checkbox(slug + "-bijeenkomst-" + m, meetingLabel(m, total), entry.bijeenkomsten.indexOf(m) !== -1, function (checked) {
            if (checked) entry.bijeenkomsten.push(m);
            else entry.bijeenkomsten = entry.bijeenkomsten.filter(function (x) { return x !== m; });
            entry.bijeenkomsten.sort(function (a, b) { return a - b; });
            changed(titleOf(entry) + (checked ? " staat op bijeenkomst " + m + "." : " staat niet meer op bijeenkomst " + m + "."));
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

  function formatDate(iso) {
    var parts = iso.split("-");
    return parts.length === 3 ? parseInt(parts[2], 10) + "-" + parseInt(parts[1], 10) + "-" + parts[0] : iso;
  }

  function renderMonitoring(p) {
    var total = p.bijeenkomsten.aantal;
    var s = section("nl-plan-monitoring", "5. Het logboek plannen",
      "In de casus van Iselinge Hogeschool vulden de projectleiders het logboek twee keer in en bespraken het met elkaar; van alle bijeenkomsten werden geluidsopnamen gemaakt.");
    var count = textField("nl-plan-momenten", "Aantal logboekmomenten", String(p.logboek.momenten.length), function () {}, {
      type: "number",
      onchange: function (event) {
        var n = int(event.target.value, 1, MAX_MOMENTS, p.logboek.momenten.length);
        var fresh = defaultMoments(total, n);
        p.logboek.momenten = fresh.map(function (m, i) { return p.logboek.momenten[i] || m; }).slice(0, n);
        changed("Het logboek heeft nu " + n + (n === 1 ? " moment." : " momenten."));
      }
    });
    count.querySelector("input").min = "1";
    count.querySelector("input").max = String(MAX_MOMENTS);
    s.appendChild(count);
    p.logboek.momenten.forEach(function (moment, i) {
      var id = "nl-plan-moment-" + (i + 1);
      var select = el("select", { id: id });
      for (var m = 1; m <= total; m++) {
        var option = el("option", { value: String(m), text: meetingLabel(m, total) });
        if (m === moment.na) option.selected = true;
        select.appendChild(option);
      }
      select.addEventListener("change", function () {
        moment.na = int(select.value, 1, total, total);
        changed("Logboekmoment " + (i + 1) + " staat na bijeenkomst " + moment.na + ".");
      });
      s.appendChild(el("div", { className: "nl-planner__field" }, [el("label", { for: id, text: "Logboekmoment " + (i + 1) + ": na" }), select]));
    });
    var set = el("fieldset", {}, [el("legend", { text: "Wat leg je vast?" })]);
    RECORDS.forEach(function (r) {
      set.appendChild(checkbox("nl-plan-vastleggen-" + r.id, el("span", {}, [text(r.label + " "), el("span", { className: "nl-planner__meta", text: r.fromCase ? "(zoals in de casus)" : "(suggestie van de redactie)" })]), p.logboek.vastleggen.indexOf(r.id) !== -1, function (checked) {
        if (checked) p.logboek.vastleggen.push(r.id);
        else p.logboek.vastleggen = p.logboek.vastleggen.filter(function (x) { return x !== r.id; });
        changed();
      }));
    });
    set.appendChild(textField("nl-plan-vastleggen-anders", "Verder vastleggen (optioneel)", p.logboek.anders, function (value) { p.logboek.anders = value; }));
    s.appendChild(set);
    return s;
  }

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
            save();
          });
          radios.appendChild(el("div", { className: "nl-planner__check" }, [input, el("label", { for: rid, text: STATUS_LABELS[status] })]));
        });
        set.appendChild(radios);
        set.appendChild(textField(id + "-notitie", "Wat deden jullie, en wat merkte je?", a.notitie, function (value) {
          answers.per[entry.sleutel] = answers.per[entry.sleutel] || { status: "", notitie: "" };
          answers.per[entry.sleutel].notitie = value;
        }, { multiline: true }));
        box.appendChild(set);
      });
      box.appendChild(textField("nl-plan-lb-" + (i + 1) + "-algemeen", "Algemene notities bij dit moment", answers.algemeen, function (value) { answers.algemeen = value; }, { multiline: true }));
      s.appendChild(box);
    });
    return s;
  }

  function renderOutputs(p) {
    var s = section("nl-plan-afdrukken", "7. Afdrukken en delen");
    var total = p.bijeenkomsten.aantal;
    s.appendChild(el("p", { text: "Elke afdruk is een A4 met de bron en het adres van het handboek eronder." }));
    var bar = el("div", { className: "nl-toolbar" });
    bar.appendChild(button("Plan afdrukken", function () { printOut("plan"); }, { id: "nl-plan-druk-plan", primary: true }));
    bar.appendChild(button("Logboekformulier afdrukken", function () { printOut("logboek"); }, { id: "nl-plan-druk-logboek" }));
    s.appendChild(bar);
    var select = el("select", { id: "nl-plan-agenda-kies" });
    for (var m = 1; m <= total; m++) {
      var option = el("option", { value: String(m), text: meetingLabel(m, total) });
      if (m === printMode.meeting) option.selected = true;
      select.appendChild(option);
    }
    select.addEventListener("change", function () { printMode.meeting = int(select.value, 1, total, 1); });
    s.appendChild(el("div", { className: "nl-toolbar" }, [
      el("div", { className: "nl-planner__field" }, [el("label", { for: "nl-plan-agenda-kies", text: "Agenda van" }), select]),
      button("Agenda afdrukken", function () { printOut("agenda", int(select.value, 1, total, 1)); }, { id: "nl-plan-druk-agenda" }),
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
      announce("Casusconcept " + draft.id + ".yaml gedownload. Vervang elke " + FILL + " voordat je het insturt.");
    }, { id: "nl-plan-deel", describedby: "nl-plan-deel-uitleg" })]));
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

  function today() {
    return new Date().toISOString().slice(0, 10);
  }

  function exportFile() {
    download("werkplaatsplannen-" + today() + ".json", JSON.stringify(serialise(), null, 2) + "\n", "application/json");
    announce(state.plans.length + (state.plans.length === 1 ? " werkplaats" : " werkplaatsen") + " geëxporteerd als bestand.");
  }

  function importFile(input) {
    var file = input.files && input.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      try {
        var read = readPlans(JSON.parse(String(reader.result)));
        var added = 0;
        var replaced = 0;
        read.plans.forEach(function (incoming) {
          var i = state.plans.findIndex(function (p) { return p.id === incoming.id; });
          if (i === -1) {
            // A fresh, untouched plan makes way for the imported ones.
            if (state.plans.length === 1 && isEmpty(state.plans[0])) state.plans = [];
            state.plans.push(incoming);
            added += 1;
          } else {
            state.plans[i] = incoming;
            replaced += 1;
          }
        });
        if (read.plans.length) state.active = read.plans.some(function (p) { return p.id === read.active; }) ? read.active : read.plans[0].id;
        changed("Geïmporteerd: " + added + " nieuw" + (replaced ? ", " + replaced + " bijgewerkt" : "") + ".");
      } catch (error) {
        announce("Importeren lukte niet: " + (error instanceof SyntaxError ? "dit is geen JSON-bestand." : error.message));
      }
      input.value = "";
    };
    reader.onerror = function () { announce("Het bestand kon niet worden gelezen."); };
    reader.readAsText(file);
  }

  function isEmpty(p) {
    return !p.naam && !p.thema && !p.karakteristieken.length && !p.interventies.length;
  }

  /* ---------- printouts ---------- */

  function printOut(kind, meeting) {
    printMode.kind = kind;
    if (meeting) printMode.meeting = meeting;
    renderPrint();
    window.print();
  }

  function footer(title) {
    var node = colophon ? colophon.cloneNode(true) : el("footer", { className: "nl-print-footer" }, [el("p")]);
    var first = node.querySelector("p:not(.nl-print-only)") || node;
    var existing = first.firstChild;
    // The blank form's colophon starts with its own title: replace it by this printout's title.
    if (existing && existing.nodeType === 3 && existing.nodeValue.indexOf("Werkplaatsplan. ") === 0) {
      existing.nodeValue = existing.nodeValue.slice("Werkplaatsplan. ".length);
    }
    first.insertBefore(text(title + ". "), first.firstChild);
    return node;
  }

  function fields(pairs) {
    var box = el("div", { className: "nl-fields nl-plan-print__fields" });
    pairs.forEach(function (pair) {
      box.appendChild(el("div", { className: "nl-field" }, [
        el("span", { className: "nl-field__label", text: pair[0] + ":" }),
        el("span", { className: "nl-field__line nl-plan-print__value", text: pair[1] || "" })
      ]));
    });
    return box;
  }

  function box(ticked) {
    return el("span", { className: "nl-box" + (ticked ? " nl-box--ticked" : "") }, [ticked ? "\u2713" : ""]);
  }

  function writeLines(n) {
    var lines = el("div", { className: "nl-write" });
    for (var i = 0; i < n; i++) lines.appendChild(el("span", { className: "nl-write__line" }));
    return lines;
  }

  function sheet(title) {
    var s = el("section", { className: "nl-plan-print__sheet nl-checklist" });
    s.appendChild(el("h2", { className: "nl-checklist__title", text: title }));
    return s;
  }

  function planName(p) {
    return p.naam || "werkplaats zonder naam";
  }

  function renderPrint() {
    var p = plan();
    printNode.textContent = "";
    printNode.setAttribute("data-nl-print-kind", printMode.kind);
    if (printMode.kind === "agenda") printNode.appendChild(printAgenda(p, Math.min(printMode.meeting, p.bijeenkomsten.aantal)));
    else if (printMode.kind === "agendas") {
      for (var m = 1; m <= p.bijeenkomsten.aantal; m++) printNode.appendChild(printAgenda(p, m));
    }
    else if (printMode.kind === "logboek") printLogbook(p).forEach(function (s) { printNode.appendChild(s); });
    else printNode.appendChild(printPlan(p));
  }

  function printPlan(p) {
    var total = p.bijeenkomsten.aantal;
    var s = sheet("Werkplaatsplan: " + planName(p));
    s.appendChild(fields([["Werkplaats", p.naam], ["Thema", p.thema], ["Opleiding", p.instelling], ["Studiejaar", p.studiejaar], ["Projectleider", p.projectleider], ["Bijeenkomsten", String(total)]]));
    s.appendChild(el("h3", { text: "Karakteristieken en ontwerpprincipes" }));
    p.karakteristieken.forEach(function (cid) {
      var c = data.karakteristieken[characteristicIndex(cid)];
      s.appendChild(el("h4", { text: c.nummer + ". " + c.naam }));
      var list = el("ul", { className: "nl-plan-print__principles" });
      p.principes.filter(function (pid) { return data.principes[principleIndex(pid)].k === characteristicIndex(cid); }).forEach(function (pid) {
        var pr = data.principes[principleIndex(pid)];
        var entries = p.interventies.filter(function (e) { return e.principes.indexOf(pid) !== -1; });
        var li = el("li", {}, [el("strong", { text: pr.kort }), text(": " + pr.tekst)]);
        if (entries.length) {
          var sub = el("ul");
          entries.forEach(function (e) {
            sub.appendChild(el("li", {}, [
              el("span", { className: "nl-plan-print__title", text: titleOf(e) }),
              text(" (" + originOf(e) + (e.bijeenkomsten.length ? "; bijeenkomst " + joinDutch(e.bijeenkomsten.map(String)) : "; nog niet gepland") + ")")
            ]));
          });
          li.appendChild(sub);
        }
        list.appendChild(li);
      });
      s.appendChild(list);
    });
    if (!p.karakteristieken.length) s.appendChild(el("p", { className: "nl-empty", text: "Nog geen karakteristieken gekozen." }));

    s.appendChild(el("h3", { text: "Het jaar" }));
    var table = el("table", { className: "nl-plan-print__table" });
    table.appendChild(el("thead", {}, [el("tr", {}, ["Bijeenkomst", "Datum", "Interventies", "Wie voert het uit"].map(function (h) { return el("th", { scope: "col", text: h }); }))]));
    var body = el("tbody");
    for (var m = 1; m <= total; m++) {
      var here = p.interventies.filter(function (e) { return e.bijeenkomsten.indexOf(m) !== -1; });
      body.appendChild(el("tr", {}, [
        el("th", { scope: "row", text: m + " (" + data.fasen[meetingPhase(m, total)].toLowerCase() + ")" }),
        el("td", { text: p.bijeenkomsten.data[m - 1] ? formatDate(p.bijeenkomsten.data[m - 1]) : "" }),
        el("td", {}, here.map(function (e) { return el("div", { text: titleOf(e) }); })),
        el("td", {}, here.map(function (e) { return el("div", { text: rolesText(e) || "\u2013" }); }))
      ]));
    }
    table.appendChild(body);
    s.appendChild(table);

    s.appendChild(el("h3", { text: "Logboek" }));
    s.appendChild(el("p", { text: "Logboek invullen: " + joinDutch(p.logboek.momenten.map(function (m, i) { return "moment " + (i + 1) + " na bijeenkomst " + m.na; })) + "." }));
    var recorded = recordsOf(p);
    if (recorded.length) s.appendChild(el("ul", {}, recorded.map(function (r) { return el("li", { text: r }); })));
    s.appendChild(footer("Werkplaatsplan " + planName(p)));
    return s;
  }

  function recordsOf(p) {
    var list = RECORDS.filter(function (r) { return p.logboek.vastleggen.indexOf(r.id) !== -1; }).map(function (r) { return r.label; });
    if (p.logboek.anders) list.push(p.logboek.anders);
    return list;
  }

  function printAgenda(p, m) {
    var total = p.bijeenkomsten.aantal;
    var s = sheet("Agenda " + meetingLabel(m, total).toLowerCase() + ": " + planName(p));
    s.appendChild(fields([["Werkplaats", p.naam], ["Datum", p.bijeenkomsten.data[m - 1] ? formatDate(p.bijeenkomsten.data[m - 1]) : ""], ["Voorzitter", ""], ["Aanwezig", ""]]));
    var here = p.interventies.filter(function (e) { return e.bijeenkomsten.indexOf(m) !== -1; });
    var list = el("ul", { className: "nl-checklist__items" });
    here.forEach(function (e) {
      var who = rolesText(e);
      list.appendChild(el("li", { className: "nl-check" }, [
        el("div", { className: "nl-check__row" }, [box(false), el("p", { className: "nl-check__text", text: titleOf(e) })]),
        el("span", { className: "nl-check__source", text: "Uit: " + originOf(e) + (printedAddress(e) ? " (" + printedAddress(e) + ")" : "") + " \u00b7 Ontwerpprincipe: " + e.principes.map(principleName).join(", ") + (who ? " \u00b7 Wie: " + who : "") }),
        writeLines(2)
      ]));
    });
    if (!here.length) s.appendChild(el("p", { className: "nl-empty", text: "Op deze bijeenkomst staat nog geen interventie." }));
    s.appendChild(list);
    s.appendChild(el("h3", { text: "Notities" }));
    s.appendChild(writeLines(4));
    s.appendChild(footer("Agenda bijeenkomst " + m + ", werkplaats " + planName(p)));
    return s;
  }

  function printLogbook(p) {
    return p.logboek.momenten.map(function (moment, i) {
      var answers = p.logboek.antwoorden[i] || { algemeen: "", per: {} };
      var s = sheet("Logboek " + planName(p) + ": moment " + (i + 1) + " (na bijeenkomst " + moment.na + ")");
      s.appendChild(fields([["Werkplaats", p.naam], ["Ingevuld door", p.projectleider], ["Datum", ""]]));
      var recorded = recordsOf(p);
      if (recorded.length) {
        s.appendChild(el("p", { className: "nl-checklist__intro", text: "Vastleggen: " + recorded.join("; ") + "." }));
      }
      var list = el("ul", { className: "nl-checklist__items" });
      p.interventies.forEach(function (e) {
        var a = answers.per[e.sleutel] || { status: "", notitie: "" };
        var statuses = el("div", { className: "nl-plan-print__statuses" }, [text("Uitgevoerd: ")]);
        Object.keys(STATUS_LABELS).forEach(function (st) {
          statuses.appendChild(el("span", { className: "nl-plan-print__status" }, [box(a.status === st), text(" " + STATUS_LABELS[st])]));
        });
        list.appendChild(el("li", { className: "nl-check" }, [
          el("p", { className: "nl-check__text" }, [el("strong", { text: titleOf(e) })]),
          el("span", { className: "nl-check__source", text: "Ontwerpprincipe: " + e.principes.map(principleName).join(", ") + " \u00b7 Uit: " + originOf(e) + " \u00b7 Gepland op bijeenkomst " + (e.bijeenkomsten.length ? joinDutch(e.bijeenkomsten.map(String)) : "\u2013") }),
          statuses,
          el("p", { className: "nl-plan-print__question", text: "Wat deden jullie, en wat merkte je?" }),
          a.notitie ? el("p", { className: "nl-plan-print__answer", text: a.notitie }) : writeLines(3)
        ]));
      });
      s.appendChild(list);
      s.appendChild(el("h3", { text: "Algemene notities" }));
      s.appendChild(answers.algemeen ? el("p", { className: "nl-plan-print__answer", text: answers.algemeen }) : writeLines(4));
      s.appendChild(footer("Logboek werkplaats " + planName(p) + ", moment " + (i + 1)));
      return s;
    });
  }

  /* ---------- "Deel je ervaring": a draft case file (YAML) ---------- */

  var FILL = null;  // the check's own marker ("VUL IN"), from the data file once it has loaded

  function slugify(value) {
    var ascii = String(value || "").replace(/['\u2019\u2018`]/g, "").normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
    var slug = ascii.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return slug.slice(0, data.regels.idLengte).replace(/-+$/, "");
  }

  function validId(slug) {
    return slug.length >= 2 && new RegExp(data.regels.id).test(slug) && data.regels.gereserveerd.indexOf(slug) === -1 &&
      slug !== data.regels.invullenId && slug.indexOf(data.regels.invullenId + "-") !== 0;
  }

  /* Characters that show nothing or turn the reading direction, which a pasted text may carry and the check
     refuses (the class comes from the handbook's own text rules), and control characters. Line and paragraph
     separators become spaces. */
  function visible(value) {
    var invisible = new RegExp("[" + data.regels.onzichtbaar + "]", "gu");
    return String(value).replace(/[\u2028\u2029]/g, " ").replace(invisible, "").replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, "");
  }

  /* A YAML double-quoted scalar: every character that could end or bend it is escaped. */
  function quote(value) {
    var out = '"';
    var chars = Array.from(visible(value));
    chars.forEach(function (ch) {
      var c = ch.codePointAt(0);
      if (ch === '"') out += '\\"';
      else if (ch === "\\") out += "\\\\";
      else if (ch === "\n") out += "\\n";
      else if (ch === "\t") out += "\\t";
      else if (ch === "\r") out += "\\r";
      else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f)) out += "\\x" + ("0" + c.toString(16)).slice(-2);
      else if (c === 0x2028 || c === 0x2029 || c === 0xfeff) out += "\\u" + c.toString(16);
      else if (c >= 0xd800 && c <= 0xdfff) out += "\ufffd";
      else out += ch;
    });
    return out + '"';
  }

  /* Text of several paragraphs as a literal block, when that is safe to read back exactly; else quoted. */
  function block(key, value, indent) {
    var pad = new Array(indent + 1).join(" ");
    var clean = visible(value).replace(/\r\n?/g, "\n").trim();
    var safe = clean.indexOf("\n") !== -1 && !/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\t]/.test(clean) &&
      !/[ ]+\n/.test(clean) && !/\n{3,}/.test(clean) && !/^\s/.test(clean) && !/[\ud800-\udfff]/.test(clean.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""));
    if (!safe) return pad + key + ": " + quote(clean) + "\n";
    return pad + key + ": |\n" + clean.split("\n").map(function (line) { return line ? pad + "  " + line : ""; }).join("\n") + "\n";
  }

  function comment(value, indent) {
    return new Array(indent + 1).join(" ") + "# " + String(value).replace(/[\r\n\u0085\u2028\u2029]+/g, " ") + "\n";
  }

  /* Comment lines (each at most about 100 characters) with what the plan knows, as a help to write. */
  function comments(value, indent) {
    var words = String(value).replace(/[\r\n\u0085\u2028\u2029]+/g, " ").split(" ");
    var lines = [];
    var line = "";
    words.forEach(function (word) {
      if (line && (line + " " + word).length > 96) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + " " + word : word;
      }
    });
    if (line) lines.push(line);
    return lines.map(function (l) { return comment(l, indent); }).join("");
  }

  /* A school year the check accepts (its pattern, and two consecutive years as in check_school_year), or "". */
  function schoolYear(value) {
    var year = String(value).trim();
    if (!new RegExp(data.regels.studiejaar).test(year)) return "";
    return parseInt(year.slice(5, 9), 10) === parseInt(year.slice(0, 4), 10) + 1 ? year : "";
  }

  function caseDraft(p) {
    var year = schoolYear(p.studiejaar);
    var institution = p.instelling.trim();
    var name = p.naam.trim();
    var theme = p.thema.trim();
    var id = slugify([institution, name, year].filter(Boolean).join(" "));
    if (!validId(id)) id = "werkplaats-" + (year || today().slice(0, 4));
    var taken = data.casussen.map(function (c) { return c.id; });
    var base = id.slice(0, data.regels.idLengte - 3).replace(/-+$/, "");
    for (var n = 2; taken.indexOf(id) !== -1; n++) id = base + "-" + n;
    var total = p.bijeenkomsten.aantal;
    var characteristics = p.karakteristieken.map(function (cid) { return data.karakteristieken[characteristicIndex(cid)]; });
    var y = "";
    y += "# yaml-language-server: $schema=../schema/casus.schema.json\n";
    y += "# Casusconcept uit het werkplaatsplan van het handboek Netwerkleren (" + today() + ").\n";
    y += "# Zet dit bestand in data/cases/ en vervang elke '" + FILL + "' en elke id die met '" + data.regels.invullenId + "' begint;\n";
    y += "# controleer het met 'make check' (zie CONTRIBUTING.md en het sjabloon data/cases/_template.yaml).\n";
    y += "# Sommige velden bevatten de WOORDEN VAN DE BRON (letterlijk uit het verslag of artikel over je\n";
    y += "# werkplaats), andere zijn REDACTIONEEL (je eigen woorden). Wat je plan weet, staat al in de\n";
    y += "# redactionele velden; voor de woorden van de bron staat het als uitleg (#) boven het veld.\n\n";
    y += "# Redactioneel: de titel van de casus.\n";
    y += "titel: " + quote(name ? "Werkplaats " + name + (theme ? ": " + theme : "") : FILL + ": titel van de casus") + "\n";
    y += "instelling: " + quote(institution || FILL + ": naam van de opleiding of hogeschool") + "\n";
    y += "studiejaar: " + quote(year || FILL + ": studiejaar, bijvoorbeeld 2024-2025") + "\n\n";
    var focus = characteristics.map(function (c) { return "\u2018" + c.naam + "\u2019"; });
    var summary = (year ? "In studiejaar " + year + " werkte " : "Dit jaar werkte ") + (name ? "de werkplaats \u2018" + name + "\u2019" : "de werkplaats") +
      (theme ? " (thema: " + theme + ")" : "") + (focus.length ? " met de ontwerpprincipes bij " + (focus.length === 1 ? "de karakteristiek " : "de karakteristieken ") + joinDutch(focus) : "") + ".";
    y += "# Woorden van de bron: twee of drie zinnen over wat de werkplaats deed. Uit je plan:\n";
    y += comments(summary, 0);
    y += block("samenvatting", FILL + ": twee of drie zinnen uit je bron over wat de werkplaats deed.", 0) + "\n";
    var context = "De werkplaats had " + total + (total === 1 ? " bijeenkomst" : " bijeenkomsten") + " in het jaar" +
      (p.principes.length ? " en werkte aan de ontwerpprincipes " + joinDutch(p.principes.map(function (pid) { return "\u2018" + principleName(pid) + "\u2019"; })) : "") + ".";
    y += "# Woorden van de bron: de opleiding, de werkplaats, wie er meededen en de aanpak. Uit je plan:\n";
    y += comments(context, 0);
    y += block("context", FILL + ": de situatie, zoals je bron die beschrijft.", 0) + "\n";
    var recorded = recordsOf(p);
    var monitoring = "Een logboek, " + p.logboek.momenten.length + " keer ingevuld: " +
      joinDutch(p.logboek.momenten.map(function (m) { return "na bijeenkomst " + m.na; })) + "." +
      (recorded.length ? " Vastgelegd: " + recorded.map(function (r) { return r.charAt(0).toLowerCase() + r.slice(1); }).join("; ") + "." : "");
    y += "# Woorden van de bron: hoe is gevolgd of de interventies werkten? Uit je plan:\n";
    y += comments(monitoring, 0);
    p.logboek.antwoorden.forEach(function (a, j) {
      if (a && a.algemeen && a.algemeen.trim()) y += comments("Je logboek, moment " + (j + 1) + ": " + a.algemeen.trim(), 0);
    });
    y += block("monitoring", FILL + ": hoe je bron beschrijft dat de interventies gevolgd zijn.", 0) + "\n";
    y += "# Woorden van de bron: de conclusies, elk als een item.\n";
    y += "conclusies:\n  - " + quote(FILL + ": een conclusie uit je bron.") + "\n\n";
    y += "bronnen: []\n";
    y += "# Je bron: het verslag of artikel waarin je werkplaats beschreven is.\n";
    y += "eigen_bronnen:\n";
    y += "  - id: " + data.regels.invullenId + "-id-van-je-bron\n";
    y += "    verwijzing: " + quote(FILL + ": Achternaam, A. (jaar). Titel. Uitgever of vindplaats.") + "\n";
    y += "    in_tekst: " + quote(FILL + ": Achternaam, jaar") + "\n";
    y += "    bevestigd: false\n";
    y += comment("(optioneel) url: \"https://...\"", 4);
    y += "\ninterventies:\n";
    var used = {};
    p.interventies.forEach(function (entry, i) {
      var title = titleOf(entry);
      var iid = slugify(title);
      if (!validId(iid)) iid = "interventie-" + (i + 1);
      var stem = iid.slice(0, data.regels.idLengte - 4).replace(/-+$/, "");
      for (var k = 2; used[iid]; k++) iid = stem + "-" + k;
      used[iid] = true;
      var item = interventionByKey[entry.sleutel];
      var note = [];
      if (item) {
        var c = data.casussen[item.s];
        note.push("Gebaseerd op de interventie \u2018" + item.t + "\u2019 uit de casus \u2018" + c.titel + "\u2019 (" + c.instelling + ", " + c.jaar + ") in het handboek Netwerkleren.");
      } else if (!entry.eigen && entry.momentopname) {
        note.push("Gebaseerd op de interventie \u2018" + entry.momentopname.titel + "\u2019 uit de " + originOf(entry) + " in het handboek Netwerkleren.");
      } else if (entry.eigen && entry.eigen.wat && entry.eigen.wat.trim()) {
        note.push(entry.eigen.wat.trim());
      }
      note.push(entry.bijeenkomsten.length
        ? "Gepland op bijeenkomst " + joinDutch(entry.bijeenkomsten.map(String)) + " van de " + total + "."
        : "Niet op een bijeenkomst gepland.");
      p.logboek.momenten.forEach(function (m, j) {
        var a = p.logboek.antwoorden[j] && p.logboek.antwoorden[j].per[entry.sleutel];
        if (!a || (!a.status && !a.notitie.trim())) return;
        note.push("Logboek, moment " + (j + 1) + (a.status ? " (uitgevoerd: " + STATUS_LABELS[a.status].toLowerCase() + ")" : "") + ": " + (a.notitie.trim() || "geen notitie."));
      });
      y += "  - id: " + iid + "\n";
      y += "    # Redactioneel: een korte titel.\n";
      y += "    titel: " + quote(title) + "\n";
      y += "    # Woorden van de bron: wat de werkplaats deed, letterlijk zoals je bron het beschrijft.\n";
      y += block("wat", FILL + ": wat de werkplaats deed, in de woorden van je bron.", 4);
      y += "    # Redactioneel: uit je plan en je logboek (het handboek toont dit als noot). Pas aan of haal weg.\n";
      y += block("redactienoot", note.join("\n\n"), 4);
      var firstPrinciple = entry.principes[0];
      var ci = firstPrinciple ? data.principes[principleIndex(firstPrinciple)].k : -1;
      var chosen = ci === -1 ? null : data.karakteristieken[ci];
      y += "    # Verbanden met 'herkomst: redactie' legt je plan; zegt je bron het zelf, kies dan 'bron' met\n";
      y += "    # een 'bronfragment' (de letterlijke passage uit je bron).\n";
      y += "    karakteristiek:\n";
      y += "      id: " + (chosen ? chosen.id : data.regels.invullenId + "-id-van-de-karakteristiek") + "\n";
      y += "      herkomst: redactie\n";
      y += "      toelichting: " + quote(chosen ? "In het werkplaatsplan gekozen bij de karakteristiek \u2018" + chosen.naam + "\u2019." : FILL + ": waarom hoort de interventie bij deze karakteristiek?") + "\n";
      y += "    principes:\n";
      entry.principes.forEach(function (pid) {
        y += "      - id: " + pid + "\n";
        y += "        herkomst: redactie\n";
        y += "        toelichting: " + quote("In het werkplaatsplan gekozen om te werken aan het ontwerpprincipe \u2018" + principleName(pid) + "\u2019.") + "\n";
      });
      if (item && item.v.length) {
        y += comments("In de casus \u2018" + data.casussen[item.s].titel + "\u2019 raakt deze interventie de voorwaarden hieronder; haal weg wat voor jouw werkplaats niet klopt.", 4);
        y += "    voorwaarden:\n";
        item.v.forEach(function (link) {
          y += "      - id: " + data.voorwaarden[link[0]].id + "\n";
          y += "        herkomst: redactie\n";
          y += "        toelichting: " + quote(FILL + ": hoe raakte de interventie de voorwaarde \u2018" + data.voorwaarden[link[0]].naam + "\u2019 in jullie werkplaats?") + "\n";
        });
      }
      var phases = [];
      entry.bijeenkomsten.forEach(function (m) {
        var ph = meetingPhase(m, total);
        if (phases.indexOf(ph) === -1) phases.push(ph);
      });
      phases = Object.keys(data.fasen).filter(function (f) { return phases.indexOf(f) !== -1; });
      y += "    # Redactioneel: wanneer (uit je planning) en wie (uit je plan).\n";
      y += "    fasen: [" + phases.join(", ") + "]\n";
      y += "    rollen: [" + entry.rollen.join(", ") + "]\n\n";
    });
    if (!p.interventies.length) {
      y += "  - id: " + data.regels.invullenId + "-id-van-de-interventie\n";
      y += "    titel: " + quote(FILL + ": korte titel van de interventie") + "\n";
      y += "    wat: " + quote(FILL + ": wat de werkplaats deed, in de woorden van je bron.") + "\n";
      y += "    karakteristiek:\n      id: " + data.regels.invullenId + "-id-van-de-karakteristiek\n      herkomst: redactie\n";
      y += "      toelichting: " + quote(FILL + ": waarom hoort de interventie hierbij?") + "\n";
      y += "    principes:\n      - id: " + data.regels.invullenId + "-id-van-een-ontwerpprincipe\n        herkomst: redactie\n";
      y += "        toelichting: " + quote(FILL + ": waarom geeft de interventie invulling aan dit principe?") + "\n";
    }
    return { id: id, yaml: y };
  }

  /* ---------- start ---------- */

  function init() {
    root = document.getElementById("nl-planner");
    if (!root || root.getAttribute("data-nl-ready")) return;
    root.setAttribute("data-nl-ready", "1");
    app = document.getElementById("nl-planner-app");
    statusNode = document.getElementById("nl-planner-status");
    printNode = document.getElementById("nl-plan-print");
    var blank = document.getElementById("nl-plan-blank");
    var footerNode = blank && blank.querySelector(".nl-print-footer");
    colophon = footerNode ? footerNode.cloneNode(true) : null;

    function ready() {
      data = window.netwerkleren && window.netwerkleren.werkplaatsplan;
      if (!data) return failed();
      FILL = data.regels.invullen;
      indexData();
      store = openStorage();
      var message = load();
      blank.hidden = true;
      app.hidden = false;
      root.classList.add("nl-planner--ready");
      render();
      if (message) announce(message);
      // Printing from the browser's own menu prints the plan (or the printout chosen last).
      window.addEventListener("afterprint", function () {
        if (printMode.kind !== "plan") {
          printMode.kind = "plan";
          renderPrint();
        }
      });
    }

    function failed() {
      statusNode.textContent = "De planner kon niet worden geladen; hieronder staat het formulier om af te drukken.";
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

  /* For tests and for whoever reads the code: the pure parts, without the page. */
  window.netwerkleren = window.netwerkleren || {};
  window.netwerkleren.planner = {
    VERSION: VERSION,
    readPlans: function (raw) { return readPlans(raw); },
    caseDraft: function () { return caseDraft(plan()); },
    quote: quote
  };
})();
