"""mkdocs-macros module: thin glue that renders handbook views into pages.

Every macro takes ids, asks ``netwerkleren.views`` for the page data and
renders it with the partials in ``overrides/partials/handbook``. Macros
return finished, escaped HTML; data text is never evaluated as a template.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from markupsafe import Markup

from netwerkleren.model.handbook import Handbook
from netwerkleren.render import render as render_html
from netwerkleren.site.config import DATA_DIR, PARTIALS_DIR, project_root
from netwerkleren.site.html_stash import stash
from netwerkleren.site.state import get_handbook
from netwerkleren.views import case_index, checklists, deck, matrix, overview, pages, planner
from netwerkleren.views.addresses import PrintAddress
from netwerkleren.views.routes import UrlFor

PageView = Callable[[Handbook, str, UrlFor], dict[str, Any]]

PAGE_VIEWS: Mapping[str, tuple[PageView, str]] = MappingProxyType(
    {
        "characteristic": (pages.characteristic_page, "characteristic.html"),
        "principle": (pages.principle_page, "principle.html"),
        "case": (pages.case_page, "case.html"),
        "overview": (overview.page_view, "overview.html"),
        "matrix": (matrix.page_view, "matrix.html"),
        "cases": (case_index.page_view, "case_list.html"),
    }
)
"""Page kinds whose view needs nothing but the handbook; read-only, shared by every build."""

PrintableView = Callable[[Handbook, str, UrlFor, PrintAddress], dict[str, Any]]
"""A printable page's view also gets the page's printed address, to print the addresses of its links."""

PRINTABLE_VIEWS: Mapping[str, tuple[PrintableView, str]] = MappingProxyType(
    {
        "checklist": (checklists.checklist_page, "checklist_page.html"),
        "principle-checklist": (checklists.principle_checklist_page, "checklist_page.html"),
        "all-checklists": (checklists.all_checklists_page, "checklist_all.html"),
        "deck": (
            lambda book, n, urls, address: deck.deck_page(book, int(n), urls, address, duplex=False),
            "deck.html",
        ),
        "deck-duplex": (
            lambda book, n, urls, address: deck.deck_page(book, int(n), urls, address, duplex=True),
            "deck.html",
        ),
        # The werkplaatsplan: its printouts carry the checklists' colophon.
        "planner": (planner.planner_page, "planner.html"),
    }
)
"""Printable page kinds: their view gets the small print (sources, address, edition) of the page it is on."""


def render(partials_dir: Path, template: str, **context: Any) -> Markup:
    """Render a partial; Markdown only sees a placeholder for it (see ``netwerkleren.site.html_stash``)."""
    return stash(render_html(partials_dir, template, **context))


def define_env(env: Any) -> None:
    root = project_root(env.conf.get("config_file_path"))
    partials = root / PARTIALS_DIR

    def handbook() -> Handbook:
        return get_handbook(root / DATA_DIR)

    def url_for() -> UrlFor:
        page = env.page
        printed_page = page.canonical_url or "/" + page.url
        return UrlFor(page.file.src_uri, bool(env.conf.get("use_directory_urls", True)), printed_page)

    def printable(view: PrintableView) -> PageView:
        """Add the small print (sources, address, edition) to a printable page's view."""

        def with_colophon(book: Handbook, item_id: str, urls: UrlFor) -> dict[str, Any]:
            address = PrintAddress(urls.printed_page or "/" + env.page.url)
            extra = env.conf.get("extra") or {}
            edition = (
                f"versie {extra['version']} ({extra['released_nl']})"
                if extra.get("version") and extra.get("released_nl")
                else None
            )
            note = checklists.colophon(book, env.conf.get("site_name") or "", address, edition)
            return {**view(book, item_id, urls, address), "colophon": note}

        return with_colophon

    # This build's table: the shared views plus the printable ones bound to this env.
    page_views: dict[str, tuple[PageView, str]] = {
        **PAGE_VIEWS,
        **{kind: (printable(view), template) for kind, (view, template) in PRINTABLE_VIEWS.items()},
    }

    @env.macro
    def handbook_page(kind: str, item_id: str) -> Markup:
        """The body of a generated page: ``kind`` is one of the keys of ``page_views``."""
        view, template = page_views[kind]
        return render(partials, template, **view(handbook(), item_id, url_for()))

    @env.macro
    def characteristics_overview() -> Markup:
        return render(
            partials, "characteristics_overview.html", **pages.characteristics_overview(handbook(), url_for())
        )

    @env.macro
    def case_list() -> Markup:
        """Page 1 of the case index (docs/casussen/index.md); later pages are generated."""
        return handbook_page("cases", "1")

    @env.macro
    def conditions_page() -> Markup:
        return render(partials, "conditions.html", **pages.conditions_page(handbook(), url_for()))

    @env.macro
    def sources_list() -> Markup:
        return render(partials, "sources.html", **pages.sources_page(handbook()))

    # Further macros are added below this line, each kind in its own block.

    @env.macro
    def checklist_index() -> Markup:
        """The list of printable checklists, for docs/checklists/index.md."""
        return render(partials, "checklist_index.html", **checklists.checklist_index(handbook(), url_for()))

    @env.macro
    def counts() -> dict[str, int]:
        """How many of each kind of record the handbook holds, for prose on hand-written pages."""
        book = handbook()
        return {
            "karakteristieken": len(book.characteristics),
            "ontwerpprincipes": len(book.principle_by_id),
            "motivatievoorwaarden": len(book.conditions),
            "casussen": len(book.cases),
            "interventies": len(book.interventions),
            "suggesties": sum(1 for p in book.interventions if p.intervention.suggestion),
            "praktijk": sum(1 for p in book.interventions if not p.intervention.suggestion),
        }

    @env.macro
    def cite_sources(*source_ids: str) -> Markup:
        """The references of the given sources, rendered like the sources page (unknown id stops the build)."""
        book = handbook()
        missing = [source_id for source_id in source_ids if source_id not in book.source_by_id]
        if missing:
            raise ValueError(f"cite_sources: onbekende bron-id(s): {', '.join(missing)}")
        sources = [pages.source_view(book.source_by_id[source_id]) for source_id in source_ids]
        return render(partials, "sources.html", sources=sources)
