"""Search finds what a teacher educator types, in Dutch, in the real site search.

Each query is typed into Material's search box in headless Chromium, against
the built site's own search index: online that is Pagefind's, answered by
docs/assets/search-worker.js (the offline edition keeps Material's lunr index,
tests/test_offline.py). The top result is the best-matching entry of the first
result group (the page, or the section of it, that search itself marks as a hit).
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import Build

PAGEFIND_SIGNATURE = b"pagefind_dcd"


def pagefind_pages(site: Path) -> list[dict[str, object]]:
    """Every page in Pagefind's index: its fragment (address, title, text and headings)."""
    pages = []
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(PAGEFIND_SIGNATURE), path
        pages.append(json.loads(data[len(PAGEFIND_SIGNATURE) :]))
    assert pages, "geen pagina's in de Pagefind-index"
    return pages


def locations(site: Path) -> set[str]:
    """What search can link to: each indexed page, and each of its headings with an id (h2-h6)."""
    found = set()
    for page in pagefind_pages(site):
        url = str(page["url"]).removeprefix("/")
        found.add(url)
        for anchor in page["anchors"]:  # type: ignore[attr-defined]
            if anchor["element"] in {"h2", "h3", "h4", "h5", "h6"} and anchor["text"].strip():
                found.add(f"{url}#{anchor['id']}")
    return found


CASE = "casussen/iselinge-2021-2022/"

QUERIES: list[tuple[str, str]] = [
    ("vertrouwen", "ontwerpprincipes/bouw-aan-onderling-vertrouwen/"),
    ("doelen zichtbaar", "ontwerpprincipes/maak-de-gezamenlijke-doelen-zichtbaar/"),
    ("Belbin", f"{CASE}#interventie-belbin-groepsrollen"),
    ("voorzitter", f"{CASE}#interventie-roulerend-voorzitterschap"),
    # Material searches every typed word with a trailing wildcard; docs/assets/search.js drops the stop words
    # ("op", "de"), which would otherwise match dozens of words in the long context section.
    ("stip op de horizon", f"{CASE}#interventie-leidende-vragen-bij-doelen"),
    ("boundary crosser", "ontwerpprincipes/student-als-boundary-crosser/"),
    ("scaffolding", "motivatievoorwaarden/#scaffolding"),
    ("portfolio", "ontwerpprincipes/netwerkleren-als-competentie-in-het-portfolio/"),
    # The checklist named after the first meeting, not a card that mentions it.
    ("eerste bijeenkomst", "checklists/start-van-de-werkplaats/"),
    ("groepsrollen", f"{CASE}#interventie-belbin-groepsrollen"),
    ("Group Wisdom", f"{CASE}#interventie-group-wisdom"),
    ("werkplannen", "ontwerpprincipes/werkplannen-klaar-voor-de-start/"),
    # The logbook template itself, before the case's note that a logbook was kept.
    ("logboek", "checklists/logboek-projectleider/"),
    ("peerfeedback", "ontwerpprincipes/presenteren-met-peerfeedback/"),
    ("gelijkwaardigheid", "karakteristieken/diversiteit-en-gelijkwaardigheid/"),
    ("doelenwand", f"{CASE}#interventie-tijdlijn-of-digitale-doelenwand"),
    ("beoordeling", "ontwerpprincipes/objectieve-beoordelingsmethode/"),
    ("persoonlijke doelen", "motivatievoorwaarden/#persoonlijke-doelen"),
    ("literatuurstudie", f"{CASE}#interventie-gezamenlijke-kennisbasis"),
    ("talenten", f"{CASE}#interventie-talenten-inzetten"),
    # "van*" matched "vandaan" and lifted the home page to third place.
    ("feedback van medestudenten", "ontwerpprincipes/presenteren-met-peerfeedback/"),
    # Questions as a teacher educator types them, stop words and all.
    ("hoe start ik een werkplaats", "checklists/start-van-de-werkplaats/"),
    ("motivatie van studenten", "motivatievoorwaarden/"),
    ("wensen en verwachtingen", f"{CASE}#interventie-wensen-en-verwachtingen-expliciet"),
    ("reflectie op eigen doelen", "checklists/reflectie-student/"),
    ("rollen in de groep", f"{CASE}#interventie-belbin-groepsrollen"),
]

RESULTS_COUNTED = """() => {
  const meta = document.querySelector('.md-search-result__meta');
  return meta && /overeenkomende/.test(meta.textContent)
    && document.querySelector('.md-search-result__item') !== null;
}"""
TOP_HITS = """() => {
  const first = document.querySelector('.md-search-result__item');
  return Array.from(first.querySelectorAll('a.md-search-result__link')).map(a => a.href);
}"""


def top_result(hrefs: list[str], base: str, want_section: bool) -> str:
    """The top result as a reader sees it: the first result's page, or the first section listed under it.

    Material lists the page of the best hit first, then that page's matching
    sections, best first; a section counts only if search marks it as a hit
    (``?h=`` carries the search terms).
    """

    def local(href: str) -> tuple[str, str, bool]:
        parts = urlsplit(href)
        path = parts.path.removeprefix(urlsplit(base).path)
        return path, parts.fragment, bool(parse_qs(parts.query).get("h", [""])[0])

    links = [local(href) for href in hrefs]
    if not links:
        return ""
    if want_section:
        for path, fragment, hit in links:
            if fragment and hit:
                return f"{path}#{fragment}"
    return links[0][0]


def search(page: object, site_url: str, query: str, want_section: bool = False) -> str:
    page.goto(site_url)  # type: ignore[attr-defined]
    box = page.locator("input.md-search__input")  # type: ignore[attr-defined]
    box.click()
    box.type(query, delay=10)
    page.wait_for_function(RESULTS_COUNTED, timeout=15000)  # type: ignore[attr-defined]
    page.wait_for_timeout(250)  # type: ignore[attr-defined]  # let the last keystroke's results settle
    return top_result(page.evaluate(TOP_HITS), site_url, want_section)  # type: ignore[attr-defined]


def pairs() -> list[tuple[str, str]]:
    return QUERIES


def test_queries_cover_enough_ground() -> None:
    assert len(QUERIES) >= 20
    assert len({q.lower() for q, _ in pairs()}) == len(QUERIES)


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[q for q, _ in pairs()])
def test_query_finds_the_right_page_first(page: object, site_url: str, query: str, expected: str) -> None:
    assert search(page, site_url, query, want_section="#" in expected) == expected


RESULT_PAGES = """() => Array.from(document.querySelectorAll('.md-search-result__item'))
  .map(item => item.querySelector('a.md-search-result__link').href.split('?')[0])"""


def result_pages(page: object, site_url: str, query: str) -> list[str]:
    search(page, site_url, query)
    return page.evaluate(RESULT_PAGES)  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize(
    ("query", "without"),
    [("feedback van medestudenten", "feedback medestudenten"), ("de stip op de horizon", "stip horizon")],
)
def test_stop_words_do_not_change_the_results(page: object, site_url: str, query: str, without: str) -> None:
    """A stop word with Material's trailing wildcard ("van*" matches "vandaan") lifts no page."""
    found = result_pages(page, site_url, query)
    assert found == result_pages(page, site_url, without)
    assert site_url not in found[:3], "the home page is lifted by a stop word"


def test_a_query_of_stop_words_only_is_searched_as_typed(page: object, site_url: str) -> None:
    page.goto(site_url)  # type: ignore[attr-defined]
    strip = "q => window.netwerkleren.withoutStopWords(q)"
    assert page.evaluate(strip, "van de") == "van de"  # type: ignore[attr-defined]
    assert page.evaluate(strip, "Feedback VAN medestudenten") == "Feedback medestudenten"  # type: ignore[attr-defined]
    assert page.evaluate(strip, '"feedback van"') == '"feedback van"'  # type: ignore[attr-defined]


def test_expected_targets_exist(built_site: Build) -> None:
    """Every expected result is a page or section in the search index."""
    indexed = locations(built_site.site)
    for _query, expected in pairs():
        assert expected in indexed, expected


def test_copies_of_cards_are_indexed_once(built_site: Build) -> None:
    """A card also shown on principle and condition pages is found on its case page only."""
    card_entries = [location for location in locations(built_site.site) if "#interventie-" in location]
    assert card_entries, "no intervention sections in the search index"
    assert all(location.startswith("casussen/") for location in card_entries), card_entries
    assert len(card_entries) == len(set(card_entries))
    principle = next(
        page
        for page in pagefind_pages(built_site.site)
        if page["url"] == "/ontwerpprincipes/bouw-aan-onderling-vertrouwen/"
    )
    assert "Hele kaart" not in str(principle["content"]), "a compact copy of a card is indexed"


NOISE = ("Afdrukken", "Vinkjes wissen", "Uit het handboek", "Datum:", "Aantekeningen", "Op deze pagina", "¶")
"""Button labels, form field labels, printed colophons, jump lists and permalink signs: on the page, never a
reason to find it."""


def test_no_buttons_form_labels_or_colophons_in_search(built_site: Build) -> None:
    noisy = [
        (page["url"], word)
        for page in pagefind_pages(built_site.site)
        for word in NOISE
        if word in str(page["content"])
    ]
    assert not noisy, noisy[:10]


def test_overview_matrix_and_printable_copies_are_not_in_search(built_site: Build) -> None:
    urls = {str(page["url"]) for page in pagefind_pages(built_site.site)}
    assert not [url for url in urls if url.startswith(("/overzicht/", "/matrix/"))]
    assert not [url for url in urls if url.startswith(("/checklists/kaartenset", "/checklists/alle"))]
    assert "/checklists/start-van-de-werkplaats/" in urls  # printable pages of their own stay findable
    assert "/404.html" not in urls


def test_pages_ask_pagefind_and_load_no_whole_index(built_site: Build) -> None:
    """Online, Material's search box talks to the Pagefind worker; Material's own index keeps only settings."""
    home = built_site.page("")
    assert '"search": "assets/search-worker.js"' in home
    assert "workers/search." not in home
    index = json.loads((built_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["docs"] == []
    assert index["config"]["lang"] == ["nl"]  # Material highlights the words found on the page opened
    assert (built_site.site / "pagefind" / "pagefind.js").is_file()
    assert (built_site.site / "pagefind" / "wasm.nl.pagefind").is_file(), "geen Nederlandse stemming"
    assert not (built_site.site / "pagefind" / "pagefind-ui.js").exists()


def test_a_query_fetches_only_what_it_needs(page: object, site_url: str) -> None:
    """A query loads Pagefind's index chunks and the fragments of the pages it shows (at most ten)."""
    fetched: list[str] = []
    page.context.on("request", lambda request: fetched.append(request.url))  # type: ignore[attr-defined]
    assert search(page, site_url, "Belbin", want_section=True) == f"{CASE}#interventie-belbin-groepsrollen"
    fragments = [url for url in fetched if url.endswith(".pf_fragment")]
    assert 0 < len(fragments) <= 10, fragments
    assert not [url for url in fetched if url.startswith(site_url + "assets/javascripts/workers/")]


def test_enter_opens_the_first_result(page: object, site_url: str) -> None:
    """Material's keyboard use stays: Enter in the search box opens the first result."""
    search(page, site_url, "Belbin")
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    page.wait_for_url(f"{site_url}{CASE}**")  # type: ignore[attr-defined]
    # Material marks the words found on the page opened (search.highlight), from the result's ?h=.
    page.locator("mark[data-md-highlight]").first.wait_for(timeout=5000)  # type: ignore[attr-defined]


def test_results_show_titles_and_marked_excerpts(page: object, site_url: str) -> None:
    search(page, site_url, "groepsrollen")
    first = page.locator(".md-search-result__item").first  # type: ignore[attr-defined]
    assert "Belbin" in first.inner_text()
    assert first.locator("mark").count() > 0


def test_keywords_are_visible_text_on_cards_and_principles(built_site: Build) -> None:
    case = built_site.page(CASE)
    assert "Trefwoorden:" in case and "teamrollen" in case
    principle = built_site.page("ontwerpprincipes/bouw-aan-onderling-vertrouwen/")
    assert "groepsklimaat" in principle


def test_worker_weighs_folders_as_search_tuning_does() -> None:
    """docs/assets/search-worker.js keeps its own copy of the search boosts by folder: the same."""
    from netwerkleren.site.search_tuning import BOOST_BY_FOLDER

    worker = (Path(__file__).parent.parent / "docs" / "assets" / "search-worker.js").read_text(
        encoding="utf-8"
    )
    match = re.search(r"var FOLDER_WEIGHTS = (\{[^}]*\});", worker)
    assert match, "FOLDER_WEIGHTS not found in search-worker.js"
    assert json.loads(match[1]) == BOOST_BY_FOLDER
