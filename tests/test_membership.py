"""One membership: every page that counts the interventions of a characteristic, principle or condition agrees.

The overview's filter, the characteristic pages, the principle pages and the conditions page all take their
interventions from ``handbook.membership``. These tests read what the built pages say (each count is marked
``data-nl-count`` next to its words) and what the overview's filter lists, for all 27 items (5 characteristics,
15 principles, 7 conditions): from the filter data the overview ships, for every item, and by driving the real
filter in Chromium. Any two pages that disagree on a count fail here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, Build
from netwerkleren.load.build import build_handbook
from netwerkleren.model.handbook import Handbook
from netwerkleren.views import routes
from netwerkleren.views.routes import page_url


@pytest.fixture(scope="module")
def handbook() -> Handbook:
    return build_handbook(ROOT / "data", root=ROOT)


def items(handbook: Handbook) -> list[tuple[str, str]]:
    """Every (filter key, id) the overview can filter on and that has a page of its own (or a section)."""
    return (
        [("karakteristiek", c.id) for c in handbook.characteristics]
        + [("principe", p.id) for p in handbook.principles]
        + [("voorwaarde", c.id) for c in handbook.conditions]
    )


def page_count(built_site: Build, kind: str, item_id: str) -> int:
    """The count the item's own page states: the number in ``data-nl-count``, also said in the words next to it."""
    if kind == "voorwaarde":
        html = built_site.page(page_url(routes.CONDITIONS))
        start = html.index(f'<h2 id="{item_id}"')
        end = html.find("<h2 ", start + 1)
        html = html[start : end if end > 0 else None]
    else:
        path = (
            routes.characteristic_path(item_id)
            if kind == "karakteristiek"
            else routes.principle_path(item_id)
        )
        html = built_site.page(page_url(path))
    found = re.findall(r'data-nl-count="(\d+)"[^>]*>(.*?)</(?:p|ul)>', html, re.S)
    assert found, f"{kind} {item_id}: de pagina noemt geen aantal interventies"
    counts = {int(n) for n, _ in found}
    assert len(counts) == 1, f"{kind} {item_id}: de pagina noemt verschillende aantallen {counts}"
    count = counts.pop()
    words = re.sub(r"<[^>]+>", "", found[0][1])
    if count:
        assert re.search(rf"\b{count} interventie", words), f"{kind} {item_id}: '{words}' noemt {count} niet"
    return count


def filter_data(built_site: Build) -> dict:
    """The filter data the overview ships (overzicht/interventies.js)."""
    script = (built_site.site / routes.OVERVIEW_DATA).read_text(encoding="utf-8")
    start = script.index("{", script.index("interventies ="))
    return json.loads(script[start : script.rindex("}") + 1])


def filtered(data: dict, kind: str, item_id: str) -> int:
    """How many interventions the filter lists for one choice, as filter.js computes it."""
    names = {"karakteristiek": "karakteristieken", "principe": "principes"}
    n = 0
    for item in data["interventies"]:
        if kind == "karakteristiek":
            values = [data["karakteristieken"][i]["id"] for i in item["K"]]
        elif kind == "principe":
            values = [data[names[kind]][i]["id"] for i in item["p"]]
        else:
            values = item["v"]
        n += item_id in values
    return n


def test_every_page_agrees_with_the_filter_data(built_site: Build, handbook: Handbook) -> None:
    data = filter_data(built_site)
    disagree = []
    for kind, item_id in items(handbook):
        on_page = page_count(built_site, kind, item_id)
        in_filter = filtered(data, kind, item_id)
        in_model = handbook.membership.count(kind, item_id)  # type: ignore[arg-type]
        if not on_page == in_filter == in_model:
            disagree.append(f"{kind} {item_id}: pagina {on_page}, filter {in_filter}, model {in_model}")
    assert len(items(handbook)) == 27
    assert not disagree, "\n".join(disagree)


def test_a_characteristic_without_a_case_of_its_own_is_found_through_its_principles(
    built_site: Build, handbook: Handbook
) -> None:
    """The case on main: no case placed an intervention under 'Gezamenlijke visie en doelen', five belong to it."""
    characteristic = "gezamenlijke-visie-en-doelen"
    assert not handbook.by_characteristic.get(characteristic)
    members = handbook.membership.members("karakteristiek", characteristic)
    assert members and all(m.way.route == "principe" for m in members)
    assert filtered(filter_data(built_site), "karakteristiek", characteristic) == len(members)
    html = built_site.page(page_url(routes.characteristic_path(characteristic)))
    assert html.count("Hoort hier:</span> via het ontwerpprincipe") == len(members)


def test_the_overview_groups_say_how_their_rows_belong(built_site: Build, handbook: Handbook) -> None:
    """The overview without JavaScript groups by the characteristic the case chose, and says so with the total."""
    html = built_site.page(page_url(routes.OVERVIEW))
    for c in handbook.characteristics:
        members = handbook.membership.members("karakteristiek", c.id)
        chosen = sum(1 for m in members if m.chosen)
        if not chosen:
            assert f'<h2 id="{c.id}"' not in html
            continue
        group = html[html.index(f'<h2 id="{c.id}"') :]
        note = re.sub(r"<[^>]+>", "", group[: group.index("</p>")])
        assert (f"Deze {chosen} interventies" if chosen > 1 else "Deze interventie") in note, note
        if len(members) > chosen:
            assert f"alle {len(members)} in het filter" in note, note


def _shown(page: object) -> int:
    status = page.inner_text("#nl-filter-status")  # type: ignore[attr-defined]
    found = re.match(r"(\d+) interventies? gevonden", status)
    rows = page.locator("#nl-filter-list > li").count()  # type: ignore[attr-defined]
    if found is None:
        assert status.startswith("Geen interventies gevonden"), status
        return 0 if rows == 0 else -1
    assert int(found.group(1)) == rows, status
    return rows


def test_the_real_filter_in_chromium_lists_what_each_page_says(
    browser: object, site_url: str, built_site: Build, handbook: Handbook
) -> None:
    """Drive the overview's filter form for all 27 items, by choosing in the select, as a reader does."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(site_url + page_url(routes.OVERVIEW))
    page.wait_for_function("document.querySelector('#nl-filter-casus').options.length > 1")
    disagree = []
    for kind, item_id in items(handbook):
        page.select_option("#nl-filter-karakteristiek", "")
        page.select_option("#nl-filter-principe", "")
        page.select_option("#nl-filter-voorwaarde", "")
        page.select_option(f"#nl-filter-{kind}", item_id)
        shown = _shown(page)
        said = page_count(built_site, kind, item_id)
        if shown != said:
            disagree.append(f"{kind} {item_id}: overzicht {shown}, pagina {said}")
    context.close()
    assert not disagree, "\n".join(disagree)


def test_a_link_from_a_page_opens_the_overview_filtered_to_the_same_count(
    browser: object, site_url: str, built_site: Build
) -> None:
    """The count on a characteristic page links to the overview filtered on it, which lists as many."""
    characteristic = "gezamenlijke-visie-en-doelen"
    said = page_count(built_site, "karakteristiek", characteristic)
    context = browser.new_context(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(site_url + page_url(routes.characteristic_path(characteristic)))
    page.click(".nl-membership a")
    page.wait_for_function("/gevonden/.test(document.querySelector('#nl-filter-status').textContent)")
    assert _shown(page) == said
    assert "via het ontwerpprincipe" in page.inner_text("#nl-filter-list")
    context.close()


def test_cards_say_how_they_belong(built_site: Build, handbook: Handbook) -> None:
    """Every compact card on a characteristic page says how it belongs: chosen by the case, or through a principle."""
    for c in handbook.characteristics:
        html = built_site.page(page_url(routes.characteristic_path(c.id)))
        cards = html.count('class="nl-card nl-card--compact')
        assert html.count("Hoort hier:</span>") == cards, c.id


def test_membership_is_derived_in_one_place() -> None:
    """No view counts links itself: they ask the membership query (or the indexes derived from it)."""
    views = ROOT / "macros" / "netwerkleren" / "views"
    offenders = [
        f"{path.name}: {line.strip()}"
        for path in sorted(Path(views).glob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.search(r"for \w+ in [\w.]*intervention\.(principes|voorwaarden)\)?\s*$", line)
        and "dict.fromkeys" in line
    ]
    assert not offenders, offenders
