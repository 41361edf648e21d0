/* Plans: defaults, caps, the type check of every field, ids, migration of older formats, what an import
   changes, and the placing helpers. Pure functions: no DOM, no storage. Every refusal is a PlanError with a
   Dutch message that says what and how many. */

import { data, handbookItem, isCharacteristic, isPrinciple, isRole, meetingPhase, snapshotOf } from "./catalog.mjs";
import { count, thousands } from "./text.mjs";

export const FORMAT = "netwerkleren-werkplaatsplan";
export const VERSION = 2;
export const DEFAULT_MEETINGS = 6;
export const STATUS_LABELS = { ja: "Ja", deels: "Deels", nee: "Nee", "nog-niet": "Nog niet" };
/* Caps on every list and text. A file or a field over a cap is refused with the numbers, never cut. */
export const LIMITS = {
  plans: 50,
  interventions: 60,
  meetings: 40,
  moments: 6,
  short: 200,
  long: 5000,
  other: 1000,
  fileBytes: 5 * 1024 * 1024
};
/* What a logbook records: these are the handbook editors' suggestions for a logbook, not a report of
   what the case did (the case's own words are quoted on the page, in the step's introduction). */
export const RECORDS = [
  { id: "uitvoering", label: "Per interventie: is ze uitgevoerd zoals gepland?" },
  { id: "werking", label: "Per interventie: wat werkte, en wat niet?" },
  { id: "motivatie", label: "Wat merk je aan de motivatie van studenten (de motivatievoorwaarden)?" },
  { id: "bespreking", label: "Het logboek bespreken met de andere projectleiders" },
  { id: "opnamen", label: "Geluidsopnamen van de bijeenkomsten" }
];
export const DEFAULT_RECORDS = ["uitvoering", "werking", "bespreking"];
/* An intervention in a plan: "<case id>/<intervention id>" from the handbook, or "eigen-<n>". */
export const KEY_PATTERN = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*|eigen-[0-9]{1,4})$/;
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/* Names a file may use as keys that would reach an object's prototype: dropped, and said so. */
export const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"];

export class PlanError extends Error {}

/* ---------- ids ---------- */

let idCounter = 0;

/* An id that none of `taken` (an array of ids) has. */
export function newId(taken) {
  var id;
  do {
    idCounter += 1;
    id = "w" + Date.now().toString(36) + idCounter.toString(36) + Math.random().toString(36).slice(2, 6);
  } while (taken && taken.indexOf(id) !== -1);
  return id;
}

export function stamp() {
  return new Date().toISOString();
}

/* ---------- defaults ---------- */

export function newPlan(name, taken) {
  return {
    id: newId(taken),
    naam: name || "",
    thema: "",
    instelling: "",
    studiejaar: "",
    projectleider: "",
    bewerkt: "",
    karakteristieken: [],
    principes: [],
    interventies: [],
    bijeenkomsten: { aantal: DEFAULT_MEETINGS, data: [] },
    logboek: { momenten: spreadMoments(DEFAULT_MEETINGS, 2), vastleggen: DEFAULT_RECORDS.slice(), anders: "", antwoorden: [] }
  };
}

/* `count` logbook moments spread over `meetings` meetings, each after a different meeting where there are
   enough, the last after the last meeting: 6 meetings, 2 moments: after 3 and 6; 5 and 3: after 2, 3 and 5. */
export function spreadMoments(meetings, howMany) {
  var moments = [];
  var previous = 0;
  for (var i = 1; i <= howMany; i++) {
    var na = Math.max(1, Math.round((meetings * i) / howMany));
    var room = meetings - (howMany - i);
    if (na <= previous && previous < room) na = previous + 1;
    na = Math.min(meetings, na);
    moments.push({ na: na });
    previous = na;
  }
  return moments;
}

/* Moments when the number of meetings changes: each keeps its place in the year (after meeting 3 of 6 is
   after meeting 4 of 8), so a moment at the end stays at the end. */
export function moveMoments(moments, before, after) {
  return moments.map(function (m) {
    return { na: Math.min(after, Math.max(1, Math.round((m.na * after) / before))) };
  });
}

/* "Plaats volgens de fasen": an intervention from a case goes where its phases say, once: the start on the
   first meeting, the end on the last, "tijdens" on one middle meeting (spread: the next "tijdens"
   intervention takes the next middle meeting). Only one with all three phases goes on every meeting.
   Returns how many were placed; own interventions and placed ones are left alone. */
export function placeByPhases(plan) {
  var total = plan.bijeenkomsten.aantal;
  var middle = [];
  for (var m = 2; m < total; m++) middle.push(m);
  var turn = 0;
  var placed = 0;
  plan.interventies.forEach(function (entry) {
    if (entry.bijeenkomsten.length) return;
    var item = handbookItem(entry.sleutel);
    var phases = item ? item.f : [];
    var meetings = [];
    if (phases.indexOf("start") !== -1 && phases.indexOf("tijdens") !== -1 && phases.indexOf("einde") !== -1) {
      for (var k = 1; k <= total; k++) meetings.push(k);
    } else {
      if (phases.indexOf("start") !== -1) meetings.push(1);
      if (phases.indexOf("tijdens") !== -1) {
        meetings.push(middle.length ? middle[turn % middle.length] : Math.min(total, 2));
        turn += 1;
      }
      if (phases.indexOf("einde") !== -1) meetings.push(total);
    }
    meetings = meetings.filter(function (n, i, all) { return n >= 1 && n <= total && all.indexOf(n) === i; })
      .sort(function (a, b) { return a - b; });
    entry.bijeenkomsten = meetings;
    if (meetings.length) placed += 1;
  });
  return placed;
}

/* ---------- the type check ---------- */

function kind(value) {
  if (Array.isArray(value)) return "een lijst";
  if (value === null) return "leeg (null)";
  if (typeof value === "object") return "een groep velden";
  if (typeof value === "number") return "een getal";
  if (typeof value === "boolean") return "ja/nee (" + value + ")";
  return "tekst";
}

function refuse(where, message) {
  throw new PlanError(where + ": " + message + " Er is niets ingelezen.");
}

function own(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/* A text field: missing is "", text up to `max` characters, anything else refused. */
function fieldText(object, key, max, where) {
  var value = own(object, key);
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") refuse(where, "'" + key + "' moet tekst zijn, maar is " + kind(value) + ".");
  if (value.length > max) {
    refuse(where, "'" + key + "' is " + thousands(value.length) + " tekens lang; hoogstens " + thousands(max) + " tekens passen.");
  }
  return value;
}

function fieldList(object, key, max, where) {
  var value = own(object, key);
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) refuse(where, "'" + key + "' moet een lijst zijn, maar is " + kind(value) + ".");
  if (value.length > max) refuse(where, "'" + key + "' heeft " + thousands(value.length) + " onderdelen; hoogstens " + max + " passen.");
  return value;
}

function fieldGroup(object, key, where) {
  var value = own(object, key);
  if (value === undefined || value === null) return null;
  if (typeof value !== "object" || Array.isArray(value)) refuse(where, "'" + key + "' moet een groep velden zijn, maar is " + kind(value) + ".");
  return value;
}

/* A list of texts (ids); unknown ids are dropped (the handbook may have changed), other types refused. */
function idList(object, key, max, allowed, where) {
  var value = fieldList(object, key, max, where);
  if (!value) return null;
  var out = [];
  value.forEach(function (v, i) {
    if (typeof v !== "string") refuse(where, "'" + key + "' (onderdeel " + (i + 1) + ") moet tekst zijn, maar is " + kind(v) + ".");
    if (out.indexOf(v) === -1 && (!allowed || allowed(v))) out.push(v);
  });
  return out;
}

/* A whole number: a number or a text of digits; anything else refused. */
function wholeNumber(value, what, where) {
  if (typeof value === "number" && isFinite(value)) return Math.round(value);
  if (typeof value === "string" && /^\s*\d{1,6}\s*$/.test(value)) return parseInt(value, 10);
  refuse(where, what + " moet een getal zijn, maar is " + kind(value) + ".");
}

/* Every plan, from storage or from a file, passes here: unknown fields are dropped, every field's type is
   checked (a wrong type refuses the whole file), unknown ids are left out. `notes` collects what was left
   out or made, to be said. */
export function normalisePlan(raw, n, notes) {
  var where = "Werkplaats " + n;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) refuse(where, "dit moet een groep velden zijn, maar is " + kind(raw) + ".");
  var plan = newPlan("");
  var id = own(raw, "id");
  if (typeof id === "string" && ID_PATTERN.test(id)) plan.id = id;
  else if (id !== undefined && id !== null && typeof id !== "string") refuse(where, "'id' moet tekst zijn, maar is " + kind(id) + ".");
  else notes.newIds += 1;
  ["naam", "thema", "instelling", "studiejaar", "projectleider"].forEach(function (field) {
    plan[field] = fieldText(raw, field, LIMITS.short, where);
  });
  var edited = fieldText(raw, "bewerkt", 40, where);
  plan.bewerkt = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(edited) ? edited : "";
  plan.karakteristieken = idList(raw, "karakteristieken", 50, isCharacteristic, where) || [];
  plan.principes = idList(raw, "principes", 200, isPrinciple, where) || [];
  var meetings = fieldGroup(raw, "bijeenkomsten", where) || {};
  var aantal = own(meetings, "aantal");
  if (aantal !== undefined && aantal !== null) {
    var total = wholeNumber(aantal, "'bijeenkomsten.aantal'", where);
    if (total < 1 || total > LIMITS.meetings) refuse(where, "'bijeenkomsten.aantal' is " + total + "; het kan 1 tot en met " + LIMITS.meetings + " zijn.");
    plan.bijeenkomsten.aantal = total;
  }
  var dates = fieldList(meetings, "data", LIMITS.meetings, where + ", bijeenkomsten") || [];
  plan.bijeenkomsten.data = dates.map(function (d, i) {
    if (d === null || d === undefined || d === "") return "";
    if (typeof d !== "string") refuse(where, "de datum van bijeenkomst " + (i + 1) + " moet tekst zijn (zoals 2025-10-13), maar is " + kind(d) + ".");
    return DATE_PATTERN.test(d) ? d : "";
  });
  var seen = Object.create(null);
  var entries = fieldList(raw, "interventies", LIMITS.interventions, where) || [];
  plan.interventies = entries.map(function (r, i) {
    var at = where + ", interventie " + (i + 1);
    if (!r || typeof r !== "object" || Array.isArray(r)) refuse(at, "dit moet een groep velden zijn, maar is " + kind(r) + ".");
    var ownPart = fieldGroup(r, "eigen", at);
    var snapshotPart = fieldGroup(r, "momentopname", at);
    var key = fieldText(r, "sleutel", LIMITS.short, at);
    if (FORBIDDEN_KEYS.indexOf(key) !== -1) { notes.forbidden += 1; return null; }
    if (!KEY_PATTERN.test(key) || seen[key]) { notes.dropped += 1; return null; }
    if (!ownPart && !handbookItem(key) && !snapshotPart) { notes.dropped += 1; return null; }
    seen[key] = true;
    var snapshot = snapshotPart || {};
    var placed = fieldList(r, "bijeenkomsten", LIMITS.meetings, at) || [];
    return {
      sleutel: key,
      eigen: ownPart ? { titel: fieldText(ownPart, "titel", LIMITS.short, at), wat: fieldText(ownPart, "wat", LIMITS.long, at) } : null,
      momentopname: ownPart ? null : {
        titel: fieldText(snapshot, "titel", LIMITS.short, at),
        casus: fieldText(snapshot, "casus", LIMITS.short, at),
        instelling: fieldText(snapshot, "instelling", LIMITS.short, at),
        jaar: fieldText(snapshot, "jaar", 20, at)
      },
      principes: idList(r, "principes", 200, isPrinciple, at) || [],
      bijeenkomsten: placed
        .map(function (m, k) { return wholeNumber(m, "bijeenkomst " + (k + 1) + " in 'bijeenkomsten'", at); })
        .filter(function (m, k, all) { return m >= 1 && m <= plan.bijeenkomsten.aantal && all.indexOf(m) === k; })
        .sort(function (a, b) { return a - b; }),
      rollen: idList(r, "rollen", 20, isRole, at) || [],
      wie: fieldText(r, "wie", LIMITS.short, at)
    };
  }).filter(Boolean);
  var log = fieldGroup(raw, "logboek", where) || {};
  var moments = fieldList(log, "momenten", LIMITS.moments, where + ", logboek");
  plan.logboek.momenten = moments ? moments.map(function (m, i) {
    var na = m && typeof m === "object" && !Array.isArray(m) ? own(m, "na") : m;
    var value = wholeNumber(na, "logboekmoment " + (i + 1), where);
    return { na: Math.min(plan.bijeenkomsten.aantal, Math.max(1, value)) };
  }) : spreadMoments(plan.bijeenkomsten.aantal, 2);
  var records = idList(log, "vastleggen", 20, function (id) { return RECORDS.some(function (r) { return r.id === id; }); }, where + ", logboek");
  plan.logboek.vastleggen = records || DEFAULT_RECORDS.slice();
  plan.logboek.anders = fieldText(log, "anders", LIMITS.other, where + ", logboek");
  var answers = fieldList(log, "antwoorden", LIMITS.moments, where + ", logboek") || [];
  plan.logboek.antwoorden = answers.map(function (a, i) {
    var at = where + ", logboekmoment " + (i + 1);
    if (a === null || a === undefined) a = {};
    if (typeof a !== "object" || Array.isArray(a)) refuse(at, "de antwoorden moeten een groep velden zijn, maar zijn " + kind(a) + ".");
    var out = { algemeen: fieldText(a, "algemeen", LIMITS.long, at), per: Object.create(null) };
    var per = fieldGroup(a, "per", at) || {};
    Object.keys(per).forEach(function (key) {
      if (FORBIDDEN_KEYS.indexOf(key) !== -1) { notes.forbidden += 1; return; }
      if (!seen[key]) return;
      var one = fieldGroup(per, key, at) || {};
      var status = fieldText(one, "status", 20, at + ", " + key);
      out.per[key] = {
        status: Object.prototype.hasOwnProperty.call(STATUS_LABELS, status) ? status : "",
        notitie: fieldText(one, "notitie", LIMITS.long, at + ", " + key)
      };
    });
    return out;
  });
  return plan;
}

/* Version 1 (the first format of the planner): one werkplaats per file, interventions as keys, the
   placement in a separate map, logbook moments as meeting numbers. */
export function migrateV1(raw, notes) {
  var old = fieldGroup(raw, "werkplaats", "Het bestand") || {};
  var principles = idList(old, "principes", 200, isPrinciple, "Werkplaats 1") || [];
  var placing = fieldGroup(old, "planning", "Werkplaats 1") || {};
  var keys = idList(old, "interventies", LIMITS.interventions, null, "Werkplaats 1") || [];
  var count_ = own(old, "bijeenkomsten");
  var plan = {
    id: own(old, "id"),
    naam: own(old, "naam"),
    thema: own(old, "thema"),
    instelling: own(old, "opleiding"),
    studiejaar: own(old, "studiejaar"),
    projectleider: own(old, "projectleider"),
    karakteristieken: own(old, "karakteristieken"),
    principes: principles,
    bijeenkomsten: { aantal: count_ === undefined ? null : count_, data: [] },
    interventies: keys.map(function (key) {
      if (FORBIDDEN_KEYS.indexOf(key) !== -1) return null;
      var item = handbookItem(key);
      var serves = item ? item.p.map(function (l) { return data.principes[l[0]].id; }) : [];
      return {
        sleutel: key,
        principes: principles.filter(function (p) { return serves.indexOf(p) !== -1; }),
        bijeenkomsten: own(placing, key),
        rollen: item ? item.r : [],
        momentopname: item ? snapshotOf(item) : { titel: key }
      };
    }).filter(Boolean),
    logboek: {
      momenten: (fieldList(old, "logboekmomenten", LIMITS.moments, "Werkplaats 1") || []).map(function (n) { return { na: n }; })
    }
  };
  notes.forbidden += keys.filter(function (k) { return FORBIDDEN_KEYS.indexOf(k) !== -1; }).length;
  return { formaat: FORMAT, versie: 2, werkplaatsen: [plan] };
}

const MIGRATIONS = { 1: migrateV1 };

/* JSON text to a value; keys that would reach a prototype are dropped and counted. */
export function parseJson(textValue) {
  var forbidden = 0;
  var value = JSON.parse(textValue, function (key, v) {
    if (FORBIDDEN_KEYS.indexOf(key) !== -1) {
      forbidden += 1;
      return undefined;
    }
    return v;
  });
  return { value: value, forbidden: forbidden };
}

export function emptyNotes() {
  return { newIds: 0, sameIds: 0, dropped: 0, forbidden: 0 };
}

/* A file's content or the stored value: to the current version, or a PlanError with a Dutch message. */
export function readPlans(raw, notes) {
  notes = notes || emptyNotes();
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new PlanError("Dit is geen bestand met werkplaatsplannen.");
  if (own(raw, "formaat") !== undefined && own(raw, "formaat") !== FORMAT) throw new PlanError("Dit is geen bestand met werkplaatsplannen.");
  var version = own(raw, "versie");
  if (typeof version !== "number" || version < 1 || Math.round(version) !== version) {
    throw new PlanError("Dit bestand heeft geen geldige versie: het is geen werkplaatsplan van dit handboek.");
  }
  if (version > VERSION) {
    throw new PlanError("Dit bestand komt uit een nieuwere versie van het handboek (formaat " + version + "); deze pagina leest tot en met formaat " + VERSION + ".");
  }
  while (version < VERSION) {
    raw = MIGRATIONS[version](raw, notes);
    version = raw.versie;
  }
  var list = own(raw, "werkplaatsen");
  if (!Array.isArray(list)) throw new PlanError("In dit bestand staan geen werkplaatsen.");
  if (list.length > LIMITS.plans) {
    throw new PlanError("Dit bestand heeft " + thousands(list.length) + " werkplaatsen; het handboek bewaart er hoogstens " + LIMITS.plans + ". Er is niets ingelezen.");
  }
  var plans = list.map(function (p, i) { return normalisePlan(p, i + 1, notes); });
  // Ids unique within the file: a second plan with the same id gets its own.
  var ids = [];
  plans.forEach(function (p) {
    if (ids.indexOf(p.id) !== -1) {
      p.id = newId(ids);
      notes.sameIds += 1;
    }
    ids.push(p.id);
  });
  var active = own(raw, "actief");
  return { plans: plans, active: typeof active === "string" ? active : "" };
}

/* What was left out or made while reading, in Dutch; "" when nothing. */
export function notesText(notes) {
  var parts = [];
  if (notes.newIds) parts.push(count(notes.newIds, "werkplaats zonder geldige id kreeg", "werkplaatsen zonder geldige id kregen") + " een eigen id");
  if (notes.sameIds) parts.push(count(notes.sameIds, "werkplaats met dezelfde id als een andere kreeg", "werkplaatsen met dezelfde id als een andere kregen") + " een eigen id");
  if (notes.dropped) parts.push(count(notes.dropped, "interventie die het handboek niet kent of die dubbel stond, is", "interventies die het handboek niet kent of die dubbel stonden, zijn") + " overgeslagen");
  if (notes.forbidden) parts.push(count(notes.forbidden, "onderdeel met de naam __proto__, constructor of prototype is", "onderdelen met de naam __proto__, constructor of prototype zijn") + " overgeslagen (zo'n naam kan de pagina in de war brengen)");
  if (!parts.length) return "";
  var sentence = parts.join("; ");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + ".";
}

/* ---------- what an import changes ---------- */

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/* The plans in a file against the plans here: new ones, ones that would replace a plan here (with which is
   newer), and ones that are already the same. */
export function importChanges(current, incoming) {
  var changes = { added: [], replaced: [], unchanged: [] };
  incoming.forEach(function (plan) {
    var here = null;
    for (var i = 0; i < current.length; i++) if (current[i].id === plan.id) here = current[i];
    if (!here) changes.added.push(plan);
    else if (same(here, plan)) changes.unchanged.push(plan);
    else {
      var newer = !plan.bewerkt || !here.bewerkt ? "onbekend" : plan.bewerkt > here.bewerkt ? "bestand" : plan.bewerkt < here.bewerkt ? "browser" : "onbekend";
      changes.replaced.push({ here: here, incoming: plan, newer: newer });
    }
  });
  return changes;
}

export function isEmpty(p) {
  return !p.naam && !p.thema && !p.karakteristieken.length && !p.interventies.length;
}

/* The plans after an import: replaced ones in their place, new ones at the end; a single untouched plan
   makes way. Over the cap of plans in total: refused with the numbers. */
export function applyImport(current, changes) {
  var plans = current.slice();
  if (changes.added.length && plans.length === 1 && isEmpty(plans[0]) && !changes.replaced.length) plans = [];
  changes.replaced.forEach(function (r) {
    plans = plans.map(function (p) { return p.id === r.incoming.id ? r.incoming : p; });
  });
  if (plans.length + changes.added.length > LIMITS.plans) {
    throw new PlanError("Dit bestand heeft " + count(changes.added.length, "nieuwe werkplaats", "nieuwe werkplaatsen") + " en hier staan er al " + plans.length +
      "; het handboek bewaart er hoogstens " + LIMITS.plans + ". Verwijder eerst werkplaatsen, of importeer een kleiner bestand. Er is niets ingelezen.");
  }
  return plans.concat(changes.added);
}
