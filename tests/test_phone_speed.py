"""What keeps the first paint fast on a phone, checked on the built HTML (``make bench`` measures it with Lighthouse).

Every script is deferred and nothing render-blocking but the stylesheets (and the tiny polyfill loader) sits in the
head; the werkplaatsplan's, the overview's and the checklists' assets load only on their pages; no palette stylesheet
(Material's default colours are the handbook's); the overview's filter keeps its place from the first paint.
"""

from __future__ import annotations

import re

import pytest

from conftest import Build
from netwerkleren.site.page_assets import PAGE_ONLY, page_assets, shared_styles

SCRIPT_SRC = re.compile(r"<script\b[^>]*\bsrc=\"([^\"]+)\"[^>]*>")
STYLESHEET = re.compile(r"<link rel=\"stylesheet\" href=\"([^\"]+)\"")

PAGES = {
    "": set(),
    "ontwerpprincipes/bepaal-gezamenlijke-doelen/": set(),
    "casussen/iselinge-2021-2022/": set(),
    "overzicht/": {"assets/filter.js"},
    "werkplaatsplan/": {"assets/planner"},
    "checklists/start-van-de-werkplaats/": {"assets/checklists.js"},
}


def _head_and_body(html: str) -> tuple[str, str]:
    head, _, body = html.partition("</head>")
    return head, body


def _loads(html: str, prefix: str) -> bool:
    assets = SCRIPT_SRC.findall(html) + STYLESHEET.findall(html)
    return any(re.search(rf"(^|/){re.escape(prefix)}", url) for url in assets)


@pytest.mark.parametrize("path", sorted(PAGES))
def test_every_script_in_the_body_is_deferred(built_site: Build, path: str) -> None:
    head, body = _head_and_body(built_site.page(path))
    blocking = [tag for tag in re.findall(r"<script\b[^>]*\bsrc=[^>]*>", body) if " defer" not in tag]
    assert not blocking, blocking
    assert re.search(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js" defer>', body)
    # In the head only the ResizeObserver loader (it must write its script tag while the page is parsed).
    assert [src.rsplit("/", 1)[-1] for src in SCRIPT_SRC.findall(head)] == ["load.js"]


@pytest.mark.parametrize("path", sorted(PAGES))
def test_page_specific_assets_load_only_on_their_pages(built_site: Build, path: str) -> None:
    html = built_site.page(path)
    for rule in PAGE_ONLY:
        assert _loads(html, rule.prefix) == (rule.prefix in PAGES[path]), (path, rule.prefix)


def test_the_planner_page_gets_its_stylesheet(built_site: Build) -> None:
    head, _ = _head_and_body(built_site.page("werkplaatsplan/"))
    assert any(url.endswith("assets/planner.css") for url in STYLESHEET.findall(head))


def test_no_palette_stylesheet(built_site: Build) -> None:
    assert "palette." not in "".join(STYLESHEET.findall(built_site.page("")))


def test_the_page_is_marked_as_scripted_before_the_first_paint(built_site: Build) -> None:
    head, _ = _head_and_body(built_site.page("overzicht/"))
    assert '<script>document.documentElement.classList.add("nl-js")</script>' in head


def test_the_overview_filter_keeps_its_place(page: object, site_url: str) -> None:
    """The filter form shows from the first paint, so the list below it does not move (layout shift 0)."""
    page.add_init_script(  # type: ignore[attr-defined]
        """window.__shift = 0; window.__early = null;
        new PerformanceObserver(list => { for (const e of list.getEntries()) window.__shift += e.value; })
          .observe({type: "layout-shift", buffered: true});
        document.addEventListener("readystatechange", () => {
          if (document.readyState === "interactive")
            window.__early = document.getElementById("nl-overview-pages").getBoundingClientRect().top;
        });"""
    )
    page.set_viewport_size({"width": 390, "height": 844})  # type: ignore[attr-defined]
    page.goto(site_url + "overzicht/", wait_until="load")  # type: ignore[attr-defined]
    page.wait_for_function("!document.getElementById('nl-filter').hidden")  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]
    late = page.evaluate("document.getElementById('nl-overview-pages').getBoundingClientRect().top")  # type: ignore[attr-defined]
    assert page.evaluate("window.__early") == late  # type: ignore[attr-defined]
    assert page.evaluate("window.__shift") < 0.01  # type: ignore[attr-defined]


def test_page_assets_rules() -> None:
    shared, page_only = shared_styles(["assets/handbook.css", "assets/planner.css", "assets/print.css"])
    assert shared == ["assets/handbook.css", "assets/print.css"]
    assert page_only == ["assets/planner.css"]
    scripts = ["assets/filter.js", "assets/checklists.js", "assets/planner/state.js", "assets/search.js"]
    plain = page_assets("<p>tekst</p>", "bundle.js", scripts, page_only)
    assert [s.path for s in plain.scripts] == ["bundle.js", "assets/search.js"]
    assert plain.styles == []
    planner = page_assets('<div id="nl-planner">', "bundle.js", scripts, page_only)
    assert [s.path for s in planner.scripts] == ["bundle.js", "assets/planner/state.js", "assets/search.js"]
    assert planner.styles == ["assets/planner.css"]
    checklist = page_assets('<input type="checkbox" data-nl-tick="a">', "bundle.js", scripts, page_only)
    assert [s.path for s in checklist.scripts] == ["bundle.js", "assets/checklists.js", "assets/search.js"]
