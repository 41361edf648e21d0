"""The built handbook holds every record of the data, on the pages a reader expects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, Build
from netwerkleren.load.build import build_handbook
from netwerkleren.model.handbook import Handbook
from netwerkleren.views import routes


@pytest.fixture(scope="module")
def handbook() -> Handbook:
    return build_handbook(ROOT / "data")


def url_of(src_path: str) -> str:
    return routes.page_url(src_path)


def test_content_counts_match_the_source(handbook: Handbook) -> None:
    assert len(handbook.characteristics) == 5
    assert [len(c.ontwerpprincipes) for c in handbook.characteristics] == [2, 4, 3, 3, 3]
    assert len(handbook.conditions) == 7
    iselinge = handbook.cases["iselinge-2021-2022"]
    assert len(iselinge.interventies) >= 13


def test_a_page_per_characteristic_and_principle(built_site: Build, handbook: Handbook) -> None:
    characteristic_pages = sorted(
        p.parent.name for p in (built_site.site / "karakteristieken").glob("*/index.html")
    )
    principle_pages = sorted(
        p.parent.name for p in (built_site.site / "ontwerpprincipes").glob("*/index.html")
    )
    assert characteristic_pages == sorted(c.id for c in handbook.characteristics)
    assert len(principle_pages) == 15
    assert principle_pages == sorted(handbook.principle_by_id)
    for principle in handbook.principles:
        html = built_site.page(url_of(routes.principle_path(principle.id)))
        assert f"<h1>{principle.kort}</h1>" in html or f">{principle.kort}</h1>" in html
        assert principle.tekst in html


def test_every_intervention_is_a_card_on_each_principle_page_it_links_to(
    built_site: Build, handbook: Handbook
) -> None:
    checked = 0
    for placed in handbook.interventions:
        for link in placed.intervention.principes:
            html = built_site.page(url_of(routes.principle_path(link.id)))
            card = _card(html, placed.key)
            assert placed.intervention.titel in card
            assert placed.case.instelling in card and placed.case.studiejaar in card
            if link.herkomst == "redactie":
                assert "verband gelegd door de redactie" in card
            else:
                assert "verband gelegd door de redactie" not in card
            checked += 1
    assert checked >= 13


def test_cards_show_their_links_and_quotes(built_site: Build, handbook: Handbook) -> None:
    for placed in handbook.interventions:
        html = built_site.page(url_of(routes.case_path(placed.case_id)))
        assert f'id="interventie-{placed.intervention.id}"' in html, "the stable anchor on the case page"
        card = _card(html, placed.key)
        for link in placed.intervention.principes:
            assert handbook.principle_by_id[link.id].kort in card
        for link in placed.intervention.voorwaarden:
            assert (
                handbook.condition_by_id[link.id].kort in card
            )  # the short name; the verbatim one on its page
        for quote in placed.intervention.citaten:
            assert quote.tekst in card


def test_every_case_and_source_appears(built_site: Build, handbook: Handbook) -> None:
    index = built_site.page("casussen/")
    sources = built_site.page("bronnen/")
    for case_id, case in handbook.cases.items():
        assert case.titel in index
        page = built_site.page(url_of(routes.case_path(case_id)))
        for conclusion in case.conclusies:
            assert conclusion in page
        for source in handbook.case_sources[case_id]:
            assert f'id="bron-{source.id}"' in page
    for source in handbook.sources:
        assert f'id="bron-{source.id}"' in sources
        item = _element(sources, f'id="bron-{source.id}"', "</li>")
        assert ("Niet bevestigd" in item) is (not source.bevestigd)


def test_conditions_page_lists_the_interventions_that_touch_each(
    built_site: Build, handbook: Handbook
) -> None:
    html = built_site.page("motivatievoorwaarden/")
    for condition in handbook.conditions:
        assert f'id="{condition.id}"' in html
        assert condition.naam in html
    for condition_id, placed in handbook.by_condition.items():
        section = html.split(f'id="{condition_id}"', 1)[1].split("<h2", 1)[0]
        for item in placed:
            assert f'data-key="{item.key}"' in section


def test_no_template_or_macro_text_in_any_page(built_site: Build) -> None:
    pages = list(built_site.site.rglob("*.html"))
    assert len(pages) > 25
    for path in pages:
        text = path.read_text(encoding="utf-8")
        for marker in ("{{", "{%", "Macro Syntax Error", "Macro Rendering Error", "Traceback", "jinja2."):
            assert marker not in text, f"{marker!r} in {path.relative_to(built_site.site)}"
        # Markdown left unrendered inside raw HTML (a block without the markdown attribute) shows as text.
        raw_link = re.search(r"\]\([^)\s]*\.md\b", text)
        assert raw_link is None, f"{raw_link.group(0)!r} in {path.relative_to(built_site.site)}"


def test_site_is_dutch(built_site: Build) -> None:
    assert '<html lang="nl"' in built_site.page("")
    config = (built_site.site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert '"lang":["nl"]' in config.replace(" ", "")


def test_internal_links_and_anchors_resolve(built_site: Build) -> None:
    """Links in the HTML our partials write are not checked by MkDocs: check them here."""
    ids_cache: dict[Path, set[str]] = {}
    broken: list[str] = []
    for path in built_site.site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for href in re.findall(r'href="([^"]+)"', html):
            if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue
            target, _, anchor = href.partition("#")
            # A query string (the overview's filters) is not part of the file.
            target = target.partition("?")[0]
            base = built_site.site if target.startswith("/") else path.parent
            resolved = (base / target.lstrip("/")).resolve() if target else path
            if resolved.is_dir():
                resolved = resolved / "index.html"
            if not resolved.exists():
                broken.append(f"{path.relative_to(built_site.site)} -> {href}")
                continue
            if anchor and resolved.suffix == ".html":
                ids = ids_cache.setdefault(
                    resolved, set(re.findall(r'id="([^"]+)"', resolved.read_text(encoding="utf-8")))
                )
                if anchor not in ids:
                    broken.append(f"{path.relative_to(built_site.site)} -> {href} (anchor)")
    assert not broken, "\n".join(broken[:20])


def _card(html: str, key: str) -> str:
    """The card of the intervention with key ``case-id/intervention-id``."""
    return _element(html, f'data-key="{key}"', "</article>")


def _element(html: str, start: str, end: str) -> str:
    assert start in html, f"{start} not found"
    return html.split(start, 1)[1].split(end, 1)[0]


def test_no_page_repeats_an_id(built_site: Build) -> None:
    """Cards from several cases, or one card under several conditions, must not share an id on a page."""
    repeated = {}
    for path in built_site.site.rglob("*.html"):
        ids = re.findall(r'\sid="([^"]+)"', path.read_text(encoding="utf-8"))
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            repeated[str(path.relative_to(built_site.site))] = twice[:3]
    assert not repeated, repeated
