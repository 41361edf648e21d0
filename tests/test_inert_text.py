"""Contributor text is data, never code: it shows literally and inert.

The check refuses template text and HTML (see test_check.py). These tests make
sure that, even if such text got past the check, the renderer would still
show it literally: they build the real site through MkDocs and mkdocs-macros
with a handbook whose case is full of template and HTML text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
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
from netwerkleren.site.inert_titles import inert_titles

NASTY_TITLE = "{{ 7*7 }} <script>alert('titel')</script>"
NASTY_TEXT = "Som: {{ 7*7 }} en {% if true %}ja{% endif %} <img src=x onerror=alert(1)> <b>vet</b>"


def nasty_handbook() -> Handbook:
    """The real handbook, with its case's texts replaced by hostile ones (bypassing the check)."""
    real = build_handbook(ROOT / "data")
    case_id, case = next(iter(real.cases.items()))
    intervention = case.interventies[0]
    # Editorial links whose explanation is hostile: the explanation once went into a title attribute.
    links = [
        link.model_copy(update={"herkomst": "redactie", "toelichting": NASTY_TEXT})
        for link in intervention.principes
    ]
    first = intervention.model_copy(update={"titel": NASTY_TITLE, "wat": NASTY_TEXT, "principes": links})
    nasty = Case.model_construct(
        **{**case.__dict__, "titel": NASTY_TITLE, "samenvatting": NASTY_TEXT, "interventies": [first]}
    )
    return Handbook(
        characteristics=real.characteristics,
        conditions=real.conditions,
        sources=real.sources,
        cases={case_id: nasty},
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


@pytest.mark.parametrize(
    "text", ["<body/onpageshow=alert(1)>", "<svg/onload=alert(1)>", "</p>", "<!doctype html>", "<b>vet</b>"]
)
def test_the_check_refuses_anything_that_starts_markup(text: str) -> None:
    with pytest.raises(ValueError, match="HTML-code"):
        check_plain_text(f"Tekst {text} tekst")


@pytest.mark.parametrize("text", ["R&D <3", "a < b en b > c", "onderzoek = ontwerp", "1 <= 2"])
def test_the_check_accepts_ordinary_prose(text: str) -> None:
    assert check_plain_text(text) == text


class _Titles(HTMLParser):
    """Every title attribute of a page, decoded as a browser decodes it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.titles: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.titles.extend(value or "" for name, value in attrs if name == "title")


def test_no_title_attribute_holds_markup_or_data(nasty_site: Path) -> None:
    """Material's content.tooltips inserts a decoded title as HTML: no title may decode to markup."""
    checked = 0
    for path in nasty_site.rglob("*.html"):
        parser = _Titles()
        parser.feed(path.read_text(encoding="utf-8"))
        for title in parser.titles:
            checked += 1
            assert "<" not in title and ">" not in title, f"{path}: {title[:120]}"
            assert "7*7" not in title and "onerror" not in title, f"{path}: {title[:120]}"
    assert checked > 100


def test_tooltips_get_text_even_if_a_title_held_markup() -> None:
    """The last barrier: markup characters in any title attribute are escaped a second time."""
    html = '<a href="x" title="Zoeken"></a><span class="x" title="&lt;img src=x onerror=alert(1)&gt; &amp; &#60;b&#62;">'
    out = inert_titles(html)

    parser = _Titles()
    parser.feed(out)
    assert parser.titles == ["Zoeken", "&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;"]
    assert inert_titles("<b title='a<b>\"'>") == '<b title="a&amp;lt;b&amp;gt;&quot;">'


@pytest.mark.parametrize(
    "text",
    [
        "Juf \U0001f469\u200d\U0001f3eb",
        "\U0001f468\u200d\U0001f469\u200d\U0001f467",
        "\u2764\ufe0f\u200d\U0001f525",
    ],
)
def test_the_check_keeps_a_joiner_inside_an_emoji(text: str) -> None:
    """The planner's case draft keeps 👩‍🏫 as one emoji; the check must accept what the draft writes."""
    assert check_plain_text(text) == text


@pytest.mark.parametrize("text", ["a\u200db", "\u200d\U0001f469", "\U0001f469\u200d"])
def test_the_check_refuses_a_joiner_outside_an_emoji(text: str) -> None:
    with pytest.raises(ValueError, match="U\\+200D"):
        check_plain_text(text)
