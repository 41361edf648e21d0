"""Jump lists: "Op deze pagina" at the top of a long page, so a reader can skim it and jump, on any screen.

Material's table of contents is hidden on generated pages (their headings come from macros, after Markdown), and
on a phone it only shows inside the navigation drawer of pages in the navigation; so long pages carry their own
list, built here from the same data as the sections it links to.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class JumpLink:
    """A link to a section of the page (``#anchor``), with the links to its subsections."""

    anchor: str
    label: str
    children: list[JumpLink] = field(default_factory=list)


def counted(label: str, count: int) -> str:
    """'Interventies (13)': a section's name with how many items it holds."""
    return f"{label} ({count})"


def with_count(label: str, count: int, one: str, many: str) -> str:
    """'Nieuwe kennis (3 interventies)', '… (1 interventie)', '… (geen interventies)'."""
    amount = f"{count} {one if count == 1 else many}" if count else f"geen {many}"
    return f"{label} ({amount})"
