"""Pages read like a practitioner's guide: navigation everywhere, practice first, compact honest provenance.

Measured in Chromium on the session's built site: what a reader sees at 1280 px (a laptop) and 390 px (a phone).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT, Build
from netwerkleren.load.build import build_handbook
from netwerkleren.model.handbook import Handbook
from netwerkleren.views import routes

PAGE_KINDS = {
    "home": "",
    "characteristic": "karakteristieken/gezamenlijke-visie-en-doelen/",
    "principle": "ontwerpprincipes/bouw-aan-onderling-vertrouwen/",
    "case": "casussen/iselinge-2021-2022/",
    "case index": "casussen/",
    "conditions": "motivatievoorwaarden/",
    "overview": "overzicht/",
    "matrix": "matrix/",
    "checklists index": "checklists/",
    "checklist": "checklists/start-van-de-werkplaats/",
    "sources": "bronnen/",
    "about": "over/",
    "contribute": "bijdragen/",
    "tags": "trefwoorden/",
}

CONDITIONS_HEIGHT_BEFORE = 13_289
"""The conditions page at 1280 px in release 0.1.0 (full cards, no jump list)."""

FIRST_CARD_WITHIN = 1_200
"""On a phone, the first intervention of a principle starts within this many pixels from the top."""


@pytest.fixture(scope="module")
def handbook() -> Handbook:
    return build_handbook(ROOT / "data")


@pytest.fixture(scope="module")
def laptop(browser: object) -> object:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def phone(browser: object) -> object:
    context = browser.new_context(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    yield context.new_page()
    context.close()


VISIBLE_LINKS_TO = """(ends) => [...document.querySelectorAll('a[href]')].filter(a => {
  const box = a.getBoundingClientRect();
  const style = getComputedStyle(a);
  return box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight
    && style.visibility === 'visible' && ends.some(end => new URL(a.href).pathname.endsWith(end));
}).map(a => a.textContent.trim())"""


@pytest.mark.parametrize("path", PAGE_KINDS.values(), ids=PAGE_KINDS.keys())
def test_every_page_kind_shows_the_way_to_checklists_and_principles(
    laptop: object, site_url: str, path: str
) -> None:
    """At 1280 px, without scrolling or opening a menu, a reader sees a link to the checklists and the principles."""
    laptop.goto(site_url + path)  # type: ignore[attr-defined]
    to_checklists = laptop.evaluate(VISIBLE_LINKS_TO, ["/checklists/"])  # type: ignore[attr-defined]
    to_principles = laptop.evaluate(VISIBLE_LINKS_TO, ["/karakteristieken/"])  # type: ignore[attr-defined]
    assert to_checklists, f"{path or 'home'}: no visible link to the checklists"
    assert to_principles, f"{path or 'home'}: no visible link to the principles"


@pytest.mark.parametrize("path", PAGE_KINDS.values(), ids=PAGE_KINDS.keys())
def test_no_page_kind_scrolls_sideways_on_a_phone(phone: object, site_url: str, path: str) -> None:
    phone.goto(site_url + path)  # type: ignore[attr-defined]
    overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")  # type: ignore[attr-defined]
    assert overflow <= 0, f"{path or 'home'} scrolls {overflow}px sideways at 390px"


def test_home_leads_each_role_to_what_it_needs_first(built_site: Build) -> None:
    home = built_site.page("")
    cards = home.split('id="waar-wil-je-beginnen"', 1)[1].split("</div>", 1)[0]
    roles = re.split(r"<strong>", cards)[1:]
    assert len(roles) == 3
    educator, coordinator, contributor = roles
    assert 'href="karakteristieken/"' in educator and 'href="overzicht/"' in educator
    assert 'href="checklists/"' in coordinator and 'href="checklists/kaartenset/"' in coordinator
    assert 'href="bijdragen/"' in contributor
    assert "CONTRIBUTING.md" in built_site.page("bijdragen/")


def test_principle_pages_put_practice_within_reach_on_a_phone(
    phone: object, site_url: str, handbook: Handbook
) -> None:
    measured = 0
    for principle in handbook.principles:
        if not handbook.by_principle.get(principle.id):
            continue
        phone.goto(site_url + routes.page_url(routes.principle_path(principle.id)))  # type: ignore[attr-defined]
        top = phone.evaluate(  # type: ignore[attr-defined]
            # what to do first: "Zo begin je" (links to the interventions it comes from) or else the first card
            "Math.round(document.querySelector('.nl-guidance, .nl-card__title').getBoundingClientRect().top + scrollY)"
        )
        assert top <= FIRST_CARD_WITHIN, f"{principle.id}: first intervention at {top}px"
        measured += 1
    assert measured >= 5


def test_conditions_page_is_half_as_tall_and_links_every_intervention(
    laptop: object, site_url: str, handbook: Handbook
) -> None:
    laptop.goto(site_url + "motivatievoorwaarden/")  # type: ignore[attr-defined]
    height = laptop.evaluate("document.documentElement.scrollHeight")  # type: ignore[attr-defined]
    assert height <= CONDITIONS_HEIGHT_BEFORE // 2, f"the conditions page is {height}px tall at 1280px"
    hrefs = set(laptop.evaluate("[...document.querySelectorAll('.md-content a[href]')].map(a => a.href)"))  # type: ignore[attr-defined]
    for condition_id, placed in handbook.by_condition.items():
        for item in placed:
            wanted = f"/casussen/{item.case_id}/#interventie-{item.id}"
            assert any(href.endswith(wanted) for href in hrefs), f"{condition_id}: {item.key} not linked"
    # The jump list reaches every condition.
    jumps = laptop.evaluate(
        "[...document.querySelectorAll('nav.nl-jump a')].map(a => a.getAttribute('href'))"
    )  # type: ignore[attr-defined]
    assert jumps == [f"#{c.id}" for c in handbook.conditions]


CONTRADICTIONS = r"""() => {
  const article = document.querySelector('article.md-content__inner');
  if (!article) return [];
  const number = '(?:[1-9][0-9]*|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)';
  const counted = nouns => new RegExp(`(?:^|[^0-9A-Za-zÀ-ÿ])(${number})\\s+(?:[a-zà-ÿ]+\\s+)?(${nouns})(?![a-zà-ÿ])`, 'i');
  const anyCount = counted('interventies?|casus|casussen');
  const interventionCount = counted('interventies?');
  // The part of the page a sentence is about: its card, else its section (from one h2 to the next).
  const unitOf = node => {
    const card = node.closest('li.nl-card');
    if (card) return card.innerText;
    let el = node;
    while (el.parentElement && el.parentElement !== article && !el.parentElement.querySelector(':scope > h2')) {
      el = el.parentElement;
    }
    const parts = [el.innerText];
    for (let s = el.previousElementSibling; s && s.tagName !== 'H2'; s = s.previousElementSibling) parts.push(s.innerText);
    for (let s = el.nextElementSibling; s && s.tagName !== 'H2'; s = s.nextElementSibling) parts.push(s.innerText);
    return parts.join('\n');
  };
  const problems = [];
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/nog geen (casus|interventie)/i.test(node.textContent)) continue;
    const el = node.parentElement.closest('p, li, td, div') || node.parentElement;
    if (seen.has(el)) continue;
    const text = el.innerText;
    // "No case yet" is about the page's subject: any intervention or case counted on the page contradicts it.
    if (/nog geen casus/i.test(text)) {
      seen.add(el);
      const m = anyCount.exec(article.innerText);
      if (m) problems.push(`"${text.trim()}" next to "${m[0].trim()}"`);
    }
    // "No intervention yet" is about its card or section.
    if (/nog geen interventie/i.test(text)) {
      seen.add(el);
      const m = interventionCount.exec(unitOf(el));
      if (m) problems.push(`"${text.trim()}" next to "${m[0].trim()}"`);
    }
  }
  return problems;
}"""


def test_no_page_says_none_yet_next_to_a_count(laptop: object, site_url: str, built_site: Build) -> None:
    """'Nog geen casus/interventie' never stands beside a non-zero count of the same thing."""
    pages = sorted(
        p.parent.relative_to(built_site.site).as_posix()
        for p in built_site.site.rglob("index.html")
        if "redirect" not in p.read_text(encoding="utf-8")[:400]
    )
    assert len(pages) > 40
    problems = {}
    for path in pages:
        laptop.goto(site_url + ("" if path == "." else path + "/"))  # type: ignore[attr-defined]
        found = laptop.evaluate(CONTRADICTIONS)  # type: ignore[attr-defined]
        if found:
            problems[path] = found
    assert not problems, problems


def test_a_characteristic_nobody_chose_says_who_linked_its_interventions(
    built_site: Build, handbook: Handbook
) -> None:
    html = built_site.page("karakteristieken/gezamenlijke-visie-en-doelen/")
    assert not handbook.by_characteristic.get("gezamenlijke-visie-en-doelen")
    assert "Geen casus koos deze karakteristiek" in html
    assert "het handboek legt die koppelingen, niet de bron" in html
    for principle in handbook.characteristic_by_id["gezamenlijke-visie-en-doelen"].ontwerpprincipes:
        n = len(handbook.by_principle.get(principle.id, []))
        assert f"{n} interventie" in html
    chosen = built_site.page("karakteristieken/diversiteit-en-gelijkwaardigheid/")
    assert "1 casus plaatste 7 interventies onder deze karakteristiek" in chosen


def test_principle_page_leads_with_the_principle_and_practice(built_site: Build, handbook: Handbook) -> None:
    for principle in handbook.principles:
        html = built_site.page(routes.page_url(routes.principle_path(principle.id)))
        body = html.split('class="nl-page nl-principle"', 1)[1]
        assert body.index(principle.tekst) < body.index('id="in-de-praktijk"')
        placed = handbook.by_principle.get(principle.id, [])
        if not placed:
            assert "nog geen interventie" in body
            continue
        cases = {p.case_id for p in placed}
        glance = body.split('class="nl-glance"', 1)[1].split("</ul>", 1)[0]
        assert f"{len(placed)} interventie" in glance and f"uit {len(cases)} casus" in glance
        links = [handbook.principle_link(p, principle.id) for p in placed]
        by_source = sum(link is not None and link.herkomst == "bron" for link in links)
        assert (
            f"{by_source} door de bron zelf gekoppeld, {len(placed) - by_source} door de redactie" in glance
        )
        # Compact cards: the summary, never the whole text, which lives once, on the case page.
        keys = re.findall(r'data-key="([^"]+)"', body)
        assert sorted(keys) == sorted(p.key for p in placed)
        for item in placed:
            card = body.split(f'data-key="{item.key}"', 1)[1].split("</article>", 1)[0]
            paragraphs = [" ".join(b.split()) for b in item.intervention.wat.strip().split("\n\n")]
            assert all(p not in card for p in paragraphs[1:]), f"{item.key}: full text on {principle.id}"
            assert f"#interventie-{item.id}" in card
        # Links the source makes come first.
        origins = [
            handbook.principle_link(handbook.intervention_by_key[k], principle.id).herkomst for k in keys
        ]  # type: ignore[union-attr]
        assert origins == sorted(origins), f"{principle.id}: source links not first"


def test_editorial_explanations_open_on_demand_by_keyboard(laptop: object, site_url: str) -> None:
    laptop.goto(site_url + "casussen/iselinge-2021-2022/")  # type: ignore[attr-defined]
    markers = laptop.locator(".nl-card__links details.nl-prov")  # type: ignore[attr-defined]
    assert markers.count() > 10
    first = markers.first
    assert not first.locator(".nl-prov__text").is_visible()
    for _ in range(200):
        laptop.keyboard.press("Tab")  # type: ignore[attr-defined]
        if laptop.evaluate(  # type: ignore[attr-defined]
            "document.activeElement.matches('details.nl-prov--star > summary')"
        ):
            break
    else:
        pytest.fail("Tab never reached an editorial marker")
    # Seen: "*" (the card's one line says what * means); heard: what opens.
    name = laptop.evaluate("document.activeElement.textContent")  # type: ignore[attr-defined]
    assert "*" in name and "toelichting" in name
    laptop.keyboard.press("Enter")  # type: ignore[attr-defined]
    opened = laptop.evaluate("document.activeElement.parentElement.open")  # type: ignore[attr-defined]
    assert opened
    note = laptop.evaluate("document.activeElement.parentElement.querySelector('.nl-prov__text').innerText")  # type: ignore[attr-defined]
    assert len(note) > 30
    card = laptop.evaluate(
        "document.activeElement.closest('.nl-card').querySelector('.nl-card__who').innerText"
    )  # type: ignore[attr-defined]
    assert "verbanden met *" in card and "redactie" in card


def test_no_data_text_in_a_title_attribute(built_site: Build, handbook: Handbook) -> None:
    """Material's tooltips insert a title as HTML: contributor text never goes there."""
    notes = {
        link.toelichting
        for placed in handbook.interventions
        for link in [
            placed.intervention.karakteristiek,
            *placed.intervention.principes,
            *placed.intervention.voorwaarden,
        ]
        if link.toelichting
    }
    for path in built_site.site.rglob("*.html"):
        titles = re.findall(r'\stitle="([^"]*)"', path.read_text(encoding="utf-8"))
        assert not [t for t in titles if any(note[:40] in t for note in notes)], path


def test_full_cards_live_once_on_the_case_page(built_site: Build, handbook: Handbook) -> None:
    """Outside its case page (and the printable deck) no page holds an intervention's whole text."""
    pages = [
        Path(routes.page_url(routes.CONDITIONS)),
        Path("karakteristieken/diversiteit-en-gelijkwaardigheid/"),
    ]
    texts = [built_site.page(str(p) + "/") for p in pages]
    for placed in handbook.interventions:
        paragraphs = [" ".join(b.split()) for b in placed.intervention.wat.strip().split("\n\n")]
        for text in texts:
            assert all(p not in text for p in paragraphs[1:])


# ---------- Quiet provenance ----------


class _CardText(HTMLParser):
    """The article's visible text, split into the text inside each card and the text around the cards."""

    VOID = frozenset(
        {"br", "img", "input", "meta", "link", "hr", "source", "wbr", "col", "area", "base", "embed"}
    )

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.card_depth: int | None = None
        self.cards: list[list[str]] = []
        self.outside: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        self.stack.append(tag)
        self.skip += tag in ("script", "style")
        if self.card_depth is None and ("nl-card" in classes or "nl-deck-card" in classes):
            self.card_depth = len(self.stack)
            self.cards.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        while self.stack:
            popped = self.stack.pop()
            if self.card_depth is not None and len(self.stack) < self.card_depth:
                self.card_depth = None
            self.skip -= popped in ("script", "style")
            if popped == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.skip:
            (self.cards[-1] if self.card_depth is not None else self.outside).append(data)


def _article(html: str) -> str:
    match = re.search(r'<article class="md-content__inner[^>]*>(.*)</article>', html, re.S)
    return match.group(1) if match else html


CARD_PAGES = [
    "casussen/iselinge-2021-2022/",
    "motivatievoorwaarden/",
    "checklists/kaartenset/",
    "checklists/kaartenset-dubbelzijdig/",
    "matrix/",
    "overzicht/",
]


def test_redactie_is_said_once_per_card_and_once_around_the_cards(
    built_site: Build, handbook: Handbook
) -> None:
    paths = CARD_PAGES + [routes.page_url(routes.principle_path(p.id)) for p in handbook.principles]
    paths += [routes.page_url(routes.characteristic_path(c.id)) for c in handbook.characteristics]
    loud = []
    for path in paths:
        parser = _CardText()
        parser.feed(_article(built_site.page(path)))
        per_card = [len(re.findall("redactie", " ".join(card), re.I)) for card in parser.cards]
        around = len(re.findall("redactie", " ".join(parser.outside), re.I))
        if max(per_card, default=0) > 1 or around > 1:
            loud.append(f"{path}: {max(per_card, default=0)} in een kaart, {around} eromheen")
    assert not loud, "\n".join(loud)


def test_sic_at_most_once_on_a_page(built_site: Build, handbook: Handbook) -> None:
    pages = sorted(built_site.site.rglob("*.html"))
    loud = [
        str(page.relative_to(built_site.site))
        for page in pages
        if re.sub(r"<[^>]+>", "", _article(page.read_text(encoding="utf-8"))).count("[sic]") > 1
    ]
    # The case page quotes the source's own typos in its words: the data, not the interface, marks those.
    assert not [p for p in loud if not p.startswith("casussen/")], loud


def test_tabel_1_links_to_the_page_that_shows_it(built_site: Build) -> None:
    table = built_site.page("karakteristieken/")
    assert 'id="tabel-1"' in table and "Tabel 1: karakteristieken en ontwerpprincipes" in table
    for path in (
        "casussen/iselinge-2021-2022/",
        "karakteristieken/ontwerpgerichte-aanpak/",
        "checklists/kaartenset/",
    ):
        text = _article(built_site.page(path)).split('<h2 id="bron')[0]  # a source's own description aside
        mentions = text.count("Tabel 1")
        links = len(re.findall(r'<a href="[^"]*#tabel-1">Tabel 1</a>', text))
        assert mentions and links == mentions, (path, mentions, links)


def test_unconfirmed_details_stay_on_the_sources_page(built_site: Build) -> None:
    home = _article(built_site.page(""))
    assert "niet bevestigd" not in home.lower()
    for path in (
        "checklists/alle/",
        "checklists/motivatievoorwaarden/",
        "checklists/ontwerpprincipes/bepaal-gezamenlijke-doelen/",
    ):
        footer = re.findall(r'<footer class="nl-print-footer".*?</footer>', built_site.page(path), re.S)
        assert footer and not any("niet bevestigd" in f for f in footer), path
    assert "Niet bevestigd" in built_site.page("bronnen/")
