"""The JSON Schemas in data/schema/ stay in step with the models, and editors find them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from test_check import INVALID, TEMPLATE, VALID_CASE, fill_in, run_cli

from conftest import ROOT, copy_project
from netwerkleren.model.schema import SCHEMAS, render, schema_file

SCHEMA_DIR = ROOT / "data" / "schema"
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


def _schema_of(name: str) -> dict[str, object]:
    return json.loads(schema_file(SCHEMA_DIR, name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_matches_the_models(name: str) -> None:
    committed = schema_file(SCHEMA_DIR, name)
    assert committed.is_file(), f"{committed} is missing: run 'netwerkleren schema'"
    assert committed.read_text(encoding="utf-8") == render(name), (
        f"{committed} is stale: run 'netwerkleren schema'"
    )


def test_no_schema_file_without_a_model() -> None:
    files = {path.name for path in SCHEMA_DIR.glob("*.schema.json")}
    assert files == {f"{name}.schema.json" for name in SCHEMAS}


def _data_files() -> list[Path]:
    data = ROOT / "data"
    return sorted([*data.glob("*.yaml"), *(data / "cases").glob("*.yaml")])


@pytest.mark.parametrize("path", _data_files(), ids=lambda path: str(path.relative_to(ROOT)))
def test_every_data_file_names_its_schema_and_is_valid_against_it(path: Path) -> None:
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    match = SCHEMA_LINE.match(first_line)
    assert match, f"{path}: the first line must be '# yaml-language-server: $schema=...'"
    schema_path = (path.parent / match[1]).resolve()
    expected = "casus" if path.parent.name == "cases" else path.stem
    assert schema_path == schema_file(SCHEMA_DIR, expected).resolve()
    if path.name == TEMPLATE.name:
        return  # the template still holds placeholders; test_check fills it in
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_schemas_are_valid_draft_2020_12_with_dutch_titles() -> None:
    for name in SCHEMAS:
        schema = _schema_of(name)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema.get("additionalProperties") is False
        for definition in [schema, *schema.get("$defs", {}).values()]:  # type: ignore[attr-defined]
            assert "description" not in definition, "English class docstrings must not reach editors"


def test_case_schema_helps_editors() -> None:
    """What an editor shows and underlines while a contributor types a case."""
    schema = _schema_of("casus")
    intervention = schema["$defs"]["Intervention"]  # type: ignore[index]
    assert schema["title"] == "Casus (data/cases/<id>.yaml)"
    assert intervention["title"] == "Interventie"
    assert intervention["properties"]["fasen"]["items"]["enum"] == ["start", "tijdens", "einde"]
    assert schema["$defs"]["Link"]["properties"]["herkomst"]["enum"] == ["bron", "redactie"]  # type: ignore[index]
    assert schema["properties"]["studiejaar"]["description"].startswith("Bijvoorbeeld")  # type: ignore[index]
    assert set(schema["required"]) >= {"titel", "instelling", "studiejaar", "interventies"}  # type: ignore[arg-type]


def test_valid_and_filled_in_cases_pass_the_case_schema() -> None:
    validator = jsonschema.Draft202012Validator(_schema_of("casus"))
    validator.validate(yaml.safe_load(VALID_CASE.read_text(encoding="utf-8")))
    validator.validate(yaml.safe_load(fill_in(TEMPLATE.read_text(encoding="utf-8"))))


@pytest.mark.parametrize(
    ("fixture", "keyword"),
    [
        ("onbekend-veld-typfout.yaml", "additionalProperties"),
        ("verplicht-veld-ontbreekt.yaml", "required"),
        ("onbekende-keuze.yaml", "enum"),
        ("yaml11-no-als-ja-nee.yaml", "type"),
        ("yaml11-studiejaar-als-getal.yaml", "type"),
        ("ongeldige-id.yaml", "pattern"),
        ("lege-lijst-interventies.yaml", "minItems"),
        ("karakteristiek-als-lijst.yaml", "type"),
    ],
)
def test_editors_underline_mistakes(fixture: str, keyword: str) -> None:
    validator = jsonschema.Draft202012Validator(_schema_of("casus"))
    errors = list(validator.iter_errors(yaml.safe_load((INVALID / fixture).read_text(encoding="utf-8"))))
    assert keyword in {error.validator for error in errors}, [error.message for error in errors]


def test_schema_command_writes_and_checks(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    stale = schema_file(project / "data" / "schema", "casus")
    stale.write_text("{}\n", encoding="utf-8")

    result = run_cli(project, "schema", "--controleer")
    assert result.returncode == 1
    assert "data/schema/casus.schema.json:1:1: past niet meer bij de modellen" in result.stderr
    assert stale.read_text(encoding="utf-8") == "{}\n"

    result = run_cli(project, "schema")
    assert result.returncode == 0
    assert result.stdout == "Geschreven: data/schema/casus.schema.json\n"
    assert stale.read_text(encoding="utf-8") == render("casus")

    result = run_cli(project, "schema", "--controleer")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("In orde: ")
