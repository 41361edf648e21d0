"""ProperDocs, the maintained MkDocs 1.x fork, builds the handbook unchanged: same pages, same text."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ENGINE_NOTICES_OFF, ROOT, Build

INVISIBLE = {"script", "style", "template", "noscript", "svg"}


class _Text(HTMLParser):
    """The text a reader sees (and a screen reader reads): no scripts, styles or markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in INVISIBLE:
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in INVISIBLE and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return re.sub(r"\s+", " ", " ".join(parser.parts)).strip()


def _files(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}


@pytest.fixture(scope="module")
def properdocs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("properdocs") / "site"
    env = {**os.environ, **ENGINE_NOTICES_OFF}
    command = [sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", str(site)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def test_properdocs_builds_the_same_files(built_site: Build, properdocs_site: Path) -> None:
    mkdocs_files, properdocs_files = _files(built_site.site), _files(properdocs_site)
    assert sorted(mkdocs_files - properdocs_files) == []
    assert sorted(properdocs_files - mkdocs_files) == []


def test_properdocs_pages_read_the_same(built_site: Build, properdocs_site: Path) -> None:
    pages = sorted(name for name in _files(built_site.site) if name.endswith(".html"))
    assert len(pages) > 30
    different = [
        name
        for name in pages
        if visible_text((built_site.site / name).read_text(encoding="utf-8"))
        != visible_text((properdocs_site / name).read_text(encoding="utf-8"))
    ]
    assert different == []


def test_properdocs_search_index_is_the_same(built_site: Build, properdocs_site: Path) -> None:
    index = "search/search_index.json"
    assert (built_site.site / index).read_bytes() == (properdocs_site / index).read_bytes()
