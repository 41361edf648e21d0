"""The handbook: every record, with derived indexes computed once.

``netwerkleren.load.build.build_handbook(data_dir)`` reads, validates and
cross-checks the data, then builds a ``Handbook``. Membership (which
interventions serve a principle, touch a condition, belong to a case) is
derived here from the interventions' own links and never stored twice.
This module knows nothing of files, YAML or MkDocs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from netwerkleren.model.checklists import Checklist
from netwerkleren.model.membership import Membership
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
    condition_sources: list[str] = field(default_factory=list)
    """Ids of the sources of the motivation conditions (the motivation study)."""
    characteristic_by_id: dict[str, Characteristic] = field(init=False)
    principle_by_id: dict[str, Principle] = field(init=False)
    characteristic_of: dict[str, Characteristic] = field(init=False)
    condition_by_id: dict[str, Condition] = field(init=False)
    source_by_id: dict[str, Source] = field(init=False)
    interventions: list[PlacedIntervention] = field(init=False)
    intervention_by_key: dict[str, PlacedIntervention] = field(init=False)
    membership: Membership = field(init=False)
    """Which interventions belong to a characteristic, principle or condition, and how: the one query."""
    by_principle: dict[str, list[PlacedIntervention]] = field(init=False)
    """From ``membership``: the interventions that link to each principle."""
    by_condition: dict[str, list[PlacedIntervention]] = field(init=False)
    """From ``membership``: the interventions that link to each condition."""
    by_characteristic: dict[str, list[PlacedIntervention]] = field(init=False)
    """From ``membership``: the interventions a case placed under each characteristic (not those that belong
    to it only through one of its principles)."""
    by_case: dict[str, list[PlacedIntervention]] = field(init=False)
    case_characteristics: dict[str, list[Characteristic]] = field(init=False)
    case_sources: dict[str, list[Source]] = field(init=False)
    context_cases: dict[str, list[tuple[str, Link]]] = field(init=False)
    """Principle id -> (case id, link) for cases whose context as a whole fits the principle."""

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
        self.membership = Membership(self.interventions, self.characteristics)
        self.by_principle = {
            pid: [m.placed for m in members] for pid, members in self.membership.items("principe").items()
        }
        self.by_condition = {
            cid: [m.placed for m in members] for cid, members in self.membership.items("voorwaarde").items()
        }
        self.by_characteristic = {
            cid: chosen
            for cid, members in self.membership.items("karakteristiek").items()
            if (chosen := [m.placed for m in members if m.chosen])
        }
        self.by_case = _index(self.interventions, lambda i: [i.case_id])
        self.case_characteristics = {
            case_id: [
                c for c in self.characteristics if any(i.karakteristiek.id == c.id for i in case.interventies)
            ]
            for case_id, case in self.cases.items()
        }
        self.context_cases = defaultdict(list)
        for case_id, case in self.cases.items():
            for link in case.context_principes:
                self.context_cases[link.id].append((case_id, link))
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
