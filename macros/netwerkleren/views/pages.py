"""What each kind of page shows, built from the handbook in Python.

Every function returns plain data for a template in
``overrides/partials/handbook/``; templates only lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from netwerkleren.model.handbook import Handbook
from netwerkleren.model.records import Source
from netwerkleren.site import routes
from netwerkleren.site.routes import UrlFor
from netwerkleren.views.cards import card_view, paragraphs
from netwerkleren.views.related import related_interventions

MAX_CARDS_PER_PAGE = 24
"""A principle page, and the conditions page as a whole, show at most this many cards, so their size does not grow with the cases."""


@dataclass(frozen=True)
class SourceView:
    id: str
    reference: str
    in_text: str
    confirmed: bool
    url: str | None
    note: str | None


def source_view(source: Source) -> SourceView:
    return SourceView(
        id=source.id,
        reference=source.verwijzing,
        in_text=source.in_tekst,
        confirmed=source.bevestigd,
        url=source.url,
        note=source.toelichting,
    )


def principle_page(handbook: Handbook, principle_id: str, url_for: UrlFor) -> dict[str, Any]:
    principle = handbook.principle_by_id[principle_id]
    characteristic = handbook.characteristic_of[principle_id]
    placed = handbook.by_principle.get(principle_id, [])
    cards = [
        card_view(handbook, item, url_for, via=handbook.principle_link(item, principle_id))
        for item in placed[:MAX_CARDS_PER_PAGE]
    ]
    siblings = [p for p in characteristic.ontwerpprincipes if p.id != principle_id]
    return {
        "principle": principle,
        "characteristic": characteristic,
        "characteristic_url": url_for(routes.characteristic_path(characteristic.id)),
        "cards": cards,
        "total": len(placed),
        "hidden": max(0, len(placed) - len(cards)),
        "siblings": [(p, url_for(routes.principle_path(p.id))) for p in siblings],
        "related": [
            (p, count, url_for(routes.principle_path(p.id))) for p, count in handbook.related_principles(principle_id)
        ],
        "sources": [source_view(handbook.source_by_id[s]) for s in characteristic.bronnen],
    }


def characteristic_page(handbook: Handbook, characteristic_id: str, url_for: UrlFor) -> dict[str, Any]:
    characteristic = handbook.characteristic_by_id[characteristic_id]
    principles = [
        {
            "principle": p,
            "url": url_for(routes.principle_path(p.id)),
            "count": len(handbook.by_principle.get(p.id, [])),
        }
        for p in characteristic.ontwerpprincipes
    ]
    cases = [
        (case_id, handbook.cases[case_id], url_for(routes.case_path(case_id)))
        for case_id, chars in handbook.case_characteristics.items()
        if characteristic in chars
    ]
    return {
        "characteristic": characteristic,
        "principles": principles,
        "interventions": len(handbook.by_characteristic.get(characteristic_id, [])),
        "cases": cases[:MAX_CARDS_PER_PAGE],
        "more_cases": max(0, len(cases) - MAX_CARDS_PER_PAGE),
        "cases_url": url_for(routes.CASES_INDEX),
        "sources": [source_view(handbook.source_by_id[s]) for s in characteristic.bronnen],
    }


def characteristics_overview(handbook: Handbook, url_for: UrlFor) -> dict[str, Any]:
    return {
        "characteristics": [
            {
                "characteristic": c,
                "url": url_for(routes.characteristic_path(c.id)),
                "principles": [(p, url_for(routes.principle_path(p.id))) for p in c.ontwerpprincipes],
            }
            for c in handbook.characteristics
        ]
    }


def case_page(handbook: Handbook, case_id: str, url_for: UrlFor) -> dict[str, Any]:
    case = handbook.cases[case_id]
    return {
        "case": case,
        "summary": paragraphs(case.samenvatting),
        "context": paragraphs(case.context),
        "monitoring": paragraphs(case.monitoring) if case.monitoring else [],
        "conclusions": list(case.conclusies),
        "characteristics": [
            (c, url_for(routes.characteristic_path(c.id))) for c in handbook.case_characteristics[case_id]
        ],
        "cards": [
            replace(card_view(handbook, item, url_for, on_case_page=True), related=related_interventions(handbook, item, url_for))
            for item in handbook.by_case.get(case_id, [])
        ],
        "sources": [source_view(s) for s in handbook.case_sources[case_id]],
    }


def share(counts: list[int], budget: int) -> list[int]:
    """How many of each list to show so that together at most ``budget`` are shown: one of each in turn."""
    shown = [0] * len(counts)
    while budget > 0 and any(s < c for s, c in zip(shown, counts, strict=True)):
        for i, count in enumerate(counts):
            if budget > 0 and shown[i] < count:
                shown[i] += 1
                budget -= 1
    return shown


def conditions_page(handbook: Handbook, url_for: UrlFor) -> dict[str, Any]:
    """All conditions with their cards: at most ``MAX_CARDS_PER_PAGE`` cards on the whole page."""
    placed = [handbook.by_condition.get(c.id, []) for c in handbook.conditions]
    shown = share([len(items) for items in placed], MAX_CARDS_PER_PAGE)
    return {
        "conditions": [
            {
                "condition": c,
                "cards": [
                    card_view(handbook, item, url_for, via=handbook.condition_link(item, c.id), context=c.id)
                    for item in items[:count]
                ],
                "total": len(items),
                "hidden": len(items) - count,
            }
            for c, items, count in zip(handbook.conditions, placed, shown, strict=True)
        ]
    }


def sources_page(handbook: Handbook) -> dict[str, Any]:
    """The shared sources; a case's own sources are listed on the case's page."""
    return {"sources": [source_view(s) for s in handbook.sources]}
