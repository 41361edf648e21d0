"""Read every file in ``data/`` into typed records, collecting all problems.

Layout of ``data/``::

    karakteristieken.yaml      the characteristics with their design principles
    motivatievoorwaarden.yaml  the conditions for student motivation
    bronnen.yaml               the sources the handbook cites
    cases/<slug>.yaml          one case per file; the file name is the case id
    cases/_*.yaml              templates and drafts: not part of the handbook
    checklists.yaml            printable checklists (optional)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from netwerkleren.load.case_names import is_skipped, name_problem, stray_problems
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


def case_files(data_dir: Path) -> list[Path]:
    """The case files that are part of the handbook, in a stable order."""
    folder = data_dir / CASES_DIR
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file() and path.suffix in {".yaml", ".yml"} and not is_skipped(path)
    )


def load_data_dir(data_dir: Path, root: Path | None = None) -> Loaded:
    """Read and validate every data file; never stops at the first problem."""
    loaded = Loaded()
    base = root if root is not None else data_dir.parent

    def read(path: Path, model: type[M]) -> tuple[M, Document] | None:
        shown = display_path(path, base)
        if not path.is_file():
            loaded.problems.append(Problem(shown, 1, 1, "", "dit bestand ontbreekt"))
            return None
        try:
            document = read_document(path, shown)
        except ReadError as error:
            loaded.problems.extend(error.problems)
            return None
        record, problems = validate(document, model)
        loaded.problems.extend(problems)
        return (record, document) if record is not None else None

    loaded.characteristics = read(data_dir / "karakteristieken.yaml", CharacteristicsFile)
    loaded.conditions = read(data_dir / "motivatievoorwaarden.yaml", ConditionsFile)
    loaded.sources = read(data_dir / "bronnen.yaml", SourcesFile)
    if (data_dir / CHECKLISTS_FILE).is_file():
        loaded.checklists = read(data_dir / CHECKLISTS_FILE, ChecklistsFile)

    loaded.problems.extend(stray_problems(data_dir / CASES_DIR, base))
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


def raise_problems(problems: list[Problem]) -> None:
    """Raise a ``DataError`` when there is anything to report."""
    if problems:
        raise DataError(problems)
