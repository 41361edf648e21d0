/* "Deel je ervaring": a draft case file (YAML) from a plan and its logbook, that `netwerkleren check`
   accepts once every VUL IN and every vul-in id is replaced. */

import { characteristicIndex, data, handbookItem, meetingPhase, originOf, principleIndex, principleName, titleOf } from "./catalog.mjs";
import { RECORDS, STATUS_LABELS } from "./model.mjs";
import { joinDutch, today } from "./text.mjs";
import { block, comment, comments, quote } from "./yaml.mjs";

export function fill() {
  return data.regels.invullen;
}

export function slugify(value) {
  var ascii = String(value || "").replace(/['\u2019\u2018`]/g, "").normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
  var slug = ascii.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.slice(0, data.regels.idLengte).replace(/-+$/, "");
}

export function validId(slug) {
  return slug.length >= 2 && new RegExp(data.regels.id).test(slug) && data.regels.gereserveerd.indexOf(slug) === -1 &&
    slug !== data.regels.invullenId && slug.indexOf(data.regels.invullenId + "-") !== 0;
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/* Text as the check accepts it: characters that show nothing or turn the reading direction are left out
   (the class comes from the handbook's own text rules), except the joiner inside an emoji sequence
   (👩‍🏫 stays one emoji); line separators become spaces; control characters go; what a browser would read
   as a tag ("<groep 5/6>") or a template ("{{") gets look-alike brackets, so the text stays readable. */
export function clean(value) {
  var invisible = new RegExp("[" + data.regels.onzichtbaar + "]", "u");
  var chars = Array.from(String(value).replace(/[\u2028\u2029]/g, " "));
  var out = [];
  chars.forEach(function (ch, i) {
    if (ch === "\u200d") {
      var before = out.length ? out[out.length - 1] : "";
      if (before === "\ufe0f" || /[\u{1f3fb}-\u{1f3ff}]/u.test(before)) before = out[out.length - 2] || "";
      if (PICTOGRAPH.test(before) && PICTOGRAPH.test(chars[i + 1] || "")) {
        out.push(ch);
        return;
      }
      return; /* a joiner between anything else is hidden: the check refuses it */
    }
    if (invisible.test(ch) || /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(ch)) return;
    out.push(ch);
  });
  var textValue = out.join("");
  if (/<[A-Za-z/!?]/.test(textValue)) textValue = textValue.replace(/</g, "\u2039").replace(/>/g, "\u203a");
  return textValue.replace(/\{\{|\{%|\{#/g, function (m) { return m.charAt(0) + " " + m.charAt(1); })
    .replace(/%\}|\}\}/g, function (m) { return m.charAt(0) + " " + m.charAt(1); });
}

/* A school year the check accepts (its pattern, and two consecutive years as in check_school_year), or "". */
export function schoolYear(value) {
  var year = String(value).trim();
  if (!new RegExp(data.regels.studiejaar).test(year)) return "";
  return parseInt(year.slice(5, 9), 10) === parseInt(year.slice(0, 4), 10) + 1 ? year : "";
}

export function recordsOf(p) {
  var list = RECORDS.filter(function (r) { return p.logboek.vastleggen.indexOf(r.id) !== -1; }).map(function (r) { return r.label; });
  if (p.logboek.anders) list.push(p.logboek.anders);
  return list;
}

export function caseDraft(p) {
  var FILL = fill();
  var year = schoolYear(p.studiejaar);
  var institution = clean(p.instelling).trim();
  var name = clean(p.naam).trim();
  var theme = clean(p.thema).trim();
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
  if (name !== p.naam.trim() || theme !== p.thema.trim()) {
    y += "# De naam of het thema bevatte tekens die de controle weigert (zoals '<' voor een letter); die zijn aangepast.\n";
  }
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
  y += comments(clean(monitoring), 0);
  p.logboek.antwoorden.forEach(function (a, j) {
    if (a && a.algemeen && a.algemeen.trim()) y += comments(clean("Je logboek, moment " + (j + 1) + ": " + a.algemeen.trim()), 0);
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
    var title = clean(titleOf(entry)).trim() || "Eigen interventie";
    var iid = slugify(title);
    if (!validId(iid)) iid = "interventie-" + (i + 1);
    var stem = iid.slice(0, data.regels.idLengte - 4).replace(/-+$/, "");
    for (var k = 2; used[iid]; k++) iid = stem + "-" + k;
    used[iid] = true;
    var item = handbookItem(entry.sleutel);
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
    // One paragraph (lines, no blank line between): the handbook shows the note under one label.
    var noteText = clean(note.join("\n")).replace(/[ \t]*\n[\s]*/g, "\n").trim();
    y += "  - id: " + iid + "\n";
    y += "    # Redactioneel: een korte titel.\n";
    y += "    titel: " + quote(title) + "\n";
    y += "    # Woorden van de bron: wat de werkplaats deed, letterlijk zoals je bron het beschrijft.\n";
    y += block("wat", FILL + ": wat de werkplaats deed, in de woorden van je bron.", 4);
    y += "    # Redactioneel: uit je plan en je logboek (het handboek toont dit als noot). Pas aan of haal weg.\n";
    y += block("redactienoot", noteText, 4);
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
