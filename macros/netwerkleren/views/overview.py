"""The overview of all interventions: compact rows, fixed-size pages, filter options.

Without JavaScript the overview is a paginated list (``PAGE_SIZE`` rows per
page), so no page grows with the number of cases. With JavaScript the filter
form works over every intervention, read from one generated data file
(``filter_data``), never from one giant page.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Any

from netwerkleren.model.handbook import Handbook, PlacedIntervention
from netwerkleren.views import pagination, routes
from netwerkleren.views.cards import PHASE_LABELS, ROLE_LABELS, intervention_anchor, intervention_url
from netwerkleren.views.jump import JumpLink, counted
from netwerkleren.views.routes import UrlFor
from netwerkleren.views.script_data import assign_script
from netwerkleren.views.wording import condition_name

PAGE_SIZE = 100
"""Rows on one page of the overview without JavaScript."""

FACETS = ("karakteristiek", "principe", "voorwaarde", "rol", "fase", "casus")
"""The filters, in the order of the form; also the query-string keys (``?principe=...``)."""

FACET_LABELS = {
    "karakteristiek": "Karakteristiek",
    "principe": "Ontwerpprincipe",
    "voorwaarde": "Motivatievoorwaarde",
    "rol": "Wie voert het uit*",
    "fase": "Fase van de werkplaats*",
    "casus": "Casus",
}


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list[Option]
    """Empty for the case filter: its options come with the data file, so the page stays small."""


@dataclass(frozen=True)
class Row:
    title: str
    url: str
    case_title: str
    case_url: str
    principles: list[tuple[str, str]]


def page_count(handbook: Handbook) -> int:
    return pagination.page_count(len(handbook.interventions), PAGE_SIZE)


def facets(handbook: Handbook) -> list[Facet]:
    """The filter controls with their options; the case options are loaded by the script."""
    options = {
        "karakteristiek": [Option(c.id, f"{c.nummer}. {c.naam}") for c in handbook.characteristics],
        "principe": [Option(p.id, p.kort) for p in handbook.principles],
        "voorwaarde": [Option(c.id, f"{c.nummer}. {condition_name(c)}") for c in handbook.conditions],
        "rol": [Option(key, label) for key, label in ROLE_LABELS.items()],
        "fase": [Option(key, label) for key, label in PHASE_LABELS.items()],
        "casus": [],
    }
    return [Facet(name, FACET_LABELS[name], options[name]) for name in FACETS]


def _row(handbook: Handbook, placed: PlacedIntervention, url_for: UrlFor) -> Row:
    item = placed.intervention
    case_src = routes.case_path(placed.case_id)
    return Row(
        title=item.titel,
        url=intervention_url(placed, url_for),
        case_title=placed.case.titel,
        case_url=url_for(case_src),
        principles=[
            (handbook.principle_by_id[link.id].kort, url_for(routes.principle_path(link.id)))
            for link in item.principes
        ],
    )


def site_root(url_for: UrlFor) -> str:
    """The site's root folder, relative to the current page, ending in '/'."""
    home = url_for(routes.HOME)
    if home.endswith("/"):
        return home
    folder = posixpath.dirname(home)
    return f"{folder}/" if folder else "./"


@dataclass(frozen=True)
class Group:
    """The rows of one characteristic on a page of the overview, under their own heading."""

    anchor: str
    title: str
    start: int
    """The number of the group's first row in the whole overview."""
    rows: list[Row]
    chosen: int = 0
    """Interventions whose case placed them under the characteristic (the rows of the group, on all pages)."""
    total: int = 0
    """Interventions that belong to the characteristic (membership): also those through its principles."""
    filtered_url: str = ""
    """The overview filtered on the characteristic."""


def in_overview_order(handbook: Handbook) -> list[PlacedIntervention]:
    """Every intervention, by characteristic (in the model's order), then as the cases list them."""
    rank = {c.id: n for n, c in enumerate(handbook.characteristics)}
    return sorted(handbook.interventions, key=lambda placed: rank[placed.intervention.karakteristiek.id])


def groups(handbook: Handbook, placed: list[PlacedIntervention], first: int, url_for: UrlFor) -> list[Group]:
    """``placed`` (rows ``first``, ``first`` + 1, ...) in a group per characteristic."""
    result: list[Group] = []
    for number, item in enumerate(placed, first):
        characteristic = handbook.characteristic_by_id[item.intervention.karakteristiek.id]
        if not result or result[-1].anchor != characteristic.id:
            title = f"{characteristic.nummer}. {characteristic.naam}"
            members = handbook.membership.members("karakteristiek", characteristic.id)
            result.append(
                Group(
                    characteristic.id,
                    title,
                    number,
                    [],
                    chosen=sum(1 for m in members if m.chosen),
                    total=len(members),
                    filtered_url=f"{url_for(routes.OVERVIEW)}?karakteristiek={characteristic.id}",
                )
            )
        result[-1].rows.append(_row(handbook, item, url_for))
    return result


def overview_page(handbook: Handbook, page_number: int, url_for: UrlFor) -> dict[str, Any]:
    """One page of the overview: its rows by characteristic, a jump list, pagination links and the filter form."""
    bar = pagination.paginate(
        len(handbook.interventions),
        PAGE_SIZE,
        page_number,
        routes.overview_path,
        url_for,
        "Pagina's van het overzicht",
    )
    page_groups = groups(handbook, in_overview_order(handbook)[bar.start : bar.stop], bar.first, url_for)
    return {
        "groups": page_groups,
        "jump": [JumpLink(g.anchor, counted(g.title, len(g.rows))) for g in page_groups],
        "pagination": bar,
        "facets": facets(handbook),
        "data_url": site_root(url_for) + routes.OVERVIEW_DATA,
        "site_root": site_root(url_for),
    }


def filter_data(handbook: Handbook, directory_urls: bool = True) -> dict[str, Any]:
    """Everything the filter script needs, with links relative to the site root.

    Labels are listed once and referred to by index, so the file stays about
    150 bytes per intervention. What an intervention belongs to comes from the
    membership query (``handbook.membership``), as on the characteristic,
    principle and conditions pages: ``k`` is the characteristic its case chose,
    ``K`` every characteristic it belongs to (chosen, or through a principle).
    """
    root = UrlFor(routes.HOME, directory_urls)
    cases = list(handbook.cases)
    case_index = {case_id: i for i, case_id in enumerate(cases)}
    principles = list(handbook.principle_by_id)
    principle_index = {pid: i for i, pid in enumerate(principles)}
    characteristics = [c.id for c in handbook.characteristics]
    characteristic_index = {cid: i for i, cid in enumerate(characteristics)}
    items = []
    for placed in handbook.interventions:
        item = placed.intervention
        belongs = handbook.membership.of(placed)
        items.append(
            {
                "t": item.titel,
                "a": intervention_anchor(item.id),
                "s": case_index[placed.case_id],
                "k": characteristic_index[item.karakteristiek.id],
                "K": [characteristic_index[cid] for cid in belongs["karakteristiek"]],
                "p": [principle_index[pid] for pid in belongs["principe"]],
                "v": list(belongs["voorwaarde"]),
                "r": list(item.rollen),
                "f": list(item.fasen),
            }
        )
    return {
        "karakteristieken": [
            {"id": c.id, "naam": c.naam, "url": root(routes.characteristic_path(c.id))}
            for c in handbook.characteristics
        ],
        "principes": [
            {
                "id": pid,
                "naam": handbook.principle_by_id[pid].kort,
                "url": root(routes.principle_path(pid)),
                "k": characteristic_index[handbook.characteristic_of[pid].id],
            }
            for pid in principles
        ],
        "casussen": [
            {
                "id": case_id,
                "naam": handbook.cases[case_id].titel,
                "instelling": handbook.cases[case_id].instelling,
                "jaar": handbook.cases[case_id].studiejaar,
                "url": root(routes.case_path(case_id)),
            }
            for case_id in cases
        ],
        "interventies": items,
    }


def filter_script(handbook: Handbook, directory_urls: bool = True) -> str:
    """The filter data as a script that hands it to ``filter.js``: loads from file:// too (offline edition)."""
    return assign_script("interventies", filter_data(handbook, directory_urls))


def page_view(handbook: Handbook, page_id: str, url_for: UrlFor) -> dict[str, Any]:
    """``overview_page`` for a generated page, whose id is its page number."""
    return overview_page(handbook, int(page_id), url_for)
