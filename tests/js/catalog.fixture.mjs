/* A small catalog in the shape of werkplaatsplan/gegevens.js (views/planner.py: planner_data), for the
   planner's pure functions. Hand-written on purpose: the tests do not change when the handbook's data does. */

export const catalog = {
  karakteristieken: [
    { id: "ontwerpgerichte-aanpak", nummer: 1, naam: "Ontwerpgerichte aanpak", url: "k/1/", principes: [0, 1] },
    { id: "diversiteit-en-gelijkwaardigheid", nummer: 2, naam: "Diversiteit en gelijkwaardigheid", url: "k/2/", principes: [2] }
  ],
  principes: [
    { id: "monitor-doelen-leerproces-en-leeropbrengst", kort: "Monitor doelen", tekst: "Monitor.", k: 0, url: "p/1/" },
    { id: "bepaal-gezamenlijke-doelen", kort: "Bepaal doelen", tekst: "Bepaal.", k: 0, url: "p/2/" },
    { id: "bouw-aan-onderling-vertrouwen", kort: "Bouw aan onderling vertrouwen", tekst: "Bouw.", k: 1, url: "p/3/" }
  ],
  voorwaarden: [{ id: "autonomie", nummer: 1, naam: "Autonomie", url: "v/" }],
  casussen: [{ id: "iselinge-2021-2022", titel: "Iselinge", instelling: "Iselinge Hogeschool", jaar: "2021-2022", url: "c/" }],
  interventies: [
    { id: "doelen-in-elke-bijeenkomst", t: "Doelen in elke bijeenkomst", a: "i-1", s: 0, k: 0, p: [[0, 1]], v: [], f: ["tijdens"], r: ["projectleider"] },
    { id: "deelgroepen", t: "Deelgroepen", a: "i-2", s: 0, k: 0, p: [[0, 1], [1, 0]], v: [[0, 0]], f: ["tijdens"], r: [] },
    { id: "group-wisdom", t: "Group Wisdom", a: "i-3", s: 0, k: 0, p: [[1, 1]], v: [], f: ["start"], r: [] },
    { id: "scan", t: "Scan netwerkleren", a: "i-4", s: 0, k: 0, p: [[0, 0]], v: [], f: ["start", "tijdens", "einde"], r: [] },
    { id: "wensen", t: "Wensen en verwachtingen", a: "i-5", s: 0, k: 1, p: [[2, 1]], v: [], f: ["start", "tijdens"], r: [] }
  ],
  fasen: { start: "Start", tijdens: "Tijdens", einde: "Einde" },
  rollen: { projectleider: "Projectleider", student: "Student" },
  regels: {
    id: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
    idLengte: 80,
    gereserveerd: ["index"],
    studiejaar: "^(19|20)[0-9]{2}-(19|20)[0-9]{2}$",
    invullen: "VUL IN",
    invullenId: "vul-in",
    onzichtbaar: "\\u{ad}\\u{200b}-\\u{200f}\\u{2028}-\\u{202e}\\u{2060}-\\u{2064}\\u{2066}-\\u{206f}\\u{feff}\\u{e0001}\\u{e0020}-\\u{e007f}"
  }
};
