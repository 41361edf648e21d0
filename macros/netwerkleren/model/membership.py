"""Membership: which interventions belong to a characteristic, a principle or a condition, and how.

One query answers it for every page that lists or counts interventions (the
overview's filter, the characteristic, principle and conditions pages, the
matrix, the checklists), so no two pages can count in two ways. It is derived
from the interventions' own links, computed once per handbook:

- an intervention belongs to a **principle** or a **condition** it links to
  (the link says whether the source or the editors make it);
- it belongs to a **characteristic** when its case placed it there (``karakteristiek``:
  "gekozen door de casus") or through a principle of that characteristic it links to
  ("via een ontwerpprincipe"); both ways are kept, in that order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from netwerkleren.model.records import Characteristic, Link

if TYPE_CHECKING:
    from netwerkleren.model.handbook import PlacedIntervention

Kind = Literal["karakteristiek", "principe", "voorwaarde"]
"""What an intervention can belong to; also the overview's filter keys."""

KINDS: tuple[Kind, ...] = ("karakteristiek", "principe", "voorwaarde")

Route = Literal["casus", "principe", "koppeling"]
"""How: the case placed it under the characteristic; through one of the characteristic's principles;
or a direct link to the principle or condition."""


@dataclass(frozen=True)
class Way:
    """One way an intervention belongs to an item, with the link that makes it."""

    route: Route
    link: Link
    principle_id: str | None = None
    """For ``route == "principe"``: the principle through which it belongs to the characteristic."""

    @property
    def editorial(self) -> bool:
        return self.link.herkomst == "redactie"


@dataclass(frozen=True)
class Member:
    """An intervention that belongs to an item, with every way it does (the first is the one to show)."""

    placed: PlacedIntervention
    ways: tuple[Way, ...]

    @property
    def way(self) -> Way:
        return self.ways[0]

    @property
    def chosen(self) -> bool:
        """True when the case itself placed the intervention under the (characteristic) item."""
        return any(w.route == "casus" for w in self.ways)

    @property
    def by_source(self) -> bool:
        """True when at least one way is a link the source makes."""
        return any(not w.editorial for w in self.ways)


class Membership:
    """The index ``(kind, item id) -> members`` in the handbook's order of interventions."""

    def __init__(
        self, interventions: Iterable[PlacedIntervention], characteristics: list[Characteristic]
    ) -> None:
        characteristic_of = {p.id: c.id for c in characteristics for p in c.ontwerpprincipes}
        index: dict[tuple[Kind, str], list[Member]] = {}
        of: dict[str, dict[Kind, list[str]]] = {}
        for placed in interventions:
            item = placed.intervention
            ways: dict[tuple[Kind, str], list[Way]] = {}
            ways.setdefault(("karakteristiek", item.karakteristiek.id), []).append(
                Way("casus", item.karakteristiek)
            )
            for link in item.principes:
                ways.setdefault(("principe", link.id), []).append(Way("koppeling", link))
                characteristic = characteristic_of.get(link.id)
                if characteristic is not None:
                    ways.setdefault(("karakteristiek", characteristic), []).append(
                        Way("principe", link, link.id)
                    )
            for link in item.voorwaarden:
                ways.setdefault(("voorwaarde", link.id), []).append(Way("koppeling", link))
            own: dict[Kind, list[str]] = {kind: [] for kind in KINDS}
            for (kind, item_id), found in ways.items():
                index.setdefault((kind, item_id), []).append(Member(placed, tuple(found)))
                own[kind].append(item_id)
            of[placed.key] = own
        self._index = index
        self._of = of

    def members(self, kind: Kind, item_id: str) -> list[Member]:
        """The interventions that belong to the item, each with how."""
        return self._index.get((kind, item_id), [])

    def placed(self, kind: Kind, item_id: str) -> list[PlacedIntervention]:
        return [m.placed for m in self.members(kind, item_id)]

    def count(self, kind: Kind, item_id: str) -> int:
        return len(self.members(kind, item_id))

    def member(self, kind: Kind, item_id: str, key: str) -> Member | None:
        return next((m for m in self.members(kind, item_id) if m.placed.key == key), None)

    def of(self, placed: PlacedIntervention) -> dict[Kind, list[str]]:
        """The ids of every item the intervention belongs to, per kind (what the overview filters on)."""
        return self._of[placed.key]

    def items(self, kind: Kind) -> dict[str, list[Member]]:
        return {item_id: members for (k, item_id), members in self._index.items() if k == kind}
