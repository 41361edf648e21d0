"""A case's approaches are credited to the case's own source, not always to "het bronartikel"."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import Build, copy_project, mkdocs_build

FIXTURE = Path(__file__).parent / "fixtures" / "valid" / "pabo-voorbeeldstad-2024-2025.yaml"


def _approach_credits(html_text: str) -> list[str]:
    return re.findall(
        r'<blockquote class="nl-approach">.*?<footer>&mdash; (.*?)</footer>', html_text, re.DOTALL
    )


def test_the_iselinge_case_credits_the_source_article(built_site: Build) -> None:
    credits = _approach_credits(built_site.page("casussen/iselinge-2021-2022/"))
    assert credits == ["het bronartikel", "het bronartikel"], credits


def test_a_second_case_credits_its_own_source(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    shutil.copyfile(FIXTURE, project / "data" / "cases" / FIXTURE.name)
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 0, build.output
    credits = _approach_credits(build.page("casussen/pabo-voorbeeldstad-2024-2025/"))
    assert credits == ["Pabo Voorbeeldstad, 2025"], credits
    assert _approach_credits(build.page("casussen/iselinge-2021-2022/")) == ["het bronartikel"] * 2
