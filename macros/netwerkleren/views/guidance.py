"""Editorial guidance on a principle page: "Zo begin je", built from the principle's ``zo_begin_je``.

Each action names where it comes from (``uit``): the principle itself, another
principle, or an intervention as ``<casus-id>/<interventie-id>``. An action from
an intervention links to that intervention's card on its case page; one from
another principle links to that principle's page.
"""

from __future__ import annotations

from dataclasses import dataclass

from netwerkleren.model.handbook import Handbook, PlacedIntervention
from netwerkleren.model.records import Principle
from netwerkleren.views import routes
from netwerkleren.views.cards import intervention_url
from netwerkleren.views.routes import UrlFor


@dataclass(frozen=True)
class StartActionView:
    """One action of "Zo begin je": editorial text, and where it comes from."""

    text: str
    origin_label: str | None
    """The intervention's title or the other principle's short name; None when it comes from this principle."""
    origin_url: str | None


def action_origin(handbook: Handbook, uit: str) -> Principle | PlacedIntervention | None:
    """What ``uit`` names: a principle id, or ``<casus-id>/<interventie-id>``; None when it names nothing."""
    if "/" in uit:
        return handbook.intervention_by_key.get(uit)
    return handbook.principle_by_id.get(uit)


def start_actions(handbook: Handbook, principle: Principle, url_for: UrlFor) -> list[StartActionView]:
    """The principle's "Zo begin je" actions, each with a link to where it comes from (unless the principle itself)."""
    views = []
    for action in principle.zo_begin_je:
        origin = action_origin(handbook, action.uit)
        if isinstance(origin, PlacedIntervention):
            views.append(
                StartActionView(action.tekst, origin.intervention.titel, intervention_url(origin, url_for))
            )
        elif origin is not None and origin.id != principle.id:
            views.append(
                StartActionView(action.tekst, origin.kort, url_for(routes.principle_path(origin.id)))
            )
        else:
            views.append(StartActionView(action.tekst, None, None))
    return views
