"""The matrix: principles against motivation conditions and against cases.

Each cell counts the interventions in it (from the membership query, as the overview's filter does) and links to a few of them and to
the overview filtered on the cell. Empty cells are gaps in the evidence and
say so in text. The cases table shows ``CASES_PER_PAGE`` cases per page, so
no page grows with the number of cases.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from typing import Any
from urllib.parse import urlencode

from netwerkleren.model.handbook import Handbook, PlacedIntervention
from netwerkleren.views import pagination, routes
from netwerkleren.views.cards import intervention_url
from netwerkleren.views.jump import JumpLink
from netwerkleren.views.routes import UrlFor
from netwerkleren.views.wording import condition_name, soft_hyphens

CASES_PER_PAGE = 6
"""Case columns per matrix page."""

LINKS_PER_CELL = 2
"""Interventions named in a cell; the count links to all of them in the overview."""


@dataclass(frozen=True)
class Column:
    label: str
    detail: str
    url: str


@dataclass(frozen=True)
class Cell:
    count: int
    links: list[tuple[str, str]]
    overview_url: str
    description: str
    """What the cell is about, for screen readers: 'Bouw aan onderling vertrouwen en Scaffolding'."""

    @property
    def more(self) -> int:
        return self.count - len(self.links)


@dataclass(frozen=True)
class Row:
    label: str
    url: str
    cells: list[Cell]


@dataclass(frozen=True)
class Table:
    id: str
    caption: str
    corner: str
    columns: list[Column]
    rows: list[Row]

    @property
    def gaps(self) -> int:
        return sum(1 for row in self.rows for cell in row.cells if not cell.count)


def page_count(handbook: Handbook) -> int:
    return pagination.page_count(len(handbook.cases), CASES_PER_PAGE)


def _cell(
    items: list[PlacedIntervention], filters: dict[str, str], description: str, url_for: UrlFor
) -> Cell:
    return Cell(
        count=len(items),
        links=[
            (soft_hyphens(p.intervention.titel), intervention_url(p, url_for)) for p in items[:LINKS_PER_CELL]
        ],
        overview_url=f"{url_for(routes.OVERVIEW)}?{urlencode(filters)}",
        description=description,
    )


def _principle_rows(
    handbook: Handbook,
    grid: dict[tuple[str, str], list[PlacedIntervention]],
    column_ids: list[str],
    facet: str,
    describe: Callable[[str], str],
    url_for: UrlFor,
) -> list[Row]:
    """A row per principle, a cell per column id; ``facet`` names the column in the overview's filter."""
    return [
        Row(
            label=soft_hyphens(p.kort),
            url=url_for(routes.principle_path(p.id)),
            cells=[
                _cell(
                    grid.get((p.id, column), []),
                    {"principe": p.id, facet: column},
                    f"{p.kort} {describe(column)}",
                    url_for,
                )
                for column in column_ids
            ],
        )
        for p in handbook.principles
    ]


def conditions_table(handbook: Handbook, url_for: UrlFor) -> Table:
    """Principles (rows) against motivation conditions (columns)."""
    grid: dict[tuple[str, str], list[PlacedIntervention]] = defaultdict(list)
    for placed in handbook.interventions:
        belongs = handbook.membership.of(placed)
        for p in belongs["principe"]:
            for v in belongs["voorwaarde"]:
                grid[p, v].append(placed)
    rows = _principle_rows(
        handbook,
        grid,
        [c.id for c in handbook.conditions],
        "voorwaarde",
        lambda c: f"en {condition_name(handbook.condition_by_id[c])}",
        url_for,
    )
    return Table(
        id="principes-en-voorwaarden",
        caption="Ontwerpprincipes (rijen) uitgezet tegen motivatievoorwaarden (kolommen): aantal interventies per combinatie",
        corner="Ontwerpprincipe",
        columns=[
            Column(soft_hyphens(f"{c.nummer}. {condition_name(c)}"), "", url_for(routes.CONDITIONS, c.id))
            for c in handbook.conditions
        ],
        rows=rows,
    )


def cases_table(handbook: Handbook, case_ids: list[str], url_for: UrlFor, caption_suffix: str = "") -> Table:
    """Principles (rows) against the cases ``case_ids`` (columns)."""
    grid: dict[tuple[str, str], list[PlacedIntervention]] = defaultdict(list)
    for case_id in case_ids:
        for placed in handbook.by_case.get(case_id, []):
            for p in handbook.membership.of(placed)["principe"]:
                grid[p, case_id].append(placed)
    rows = _principle_rows(
        handbook, grid, case_ids, "casus", lambda c: f"in de casus {handbook.cases[c].titel}", url_for
    )
    return Table(
        id="principes-en-casussen",
        caption=f"Ontwerpprincipes (rijen) uitgezet tegen casussen (kolommen): aantal interventies per combinatie{caption_suffix}",
        corner="Ontwerpprincipe",
        columns=[
            Column(
                soft_hyphens(handbook.cases[c].titel),
                f"{handbook.cases[c].instelling}, {handbook.cases[c].studiejaar}",
                url_for(routes.case_path(c)),
            )
            for c in case_ids
        ],
        rows=rows,
    )


def matrix_page(handbook: Handbook, page_number: int, url_for: UrlFor) -> dict[str, Any]:
    """Page 1 holds both tables; further pages hold the next cases."""
    bar = pagination.paginate(
        len(handbook.cases),
        CASES_PER_PAGE,
        page_number,
        routes.matrix_path,
        url_for,
        "Pagina's van de matrix met casussen",
    )
    case_ids = list(islice(handbook.cases, bar.start, bar.stop))
    suffix = f" (casus {bar.first} tot en met {bar.last} van {bar.total})" if bar.count > 1 else ""
    conditions = conditions_table(handbook, url_for) if bar.number == 1 else None
    cases = cases_table(handbook, case_ids, url_for, suffix) if case_ids else None
    jump = [
        JumpLink(anchor, label)
        for table, anchor, label in (
            (conditions, "motivatievoorwaarden", "Ontwerpprincipes en motivatievoorwaarden"),
            (cases, "casussen", "Ontwerpprincipes en casussen"),
        )
        if table is not None
    ]
    return {
        "conditions": conditions,
        "cases": cases,
        "jump": jump if len(jump) > 1 else [],
        "pagination": bar,
        "overview_url": url_for(routes.OVERVIEW),
    }


def page_view(handbook: Handbook, page_id: str, url_for: UrlFor) -> dict[str, Any]:
    """``matrix_page`` for a generated page, whose id is its page number."""
    return matrix_page(handbook, int(page_id), url_for)
