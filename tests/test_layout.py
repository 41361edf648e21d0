"""Principle pages are readable on a laptop and on a phone, and macro errors stop the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, copy_project, mkdocs_build

SCREENSHOTS = ROOT / "tests" / "artifacts"
PRINCIPLE = "ontwerpprincipes/bouw-aan-onderling-vertrouwen/"


@pytest.mark.parametrize(("width", "columns"), [(1280, 2), (390, 1)])
def test_cards_fit_the_screen(browser: object, site_url: str, width: int, columns: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(site_url + PRINCIPLE)
    cards = page.locator(".nl-cards li.nl-card")
    assert cards.count() >= 2
    boxes = [cards.nth(i).bounding_box() for i in range(cards.count())]
    assert all(box is not None for box in boxes)
    # No horizontal scrolling, cards at a readable width, laid out in the expected number of columns.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert min(box["width"] for box in boxes) >= 280  # type: ignore[index]
    assert len({round(box["x"]) for box in boxes}) == columns  # type: ignore[index]
    font_size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.nl-card p')).fontSize)")
    assert font_size >= 13
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"principle-{width}.png"))
    context.close()


def test_a_macro_error_stops_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "docs" / "kapot.md").write_text("# Kapot\n\n{{ bestaat_niet() }}\n", encoding="utf-8")
    build = mkdocs_build(project)
    assert build.returncode != 0
    assert "bestaat_niet" in build.output
    assert not (project / "site" / "kapot" / "index.html").exists()
