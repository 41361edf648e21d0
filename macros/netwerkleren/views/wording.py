"""How the source's wording is shown: verbatim, with a verbatim typo marked once, here."""

from __future__ import annotations

from netwerkleren.model.records import Condition

SIC = "[sic]"


def condition_name(condition: Condition) -> str:
    """A condition's name wherever it is named: the editorial short name (``kort``) when the data has one,
    else the source's name. No [sic] here: a page marks a verbatim typo once, where it quotes the condition
    (``condition_verbatim``), not in every menu, heading and link."""
    short = getattr(condition, "kort", None)
    return short or condition.naam


def condition_verbatim(condition: Condition) -> str:
    """A condition's name as the source words it; a typo kept verbatim (``sic: true``) is marked [sic]."""
    return f"{condition.naam} {SIC}" if condition.sic else condition.naam
