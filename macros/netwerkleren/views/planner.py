"""The werkplaatsplan: a planner for a werkplaats year, built on the handbook's own data.

The page itself is static: without JavaScript it is a blank planning form to
print (``planner_page``). With JavaScript, ``planner.js`` turns it into a
planner that reads every characteristic, principle, condition and intervention
from one generated data file (``planner_script``), never from a second list.
"""

from __future__ import annotations

from typing import Any

from netwerkleren.load.case_names import MAX_LENGTH, RESERVED_SLUGS
from netwerkleren.model.handbook import Handbook
from netwerkleren.model.records import SCHOOL_YEAR_PATTERN, SLUG_PATTERN
from netwerkleren.model.text_rules import INVISIBLE_CLASS, PLACEHOLDER, PLACEHOLDER_ID
from netwerkleren.views import routes
from netwerkleren.views.cards import PHASE_LABELS, ROLE_LABELS, intervention_anchor
from netwerkleren.views.overview import site_root
from netwerkleren.views.routes import UrlFor
from netwerkleren.views.script_data import assign_script
from netwerkleren.views.wording import condition_name

BLANK_MEETINGS = 8
"""Rows for meetings on the blank (no-JavaScript) planning form."""

BLANK_LOGBOOK_MOMENTS = 2
"""Logbook moments on the blank form: the case's logbook was filled in twice."""


def planner_data(handbook: Handbook, directory_urls: bool = True) -> dict[str, Any]:
    """Everything the planner offers, with links relative to the site root.

    Principles, conditions and cases are listed once and referred to by index;
    a link carries 1 when the source makes it (``herkomst: bron``), 0 when the
    editors do.
    """
    root = UrlFor(routes.HOME, directory_urls)
    characteristics = handbook.characteristics
    char_index = {c.id: i for i, c in enumerate(characteristics)}
    principles = list(handbook.principle_by_id)
    principle_index = {pid: i for i, pid in enumerate(principles)}
    conditions = handbook.conditions
    condition_index = {c.id: i for i, c in enumerate(conditions)}
    cases = list(handbook.cases)
    case_index = {case_id: i for i, case_id in enumerate(cases)}
    return {
        "karakteristieken": [
            {
                "id": c.id,
                "nummer": c.nummer,
                "naam": c.naam,
                "url": root(routes.characteristic_path(c.id)),
                "principes": [principle_index[p.id] for p in c.ontwerpprincipes],
            }
            for c in characteristics
        ],
        "principes": [
            {
                "id": pid,
                "kort": handbook.principle_by_id[pid].kort,
                "tekst": handbook.principle_by_id[pid].tekst,
                "k": char_index[handbook.characteristic_of[pid].id],
                "url": root(routes.principle_path(pid)),
            }
            for pid in principles
        ],
        "voorwaarden": [
            {"id": c.id, "nummer": c.nummer, "naam": condition_name(c), "url": root(routes.CONDITIONS, c.id)}
            for c in conditions
        ],
        "casussen": [
            {
                "id": case_id,
                "titel": handbook.cases[case_id].titel,
                "instelling": handbook.cases[case_id].instelling,
                "jaar": handbook.cases[case_id].studiejaar,
                "url": root(routes.case_path(case_id)),
            }
            for case_id in cases
        ],
        "interventies": [
            {
                "id": placed.id,
                "t": placed.intervention.titel,
                "a": intervention_anchor(placed.id),
                "s": case_index[placed.case_id],
                "k": char_index[placed.intervention.karakteristiek.id],
                "p": [
                    [principle_index[link.id], int(link.herkomst == "bron")]
                    for link in placed.intervention.principes
                ],
                "v": [
                    [condition_index[link.id], int(link.herkomst == "bron")]
                    for link in placed.intervention.voorwaarden
                ],
                "f": list(placed.intervention.fasen),
                "r": list(placed.intervention.rollen),
            }
            for placed in handbook.interventions
        ],
        "fasen": PHASE_LABELS,
        "rollen": ROLE_LABELS,
        "regels": {
            "id": SLUG_PATTERN,
            "idLengte": MAX_LENGTH,
            "gereserveerd": sorted(RESERVED_SLUGS),
            "studiejaar": SCHOOL_YEAR_PATTERN,
            "invullen": PLACEHOLDER,
            "invullenId": PLACEHOLDER_ID,
            "onzichtbaar": js_character_class(INVISIBLE_CLASS),
        },
    }


def js_character_class(python_class: str) -> str:
    """A regular-expression character class (without brackets) for JavaScript's ``u`` flag, from Python's."""
    parts, i = [], 0
    while i < len(python_class):
        if i + 2 < len(python_class) and python_class[i + 1] == "-":
            parts.append(f"\\u{{{ord(python_class[i]):x}}}-\\u{{{ord(python_class[i + 2]):x}}}")
            i += 3
        else:
            parts.append(f"\\u{{{ord(python_class[i]):x}}}")
            i += 1
    return "".join(parts)


def planner_script(handbook: Handbook, directory_urls: bool = True) -> str:
    """The planner's data as a script that hands it to ``planner.js``: loads from file:// too."""
    return assign_script("werkplaatsplan", planner_data(handbook, directory_urls))


def planner_page(handbook: Handbook, page_id: str, url_for: UrlFor, address: object = None) -> dict[str, Any]:
    """The planner page: the blank form (from the model) and where the script finds its data."""
    return {
        "characteristics": [
            {
                "id": c.id,
                "label": f"{c.nummer}. {c.naam}",
                "principles": [{"id": p.id, "kort": p.kort, "tekst": p.tekst} for p in c.ontwerpprincipes],
            }
            for c in handbook.characteristics
        ],
        "roles": list(ROLE_LABELS.values()),
        "phases": list(PHASE_LABELS.values()),
        "meetings": BLANK_MEETINGS,
        "moments": BLANK_LOGBOOK_MOMENTS,
        "data_url": site_root(url_for) + routes.PLANNER_DATA,
        "site_root": site_root(url_for),
        "checklists_url": url_for(routes.CHECKLISTS_INDEX),
    }
