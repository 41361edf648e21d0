"""Printable checklists and the card deck, printed to A4 PDF by headless Chromium.

Every checklist page, the all-checklists page and the card deck are printed
(print media, A4) and their text read back with pypdf: every item is there,
the site's navigation, search and buttons are not, page counts are as
expected and cards are whole on their sheet. Ticks are remembered in the
browser and print as ticked; references in data/checklists.yaml are checked
when the data is loaded.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, mkdocs_build
from netwerkleren.load.build import build_handbook
from netwerkleren.load.problems import DataError
from netwerkleren.model.handbook import Handbook
from netwerkleren.views import checklists as views
from netwerkleren.views import routes
from netwerkleren.views.routes import UrlFor, page_url

pypdf = pytest.importorskip("pypdf")

NAV_LABELS_ALWAYS_HIDDEN = ("Zoeken", "Over dit handboek", "Afdrukken", "Vinkjes wissen")


def flat(text: str) -> str:
    """Text with all runs of whitespace as one space, for comparing PDF text with data text."""
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def handbook() -> Handbook:
    return build_handbook(ROOT / "data", root=ROOT)


@pytest.fixture(scope="module")
def checklist_views(handbook: Handbook) -> list[views.ChecklistView]:
    return views.all_checklists(handbook, UrlFor(routes.ALL_CHECKLISTS))


def single_path(view: views.ChecklistView) -> str:
    """The source path of a checklist's own page."""
    if view.storage_id.startswith("ontwerpprincipe/"):
        return routes.principle_checklist_path(view.storage_id.split("/", 1)[1])
    return routes.checklist_path(view.id)


class Printout:
    """One page printed to PDF, with the page's screen text for comparison."""

    def __init__(self, pdf: bytes, nav_labels: list[str], content_text: str) -> None:
        self.pdf = pdf
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        self.pages = [flat(page.extract_text() or "") for page in reader.pages]
        self.text = " ".join(self.pages)
        self.nav_labels = nav_labels
        self.content_text = content_text

    def page_of(self, text: str) -> list[int]:
        return [n for n, page in enumerate(self.pages) if flat(text) in page]


def print_page(page: object, url: str) -> Printout:
    page.goto(url)  # type: ignore[attr-defined]
    nav, content = page.evaluate(  # type: ignore[attr-defined]
        """() => [
            [...document.querySelectorAll('.md-sidebar--primary .md-nav__link')].map(l => l.textContent.trim()).filter(Boolean),
            document.querySelector('.md-content').innerText,
        ]"""
    )
    page.emulate_media(media="print")  # type: ignore[attr-defined]
    pdf = page.pdf(format="A4", print_background=True)  # type: ignore[attr-defined]
    page.emulate_media(media="screen")  # type: ignore[attr-defined]
    return Printout(pdf, nav, content)


@pytest.fixture(scope="module")
def printouts(
    browser: object, site_url: str, checklist_views: list[views.ChecklistView]
) -> dict[str, Printout]:
    """Every checklist page and the all-checklists pages, printed once."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    paths = [single_path(v) for v in checklist_views] + list(views.PRINT_SETS.values())
    result = {path: print_page(page, site_url + page_url(path)) for path in paths}
    context.close()
    return result


def assert_no_site_chrome(printout: Printout) -> None:
    for label in NAV_LABELS_ALWAYS_HIDDEN:
        assert label not in printout.text, f"'{label}' staat op de afdruk"
    # Sidebar labels that are not also words of the page's own content must not be printed.
    content = flat(printout.content_text)
    hidden = [label for label in printout.nav_labels if label not in content]
    assert hidden, "de zijbalk heeft geen eigen labels om te controleren"
    printed = [label for label in hidden if label in printout.text]
    assert not printed, f"navigatie op de afdruk: {printed}"


def test_the_print_all_pages_hold_every_checklist_once(
    handbook: Handbook, checklist_views: list[views.ChecklistView]
) -> None:
    printed = [
        v.storage_id
        for set_id, path in views.PRINT_SETS.items()
        for v in views.print_set(handbook, set_id, UrlFor(path))
    ]
    assert sorted(printed) == sorted(v.storage_id for v in checklist_views)


def test_every_checklist_prints_every_item_without_navigation(
    printouts: dict[str, Printout], checklist_views: list[views.ChecklistView]
) -> None:
    assert len(checklist_views) >= 20  # 5 written or derived checklists + 15 principles
    for view in checklist_views:
        printout = printouts[single_path(view)]
        assert view.items, view.id
        missing = [item.text for item in view.items if flat(item.text) not in printout.text]
        assert not missing, f"{view.id}: items ontbreken in de PDF: {missing}"
        for field in view.fields:
            assert f"{field.label}:" in printout.text, f"{view.id}: invulregel '{field.label}' ontbreekt"
        credit = "; ".join(view.sources) if view.sources else "Vrieling-Teunter et al., 2021"
        assert f"Bron: {credit}" in printout.text
        assert "Uit het handboek Netwerkleren" in printout.text
        assert_no_site_chrome(printout)
        # Each checklist starts on its first sheet and fits the bound for its length.
        assert (
            printout.page_of(
                view.title if not view.storage_id.startswith("ontwerpprincipe/") else view.items[0].text
            )[0]
            == 0
        )
        upper = 1 + (len(view.items) * (1 + len(view.moments) * view.write_lines // 2)) // 8
        assert 1 <= len(printout.pages) <= upper, f"{view.id}: {len(printout.pages)} bladen (max {upper})"


def test_the_reflection_form_says_it_is_not_the_original_scan(printouts: dict[str, Printout]) -> None:
    text = printouts[routes.checklist_path("reflectie-student")].text
    assert "afgeleid van de ontwerpprincipes" in text
    assert "niet de originele scan netwerkleren van Iselinge Hogeschool" in text


def test_principle_checklists_stay_one_sheet(printouts: dict[str, Printout], handbook: Handbook) -> None:
    for principle in handbook.principles:
        printout = printouts[routes.principle_checklist_path(principle.id)]
        assert len(printout.pages) == 1, principle.id
        assert flat(principle.tekst) in printout.text


@pytest.mark.parametrize("set_id", list(views.PRINT_SETS))
def test_all_checklists_print_each_on_a_new_sheet(
    printouts: dict[str, Printout], handbook: Handbook, set_id: str
) -> None:
    checklist_views = views.print_set(handbook, set_id, UrlFor(views.PRINT_SETS[set_id]))
    assert len(checklist_views) >= 5
    together = printouts[views.PRINT_SETS[set_id]]
    assert_no_site_chrome(together)
    for view in checklist_views:
        missing = [item.text for item in view.items if flat(item.text) not in together.text]
        assert not missing, f"{view.id}: items ontbreken op de alles-pagina: {missing}"
    # Per principle, only a principle that interventions serve gets a sheet of its own; the others share one.
    own_sheet = [v for v in checklist_views if not (set_id == "ontwerpprincipes" and v.note)]
    shared = [v for v in checklist_views if v not in own_sheet]
    if set_id == "ontwerpprincipes":
        assert shared and len(own_sheet) == sum(
            1 for p in handbook.principles if handbook.by_principle.get(p.id)
        )
    # Every checklist with a sheet of its own opens one: its title is the first text on some page, in order.
    starts = []
    for view in own_sheet:
        pages = [n for n, text in enumerate(together.pages) if text.startswith(flat(view.title))]
        assert pages, f"'{view.title}' begint niet bovenaan een blad"
        starts.append(pages[0])
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    # Same layout as the single pages, and one sheet for the principles without interventions.
    expected = sum(len(printouts[single_path(v)].pages) for v in own_sheet) + (1 if shared else 0)
    assert len(together.pages) == expected
    if shared:
        assert together.pages[-1].startswith("Ontwerpprincipes nog zonder interventie uit de praktijk")
        for view in shared:
            assert flat(view.items[0].text) in together.pages[-1], view.id


def test_ticks_are_remembered_cleared_and_printed(page: object, site_url: str) -> None:
    url = site_url + page_url(routes.checklist_path("start-van-de-werkplaats"))
    page.goto(url)  # type: ignore[attr-defined]
    boxes = page.locator("input[data-nl-tick]")  # type: ignore[attr-defined]
    first, second = boxes.nth(0), boxes.nth(1)
    assert not first.is_checked()
    first.focus()
    page.keyboard.press("Space")  # type: ignore[attr-defined]
    second.click()
    page.reload()  # type: ignore[attr-defined]
    assert first.is_checked() and second.is_checked()

    # The same tick shows on the page that prints all checklists.
    page.goto(site_url + page_url(routes.ALL_CHECKLISTS))  # type: ignore[attr-defined]
    key = first_key = "start-van-de-werkplaats/1"
    assert page.locator(f'input[data-nl-tick="{key}"]').is_checked()  # type: ignore[attr-defined]

    # Ticked boxes print as ticked, empty ones as empty squares.
    page.goto(url)  # type: ignore[attr-defined]
    page.emulate_media(media="print")  # type: ignore[attr-defined]
    text = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)  # type: ignore[attr-defined]
    assert text.count("✓") == 2
    page.emulate_media(media="screen")  # type: ignore[attr-defined]

    clear = page.get_by_role("button", name="Vinkjes wissen")  # type: ignore[attr-defined]
    clear.click()
    assert not first.is_checked() and not second.is_checked()
    assert "2 vinkjes gewist" in page.locator("[data-nl-status]").inner_text()  # type: ignore[attr-defined]
    page.reload()  # type: ignore[attr-defined]
    assert not first.is_checked() and not second.is_checked()
    assert page.evaluate(f"localStorage.getItem('netwerkleren:vink:{first_key}')") is None  # type: ignore[attr-defined]
    page.emulate_media(media="print")  # type: ignore[attr-defined]
    text = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)  # type: ignore[attr-defined]
    assert "✓" not in text


def pdf_text(page: object) -> str:
    """The page printed to A4 (print media), as flat text."""
    page.emulate_media(media="print")  # type: ignore[attr-defined]
    pdf = page.pdf(format="A4")  # type: ignore[attr-defined]
    page.emulate_media(media="screen")  # type: ignore[attr-defined]
    return flat(" ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))


def choose_werkplaats(page: object, name: str) -> None:
    field = page.get_by_label("Werkplaats:", exact=True)  # type: ignore[attr-defined]
    field.fill(name)
    field.press("Enter")


def test_two_werkplaatsen_keep_their_own_ticks_and_fields(page: object, site_url: str) -> None:
    url = site_url + page_url(routes.checklist_path("start-van-de-werkplaats"))
    page.goto(url)  # type: ignore[attr-defined]
    status = page.locator("[data-nl-status]")  # type: ignore[attr-defined]
    assert "Voor welke werkplaats" in status.inner_text()
    boxes = page.locator("input[data-nl-tick]")  # type: ignore[attr-defined]
    date = page.get_by_label("Datum:", exact=True)  # type: ignore[attr-defined]

    choose_werkplaats(page, "Werkplaats Lezen")
    boxes.nth(0).check()
    boxes.nth(1).check()
    date.fill("3 maart")
    choose_werkplaats(page, "Werkplaats Rekenen")
    assert "Nieuw formulier voor werkplaats ‘Werkplaats Rekenen’" in status.inner_text()
    assert not boxes.nth(0).is_checked() and not boxes.nth(1).is_checked() and date.input_value() == ""
    boxes.nth(2).check()
    date.fill("10 maart")

    # After a reload the last werkplaats is shown, and only its ticks and fields print.
    page.reload()  # type: ignore[attr-defined]
    assert page.get_by_label("Werkplaats:", exact=True).input_value() == "Werkplaats Rekenen"  # type: ignore[attr-defined]
    assert [boxes.nth(n).is_checked() for n in range(3)] == [False, False, True]
    assert date.input_value() == "10 maart"
    text = pdf_text(page)
    assert text.count("✓") == 1 and "Werkplaats Rekenen" in text and "10 maart" in text
    assert "Werkplaats Lezen" not in text and "3 maart" not in text

    # The other werkplaats kept everything; the all-checklists page shows the same form.
    choose_werkplaats(page, "Werkplaats Lezen")
    assert [boxes.nth(n).is_checked() for n in range(3)] == [True, True, False]
    assert date.input_value() == "3 maart"
    text = pdf_text(page)
    assert text.count("✓") == 2 and "Werkplaats Lezen" in text and "Werkplaats Rekenen" not in text
    page.goto(site_url + page_url(routes.ALL_CHECKLISTS))  # type: ignore[attr-defined]
    assert page.locator('input[data-nl-tick="start-van-de-werkplaats/1"]').is_checked()  # type: ignore[attr-defined]
    assert not page.locator('input[data-nl-tick="start-van-de-werkplaats/3"]').is_checked()  # type: ignore[attr-defined]
    names = page.locator("input[data-nl-werkplaats]")  # type: ignore[attr-defined]
    assert {names.nth(n).input_value() for n in range(names.count())} == {"Werkplaats Lezen"}

    # Clearing one werkplaats's ticks leaves the other's.
    page.goto(url)  # type: ignore[attr-defined]
    page.get_by_role("button", name="Vinkjes wissen").click()  # type: ignore[attr-defined]
    assert "2 vinkjes gewist" in page.locator("[data-nl-status]").first.inner_text()  # type: ignore[attr-defined]
    choose_werkplaats(page, "Werkplaats Rekenen")
    assert [boxes.nth(n).is_checked() for n in range(3)] == [False, False, True]


def test_ticks_kept_by_the_earlier_version_are_not_lost(page: object, site_url: str) -> None:
    url = site_url + page_url(routes.checklist_path("elke-bijeenkomst"))
    page.goto(url)  # type: ignore[attr-defined]
    page.evaluate("localStorage.clear(); localStorage.setItem('netwerkleren:vink:elke-bijeenkomst/2', '1')")  # type: ignore[attr-defined]
    page.reload()  # type: ignore[attr-defined]
    assert page.locator('input[data-nl-tick="elke-bijeenkomst/2"]').is_checked()  # type: ignore[attr-defined]
    assert page.evaluate("localStorage.getItem('netwerkleren:vink:elke-bijeenkomst/2')") is None  # type: ignore[attr-defined]
    # The first werkplaats named takes them.
    choose_werkplaats(page, "Werkplaats Natuur")
    assert page.locator('input[data-nl-tick="elke-bijeenkomst/2"]').is_checked()  # type: ignore[attr-defined]
    choose_werkplaats(page, "Werkplaats Taal")
    assert not page.locator('input[data-nl-tick="elke-bijeenkomst/2"]').is_checked()  # type: ignore[attr-defined]


def test_print_button_is_a_real_button(page: object, site_url: str) -> None:
    page.goto(site_url + page_url(routes.checklist_path("elke-bijeenkomst")))  # type: ignore[attr-defined]
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")  # type: ignore[attr-defined]
    button = page.get_by_role("button", name="Afdrukken")  # type: ignore[attr-defined]
    assert button.is_visible()
    button.focus()
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    assert page.evaluate("window.__printed") == 1  # type: ignore[attr-defined]


def test_checklists_work_without_javascript(browser: object, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(site_url + page_url(routes.checklist_path("elke-bijeenkomst")))
    assert page.locator("input[data-nl-tick]").count() >= 5
    assert not page.get_by_role("button", name="Afdrukken").is_visible()
    page.emulate_media(media="print")
    text = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)
    assert "Ga aan het begin van de bijeenkomst in gesprek over de doelen" in flat(text)
    assert "Werkplaats:" in text and "Datum:" in text
    context.close()


def test_index_links_every_checklist(built_site: object, checklist_views: list[views.ChecklistView]) -> None:
    html = built_site.page("checklists/")  # type: ignore[attr-defined]
    for view in checklist_views:
        target = page_url(single_path(view))[len("checklists/") :]
        assert f'href="{target}"' in html, target
    assert 'href="alle/"' in html and 'href="kaartenset/"' in html


def test_items_link_to_their_principle_or_intervention(built_site: object) -> None:
    html = built_site.page("checklists/start-van-de-werkplaats/")  # type: ignore[attr-defined]
    assert 'href="../../ontwerpprincipes/werkplannen-klaar-voor-de-start/"' in html
    assert 'href="../../casussen/iselinge-2021-2022/#interventie-roulerend-voorzitterschap"' in html


# ---------- References in data/checklists.yaml are checked when the data is loaded ----------


def data_copy(tmp_path: Path, old: str, new: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    path = data / "checklists.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return data


def line_of(path: Path, needle: str) -> int:
    return next(
        n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "interventie: iselinge-2021-2022/roulerend-voorzitterschap",
            "interventie: iselinge-2021-2022/roulerend-voorziterschap",
            "'iselinge-2021-2022/roulerend-voorziterschap'",
        ),
        (
            "principe: werkplannen-klaar-voor-de-start",
            "principe: werkplan-klaar",
            "'werkplan-klaar'",
        ),
        (
            "karakteristiek: ontwerpgerichte-aanpak",
            "karakteristiek: ontwerpgericht",
            "'ontwerpgericht'",
        ),
        ("id: elke-bijeenkomst", "id: alle", "de id 'alle' is al het adres van een andere pagina"),
    ],
)
def test_unknown_references_are_reported_with_file_and_line(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    data = data_copy(tmp_path, old, new)
    with pytest.raises(DataError) as raised:
        build_handbook(data, root=tmp_path)
    line = line_of(data / "checklists.yaml", new)
    report = raised.value.report()
    assert re.search(
        rf"^data/checklists\.yaml:{line}:\d+: veld '[^']+': .*{re.escape(message)}", report, re.M
    ), report


def test_an_item_names_exactly_one_origin(tmp_path: Path) -> None:
    data = data_copy(
        tmp_path,
        "        interventie: iselinge-2021-2022/group-wisdom\n",
        "        interventie: iselinge-2021-2022/group-wisdom\n        principe: bepaal-gezamenlijke-doelen\n",
    )
    with pytest.raises(DataError) as raised:
        build_handbook(data, root=tmp_path)
    assert "vul 'principe' óf 'interventie' in" in raised.value.report()
    assert raised.value.problems[0].path == "data/checklists.yaml"


def test_a_bad_reference_stops_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    path = project / "data" / "checklists.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "principe: bepaal-realistische-doelen", "principe: bestaat-niet", 1
        ),
        encoding="utf-8",
    )
    build = mkdocs_build(project)
    assert build.returncode != 0
    assert re.search(r"^data/checklists\.yaml:\d+:\d+: .*'bestaat-niet'", build.output, re.M), build.output


# ---------- On screen: a phone, and accessibility ----------

SCREEN_PAGES = (
    routes.checklist_path("start-van-de-werkplaats"),
    routes.checklist_path("reflectie-student"),
    routes.ALL_CHECKLISTS,
    routes.CARD_DECK,
)


def test_checklists_fit_a_phone_and_pass_axe(browser: object, site_url: str) -> None:
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    context = browser.new_context(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    page = context.new_page()
    for path in SCREEN_PAGES:
        page.goto(site_url + page_url(path))
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
        results = axe_module.Axe().run(
            page,
            context={"include": [[".md-content"]]},
            options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}},
        )
        violations = [(v["id"], len(v["nodes"])) for v in results.response["violations"]]
        assert not violations, f"{path}: {violations}"
    context.close()


def test_a_werkplaats_called_test_survives_a_reload(page: object, site_url: str) -> None:
    """Checking that storage works must not touch any werkplaats's form, whatever its name."""
    url = site_url + page_url(routes.checklist_path("elke-bijeenkomst"))
    page.goto(url)  # type: ignore[attr-defined]
    choose_werkplaats(page, "test")
    page.locator("input[data-nl-tick]").nth(0).check()  # type: ignore[attr-defined]
    page.reload()  # type: ignore[attr-defined]
    choose_werkplaats(page, "test")
    assert page.locator("input[data-nl-tick]").nth(0).is_checked()  # type: ignore[attr-defined]


# ---------- Type size on paper ----------

MIN_PRINTED_PT = 8.5
"""No printed character is smaller, "Uit:" lines and small print included."""


def small_print(pdf: bytes) -> list[str]:
    """The pieces of text printed under ``MIN_PRINTED_PT`` (size from pypdf's text matrix)."""
    from test_deck import runs_per_page

    return [
        f"{run.text[:40]!r} {run.size:.1f} pt"
        for page in runs_per_page(pdf)
        for run in page
        if run.size < MIN_PRINTED_PT - 0.05
    ]


def test_no_printed_character_under_the_minimum_on_checklists_and_the_bundle(
    printouts: dict[str, Printout],
) -> None:
    found = {path: small for path, p in printouts.items() if (small := small_print(p.pdf))}
    assert not found, f"tekst kleiner dan {MIN_PRINTED_PT} pt: {found}"
    bundle = printouts[routes.ALL_CHECKLISTS]
    assert "Uit:" in bundle.text


def test_no_printed_character_under_the_minimum_on_the_planner(browser: object, site_url: str) -> None:
    """The planner's printouts: the blank form (without JavaScript) and the printout of the app."""
    for javascript in (False, True):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=javascript)  # type: ignore[attr-defined]
        page = context.new_page()
        printout = print_page(page, site_url + page_url(routes.PLANNER))
        context.close()
        assert len(printout.text) > 200
        small = small_print(printout.pdf)
        assert not small, f"werkplaatsplan (JavaScript {javascript}): {small}"


def test_a_focused_field_leaves_nothing_on_paper(page: object, site_url: str) -> None:
    """A field that has the focus when the reader prints shows no caret, focus ring or dropdown arrow."""
    page.goto(site_url + page_url(routes.checklist_path("elke-bijeenkomst")))  # type: ignore[attr-defined]
    field = page.locator("input[data-nl-werkplaats]").first  # type: ignore[attr-defined]
    field.focus()
    page.emulate_media(media="print")  # type: ignore[attr-defined]
    style = field.evaluate(
        "el => { const s = getComputedStyle(el); return [s.caretColor, s.outlineStyle, s.boxShadow]; }"
    )
    assert style[0] in ("rgba(0, 0, 0, 0)", "transparent"), style
    assert style[1] == "none" and style[2] == "none", style
