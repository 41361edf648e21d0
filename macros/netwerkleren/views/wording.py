"""How the source's wording is shown: verbatim, with a verbatim typo marked once, here."""

from __future__ import annotations

from netwerkleren.model.records import Condition

SIC = "[sic]"


def condition_name(condition: Condition) -> str:
    """A condition's name as the source words it; a typo kept verbatim (``sic: true``) is marked [sic]."""
    return f"{condition.naam} {SIC}" if condition.sic else condition.naam
