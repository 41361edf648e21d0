"""Turn a parsed document into a typed record, with Dutch, line-numbered problems."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from netwerkleren.load.problems import Problem
from netwerkleren.load.yaml_reader import Document, Loc, Mark, dotted

M = TypeVar("M", bound=BaseModel)

_YAML_11_WORDS = {"yes", "no", "on", "off", "y", "n", "true", "false"}


def validate(document: Document, model: type[M]) -> tuple[M | None, list[Problem]]:
    """Validate ``document.data`` as ``model``; return the record or the problems."""
    try:
        return model.model_validate(document.data), []
    except ValidationError as error:
        return None, [_problem(document, model, item) for item in error.errors(include_url=False)]


def _problem(document: Document, model: type[BaseModel], item: Any) -> Problem:
    loc: Loc = tuple(
        part for part in item["loc"] if not (isinstance(part, str) and part.startswith("function-"))
    )
    kind = item["type"]
    if kind == "extra_forbidden":
        mark = document.mark(loc, key=True)
        name = str(loc[-1])
        allowed = _fields_at(model, loc[:-1])
        nearest = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
        hint = (
            f" Bedoel je '{nearest[0]}'?"
            if nearest
            else (f" Toegestaan: {', '.join(allowed)}." if allowed else "")
        )
        return _at(document, mark, loc, f"onbekend veld '{name}'.{hint}")
    if kind == "missing":
        parent = document.mark(loc[:-1])
        return _at(document, parent, loc, f"het verplichte veld '{loc[-1]}' ontbreekt")
    mark = document.mark(loc)
    return _at(document, mark, loc, _message(kind, item, mark, model, loc))


def _at(document: Document, mark: Mark, loc: Loc, message: str) -> Problem:
    return Problem(document.shown_path, mark.line, mark.col, dotted(loc), message)


def _message(kind: str, item: Any, mark: Mark, model: type[BaseModel], loc: Loc) -> str:
    value = item.get("input")
    ctx = item.get("ctx") or {}
    if kind == "string_type":
        return "verwacht tekst" + _yaml_surprise(value, mark)
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if "a-z0-9" in pattern:
            return (
                f"'{value}' is geen geldige id: gebruik alleen kleine letters, cijfers en losse streepjes, "
                "bijvoorbeeld 'bouw-aan-onderling-vertrouwen'"
            )
        return f"'{value}' heeft niet de juiste vorm (bijvoorbeeld \"2021-2022\" voor een studiejaar)"
    if kind == "string_too_short":
        minimum = ctx.get("min_length", 1)
        return "mag niet leeg zijn" if minimum <= 1 else f"is te kort (minstens {minimum} tekens)"
    if kind == "string_too_long":
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
        return "verwacht true (ja) of false (nee)" + _got(value)
    if kind == "literal_error":
        choices = ", ".join(str(choice) for choice in typing.get_args(_model_at(model, loc)))
        if isinstance(value, str):
            return f"'{value}' is geen geldige keuze; kies uit: {choices}"
        return f"verwacht een van deze keuzes: {choices}" + _yaml_surprise(value, mark)
    if kind == "value_error":
        return str(ctx.get("error", item.get("msg", "")))
    return str(item.get("msg", kind))


def _yaml_surprise(value: Any, mark: Mark) -> str:
    written = mark.source
    if isinstance(value, bool):
        return (
            f"; YAML leest '{written or value}' als ja/nee-waarde. "
            f'Zet de tekst tussen aanhalingstekens: "{written or value}"'
        )
    if isinstance(value, int | float):
        return (
            f"; YAML leest '{written or value}' als getal ({value!r}). "
            f'Zet de tekst tussen aanhalingstekens: "{written or value}"'
        )
    if value is None:
        return "; het veld is leeg"
    if hasattr(value, "isoformat"):
        return f"; YAML leest '{written}' als datum. Zet de tekst tussen aanhalingstekens: \"{written}\""
    return _got(value)


def _got(value: Any) -> str:
    if isinstance(value, dict):
        return ", maar vond een groep velden"
    if isinstance(value, list):
        return ", maar vond een lijst"
    if value is None:
        return ", maar het veld is leeg"
    return f", maar vond '{value}'"


def _model_at(model: type[BaseModel], loc: Loc) -> Any:
    """Walk ``loc`` through the model's fields; return the type found there (or None)."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            args = typing.get_args(current)
            current = args[0] if args else None
        elif isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = current.model_fields[part].annotation
        else:
            return None
    return _unwrap(current)


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
