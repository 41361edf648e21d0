"""Read one YAML data file safely, remembering where every value stands.

Only plain YAML is accepted: no tags (``!!python/object``), no anchors or
aliases (so no alias bombs), no duplicate keys, no tabs, no control or
invisible characters (zero-width, bidi overrides), UTF-8 without a byte-order
mark, at most 1 MB. Every value's line and column are kept so that later
checks can point at the exact place.

The file is read in one pass over the parser's events, building plain Python
data directly; nothing is built from a node twice and no work grows faster
than the file. Plain scalars are resolved as YAML 1.1 does (``no`` is a
boolean, ``1.10`` a number: the validator explains those), except base-60
numbers (``1:30``), which are text here, and numbers longer than
``MAX_NUMBER_CHARS``, which are refused before Python converts them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    DocumentStartEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceStartEvent,
)

from netwerkleren.load.problems import Problem, Sink, excerpt
from netwerkleren.load.unicode_rules import character_problems
from netwerkleren.load.yaml_errors import LINE_BREAK, syntax_problem

MAX_BYTES = 1_000_000
MAX_DEPTH = 40
MAX_NUMBER_CHARS = 40
"""A plain scalar that YAML would read as a longer number is refused (no 5000-digit integers)."""
REREAD_LIMIT = 100_000
"""Files up to this size that libyaml refuses are read again by PyYAML, whose messages the hints know."""

Loc = tuple[str | int, ...]

_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when installed: the same events, many times faster than PyYAML's own."""

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_TRUE = frozenset({"yes", "true", "on"})
_OPENING_QUOTES = "“”„‘’‚«‹"
_CLOSING_QUOTES = "”“’‘»›"
_LINE_BREAK = LINE_BREAK
_MERGED = re.compile("(?<!\n)\n(?!\n)")
"""A lone line break in a plain or quoted text: what YAML keeps of one blank line (a paragraph break)."""


def _resolvers() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """YAML 1.1's implicit types for plain scalars, by first character, without the merge and yaml tags."""
    table: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for first, entries in yaml.resolver.Resolver.yaml_implicit_resolvers.items():
        kept = [(tag, regexp) for tag, regexp in entries if tag in {_INT, _FLOAT, _NULL, _BOOL, _TIMESTAMP}]
        if kept:
            table[first or ""] = kept
    return table


_RESOLVERS = _resolvers()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


@dataclass(frozen=True)
class Mark:
    """A 1-based position in a file, and the value's text as written there (plain scalars only)."""

    line: int
    col: int
    source: str = ""


@dataclass
class Document:
    """A parsed data file: plain Python data plus the position of every value.

    ``comments`` holds plain text values followed by a YAML comment on the same
    line (the text after `` #`` was dropped), with the mark of the ``#`` and the
    dropped text; ``curly`` holds plain text values wrapped in curly quotes. The
    validator decides which of them are problems: that depends on the field.
    """

    path: Path
    shown_path: str
    data: Any
    values: dict[Loc, Mark] = field(default_factory=dict)
    keys: dict[Loc, Mark] = field(default_factory=dict)
    comments: dict[Loc, Mark] = field(default_factory=dict)
    curly: dict[Loc, Mark] = field(default_factory=dict)
    merged: dict[Loc, Mark] = field(default_factory=dict)
    """Text values over several lines without '|' that hold a blank line: YAML merged their paragraphs."""
    text: str = ""
    """The file's text, to point at a place inside a value (a block text's line, for example)."""
    _line_starts: list[int] | None = field(default=None, repr=False)

    def offset(self, mark: Mark) -> int:
        """The index in ``text`` of a 1-based line and column."""
        if self._line_starts is None:
            starts = [0]
            starts.extend(match.end() for match in _LINE_BREAK.finditer(self.text))
            self._line_starts = starts
        line = min(max(mark.line, 1), len(self._line_starts))
        return self._line_starts[line - 1] + mark.col - 1

    def position(self, index: int) -> Mark:
        """The 1-based line and column of an index in ``text``."""
        self.offset(Mark(1, 1))
        starts = self._line_starts or [0]
        line = bisect.bisect_right(starts, index)
        return Mark(line, index - starts[line - 1] + 1)

    def mark(self, loc: Loc, *, key: bool = False) -> Mark:
        """The best known position for ``loc``: the value (or key), else its nearest parent."""
        table = self.keys if key else self.values
        if loc in table:
            return table[loc]
        for end in range(len(loc) - 1, -1, -1):
            parent = loc[:end]
            if parent in self.keys:
                return self.keys[parent]
            if parent in self.values:
                return self.values[parent]
        return Mark(1, 1)


class ReadError(Exception):
    """The file could not be read as plain YAML. Carries the problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.format() for p in problems[:3]))


def read_document(path: Path, shown_path: str) -> Document:
    """Read ``path``; raise ``ReadError`` with Dutch problems if it is not plain, valid YAML."""

    def fail(line: int, col: int, message: str) -> ReadError:
        return ReadError([Problem(shown_path, line, col, "", message)])

    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
            size = len(raw) if len(raw) <= MAX_BYTES else path.stat().st_size
    except OSError as error:
        raise fail(1, 1, f"het bestand kan niet worden gelezen ({error.strerror})") from None
    if size > MAX_BYTES:
        raise fail(
            1, 1, f"het bestand is te groot ({size:,} bytes; maximaal {MAX_BYTES:,}).".replace(",", ".")
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raise fail(
            1, 1, "het bestand begint met een byte-order mark (BOM): sla het op als 'UTF-8' zonder BOM"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise fail(
            line, col, "het bestand is geen geldige UTF-8-tekst: sla het op met de codering 'UTF-8'"
        ) from None
    hidden = character_problems(text, shown_path)
    if hidden:
        raise ReadError(hidden)
    if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        raise fail(1, 1, "het bestand is leeg")
    tabs = Sink(shown_path)
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line[: len(line) - len(line.lstrip(" \t"))]:
            tabs.at(
                number, line.index("\t") + 1, "", "tab gevonden: gebruik spaties om in te springen, geen tabs"
            )
    if tabs:
        raise ReadError(tabs.result())
    document = Document(path=path, shown_path=shown_path, data=None, text=text)
    try:
        _Builder(text, document, _FAST_LOADER).run()
    except yaml.MarkedYAMLError as error:
        if _FAST_LOADER is yaml.SafeLoader or len(text) > REREAD_LIMIT:
            raise _syntax_error(error, shown_path, text) from None
        try:  # PyYAML's own parser, whose messages the hints below know
            _Builder(text, Document(path=path, shown_path=shown_path, data=None), yaml.SafeLoader).run()
        except yaml.MarkedYAMLError as again:
            raise _syntax_error(again, shown_path, text) from None
        raise _syntax_error(error, shown_path, text) from None  # pragma: no cover - both parsers refuse
    except RecursionError:  # pragma: no cover - nesting is refused first
        raise fail(1, 1, "de gegevens zijn te diep genest") from None
    return document


_NO_KEY = object()
_DROP = object()


class _Frame:
    """A mapping or sequence being built."""

    __slots__ = ("container", "first_key", "is_map", "keep", "key", "loc", "new_item_told", "role")

    def __init__(self, loc: Loc, container: Any, role: str, keep: bool) -> None:
        self.loc = loc
        self.container = container
        self.is_map = isinstance(container, dict)
        self.key: Any = _NO_KEY
        self.keep = keep
        self.role = role
        self.first_key: str | None = None
        self.new_item_told = False


class _Builder:
    """Builds a document's data from the parser's events, with marks, in one pass."""

    def __init__(self, text: str, document: Document, loader: type[yaml.SafeLoader]) -> None:
        self.text = text
        self.doc = document
        self.loader = loader
        self.sink = Sink(document.shown_path)
        self.stack: list[_Frame] = []
        self.references: list[tuple[int, int]] = []
        self.documents = 0
        self._lines: list[str] | None = None

    def problem(self, line: int, col: int, loc: Loc | None, message: str) -> None:
        self.sink.at(line, col, _dotted(loc) if loc else "", message)

    def run(self) -> None:
        root: list[Any] = []
        for event in _events(self.text, self.loader):
            kind = type(event)
            if kind is ScalarEvent and event.tag is None and not event.anchor and self.stack:
                frame = self.stack[-1]
                if not frame.is_map and frame.keep:  # a list item: the common case, kept short
                    mark = event.start_mark
                    here = (mark.line + 1, mark.column + 1)
                    loc = (*frame.loc, len(frame.container))
                    frame.container.append(self._scalar(event, here, loc))
                    plain = not event.style and event.implicit[0]
                    self.doc.values[loc] = Mark(here[0], here[1], event.value if plain else "")
                    continue
            if kind is DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise ReadError(
                        [
                            Problem(
                                self.doc.shown_path,
                                1,
                                1,
                                "",
                                "het bestand bevat meer dan één YAML-document (een regel '---' te veel?)",
                            )
                        ]
                    )
                continue
            if kind is CollectionEndEvent or issubclass(kind, CollectionEndEvent):
                self._end()
                continue
            if kind not in (ScalarEvent, MappingStartEvent, SequenceStartEvent, AliasEvent):
                continue
            mark = event.start_mark
            here = (mark.line + 1, mark.column + 1)
            self._refuse_unsafe(event, kind, here)
            self._node(event, kind, here, root)
        if self.references:  # one problem, not one per '*': an alias bomb has thousands
            count = len(self.references) - 1
            more = f" (nog {count} keer verderop in dit bestand)" if count else ""
            self.sink.at(
                *self.references[0],
                "",
                f"ankers en verwijzingen (& en *) zijn niet toegestaan: schrijf de waarde uit{more}",
            )
        if self.sink:
            raise ReadError(self.sink.result())
        if not self.documents or not root:
            raise ReadError(
                [Problem(self.doc.shown_path, 1, 1, "", "het bestand is leeg: er staan geen gegevens in")]
            )
        self.doc.data = root[0]

    def _refuse_unsafe(self, event: Any, kind: type, here: tuple[int, int]) -> None:
        if kind is AliasEvent or event.anchor:
            self.references.append(here)
        tag = getattr(event, "tag", None)
        implicit = getattr(event, "implicit", True)
        explicit = tag is not None and not (implicit[0] if isinstance(implicit, tuple) else implicit)
        if explicit:
            self.sink.at(
                *here, "", f"YAML-tags zoals '{excerpt(tag)}' zijn niet toegestaan: schrijf gewone tekst"
            )

    def _slot(self, here: tuple[int, int]) -> tuple[str, Loc | None]:
        """Where the next node goes: ('key', None), ('value', loc) or ('value', None) when it is dropped."""
        if not self.stack:
            return "value", ()
        frame = self.stack[-1]
        if not frame.is_map:
            index = len(frame.container) if frame.keep else 0
            return "value", ((*frame.loc, index) if frame.keep else None)
        if frame.key is _NO_KEY:
            return "key", None
        if frame.key is _DROP or not frame.keep:
            return "value", None
        return "value", (*frame.loc, frame.key)

    def _node(self, event: Any, kind: type, here: tuple[int, int], root: list[Any]) -> None:
        role, loc = self._slot(here)
        if role == "key":
            self._key(event, kind, here)
            return
        mark = Mark(*here)
        if kind is ScalarEvent or kind is AliasEvent:
            value = self._scalar(event, here, loc) if kind is ScalarEvent else None
            if loc is not None and kind is ScalarEvent and not event.style and event.implicit[0]:
                mark = Mark(*here, event.value)
            self._store(value, mark, loc, root)
            if self.stack and self.stack[-1].is_map:
                self.stack[-1].key = _NO_KEY
            return
        if len(self.stack) >= MAX_DEPTH:
            self.sink.at(*here, "", "de gegevens zijn te diep genest")
            raise ReadError(self.sink.result())
        container: Any = {} if kind is MappingStartEvent else []
        self._store(container, mark, loc, root)
        self.stack.append(_Frame(loc or (), container, "value", keep=loc is not None))

    def _store(self, value: Any, mark: Mark, loc: Loc | None, root: list[Any]) -> None:
        if loc is None:
            return
        if not self.stack:
            root.append(value)
        else:
            frame = self.stack[-1]
            if frame.is_map:
                frame.container[frame.key] = value
            else:
                frame.container.append(value)
        self.doc.values[loc] = mark

    def _key(self, event: Any, kind: type, here: tuple[int, int]) -> None:
        frame = self.stack[-1]
        if kind is not ScalarEvent:
            self.sink.at(*here, _dotted(frame.loc), "een veldnaam moet gewone tekst zijn")
            frame.key = _DROP
            if kind is not AliasEvent:
                self.stack.append(_Frame((), {} if kind is MappingStartEvent else [], "key", keep=False))
            return
        key = str(event.value)
        if not frame.keep:
            frame.key = _DROP
            return
        if key == "<<" and not event.style:
            where = _dotted(frame.loc)
            self.sink.at(
                *here,
                where,
                "'<<' (groepen samenvoegen) is niet toegestaan: schrijf de velden zelf uit"
                + (f" in '{where}'" if where else ""),
            )
            frame.key = _DROP
            return
        loc = (*frame.loc, key)
        if key in frame.container:
            frame.key = _DROP
            self._duplicate(frame, key, loc, here)
            return
        if frame.first_key is None:
            frame.first_key = key
        self.doc.keys[loc] = Mark(*here)
        frame.key = key

    def _duplicate(self, frame: _Frame, key: str, loc: Loc, here: tuple[int, int]) -> None:
        first = self.doc.keys[loc]
        in_list = bool(frame.loc) and isinstance(frame.loc[-1], int)
        if in_list and key == frame.first_key:
            if not frame.new_item_told:
                frame.new_item_told = True
                self.sink.at(
                    *here,
                    _dotted(loc),
                    f"hier begint een nieuw lijst-item (het item op regel {first.line} heeft al een '{excerpt(key)}'): "
                    f"een nieuw item begint met '- ', zet '- ' voor '{excerpt(key)}' en laat de velden eronder "
                    "even ver inspringen",
                )
            return
        if frame.new_item_told:
            return  # the rest of the copied item: one problem is enough
        self.sink.at(
            *here,
            _dotted(loc),
            f"dit veld staat twee keer in dezelfde groep (eerder op regel {first.line}); houd er één over",
        )

    def _end(self) -> None:
        frame = self.stack.pop()
        if frame.role == "key":
            return
        if self.stack and self.stack[-1].is_map:
            self.stack[-1].key = _NO_KEY

    def _scalar(self, event: Any, here: tuple[int, int], loc: Loc | None) -> Any:
        value: str = event.value
        if not (not event.style and event.implicit[0]):
            spans_lines = event.end_mark.line > event.start_mark.line
            if (
                loc is not None
                and spans_lines
                and event.style in ('"', "'")
                and "\n" in value
                and _MERGED.search(value)
            ):
                self.doc.merged[loc] = Mark(*here, event.style)
            return value
        tag = _resolve(value)
        if tag == _STR:
            if loc is not None:
                self._notice(event, value, here, loc)
            return value
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return value.lower() in _TRUE
        if tag in (_INT, _FLOAT) and len(value) > MAX_NUMBER_CHARS:
            self.problem(
                *here,
                loc,
                f"YAML leest '{excerpt(value, 30)}' als getal van {len(value)} tekens, en zo lang kan een getal hier "
                "niet zijn. Zet de tekst tussen aanhalingstekens",
            )
            return None
        node = yaml.ScalarNode(tag, value)
        try:
            if tag == _INT:
                return _int(value)
            if tag == _FLOAT:
                return _CONSTRUCTOR.construct_yaml_float(node)
            return _CONSTRUCTOR.construct_yaml_timestamp(node)
        except ValueError:  # e.g. an impossible date such as 2021-02-30
            self.problem(
                *here,
                loc,
                f"YAML leest '{excerpt(value, 40)}' als datum of getal, maar kan die niet maken. "
                "Zet de tekst tussen aanhalingstekens",
            )
            return None

    def _notice(self, event: Any, value: str, here: tuple[int, int], loc: Loc) -> None:
        """Remember a plain text that lost its end to a comment, or that wears curly quotes."""
        if len(value) >= 2 and value[0] in _OPENING_QUOTES and value[-1] in _CLOSING_QUOTES:
            self.doc.curly[loc] = Mark(*here, value[0] + value[-1])
        if "\n" in value and _MERGED.search(value):  # one blank line became one line break: paragraphs merged
            self.doc.merged[loc] = Mark(*here)
        end = event.end_mark
        line = self._line(end.line)
        rest = line[end.column :]
        if rest[:1] in (" ", "\t"):
            stripped = rest.lstrip(" \t")
            if stripped.startswith("#"):
                col = end.column + len(rest) - len(stripped) + 1
                self.doc.comments[loc] = Mark(end.line + 1, col, stripped.rstrip("\r"))

    def _line(self, index: int) -> str:
        if self._lines is None:
            self._lines = _LINE_BREAK.split(self.text)
        return self._lines[index] if index < len(self._lines) else ""


def _events(text: str, loader_class: type[yaml.SafeLoader]) -> Iterator[Any]:
    """The parser's events (``yaml.parse`` without its per-event overhead)."""
    loader = loader_class(text)
    try:
        while loader.check_event():
            yield loader.get_event()
    finally:
        loader.dispose()


def _int(value: str) -> int:
    """A YAML 1.1 integer (binary, octal, decimal or hexadecimal; base 60 is text here)."""
    digits = value.replace("_", "")
    sign = -1 if digits[:1] == "-" else 1
    if digits[:1] in "+-":
        digits = digits[1:]
    if digits == "0":
        return 0
    if digits.startswith("0b"):
        return sign * int(digits[2:], 2)
    if digits.startswith("0x"):
        return sign * int(digits[2:], 16)
    if digits[0] == "0":
        return sign * int(digits, 8)
    return sign * int(digits)


def _resolve(value: str) -> str:
    """The YAML 1.1 type of a plain scalar, except that base-60 numbers (``1:30``) stay text."""
    for tag, regexp in _RESOLVERS.get(value[:1], ()):
        if tag in (_INT, _FLOAT) and ":" in value:
            continue
        if regexp.match(value):
            return tag
    return _STR


def _syntax_error(error: yaml.MarkedYAMLError, shown_path: str, text: str = "") -> ReadError:
    return ReadError([syntax_problem(error, shown_path, text)])


def _dotted(loc: Loc) -> str:
    """``('interventies', 2, 'titel')`` -> ``interventies[3].titel``.

    List positions are counted from 1, as a person counts the items in a file.
    """
    text = ""
    for part in loc:
        text += (
            f"[{part + 1}]"
            if isinstance(part, int)
            else (f".{excerpt(part, 40)}" if text else excerpt(part, 40))
        )
    return text


dotted = _dotted
