/* The printouts (A4): the plan, an agenda per meeting, the logbook per moment. Rendered into #nl-plan-print
   with the colophon of the blank form under each sheet. */

import { characteristicIndex, data, handbookItem, meetingLabel, meetingPhase, originOf, principleIndex, principleName, rolesText, titleOf } from "./catalog.mjs";
import { el, text } from "./dom.mjs";
import { recordsOf } from "./draft.mjs";
import { STATUS_LABELS } from "./model.mjs";
import { formatDate, joinDutch } from "./text.mjs";

export const printing = { kind: "plan", meeting: 1, root: null, node: null, colophon: null };

/* Where a handbook intervention lives, as it is printed: the colophon's address (a full address when the
   handbook has a site_url, otherwise a path) tells how. Empty for the planner's own interventions. */
export function printedAddress(entry) {
  var item = handbookItem(entry.sleutel);
  if (!item) return "";
  var shown = printing.colophon && printing.colophon.querySelector(".nl-address");
  var here = shown ? shown.textContent.trim() : "";
  var target = (printing.root.getAttribute("data-site-root") || "") + data.casussen[item.s].url + "#" + item.a;
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

function footer(title) {
  var node = printing.colophon ? printing.colophon.cloneNode(true) : el("footer", { className: "nl-print-footer" }, [el("p")]);
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

/* A sheet whose title comes back at the top of every page it runs onto: the browser repeats a table's
   header on each printed page. */
function repeatingSheet(title) {
  var s = el("section", { className: "nl-plan-print__sheet nl-checklist" });
  var body = el("td");
  s.appendChild(el("table", { className: "nl-plan-print__frame", role: "presentation" }, [
    el("thead", {}, [el("tr", {}, [el("td", {}, [el("h2", { className: "nl-checklist__title", text: title })])])]),
    el("tbody", {}, [el("tr", {}, [body])])
  ]));
  return { sheet: s, body: body };
}

function planName(p) {
  return p.naam || "werkplaats zonder naam";
}

function meetingDate(p, m) {
  return p.bijeenkomsten.data[m - 1] ? formatDate(p.bijeenkomsten.data[m - 1]) : "";
}

export function renderPrint(p) {
  var node = printing.node;
  node.textContent = "";
  node.setAttribute("data-nl-print-kind", printing.kind);
  if (printing.kind === "agenda") node.appendChild(printAgenda(p, Math.min(printing.meeting, p.bijeenkomsten.aantal)));
  else if (printing.kind === "agendas") {
    for (var m = 1; m <= p.bijeenkomsten.aantal; m++) node.appendChild(printAgenda(p, m));
  }
  else if (printing.kind === "logboek") printLogbook(p).forEach(function (s) { node.appendChild(s); });
  else node.appendChild(printPlan(p));
}

export function printPlan(p) {
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
      el("td", { className: "nl-plan-print__date", text: meetingDate(p, m) }),
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

export function printAgenda(p, m) {
  var total = p.bijeenkomsten.aantal;
  var s = sheet("Agenda " + meetingLabel(m, total).toLowerCase() + ": " + planName(p));
  s.appendChild(fields([["Werkplaats", p.naam], ["Datum", meetingDate(p, m)], ["Voorzitter", ""], ["Aanwezig", ""]]));
  var here = p.interventies.filter(function (e) { return e.bijeenkomsten.indexOf(m) !== -1; });
  var list = el("ul", { className: "nl-checklist__items" });
  here.forEach(function (e) {
    var who = rolesText(e);
    list.appendChild(el("li", { className: "nl-check" }, [
      el("div", { className: "nl-check__row" }, [box(false), el("p", { className: "nl-check__text", text: titleOf(e) })]),
      e.eigen && e.eigen.wat ? el("p", { className: "nl-plan-print__answer nl-plan-print__own", text: e.eigen.wat }) : null,
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

export function printLogbook(p) {
  return p.logboek.momenten.map(function (moment, i) {
    var answers = p.logboek.antwoorden[i] || { algemeen: "", per: {} };
    var frame = repeatingSheet("Logboek " + planName(p) + ": moment " + (i + 1) + " (na bijeenkomst " + moment.na + ")");
    var s = frame.body;
    s.appendChild(fields([["Werkplaats", p.naam], ["Ingevuld door", p.projectleider], ["Datum", meetingDate(p, moment.na)]]));
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
    return frame.sheet;
  });
}
