"""Contributor text is data, never code: it shows literally and inert.

The check refuses template text and HTML (see test_check.py). These tests make
sure that, even if such text got past the check, the renderer would still
show it literally: they build the real site through MkDocs and mkdocs-macros
with a handbook whose case is full of template and HTML text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

import netwerkleren.site.state as state
from conftest import ROOT, copy_project
from netwerkleren.load.build import build_handbook
from netwerkleren.model.handbook import Handbook
from netwerkleren.model.records import Case
from netwerkleren.model.text_rules import check_plain_text

NASTY_TITLE = "{{ 7*7 }} <script>alert('titel')</script>"
NASTY_TEXT = "Som: {{ 7*7 }} en {% if true %}ja{% endif %} <img src=x onerror=alert(1)> <b>vet</b>"


def nasty_handbook() -> Handbook:
    """The real handbook, with its case's texts replaced by hostile ones (bypassing the check)."""
    real = build_handbook(ROOT / "data")
    case_id, case = next(iter(real.cases.items()))
    first = case.interventies[0].model_copy(update={"titel": NASTY_TITLE, "wat": NASTY_TEXT})
    nasty = Case.model_construct(
        **{**case.__dict__, "titel": NASTY_TITLE, "samenvatting": NASTY_TEXT, "interventies": [first]}
    )
    return Handbook(
        characteristics=real.characteristics, conditions=real.conditions, sources=real.sources, cases={case_id: nasty}
    )


@pytest.fixture(scope="module")
def nasty_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("nasty"))
    handbook = nasty_handbook()
    original = state.get_handbook
    state.get_handbook = lambda data_dir: handbook  # type: ignore[assignment]
    try:
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"), strict=True)
        build(config)
    finally:
        state.get_handbook = original  # type: ignore[assignment]
    return project / "site"


def pages_with_nasty_text(site: Path) -> list[Path]:
    return [path for path in site.rglob("*.html") if "7*7" in path.read_text(encoding="utf-8")]


def test_template_text_shows_literally(nasty_site: Path) -> None:
    pages = pages_with_nasty_text(nasty_site)
    case_page = next(p for p in pages if p.parent.parent.name == "casussen")
    html = case_page.read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in html or "&#123;&#123; 7*7 &#125;&#125;" in html
    assert "{% if true %}ja{% endif %}" in html
    assert ">{{ 7*7 }} &lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;</a></h" in html  # a card heading
    assert "<p>Som: {{ 7*7 }} en {% if true %}ja{% endif %} &lt;img" in html
    assert len(pages) >= 2  # the case page and at least one principle page show the card


def test_html_in_data_is_escaped_everywhere(nasty_site: Path) -> None:
    for path in pages_with_nasty_text(nasty_site):
        html = path.read_text(encoding="utf-8")
        assert "<script>alert(" not in html, path
        assert "<img src=x" not in html, path
        assert "<b>vet</b>" not in html, path
        assert "&lt;img src=x onerror=alert(1)&gt;" in html or "&lt;script&gt;" in html, path


def test_title_is_not_evaluated_by_macros(nasty_site: Path) -> None:
    case_page = next(p for p in pages_with_nasty_text(nasty_site) if p.parent.parent.name == "casussen")
    title = re.search(r"<title>(.*?)</title>", case_page.read_text(encoding="utf-8"), re.S)
    assert title is not None
    assert "49" not in title.group(1)
    assert "&#123;&#123; 7*7 &#125;&#125;" in title.group(1)
    assert "<script>" not in title.group(1)


@pytest.mark.parametrize("text", ["<body/onpageshow=alert(1)>", "<svg/onload=alert(1)>", "</p>", "<!doctype html>", "<b>vet</b>"])
def test_the_check_refuses_anything_that_starts_markup(text: str) -> None:
    with pytest.raises(ValueError, match="HTML-code"):
        check_plain_text(f"Tekst {text} tekst")


@pytest.mark.parametrize("text", ["R&D <3", "a < b en b > c", "onderzoek = ontwerp", "1 <= 2"])
def test_the_check_accepts_ordinary_prose(text: str) -> None:
    assert check_plain_text(text) == text
