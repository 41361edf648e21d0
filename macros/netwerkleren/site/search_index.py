"""The online handbook's search index: Pagefind, built from the finished site.

Material's search loads the whole index (every word of every page) before the
first result: at a thousand cases that is megabytes on a phone. Pagefind indexes
the built HTML into small chunks and fragments, and a query loads only the ones
it needs. The search box stays Material's: its search worker is swapped for
``assets/search-worker.js``, which answers Material's messages from Pagefind,
and Material's own index shrinks to its settings (it also drives the highlighting
of search terms on the page a result opens).

The offline edition (``make offline``, opened from file://, where a page cannot
fetch index chunks) keeps Material's search and its whole index.

``NETWERKLEREN_SEARCH=lunr`` in the environment keeps Material's own search online too (as before 0.2.0):
benchmarks/search_bytes.py compares the two, and benchmarks/build_scale.py measures Material's index, which
the offline edition still ships.

Everything happens on the built site (``index_site``), so any engine that builds the handbook can be followed
by it: ``macros/hooks.py`` calls it after MkDocs' build, and for the plain route (engines without hooks)
``python -m netwerkleren.site.search_index SITE`` does the same. No MkDocs here.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pagefind_bin

BUNDLE = "pagefind"
"""Folder of the Pagefind index in the site."""

WORKER = "assets/search-worker.js"
"""The search worker that answers Material's search box from Pagefind (docs/assets/search-worker.js)."""

EXCLUDED = ("[data-search-exclude]", ".nl-card--compact", ".headerlink")
"""Left out of the index, as Material's search leaves them out: blocks marked for it, compact copies of cards
(their title is marked, and Material then leaves out the whole card) and the headings' permalink signs."""

UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)
"""Pagefind's own search interfaces: the handbook keeps Material's."""

BODY_TAG = '<article class="md-content__inner md-typeset">'
"""Material's article: the part of a page that is indexed (the header, navigation and footer are not)."""

WORKER_URL = re.compile(r'("search":\s*")([^"]*?)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')
"""The search worker's address in Material's page configuration (``__config``)."""


ENGINE_VARIABLE = "NETWERKLEREN_SEARCH"
"""Environment variable: ``lunr`` keeps Material's own search in the online handbook."""


def pagefind_wanted(environ: dict[str, str] | None = None) -> bool:
    """Pagefind, unless the environment asks for Material's own search."""
    value = (os.environ if environ is None else environ).get(ENGINE_VARIABLE, "")
    return value.strip().lower() != "lunr"


class SearchIndexError(Exception):
    """Pagefind failed (message in Dutch)."""


def mark_searchable(html: str) -> str:
    """Mark the page's article as Pagefind's body.

    Once one page has a ``data-pagefind-body``, Pagefind indexes only such pages: pages left out of
    Material's search (printable copies, the overview, the matrix) and the 404 page stay out of the index.
    """
    return html.replace(BODY_TAG, BODY_TAG[:-1] + " data-pagefind-body>", 1)


def searchable_pages(site: Path) -> set[Path]:
    """The HTML files of the pages in Material's index: the pages search_tuning leaves in search."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = set()
    for doc in index.get("docs", []):
        location = str(doc.get("location", "")).split("#")[0]
        path = site / location
        found.add(path / "index.html" if location.endswith("/") or not location else path)
    return found


def use_pagefind_worker(html: str) -> str:
    """Point Material's search box at the handbook's Pagefind worker instead of its own lunr worker."""
    return WORKER_URL.sub(lambda m: f'{m[1]}{m[2]}{WORKER}"', html, count=1)


def build_pagefind(site: Path, timeout: float = 600) -> None:
    """Index the built site with Pagefind into ``site/pagefind/`` (Dutch stemming: the pages say lang="nl")."""
    command = [str(pagefind_bin.get_executable()), "--site", str(site), "--output-subdir", BUNDLE, "--silent"]
    for selector in EXCLUDED:
        command += ["--exclude-selectors", selector]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexError(f"Pagefind kon de zoekindex niet maken: {error}") from None
    if result.returncode != 0:
        raise SearchIndexError(f"Pagefind kon de zoekindex niet maken:\n{result.stderr or result.stdout}")
    for name in UNUSED:
        (site / BUNDLE / name).unlink(missing_ok=True)


def index_site(site: Path) -> None:
    """Give the built online handbook Pagefind's search: mark the searchable pages, point every search box
    at the Pagefind worker, index the site and shrink Material's index to its settings."""
    searchable = searchable_pages(site)
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        changed = use_pagefind_worker(mark_searchable(html) if path in searchable else html)
        if changed != html:
            path.write_text(changed, encoding="utf-8")
    build_pagefind(site)
    shrink_material_index(site)


def shrink_material_index(site: Path) -> None:
    """Keep only the settings of Material's index (``search/search_index.json``), not its documents.

    Material's pages still fetch this file at load; its settings (language, word separator) drive the
    highlighting of the search terms on the page a result opens. The search itself is Pagefind's.
    """
    path = site / "search" / "search_index.json"
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(
        json.dumps({"config": index.get("config", {}), "docs": []}, ensure_ascii=False), encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Geef een gebouwde site de zoekfunctie van Pagefind.")
    parser.add_argument("site", type=Path, help="de map van de gebouwde site (met search/search_index.json)")
    args = parser.parse_args(argv)
    try:
        index_site(args.site)
    except (SearchIndexError, OSError, ValueError) as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
