"""The handbook as plain Markdown (for engines without hooks): every page there, no macro left."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import copy_project
from netwerkleren.site import plain


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("plain")
    project = copy_project(work / "project")
    plain.generate(project, work / "plain")
    return work / "plain"


def test_every_page_is_plain_markdown(generated: Path) -> None:
    pages = sorted((generated / "docs").rglob("*.md"))
    assert any(page.name == "iselinge-2021-2022.md" for page in pages)
    leftover = [page.name for page in pages if "{{" in page.read_text(encoding="utf-8")]
    assert leftover == []
    case = (generated / "docs" / "casussen" / "iselinge-2021-2022.md").read_text(encoding="utf-8")
    assert 'class="nl-page nl-case"' in case and "<!--nl-html:" not in case


def test_config_has_no_hooks_or_macros(generated: Path) -> None:
    config = plain.read_config(generated / "mkdocs.yml")
    assert "hooks" not in config
    names = [next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]]
    assert "macros" not in names and "search" in names
    assert config["extra"]["version"] and config["extra"]["released_nl"]
    assert "!ENV [OFFLINE, false]" in (generated / "mkdocs.yml").read_text(encoding="utf-8")
    karakteristieken = next(entry for entry in config["nav"] if "Karakteristieken" in entry)
    assert len(yaml.safe_dump(karakteristieken).splitlines()) > 10, "the section is written out"


@pytest.mark.parametrize(
    ("src_uri", "url"),
    [("index.md", ""), ("bronnen.md", "bronnen/"), ("casussen/index.md", "casussen/"), ("a/b.md", "a/b/")],
)
def test_page_url_matches_mkdocs(src_uri: str, url: str) -> None:
    assert plain.page_url(src_uri, True) == url
