"""What each kind of page shows, built from the handbook in Python.

Every function returns plain data for a template in
``overrides/partials/handbook/``; templates only lay it out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from netwerkleren.model.handbook import Handbook, PlacedIntervention
from netwerkleren.model.membership import Member
from netwerkleren.model.records import Condition, Link, Principle, Source
from netwerkleren.views import routes
from netwerkleren.views.cards import CardView, card_view, link_view, paragraphs, quoted_sources
from netwerkleren.views.guidance import start_actions
from netwerkleren.views.jump import JumpLink, counted, with_count
from netwerkleren.views.related import related_interventions
from netwerkleren.views.routes import UrlFor
from netwerkleren.views.wording import condition_name, condition_verbatim

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
    before: str = ""
    """The reference up to its address (all of it when it does not name its address)."""
    after: str = ""
    """The reference after its address: the address is printed once, as the link."""


def source_view(source: Source) -> SourceView:
    reference, url = source.verwijzing, source.url
    before, found, after = reference.partition(url) if url else (reference, "", "")
    if url and not found:
        before = f"{reference} "
    return SourceView(
        id=source.id,
        reference=reference,
        in_text=source.in_tekst,
        confirmed=source.bevestigd,
        url=url,
        note=source.toelichting,
        before=before,
        after=after,
    )


def practice_order(
    placed: list[PlacedIntervention], link_of: Callable[[PlacedIntervention], Link | None]
) -> list[PlacedIntervention]:
    """Where a reader starts: links the source makes first, then what a werkplaats does at its start; else data order."""

    def key(item: PlacedIntervention) -> tuple[bool, bool]:
        link = link_of(item)
        return (link is None or link.herkomst != "bron", "start" not in item.intervention.fasen)

    return sorted(placed, key=key)


def origin_counts(
    placed: list[PlacedIntervention], link_of: Callable[[PlacedIntervention], Link | None]
) -> Counter[str]:
    """How many of ``placed`` come onto a page through a link the source makes ('bron') or the editors make."""
    return Counter(link.herkomst for link in map(link_of, placed) if link is not None)


@dataclass(frozen=True)
class Glance:
    """The at-a-glance line of a principle page: every figure from the same list of interventions."""

    interventions: int
    cases: int
    by_source: int
    by_editors: int
    conditions: list[tuple[Condition, str, int, str]]
    """The motivation conditions these interventions touch: condition, name as shown, how many touch it, its address."""


def glance(
    handbook: Handbook,
    placed: list[PlacedIntervention],
    link_of: Callable[[PlacedIntervention], Link | None],
    url_for: UrlFor,
) -> Glance:
    origins = origin_counts(placed, link_of)
    touched: Counter[str] = Counter(link.id for item in placed for link in item.intervention.voorwaarden)
    return Glance(
        interventions=len(placed),
        cases=len({item.case_id for item in placed}),
        by_source=origins["bron"],
        by_editors=origins["redactie"],
        conditions=[
            (c, condition_name(c), touched[c.id], url_for(routes.CONDITIONS, c.id))
            for c in handbook.conditions
            if touched[c.id]
        ],
    )


def principle_page(handbook: Handbook, principle_id: str, url_for: UrlFor) -> dict[str, Any]:
    principle = handbook.principle_by_id[principle_id]
    characteristic = handbook.characteristic_of[principle_id]

    def link_of(item: PlacedIntervention) -> Link | None:
        return handbook.principle_link(item, principle_id)

    placed = practice_order(handbook.membership.placed("principe", principle_id), link_of)
    cards = [
        card_view(
            handbook, item, url_for, member=handbook.membership.member("principe", principle_id, item.key)
        )
        for item in placed[:MAX_CARDS_PER_PAGE]
    ]
    siblings = [p for p in characteristic.ontwerpprincipes if p.id != principle_id]
    return {
        "principle": principle,
        "characteristic": characteristic,
        "characteristic_url": url_for(routes.characteristic_path(characteristic.id)),
        "checklist_url": url_for(routes.principle_checklist_path(principle_id)),
        "overview_url": f"{url_for(routes.OVERVIEW)}?principe={principle_id}",
        "glance": glance(handbook, placed, link_of, url_for),
        "start": start_actions(handbook, principle, url_for),
        "cards": cards,
        "hidden": max(0, len(placed) - len(cards)),
        "siblings": [(p, url_for(routes.principle_path(p.id))) for p in siblings],
        "context_cases": [
            {
                "case": handbook.cases[case_id],
                "url": url_for(routes.case_path(case_id), "context"),
                "editorial": link.herkomst == "redactie",
                "note": link.toelichting,
                "passage": link.bronfragment,
            }
            for case_id, link in handbook.context_cases.get(principle_id, [])[:MAX_CARDS_PER_PAGE]
        ],
        "related": [
            (p, count, url_for(routes.principle_path(p.id)))
            for p, count in handbook.related_principles(principle_id)
        ],
        "sources": [source_view(handbook.source_by_id[s]) for s in characteristic.bronnen],
        "cases_url": url_for(routes.CASES_INDEX),
        "contribute_url": url_for(routes.CONTRIBUTE),
    }


@dataclass(frozen=True)
class PrincipleCoverage:
    principle: Principle
    url: str
    interventions: int
    by_source: int
    by_editors: int


@dataclass(frozen=True)
class CharacteristicCoverage:
    """What a characteristic page covers, from one query: every count and sentence on the page comes from here."""

    principles: list[PrincipleCoverage]
    linked: int
    """Interventions linked to at least one of the characteristic's principles."""
    linked_from_elsewhere: int
    """Of those, interventions whose case placed them under another characteristic."""
    chosen: list[PlacedIntervention]
    """Interventions that a case placed under this characteristic."""
    members: list[Member]
    """Every intervention that belongs to the characteristic (the membership query): chosen by its case first,
    then those that belong through one of its principles."""
    case_ids: list[str]
    """The cases that chose the characteristic: placed at least one intervention under it."""

    @property
    def through_principles(self) -> int:
        """Members that belong only through a principle (their case placed them under another characteristic)."""
        return sum(1 for m in self.members if not m.chosen)

    @property
    def links_by_source(self) -> int:
        return sum(p.by_source for p in self.principles)

    @property
    def links_by_editors(self) -> int:
        return sum(p.by_editors for p in self.principles)


def characteristic_coverage(
    handbook: Handbook, characteristic_id: str, url_for: UrlFor
) -> CharacteristicCoverage:
    characteristic = handbook.characteristic_by_id[characteristic_id]
    principles = []
    linked: set[str] = set()
    elsewhere: set[str] = set()
    for p in characteristic.ontwerpprincipes:
        placed = handbook.membership.placed("principe", p.id)
        origins = origin_counts(placed, lambda item, pid=p.id: handbook.principle_link(item, pid))
        for item in placed:
            linked.add(item.key)
            if item.intervention.karakteristiek.id != characteristic_id:
                elsewhere.add(item.key)
        principles.append(
            PrincipleCoverage(
                p, url_for(routes.principle_path(p.id)), len(placed), origins["bron"], origins["redactie"]
            )
        )
    members = handbook.membership.members("karakteristiek", characteristic_id)
    chosen = [m.placed for m in members if m.chosen]
    return CharacteristicCoverage(
        principles=principles,
        linked=len(linked),
        linked_from_elsewhere=len(elsewhere),
        chosen=chosen,
        members=sorted(members, key=lambda m: not m.chosen),
        case_ids=list(dict.fromkeys(item.case_id for item in chosen)),
    )


def characteristic_page(handbook: Handbook, characteristic_id: str, url_for: UrlFor) -> dict[str, Any]:
    characteristic = handbook.characteristic_by_id[characteristic_id]
    coverage = characteristic_coverage(handbook, characteristic_id, url_for)
    cases = [(handbook.cases[case_id], url_for(routes.case_path(case_id))) for case_id in coverage.case_ids]
    cards = [card_view(handbook, m.placed, url_for, member=m) for m in coverage.members[:MAX_CARDS_PER_PAGE]]
    return {
        "characteristic": characteristic,
        "coverage": coverage,
        "cases": cases[:MAX_CARDS_PER_PAGE],
        "more_cases": max(0, len(cases) - MAX_CARDS_PER_PAGE),
        "cards": cards,
        "more_cards": max(0, len(coverage.members) - len(cards)),
        "cases_url": url_for(routes.CASES_INDEX),
        "overview_url": url_for(routes.OVERVIEW),
        "filtered_url": f"{url_for(routes.OVERVIEW)}?karakteristiek={characteristic_id}",
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


@dataclass(frozen=True)
class CardGroup:
    """Interventions shown together on a case page: one of the case's main approaches, or the rest."""

    anchor: str
    title: str | None
    """Editorial name of the approach; None for the interventions of a case without approaches."""
    passage: list[str]
    """The source's words describing the approach (empty for the rest)."""
    cards: list[CardView]


OTHER_INTERVENTIONS = "Wat de werkplaatsen verder deden"


def case_card_groups(
    cards: list[CardView], approaches: list[tuple[str, list[str], list[str]]]
) -> list[CardGroup]:
    """The case's cards under its approaches (title, passage, intervention ids), then the others, in file order."""
    by_id = {card.key.rpartition("/")[2]: card for card in cards}
    groups = [
        CardGroup(f"aanpak-{n}", title, passage, [by_id[i] for i in ids if i in by_id])
        for n, (title, passage, ids) in enumerate(approaches, 1)
    ]
    placed = {card.key for group in groups for card in group.cards}
    rest = [card for card in cards if card.key not in placed]
    if rest or not groups:
        groups.append(
            CardGroup(
                "verder" if groups else "alle-interventies", OTHER_INTERVENTIONS if groups else None, [], rest
            )
        )
    return groups


def case_page(handbook: Handbook, case_id: str, url_for: UrlFor) -> dict[str, Any]:
    """The case: summary and a jump list first, then its interventions, conclusions, context and sources."""
    case = handbook.cases[case_id]
    cards = [
        replace(
            card_view(handbook, item, url_for, on_case_page=True),
            related=related_interventions(handbook, item, url_for),
        )
        for item in handbook.by_case.get(case_id, [])
    ]
    view = {
        "case": case,
        "summary": paragraphs(case.samenvatting),
        "context": paragraphs(case.context),
        "context_links": [
            link_view(link, handbook.principle_by_id[link.id].kort, url_for(routes.principle_path(link.id)))
            for link in case.context_principes
        ],
        "monitoring": paragraphs(case.monitoring) if case.monitoring else [],
        "conclusions": list(case.conclusies),
        "characteristics": [
            (c, url_for(routes.characteristic_path(c.id))) for c in handbook.case_characteristics[case_id]
        ],
        "cards": cards,
        "groups": case_card_groups(
            cards, [(a.titel, paragraphs(a.tekst), list(a.interventies)) for a in case.aanpakken]
        ),
        "sources": [source_view(s) for s in handbook.case_sources[case_id]],
        "table_url": url_for(*routes.TABLE_1),
        "quoted_sources": quoted_sources(handbook, case_id),
    }
    return {**view, "jump": case_jump_list(view)}


def case_jump_list(view: dict[str, Any]) -> list[JumpLink]:
    """The case page's sections in page order; under "Interventies" every intervention, by approach if any."""
    cards: list[CardView] = view["cards"]
    groups: list[CardGroup] = view["groups"]
    interventions: list[JumpLink] = []
    for g in groups:
        links = [JumpLink(c.anchor, c.title) for c in g.cards]
        interventions += [JumpLink(g.anchor, g.title, links)] if g.title else links
    sections = [
        (True, "interventies", counted("Interventies", len(cards)), interventions),
        (bool(view["conclusions"]), "conclusies", "Conclusies", []),
        (True, "context", "Context", []),
        (bool(view["monitoring"]), "monitoring", "Hoe is het gevolgd?", []),
        (bool(view["sources"]), "bronnen", "Bronnen", []),
    ]
    return [JumpLink(anchor, label, children) for shown, anchor, label, children in sections if shown]


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
    """All conditions with their compact cards: at most ``MAX_CARDS_PER_PAGE`` cards on the whole page."""
    placed = [
        practice_order(
            handbook.membership.placed("voorwaarde", c.id),
            lambda item, cid=c.id: handbook.condition_link(item, cid),
        )
        for c in handbook.conditions
    ]
    shown = share([len(items) for items in placed], MAX_CARDS_PER_PAGE)
    return {
        "jump": [
            JumpLink(c.id, with_count(condition_name(c), len(items), "interventie", "interventies"))
            for c, items in zip(handbook.conditions, placed, strict=True)
        ],
        "conditions": [
            {
                "condition": c,
                "name": condition_name(c),
                "verbatim": condition_verbatim(c),
                "overview_url": f"{url_for(routes.OVERVIEW)}?voorwaarde={c.id}",
                "cards": [
                    card_view(
                        handbook,
                        item,
                        url_for,
                        member=handbook.membership.member("voorwaarde", c.id, item.key),
                        context=c.id,
                    )
                    for item in items[:count]
                ],
                "total": len(items),
                "hidden": len(items) - count,
            }
            for c, items, count in zip(handbook.conditions, placed, shown, strict=True)
        ],
    }


def sources_page(handbook: Handbook) -> dict[str, Any]:
    """The shared sources; a case's own sources are listed on the case's page."""
    return {"sources": [source_view(s) for s in handbook.sources]}
