"""What the printable checklists and the card deck show, built from the handbook.

Checklists written out in ``data/checklists.yaml`` are shown as they are;
derived checklists are built here: the motivation conditions' questions, and
one checklist per design principle from that principle's interventions (at
most ``MAX_PRINCIPLE_ITEMS`` of them, so a page does not grow with the cases).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from netwerkleren.model.checklists import Checklist, ChecklistItem
from netwerkleren.model.handbook import Handbook, PlacedIntervention
from netwerkleren.model.records import Principle
from netwerkleren.site import routes
from netwerkleren.site.routes import UrlFor
from netwerkleren.views import pagination
from netwerkleren.views.cards import CardView, card_view, intervention_url, paragraphs

MAX_PRINCIPLE_ITEMS = 6
"""A principle's checklist lists at most this many interventions."""

CARDS_PER_SHEET = 4
"""Cards on one printed A4 sheet of the card deck."""

DECK_CARDS_PER_PAGE = 24
"""Cards on one page of the deck (six sheets), so the page does not grow with the cases."""


@dataclass(frozen=True)
class ItemView:
    """One line to tick, with the principle or intervention it comes from."""

    key: str
    """Where the tick is remembered in the browser; stable across the single and the all-checklists page."""
    text: str
    source_kind: str
    source_label: str
    source_url: str
    editorial_wording: bool = False
    editorial_link: bool = False
    label: str | None = None
    details: list[str] = field(default_factory=list)

    @property
    def dom_id(self) -> str:
        return "vink-" + self.key.replace("/", "--")


@dataclass(frozen=True)
class SectionView:
    title: str | None
    items: list[ItemView]


@dataclass(frozen=True)
class ChecklistView:
    """Everything one printable checklist shows."""

    id: str
    storage_id: str
    title: str
    audience: str
    intro: list[str]
    url: str
    fields: list[str]
    moments: list[str]
    write_lines: int
    sections: list[SectionView]
    note: str | None = None
    hidden: int = 0
    principle_url: str | None = None

    @property
    def items(self) -> list[ItemView]:
        return [item for section in self.sections for item in section.items]


def _item(handbook: Handbook, storage_id: str, n: int, item: ChecklistItem, url_for: UrlFor) -> ItemView:
    key = f"{storage_id}/{n}"
    if item.principe is not None:
        principle = handbook.principle_by_id[item.principe]
        return ItemView(
            key=key,
            text=item.tekst or principle.tekst,
            source_kind="Ontwerpprincipe",
            source_label=principle.kort,
            source_url=url_for(routes.principle_path(principle.id)),
            editorial_wording=item.herkomst == "redactie",
        )
    assert item.interventie is not None and item.tekst is not None
    placed = handbook.intervention_by_key[item.interventie]
    return ItemView(
        key=key,
        text=item.tekst,
        source_kind="Interventie",
        source_label=placed.intervention.titel,
        source_url=intervention_url(placed, url_for),
        editorial_wording=item.herkomst == "redactie",
    )


def _written(handbook: Handbook, checklist: Checklist, url_for: UrlFor) -> list[SectionView]:
    sections: list[SectionView] = []
    n = 0
    for section in checklist.sections:
        items = []
        for item in section.items:
            n += 1
            items.append(_item(handbook, checklist.id, n, item, url_for))
        title = section.titel
        if section.karakteristiek is not None:
            characteristic = handbook.characteristic_by_id[section.karakteristiek]
            title = f"{characteristic.nummer}. {characteristic.naam}"
        sections.append(SectionView(title, items))
    return sections


def _conditions(handbook: Handbook, checklist: Checklist, url_for: UrlFor) -> list[SectionView]:
    items = [
        ItemView(
            key=f"{checklist.id}/{condition.id}",
            text=condition.vraag or condition.naam,
            label=f"{condition.nummer}. {condition.naam}",
            source_kind="Motivatievoorwaarde",
            source_label=condition.naam,
            source_url=url_for(routes.CONDITIONS, condition.id),
            editorial_wording=condition.vraag is not None,
        )
        for condition in handbook.conditions
    ]
    return [SectionView(None, items)]


def _intervention_item(
    handbook: Handbook, storage_id: str, principle: Principle, placed: PlacedIntervention, url_for: UrlFor
) -> ItemView:
    link = handbook.principle_link(placed, principle.id)
    return ItemView(
        key=f"{storage_id}/{placed.key}",
        text=placed.intervention.titel,
        details=list(placed.intervention.stappen),
        source_kind="Interventie",
        source_label=f"{placed.case.instelling}, {placed.case.studiejaar}",
        source_url=intervention_url(placed, url_for),
        editorial_link=link is not None and link.herkomst == "redactie",
    )


def principle_checklist(
    handbook: Handbook, group: Checklist, principle_id: str, url_for: UrlFor
) -> ChecklistView:
    """The checklist for one design principle: the principle itself, then its interventions."""
    principle = handbook.principle_by_id[principle_id]
    storage_id = f"ontwerpprincipe/{principle.id}"
    placed = handbook.by_principle.get(principle.id, [])
    first = ItemView(
        key=f"{storage_id}/principe",
        text=principle.tekst,
        source_kind="Ontwerpprincipe",
        source_label=principle.kort,
        source_url=url_for(routes.principle_path(principle.id)),
    )
    shown = [
        _intervention_item(handbook, storage_id, principle, p, url_for) for p in placed[:MAX_PRINCIPLE_ITEMS]
    ]
    sections = [SectionView(None, [first])]
    if shown:
        sections.append(SectionView("Interventies uit de praktijk", shown))
    characteristic = handbook.characteristic_of[principle.id]
    return ChecklistView(
        id=f"ontwerpprincipe-{principle.id}",
        storage_id=storage_id,
        title=f"Ontwerpprincipe: {principle.kort}",
        audience=group.voor,
        intro=[
            f"Bij de karakteristiek {characteristic.nummer}. {characteristic.naam}.",
            *paragraphs(group.inleiding),
        ],
        url=url_for(routes.principle_checklist_path(principle.id)),
        fields=list(group.invulvelden),
        moments=list(group.momenten),
        write_lines=group.schrijfruimte,
        sections=sections,
        note=None if shown else "Er is nog geen interventie uit de praktijk aan dit principe gekoppeld.",
        hidden=max(0, len(placed) - len(shown)),
        principle_url=url_for(routes.principle_path(principle.id)),
    )


def _view(handbook: Handbook, checklist: Checklist, url_for: UrlFor) -> ChecklistView:
    sections = (
        _conditions(handbook, checklist, url_for)
        if checklist.afgeleid == "motivatievoorwaarden"
        else _written(handbook, checklist, url_for)
    )
    return ChecklistView(
        id=checklist.id,
        storage_id=checklist.id,
        title=checklist.titel,
        audience=checklist.voor,
        intro=paragraphs(checklist.inleiding),
        url=url_for(routes.checklist_path(checklist.id)),
        fields=list(checklist.invulvelden),
        moments=list(checklist.momenten),
        write_lines=checklist.schrijfruimte,
        sections=sections,
    )


def principle_group(handbook: Handbook) -> Checklist | None:
    """The data entry that asks for one checklist per design principle, if there is one."""
    return next((c for c in handbook.checklists if c.afgeleid == "ontwerpprincipes"), None)


def all_checklists(handbook: Handbook, url_for: UrlFor) -> list[ChecklistView]:
    """Every checklist in the order of the data file; the per-principle group expands in place."""
    views: list[ChecklistView] = []
    for checklist in handbook.checklists:
        if checklist.afgeleid == "ontwerpprincipes":
            views += [principle_checklist(handbook, checklist, p.id, url_for) for p in handbook.principles]
        else:
            views.append(_view(handbook, checklist, url_for))
    return views


def checklist_page(handbook: Handbook, checklist_id: str, url_for: UrlFor) -> dict[str, Any]:
    checklist = next(c for c in handbook.checklists if c.id == checklist_id)
    return {"checklist": _view(handbook, checklist, url_for), "index_url": url_for(routes.CHECKLISTS_INDEX)}


def principle_checklist_page(handbook: Handbook, principle_id: str, url_for: UrlFor) -> dict[str, Any]:
    group = principle_group(handbook)
    assert group is not None
    return {
        "checklist": principle_checklist(handbook, group, principle_id, url_for),
        "index_url": url_for(routes.CHECKLISTS_INDEX),
    }


PRINT_SETS = {"alle": routes.ALL_CHECKLISTS, "ontwerpprincipes": routes.ALL_PRINCIPLE_CHECKLISTS}
"""The pages that print many checklists at once: the checklists for a werkplaats, and all per-principle
checklists. Two pages rather than one keep each page's size bounded."""


def print_set(handbook: Handbook, set_id: str, url_for: UrlFor) -> list[ChecklistView]:
    """The checklists one print-all page holds: the per-principle ones, or all the others."""
    if set_id == "ontwerpprincipes":
        group = principle_group(handbook)
        return (
            [principle_checklist(handbook, group, p.id, url_for) for p in handbook.principles]
            if group
            else []
        )
    return [_view(handbook, c, url_for) for c in handbook.checklists if c.afgeleid != "ontwerpprincipes"]


def all_checklists_page(handbook: Handbook, set_id: str, url_for: UrlFor) -> dict[str, Any]:
    other = "ontwerpprincipes" if set_id == "alle" else "alle"
    return {
        "checklists": print_set(handbook, set_id, url_for),
        "per_principle": set_id == "ontwerpprincipes",
        "other_url": url_for(PRINT_SETS[other]) if principle_group(handbook) else None,
        "index_url": url_for(routes.CHECKLISTS_INDEX),
    }


def checklist_index(handbook: Handbook, url_for: UrlFor) -> dict[str, Any]:
    """The list of checklists; the per-principle checklists grouped by characteristic."""
    entries = []
    for checklist in handbook.checklists:
        entry: dict[str, Any] = {
            "title": checklist.titel,
            "audience": checklist.voor,
            "intro": paragraphs(checklist.inleiding),
            "url": None,
            "groups": [],
        }
        if checklist.afgeleid == "ontwerpprincipes":
            entry["groups"] = [
                (
                    f"{c.nummer}. {c.naam}",
                    [(p.kort, url_for(routes.principle_checklist_path(p.id))) for p in c.ontwerpprincipes],
                )
                for c in handbook.characteristics
            ]
        else:
            entry["url"] = url_for(routes.checklist_path(checklist.id))
        entries.append(entry)
    return {
        "entries": entries,
        "all_url": url_for(routes.ALL_CHECKLISTS),
        "all_count": sum(1 for c in handbook.checklists if c.afgeleid != "ontwerpprincipes"),
        "principles_url": url_for(routes.ALL_PRINCIPLE_CHECKLISTS) if principle_group(handbook) else None,
        "principles_count": len(handbook.principles),
        "deck_url": url_for(routes.CARD_DECK),
        "interventions": len(handbook.interventions),
    }


@dataclass(frozen=True)
class Colophon:
    """The small print under every printed checklist and card sheet."""

    site_name: str
    address: str
    sources: list[str]
    edition: str | None = None
    """Version and date of the handbook; filled from ``config.extra`` by the glue."""


def colophon(handbook: Handbook, site_name: str, address: str, edition: str | None = None) -> Colophon:
    sources = [handbook.source_by_id[s].in_tekst for s in handbook.checklist_sources]
    return Colophon(site_name=site_name, address=address, sources=sources, edition=edition)


def deck_sheets(cards: list[CardView], per_sheet: int = CARDS_PER_SHEET) -> list[list[CardView]]:
    return [cards[i : i + per_sheet] for i in range(0, len(cards), per_sheet)]


def deck_page_count(handbook: Handbook) -> int:
    return pagination.page_count(len(handbook.interventions), DECK_CARDS_PER_PAGE)


def deck_page(handbook: Handbook, page_number: int, url_for: UrlFor) -> dict[str, Any]:
    """One page of the card deck: at most ``DECK_CARDS_PER_PAGE`` cards, in sheets of four for printing."""
    bar = pagination.paginate(
        len(handbook.interventions),
        DECK_CARDS_PER_PAGE,
        page_number,
        routes.deck_path,
        url_for,
        "Pagina's van de kaartenset",
    )
    cards = [card_view(handbook, placed, url_for) for placed in handbook.interventions[bar.start : bar.stop]]
    return {
        "sheets": deck_sheets(cards),
        "total": bar.total,
        "per_sheet": CARDS_PER_SHEET,
        "pagination": bar,
        "index_url": url_for(routes.CHECKLISTS_INDEX),
    }
