"""Problems found in data files, and how they are reported.

A problem always names a file, a line, a column and (where there is one) the
field, and its message is Dutch: contributors read these, not programmers.

What a contributor wrote is never printed whole: messages quote a short,
escaped excerpt of a value (``excerpt``), and every printed path and message
is escaped, so no value can start a line of its own in a terminal or a CI log
(where a line starting with ``::`` is a GitHub workflow command). A hostile
file cannot flood the output either: each file reports at most
``MAX_PER_FILE`` problems and a run at most ``MAX_TOTAL``, then says how many
more there are.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

MAX_PER_FILE = 50
"""Problems shown per file; the rest are counted."""
MAX_TOTAL = 200
"""Problems shown per run; the rest are counted."""
EXCERPT_CHARS = 60
"""Characters of a value a message may quote (the rule: never more than 200)."""

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def escape(text: str) -> str:
    """``text`` with every control, format (bidi, zero-width) and separator character written as an escape."""
    if text.isprintable() and text.isascii():
        return text
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif unicodedata.category(char) in _UNSAFE_CATEGORIES:
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    return "".join(out)


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """A short, escaped piece of ``value`` for a message: at most ``limit`` characters of it, then '…'."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        text = "een heel groot getal"
    else:
        try:
            text = str(value)
        except ValueError:  # e.g. Python's limit on digits of an integer
            text = "?"
    if len(text) <= limit:
        return escape(text)
    return escape(text[: limit - 1]) + "…"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place in one data file.

    A problem with ``more`` > 0 is a note: it stands for that many problems in
    the same file that are not shown.
    """

    path: str
    line: int
    col: int
    field: str
    message: str
    more: int = 0

    def format(self) -> str:
        """``path:line:col: message`` — the form editors and CI understand."""
        if self.more:
            return f"{escape(self.path)}: {escape(self.message)}"
        where = f"veld '{escape(self.field)}': " if self.field else ""
        return f"{escape(self.path)}:{self.line}:{self.col}: {where}{escape(self.message)}"

    def github_annotation(self) -> str:
        """The same problem as a GitHub Actions workflow command, escaped as GitHub requires."""
        text = (f"veld '{self.field}': " if self.field and not self.more else "") + self.message
        path = _github_property(self.path)
        where = f"file={path}" if self.more else f"file={path},line={self.line},col={self.col}"
        return f"::error {where}::{_github_data(text)}"


def _github_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


def more_note(path: str, count: int) -> Problem:
    """The note that stands for ``count`` problems of ``path`` that are not shown."""
    noun = "probleem" if count == 1 else "problemen"
    return Problem(
        path,
        0,
        0,
        "",
        f"en nog {count} {noun} in dit bestand (niet getoond): los eerst de problemen hierboven op "
        "en controleer opnieuw",
        more=count,
    )


class Sink:
    """Collects the problems of one file: keeps the first ``limit``, counts the rest."""

    def __init__(self, path: str, limit: int = MAX_PER_FILE) -> None:
        self.path = path
        self.limit = limit
        self.problems: list[Problem] = []
        self.more = 0

    @property
    def full(self) -> bool:
        return len(self.problems) >= self.limit

    def add(self, problem: Problem) -> None:
        if self.full:
            self.more += 1
        else:
            self.problems.append(problem)

    def at(self, line: int, col: int, field: str, message: str) -> None:
        self.add(Problem(self.path, line, col, field, message))

    def count(self, number: int) -> None:
        """``number`` further problems that were not even built."""
        self.more += number

    def result(self) -> list[Problem]:
        return self.problems + ([more_note(self.path, self.more)] if self.more else [])

    def __bool__(self) -> bool:
        return bool(self.problems or self.more)


def cap(problems: list[Problem]) -> list[Problem]:
    """At most ``MAX_PER_FILE`` problems per file, each file's extra ones counted in one note."""
    by_path: dict[str, Sink] = {}
    for problem in sorted(problems, key=_order):
        sink = by_path.setdefault(problem.path, Sink(problem.path))
        if problem.more:
            sink.count(problem.more)
        else:
            sink.add(problem)
    return [problem for sink in by_path.values() for problem in sink.result()]


def _order(problem: Problem) -> tuple[str, bool, int, int, str, str]:
    return (problem.path, problem.more > 0, problem.line, problem.col, problem.field, problem.message)


class DataError(Exception):
    """Raised when the data cannot be used; carries every problem found (at most ``MAX_PER_FILE`` per file)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = cap(list(problems))
        self.count = sum(problem.more or 1 for problem in self.problems)
        shown = self.problems[:MAX_TOTAL]
        self.hidden = sum(problem.more or 1 for problem in self.problems[MAX_TOTAL:])
        self.shown = shown
        super().__init__(self.report())

    def annotate_for_github(self) -> None:
        """Print every shown problem as a GitHub Actions annotation when running there."""
        if os.environ.get("GITHUB_ACTIONS") == "true":
            for problem in self.shown:
                print(problem.github_annotation())

    def report(self) -> str:
        """A Dutch report listing the problems, one per line."""
        noun = "probleem" if self.count == 1 else "problemen"
        lines = [problem.format() for problem in self.shown]
        if self.hidden:
            lines.append(f"… en nog {self.hidden} problemen (niet getoond).")
        lines.append(f"De gegevens in data/ bevatten {self.count} {noun}. Los ze op en probeer het opnieuw.")
        return "\n".join(lines)


def display_path(path: Path, root: Path | None = None) -> str:
    """A path as a contributor sees it: relative to the project when possible."""
    base = root if root is not None else Path.cwd()
    try:
        return os.path.relpath(path, base) if path.is_absolute() else str(path)
    except ValueError:  # another drive on Windows
        return str(path)
