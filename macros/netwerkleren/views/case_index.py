"""The case index, in pages of ``CASES_PER_PAGE`` cases.

Page 1 is ``casussen/index.md`` (hand-written intro plus the ``case_list``
macro); pages 2 and on are generated. Each page's size is fixed: it shows at
most ``CASES_PER_PAGE`` cases and a pagination bar with at most
``2 * WINDOW + 3`` page links, however many cases there are. Only the cases on
the page are rendered.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from netwerkleren.model.handbook import Handbook
from netwerkleren.site import routes
from netwerkleren.site.routes import UrlFor

CASES_PER_PAGE = 50
WINDOW = 2
"""Page links shown on either side of the current page (plus the first and the last)."""


def page_count(handbook: Handbook) -> int:
    return max(1, -(-len(handbook.cases) // CASES_PER_PAGE))


def _page_links(number: int, pages: int) -> list[int | None]:
    """Page numbers for the pagination bar; ``None`` marks a gap (shown as an ellipsis)."""
    shown = sorted({1, pages, *range(max(1, number - WINDOW), min(pages, number + WINDOW) + 1)})
    links: list[int | None] = []
    for n in shown:
        if links and n - (links[-1] or 0) > 1:
            links.append(None)
        links.append(n)
    return links


def page_view(handbook: Handbook, page: int | str, url_for: UrlFor) -> dict[str, Any]:
    """Page ``page`` (from 1) of the case index: its cases and the pagination bar."""
    pages = page_count(handbook)
    number = min(max(1, int(page)), pages)
    start = (number - 1) * CASES_PER_PAGE
    chosen = islice(handbook.cases.items(), start, start + CASES_PER_PAGE)
    cases = [
        {
            "id": case_id,
            "case": case,
            "url": url_for(routes.case_path(case_id)),
            "interventions": len(case.interventies),
            "characteristics": [c.naam for c in handbook.case_characteristics[case_id]],
        }
        for case_id, case in chosen
    ]
    return {
        "cases": cases,
        "total": len(handbook.cases),
        "first": start + 1,
        "last": start + len(cases),
        "page": number,
        "pages": [
            None if n is None else (n, url_for(routes.case_index_path(n)), n == number)
            for n in _page_links(number, pages)
        ],
        "previous": url_for(routes.case_index_path(number - 1)) if number > 1 else None,
        "next": url_for(routes.case_index_path(number + 1)) if number < pages else None,
    }
