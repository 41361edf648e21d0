"""The offline edition: `make offline` gives a zip that works from file://, with navigation and search."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import ENGINE_NOTICES_OFF, ROOT

HREF_OR_SRC = re.compile(r'\s(?:href|src)="([^"]*)"')


@dataclass
class OfflineEdition:
    zip_path: Path
    root: Path  # the unpacked netwerkleren/ folder

    def file_url(self, relative: str) -> str:
        return (self.root / relative).as_uri()


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> OfflineEdition:
    """Run the README's command (`make offline`) into a temporary folder and unpack the zip."""
    work = tmp_path_factory.mktemp("offline")
    zip_path = work / "dist" / "netwerkleren-offline.zip"
    result = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            ".venv/.installed",  # never reinstall from a test
            "offline",
            f"BIN={Path(sys.executable).parent}",
            f"OFFLINE_BUILD={work / 'build'}",
            f"OFFLINE_ZIP={zip_path}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **ENGINE_NOTICES_OFF},
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    unpacked = work / "unpacked"
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(unpacked)
    return OfflineEdition(zip_path, unpacked / "netwerkleren")


def test_zip_holds_the_handbook_in_one_folder(offline: OfflineEdition) -> None:
    with zipfile.ZipFile(offline.zip_path) as archive:
        names = archive.namelist()
    assert "netwerkleren/index.html" in names
    assert "netwerkleren/search/search_index.js" in names, "zoekindex voor file:// ontbreekt"
    assert all(name.startswith("netwerkleren/") for name in names)


def test_every_internal_link_points_to_a_file(offline: OfflineEdition) -> None:
    """From file:// a link to a folder shows a directory listing, so every link must name a file."""
    broken: list[str] = []
    for page in offline.root.rglob("*.html"):
        if page.name == "404.html":  # served only by a web server, with addresses from the site root
            continue
        for target in HREF_OR_SRC.findall(page.read_text(encoding="utf-8")):
            if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith(("#", "//")):
                continue
            path = unquote(urlsplit(target).path)
            resolved = (page.parent / path).resolve()
            if path.endswith("/") or not resolved.is_file():
                broken.append(f"{page.relative_to(offline.root)}: {target}")
    assert not broken, "links die van schijf niet werken:\n" + "\n".join(broken[:20])


def test_no_script_from_another_host(offline: OfflineEdition) -> None:
    """Material's offline plugin would load iframe-worker from unpkg.com; the handbook ships its own copy."""
    html = (offline.root / "index.html").read_text(encoding="utf-8")
    assert 'src="assets/vendor/iframe-worker/shim.js"' in html
    assert "unpkg.com" not in html


def test_navigation_and_search_work_from_disk(offline: OfflineEdition, page: object) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))  # type: ignore[attr-defined]

    # Navigation: from the about page, follow a link in the side navigation to another page.
    page.goto(offline.file_url("over.html"))  # type: ignore[attr-defined]
    nav_link = (
        page.locator("nav.md-nav--primary a.md-nav__link[href$='.html']")  # type: ignore[attr-defined]
        .filter(visible=True)
        .filter(has_text="Karakteristieken")
        .first
    )
    nav_link.click()
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert page.url == offline.file_url("karakteristieken/index.html")  # type: ignore[attr-defined]
    assert "Karakteristieken" in page.locator("h1").first.inner_text()  # type: ignore[attr-defined]

    # Search: type a query in the search box (as a user types) and get results, without a server.
    search_box = page.locator("input.md-search__input")  # type: ignore[attr-defined]
    search_box.click()
    search_box.press_sequentially("werkplaats", delay=20)
    results = page.locator(".md-search-result__item")  # type: ignore[attr-defined]
    results.first.wait_for(timeout=15_000)
    assert results.count() > 0
    assert "overeenkomend" in page.locator(".md-search-result__meta").inner_text()  # type: ignore[attr-defined]

    # A result leads to a page on disk.
    page.locator(".md-search-result__link").first.click()  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    landed = page.url.split("?")[0].split("#")[0]  # type: ignore[attr-defined]
    assert landed.startswith(offline.root.as_uri()) and landed.endswith(".html"), landed
    assert page.locator("h1").count() > 0  # type: ignore[attr-defined]

    outside = [url for url in requests if not url.startswith(("file://", "data:", "about:", "blob:"))]
    assert not outside, f"verzoeken buiten het bestand: {outside}"


def test_offline_edition_keeps_materials_search(offline: OfflineEdition) -> None:
    """From file:// a page cannot fetch Pagefind's chunks: the offline edition keeps Material's whole index."""
    html = (offline.root / "index.html").read_text(encoding="utf-8")
    assert "workers/search." in html and "search-worker.js" not in html
    assert "data-pagefind-body" not in html
    assert not (offline.root / "pagefind").exists()
    script = (offline.root / "search" / "search_index.js").read_text(encoding="utf-8")
    assert "interventie-belbin-groepsrollen" in script


def test_dutch_queries_find_the_right_page_from_disk(offline: OfflineEdition, page: object) -> None:
    """The offline search ranks as the online one does for the queries of tests/test_search.py (a sample)."""
    for query, expected in [
        ("Belbin", "casussen/iselinge-2021-2022.html#interventie-belbin-groepsrollen"),
        ("vertrouwen", "ontwerpprincipes/bouw-aan-onderling-vertrouwen.html"),
        ("feedback van medestudenten", "ontwerpprincipes/presenteren-met-peerfeedback.html"),
    ]:
        page.goto(offline.file_url("index.html"))  # type: ignore[attr-defined]
        box = page.locator("input.md-search__input")  # type: ignore[attr-defined]
        box.click()
        box.press_sequentially(query, delay=10)
        page.wait_for_function(  # type: ignore[attr-defined]
            "() => /overeenkomend/.test(document.querySelector('.md-search-result__meta').textContent)",
            timeout=15_000,
        )
        page.wait_for_timeout(250)  # type: ignore[attr-defined]
        links = page.locator(".md-search-result__item").first.locator("a.md-search-result__link")  # type: ignore[attr-defined]
        hrefs = [
            href.split("?")[0] + ("#" + href.split("#")[1] if "#" in href else "")
            for href in links.evaluate_all("l => l.map(a => a.href)")
        ]
        want = offline.file_url(expected.split("#")[0]) + (
            "#" + expected.split("#")[1] if "#" in expected else ""
        )
        assert want in hrefs, (query, hrefs[:4])


def test_print_stylesheet_is_included(offline: OfflineEdition) -> None:
    """Printing from disk uses the same stylesheets; the edition line is in every page."""
    html = (offline.root / "over.html").read_text(encoding="utf-8")
    assert 'class="nl-edition nl-edition--print"' in html
    assert (offline.root / "assets" / "handbook.css").is_file()


def test_the_werkplaatsplan_works_from_disk(offline: OfflineEdition, page: object) -> None:
    """The planner reads its data file and keeps a plan from file://, without any other request."""
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))  # type: ignore[attr-defined]
    page.goto(offline.file_url("werkplaatsplan/index.html"))  # type: ignore[attr-defined]
    page.wait_for_selector("#nl-plan-naam")  # type: ignore[attr-defined]
    page.fill("#nl-plan-naam", "Offline")  # type: ignore[attr-defined]
    page.check("#nl-plan-karakteristiek-diversiteit-en-gelijkwaardigheid")  # type: ignore[attr-defined]
    page.check("#nl-plan-principe-bouw-aan-onderling-vertrouwen")  # type: ignore[attr-defined]
    choice = page.locator("#nl-plan-bij-bouw-aan-onderling-vertrouwen .nl-planner__list input").first  # type: ignore[attr-defined]
    choice.check()
    link = page.locator("#nl-plan-bij-bouw-aan-onderling-vertrouwen .nl-planner__list a").first  # type: ignore[attr-defined]
    target = link.get_attribute("href")
    assert target.startswith(offline.root.as_uri()) and ".html#interventie-" in target, target
    page.reload()  # type: ignore[attr-defined]
    page.wait_for_selector("#nl-plan-naam")  # type: ignore[attr-defined]
    assert page.input_value("#nl-plan-naam") == "Offline"  # type: ignore[attr-defined]
    assert page.locator(
        "#nl-plan-bij-bouw-aan-onderling-vertrouwen .nl-planner__list input"
    ).first.is_checked()  # type: ignore[attr-defined]
    outside = [url for url in requests if not url.startswith(("file://", "data:", "about:", "blob:"))]
    assert not outside, f"verzoeken buiten het bestand: {outside}"
