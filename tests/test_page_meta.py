"""Findable and citable pages: a page-specific description on every page, a sitemap with the real address."""

from __future__ import annotations

import html
import re

import pytest

from conftest import ROOT, Build, copy_project, mkdocs_build

DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')
REDIRECT = re.compile(r'<meta http-equiv="refresh"')
SITE_URL = "https://example.org/netwerkleren/"


def content_pages(build: Build) -> dict[str, str]:
    """URL path -> HTML of every real page (not the 404 page, not redirect stubs)."""
    pages = {}
    for path in sorted(build.site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        if path.name == "404.html" or REDIRECT.search(text):
            continue
        pages[path.relative_to(build.site).as_posix().removesuffix("index.html")] = text
    return pages


def site_description() -> str:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    match = re.search(r"^site_description: >-\n((?:  .*\n)+)", config, re.MULTILINE)
    assert match, "site_description ontbreekt in mkdocs.yml"
    return " ".join(line.strip() for line in match.group(1).splitlines())


def description_problems(pages: dict[str, str]) -> list[str]:
    """Pages without exactly one meaningful description of their own."""
    generic = site_description()
    seen: dict[str, str] = {}
    problems = []
    for url, text in pages.items():
        found = DESCRIPTION.findall(text)
        if len(found) != 1:
            problems.append(f"/{url}: {len(found)} description-tags")
            continue
        description = html.unescape(found[0]).strip()
        if len(description) < 30:
            problems.append(f"/{url}: te korte beschrijving {description!r}")
        elif description == generic:
            problems.append(f"/{url}: algemene sitebeschrijving in plaats van een eigen beschrijving")
        elif description in seen:
            problems.append(f"/{url}: zelfde beschrijving als /{seen[description]}")
        seen.setdefault(description, url)
    return problems


def test_every_page_has_its_own_description(built_site: Build) -> None:
    pages = content_pages(built_site)
    assert len(pages) >= 25
    problems = description_problems(pages)
    assert not problems, "\n".join(problems)


def test_real_config_has_no_invented_site_address() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "example.org" not in config


@pytest.fixture(scope="module")
def published_copy(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The handbook built as a publisher would, with its real address in ``site_url``."""
    project = copy_project(tmp_path_factory.mktemp("published"))
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("site_name: Netwerkleren\n", f"site_name: Netwerkleren\nsite_url: {SITE_URL}\n", 1)
    )
    build = mkdocs_build(project)
    assert build.returncode == 0, build.output
    return build


def test_sitemap_lists_every_page_at_the_real_address(published_copy: Build) -> None:
    sitemap = (published_copy.site / "sitemap.xml").read_text(encoding="utf-8")
    locations = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    expected = {SITE_URL + url for url in content_pages(published_copy)}
    assert SITE_URL in locations
    assert expected <= locations, sorted(expected - locations)[:10]
    assert all(location.startswith(SITE_URL) for location in locations)


def test_pages_and_citation_use_the_real_address(published_copy: Build) -> None:
    about = published_copy.page("over/")
    assert f'<link rel="canonical" href="{SITE_URL}over/">' in about
    block = about[about.index('id="hoe-citeer-je"') :]
    assert SITE_URL in block.split("</blockquote>")[0], "webadres ontbreekt in de literatuurverwijzing"
    assert f"Online: {SITE_URL}over/" in about, "webadres ontbreekt op de afdruk"


def test_without_site_url_the_sitemap_invents_no_address(built_site: Build) -> None:
    sitemap = (built_site.site / "sitemap.xml").read_text(encoding="utf-8")
    assert "None" not in sitemap and "example.org" not in sitemap


def test_description_check_catches_generic_missing_and_repeated() -> None:
    generic = f'<meta name="description" content="{html.escape(site_description())}">'
    repeated = '<meta name="description" content="Precies dezelfde beschrijving op twee pagina&#x27;s.">'
    pages = {"a/": generic, "b/": "<title>Geen</title>", "c/": repeated, "d/": repeated}
    assert description_problems(pages) == [
        "/a/: algemene sitebeschrijving in plaats van een eigen beschrijving",
        "/b/: 0 description-tags",
        "/d/: zelfde beschrijving als /c/",
    ]
