"""Where every page of the handbook lives, derived from the ids in the data.

Addresses are stable: they come from ids, never from titles or positions.
This module knows nothing of MkDocs; the glue turns these source paths into
files, and ``UrlFor`` turns them into links relative to the current page.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache

# One place for every page's source path (relative to docs/).
HOME = "index.md"
CHARACTERISTICS_INDEX = "karakteristieken/index.md"
CONDITIONS = "motivatievoorwaarden.md"
CASES_INDEX = "casussen/index.md"
SOURCES = "bronnen.md"
ABOUT = "over.md"
CONTRIBUTE = "bijdragen.md"
OVERVIEW = "overzicht/index.md"
MATRIX = "matrix/index.md"
TAGS = "trefwoorden.md"
OVERVIEW_DATA = "overzicht/interventies.js"
PLANNER = "werkplaatsplan/index.md"
PLANNER_DATA = "werkplaatsplan/gegevens.js"
TABLE_1 = (CHARACTERISTICS_INDEX, "tabel-1")
"""Where the handbook shows Tabel 1 of the source (characteristics and principles): page and anchor."""


def overview_path(page_number: int) -> str:
    """Page ``page_number`` (from 1) of the paginated overview of all interventions."""
    return OVERVIEW if page_number <= 1 else f"overzicht/{page_number}/index.md"


def matrix_path(page_number: int) -> str:
    """Page ``page_number`` (from 1) of the matrix; later pages hold further cases."""
    return MATRIX if page_number <= 1 else f"matrix/{page_number}/index.md"


CHECKLISTS_INDEX = "checklists/index.md"
ALL_CHECKLISTS = "checklists/alle.md"
ALL_PRINCIPLE_CHECKLISTS = "checklists/alle-ontwerpprincipes.md"
CARD_DECK = "checklists/kaartenset.md"
CARD_DECK_DUPLEX = "checklists/kaartenset-dubbelzijdig.md"


def deck_path(page_number: int, duplex: bool = False) -> str:
    """Page ``page_number`` (from 1) of the card deck, single-sided or for double-sided printing."""
    first = CARD_DECK_DUPLEX if duplex else CARD_DECK
    return first if page_number <= 1 else f"{first.removesuffix('.md')}/{page_number}.md"


def checklist_path(checklist_id: str) -> str:
    return f"checklists/{checklist_id}.md"


def principle_checklist_path(principle_id: str) -> str:
    return f"checklists/ontwerpprincipes/{principle_id}.md"


def characteristic_path(characteristic_id: str) -> str:
    return f"karakteristieken/{characteristic_id}/index.md"


def principle_path(principle_id: str) -> str:
    return f"ontwerpprincipes/{principle_id}.md"


def case_path(case_id: str) -> str:
    return f"casussen/{case_id}.md"


def case_index_path(page_number: int) -> str:
    """Page ``page_number`` (from 1) of the case index; a case id never contains '/', so no clash."""
    return CASES_INDEX if page_number <= 1 else f"casussen/pagina/{page_number}.md"


def page_url(src_path: str, directory_urls: bool = True) -> str:
    """The site-relative URL MkDocs gives a source file (same rules as MkDocs)."""
    stem, _ = posixpath.splitext(src_path)
    head, name = posixpath.split(stem)
    if not directory_urls:
        return f"{stem}.html"
    if name in {"index", "README"}:
        return f"{head}/" if head else ""
    return f"{stem}/"


@dataclass(frozen=True)
class UrlFor:
    """Builds links from the page ``current`` to other pages of the handbook."""

    current: str
    directory_urls: bool = True
    printed_page: str | None = None
    """The page's own address on paper (``site_url`` plus its path, or ``/`` plus its path), when known."""

    def __call__(self, src_path: str, anchor: str | None = None) -> str:
        relative, same_page = _relative_url(self.current, src_path, self.directory_urls)
        if same_page and anchor:
            return f"#{anchor}"
        return relative + (f"#{anchor}" if anchor else "")


@lru_cache(maxsize=65536)
def _relative_url(current: str, src_path: str, directory_urls: bool) -> tuple[str, bool]:
    """The link from ``current`` to ``src_path``, and whether both are the same page.

    Cached: a build asks for the same few links (principles, conditions, characteristics) on every card.
    """
    here = page_url(current, directory_urls)
    there = page_url(src_path, directory_urls)
    folder = here if here == "" or here.endswith("/") else posixpath.dirname(here)
    relative = posixpath.relpath(there or ".", folder.rstrip("/") or ".")
    if there == "" or there.endswith("/"):
        relative = "./" if relative == "." else f"{relative}/"
    return relative, there == here
