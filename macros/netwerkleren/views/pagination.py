"""Fixed-size pages for every long list: case index, overview, matrix, card deck.

A page shows at most ``per_page`` items and a pagination bar with at most
``2 * WINDOW + 3`` page links (first, last, and the pages around the current
one), so no page grows with the number of cases.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from netwerkleren.views.routes import UrlFor

WINDOW = 2
"""Page links shown on either side of the current page (plus the first and the last)."""


@dataclass(frozen=True)
class PageLink:
    number: int
    url: str
    current: bool


@dataclass(frozen=True)
class Pagination:
    """One page of a list: which items it shows and how to reach the other pages."""

    number: int
    count: int
    total: int
    per_page: int
    links: list[PageLink | None]
    """Page links for the bar; ``None`` marks a gap (shown as an ellipsis)."""
    previous: str | None
    next: str | None
    label: str
    """What the bar is called for screen readers, e.g. "Pagina's van het overzicht"."""

    @property
    def start(self) -> int:
        """Index of the first item on this page (from 0)."""
        return (self.number - 1) * self.per_page

    @property
    def stop(self) -> int:
        return min(self.start + self.per_page, self.total)

    @property
    def first(self) -> int:
        """Number of the first item on this page, as a reader counts (from 1)."""
        return self.start + 1

    @property
    def last(self) -> int:
        return self.stop


def page_count(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


def window(number: int, pages: int) -> list[int | None]:
    """Page numbers for the bar around ``number``; ``None`` marks a gap."""
    shown = sorted({1, pages, *range(max(1, number - WINDOW), min(pages, number + WINDOW) + 1)})
    numbers: list[int | None] = []
    for n in shown:
        if numbers and n - (numbers[-1] or 0) > 1:
            numbers.append(None)
        numbers.append(n)
    return numbers


def paginate(
    total: int,
    per_page: int,
    requested: int,
    path_of: Callable[[int], str],
    url_for: UrlFor,
    label: str,
) -> Pagination:
    """Page ``requested`` (from 1, clamped to the pages that exist) of a list of ``total`` items."""
    count = page_count(total, per_page)
    number = min(max(1, requested), count)
    return Pagination(
        number=number,
        count=count,
        total=total,
        per_page=per_page,
        links=[
            None if n is None else PageLink(n, url_for(path_of(n)), n == number)
            for n in window(number, count)
        ],
        previous=url_for(path_of(number - 1)) if number > 1 else None,
        next=url_for(path_of(number + 1)) if number < count else None,
        label=label,
    )
