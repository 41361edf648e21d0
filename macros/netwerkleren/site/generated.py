"""The pages generated from the data: one per characteristic, principle and case.

Each page is a small Markdown file: YAML front matter (title, description,
tags) written with a safe YAML dumper, and one macro call that names the page
by kind and id. No data text ever enters the Markdown body, so nothing from
a data file can be read as a template.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from netwerkleren.model.handbook import Handbook
from netwerkleren.site.checklist_pages import checklist_pages
from netwerkleren.site.generated_page import GeneratedPage, shorten
from netwerkleren.views import matrix, overview, routes
from netwerkleren.views.case_index import page_count as case_index_page_count
from netwerkleren.views.overview import filter_script
from netwerkleren.views.planner import planner_script


def content_pages(handbook: Handbook) -> Iterator[GeneratedPage]:
    """A page per characteristic, principle and case.

    Case pages carry no tags: Material's tag index lists every tagged page under
    its tag, so tagged cases would make that page grow with every case.
    """
    for characteristic in handbook.characteristics:
        names = ", ".join(p.kort for p in characteristic.ontwerpprincipes)
        yield GeneratedPage(
            routes.characteristic_path(characteristic.id),
            f"{characteristic.nummer}. {characteristic.naam}",
            shorten(
                f"Karakteristiek van netwerkleren in werkplaatsen (TLG's) met de ontwerpprincipes: {names}."
            ),
            "characteristic",
            characteristic.id,
            tags=[characteristic.naam],
        )
        for principle in characteristic.ontwerpprincipes:
            yield GeneratedPage(
                routes.principle_path(principle.id),
                principle.kort,
                shorten(f"Ontwerpprincipe: {principle.tekst} Met interventies uit de praktijk."),
                "principle",
                principle.id,
                tags=[characteristic.naam],
            )
    for case_id, case in handbook.cases.items():
        yield GeneratedPage(
            routes.case_path(case_id),
            case.titel,
            shorten(f"Casus {case.instelling} ({case.studiejaar}): {case.samenvatting}"),
            "case",
            case_id,
        )


def finding_pages(handbook: Handbook) -> Iterator[GeneratedPage]:
    """The overview of all interventions and the matrix, each in fixed-size pages; not in search."""
    hidden = {"search": {"exclude": True}}
    total = len(handbook.interventions)
    for n in range(1, overview.page_count(handbook) + 1):
        title = "Overzicht van alle interventies" + (f" (pagina {n})" if n > 1 else "")
        description = f"Alle {total} interventies, te filteren op karakteristiek, principe, voorwaarde, rol, fase en casus."
        yield GeneratedPage(routes.overview_path(n), title, description, "overview", str(n), meta=hidden)
    for n in range(1, matrix.page_count(handbook) + 1):
        title = "Matrix: principes, voorwaarden en casussen" + (f" (pagina {n})" if n > 1 else "")
        description = "Hoeveel interventies bij elk ontwerpprincipe horen, per motivatievoorwaarde en per casus, met de gaten."
        yield GeneratedPage(routes.matrix_path(n), title, description, "matrix", str(n), meta=hidden)


def printable_pages(handbook: Handbook) -> Iterator[GeneratedPage]:
    """The printable checklists and the card deck."""
    yield from checklist_pages(handbook)


def case_index_pages(handbook: Handbook) -> Iterator[GeneratedPage]:
    """Pages 2 and on of the case index (page 1 is ``casussen/index.md``), so no page lists every case."""
    for number in range(2, case_index_page_count(handbook) + 1):
        yield GeneratedPage(
            routes.case_index_path(number),
            f"Casussen (pagina {number})",
            f"Casussen van lerarenopleidingen die de ontwerpprincipes toepasten, pagina {number}.",
            "cases",
            str(number),
        )


PageGenerator = Callable[[Handbook], Iterator[GeneratedPage]]

GENERATORS: list[PageGenerator] = [content_pages, case_index_pages, finding_pages, printable_pages]
"""Every source of generated pages. A new kind of generated page adds its generator here."""


def generated_pages(handbook: Handbook) -> Iterator[GeneratedPage]:
    """Every generated page of the handbook."""
    for generator in GENERATORS:
        yield from generator(handbook)


def data_files(handbook: Handbook, directory_urls: bool) -> list[tuple[str, str]]:
    """Source path and content of each generated script file beside the pages (they load from file:// too):
    the overview's filter data and the werkplaatsplan's data. A new generated data file is added here."""
    return [
        (routes.OVERVIEW_DATA, filter_script(handbook, directory_urls)),
        (routes.PLANNER_DATA, planner_script(handbook, directory_urls)),
    ]
