"""WCAG 2.2 AA checks in Chromium: axe-core on every kind of page, the filters by keyboard, gaps in text.

axe-core comes bundled with axe-playwright-python (its own axe.min.js), so no
request leaves the machine.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import Build, copy_project, mkdocs_build

CASE = "casussen/iselinge-2021-2022/"

PAGES = {
    "home": "",
    "characteristic": "karakteristieken/diversiteit-en-gelijkwaardigheid/",
    "characteristic no case chose": "karakteristieken/gezamenlijke-visie-en-doelen/",
    "characteristics index": "karakteristieken/",
    "principle": "ontwerpprincipes/bouw-aan-onderling-vertrouwen/",
    "case": CASE,
    "case index": "casussen/",
    "conditions": "motivatievoorwaarden/",
    "sources": "bronnen/",
    "about": "over/",
    "contribute": "bijdragen/",
    "overview": "overzicht/",
    "overview filtered": "overzicht/?principe=bouw-aan-onderling-vertrouwen",
    "matrix": "matrix/",
    "tags": "trefwoorden/",
}

CHECKLIST_PAGES = {
    "checklists index": "checklists/",
    "checklist": "checklists/start-van-de-werkplaats/",
    "principle checklist": "checklists/ontwerpprincipes/bouw-aan-onderling-vertrouwen/",
}

SERIOUS = {"serious", "critical"}


def axe_violations(page: object) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}
    )
    found = []
    for violation in results.response["violations"]:
        if violation["impact"] in SERIOUS:
            targets = [node["target"] for node in violation["nodes"]][:3]
            found.append(f"{violation['id']} ({violation['impact']}): {violation['help']} {targets}")
    return found


def open_page(page: object, url: str) -> None:
    page.goto(url)  # type: ignore[attr-defined]
    page.wait_for_load_state("load")  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_no_serious_axe_violations(page: object, site_url: str, path: str) -> None:
    open_page(page, site_url + path)
    assert axe_violations(page) == []


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize(
    "path", [CASE, "ontwerpprincipes/bouw-aan-onderling-vertrouwen/", "motivatievoorwaarden/"]
)
def test_no_serious_axe_violations_with_every_explanation_open(
    browser: object, site_url: str, path: str, width: int
) -> None:
    """Provenance explanations open on demand; opened, they pass axe too."""
    context = browser.new_context(viewport={"width": width, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    try:
        open_page(page, site_url + path)
        opened = page.evaluate(
            "[...document.querySelectorAll('details.nl-prov')].map(d => d.open = true).length"
        )
        assert opened > 0
        assert axe_violations(page) == []
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways at {width}px with explanations open"
    finally:
        context.close()


@pytest.mark.parametrize("path", CHECKLIST_PAGES.values(), ids=CHECKLIST_PAGES.keys())
def test_no_serious_axe_violations_on_checklists(
    page: object, site_url: str, built_site: Build, path: str
) -> None:
    if not (built_site.site / path / "index.html").exists():
        pytest.skip(f"{path} is not part of the site (yet)")
    open_page(page, site_url + path)
    assert axe_violations(page) == []


def test_no_serious_axe_violations_in_search_results(page: object, site_url: str) -> None:
    open_page(page, site_url)
    page.locator("input.md-search__input").click()  # type: ignore[attr-defined]
    page.keyboard.type("vertrouwen")  # type: ignore[attr-defined]
    page.wait_for_selector(".md-search-result__item")  # type: ignore[attr-defined]
    assert axe_violations(page) == []


@pytest.mark.parametrize("width", [390, 1280])
def test_no_serious_axe_violations_on_a_phone_and_a_laptop(
    browser: object, site_url: str, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    try:
        for path in ("overzicht/", "matrix/"):
            open_page(page, site_url + path)
            assert axe_violations(page) == [], path
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{path} scrolls sideways at {width}px"
    finally:
        context.close()


def test_keyboard_reaches_and_operates_the_filters(page: object, site_url: str) -> None:
    """Tab to the principle filter, choose with the arrow keys: results change and are announced."""
    open_page(page, site_url + "overzicht/")
    page.wait_for_selector("#nl-filter:not([hidden])")  # type: ignore[attr-defined]
    rows_before = page.locator("#nl-overview-pages li.nl-row").count()  # type: ignore[attr-defined]
    focused = ""
    for _ in range(80):
        page.keyboard.press("Tab")  # type: ignore[attr-defined]
        focused = page.evaluate("document.activeElement.id")  # type: ignore[attr-defined]
        if focused == "nl-filter-principe":
            break
    assert focused == "nl-filter-principe", "Tab never reached the principle filter"
    page.keyboard.press("ArrowDown")  # type: ignore[attr-defined]
    status = page.locator("#nl-filter-status")  # type: ignore[attr-defined]
    page.wait_for_function("document.getElementById('nl-filter-status').textContent.includes('gevonden')")  # type: ignore[attr-defined]
    assert status.get_attribute("role") == "status"
    shown = page.locator("#nl-filter-list li.nl-row")  # type: ignore[attr-defined]
    count = shown.count()
    assert 0 < count < rows_before
    assert re.match(rf"{count} interventies? gevonden", status.text_content())
    assert page.locator("#nl-overview-pages").is_hidden()  # type: ignore[attr-defined]
    assert "principe=" in page.url  # type: ignore[attr-defined]
    # The reset button is reachable by keyboard and brings back the full list.
    for _ in range(20):
        page.keyboard.press("Tab")  # type: ignore[attr-defined]
        if page.evaluate("document.activeElement.type") == "reset":  # type: ignore[attr-defined]
            break
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    page.wait_for_function("!document.getElementById('nl-overview-pages').hidden")  # type: ignore[attr-defined]
    assert page.locator("#nl-filter-results").is_hidden()  # type: ignore[attr-defined]


def test_query_string_sets_the_filters(page: object, site_url: str) -> None:
    """The matrix links to the overview with ?principe=...&voorwaarde=...; the overview applies it."""
    open_page(
        page,
        site_url
        + "overzicht/?principe=bouw-aan-onderling-vertrouwen&voorwaarde=gelijkheid-in-een-informele-sfeer",
    )
    page.wait_for_function("document.getElementById('nl-filter-status').textContent.includes('gevonden')")  # type: ignore[attr-defined]
    titles = page.locator("#nl-filter-list .nl-row__title").all_text_contents()  # type: ignore[attr-defined]
    assert sorted(titles) == [
        "Groepsrollen bespreken met Belbin",
        "Wensen en verwachtingen over samenwerking expliciet maken",
    ]
    assert page.locator("#nl-filter-principe").input_value() == "bouw-aan-onderling-vertrouwen"  # type: ignore[attr-defined]


def test_overview_lists_everything_without_javascript(
    browser: object, site_url: str, built_site: Build
) -> None:
    context = browser.new_context(java_script_enabled=False)  # type: ignore[attr-defined]
    page = context.new_page()
    try:
        open_page(page, site_url + "overzicht/")
        assert page.locator("#nl-filter").is_hidden()
        rows = page.locator("#nl-overview-pages li.nl-row")
        assert rows.count() == 13
        assert rows.first.locator("a").first.get_attribute("href").startswith("../casussen/")
    finally:
        context.close()


def test_colour_is_not_the_only_carrier_of_meaning(built_site: Build) -> None:
    """Gaps in the matrix say so in text; editorial and source links carry words, not only a border style."""
    matrix = built_site.page("matrix/")
    gaps = re.findall(r'<td class="nl-matrix__gap"[^>]*>(.*?)</td>', matrix)
    assert gaps, "the matrix shows no gaps"
    assert all("&ndash;" in gap and "Geen interventies bij" in gap for gap in gaps)
    principle = built_site.page("ontwerpprincipes/bouw-aan-onderling-vertrouwen/")
    assert "<summary>verband gelegd door de redactie</summary>" in principle
    assert "verband gelegd door de bron" in principle
    case = built_site.page(CASE)
    # A full card marks an editorial link with * (and words for screen readers); its one line says what * means.
    assert re.search(r'<summary><span aria-hidden="true">\*</span><span class="nl-sr-only">toelichting', case)
    assert "verbanden met *: redactie van het handboek" in case


def test_matrix_is_a_real_table(built_site: Build) -> None:
    matrix = built_site.page("matrix/")
    assert matrix.count("<caption") == 2
    assert 'scope="col"' in matrix and 'scope="row"' in matrix
    # Roles keep it a table for screen readers when a narrow screen shows each row as a block.
    assert 'role="table"' in matrix and 'role="rowheader"' in matrix and 'role="cell"' in matrix
    # Each count links to the overview filtered on the cell.
    assert re.search(r'href="\.\./overzicht/\?principe=bouw-aan-onderling-vertrouwen&amp;voorwaarde=', matrix)


def test_related_interventions_on_the_case_page(built_site: Build) -> None:
    case = built_site.page(CASE)
    belbin = case[case.index('id="interventie-belbin-groepsrollen"') :]
    belbin = belbin[: belbin.find('<li class="nl-card', 1)]
    assert "Andere interventies bij dezelfde principes (" in belbin
    assert "#interventie-wensen-en-verwachtingen-expliciet" in belbin


def test_tags_index_lists_the_characteristics(built_site: Build) -> None:
    tags = built_site.page("trefwoorden/")
    for name in ("Diversiteit en gelijkwaardigheid", "Ontwerpgerichte aanpak"):
        assert name in tags
    assert "bouw-aan-onderling-vertrouwen" in tags


def test_overview_and_matrix_split_into_pages(tmp_path: Path) -> None:
    """With ten cases (130 interventions) no page holds them all: pages of 100 rows, 6 cases per matrix page."""
    project = copy_project(tmp_path / "project")
    case = (project / "data" / "cases" / "iselinge-2021-2022.yaml").read_text(encoding="utf-8")
    for n in range(2, 11):
        copy = case.replace('titel: "', f'titel: "Kopie {n}: ', 1)  # the same case twice is refused
        (project / "data" / "cases" / f"kopie-{n:02d}.yaml").write_text(copy, encoding="utf-8")
    build = mkdocs_build(project)
    assert build.returncode == 0, build.output
    first, second = build.page("overzicht/"), build.page("overzicht/2/")
    assert first.count('class="nl-row"') == 100
    assert second.count('class="nl-row"') == 30
    assert 'href="2/"' in first and 'aria-current="page"' in second
    assert "Interventie 101 tot en met 130 van de 130" in second
    # Rows are grouped by characteristic, numbered on across groups and pages, with a jump list per page.
    starts = [int(n) for n in re.findall(r'<ol class="nl-rows" start="(\d+)"', first + second)]
    assert starts[0] == 1 and starts == sorted(starts) and 101 in starts
    assert first.count('<nav class="nl-jump"') == 1
    assert (build.site / "matrix" / "2" / "index.html").exists()
    assert "casus 7 tot en met 10 van 10" in build.page("matrix/2/")
    script = (build.site / "overzicht" / "interventies.js").read_text(encoding="utf-8")
    assert script.count('"t":') == 130


NON_DESCRIPTIVE = frozenset(
    # Lighthouse's link-text audit (English) and the Dutch a reader would meet.
    {
        *(
            "start",
            "click here",
            "click this",
            "go",
            "here",
            "information",
            "learn more",
            "more",
            "more info",
        ),
        *("more information", "read more", "right here", "see more", "this", "link"),
        *("hier", "klik hier", "klik", "hier klikken", "meer", "lees meer", "meer info", "meer informatie"),
        *("meer lezen", "verder", "verder lezen", "ga", "ga naar", "deze link", "deze pagina", "bekijk"),
        *("bekijken", "link naar"),
    }
)


class _Links(HTMLParser):
    """Every link's accessible name, roughly as a screen reader or Lighthouse reads it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self._open: list[dict[str, str | None]] = []
        self._text: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._open.append(dict(attrs))
            self._text.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open:
            attrs, text = self._open.pop(), " ".join("".join(self._text.pop()).split())
            name = attrs.get("aria-label") or text
            if not re.search(r"\w", name or ""):
                name = attrs.get("title") or name
            self.links.append((name or "", attrs.get("href") or ""))

    def handle_data(self, data: str) -> None:
        for text in self._text:
            text.append(data)


def test_link_texts_say_where_they_lead(built_site: Build) -> None:
    """No link is named only "Start", "hier", "meer" or the like (Lighthouse: link-text), on any page."""
    vague = []
    for path in built_site.site.rglob("*.html"):
        parser = _Links()
        parser.feed(path.read_text(encoding="utf-8"))
        for name, href in parser.links:
            if name.strip(" .:!?»›→").lower() in NON_DESCRIPTIVE:
                vague.append(f"{path.relative_to(built_site.site)}: {name!r} -> {href}")
    assert not vague, "\n".join(sorted(set(vague))[:20])


def test_the_404_page_is_dutch_and_leads_back(page: object, site_url: str, built_site: Build) -> None:
    html = built_site.page("404.html")
    assert '<html lang="nl"' in html
    assert "Not found" not in html and "Pagina niet gevonden" in html
    open_page(page, site_url + "404.html")
    assert page.title() == "Pagina niet gevonden - Netwerkleren"  # type: ignore[attr-defined]
    assert page.locator("h1").inner_text() == "Pagina niet gevonden"  # type: ignore[attr-defined]
    links = page.locator("article a")  # type: ignore[attr-defined]
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert "/" in hrefs and "/?q=" in hrefs
    assert axe_violations(page) == []
    # The search link opens the search box.
    page.locator("article a", has_text="Zoek in het handboek").click()  # type: ignore[attr-defined]
    page.wait_for_function("document.getElementById('__search').checked")  # type: ignore[attr-defined]
