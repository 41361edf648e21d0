/* Plans kept in this browser (localStorage): loading, saving, and what happens when either fails. */

import { thousands } from "./text.mjs";
import { FORMAT, LIMITS, PlanError, VERSION, emptyNotes, newPlan, notesText, parseJson, readPlans } from "./model.mjs";

export const STORAGE_KEY = "netwerkleren:werkplaatsplan";
/* Where stored plans that could not be read are kept, so that a later version can still read them. */
export const UNREADABLE_KEY = "netwerkleren:werkplaatsplan:onleesbaar";

/* The plans on the page: { plans, active }. Changed only through the functions here and in the page. */
export const session = { plans: [], active: "", store: null };

export function openStorage() {
  try {
    var s = window.localStorage;
    s.setItem(STORAGE_KEY + ":test", "1");
    s.removeItem(STORAGE_KEY + ":test");
    return s;
  } catch (error) {
    return null;
  }
}

const MAX_DEPTH = 20;
const MAX_FIELDS = 300000;

/* How deep a JSON text nests and how many fields (":" and list items, roughly) it has, in one pass and
   without parsing: a hostile file is refused before JSON.parse spends seconds on it. */
export function measure(textValue) {
  var depth = 0;
  var deepest = 0;
  var fields = 0;
  var inString = false;
  for (var i = 0; i < textValue.length; i++) {
    var c = textValue.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1;          // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {  // { [
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === 125 || c === 93) depth -= 1;
    else if (c === 58 || c === 44) fields += 1;  // : ,
  }
  return { depth: deepest, fields: fields };
}

/* Text read from a file or from storage, to plans; refusals as PlanError with a Dutch message. */
export function readText(textValue) {
  var parsed;
  if (textValue.length > LIMITS.fileBytes) {
    throw new PlanError("Dit bestand is te groot (" + (textValue.length / 1048576).toFixed(1).replace(".", ",") + " MB); een bestand met werkplaatsplannen is hoogstens " + LIMITS.fileBytes / 1048576 + " MB. Er is niets ingelezen.");
  }
  var shape = measure(textValue);
  if (shape.depth > MAX_DEPTH) {
    throw new PlanError("Dit bestand is " + thousands(shape.depth) + " lagen diep genest; een werkplaatsplan is hoogstens " + MAX_DEPTH + " diep. Er is niets ingelezen.");
  }
  if (shape.fields > MAX_FIELDS) {
    throw new PlanError("Dit bestand heeft " + thousands(shape.fields) + " velden; een bestand met werkplaatsplannen heeft er hoogstens " + thousands(MAX_FIELDS) + ". Er is niets ingelezen.");
  }
  try {
    parsed = /"(?:__proto__|constructor|prototype)"/.test(textValue) ? parseJson(textValue) : { value: JSON.parse(textValue), forbidden: 0 };
  } catch (error) {
    throw new PlanError("Dit is geen JSON-bestand (of het is beschadigd). Er is niets ingelezen.");
  }
  var notes = emptyNotes();
  notes.forbidden = parsed.forbidden;
  var read;
  try {
    read = readPlans(parsed.value, notes);
  } catch (error) {
    if (error instanceof PlanError) throw error;
    // Whatever else goes wrong, the message stays Dutch.
    throw new PlanError("Dit bestand heeft een vorm die het handboek niet kent. Er is niets ingelezen.");
  }
  read.notes = notesText(notes);
  return read;
}

/* Load the stored plans into the session; returns a message when something was not right. */
export function load() {
  var plans = [];
  var active = "";
  var message = "";
  if (session.store) {
    var saved = session.store.getItem(STORAGE_KEY);
    if (saved) {
      try {
        var read = readText(saved);
        plans = read.plans;
        active = read.active;
      } catch (error) {
        // Kept aside, never overwritten by the empty plan that takes its place.
        try { session.store.setItem(UNREADABLE_KEY, saved); } catch (ignored) { /* full: it stays where it is */ }
        message = "Je bewaarde plannen konden niet worden gelezen: " + error.message.replace(" Er is niets ingelezen.", "") +
          " Ze zijn apart bewaard in deze browser; je begint met een lege werkplaats.";
      }
    }
  }
  if (!plans.length) plans = [newPlan("")];
  session.plans = plans;
  session.active = plans.some(function (p) { return p.id === active; }) ? active : plans[0].id;
  return message;
}

export function serialise(plans) {
  return { formaat: FORMAT, versie: VERSION, actief: session.active, werkplaatsen: plans || session.plans };
}

/* Save; returns "" or a Dutch message why it failed. */
export function save() {
  if (!session.store) return "";
  try {
    session.store.setItem(STORAGE_KEY, JSON.stringify(serialise()));
    return "";
  } catch (error) {
    return "Je plan kon niet worden bewaard in deze browser (de opslag is vol of staat uit). Wat je nu ziet, is weg als je de pagina sluit: exporteer het als bestand.";
  }
}

export function activePlan() {
  for (var i = 0; i < session.plans.length; i++) if (session.plans[i].id === session.active) return session.plans[i];
  return session.plans[0];
}
