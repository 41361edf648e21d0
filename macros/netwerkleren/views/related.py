"""Related content: other interventions that serve the same principles."""

from __future__ import annotations

from netwerkleren.model.handbook import Handbook, PlacedIntervention
from netwerkleren.views.cards import intervention_url
from netwerkleren.views.routes import UrlFor

RELATED_LIMIT = 4
"""Related interventions named on one card."""

SCAN_LIMIT = 40
"""Interventions looked at per principle, so the work per card stays bounded with many cases."""


def related_interventions(
    handbook: Handbook, placed: PlacedIntervention, url_for: UrlFor, limit: int = RELATED_LIMIT
) -> list[tuple[str, str]]:
    """(label, url) of other interventions sharing a principle: most shared first, then from the same case."""
    principles = list(dict.fromkeys(link.id for link in placed.intervention.principes))
    shared: dict[str, list[object]] = {}
    for principle_id in principles:
        for other in handbook.by_principle.get(principle_id, [])[:SCAN_LIMIT]:
            if other.key == placed.key:
                continue
            entry = shared.setdefault(other.key, [0, other])
            entry[0] = int(entry[0]) + 1  # type: ignore[call-overload]
    order = {key: i for i, key in enumerate(shared)}
    ranked = sorted(
        shared.values(),
        key=lambda e: (-int(e[0]), e[1].case_id != placed.case_id, order[e[1].key]),  # type: ignore[attr-defined, call-overload]
    )
    result = []
    for _count, other in ranked[:limit]:
        assert isinstance(other, PlacedIntervention)
        label = other.intervention.titel
        if other.case_id != placed.case_id:
            label = f"{label} ({other.case.instelling}, {other.case.studiejaar})"
        result.append((label, intervention_url(other, url_for)))
    return result
