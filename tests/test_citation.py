"""Citable: CITATION.cff validates, one version everywhere, edition in the footer and on printouts."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, Build
from netwerkleren.site.edition import EditionError, read_edition

CITATION = ROOT / "CITATION.cff"
DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')


def citation() -> dict:
    return yaml.safe_load(CITATION.read_text(encoding="utf-8"))


def test_citation_file_validates_against_the_cff_schema() -> None:
    """CFF 1.2.0 JSON Schema, vendored in check-jsonschema (no download)."""
    checker = Path(sys.executable).with_name("check-jsonschema")
    result = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.citation-file-format", str(CITATION)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_schema_check_can_fail(tmp_path: Path) -> None:
    broken = tmp_path / "CITATION.cff"
    broken.write_text("cff-version: 1.2.0\ntitle: Zonder auteurs\n", encoding="utf-8")
    checker = Path(sys.executable).with_name("check-jsonschema")
    result = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.citation-file-format", str(broken)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "authors" in result.stdout + result.stderr


def test_citation_names_licences_and_confirmed_sources() -> None:
    data = citation()
    assert data["cff-version"] == "1.2.0"
    assert set(data["license"]) == {"CC-BY-4.0", "MIT"}
    dois = {reference.get("doi") for reference in data["references"]}
    assert {"10.1080/13540602.2021.1920909", "10.1080/02619768.2022.2086119"} <= dois
    assert "repository-code" not in data and "url" not in data, "geen verzonnen webadressen"


def test_pyproject_version_equals_citation_version() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == citation()["version"]


def test_changelog_has_the_current_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    data = citation()
    assert f"## [{data['version']}] - {data['date-released'].isoformat()}" in changelog


def test_licence_files_exist_and_agree_with_the_about_page() -> None:
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    content = (ROOT / "LICENSE-content.md").read_text(encoding="utf-8")
    about = (ROOT / "docs" / "over.md").read_text(encoding="utf-8")
    for text in (content, about):
        assert "CC BY 4.0" in text
        assert "creativecommons.org/licenses/by/4.0/deed.nl" in text
    assert "blijven bij de auteurs" in content and "blijven bij de auteurs" in about


def test_every_page_shows_the_edition(built_site: Build) -> None:
    data = citation()
    version = data["version"]
    released = data["date-released"].isoformat()
    pages = [p for p in built_site.site.rglob("*.html") if DESCRIPTION.search(p.read_text(encoding="utf-8"))]
    assert len(pages) >= 25
    for path in pages:
        html = path.read_text(encoding="utf-8")
        name = path.relative_to(built_site.site)
        assert f'versie {version},\n    <time datetime="{released}">' in html, (
            f"{name}: versie ontbreekt in voettekst"
        )
        if path.name != "404.html":
            assert 'class="nl-edition nl-edition--print"' in html, f"{name}: versie ontbreekt op afdruk"


def test_about_page_tells_how_to_cite(built_site: Build) -> None:
    html = built_site.page("over/")
    block = html[html.index('id="hoe-citeer-je"') :]
    version = citation()["version"]
    year = str(citation()["date-released"].year)
    assert f"Redactie Netwerkleren. ({year}). <em>{citation()['title']}</em> (Versie {version})." in block
    assert f"(Redactie Netwerkleren, {year})" in block
    for source_id in ("vrieling-teunter-2021", "vrieling-teunter-2024", "bronartikel"):
        assert f'id="bron-{source_id}"' in block
    assert "10.1080/13540602.2021.1920909" in block and "10.1080/02619768.2022.2086119" in block


def test_printout_shows_version_and_date(built_site: Build, site_url: str, page: object) -> None:
    page.goto(site_url + "over/")  # type: ignore[attr-defined]
    edition = page.locator(".nl-edition--print")  # type: ignore[attr-defined]
    assert not edition.is_visible()
    page.emulate_media(media="print")  # type: ignore[attr-defined]
    assert edition.is_visible()
    text = edition.inner_text()
    assert f"versie {citation()['version']}" in text
    assert str(citation()["date-released"].year) in text


def test_missing_or_broken_citation_stops_with_a_dutch_message(tmp_path: Path) -> None:
    with pytest.raises(EditionError, match="bestand ontbreekt"):
        read_edition(tmp_path)
    (tmp_path / "CITATION.cff").write_text("title: X\nversion: 1.0\n", encoding="utf-8")
    with pytest.raises(EditionError, match="'version'"):
        read_edition(tmp_path)
    (tmp_path / "CITATION.cff").write_text('title: X\nversion: "1.0"\n', encoding="utf-8")
    with pytest.raises(EditionError, match="'date-released'"):
        read_edition(tmp_path)
