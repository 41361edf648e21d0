/* The case draft's writer: exact YAML scalars, text the check accepts. The round trip through the project's
   own YAML reader is tests/test_werkplaatsplan.py::test_yaml_writer_round_trip. */

import assert from "node:assert/strict";
import { test } from "node:test";

import { useData } from "../../docs/assets/planner/catalog.mjs";
import { caseDraft, clean } from "../../docs/assets/planner/draft.mjs";
import { newPlan } from "../../docs/assets/planner/model.mjs";
import { block, quote } from "../../docs/assets/planner/yaml.mjs";
import { catalog } from "./catalog.fixture.mjs";

useData(catalog);

test("a name with <groep 5/6> does not put markup into titel", () => {
  const p = newPlan("Rekenen <groep 5/6>");
  const yaml = caseDraft(p).yaml;
  const title = yaml.split("\n").find((line) => line.startsWith("titel: "));
  assert.doesNotMatch(title, /<[A-Za-z/!?]/);
  assert.match(title, /\u2039groep 5\/6\u203a/);
});

test("a ZWJ emoji keeps its joiner; a lone joiner and invisible characters go", () => {
  assert.equal(clean("\u{1f469}\u200d\u{1f3eb}"), "\u{1f469}\u200d\u{1f3eb}");
  assert.equal(clean("\u{1f44d}\u{1f3fd}\u200d\u{1f525}"), "\u{1f44d}\u{1f3fd}\u200d\u{1f525}");
  assert.equal(clean("a\u200db\u200bc\u2028d"), "abc d");
  assert.equal(quote("\u{1f469}\u200d\u{1f3eb}"), '"\u{1f469}\\u200d\u{1f3eb}"');
});

test("a redactienoot of several parts is one paragraph (one label on the card)", () => {
  const p = newPlan("Taal");
  p.principes = ["monitor-doelen-leerproces-en-leeropbrengst"];
  p.interventies.push({ sleutel: "eigen-1", eigen: { titel: "Eigen", wat: "Eerste alinea.\n\nTweede alinea.\n\n\nDerde." }, principes: ["monitor-doelen-leerproces-en-leeropbrengst"], bijeenkomsten: [2], rollen: [], wie: "" });
  const yaml = caseDraft(p).yaml;
  const note = yaml.slice(yaml.indexOf("redactienoot:"), yaml.indexOf("karakteristiek:", yaml.indexOf("redactienoot:")));
  assert.doesNotMatch(note.split("\n").slice(1).join("\n"), /\n\s*\n/);
  assert.match(note, /Eerste alinea\./);
});

test("block writes a literal block only where it reads back the same", () => {
  assert.equal(block("k", "a\nb", 0), "k: |-\n  a\n  b\n");
  assert.equal(block("k", " a\nb", 0), 'k: " a\\nb"\n');
  assert.equal(block("k", "a\nb\n", 0), 'k: "a\\nb\\n"\n');
  assert.equal(block("k", "a\u2028\nb", 0), 'k: "a\\u2028\\nb"\n');
});
