"""What the printable checklists and the card deck show, built from the handbook.

Checklists written out in ``data/checklists.yaml`` are shown as they are;
derived checklists are built here: the motivation conditions' questions, and
one checklist per design principle from that principle's interventions (at
most ``MAX_PRINCIPLE_ITEMS`` of them, so a page does not grow with the cases).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any

from netwerkleren.model.checklists import Checklist, ChecklistItem
from netwerkleren.model.handbook import Handbook, PlacedIntervention
from netwerkleren.model.records import Principle
from netwerkleren.views import routes
from netwerkleren.views.addresses import PrintAddress
from netwerkleren.views.cards import intervention_url, paragraphs
from netwerkleren.views.jump import JumpLink
from netwerkleren.views.routes import UrlFor
from netwerkleren.views.wording import condition_name

MAX_PRINCIPLE_ITEMS = 6
"""A principle's checklist lists at most this many interventions."""

WERKPLAATS_FIELD = "Werkplaats"
"""The fill-in field that names the werkplaats; every checklist has it (ticks are kept per werkplaats)."""

NOTES_LINES = (0, 8)
"""Lines for notes at the end of a per-principle checklist: at least, at most (what is left of the sheet; none
when the steps of its interventions fill it, so the checklist stays one sheet)."""


def _notes_lines(shown: list[ItemView]) -> int:
    """As many lines for notes as are left on the sheet, estimated in millimetres on the safe side."""
    used = 140 + sum(23 + 5.5 * len(item.details) for item in shown)
    return max(NOTES_LINES[0], min(NOTES_LINES[1], int((265 - used) // 7)))


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
    address: str = ""
    """The source's address as printed on paper (see ``with_addresses``)."""

    @property
    def dom_id(self) -> str:
        """A short id that is unique on the page (the key can be long: it names the case and intervention)."""
        return "vink-" + hashlib.blake2s(self.key.encode(), digest_size=5).hexdigest()


@dataclass(frozen=True)
class FieldView:
    """A fill-in field at the top of a checklist: a line on paper, a text box on screen."""

    label: str
    key: str
    """The field's part of where its value is remembered in the browser, per werkplaats and checklist
    (the checklist's storage id plus ``/veld/`` and this key); the same on the single and the all page."""
    werkplaats: bool = False
    """True for the field that names the werkplaats (it chooses which werkplaats's ticks are shown)."""


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
    fields: list[FieldView]
    moments: list[str]
    write_lines: int
    sections: list[SectionView]
    note: str | None = None
    hidden: int = 0
    principle_url: str | None = None
    notes_lines: int = 0
    """Lines for notes at the end, on paper."""
    sources: list[str] = field(default_factory=list)
    """The works this checklist credits, when they differ from the colophon's (the motivation study)."""

    @property
    def items(self) -> list[ItemView]:
        return [item for section in self.sections for item in section.items]

    @property
    def print_notes(self) -> list[str]:
        """Who wrote what, in one sentence under the checklist, on screen and paper (items carry a * mark)."""
        parts = []
        if any(item.editorial_wording for item in self.items):
            parts.append("de formulering als vraag of actie (de inhoud komt uit de bron)")
        if any(item.editorial_link for item in self.items):
            parts.append("bij welk ontwerpprincipe een interventie hoort")
        if any(item.details for item in self.items):
            parts.append("de stappen onder een interventie")
        if not parts:
            return []
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]
        return [f"* Van de redactie van het handboek: {listed}."]


def fields(labels: list[str]) -> list[FieldView]:
    """The fill-in fields of a checklist; a field for the werkplaats comes first if the data has none."""
    if WERKPLAATS_FIELD not in labels:
        labels = [WERKPLAATS_FIELD, *labels]
    return [
        FieldView(
            label=label,
            key=re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-"),
            werkplaats=label == WERKPLAATS_FIELD,
        )
        for label in labels
    ]


def with_addresses(view: ChecklistView, address: PrintAddress) -> ChecklistView:
    """The checklist with the printed address of every item's source."""
    sections = [
        SectionView(s.title, [replace(item, address=address(item.source_url)) for item in s.items])
        for s in view.sections
    ]
    return replace(view, sections=sections)


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
            text=condition.vraag or condition_name(condition),
            label=f"{condition.nummer}. {condition_name(condition)}",
            source_kind="Motivatievoorwaarde",
            source_label=condition_name(condition),
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
    placed = handbook.membership.placed("principe", principle.id)
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
        fields=fields(list(group.invulvelden)),
        moments=list(group.momenten),
        write_lines=group.schrijfruimte,
        sections=sections,
        note=None if shown else "Er is nog geen interventie uit de praktijk aan dit principe gekoppeld.",
        hidden=max(0, len(placed) - len(shown)),
        principle_url=url_for(routes.principle_path(principle.id)),
        notes_lines=_notes_lines(shown),
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
        fields=fields(list(checklist.invulvelden)),
        moments=list(checklist.momenten),
        write_lines=checklist.schrijfruimte,
        sections=sections,
        sources=source_labels(handbook, handbook.condition_sources)
        if checklist.afgeleid == "motivatievoorwaarden"
        else [],
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


def checklist_page(
    handbook: Handbook, checklist_id: str, url_for: UrlFor, address: PrintAddress
) -> dict[str, Any]:
    checklist = next(c for c in handbook.checklists if c.id == checklist_id)
    return {
        "checklist": with_addresses(_view(handbook, checklist, url_for), address),
        "index_url": url_for(routes.CHECKLISTS_INDEX),
    }


def principle_checklist_page(
    handbook: Handbook, principle_id: str, url_for: UrlFor, address: PrintAddress
) -> dict[str, Any]:
    group = principle_group(handbook)
    assert group is not None
    return {
        "checklist": with_addresses(principle_checklist(handbook, group, principle_id, url_for), address),
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


def all_checklists_page(
    handbook: Handbook, set_id: str, url_for: UrlFor, address: PrintAddress
) -> dict[str, Any]:
    """A page that prints many checklists, each on its own sheet; per principle, the principles that no
    intervention serves yet share one sheet."""
    other = "ontwerpprincipes" if set_id == "alle" else "alle"
    views = [with_addresses(v, address) for v in print_set(handbook, set_id, url_for)]
    per_principle = set_id == "ontwerpprincipes"
    together = [v for v in views if per_principle and v.note]
    # The principles without interventions share one sheet: as many lines each as fit (about 190 mm to share).
    lines = max(1, min(4, int((190 / max(1, len(together)) - 15) // 7)))
    return {
        "checklists": [v for v in views if not (per_principle and v.note)],
        "together": [replace(v, write_lines=max(v.write_lines, lines)) for v in together],
        "per_principle": set_id == "ontwerpprincipes",
        "other_url": url_for(PRINT_SETS[other]) if principle_group(handbook) else None,
        "index_url": url_for(routes.CHECKLISTS_INDEX),
    }


ALL_AT_ONCE = "alles-afdrukken"
"""The checklist index's section on printing everything at once; the checklists' sections are ``checklist-<id>``."""


def checklist_index(handbook: Handbook, url_for: UrlFor) -> dict[str, Any]:
    """The list of checklists; the per-principle checklists grouped by characteristic."""
    entries = []
    for checklist in handbook.checklists:
        entry: dict[str, Any] = {
            "anchor": f"checklist-{checklist.id}",
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
        "jump": [
            *(JumpLink(e["anchor"], e["title"]) for e in entries),
            JumpLink(ALL_AT_ONCE, "Alles in één keer"),
        ],
        "all_at_once": ALL_AT_ONCE,
        "all_url": url_for(routes.ALL_CHECKLISTS),
        "all_count": sum(1 for c in handbook.checklists if c.afgeleid != "ontwerpprincipes"),
        "principles_url": url_for(routes.ALL_PRINCIPLE_CHECKLISTS) if principle_group(handbook) else None,
        "principles_count": len(handbook.principles),
        "deck_url": url_for(routes.CARD_DECK),
        "deck_duplex_url": url_for(routes.CARD_DECK_DUPLEX),
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
    address_note: str | None = None
    """Said when the printed addresses are paths (no ``site_url``)."""


def source_labels(handbook: Handbook, source_ids: list[str]) -> list[str]:
    """How printed small print names sources: as the text cites them. Whether a reference is confirmed is said
    once, on the sources page, not in every printed footer."""
    labels = []
    for source_id in source_ids:
        source = handbook.source_by_id[source_id]
        labels.append(source.in_tekst)
    return labels


def colophon(
    handbook: Handbook, site_name: str, address: PrintAddress, edition: str | None = None
) -> Colophon:
    sources = source_labels(handbook, handbook.checklist_sources)
    return Colophon(
        site_name=site_name, address=address.page, sources=sources, edition=edition, address_note=address.note
    )
