"""The site navigation, built from the data.

Characteristics and principles are in the navigation (20 pages, fixed by the
research). Cases are not: they are reached through the case index, so that
every page's size stays the same however many cases are added.
"""

from __future__ import annotations

from typing import Any

from netwerkleren.model.handbook import Handbook
from netwerkleren.site.generated_page import meta_text
from netwerkleren.views import routes

NavEntry = dict[str, Any]


def characteristics_section(handbook: Handbook) -> list[Any]:
    """The 'Karakteristieken' section: its index, then each characteristic with its principles."""
    section: list[Any] = [routes.CHARACTERISTICS_INDEX]
    for characteristic in handbook.characteristics:
        children: list[Any] = [routes.characteristic_path(characteristic.id)]
        children += [
            {meta_text(p.kort): routes.principle_path(p.id)} for p in characteristic.ontwerpprincipes
        ]
        section.append({meta_text(f"{characteristic.nummer}. {characteristic.naam}"): children})
    return section


def expand_nav(nav: list[Any], handbook: Handbook) -> list[Any]:
    """Replace the entry that points at the characteristics index with the full section."""
    expanded: list[Any] = []
    for entry in nav:
        if isinstance(entry, dict) and len(entry) == 1:
            ((title, target),) = entry.items()
            if target == routes.CHARACTERISTICS_INDEX:
                expanded.append({title: characteristics_section(handbook)})
                continue
        expanded.append(entry)
    return expanded
