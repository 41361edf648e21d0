"""Why a file is not valid YAML, in Dutch, at the line and column of the mistake.

The parser (libyaml or PyYAML) stops where it notices a problem, which is often
a line or more after the mistake itself, and says so in English. This module
looks at the text around that place for the mistakes contributors make (curly
quotes from a word processor, a paragraph indented too little, a quote never
closed, straight quotes inside a quoted value, a forgotten colon) and reports
those at their own place. Any other parser error is translated into Dutch; no
message carries the parser's English.

Every scan here is linear in the text and looks at most at the lines up to the
parser's error line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import yaml

from netwerkleren.load.problems import Problem, excerpt

LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_CURLY_OPEN = "“”„‘’‚«‹"

# A line whose value starts with a quote: "key: 'x" or "- 'x". No nested quantifiers over the same characters,
# so a line of any length is matched in linear time.
_QUOTED_VALUE = re.compile(r"""[ ]*(?:- )?(?:[^\s#'"][^:#]*:[ ]+|- )(["'])""")
_BLOCK_HEADER = re.compile(r"""([ ]*)((?:- )*)[^\s#'"-][^:#]*:[ ]+[|>][-+0-9]*[ ]*(?:#.*)?$""")
_CURLY_VALUE = re.compile(rf"""[ ]*(?:- |(?:- )?[^\s#'"{_CURLY_OPEN}][^:#]*:[ ]+)([{_CURLY_OPEN}])""")
_KEY_WITHOUT_COLON = re.compile(r"""([ ]*)(- )?([a-z_]{2,40})(?:[ ]+(\S.*))?$""")


def syntax_problem(error: yaml.MarkedYAMLError, shown_path: str, text: str) -> Problem:
    """The one problem that best explains why the parser refused ``text``."""
    mark = error.problem_mark or error.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    lines = LINE_BREAK.split(text)
    problem = error.problem or ""
    for diagnose in _DIAGNOSES:
        found = diagnose(lines, line, problem)
        if found is not None:
            number, column, message = found
            return Problem(shown_path, number, column, "", f"geen geldige YAML: {message}")
    return Problem(shown_path, line, col, "", f"geen geldige YAML: {translate(error)}")


Diagnosis = tuple[int, int, str] | None


def _curly_quotes(lines: list[str], before_line: int, problem: str) -> Diagnosis:
    """Values in curly quotes (a word processor's autocorrect) at or before the error: the first one."""
    first: tuple[int, int, str] | None = None
    count = 0
    for number, line in enumerate(lines[:before_line], start=1):
        found = _CURLY_VALUE.match(line)
        if found is None:
            continue
        count += 1
        if first is None:
            first = (number, found.start(1) + 1, found.group(1))
    if first is None:
        return None
    number, column, quote = first
    more = f" (ook op {count - 1} regel{'s' if count > 2 else ''} hieronder)" if count > 1 else ""
    return (
        number,
        column,
        f"hier begint een waarde met een gekruld aanhalingsteken ({quote}) uit een tekstverwerker{more}. "
        'YAML kent alleen rechte aanhalingstekens ("), dus voor YAML is de tekst ertussen gewone tekst en breekt '
        f"een ': ' of ' #' erin het bestand (de fout valt op in regel {before_line}). Vervang in het hele bestand "
        "“ en ” door \" (en ‘ ’ door ') of zet de autocorrectie van aanhalingstekens uit",
    )


def _shallow_paragraph(lines: list[str], before_line: int, problem: str) -> Diagnosis:
    """A line of a block text ('veld: |') indented less than the text's first line, before ``before_line``."""
    block: tuple[str, int, int] | None = None  # field, the field's indentation, the text's indentation
    for number, line in enumerate(lines[:before_line], start=1):
        content = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if block is not None:
            name, key_indent, text_indent = block
            if not content:
                continue
            if text_indent == 0:
                if indent > key_indent:
                    block = (name, key_indent, indent)
                    continue
                block = None
            elif indent >= text_indent:
                continue
            elif content.startswith("#"):
                block = None  # a comment ends the text
            elif indent > key_indent or (indent == key_indent and ":" not in content):
                return (
                    number,
                    1,
                    f"deze regel hoort bij de tekst van '{excerpt(name, 40)}' (na '|' of '>') maar springt minder "
                    f"ver in dan de eerste regel van die tekst: laat hem ook met {text_indent} spaties beginnen",
                )
            else:
                block = None
        header = _BLOCK_HEADER.match(line)
        if header:
            key_indent = len(header.group(1)) + len(header.group(2))
            block = (line.strip().lstrip("- ").split(":", 1)[0], key_indent, 0)
    return None


def _closing_quote(rest: str, quote: str) -> int | None:
    """The index in ``rest`` (the text after an opening quote) of the quote that closes it, or None."""
    index = 0
    while True:
        found = rest.find(quote, index)
        if found < 0:
            return None
        if quote == '"':
            start = found
            while start > index and rest[start - 1] == "\\":  # each backslash is looked at once
                start -= 1
            if (found - start) % 2:
                index = found + 1
                continue
            return found
        if rest[found + 1 : found + 2] == "'":  # '' is an apostrophe inside single quotes
            index = found + 2
            continue
        return found


def _unclosed_quote(lines: list[str], before_line: int, problem: str) -> Diagnosis:
    """The first line before ``before_line`` whose quoted value is never closed on that line."""
    for number, line in enumerate(lines[: before_line - 1], start=1):
        value = _QUOTED_VALUE.match(line)
        if value is None:
            continue
        if _closing_quote(line[value.end() :].rstrip(), value.group(1)) is None:
            return (
                number,
                value.start(1) + 1,
                "het aanhalingsteken op deze regel wordt niet gesloten; zet het ook aan het eind van de tekst",
            )
    return None


def _quotes_inside_quotes(lines: list[str], before_line: int, problem: str) -> Diagnosis:
    """A quoted value that closes early because the text holds the same quote: ``titel: "Een "x" per thema"``."""
    for number in (before_line, before_line - 1):
        if not 1 <= number <= len(lines):
            continue
        line = lines[number - 1]
        value = _QUOTED_VALUE.match(line)
        if value is None:
            continue
        quote, start = value.group(1), value.end()
        closing = _closing_quote(line[start:], quote)
        if closing is None:
            continue
        after = line[start + closing + 1 :].strip()
        if not after or after.startswith("#") or after[0] in ",]}":
            continue
        whole = excerpt(
            line[start:].rstrip()[:-1] if line.rstrip().endswith(quote) else line[start:].rstrip(), 50
        )
        if quote == '"':
            fix = (
                "Gebruik binnen de tekst ‘ ’ (of „ ”), of zet de hele tekst tussen enkele aanhalingstekens: "
                f"'{whole}'"
            )
            what = 'staat zelf een recht dubbel aanhalingsteken ("), en daar houdt de tekst voor YAML op'
            kind = "dubbele"
        else:
            fix = "Schrijf een apostrof binnen de tekst dubbel ('') of zet de hele tekst tussen dubbele aanhalingstekens"
            what = "staat een apostrof ('), en daar houdt de tekst voor YAML op"
            kind = "enkele"
        return number, start + closing + 1, f"in deze tekst tussen {kind} aanhalingstekens {what}. {fix}"
    return None


def _forgotten_colon(lines: list[str], before_line: int, problem: str) -> Diagnosis:
    """A line that starts with a field name but has no colon after it: ``titel "Een titel"``."""
    if not any(part in problem for part in ("could not find expected ':'", "mapping values are not allowed")):
        return None
    names = field_names()
    number = min(before_line, len(lines))
    for _ in range(2):
        while number >= 1 and (not lines[number - 1].strip() or lines[number - 1].lstrip().startswith("#")):
            number -= 1
        if number < 1:
            return None
        line = lines[number - 1]
        found = _KEY_WITHOUT_COLON.match(line)
        if found and found.group(3) in names and not (found.group(4) or "").startswith(":"):
            name = found.group(3)
            column = found.end(3) + 1
            return (
                number,
                column,
                f"na de veldnaam '{name}' ontbreekt de dubbele punt: schrijf '{name}: ' en dan de waarde",
            )
        number -= 1
    return None


_DIAGNOSES: tuple[Callable[[list[str], int, str], Diagnosis], ...] = (
    _curly_quotes,
    _shallow_paragraph,
    _forgotten_colon,
    _quotes_inside_quotes,
    _unclosed_quote,
)


@cache
def field_names() -> frozenset[str]:
    """Every field name of every kind of data file."""
    from pydantic import BaseModel

    from netwerkleren.model.schema import SCHEMAS

    names: set[str] = set()
    seen: set[type] = set()

    def walk(annotation: object) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation in seen:
                return
            seen.add(annotation)
            for name, field in annotation.model_fields.items():
                names.add(name)
                walk(field.annotation)
            return
        for arg in getattr(annotation, "__args__", ()) or ():
            walk(arg)

    for model, _title in SCHEMAS.values():
        walk(model)
    return frozenset(names)


def _found(problem: str) -> str:
    """The character or token the parser found, as a contributor would see it, or ''."""
    match = re.search(r"found (?:character )?('(?:\\.|[^'])*'|\"[^\"]*\")", problem)
    if not match:
        return ""
    token = match.group(1)[1:-1]
    return {
        "\\t": "een tab",
        "\\n": "het einde van de regel",
        "<stream end>": "het einde van het bestand",
        "<block mapping start>": "een nieuw veld",
        "<block sequence start>": "een lijst",
        "<block end>": "het einde van een groep",
        "<scalar>": "tekst",
        "-": "een lijst-item ('- ')",
        "?": "een nieuw veld",
    }.get(token, f"'{excerpt(token, 10)}'")


_TRANSLATIONS: tuple[tuple[str, str], ...] = (
    # (a piece of PyYAML's or libyaml's English, the Dutch explanation)
    ("mapping values are not allowed", "een dubbele punt op een plek waar dat niet kan: klopt de inspringing? "
     "Staat er tekst met ': ' in, zet die dan tussen dubbele aanhalingstekens"),
    ("could not find expected ':'", "een regel zonder 'veld: waarde': ontbreekt er een dubbele punt, of klopt de "
     "inspringing niet?"),
    ("did not find expected key", "de inspringing klopt niet, of een lijst-item ('- ') staat op de verkeerde plek"),
    ("did not find expected '-' indicator", "de inspringing van deze lijst klopt niet"),
    ("expected <block end>", "de inspringing klopt niet: deze regel springt verder of minder ver in dan de regels "
     "van dezelfde groep"),
    ("sequence entries are not allowed", "een lijst-item ('- ') op een plek waar dat niet kan: klopt de inspringing?"),
    ("mapping keys are not allowed", "een '?' aan het begin van een regel betekent in YAML iets bijzonders: zet de "
     "tekst tussen dubbele aanhalingstekens"),
    ("cannot start any token", "een waarde kan niet met dit teken beginnen: zet de tekst tussen dubbele "
     "aanhalingstekens"),
    ("tab character", "tab gevonden: gebruik spaties, geen tabs"),
    ("unknown escape character", "een onbekende escape (een \\ met een teken erna) in tekst tussen dubbele "
     "aanhalingstekens: schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens"),
    ("hexadecimal numbers", "een escape als \\x, \\u of \\U in tekst tussen dubbele aanhalingstekens is onvolledig: "
     "schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens"),
    ("end of stream", "het bestand houdt onverwacht op: is een aanhalingsteken, '[' of '{' niet gesloten?"),
    ("expected ',' or ']'", "een lijst tussen [ en ] is niet goed gesloten: zet ']' aan het eind en een komma tussen "
     "de items; tekst met ': ' of een komma zet je tussen dubbele aanhalingstekens"),
    ("expected ',' or '}'", "een groep tussen { en } is niet goed gesloten: zet '}' aan het eind en een komma "
     "tussen de velden"),
    ("unclosed '[' or '{'", "een '[' of '{' wordt niet gesloten, of de inspringing klopt niet"),
    ("chomping or indentation indicators", "na '|' of '>' mag op dezelfde regel niets anders staan: zet de tekst "
     "op de regels eronder, verder ingesprongen"),
    ("indentation indicator", "na '|' of '>' mag op dezelfde regel niets anders staan: zet de tekst op de regels "
     "eronder, verder ingesprongen"),
    ("comment or a line break", "na '|' of '>' mag op dezelfde regel niets anders staan: zet de tekst op de "
     "regels eronder, verder ingesprongen"),
    ("comment or line break", "na '|' of '>' mag op dezelfde regel niets anders staan: zet de tekst op de regels "
     "eronder, verder ingesprongen"),
    ("alphabetic or numeric character", "een '&' of '*' aan het begin van een waarde betekent in YAML een "
     "verwijzing: zet de tekst tussen dubbele aanhalingstekens"),
    ("document separator", "een regel '---' of '...' midden in het bestand: haal hem weg (of zet de tekst tussen "
     "aanhalingstekens)"),
    ("document indicator", "een regel '---' of '...' midden in het bestand: haal hem weg (of zet de tekst tussen "
     "aanhalingstekens)"),
    ("<document start>", "na een regel '...' of '---' verwacht YAML een nieuw document: haal die regel weg"),
    ("directive", "een regel die met '%' begint is een YAML-instructie: haal hem weg of zet de tekst tussen "
     "aanhalingstekens"),
    ("incompatible YAML document", "een regel die met '%YAML' begint is niet toegestaan: haal hem weg"),
    ("tag", "een '!' aan het begin van een waarde is een YAML-tag: zet de tekst tussen dubbele aanhalingstekens"),
    ("expected '!'", "een '!' aan het begin van een waarde is een YAML-tag: zet de tekst tussen dubbele "
     "aanhalingstekens"),
    ("URI", "een '!' aan het begin van een waarde is een YAML-tag: zet de tekst tussen dubbele aanhalingstekens"),
    ("node content", "hier verwacht YAML een waarde: klopt de inspringing, en staat er tekst die met een bijzonder "
     "teken (zoals @, ` of %) begint? Zet die tussen dubbele aanhalingstekens"),
    ("special characters are not allowed", "het bestand bevat een teken dat YAML niet toestaat"),
    ("unacceptable character", "het bestand bevat een teken dat YAML niet toestaat"),
    ("control characters are not allowed", "het bestand bevat een teken dat YAML niet toestaat"),
)  # fmt: skip


def translate(error: yaml.MarkedYAMLError) -> str:
    """A Dutch explanation of any error PyYAML or libyaml can raise; never the parser's English."""
    problem = error.problem or ""
    context = error.context or ""
    hint = next((dutch for english, dutch in _TRANSLATIONS if english in problem), None)
    if hint is None and "quoted scalar" in context:
        hint = "een aanhalingsteken is niet gesloten"
    if hint is None and "block scalar" in context:
        hint = "na '|' of '>' mag op dezelfde regel niets anders staan: zet de tekst op de regels eronder"
    if hint is None:
        hint = (
            "de opbouw van het bestand klopt hier niet: kijk naar de inspringing (spaties), de dubbele punten "
            "en de aanhalingstekens op deze regel en de regel erboven"
        )
    found = _found(problem)
    if found and "cannot start any token" in problem and found != "een tab":
        return f"een waarde kan niet met {found} beginnen: zet de tekst tussen dubbele aanhalingstekens"
    if found and "expected" in problem and "found" in problem:
        hint += f" (gevonden: {found})"
    return hint
