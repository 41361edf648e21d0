"""Stable addresses: every published address resolves, or redirects to a page that does.

Study guides link to pages of the handbook; those links must never break. The
committed list ``published_urls.txt`` holds every published address.
"""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path

from conftest import ROOT, Build, copy_project, mkdocs_build, serve

PUBLISHED = Path(__file__).with_name("published_urls.txt")
REDIRECT_TARGET = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)">')
OLD_CASE, NEW_CASE = "iselinge-2021-2022", "iselinge-2021-2022-hernoemd"


def published_urls() -> list[str]:
    lines = PUBLISHED.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def html_file(site: Path, url_path: str) -> Path:
    path = site / url_path.lstrip("/")
    return path / "index.html" if url_path.endswith("/") else path


def redirect_target(html: str) -> str | None:
    """Where a mkdocs-redirects page points to (relative to its own folder), if it is one."""
    match = REDIRECT_TARGET.search(html)
    return match.group(1) if match else None


def unreachable(site: Path, urls: list[str]) -> list[str]:
    """The addresses that neither resolve to a page nor redirect to one."""
    problems = []
    for url in urls:
        page = html_file(site, url)
        if not page.is_file():
            problems.append(f"{url}: verdwenen zonder doorverwijzing")
            continue
        target = redirect_target(page.read_text(encoding="utf-8"))
        if target is None:
            continue
        target_url = resolve(url, target)
        target_page = html_file(site, target_url)
        if not target_page.is_file() or redirect_target(target_page.read_text(encoding="utf-8")):
            problems.append(f"{url}: doorverwijzing naar {target}, maar daar staat geen pagina")
    return problems


def resolve(url: str, target: str) -> str:
    """The URL path a relative redirect ``target`` on the page at ``url`` leads to."""
    folder = url if url.endswith("/") else posixpath.dirname(url) + "/"
    path = target.split("#")[0]
    joined = posixpath.normpath(posixpath.join(folder, path))
    return joined.rstrip("/") + "/" if path.endswith("/") or path in {"", "."} else joined


def test_list_is_well_formed() -> None:
    urls = published_urls()
    assert len(urls) >= 30
    assert len(urls) == len(set(urls)), "dubbele regels in published_urls.txt"
    assert all(url.startswith("/") for url in urls), "elk adres begint met /"
    assert "/" in urls and "/over/" in urls


def test_every_published_address_resolves_or_redirects(built_site: Build) -> None:
    problems = unreachable(built_site.site, published_urls())
    assert not problems, "gepubliceerde adressen werken niet meer:\n" + "\n".join(problems)


def _rename_case(project: Path) -> None:
    """Rename the Iselinge case's slug in a copy, as an editor would: file name and every reference."""
    cases = project / "data" / "cases"
    shutil.move(cases / f"{OLD_CASE}.yaml", cases / f"{NEW_CASE}.yaml")
    for path in (project / "data").rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if OLD_CASE in text:
            path.write_text(text.replace(OLD_CASE, NEW_CASE), encoding="utf-8")


def _add_redirect(project: Path, old: str, new: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    entry = f"        {old}: {new}\n"
    if "redirect_maps: {}" in text:
        text = text.replace("redirect_maps: {}", "redirect_maps:\n" + entry.rstrip("\n"), 1)
    else:
        text = text.replace("redirect_maps:\n", "redirect_maps:\n" + entry, 1)
    config.write_text(text, encoding="utf-8")


def test_renamed_slug_works_with_a_redirect_and_breaks_the_list_without(tmp_path: Path, page: object) -> None:
    project = copy_project(tmp_path / "project")
    _rename_case(project)
    _add_redirect(project, f"casussen/{OLD_CASE}.md", f"casussen/{NEW_CASE}.md")
    with_redirect = mkdocs_build(project, tmp_path / "with")
    assert with_redirect.returncode == 0, with_redirect.output
    assert unreachable(with_redirect.site, published_urls()) == []
    stub = html_file(with_redirect.site, f"/casussen/{OLD_CASE}/")
    assert redirect_target(stub.read_text(encoding="utf-8")) == f"../{NEW_CASE}/"

    # A reader with an old link lands on the renamed page, anchor included.
    url, server = serve(with_redirect.site)
    try:
        page.goto(f"{url}casussen/{OLD_CASE}/#interventies")  # type: ignore[attr-defined]
        page.wait_for_url(f"{url}casussen/{NEW_CASE}/**")  # type: ignore[attr-defined]
        assert page.title() == re.search(
            r"<title>(.*?)</title>", with_redirect.page(f"casussen/{NEW_CASE}/")
        ).group(1)  # type: ignore[attr-defined,union-attr]
        assert page.url.endswith("#interventies")  # type: ignore[attr-defined]
    finally:
        server.shutdown()

    # Without the redirect the renamed page's old address is gone, and the list says so.
    stub.unlink()
    assert unreachable(with_redirect.site, published_urls()) == [
        f"/casussen/{OLD_CASE}/: verdwenen zonder doorverwijzing"
    ]


def test_checker_sees_a_redirect_to_nowhere(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "oud").mkdir(parents=True)
    (site / "oud" / "index.html").write_text(
        '<meta http-equiv="refresh" content="0; url=../nieuw/">', encoding="utf-8"
    )
    assert unreachable(site, ["/oud/"]) == [
        "/oud/: doorverwijzing naar ../nieuw/, maar daar staat geen pagina"
    ]
    (site / "nieuw").mkdir()
    (site / "nieuw" / "index.html").write_text("<h1>Nieuw</h1>", encoding="utf-8")
    assert unreachable(site, ["/oud/"]) == []


def test_readme_explains_renaming() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "redirect_maps" in readme and "published_urls.txt" in readme
