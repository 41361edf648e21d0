"""Rules for the names of case files: the file name is the case's id and its web address.

No case may be dropped silently: a file that is not read gets a problem that
says why, and two files that would give the same id are both reported.
"""

from __future__ import annotations

import re
from pathlib import Path

from netwerkleren.load.problems import Problem, display_path
from netwerkleren.model.records import SLUG_PATTERN

CASE_SUFFIX = ".yaml"
RESERVED_SLUGS = frozenset({"index"})
"""Names a case cannot have because a page of the handbook already uses the address."""
MIN_LENGTH, MAX_LENGTH = 2, 80

_EXAMPLE = "bijvoorbeeld 'hogeschool-x-2024-2025.yaml'"


def is_skipped(path: Path) -> bool:
    """Templates and drafts (``_*``) and hidden files (``.*``) are not part of the handbook."""
    return path.name.startswith(("_", "."))


def stray_problems(folder: Path, base: Path) -> list[Problem]:
    """Problems for everything in ``folder`` that is neither a case file nor skipped."""
    problems: list[Problem] = []
    if not folder.is_dir():
        return problems
    for path in sorted(folder.iterdir()):
        if is_skipped(path) or (path.is_file() and path.suffix in {".yaml", ".yml"}):
            continue
        shown = display_path(path, base)
        if path.is_dir():
            message = "een map in data/cases wordt niet gelezen: zet elke casus als los .yaml-bestand in data/cases/"
        elif path.suffix.lower() in {".yaml", ".yml"}:
            message = (
                f"gebruik de extensie .yaml in kleine letters: hernoem het bestand naar '{path.stem}.yaml'"
            )
        else:
            message = (
                "dit bestand wordt niet gelezen: een casus is een .yaml-bestand "
                f"({_EXAMPLE}); begin de naam met '_' voor een klad dat niet mee hoeft"
            )
        problems.append(Problem(shown, 1, 1, "", message))
    return problems


def name_problem(path: Path, shown: str, taken: dict[str, str]) -> Problem | None:
    """Why ``path`` cannot be a case file, or None; records good names in ``taken`` (slug -> file)."""
    slug = path.stem

    def problem(message: str) -> Problem:
        return Problem(shown, 1, 1, "", message)

    if path.suffix != CASE_SUFFIX:
        twin = path.with_suffix(CASE_SUFFIX)
        if twin.exists():
            return problem(
                f"er is ook een '{twin.name}': twee bestanden voor dezelfde casus. "
                "Voeg ze samen in het .yaml-bestand en verwijder dit bestand"
            )
        return problem(f"gebruik de extensie .yaml: hernoem het bestand naar '{slug}.yaml'")
    if not re.match(SLUG_PATTERN, slug):
        lower = slug.lower()
        if lower != slug and re.match(SLUG_PATTERN, lower):
            clash = (
                " Let op: dat bestand bestaat al, dus dit zijn twee casussen met dezelfde id."
                if (path.with_name(lower + CASE_SUFFIX).exists())
                else ""
            )
            return problem(
                f"de bestandsnaam is de id van de casus en heeft alleen kleine letters: "
                f"hernoem het bestand naar '{lower}.yaml'.{clash}"
            )
        return problem(
            "de bestandsnaam is de id van de casus: gebruik alleen kleine letters, cijfers en losse "
            f"streepjes, {_EXAMPLE}"
        )
    if not MIN_LENGTH <= len(slug) <= MAX_LENGTH:
        return problem(
            f"de bestandsnaam moet {MIN_LENGTH} tot {MAX_LENGTH} tekens lang zijn (zonder '.yaml')"
        )
    if slug in RESERVED_SLUGS:
        return problem(
            f"'{slug}' is al het adres van een pagina van het handboek: kies een andere bestandsnaam"
        )
    if slug in taken:
        return problem(f"er is al een casus met de id '{slug}' ({taken[slug]})")
    taken[slug] = shown
    return None
