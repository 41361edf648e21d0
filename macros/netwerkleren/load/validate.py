"""Turn a parsed document into a typed record, with Dutch, line-numbered problems.

Besides the model's own rules, two things the YAML reader noticed become
problems here, because whether they are wrong depends on the field: a text
value followed by a comment on the same line (YAML dropped the text after
`` #``) and a value wrapped in curly quotes from a word processor. A comment
after a value that is not text (an id, ``herkomst: bron``, ``true``) is a
legitimate comment and stays allowed.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
import unicodedata
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from netwerkleren.load.id_hints import IdHints, kind_at, lookalike, slug_of
from netwerkleren.load.problems import Problem, Sink, excerpt
from netwerkleren.load.yaml_reader import Document, Loc, Mark, dotted
from netwerkleren.model.records import MAX_INTERVENTIONS
from netwerkleren.model.text_rules import (
    PLACEHOLDER,
    TextError,
    check_plain_text,
    check_source_passage,
    check_url,
    hidden_character_problem,
)

M = TypeVar("M", bound=BaseModel)

_TEXT_CHECKS = (check_plain_text, check_source_passage, check_url)


def validate(
    document: Document, model: type[M], hints: IdHints | None = None
) -> tuple[M | None, list[Problem]]:
    """Validate ``document.data`` as ``model``; return the record or the problems (capped per file)."""
    sink = Sink(document.shown_path)
    noticed = _noticed(document, model, sink)
    try:
        record = model.model_validate(document.data)
    except ValidationError as error:
        for item in error.errors(include_url=False):
            loc = _loc(item)
            if loc in noticed:  # already reported, in plainer words
                continue
            if sink.full:  # counted, its message not built
                sink.count(1)
                continue
            sink.add(_problem(document, model, item, loc, hints))
        return None, sink.result()
    return (None, sink.result()) if sink else (record, [])


def _noticed(document: Document, model: type[BaseModel], sink: Sink) -> set[Loc]:
    """Problems for text that lost its end to a comment and for curly quotes; the places they cover."""
    covered: set[Loc] = set()
    is_text = _TextFields(model)
    for loc, mark in document.curly.items():
        if is_text(loc) or kind_at(loc) or loc[-1:] == ("id",):
            covered.add(loc)
            sink.at(
                mark.line,
                mark.col,
                dotted(loc),
                f"de waarde staat tussen gekrulde aanhalingstekens ({mark.source[0]} {mark.source[1]}) uit een "
                'tekstverwerker; YAML ziet die als gewone tekens. Gebruik rechte aanhalingstekens ("...") '
                "of haal ze weg",
            )
    for loc, mark in document.merged.items():
        if loc in covered or not is_text(loc):
            continue
        covered.add(loc)
        name = next((str(part) for part in reversed(loc) if isinstance(part, str)), "veld")
        how = (
            f"Schrijf '{excerpt(name, 40)}: |' en zet de tekst op de regels eronder, verder ingesprongen"
            if not isinstance(loc[-1], int)
            else "Schrijf '- |' en zet de tekst op de regels eronder, verder ingesprongen"
        )
        quoted = " tussen aanhalingstekens" if mark.source else ""
        sink.at(
            mark.line,
            mark.col,
            dotted(loc),
            f"deze tekst{quoted} loopt over meer regels zonder '|' ervoor: dan voegt YAML de regels samen en "
            f"worden de alinea's één alinea. {how}; een lege regel begint dan een nieuwe alinea",
        )
    for loc, mark in document.comments.items():
        if loc in covered or not is_text(loc):
            continue
        covered.add(loc)
        sink.at(
            mark.line,
            mark.col,
            dotted(loc),
            f"na ' #' begint in YAML commentaar, dus '{excerpt(mark.source, 40)}' valt weg uit de tekst. Hoort het bij "
            "de tekst, zet de hele tekst dan tussen dubbele aanhalingstekens; is het uitleg, zet het dan op een eigen "
            "regel erboven",
        )
    return covered


class _TextFields:
    """``_is_text`` with one answer per field: list positions do not change the answer."""

    def __init__(self, model: type[BaseModel]) -> None:
        self.model = model
        self.known: dict[Loc, bool] = {}

    def __call__(self, loc: Loc) -> bool:
        shape = tuple(0 if isinstance(part, int) else part for part in loc)
        if shape not in self.known:
            self.known[shape] = _is_text(self.model, shape)
        return self.known[shape]


def _loc(item: Any) -> Loc:
    return tuple(part for part in item["loc"] if not (isinstance(part, str) and part.startswith("function-")))


def _problem(
    document: Document, model: type[BaseModel], item: Any, loc: Loc, hints: IdHints | None
) -> Problem:
    kind = item["type"]
    if kind == "extra_forbidden":
        mark = document.mark(loc, key=True)
        name = str(loc[-1])
        allowed = _fields_at(model, loc[:-1])
        nearest = difflib.get_close_matches(name[:100], allowed, n=1, cutoff=0.6)
        hint = (
            f" Bedoel je '{nearest[0]}'?"
            if nearest
            else (f" Toegestaan: {', '.join(allowed)}." if allowed else "")
        )
        return _at(document, mark, loc, f"onbekend veld '{excerpt(name)}'.{hint}")
    if kind == "missing":
        parent = document.mark(loc[:-1])
        return _at(document, parent, loc, f"het verplichte veld '{excerpt(loc[-1])}' ontbreekt")
    mark = document.mark(loc)
    if kind in {"too_long", "list_too_long"} and loc == ("interventies",):
        return _too_many_interventions(document, item)
    message = _message(kind, item, mark, model, loc, hints)
    error = (item.get("ctx") or {}).get("error")
    if isinstance(error, TextError):
        if error.placeholder:
            message += _optional_suffix(model, loc)
        mark = _inside(document, mark, item.get("input"), error)
    elif kind == "literal_error" and isinstance(item.get("input"), str) and PLACEHOLDER in item["input"]:
        message += _optional_suffix(model, loc)
    return _at(document, mark, loc, message)


def _too_many_interventions(document: Document, item: Any) -> Problem:
    ctx = item.get("ctx") or {}
    actual = ctx.get("actual_length") or len(item.get("input") or ())
    loc: Loc = ("interventies", MAX_INTERVENTIONS)
    return _at(
        document,
        document.mark(loc),
        loc,
        f"een casus heeft hoogstens {MAX_INTERVENTIONS} interventies, en hier begint de {MAX_INTERVENTIONS + 1}e "
        f"(er staan er {actual}): zo blijft de pagina van de casus leesbaar en snel. Kies de interventies die de "
        "bron het duidelijkst beschrijft, of verdeel de casus over twee bestanden (bijvoorbeeld per studiejaar)",
    )


def _inside(document: Document, mark: Mark, value: Any, error: TextError) -> Mark:
    """The place in the file of what ``error`` found inside the text value at ``mark`` (a block text's line)."""
    if not error.precise or not isinstance(value, str) or not error.snippet or not document.text:
        return mark
    snippet = error.snippet.split("\n", 1)[0][:40]
    start = document.offset(mark)
    window_end = start + 2 * len(value) + 1_000
    found = document.text.find(snippet, start, window_end)
    if found < 0:
        return mark
    return document.position(found)


def _optional_suffix(model: type[BaseModel], loc: Loc) -> str:
    """' of haal het veld weg' when the place holding template text may be removed."""
    optional = _optional_field(model, loc)
    if optional is None:
        return ""
    if optional == loc:
        return " of haal het veld weg (het is optioneel)"
    return f" of haal het veld '{dotted(optional)}' weg (dat is optioneel)"


_CONDITIONAL = frozenset({"id", "herkomst", "bronfragment", "toelichting"})
"""Fields of a link: required or not depending on 'herkomst', so never the one to remove."""


def _optional_field(model: type[BaseModel], loc: Loc) -> Loc | None:
    """The deepest field on the way to ``loc`` that has a default (may be left out), or None."""
    found: Loc | None = None
    current: Any = model
    for index, part in enumerate(loc):
        current = _unwrap(current)
        if isinstance(part, int):
            args = typing.get_args(current)
            current = args[0] if args else None
            continue
        if (
            not (isinstance(current, type) and issubclass(current, BaseModel))
            or part not in current.model_fields
        ):
            break
        field = current.model_fields[part]
        is_link = current.__name__ == "Link"
        if not field.is_required() and not (is_link and part in _CONDITIONAL):
            found = loc[: index + 1]
        current = field.annotation
    return found


def _at(document: Document, mark: Mark, loc: Loc, message: str) -> Problem:
    return Problem(document.shown_path, mark.line, mark.col, dotted(loc), message)


def _message(
    kind: str, item: Any, mark: Mark, model: type[BaseModel], loc: Loc, hints: IdHints | None
) -> str:
    value = item.get("input")
    ctx = item.get("ctx") or {}
    if kind == "string_type":
        if loc == ("studiejaar",) and (hasattr(value, "isoformat") or isinstance(value, int | float)):
            return _school_year_surprise(value, mark)
        return "verwacht tekst" + _yaml_surprise(value, mark)
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if "a-z0-9" in pattern:
            return _id_message(str(value), loc, hints)
        return _form_message(str(value))
    if kind == "string_too_short":
        minimum = ctx.get("min_length", 1)
        return "mag niet leeg zijn" if minimum <= 1 else f"is te kort (minstens {minimum} tekens)"
    if kind == "string_too_long":
        if kind_at(loc) is not None and isinstance(value, str):
            return _id_message(value, loc, hints)
        return f"is te lang (maximaal {ctx.get('max_length')} tekens)"
    if kind in {"too_short", "list_too_short"}:
        return f"verwacht minstens {ctx.get('min_length')} item(s) in deze lijst"
    if kind in {"too_long", "list_too_long"}:
        return f"deze lijst mag hoogstens {ctx.get('max_length')} item(s) hebben"
    if kind == "list_type":
        return "verwacht een lijst (regels die beginnen met '- ')" + _got(value)
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return "verwacht een groep velden ('veld: waarde' op ingesprongen regels)" + _got(value)
    if kind in {"int_type", "int_parsing"}:
        return "verwacht een heel getal" + _got(value)
    if kind in {"greater_than_equal", "less_than_equal"}:
        return f"verwacht een getal {'vanaf ' + str(ctx['ge']) if 'ge' in ctx else 'tot en met ' + str(ctx['le'])}"
    if kind == "bool_type":
        return _bool_message(value)
    if kind == "literal_error":
        choices = ", ".join(str(choice) for choice in typing.get_args(_model_at(model, loc)))
        if isinstance(value, str) and PLACEHOLDER in value:
            return f"hier staat nog tekst uit het sjabloon ('{PLACEHOLDER}'): kies uit: {choices}"
        if isinstance(value, str):
            return f"'{excerpt(value)}' is geen geldige keuze; kies uit: {choices}"
        return f"verwacht een van deze keuzes: {choices}" + _yaml_surprise(value, mark)
    if kind == "value_error":
        return str(ctx.get("error", item.get("msg", "")))
    return excerpt(str(item.get("msg", kind)), 200)


def _id_message(value: str, loc: Loc, hints: IdHints | None) -> str:
    """Why ``value`` is not an id, and the real id that was probably meant."""
    hidden = hidden_character_problem(value, "in de id")
    odd = next((char for char in value if char.isspace() and char not in " \n"), None)
    rule = "gebruik alleen kleine letters, cijfers en losse streepjes"
    homoglyph = lookalike(value)
    if hidden:
        reason = hidden
    elif homoglyph is not None:
        index, described = homoglyph
        reason = (
            f"op teken {index + 1} staat een {described}, maar een andere letter is "
            f"(vaak door een ander toetsenbord of kopiëren); {rule} van het gewone alfabet (a-z)"
        )
    elif odd is not None:
        reason = f"in de id staat een bijzondere spatie (U+{ord(odd):04X}); {rule}"
    else:
        reason = rule
    message = f"'{excerpt(value)}' is geen geldige id: {reason}"
    kind = kind_at(loc)
    if kind is not None and hints is not None:
        nearest = hints.nearest(kind, value)
        if nearest:
            return f"{message}. Bedoel je '{nearest}'?"
        return f"{message}. De ids staan in data/ (zie de lijst in data/cases/_template.yaml)"
    suggestion = slug_of(value)
    if suggestion and suggestion != value and len(suggestion) <= 80 and homoglyph is not None:
        return f"{message}. Bedoel je '{suggestion}'?"
    if suggestion and suggestion != value and len(suggestion) <= 80:
        return f"{message}, bijvoorbeeld '{suggestion}'"
    return message


def _form_message(value: str) -> str:
    if any(char.isdigit() and not char.isascii() for char in value):
        return f"'{excerpt(value)}' bevat cijfers die geen gewone cijfers (0-9) zijn: typ het studiejaar opnieuw, bijvoorbeeld \"2024-2025\""
    odd = next((char for char in value if not char.isascii()), None)
    if odd is not None:
        name = unicodedata.name(odd, "")
        kind = (
            "een ander streepje"
            if unicodedata.category(odd) == "Pd" or "MINUS" in name
            else "een bijzonder teken"
        )
        plain = odd.isascii() or unicodedata.category(odd) == "Pd" or "MINUS" in name
        fixed = "".join("-" if (c == odd and plain) else c for c in value)
        example = fixed if SCHOOL_YEAR.fullmatch(fixed) else "2024-2025"
        return (
            f"'{excerpt(value)}' bevat {kind}: {odd} (U+{ord(odd):04X}{' ' + name if name else ''}), in plaats van "
            f'een gewoon streepje (-). Typ het opnieuw met het streepje van het toetsenbord: "{excerpt(example, 20)}"'
        )
    date = DATE_LIKE.fullmatch(value.strip())
    if date is not None:
        return _school_year_from_date(value, int(date[1]), int(date[2]))
    return f"'{excerpt(value)}' heeft niet de juiste vorm (bijvoorbeeld \"2024-2025\" voor een studiejaar)"


SCHOOL_YEAR = re.compile(r"(?:19|20)[0-9]{2}-(?:19|20)[0-9]{2}")
DATE_LIKE = re.compile(r"((?:19|20)[0-9]{2})-([0-9]{1,2})-[0-9]{1,2}")


def _school_year_from_date(written: str, year: int, month: int) -> str:
    first = year if month >= 8 else year - 1
    return (
        f"'{excerpt(written, 20)}' is een datum, geen studiejaar. Een studiejaar schrijf je als twee jaartallen "
        f'met een streepje ertussen, tussen aanhalingstekens: studiejaar: "{first}-{first + 1}"'
    )


def _school_year_surprise(value: Any, mark: Mark) -> str:
    written = excerpt(mark.source or value, 40)
    if hasattr(value, "isoformat") and hasattr(value, "month"):
        return _school_year_from_date(written, value.year, value.month)
    return (
        f"verwacht tekst; YAML leest '{written}' als getal ({excerpt(repr(value), 40)}). Een studiejaar schrijf je "
        'als twee jaartallen met een streepje ertussen, tussen aanhalingstekens, bijvoorbeeld studiejaar: "2024-2025"'
    )


_YES = frozenset({"ja", "j", "yes", "y", "waar", "true", "wel", "1"})
_NO = frozenset({"nee", "n", "no", "niet waar", "onwaar", "false", "niet", "0"})


def _bool_message(value: Any) -> str:
    """A yes/no field: say what to write, never a contradiction such as 'expected yes, found ja'."""
    rule = "schrijf true of false, zonder aanhalingstekens"
    if value is None:
        return f"{rule}; het veld is leeg"
    if isinstance(value, str):
        word = value.strip().lower()
        meant = "true" if word in _YES else "false" if word in _NO else None
        if meant is not None and word == meant:
            return (
                f"{rule}: hier staat '{excerpt(value)}' als tekst (tussen aanhalingstekens); schrijf {meant}"
            )
        if meant is not None:
            return f"{rule}: voor '{excerpt(value)}' schrijf je {meant}"
        return f"{rule}; hier staat '{excerpt(value)}'"
    return f"{rule}" + _got(value)


def _yaml_surprise(value: Any, mark: Mark) -> str:
    written = excerpt(mark.source or value, 40)
    if isinstance(value, bool):
        return (
            f"; YAML leest '{written}' als ja/nee-waarde. Zet de tekst tussen aanhalingstekens: \"{written}\""
        )
    if isinstance(value, int | float):
        return (
            f"; YAML leest '{written}' als getal ({excerpt(repr(value), 40)}). "
            f'Zet de tekst tussen aanhalingstekens: "{written}"'
        )
    if value is None:
        return "; het veld is leeg"
    if hasattr(value, "isoformat"):
        return f"; YAML leest '{written}' als datum. Zet de tekst tussen aanhalingstekens: \"{written}\""
    if isinstance(value, dict) and len(value) == 1:
        key, inner = next(iter(value.items()))
        if isinstance(inner, str | int | float | bool) or inner is None:
            shown = excerpt(f"{key}: {inner if inner is not None else ''}".rstrip(), 50)
            return (
                "; YAML leest deze tekst als 'veld: waarde' omdat er ': ' (een dubbele punt en een spatie) in staat. "
                f'Zet de hele tekst tussen dubbele aanhalingstekens: "{shown}"'
            )
    return _got(value)


def _got(value: Any) -> str:
    if isinstance(value, dict):
        return ", maar vond een groep velden"
    if isinstance(value, list):
        return ", maar vond een lijst"
    if value is None:
        return ", maar het veld is leeg"
    return f", maar vond '{excerpt(value)}'"


def _annotation_at(model: type[BaseModel], loc: Loc) -> Any:
    """The declared type at ``loc`` (``Annotated`` kept on the last step), or None."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            args = typing.get_args(current)
            current = args[0] if args else None
        elif isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            field = current.model_fields[part]
            current = (
                typing.Annotated[(field.annotation, *field.metadata)] if field.metadata else field.annotation
            )
        else:
            return None
    return current


def _is_text(model: type[BaseModel], loc: Loc) -> bool:
    """Whether ``loc`` is a free-text field (or a web address): where a dropped end of a value matters."""
    annotation = _annotation_at(model, loc)
    while True:
        origin = typing.get_origin(annotation)
        if origin in (typing.Union, types.UnionType):
            options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            if len(options) != 1:
                return False
            annotation = options[0]
        elif origin is typing.Annotated:
            if any(getattr(meta, "func", None) in _TEXT_CHECKS for meta in annotation.__metadata__):
                return True
            annotation = typing.get_args(annotation)[0]
        else:
            return False


def _model_at(model: type[BaseModel], loc: Loc) -> Any:
    """Walk ``loc`` through the model's fields; return the type found there (or None)."""
    return _unwrap(_annotation_at(model, loc))


def _unwrap(annotation: Any) -> Any:
    """Strip ``X | None`` and ``Annotated`` wrappers."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            annotation = options[0] if len(options) == 1 else annotation
            if len(options) != 1:
                return annotation
        else:
            return annotation


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    found = _model_at(model, loc)
    if isinstance(found, type) and issubclass(found, BaseModel):
        return list(found.model_fields)
    return []
