"""Faithfulness checks the sentence classifier cannot make: who is credited, what counts as practice,
and which of the article's passages a reader finds."""

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


def test_the_articles_suggestions_are_shown_as_examples_and_counted_apart(built_site: Build) -> None:
    """'Een doel kan bijvoorbeeld zijn…' and 'Vragen die centraal kunnen staan… zijn bijvoorbeeld' are the article's
    examples, not what the werkplaatsen did: labelled so on their cards and not counted as practice."""
    home = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", built_site.page("")))
    assert (
        "11 interventies uit de praktijk van één casus en 2 voorbeelden die het bronartikel alleen voorstelt"
        in home
    )
    case = built_site.page("casussen/iselinge-2021-2022/")
    for anchor in ("interventie-gezamenlijke-kennisbasis", "interventie-leidende-vragen-bij-doelen"):
        card = case[case.index(f'id="{anchor}"') :]
        card = card[: card.index("</article>")]
        assert "Voorbeeld uit het artikel" in card and "data-redactie" in card, anchor
    other = case[case.index('id="interventie-tijdlijn-of-digitale-doelenwand"') :]
    assert "Voorbeeld uit het artikel" not in other[: other.index("</article>")]


ARTICLE_PASSAGES = [
    "wordt steeds meer erkend",
    "duurzame ontwikkeling en daarmee innovatiekracht",
    "netwerkleren in hun curricula kunnen opnemen",
    "belemmerende en bevorderende factoren",
    "niet altijd expliciet en structureel aandacht",
    "een van de instituten die deel uitmaakt van de onderzoeksgroep",
    "derdejaars studenten deelnemen aan een werkplaats",
    "een impuls te geven",
    "vertaald kunnen worden naar concreet handelen van lerarenopleiders",
    "daardoor de motivatie voor hun studie verliezen (Vrieling-Teunter et al., 2021)",
]


def test_the_articles_framing_passages_are_quoted_on_the_home_page(built_site: Build) -> None:
    home = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", built_site.page("")))
    missing = [phrase for phrase in ARTICLE_PASSAGES if phrase not in home]
    assert not missing, missing
