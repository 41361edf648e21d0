"""The handbook: every record, every cross-link checked, derived indexes computed once.

``build_handbook(data_dir)`` is the single entry point. Membership (which
interventions serve a principle, touch a condition, belong to a case) is
derived here from the interventions' own links and never stored twice.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from netwerkleren.load.data_dir import Loaded, load_data_dir, raise_problems
from netwerkleren.load.problems import Problem
from netwerkleren.load.yaml_reader import Document, Loc, dotted
from netwerkleren.model.checklists import Checklist, check_checklists
from netwerkleren.model.records import (
    Case,
    Characteristic,
    Condition,
    Intervention,
    Link,
    Principle,
    Source,
)


@dataclass(frozen=True)
class PlacedIntervention:
    """An intervention together with the case it comes from."""

    case_id: str
    case: Case
    intervention: Intervention
    key: str = field(init=False, compare=False)
    """``case_id/intervention_id``: unique in the handbook. Computed once; views compare it millions of times."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", f"{self.case_id}/{self.intervention.id}")

    @property
    def id(self) -> str:
        return self.intervention.id


@dataclass
class Handbook:
    """All content, with indexes derived from the interventions' links."""

    characteristics: list[Characteristic]
    conditions: list[Condition]
    sources: list[Source]
    cases: dict[str, Case]
    checklists: list[Checklist] = field(default_factory=list)
    """The printable checklists from data/checklists.yaml, in file order (see views.checklists)."""
    checklist_sources: list[str] = field(default_factory=list)
    """Ids of the sources printed under every checklist."""
    characteristic_by_id: dict[str, Characteristic] = field(init=False)
    principle_by_id: dict[str, Principle] = field(init=False)
    characteristic_of: dict[str, Characteristic] = field(init=False)
    condition_by_id: dict[str, Condition] = field(init=False)
    source_by_id: dict[str, Source] = field(init=False)
    interventions: list[PlacedIntervention] = field(init=False)
    intervention_by_key: dict[str, PlacedIntervention] = field(init=False)
    by_principle: dict[str, list[PlacedIntervention]] = field(init=False)
    by_condition: dict[str, list[PlacedIntervention]] = field(init=False)
    by_characteristic: dict[str, list[PlacedIntervention]] = field(init=False)
    by_case: dict[str, list[PlacedIntervention]] = field(init=False)
    case_characteristics: dict[str, list[Characteristic]] = field(init=False)
    case_sources: dict[str, list[Source]] = field(init=False)

    def __post_init__(self) -> None:
        self.characteristic_by_id = {c.id: c for c in self.characteristics}
        self.principle_by_id = {p.id: p for c in self.characteristics for p in c.ontwerpprincipes}
        self.characteristic_of = {p.id: c for c in self.characteristics for p in c.ontwerpprincipes}
        self.condition_by_id = {c.id: c for c in self.conditions}
        self.source_by_id = {s.id: s for s in self.sources}
        self.interventions = [
            PlacedIntervention(case_id, case, intervention)
            for case_id, case in self.cases.items()
            for intervention in case.interventies
        ]
        self.intervention_by_key = {placed.key: placed for placed in self.interventions}
        self.by_principle = _index(self.interventions, lambda i: [link.id for link in i.intervention.principes])
        self.by_condition = _index(self.interventions, lambda i: [link.id for link in i.intervention.voorwaarden])
        self.by_characteristic = _index(self.interventions, lambda i: [i.intervention.karakteristiek.id])
        self.by_case = _index(self.interventions, lambda i: [i.case_id])
        self.case_characteristics = {
            case_id: [
                c for c in self.characteristics if any(i.karakteristiek.id == c.id for i in case.interventies)
            ]
            for case_id, case in self.cases.items()
        }
        self.case_sources = {
            case_id: [self.source_by_id[s] for s in case.bronnen] + list(case.eigen_bronnen)
            for case_id, case in self.cases.items()
        }

    @property
    def principles(self) -> list[Principle]:
        return list(self.principle_by_id.values())

    def principle_link(self, placed: PlacedIntervention, principle_id: str) -> Link | None:
        return next((link for link in placed.intervention.principes if link.id == principle_id), None)

    def condition_link(self, placed: PlacedIntervention, condition_id: str) -> Link | None:
        return next((link for link in placed.intervention.voorwaarden if link.id == condition_id), None)

    def related_principles(self, principle_id: str) -> list[tuple[Principle, int]]:
        """Other principles served by the same interventions, most shared first."""
        counts: Counter[str] = Counter()
        for placed in self.by_principle.get(principle_id, []):
            counts.update(link.id for link in placed.intervention.principes if link.id != principle_id)
        order = list(self.principle_by_id)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], order.index(item[0])))
        return [(self.principle_by_id[pid], n) for pid, n in ranked]


def _index(items: list[PlacedIntervention], keys_of) -> dict[str, list[PlacedIntervention]]:  # type: ignore[no-untyped-def]
    index: dict[str, list[PlacedIntervention]] = defaultdict(list)
    for item in items:
        for key in dict.fromkeys(keys_of(item)):
            index[key].append(item)
    return dict(index)


def build_handbook(data_dir: Path, root: Path | None = None) -> Handbook:
    """Load ``data_dir`` and check every cross-reference; raise ``DataError`` listing all problems."""
    loaded = load_data_dir(data_dir, root)
    problems = list(loaded.problems)
    if loaded.characteristics is None or loaded.conditions is None or loaded.sources is None:
        raise_problems(problems)
    problems.extend(_check_links(loaded))
    raise_problems(problems)
    assert loaded.characteristics and loaded.conditions and loaded.sources
    return Handbook(
        characteristics=loaded.characteristics[0].karakteristieken,
        conditions=loaded.conditions[0].motivatievoorwaarden,
        sources=loaded.sources[0].bronnen,
        cases={slug: case for slug, case, _ in loaded.cases},
        checklists=loaded.checklists[0].checklists if loaded.checklists else [],
        checklist_sources=loaded.checklists[0].bronnen if loaded.checklists else [],
    )


class _Checker:
    """Collects problems about ids: unknown references and duplicates."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def at(self, doc: Document, loc: Loc, message: str, *, key: bool = False) -> None:
        mark = doc.mark(loc, key=key)
        self.problems.append(Problem(doc.shown_path, mark.line, mark.col, dotted(loc), message))

    def known(self, doc: Document, loc: Loc, value: str, valid: dict[str, object], what: str) -> None:
        if value in valid:
            return
        nearest = difflib.get_close_matches(value, list(valid), n=1, cutoff=0.5)
        hint = f" Bedoel je '{nearest[0]}'?" if nearest else ""
        self.at(doc, loc, f"{what} '{value}' bestaat niet.{hint}")

    def unique(self, doc: Document, loc: Loc, value: str, seen: dict[str, str], what: str) -> None:
        if value in seen:
            self.at(doc, loc, f"{what} '{value}' komt twee keer voor (ook in {seen[value]})")
        else:
            seen[value] = f"{doc.shown_path}:{doc.mark(loc).line}"

    def source_list(self, doc: Document, loc: Loc, ids: list[str], sources: dict[str, object]) -> None:
        """A list of source ids: each must exist, and appear once."""
        seen: dict[str, str] = {}
        for j, source_id in enumerate(ids):
            self.known(doc, (*loc, j), source_id, sources, "bron")
            self.unique(doc, (*loc, j), source_id, seen, "bron")


def _check_links(loaded: Loaded) -> list[Problem]:
    assert loaded.characteristics and loaded.conditions and loaded.sources
    check = _Checker()
    chars, chars_doc = loaded.characteristics
    conds, conds_doc = loaded.conditions
    srcs, srcs_doc = loaded.sources

    seen: dict[str, str] = {}
    for i, source in enumerate(srcs.bronnen):
        check.unique(srcs_doc, ("bronnen", i, "id"), source.id, seen, "bron-id")
    sources = {s.id: s for s in srcs.bronnen}

    seen = {}
    principles: dict[str, Principle] = {}
    characteristics: dict[str, Characteristic] = {}
    for i, characteristic in enumerate(chars.karakteristieken):
        check.unique(chars_doc, ("karakteristieken", i, "id"), characteristic.id, seen, "id")
        characteristics[characteristic.id] = characteristic
        check.source_list(chars_doc, ("karakteristieken", i, "bronnen"), characteristic.bronnen, sources)
        for j, principle in enumerate(characteristic.ontwerpprincipes):
            check.unique(chars_doc, ("karakteristieken", i, "ontwerpprincipes", j, "id"), principle.id, seen, "id")
            principles[principle.id] = principle

    seen = {}
    conditions = {c.id: c for c in conds.motivatievoorwaarden}
    for i, condition in enumerate(conds.motivatievoorwaarden):
        check.unique(conds_doc, ("motivatievoorwaarden", i, "id"), condition.id, seen, "id")
    check.source_list(conds_doc, ("bronnen",), conds.bronnen, sources)

    for _slug, case, doc in loaded.cases:
        check.source_list(doc, ("bronnen",), case.bronnen, sources)
        own: dict[str, str] = {}
        for j, source in enumerate(case.eigen_bronnen):
            if source.id in sources:
                check.at(doc, ("eigen_bronnen", j, "id"), f"de bron-id '{source.id}' bestaat al in data/bronnen.yaml")
            check.unique(doc, ("eigen_bronnen", j, "id"), source.id, own, "bron-id")
        seen = {}
        for i, intervention in enumerate(case.interventies):
            base: Loc = ("interventies", i)
            check.unique(doc, (*base, "id"), intervention.id, seen, "interventie-id")
            check.known(doc, (*base, "karakteristiek", "id"), intervention.karakteristiek.id, characteristics, "karakteristiek")
            for field_name, valid, what in (
                ("principes", principles, "ontwerpprincipe"),
                ("voorwaarden", conditions, "motivatievoorwaarde"),
            ):
                linked: dict[str, str] = {}
                for j, link in enumerate(getattr(intervention, field_name)):
                    check.known(doc, (*base, field_name, j, "id"), link.id, valid, what)
                    check.unique(doc, (*base, field_name, j, "id"), link.id, linked, what)
    if loaded.checklists is not None:
        check_checklists(
            check,
            loaded.checklists[1],
            loaded.checklists[0],
            principles=dict(principles),
            interventions={f"{slug}/{i.id}": i for slug, case, _ in loaded.cases for i in case.interventies},
            characteristics=dict(characteristics),
            sources=dict(sources),
        )
    return check.problems
