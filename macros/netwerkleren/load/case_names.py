"""Rules for the names of case files: the file name is the case's id and its web address.

No case may be dropped silently: a file that is not read gets a problem that
says why, and two files that would give the same id are both reported.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from netwerkleren.load.id_hints import slug_of
from netwerkleren.load.problems import Problem, display_path, excerpt
from netwerkleren.model.records import SLUG_PATTERN

CASE_SUFFIX = ".yaml"
RESERVED_SLUGS = frozenset({"index"})
"""Names a case cannot have because a page of the handbook already uses the address."""
MIN_LENGTH, MAX_LENGTH = 2, 80

_EXAMPLE = "bijvoorbeeld 'hogeschool-x-2024-2025.yaml'"


TEMPLATE = "_template.yaml"
DRAFT_MARKERS = (b"VUL IN", b"vul-in")
"""A file whose name starts with '_' is a draft only while it still holds one of these (as the template does)."""


def is_skipped(path: Path) -> bool:
    """The template, drafts (``_*``) and hidden files (``.*``) are not part of the handbook.

    A ``_*`` file that no longer holds a 'VUL IN' marker is a filled-in case under a name the handbook skips:
    ``filled_draft_problems`` reports it.
    """
    return path.name.startswith(("_", "."))


def filled_draft_problems(folder: Path, base: Path, inside: Path) -> list[Problem]:
    """Problems for ``_*.yaml`` files in ``folder`` that are filled in: they would silently stay unpublished."""
    problems: list[Problem] = []
    if not folder.is_dir():
        return problems
    for path in sorted(folder.iterdir()):
        if not path.name.startswith("_") or path.suffix.lower() not in {".yaml", ".yml"}:
            continue
        try:
            if not path.resolve().is_relative_to(inside) or not path.is_file():
                continue  # never opened: a link out of the repository is not ours to read
            with path.open("rb") as handle:
                head = handle.read(1_000_001)
        except (OSError, RuntimeError):
            continue
        if any(marker in head for marker in DRAFT_MARKERS):
            continue
        if path.name == TEMPLATE:
            message = (
                "het sjabloon is ingevuld, maar het sjabloon komt niet in het handboek: maak een nieuwe casus met "
                "'make new-case' (of kopieer het sjabloon naar data/cases/<id>.yaml) en zet het sjabloon terug"
            )
        else:
            suggestion = slug_of(path.stem) or "hogeschool-x-2024-2025"
            message = (
                "dit bestand lijkt een ingevulde casus, maar een naam die met '_' begint komt niet in het handboek "
                f"(alleen een klad met 'VUL IN' en het sjabloon heten zo): hernoem het naar '{excerpt(suggestion)}.yaml'"
            )
        problems.append(Problem(display_path(path, base), 1, 1, "", message))
    return problems


def misplaced_problems(data_dir: Path, base: Path, known: frozenset[str]) -> list[Problem]:
    """Problems for YAML files in ``data/`` that are not read: a case belongs in ``data/cases/``."""
    problems: list[Problem] = []
    if not data_dir.is_dir():
        return problems
    for folder, subfolders, files in os.walk(data_dir):  # never follows links to folders
        here = Path(folder)
        if here == data_dir:
            subfolders[:] = [
                name for name in subfolders if name not in {"cases", "schema"} and not name.startswith(".")
            ]
        for name in sorted(files):
            path = here / name
            if name.startswith(".") or path.suffix.lower() not in {".yaml", ".yml"}:
                continue
            if here == data_dir and name in known:
                continue
            problems.append(
                Problem(
                    display_path(path, base),
                    1,
                    1,
                    "",
                    "dit bestand wordt niet gelezen: een casus hoort in data/cases/ "
                    f"(verplaats het naar data/cases/{excerpt(slug_of(path.stem) or 'id')}.yaml)",
                )
            )
        if len(problems) > 100:
            break
    return problems


def not_a_file(path: Path) -> str | None:
    """Why ``path`` is not a regular file a case can be read from (a folder, a link to one, a pipe), or None.

    Nothing is opened: opening a named pipe would wait for a writer forever.
    """
    link = path.is_symlink()
    try:
        if path.is_file():
            return None
        if path.is_dir():
            if link:
                return (
                    "dit is een koppeling (symlink) naar een map, geen bestand: een casus is één .yaml-bestand in "
                    "data/cases/. Verwijder de koppeling en zet de casus zelf in data/cases/"
                )
            return "een map in data/cases wordt niet gelezen: zet elke casus als los .yaml-bestand in data/cases/"
        if path.is_fifo():
            kind = "een named pipe (FIFO)"
        elif path.is_socket():
            kind = "een socket"
        elif path.is_block_device() or path.is_char_device():
            kind = "een apparaatbestand"
        elif link and not path.exists():
            return (
                "dit is een koppeling (symlink) naar een bestand dat niet bestaat: verwijder de koppeling en zet de "
                "casus zelf in data/cases/"
            )
        else:
            kind = "geen gewoon bestand"
    except OSError as error:
        return f"dit bestand kan niet worden gelezen ({error.strerror})"
    via = "een koppeling naar " if link else ""
    return (
        f"dit is {via}{kind}, geen gewoon bestand, en wordt niet gelezen: verwijder het en zet de casus in een "
        "gewoon .yaml-bestand in data/cases/"
    )


def stray_problems(folder: Path, base: Path) -> list[Problem]:
    """Problems for everything in ``folder`` that is neither a case file nor skipped."""
    problems: list[Problem] = []
    if not folder.is_dir():
        return problems
    for path in sorted(folder.iterdir()):
        if is_skipped(path) or ((path.is_file() or path.is_symlink()) and path.suffix in {".yaml", ".yml"}):
            continue
        shown = display_path(path, base)
        special = not_a_file(path)
        if special is not None:
            message = special
        elif path.suffix.lower() in {".yaml", ".yml"}:
            message = f"gebruik de extensie .yaml in kleine letters: hernoem het bestand naar '{excerpt(path.stem)}.yaml'"
        else:
            message = (
                "dit bestand wordt niet gelezen: een casus is een .yaml-bestand "
                f"({_EXAMPLE}); een klad dat niet mee hoeft begint met '_' en bevat nog 'VUL IN'"
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
        return problem(f"gebruik de extensie .yaml: hernoem het bestand naar '{excerpt(slug)}.yaml'")
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
