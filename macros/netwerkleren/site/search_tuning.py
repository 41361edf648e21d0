"""How pages weigh in the site search, by where they live.

Printable pages repeat the principles and interventions they were made from.
They stay findable (a query that matches their title finds them), but when
they only repeat text, the page that text comes from ranks first. Pages that
merely gather others for printing are left out of search.
"""

from __future__ import annotations

from collections.abc import MutableMapping

from netwerkleren.views import routes

BOOST_BY_FOLDER = {"checklists/": 0.7}
"""Search boost (1 = normal) for pages under a folder of docs/. The online search (Pagefind, answered by
docs/assets/search-worker.js) applies the same weights from its own copy, FOLDER_WEIGHTS; a test keeps the two
equal. Pages left out here stay out of both indexes (see netwerkleren.site.search_index)."""

NOT_IN_SEARCH = frozenset(
    {routes.ALL_CHECKLISTS, routes.ALL_PRINCIPLE_CHECKLISTS, routes.CARD_DECK, routes.CARD_DECK_DUPLEX}
)
"""Pages that only repeat other pages, for printing."""

NOT_IN_SEARCH_FOLDERS = ("checklists/kaartenset/", "checklists/kaartenset-dubbelzijdig/")
"""Folders of such pages (the later pages of the card deck)."""


def tune_search(src_uri: str, meta: MutableMapping[str, object]) -> None:
    """Set a page's ``search`` front matter from its place, unless the page sets it itself."""
    if "search" in meta:
        return
    if src_uri in NOT_IN_SEARCH or src_uri.startswith(NOT_IN_SEARCH_FOLDERS):
        meta["search"] = {"exclude": True}
        return
    for folder, boost in BOOST_BY_FOLDER.items():
        if src_uri.startswith(folder):
            meta["search"] = {"boost": boost}
            return
