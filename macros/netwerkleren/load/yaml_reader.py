"""Read one YAML data file safely, remembering where every value stands.

Only plain YAML is accepted: no tags (``!!python/object``), no anchors or
aliases (so no alias bombs), no duplicate keys, no tabs, UTF-8 without a
byte-order mark, at most 1 MB. Every value's line and column are kept so that
later checks can point at the exact place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from netwerkleren.load.problems import Problem

MAX_BYTES = 1_000_000
MAX_DEPTH = 40
MAX_PROBLEMS = 20

# Characters YAML refuses (the same set as PyYAML's reader): control characters and the like.
_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

Loc = tuple[str | int, ...]

_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when installed: the same events and nodes, many times faster than PyYAML's own.
A file it refuses is read again by PyYAML's own loader, so every message about it stays the same."""


@dataclass(frozen=True)
class Mark:
    """A 1-based position in a file, and the value's text as written there."""

    line: int
    col: int
    source: str = ""


@dataclass
class Document:
    """A parsed data file: plain Python data plus the position of every value."""

    path: Path
    shown_path: str
    data: Any
    values: dict[Loc, Mark] = field(default_factory=dict)
    keys: dict[Loc, Mark] = field(default_factory=dict)

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
        super().__init__("; ".join(p.format() for p in problems))


def read_document(path: Path, shown_path: str) -> Document:
    """Read ``path``; raise ``ReadError`` with Dutch problems if it is not plain, valid YAML."""

    def fail(line: int, col: int, message: str) -> ReadError:
        return ReadError([Problem(shown_path, line, col, "", message)])

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise fail(1, 1, f"het bestand kan niet worden gelezen ({error.strerror})") from None
    if len(raw) > MAX_BYTES:
        raise fail(
            1, 1, f"het bestand is te groot ({len(raw):,} bytes; maximaal {MAX_BYTES:,}).".replace(",", ".")
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
    hidden = [
        Problem(
            shown_path,
            *_line_col(text, match.start()),
            "",
            f"onzichtbaar stuurteken (U+{ord(match.group()):04X}) gevonden: verwijder het of typ de tekst opnieuw",
        )
        for match in _NOT_PRINTABLE.finditer(text)
    ]
    if hidden:
        raise ReadError(hidden[:MAX_PROBLEMS])
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise fail(1, 1, "het bestand is leeg")
    tabs = [
        Problem(
            shown_path,
            number,
            line.index("\t") + 1,
            "",
            "tab gevonden: gebruik spaties om in te springen, geen tabs",
        )
        for number, line in enumerate(text.splitlines(), start=1)
        if "\t" in line[: len(line) - len(line.lstrip(" \t"))]
    ]
    if tabs:
        raise ReadError(tabs)
    loader = _FAST_LOADER
    try:
        _refuse_unsafe_events(text, shown_path, loader)
    except ReadError:
        if loader is yaml.SafeLoader:
            raise
        loader = yaml.SafeLoader
        _refuse_unsafe_events(text, shown_path, loader)
    try:
        nodes = list(yaml.compose_all(text, Loader=loader))
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, shown_path, text) from None
    except (yaml.YAMLError, RecursionError) as error:  # pragma: no cover - refused earlier
        raise fail(1, 1, f"dit is geen geldige YAML ({error})") from None
    if not nodes:
        raise fail(1, 1, "het bestand is leeg: er staan geen gegevens in")
    if len(nodes) != 1:
        raise fail(1, 1, "het bestand bevat meer dan één YAML-document (een regel '---' te veel?)")
    document = Document(path=path, shown_path=shown_path, data=None)
    problems: list[Problem] = []
    try:
        document.data = _construct(nodes[0], (), document, problems, depth=0)
    finally:
        _SCALAR_BUILDER.constructed_objects.clear()  # PyYAML caches every node it built: keep no state between files
    if problems:
        raise ReadError(problems)
    return document


def _refuse_unsafe_events(
    text: str, shown_path: str, loader: type[yaml.SafeLoader] = yaml.SafeLoader
) -> None:
    """Refuse tags, anchors, aliases and deep nesting before anything is built."""
    problems: list[Problem] = []
    references: list[tuple[int, int]] = []
    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            mark = event.start_mark
            here = (mark.line + 1, mark.column + 1)
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    problems.append(Problem(shown_path, *here, "", "de gegevens zijn te diep genest"))
                    break
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                references.append(here)
            tag = getattr(event, "tag", None)
            implicit = getattr(event, "implicit", True)
            explicit = tag is not None and not (implicit[0] if isinstance(implicit, tuple) else implicit)
            if explicit:
                problems.append(
                    Problem(
                        shown_path,
                        *here,
                        "",
                        f"YAML-tags zoals '{tag}' zijn niet toegestaan: schrijf gewone tekst",
                    )
                )
            if len(problems) >= MAX_PROBLEMS:
                break
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, shown_path, text) from None
    except yaml.YAMLError as error:  # pragma: no cover - unmarked errors are refused earlier
        raise ReadError([Problem(shown_path, 1, 1, "", f"dit is geen geldige YAML ({error})")]) from None
    if references:  # one problem, not one per '*': an alias bomb has thousands
        more = f" (nog {len(references) - 1} keer verderop in dit bestand)" if len(references) > 1 else ""
        problems.append(
            Problem(
                shown_path,
                *references[0],
                "",
                f"ankers en verwijzingen (& en *) zijn niet toegestaan: schrijf de waarde uit{more}",
            )
        )
    if problems:
        raise ReadError(problems)


_SYNTAX_HINTS = {
    "mapping values are not allowed here": (
        "een dubbele punt op een plek waar dat niet kan: klopt de inspringing? "
        "Staat er tekst met ': ' in, zet die dan tussen aanhalingstekens"
    ),
    "could not find expected ':'": "een regel zonder 'veld: waarde' (ontbreekt een dubbele punt, of klopt de inspringing niet?)",
    "did not find expected key": "de inspringing klopt niet, of een lijst-item ('- ') staat op de verkeerde plek",
    "did not find expected '-' indicator": "de inspringing van deze lijst klopt niet",
    "found character '\\t' that cannot start any token": "tab gevonden: gebruik spaties, geen tabs",
    "found unexpected end of stream": "het bestand houdt onverwacht op (een aanhalingsteken niet gesloten?)",
    "found undefined alias": "verwijzingen (*) zijn niet toegestaan",
    "found unknown escape character": "een onbekende escape (\\) in tekst tussen dubbele aanhalingstekens",
    "expected <block end>, but found": "de inspringing klopt niet",
    "while scanning a quoted scalar": "een aanhalingsteken is niet gesloten",
    "found unexpected ':'": "een dubbele punt op een onverwachte plek; zet de tekst tussen aanhalingstekens",
}


def _unclosed_quote(text: str, before_line: int) -> int | None:
    """The first line before ``before_line`` whose quoted value is never closed on that line, if any."""
    for number, line in enumerate(text.split("\n")[: before_line - 1], start=1):
        value = _QUOTED_VALUE.match(line)
        if value is None:
            continue
        quote, rest = value.group(1), value.group(2)
        closing = rest.replace("\\\\", "").replace('\\"', "") if quote == '"' else rest.replace("''", "")
        if quote not in closing:
            return number
    return None


_QUOTED_VALUE = re.compile(r"""^\s*(?:- )?(?:[^\s#'"][^:#]*:\s+|- )(["'])(.*?)\s*$""")


def _syntax_error(error: yaml.MarkedYAMLError, shown_path: str, text: str = "") -> ReadError:
    mark = error.problem_mark or error.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    unclosed = _unclosed_quote(text, line)
    if unclosed is not None:
        message = (
            "geen geldige YAML: het aanhalingsteken op deze regel wordt niet gesloten; "
            "zet het ook aan het eind van de tekst"
        )
        return ReadError([Problem(shown_path, unclosed, 1, "", message)])
    english = f"{error.context or ''} {error.problem or ''}".strip()
    hint = next((dutch for key, dutch in _SYNTAX_HINTS.items() if key in english), None)
    message = (
        f"geen geldige YAML: {hint} (YAML zegt: {english})"
        if hint
        else f"geen geldige YAML (YAML zegt: {english})"
    )
    return ReadError([Problem(shown_path, line, col, "", message)])


_SCALAR_BUILDER = yaml.SafeLoader("")


def _construct(node: yaml.Node, loc: Loc, doc: Document, problems: list[Problem], depth: int) -> Any:
    here = Mark(node.start_mark.line + 1, node.start_mark.column + 1)
    if depth > MAX_DEPTH:
        problems.append(Problem(doc.shown_path, here.line, here.col, "", "de gegevens zijn te diep genest"))
        return None
    if isinstance(node, yaml.MappingNode):
        doc.values[loc] = here
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_mark = Mark(key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                problems.append(
                    Problem(
                        doc.shown_path, key_mark.line, key_mark.col, "", "een veldnaam moet gewone tekst zijn"
                    )
                )
                continue
            key = str(key_node.value)
            if key in result:
                first = doc.keys[(*loc, key)]
                problems.append(
                    Problem(
                        doc.shown_path,
                        key_mark.line,
                        key_mark.col,
                        _dotted((*loc, key)),
                        f"dit veld staat twee keer in dezelfde groep (eerder op regel {first.line}); "
                        "houd er één over",
                    )
                )
                continue
            doc.keys[(*loc, key)] = key_mark
            result[key] = _construct(value_node, (*loc, key), doc, problems, depth + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        doc.values[loc] = here
        return [
            _construct(item, (*loc, index), doc, problems, depth + 1) for index, item in enumerate(node.value)
        ]
    assert isinstance(node, yaml.ScalarNode)
    doc.values[loc] = Mark(here.line, here.col, str(node.value) if not node.style else "")
    try:
        return _SCALAR_BUILDER.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as error:
        problems.append(
            Problem(
                doc.shown_path,
                here.line,
                here.col,
                _dotted(loc),
                f"deze waarde kan niet worden gelezen ({error.problem})",
            )
        )
        return None
    except ValueError:  # e.g. an impossible date such as 2021-02-30, or a number of 5000 digits
        problems.append(
            Problem(
                doc.shown_path,
                here.line,
                here.col,
                _dotted(loc),
                f"YAML leest '{_short(node.value)}' als datum of getal, maar kan die niet maken. "
                "Zet de tekst tussen aanhalingstekens",
            )
        )
        return None


def _short(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _dotted(loc: Loc) -> str:
    """``('interventies', 2, 'titel')`` -> ``interventies[3].titel``.

    List positions are counted from 1, as a person counts the items in a file.
    """
    text = ""
    for part in loc:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


dotted = _dotted
