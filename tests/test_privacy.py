"""No page of the handbook contacts any host other than the one serving it (AVG/GDPR).

The browser test loads every built page and records every request, including
the ones made after loading (search worker, search index, language files).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import Build

# Elements that make the browser fetch something by themselves (links to other sites are fine).
FETCHING_TAG = re.compile(r"<(script|img|iframe|source|audio|video|embed|object|link)\b[^>]*>", re.IGNORECASE)
ATTRIBUTE = re.compile(r'\s(src|href|data|srcset|rel)="([^"]*)"', re.IGNORECASE)
CSS_REMOTE = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])\s*((?:https?:)?//[^'\")\s]+)", re.IGNORECASE)
NON_FETCHING_LINKS = {"canonical", "alternate", "author", "license", "next", "prev", "search"}


def site_pages(build: Build) -> list[str]:
    """Every HTML page of the built site as a URL path, e.g. ``ontwerpprincipes/x/``."""
    pages = []
    for path in sorted(build.site.rglob("*.html")):
        relative = path.relative_to(build.site).as_posix()
        pages.append(relative.removesuffix("index.html"))
    return pages


def is_remote(url: str) -> bool:
    return url.startswith("//") or urlsplit(url).scheme in {"http", "https"}


def test_site_has_pages(built_site: Build) -> None:
    pages = site_pages(built_site)
    assert "" in pages and "over/" in pages
    assert len(pages) >= 25


def test_no_markup_fetches_from_another_host(built_site: Build) -> None:
    """A quick check without a browser, also for things a screen never loads (print styles, icons)."""
    offenders: list[str] = []
    for path in built_site.site.rglob("*.html"):
        for tag in FETCHING_TAG.finditer(path.read_text(encoding="utf-8")):
            attributes = {name.lower(): value for name, value in ATTRIBUTE.findall(tag.group(0))}
            if (
                tag.group(1).lower() == "link"
                and set(attributes.get("rel", "").split()) <= NON_FETCHING_LINKS
            ):
                continue
            for name in ("src", "href", "data", "srcset"):
                if is_remote(attributes.get(name, "")):
                    offenders.append(f"{path.relative_to(built_site.site)}: {tag.group(0)[:120]}")
    for path in built_site.site.rglob("*.css"):
        for url in CSS_REMOTE.findall(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(built_site.site)}: {url}")
    assert not offenders, "verwijzingen naar andere hosts:\n" + "\n".join(offenders[:20])


def test_no_request_leaves_the_site(built_site: Build, site_url: str, page: object) -> None:
    own_host = urlsplit(site_url).netloc
    outside: list[str] = []
    current = {"page": ""}

    def record(request: object) -> None:
        url = request.url  # type: ignore[attr-defined]
        if urlsplit(url).scheme in {"data", "blob", "about"}:
            return
        if urlsplit(url).netloc != own_host:
            outside.append(f"{current['page'] or '/'} -> {url}")

    page.on("request", record)  # type: ignore[attr-defined]

    # One page object for all pages: requests a page makes after "load" (the search worker and its
    # index) are still recorded while the next page loads, and the search below waits for the rest.
    for path in site_pages(built_site):
        current["page"] = path
        response = page.goto(site_url + path, wait_until="load")  # type: ignore[attr-defined]
        assert response is not None and response.ok, f"{path}: pagina laadt niet"

    # Search loads a worker, the index and language files only when used.
    search_box = page.locator("input.md-search__input")  # type: ignore[attr-defined]
    search_box.click()
    search_box.press_sequentially("doelen", delay=10)
    page.locator(".md-search-result__item").first.wait_for(timeout=15_000)  # type: ignore[attr-defined]
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]

    # Printing must not fetch anything from elsewhere either.
    page.emulate_media(media="print")  # type: ignore[attr-defined]
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]

    assert not outside, "verzoeken aan andere hosts:\n" + "\n".join(outside[:20])


@pytest.mark.parametrize(
    ("url", "remote"),
    [
        ("https://fonts.googleapis.com/css", True),
        ("//unpkg.com/iframe-worker/shim", True),
        ("assets/handbook.css", False),
        ("../index.html", False),
    ],
)
def test_is_remote(url: str, remote: bool) -> None:
    assert is_remote(url) is remote


def test_checker_catches_a_font_service(tmp_path: Path) -> None:
    """The markup check recognises the font service Material would load if `theme.font` were switched on."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>'
        '<link rel="canonical" href="https://example.org/">',
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match=r"fonts\.gstatic\.com"):
        test_no_markup_fetches_from_another_host(Build(0, "", "", site))


def test_browser_without_resize_observer_loads_the_local_polyfill(
    built_site: Build, site_url: str, browser: object
) -> None:
    """Material's bundle fetches a ResizeObserver polyfill from unpkg.com when the browser has none."""
    context = browser.new_context(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    context.add_init_script("delete window.ResizeObserver;")
    page = context.new_page()
    own_host = urlsplit(site_url).netloc
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    try:
        for path in ("", "over/", "casussen/", "ontwerpprincipes/bepaal-gezamenlijke-doelen/"):
            response = page.goto(site_url + path, wait_until="load")
            assert response is not None and response.ok, path
            page.wait_for_load_state("networkidle")
            assert page.evaluate("typeof window.ResizeObserver") == "function", path
    finally:
        context.close()

    outside = [
        url
        for url in requests
        if urlsplit(url).scheme in {"http", "https"} and urlsplit(url).netloc != own_host
    ]
    assert not outside, outside
    assert any(url.endswith("/assets/vendor/resize-observer-polyfill/ResizeObserver.js") for url in requests)


def test_browser_with_resize_observer_loads_no_polyfill(
    built_site: Build, site_url: str, page: object
) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))  # type: ignore[attr-defined]
    page.goto(site_url, wait_until="load")  # type: ignore[attr-defined]
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]

    assert not any(url.endswith("ResizeObserver.js") for url in requests)
    assert any(url.endswith("resize-observer-polyfill/load.js") for url in requests)
