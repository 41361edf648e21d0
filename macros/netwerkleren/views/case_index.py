"""The case index, in pages of ``CASES_PER_PAGE`` cases.

Page 1 is ``casussen/index.md`` (hand-written intro plus the ``case_list``
macro); pages 2 and on are generated. Each page's size is fixed: it shows at
most ``CASES_PER_PAGE`` cases and a pagination bar with at most
``2 * WINDOW + 3`` page links (see ``views.pagination``), however many cases
there are. Only the cases on the page are rendered.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from netwerkleren.model.handbook import Handbook
from netwerkleren.views import pagination, routes
from netwerkleren.views.routes import UrlFor

CASES_PER_PAGE = 50


def page_count(handbook: Handbook) -> int:
    return pagination.page_count(len(handbook.cases), CASES_PER_PAGE)


def page_view(handbook: Handbook, page: int | str, url_for: UrlFor) -> dict[str, Any]:
    """Page ``page`` (from 1) of the case index: its cases and the pagination bar."""
    bar = pagination.paginate(
        len(handbook.cases),
        CASES_PER_PAGE,
        int(page),
        routes.case_index_path,
        url_for,
        "Pagina's van de casussen",
    )
    chosen = islice(handbook.cases.items(), bar.start, bar.stop)
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
    return {"cases": cases, "pagination": bar}
