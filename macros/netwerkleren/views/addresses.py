"""Addresses printed on paper: links a reader must be able to type or scan.

On screen a link is enough; on paper it leads nowhere unless its address is
printed. A printed page knows its own address: the full web address when
``site_url`` is set, otherwise its path on the handbook's website. Every
relative link on the page resolves against it, so the printed address of a
link is full exactly when the page's own is; a sheet of paths says so once
(``PATH_NOTE``).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

PATH_NOTE = (
    "Adressen die met / beginnen zijn paden op de website van het handboek; zet het webadres van het handboek "
    "ervoor."
)
"""Said once on a printed sheet whose addresses are paths (the handbook has no ``site_url`` yet)."""


@dataclass(frozen=True)
class PrintAddress:
    """Turns a link on a printed page into the address printed after it."""

    page: str
    """The printed page's own address: ``site_url`` plus its path, or ``/`` plus its path."""

    @property
    def full(self) -> bool:
        """True when printed addresses are full web addresses (``site_url`` is set)."""
        return self.page.startswith(("https://", "http://"))

    @property
    def note(self) -> str | None:
        """What a sheet says about its addresses, when they are paths."""
        return None if self.full else PATH_NOTE

    def __call__(self, url: str) -> str:
        return urljoin(self.page, url)
