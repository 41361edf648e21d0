"""Problems found in data files, and how they are reported.

A problem always names a file, a line, a column and (where there is one) the
field, and its message is Dutch: contributors read these, not programmers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place in one data file."""

    path: str
    line: int
    col: int
    field: str
    message: str

    def format(self) -> str:
        """``path:line:col: message`` — the form editors and CI understand."""
        where = f"veld '{self.field}': " if self.field else ""
        return f"{self.path}:{self.line}:{self.col}: {where}{self.message}"

    def github_annotation(self) -> str:
        """The same problem as a GitHub Actions workflow command."""
        text = (f"veld '{self.field}': " if self.field else "") + self.message
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        path = self.path.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
        return f"::error file={path},line={self.line},col={self.col}::{text}"


class DataError(Exception):
    """Raised when the data cannot be used; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__(self.report())

    def annotate_for_github(self) -> None:
        """Print every problem as a GitHub Actions annotation when running there."""
        if os.environ.get("GITHUB_ACTIONS") == "true":
            for problem in self.problems:
                print(problem.github_annotation())

    def report(self) -> str:
        """A Dutch report listing every problem, one per line."""
        count = len(self.problems)
        noun = "probleem" if count == 1 else "problemen"
        lines = [problem.format() for problem in self.problems]
        lines.append(f"De gegevens in data/ bevatten {count} {noun}. Los ze op en probeer het opnieuw.")
        return "\n".join(lines)


def display_path(path: Path, root: Path | None = None) -> str:
    """A path as a contributor sees it: relative to the project when possible."""
    base = root if root is not None else Path.cwd()
    try:
        return os.path.relpath(path, base) if path.is_absolute() else str(path)
    except ValueError:  # another drive on Windows
        return str(path)
