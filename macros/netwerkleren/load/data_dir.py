"""Read every file in ``data/`` into typed records, collecting all problems.

Layout of ``data/``::

    karakteristieken.yaml      the characteristics with their design principles
    motivatievoorwaarden.yaml  the conditions for student motivation
    bronnen.yaml               the sources the handbook cites
    cases/<slug>.yaml          one case per file; the file name is the case id
    cases/_template.yaml       the template for a new case: not part of the handbook
    cases/_*.yaml              drafts (still holding 'VUL IN'): not part of the handbook
    checklists.yaml            printable checklists (optional)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from netwerkleren.load.case_names import (
    filled_draft_problems,
    is_skipped,
    misplaced_problems,
    name_problem,
    not_a_file,
    stray_problems,
)
from netwerkleren.load.id_hints import CHARACTERISTIC, CONDITION, PRINCIPLE, SOURCE, IdHints
from netwerkleren.load.problems import DataError, Problem, display_path
from netwerkleren.load.validate import validate
from netwerkleren.load.yaml_reader import Document, ReadError, read_document
from netwerkleren.model.checklists import CHECKLISTS_FILE, ChecklistsFile
from netwerkleren.model.records import (
    Case,
    CharacteristicsFile,
    ConditionsFile,
    SourcesFile,
)

CASES_DIR = "cases"
M = TypeVar("M", bound=BaseModel)


@dataclass
class Loaded:
    """Records read from ``data/``, each with the document it came from."""

    characteristics: tuple[CharacteristicsFile, Document] | None = None
    conditions: tuple[ConditionsFile, Document] | None = None
    sources: tuple[SourcesFile, Document] | None = None
    checklists: tuple[ChecklistsFile, Document] | None = None
    cases: list[tuple[str, Case, Document]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    hints: IdHints = field(default_factory=IdHints)
    """The ids of characteristics, principles, conditions and sources with their titles, for suggestions."""


def case_files(data_dir: Path) -> list[Path]:
    """The case files that are part of the handbook, in a stable order (links included: they are checked later)."""
    folder = data_dir / CASES_DIR
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if (path.is_file() or path.is_symlink()) and path.suffix in {".yaml", ".yml"} and not is_skipped(path)
    )


def load_data_dir(data_dir: Path, root: Path | None = None) -> Loaded:
    """Read and validate every data file; never stops at the first problem."""
    loaded = Loaded()
    base = root if root is not None else data_dir.parent
    inside = _resolved(base)

    def read(path: Path, model: type[M]) -> tuple[M, Document] | None:
        shown = display_path(path, base)
        outside = outside_problem(path, shown, inside)
        if outside is not None:
            loaded.problems.append(outside)
            return None
        if not path.is_file():
            missing = not path.exists() and not path.is_symlink()
            message = "dit bestand ontbreekt" if missing else (not_a_file(path) or "dit bestand ontbreekt")
            loaded.problems.append(Problem(shown, 1, 1, "", message))
            return None
        try:
            document = read_document(path, shown)
        except ReadError as error:
            loaded.problems.extend(error.problems)
            return None
        record, problems = validate(document, model, loaded.hints)
        loaded.problems.extend(problems)
        return (record, document) if record is not None else None

    loaded.characteristics = read(data_dir / "karakteristieken.yaml", CharacteristicsFile)
    loaded.conditions = read(data_dir / "motivatievoorwaarden.yaml", ConditionsFile)
    loaded.sources = read(data_dir / "bronnen.yaml", SourcesFile)
    _add_hints(loaded)
    if (data_dir / CHECKLISTS_FILE).is_file() or (data_dir / CHECKLISTS_FILE).is_symlink():
        loaded.checklists = read(data_dir / CHECKLISTS_FILE, ChecklistsFile)

    loaded.problems.extend(stray_problems(data_dir / CASES_DIR, base))
    loaded.problems.extend(misplaced_problems(data_dir, base, KNOWN_FILES))
    loaded.problems.extend(filled_draft_problems(data_dir / CASES_DIR, base, inside))
    taken: dict[str, str] = {}
    for path in case_files(data_dir):
        shown = display_path(path, base)
        slug = path.stem
        name = name_problem(path, shown, taken)
        if name is not None:
            loaded.problems.append(name)
            continue
        result = read(path, Case)
        if result is not None:
            loaded.cases.append((slug, *result))
    return loaded


KNOWN_FILES = frozenset(
    {"karakteristieken.yaml", "motivatievoorwaarden.yaml", "bronnen.yaml", CHECKLISTS_FILE}
)
"""The data files directly in ``data/``; cases live in ``data/cases/``."""


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def outside_problem(path: Path, shown: str, inside: Path) -> Problem | None:
    """A problem when ``path`` is a link that leads out of the repository (``inside``); the target is never opened."""
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a loop of links
        target = None
    if target is not None and target.is_relative_to(inside):
        return None
    return Problem(
        shown,
        1,
        1,
        "",
        "dit bestand is een koppeling (symlink) naar een bestand buiten het handboek en wordt niet gelezen: "
        "zet de gegevens zelf in dit bestand",
    )


def _add_hints(loaded: Loaded) -> None:
    """Ids and titles for suggestions in the messages about cases."""
    hints = loaded.hints
    if loaded.characteristics is not None:
        for characteristic in loaded.characteristics[0].karakteristieken:
            hints.add(CHARACTERISTIC, characteristic.id, characteristic.naam, characteristic.naam_en)
            for principle in characteristic.ontwerpprincipes:
                hints.add(PRINCIPLE, principle.id, principle.kort, principle.tekst)
    if loaded.conditions is not None:
        for condition in loaded.conditions[0].motivatievoorwaarden:
            hints.add(CONDITION, condition.id, condition.naam, condition.naam_en)
    if loaded.sources is not None:
        for source in loaded.sources[0].bronnen:
            hints.add(SOURCE, source.id, source.in_tekst)


def raise_problems(problems: list[Problem]) -> None:
    """Raise a ``DataError`` when there is anything to report."""
    if problems:
        raise DataError(problems)
