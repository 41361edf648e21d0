/* The handbook's data as the planner reads it (werkplaatsplan/gegevens.js, generated from the model):
   characteristics, principles, conditions, cases and every intervention, with lookups. No DOM. */

import { joinDutch } from "./text.mjs";

export let data = null;
export const interventionByKey = Object.create(null);
export const interventionsByPrinciple = Object.create(null);

/* Take the data file's content and index it. */
export function useData(value) {
  data = value;
  Object.keys(interventionByKey).forEach(function (key) { delete interventionByKey[key]; });
  Object.keys(interventionsByPrinciple).forEach(function (key) { delete interventionsByPrinciple[key]; });
  data.interventies.forEach(function (item) {
    interventionByKey[keyOf(item)] = item;
    item.p.forEach(function (link) {
      var pid = data.principes[link[0]].id;
      (interventionsByPrinciple[pid] = interventionsByPrinciple[pid] || []).push(item);
    });
  });
  Object.keys(interventionsByPrinciple).forEach(function (pid) {
    var p = principleIndex(pid);
    // Links the source makes first, then the editors' links; otherwise in data order.
    interventionsByPrinciple[pid].sort(function (a, b) { return origin(b, p) - origin(a, p); });
  });
}

export function principleIndex(id) {
  for (var i = 0; i < data.principes.length; i++) if (data.principes[i].id === id) return i;
  return -1;
}

export function characteristicIndex(id) {
  for (var i = 0; i < data.karakteristieken.length; i++) if (data.karakteristieken[i].id === id) return i;
  return -1;
}

export function origin(item, p) {
  for (var i = 0; i < item.p.length; i++) if (item.p[i][0] === p) return item.p[i][1];
  return 0;
}

export function keyOf(item) {
  return data.casussen[item.s].id + "/" + item.id;
}

export function handbookItem(key) {
  return Object.prototype.hasOwnProperty.call(interventionByKey, key) ? interventionByKey[key] : null;
}

export function isPrinciple(id) { return principleIndex(id) !== -1; }
export function isCharacteristic(id) { return characteristicIndex(id) !== -1; }
export function isRole(id) { return Object.prototype.hasOwnProperty.call(data.rollen, id); }

export function snapshotOf(item) {
  var c = data.casussen[item.s];
  return { titel: item.t, casus: c.titel, instelling: c.instelling, jaar: c.jaar };
}

export function titleOf(entry) {
  if (entry.eigen) return entry.eigen.titel || "Eigen interventie";
  var item = handbookItem(entry.sleutel);
  return item ? item.t : (entry.momentopname && entry.momentopname.titel) || entry.sleutel;
}

export function originOf(entry) {
  if (entry.eigen) return "eigen interventie";
  var item = handbookItem(entry.sleutel);
  if (item) {
    var c = data.casussen[item.s];
    return "casus " + c.instelling + ", " + c.jaar;
  }
  var s = entry.momentopname || {};
  return "casus " + (s.instelling || s.casus || "") + (s.jaar ? ", " + s.jaar : "");
}

export function meetingPhase(n, total) {
  if (n === 1) return "start";
  if (n === total) return "einde";
  return "tijdens";
}

export function meetingLabel(n, total) {
  return "Bijeenkomst " + n + " (" + data.fasen[meetingPhase(n, total)].toLowerCase() + ")";
}

export function principleName(id) {
  var i = principleIndex(id);
  return i === -1 ? id : data.principes[i].kort;
}

export function rolesText(entry) {
  var roles = entry.rollen.map(function (r) { return data.rollen[r].toLowerCase(); });
  var who = roles.length ? joinDutch(roles) : "";
  if (entry.wie) who = who ? who + " (" + entry.wie + ")" : entry.wie;
  return who;
}
