"""Finding your way on long pages: jump lists, the case page that leads with its interventions, a matrix that fits."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, Build

SCREENSHOTS = ROOT / "tests" / "artifacts"
CASE = "casussen/iselinge-2021-2022/"

LONG_PAGES = {
    "case": CASE,
    "overview": "overzicht/",
    "checklists": "checklists/",
    "matrix": "matrix/",
}


def jump_links(html: str) -> list[str]:
    """The anchors the page's jump list ("Op deze pagina") links to."""
    nav = re.search(r'<nav class="nl-jump"[^>]*>(.*?)</nav>', html, re.S)
    assert nav, "no jump list"
    assert "Op deze pagina" in nav.group(1)
    return re.findall(r'href="#([^"]+)"', nav.group(1))


@pytest.mark.parametrize("path", LONG_PAGES.values(), ids=LONG_PAGES.keys())
def test_long_pages_have_a_jump_list_whose_links_resolve(built_site: Build, path: str) -> None:
    html = built_site.page(path)
    anchors = jump_links(html)
    assert len(anchors) >= 2
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    assert not [a for a in anchors if a not in ids]


def test_the_case_jump_list_names_every_intervention_in_page_order(built_site: Build) -> None:
    html = built_site.page(CASE)
    anchors = jump_links(html)
    cards = re.findall(r'<h[34] class="nl-card__title" id="(interventie-[^"]+)"', html)
    assert cards and [a for a in anchors if a.startswith("interventie-")] == cards
    sections = [a for a in anchors if not a.startswith(("interventie-", "aanpak-", "verder"))]
    assert sections[:2] == ["interventies", "conclusies"]
    assert set(sections) >= {"interventies", "context", "bronnen"}
    # Sections follow in the order the jump list gives them.
    positions = [html.index(f'id="{a}"') for a in sections]
    assert positions == sorted(positions)


def test_the_case_page_leads_with_its_interventions_on_a_phone(browser: object, site_url: str) -> None:
    """At 390 px the first link to an intervention is within the first 1,200 px, before the context."""
    context = browser.new_context(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    page = context.new_page()
    try:
        page.goto(site_url + CASE)
        first = page.locator('a[href^="#interventie-"]').first
        top = first.evaluate("a => a.getBoundingClientRect().top + window.scrollY")
        context_top = page.locator("#context").evaluate("h => h.getBoundingClientRect().top + window.scrollY")
        assert top <= 1200, f"first intervention link at {top:.0f} px"
        assert top < context_top
        target = first.get_attribute("href")
        assert page.locator(f"[id='{target[1:]}']").count() == 1
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


FIT = """() => Array.from(document.querySelectorAll('table.nl-matrix')).map(table => {
  const box = table.parentElement.getBoundingClientRect();
  const caption = table.querySelector('caption');
  const cells = Array.from(table.querySelectorAll('tbody th, tbody td'));
  const heads = Array.from(table.querySelectorAll('thead th'));
  return {
    table: table.getBoundingClientRect().width, scroll: table.scrollWidth, box: box.width,
    captionClipped: caption.scrollWidth > caption.clientWidth + 1,
    cellsOutside: cells.filter(c => c.getBoundingClientRect().right > box.right + 1).length,
    headsOutside: heads.filter(h => h.getBoundingClientRect().right > box.right + 1).length,
    headsShown: heads.filter(h => h.getBoundingClientRect().width > 2).length,
    columns: heads.length,
  };
})"""


@pytest.mark.parametrize("width", [1280, 390])
def test_matrix_tables_fit_their_box(browser: object, site_url: str, width: int) -> None:
    """No table wider than its box; every column shown on a laptop; caption whole; on a phone a block per row."""
    context = browser.new_context(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    try:
        page.goto(site_url + "matrix/")
        tables = page.evaluate(FIT)
        assert len(tables) == 2
        for t in tables:
            assert t["table"] <= t["box"] + 0.5 and t["scroll"] <= t["box"] + 1, t
            assert t["cellsOutside"] == 0, t
            assert not t["captionClipped"], t
            if width == 1280:
                assert t["headsShown"] == t["columns"] and t["headsOutside"] == 0, t
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        # Links in a cell are blocks: a list bullet sits on the first line of a wrapped link.
        display = page.locator(".nl-matrix__links a").first.evaluate("a => getComputedStyle(a).display")
        assert display == "block"
        if width == 390:
            # Each row is a block with the principle on top, and each cell names its column.
            label = page.locator("td.nl-matrix__cell .nl-matrix__col").first
            assert label.is_visible() and label.get_attribute("aria-hidden") == "true"
            # Only filled cells: a cell with no intervention takes no room on a phone.
            assert not page.locator("td.nl-matrix__gap").first.is_visible()
            row_header = page.locator("table.nl-matrix tbody th").first
            assert row_header.evaluate("th => getComputedStyle(th).position") == "sticky"
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"matrix-{width}.png"))
    finally:
        context.close()
