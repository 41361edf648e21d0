"""ProperDocs, the maintained MkDocs 1.x fork, builds the handbook unchanged: same pages, same text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ENGINE_NOTICES_OFF, ROOT, Build

sys.path.insert(0, str(ROOT / "benchmarks"))
import site_diff


@pytest.fixture(scope="module")
def properdocs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("properdocs") / "site"
    env = {**os.environ, **ENGINE_NOTICES_OFF}
    command = [sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", str(site)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def test_properdocs_builds_the_same_files(built_site: Build, properdocs_site: Path) -> None:
    mkdocs_files, properdocs_files = site_diff.files(built_site.site), site_diff.files(properdocs_site)
    assert sorted(mkdocs_files - properdocs_files) == []
    assert sorted(properdocs_files - mkdocs_files) == []


def test_properdocs_pages_read_the_same(built_site: Build, properdocs_site: Path) -> None:
    comparison = site_diff.compare(built_site.site, properdocs_site)
    assert comparison.same_text > 30, comparison.summary()
    assert comparison.different_text == [], comparison.summary()


def test_properdocs_search_index_is_the_same(built_site: Build, properdocs_site: Path) -> None:
    assert site_diff.search_docs(built_site.site) == site_diff.search_docs(properdocs_site)


def test_visible_text_leaves_out_scripts_and_markup() -> None:
    html = "<p>Een <b>vet</b>\n woord</p><script>var x = 1;</script><article><h1>Kop</h1><img src=x> tekst</article>"
    assert site_diff.visible_text(html) == "Een vet woord Kop tekst"
    assert site_diff.visible_text(html, inside="article") == "Kop tekst"
