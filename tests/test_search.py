"""Search finds what a teacher educator types, in Dutch, in the real site search.

Each query is typed into Material's search box in headless Chromium, against
the built site's own search index. The top result is the best-matching entry
of the first result group (the page, or the section of it, that search itself
marks as a hit).
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import Build

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
    """Every expected result is a real page or section of the built site."""
    index = json.loads((built_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    for _query, expected in pairs():
        assert expected in locations, expected


def test_copies_of_cards_are_indexed_once(built_site: Build) -> None:
    """A card also shown on principle and condition pages is found on its case page only."""
    index = json.loads((built_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    card_entries = [doc["location"] for doc in index["docs"] if "#interventie-" in doc["location"]]
    assert card_entries, "no intervention sections in the search index"
    assert all(location.startswith("casussen/") for location in card_entries), card_entries
    assert len(card_entries) == len(set(card_entries))


NOISE = ("Afdrukken", "Vinkjes wissen", "Uit het handboek", "Datum:", "Aantekeningen", "Op deze pagina")
"""Button labels, form field labels, printed colophons and jump lists: on the page, never a reason to find it."""


def test_no_buttons_form_labels_or_colophons_in_search(built_site: Build) -> None:
    index = json.loads((built_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    noisy = [(doc["location"], word) for doc in index["docs"] for word in NOISE if word in doc["text"]]
    assert not noisy, noisy[:10]


def test_overview_and_matrix_are_not_in_search(built_site: Build) -> None:
    index = json.loads((built_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d for d in index["docs"] if d["location"].startswith(("overzicht/", "matrix/"))]


def test_keywords_are_visible_text_on_cards_and_principles(built_site: Build) -> None:
    case = built_site.page(CASE)
    assert "Trefwoorden:" in case and "teamrollen" in case
    principle = built_site.page("ontwerpprincipes/bouw-aan-onderling-vertrouwen/")
    assert "groepsklimaat" in principle
