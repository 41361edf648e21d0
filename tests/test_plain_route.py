"""The handbook as plain Markdown (for engines without hooks): every page there, no macro left, same site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ENGINE_NOTICES_OFF, ROOT, Build, copy_project
from netwerkleren.site import plain

sys.path.insert(0, str(ROOT / "benchmarks"))
import site_diff


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
    karakteristieken = next(
        entry for entry in config["nav"] if any(k.startswith("Karakteristieken") for k in entry)
    )
    assert len(yaml.safe_dump(karakteristieken).splitlines()) > 10, "the section is written out"


@pytest.mark.parametrize(
    ("src_uri", "url"),
    [("index.md", ""), ("bronnen.md", "bronnen/"), ("casussen/index.md", "casussen/"), ("a/b.md", "a/b/")],
)
def test_page_url_matches_mkdocs(src_uri: str, url: str) -> None:
    assert plain.page_url(src_uri, True) == url


def test_mkdocs_over_plain_markdown_builds_the_same_site(built_site: Build, generated: Path) -> None:
    """The two routes cannot drift apart: same pages, same text, same search entries (see MAINTAINERS.md)."""
    site = generated / "site"
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", "mkdocs.yml", "-d", str(site)]
    env = {**os.environ, **ENGINE_NOTICES_OFF}
    result = subprocess.run(command, cwd=generated, capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    # Without hooks, the engine's build is followed by the online search's step (as hooks.on_post_build does).
    post = [sys.executable, "-m", "netwerkleren.site.search_index", str(site)]
    assert subprocess.run(post, capture_output=True, text=True, timeout=600).returncode == 0
    comparison = site_diff.compare(built_site.site, site)
    assert comparison.only_first == [] and comparison.only_second == [], comparison.summary()
    assert comparison.different_text == [], comparison.summary()
    assert site_diff.files(built_site.site) == site_diff.files(site)
    assert site_diff.search_docs(built_site.site) == site_diff.search_docs(site)
