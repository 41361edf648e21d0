"""The card deck and printed addresses, printed to A4 PDF by headless Chromium and read back.

The deck's text is measured where it lands in the PDF (pypdf's text matrix):
type sizes, and which quarter of which sheet each card's text is on. With a
``site_url`` set on a copy of the configuration (one extra build for this
module), every card carries a QR code that is rendered with pdftoppm and
decoded with zxing-cpp, and every printed checklist shows full addresses.
"""

from __future__ import annotations

import io
import math
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT, Build, copy_project, mkdocs_build, serve
from netwerkleren.load.build import build_handbook
from netwerkleren.model.handbook import Handbook
from netwerkleren.views import checklists as checklist_views
from netwerkleren.views import deck, routes
from netwerkleren.views.addresses import PrintAddress
from netwerkleren.views.cards import intervention_anchor
from netwerkleren.views.pages import practice_order
from netwerkleren.views.routes import UrlFor, page_url

pypdf = pytest.importorskip("pypdf")

SITE = "https://netwerkleren.example.org/handboek/"
A4_PT = (595.28, 841.89)
MIN_BODY_PT, MIN_TITLE_PT = 8.5, 12.0
MIRROR = [1, 0, 3, 2]
"""Where a card's back is on the sheet of backs, for a front at positions 0..3 (turned over the long edge)."""


@dataclass(frozen=True)
class Run:
    text: str
    size: float
    x: float
    y: float

    @property
    def quarter(self) -> int:
        """0 top left, 1 top right, 2 bottom left, 3 bottom right (PDF y grows upwards)."""
        return (2 if self.y < A4_PT[1] / 2 else 0) + (1 if self.x >= A4_PT[0] / 2 else 0)


def _times(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def runs_per_page(pdf: bytes) -> list[list[Run]]:
    """Every piece of text on every page, with its size in points and its place (text matrix x CTM)."""
    pages = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        runs: list[Run] = []
        page.extract_text(visitor_text=_collect(runs))
        pages.append(runs)
    return pages


def _collect(runs: list[Run]):  # type: ignore[no-untyped-def]
    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            m = _times(list(tm), list(cm))
            runs.append(Run(text.strip(), size * math.hypot(m[2], m[3]), m[4], m[5]))

    return visit


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def bare(text: str) -> str:
    """Text without any white space: an address broken over two lines reads as one."""
    return re.sub(r"\s+", "", text)


@dataclass
class Deck:
    pdf: bytes
    runs: list[list[Run]]
    cells: list[list[dict[str, str]]]
    """Per sheet, per position: the card's title and its last line as the browser lays them out."""
    overflow: list[str]


def print_deck(browser: object, url: str) -> Deck:
    context = browser.new_context(viewport={"width": 794, "height": 1123})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(url)
    page.emulate_media(media="print")
    cells = page.eval_on_selector_all(
        ".nl-deck__sheet",
        """sheets => sheets.map(s => [...s.querySelectorAll('.nl-deck__cell')].map(c => {
            const card = c.querySelector('.nl-deck-card');
            if (!card) return null;
            const lines = card.innerText.trim().split('\\n').filter(l => l.trim());
            return {title: card.querySelector('.nl-deck-card__title').innerText, last: lines[lines.length - 1],
                    overflow: c.scrollHeight - c.clientHeight};
        }))""",
    )
    pdf = page.pdf(format="A4", print_background=True)
    context.close()
    overflow = [c["title"] for sheet in cells for c in sheet if c and c["overflow"] > 1]
    return Deck(pdf, runs_per_page(pdf), cells, overflow)


@pytest.fixture(scope="module")
def handbook() -> Handbook:
    return build_handbook(ROOT / "data", root=ROOT)


@pytest.fixture(scope="module")
def decks(browser: object, site_url: str) -> dict[bool, Deck]:
    """Page 1 of the deck, single-sided and double-sided, as the handbook is built (no site_url)."""
    return {
        duplex: print_deck(browser, site_url + page_url(routes.deck_path(1, duplex)))
        for duplex in (False, True)
    }


@pytest.mark.parametrize("duplex", [False, True], ids=["enkelzijdig", "dubbelzijdig"])
def test_deck_sheets_and_type_sizes(decks: dict[bool, Deck], handbook: Handbook, duplex: bool) -> None:
    printed = decks[duplex]
    placed = handbook.interventions[: deck.DECK_CARDS_PER_PAGE]
    cards = len(placed) if duplex else sum(len(_cards(handbook, p)) for p in placed)
    assert len(printed.runs) == math.ceil(cards / 4) * (2 if duplex else 1)
    assert not printed.overflow, f"kaarten passen niet op hun kwart blad: {printed.overflow}"

    runs = [run for page in printed.runs for run in page]
    total = sum(len(run.text) for run in runs)
    small = sum(len(run.text) for run in runs if run.size < MIN_BODY_PT)
    assert small == 0, f"{small} van {total} tekens kleiner dan {MIN_BODY_PT} pt"
    for sheet, page in zip(printed.cells, printed.runs, strict=True):
        for cell in filter(None, sheet):
            starts = [r for r in page if len(r.text) >= 6 and flat(cell["title"]).startswith(r.text)]
            assert starts, f"titel '{cell['title']}' niet gevonden"
            first_line = max(starts, key=lambda r: len(r.text))
            assert first_line.size >= MIN_TITLE_PT - 0.01, (
                f"titel '{cell['title']}': {first_line.size:.1f} pt"
            )


@pytest.mark.parametrize("duplex", [False, True], ids=["enkelzijdig", "dubbelzijdig"])
def test_every_card_stays_in_its_own_quarter(decks: dict[bool, Deck], duplex: bool) -> None:
    printed = decks[duplex]
    for number, (sheet, page) in enumerate(zip(printed.cells, printed.runs, strict=True), 1):
        quarters = [bare(" ".join(r.text for r in page if r.quarter == q)) for q in range(4)]
        for position, cell in enumerate(sheet):
            if cell is None:
                assert not quarters[position], f"blad {number}: tekst op een lege plek"
                continue
            where = f"blad {number}, plek {position + 1}: '{cell['title']}'"
            assert bare(cell["title"]) in quarters[position], f"{where}: titel niet in dit kwart"
            assert bare(cell["last"]) in quarters[position], f"{where}: laatste regel niet in dit kwart"


def test_double_sided_backs_are_mirrored_behind_their_fronts(decks: dict[bool, Deck]) -> None:
    sheets = decks[True].cells
    for fronts, backs in zip(sheets[::2], sheets[1::2], strict=True):
        for position, front in enumerate(fronts):
            back = backs[MIRROR[position]]
            assert (front is None) == (back is None)
            if front:
                assert back is not None and back["title"] == front["title"]


def test_single_sided_cards_hold_front_and_back(decks: dict[bool, Deck], handbook: Handbook) -> None:
    text = bare(" ".join(r.text for page in decks[False].runs for r in page))
    for placed in handbook.interventions[: deck.DECK_CARDS_PER_PAGE]:
        case = placed.case
        address = "/" + page_url(routes.case_path(placed.case_id)) + "#" + intervention_anchor(placed.id)
        assert bare(address) in text, placed.key
        assert bare(f"{case.instelling}, {case.studiejaar}") in text
    assert bare("(een pad op de website van het handboek)") in text


def test_the_single_sided_deck_keeps_every_step(decks: dict[bool, Deck], handbook: Handbook) -> None:
    """Every step of the data is printed whole on the single-sided deck (on the card, or on a next card)."""
    text = bare(" ".join(r.text for page in decks[False].runs for r in page))
    placed = handbook.interventions[: deck.DECK_CARDS_PER_PAGE]
    steps = [(p.key, step) for p in placed for step in p.intervention.stappen]
    assert steps, "de gegevens hebben geen stappen"
    missing = [f"{key}: {step[:50]}" for key, step in steps if bare(step) not in text]
    assert not missing, "stappen ontbreken op de enkelzijdige kaartenset:\n" + "\n".join(missing)
    # Steps never end in a generic "lees verder": a card whose steps go on says where.
    continued = [d for p in placed for d in _cards(handbook, p) if d.continues]
    if continued:
        assert "opdevolgendekaart" in text.lower()


def _cards(handbook: Handbook, placed: object) -> list[deck.DeckCard]:
    return deck.deck_cards(
        handbook,
        placed,
        UrlFor(routes.CARD_DECK),
        PrintAddress("/" + page_url(routes.CARD_DECK)),
        duplex=False,
    )  # type: ignore[arg-type]


def test_no_qr_code_without_site_url(built_site: Build) -> None:
    html = built_site.page(page_url(routes.CARD_DECK))
    assert html.count('class="nl-deck-card ') >= 4
    assert 'class="nl-qr' not in html


def test_a_long_intervention_is_shortened_with_lees_verder(
    decks: dict[bool, Deck], handbook: Handbook
) -> None:
    longest = max(handbook.interventions, key=lambda p: len(p.intervention.wat.split()))
    assert len(longest.intervention.wat.split()) > deck.FRONT_WORDS
    text = flat(" ".join(r.text for page in decks[True].runs for r in page))
    assert "…" in text and "Lees verder online:" in text


# ---------- Content pages printed from the browser ----------


def test_a_principle_page_prints_its_content_from_page_1(
    browser: object, site_url: str, handbook: Handbook
) -> None:
    principle = max(handbook.principles, key=lambda p: len(handbook.by_principle.get(p.id, [])))
    # The first card as the page orders it (source links first, then the start of a werkplaats).
    first = practice_order(
        handbook.by_principle[principle.id], lambda item: handbook.principle_link(item, principle.id)
    )[0]
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(site_url + page_url(routes.principle_path(principle.id)))
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4")
    context.close()
    page_1 = flat(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text())
    assert flat(principle.tekst) in page_1
    assert flat(first.intervention.titel) in page_1, "de eerste interventie begint niet op blad 1"
    # The first card goes on: page 1 is more than a title.
    assert len(page_1) > 1200, f"blad 1 heeft maar {len(page_1)} tekens"
    # Without a site_url the printout names the page's path on the handbook's website.
    last = bare(pypdf.PdfReader(io.BytesIO(pdf)).pages[-1].extract_text())
    assert bare("Op de website van het handboek: /" + page_url(routes.principle_path(principle.id))) in last


def test_content_pages_print_their_full_address(browser: object, hosted: str, handbook: Handbook) -> None:
    """The page's own address, and on a principle page every compact card's link to its full card."""
    principle = next(p for p in handbook.principles if handbook.by_principle.get(p.id))
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    for path in (routes.principle_path(principle.id), routes.case_path(next(iter(handbook.cases)))):
        page.goto(hosted + page_url(path))
        page.emulate_media(media="print")
        pages = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4"))).pages
        assert bare("Online: " + SITE + page_url(path)) in bare(pages[-1].extract_text()), path
        if path == routes.principle_path(principle.id):
            printed = bare("".join(p.extract_text() for p in pages))
            for placed in handbook.by_principle[principle.id]:
                assert bare(card_address(placed)) in printed, placed.id
    context.close()


# ---------- With a site_url: full addresses and QR codes ----------


@pytest.fixture(scope="module")
def hosted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The handbook built once with a site_url (a copy of the configuration), served on localhost."""
    project = copy_project(tmp_path_factory.mktemp("hosted"))
    config = project / "mkdocs.yml"
    config.write_text(f"site_url: {SITE}\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    build = mkdocs_build(project)
    assert build.returncode == 0, build.output
    url, server = serve(build.site)
    yield url
    server.shutdown()


def decode_qr_codes(pdf: bytes, tmp_path: Path) -> list[list[tuple[str, int]]]:
    """Per page: every QR code's text and the quarter it is in, from the page rendered at 150 dpi."""
    zxingcpp = pytest.importorskip("zxingcpp")
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm ontbreekt (Debian: poppler-utils)")
    source = tmp_path / "deck.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", str(source), str(tmp_path / "blad")], check=True)
    pages = []
    for image in sorted(tmp_path.glob("blad-*.pgm")):
        raw = image.read_bytes()
        magic, width, height, depth, pixels = raw.split(maxsplit=4)
        assert magic == b"P5" and depth == b"255"
        w, h = int(width), int(height)
        view = memoryview(pixels[: w * h]).cast("B", (h, w))
        found = []
        for code in zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.QRCode):
            x, y = code.position.top_left.x, code.position.top_left.y
            found.append((code.text, (2 if y >= h / 2 else 0) + (1 if x >= w / 2 else 0)))
        pages.append(found)
    return pages


def card_address(placed: object) -> str:
    return SITE + page_url(routes.case_path(placed.case_id)) + "#" + intervention_anchor(placed.id)  # type: ignore[attr-defined]


@pytest.mark.parametrize("duplex", [False, True], ids=["enkelzijdig", "dubbelzijdig"])
def test_every_card_has_a_qr_code_to_its_card_online(
    browser: object, hosted: str, handbook: Handbook, tmp_path: Path, duplex: bool
) -> None:
    printed = print_deck(browser, hosted + page_url(routes.deck_path(1, duplex)))
    assert not printed.overflow, f"kaarten passen niet op hun kwart blad: {printed.overflow}"
    codes = decode_qr_codes(printed.pdf, tmp_path)
    placed = handbook.interventions[: deck.DECK_CARDS_PER_PAGE]
    # Single-sided, an intervention whose steps go on has a next card, with the same address and code.
    cards = placed if duplex else [p for p in placed for _ in _cards(handbook, p)]
    addresses = [card_address(p) for p in cards]
    expected: list[list[tuple[str, int]]] = []
    for start in range(0, len(cards), 4):
        group = addresses[start : start + 4]
        if duplex:
            expected.append([])
            expected.append(sorted((a, MIRROR[n]) for n, a in enumerate(group)))
        else:
            expected.append(sorted((a, n) for n, a in enumerate(group)))
    assert [sorted(page) for page in codes] == expected
    text = bare(" ".join(r.text for page in printed.runs for r in page))
    for address in addresses:
        assert bare(address) in text, f"adres {address} staat niet op de kaart"
    assert "eenpadopdewebsite" not in text


def test_every_printed_checklist_shows_full_addresses(
    browser: object, hosted: str, handbook: Handbook
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    for path in [*checklist_views.PRINT_SETS.values(), routes.checklist_path("reflectie-student")]:
        page.goto(hosted + page_url(path))
        page.emulate_media(media="print")
        pages = [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(page.pdf(format="A4"))).pages]
        for number, text in enumerate(pages, 1):
            assert bare(SITE) in bare(text), f"{path}, blad {number}: geen volledig webadres"
        whole = bare(" ".join(pages))
        assert bare(SITE + page_url(path)) in whole, f"{path}: het adres van de pagina zelf ontbreekt"
        urls = UrlFor(path)
        views = (
            checklist_views.print_set(handbook, set_id, urls)
            if (set_id := next((k for k, v in checklist_views.PRINT_SETS.items() if v == path), None))
            else [
                checklist_views.checklist_page(handbook, "reflectie-student", urls, _address(path))[
                    "checklist"
                ]
            ]
        )
        for view in views:
            for item in view.items:
                full = _address(path)(item.source_url)
                assert full.startswith(SITE) and bare(full) in whole, f"{path}: {full} ontbreekt"
        assert "redactie)" not in " ".join(pages), f"{path}: vakjargon op papier"
        assert "paden op de website" not in " ".join(pages)
    context.close()


def _address(path: str) -> PrintAddress:
    return PrintAddress(SITE + page_url(path))
