/* The werkplaatsplan's pure functions (docs/assets/planner/*.mjs): caps, ids, the type check, migration,
   what an import changes, placing and logbook moments. Run with: node --test tests/js/ */

import assert from "node:assert/strict";
import { test } from "node:test";

import { useData } from "../../docs/assets/planner/catalog.mjs";
import {
  LIMITS, PlanError, applyImport, importChanges, moveMoments, newPlan, placeByPhases, readPlans, spreadMoments
} from "../../docs/assets/planner/model.mjs";
import { readText } from "../../docs/assets/planner/storage.mjs";
import { exportName } from "../../docs/assets/planner/render.mjs";
import { catalog } from "./catalog.fixture.mjs";

useData(catalog);

const ENGLISH = /\b(undefined|null|is not|Cannot|property|function|of undefined)\b/;

function file(plans) {
  return { formaat: "netwerkleren-werkplaatsplan", versie: 2, werkplaatsen: plans };
}

function refusal(fn) {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof PlanError, "a PlanError, not " + error);
    assert.doesNotMatch(error.message, ENGLISH);
    return error.message;
  }
  assert.fail("not refused");
}

test("point 1: a file with 10,000 interventions is refused with the numbers, quickly", () => {
  const many = Array.from({ length: 10000 }, (_, i) => ({ sleutel: "eigen-" + (i % 9999), eigen: { titel: "x" }, principes: [] }));
  const started = Date.now();
  const message = refusal(() => readPlans(file([{ id: "a", interventies: many }])));
  assert.ok(Date.now() - started < 1000);
  assert.match(message, /10\.000/);
  assert.match(message, new RegExp("hoogstens " + LIMITS.interventions));
});

test("point 8: 200 werkplaatsen are refused, not cut to 100; a 500-character name is refused, not cut", () => {
  const plans = Array.from({ length: 200 }, (_, i) => ({ id: "w" + i }));
  assert.match(refusal(() => readPlans(file(plans))), /200 werkplaatsen.*hoogstens 50/);
  assert.match(refusal(() => readPlans(file([{ naam: "x".repeat(500) }]))), /'naam' is 500 tekens lang; hoogstens 200/);
});

test("point 2: plans without an id, or with the same id, get ids of their own (version 1 too)", () => {
  const read = readPlans(file([{ naam: "A" }, { naam: "B" }, { id: "same", naam: "C" }, { id: "same", naam: "D" }]));
  const ids = read.plans.map((p) => p.id);
  assert.equal(new Set(ids).size, 4);
  assert.ok(ids.every((id) => /^[A-Za-z0-9_-]{1,40}$/.test(id) && id !== "undefined"));
  const v1a = readPlans({ versie: 1, werkplaats: { naam: "Oud" } }).plans[0];
  const v1b = readPlans({ versie: 1, werkplaats: { naam: "Oud" } }).plans[0];
  assert.notEqual(v1a.id, v1b.id);
  assert.notEqual(v1a.id, "undefined");
});

test("point 4: a date or an id given as a list is refused with a Dutch message", () => {
  assert.match(refusal(() => readPlans(file([{ id: "a", bijeenkomsten: { aantal: 3, data: [["2025-01-01"]] } }]))), /datum van bijeenkomst 1 moet tekst zijn.*een lijst/);
  assert.match(refusal(() => readPlans(file([{ id: ["a"] }]))), /'id' moet tekst zijn, maar is een lijst/);
  assert.match(refusal(() => readPlans(file([{ id: "a", naam: { x: 1 } }]))), /'naam' moet tekst zijn/);
  assert.match(refusal(() => readPlans(file([{ id: "a", interventies: "x" }]))), /'interventies' moet een lijst zijn/);
  assert.match(refusal(() => readPlans(file([{ id: "a", logboek: { momenten: [{ na: [1] }] } }]))), /logboekmoment 1 moet een getal zijn/);
  assert.match(refusal(() => readPlans(file([{ id: "a", bijeenkomsten: { aantal: 999 } }]))), /1 tot en met 40/);
});

test("point 10: __proto__ and constructor keys give a Dutch note, never an English error", () => {
  const text = JSON.stringify({
    versie: 1,
    werkplaats: {
      naam: "Taal",
      principes: ["monitor-doelen-leerproces-en-leeropbrengst"],
      interventies: ["constructor", "__proto__", "iselinge-2021-2022/doelen-in-elke-bijeenkomst"],
      planning: { constructor: [1], "iselinge-2021-2022/doelen-in-elke-bijeenkomst": [2] }
    }
  }).replace('"naam"', '"__proto__": {"x": 1}, "naam"');
  const read = readText(text);
  assert.equal(read.plans[0].interventies.length, 1);
  assert.deepEqual(read.plans[0].interventies[0].bijeenkomsten, [2]);
  assert.match(read.notes, /__proto__, constructor of prototype/);
  assert.equal({}.x, undefined);
  assert.match(refusal(() => readText("{niet: json")), /geen JSON-bestand/);
  assert.match(refusal(() => readText("[".repeat(100000))), /100\.000 lagen diep genest/);
  assert.match(refusal(() => readText("{" + Array.from({ length: 400000 }, (_, i) => "\"k" + i + "\":1").join(",") + "}")), /velden/);
});

test("point 3: an older file against newer work here says which is newer", () => {
  const here = newPlan("Rekenen");
  here.bewerkt = "2026-12-03T10:00:00.000Z";
  const old = JSON.parse(JSON.stringify(here));
  old.bewerkt = "2026-12-01T10:00:00.000Z";
  old.thema = "ouder";
  const changes = importChanges([here], [old]);
  assert.equal(changes.replaced.length, 1);
  assert.equal(changes.replaced[0].newer, "browser");
  assert.deepEqual(importChanges([here], [JSON.parse(JSON.stringify(here))]).unchanged.length, 1);
  const fresh = newPlan("");
  assert.deepEqual(applyImport([fresh], importChanges([fresh], [here])).map((p) => p.naam), ["Rekenen"]);
});

test("file names say what is in them and do not collide", () => {
  const p = newPlan("Taal & lezen");
  const one = exportName([p], false, new Date(2026, 11, 3, 14, 5, 7));
  const two = exportName([p], false, new Date(2026, 11, 3, 14, 5, 8));
  assert.equal(one, "werkplaatsplan-taal-lezen-2026-12-03-140507.json");
  assert.notEqual(one, two);
  assert.equal(exportName([p, p], true, new Date(2026, 11, 3, 14, 5, 7)), "werkplaatsplannen-alle-2-2026-12-03-140507.json");
});

test("logbook moments spread over the meetings and move with their number", () => {
  assert.deepEqual(spreadMoments(6, 2).map((m) => m.na), [3, 6]);
  assert.deepEqual(spreadMoments(5, 3).map((m) => m.na), [2, 3, 5]);
  assert.deepEqual(spreadMoments(3, 3).map((m) => m.na), [1, 2, 3]);
  assert.deepEqual(spreadMoments(2, 3).map((m) => m.na), [1, 1, 2]);
  assert.deepEqual(moveMoments([{ na: 3 }, { na: 6 }], 6, 10).map((m) => m.na), [5, 10]);
  assert.deepEqual(moveMoments([{ na: 3 }, { na: 6 }], 6, 3).map((m) => m.na), [2, 3]);
});

test("placing by the phases puts a 'tijdens' intervention on one middle meeting, spread", () => {
  const p = newPlan("x");
  ["doelen-in-elke-bijeenkomst", "deelgroepen", "group-wisdom", "scan", "wensen"].forEach((id) => {
    p.interventies.push({ sleutel: "iselinge-2021-2022/" + id, eigen: null, principes: [], bijeenkomsten: [], rollen: [], wie: "" });
  });
  p.interventies.push({ sleutel: "eigen-1", eigen: { titel: "Eigen", wat: "" }, principes: [], bijeenkomsten: [], rollen: [], wie: "" });
  assert.equal(placeByPhases(p), 5);
  const at = Object.fromEntries(p.interventies.map((e) => [e.sleutel.split("/").pop(), e.bijeenkomsten]));
  assert.deepEqual(at["doelen-in-elke-bijeenkomst"], [2]);
  assert.deepEqual(at.deelgroepen, [3]);
  assert.deepEqual(at["group-wisdom"], [1]);
  assert.deepEqual(at.scan, [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(at.wensen, [1, 4]);
  assert.deepEqual(at["eigen-1"], []);
});
