"""JSON Schemas for the data files, exported from the typed records.

Editors (for example VS Code with the YAML extension) read the line
``# yaml-language-server: $schema=...`` at the top of each data file and use
these schemas to complete field names and underline mistakes while typing.
The schemas are generated, never edited by hand: ``netwerkleren schema``
writes them to ``data/schema/`` and a test keeps them in step with the models.

To add a schema for a new kind of data file, call ``register`` once with the
file's schema name and its record, then run ``netwerkleren schema``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from netwerkleren.model.checklists import ChecklistsFile
from netwerkleren.model.records import Case, CharacteristicsFile, ConditionsFile, SourcesFile

SCHEMA_DIR = Path("data") / "schema"
DIALECT = "https://json-schema.org/draft/2020-12/schema"

SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {}
"""Schema name (the file is ``<name>.schema.json``) -> (record, Dutch title)."""

DUTCH_TITLES = {
    "Case": "Casus",
    "CharacteristicsFile": "Karakteristieken",
    "Characteristic": "Karakteristiek",
    "ConditionsFile": "Motivatievoorwaarden",
    "Condition": "Motivatievoorwaarde",
    "Intervention": "Interventie",
    "Link": "Verwijzing naar een karakteristiek, ontwerpprincipe of motivatievoorwaarde",
    "Principle": "Ontwerpprincipe",
    "StartAction": "Actie bij 'Zo begin je' (redactioneel)",
    "Quote": "Citaat",
    "Source": "Bron",
    "SourcesFile": "Bronnen",
    "ChecklistsFile": "Checklists",
    "Checklist": "Checklist",
    "ChecklistSection": "Onderdeel van een checklist",
    "ChecklistItem": "Item van een checklist",
}
"""Definition titles editors show; the class docstrings are English and are left out."""


def register(name: str, model: type[BaseModel], title: str) -> None:
    """Export ``model`` as ``data/schema/<name>.schema.json`` with the Dutch ``title``."""
    SCHEMAS[name] = (model, title)


register("casus", Case, "Casus (data/cases/<id>.yaml)")
register(
    "karakteristieken",
    CharacteristicsFile,
    "Karakteristieken en ontwerpprincipes (data/karakteristieken.yaml)",
)
register("motivatievoorwaarden", ConditionsFile, "Motivatievoorwaarden (data/motivatievoorwaarden.yaml)")
register("bronnen", SourcesFile, "Bronnen (data/bronnen.yaml)")
register("checklists", ChecklistsFile, "Checklists om te printen (data/checklists.yaml)")


def schema_for(model: type[BaseModel], title: str) -> dict[str, Any]:
    """The JSON Schema of ``model``: Dutch titles, no English docstrings."""
    schema = model.model_json_schema(mode="validation")
    definitions = schema.get("$defs", {})
    for name, definition in definitions.items():
        _dutch(definition, name)
    _dutch(schema, model.__name__)
    ordered: dict[str, Any] = {"$schema": DIALECT, "title": title}
    ordered.update((key, value) for key, value in schema.items() if key != "title")
    return ordered


def _dutch(definition: dict[str, Any], class_name: str) -> None:
    definition.pop("description", None)
    if class_name in DUTCH_TITLES:
        definition["title"] = DUTCH_TITLES[class_name]


def render(name: str) -> str:
    """The exact text of ``<name>.schema.json``."""
    model, title = SCHEMAS[name]
    return json.dumps(schema_for(model, title), ensure_ascii=False, indent=2) + "\n"


def schema_file(directory: Path, name: str) -> Path:
    return directory / f"{name}.schema.json"


def stale_schemas(directory: Path) -> list[str]:
    """Names whose file in ``directory`` is missing or differs from the models."""
    stale = []
    for name in SCHEMAS:
        path = schema_file(directory, name)
        if not path.is_file() or path.read_text(encoding="utf-8") != render(name):
            stale.append(name)
    return stale


def write_schemas(directory: Path) -> list[Path]:
    """Write every schema to ``directory``; return the files that changed."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in stale_schemas(directory):
        path = schema_file(directory, name)
        path.write_text(render(name), encoding="utf-8", newline="\n")
        written.append(path)
    return written
