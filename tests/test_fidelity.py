"""Every text the data marks as the source's own words is found in the source article.

The source article (``../shared/seed/ontwerpprincipes-tlg.txt``, beside the repository; another
place with ``NETWERKLEREN_BRONARTIKEL``) is the text of the practice article about the Iselinge case,
as delivered: a PDF conversion with a blank line
after every line and words broken across lines ("verantwoordelijkh" / "eid"). A text counts
as found when it occurs in the article after normalising:

- whitespace: all whitespace is dropped on both sides, so line breaks inside a word and
  differences in spacing do not matter (every changed, added or dropped letter still does);
- line-break hyphenation: a hyphen at the end of a line followed by a lower-case letter is
  dropped ("werk-" / "plaats"); "Oost-" / "Gelderland" keeps its hyphen;
- quote marks: curly, low and straight single quotes count as one mark, and so do double ones;
- marks the handbook adds: "[sic]" after a verbatim typo is ignored, "…" marks an
  omission (the parts on either side must occur in this order), and a full stop may end a
  quotation where the article's sentence goes on with a citation: "… competentieontwikkeling."
  for "… competentieontwikkeling (Bartelts-Schilt & Vrieling-Teunter, 2020).".

What the data marks as the source's: the characteristics' names and the principles' wording
(Tabel 1), the conditions' names, checklist items with ``herkomst: bron``, and for every case
whose sources include the source article: its summary, context, monitoring, approaches,
conclusions, every intervention's ``wat``, every quote and every ``bronfragment``. Quotations
in the Markdown pages (lines starting with ``>``) are checked the same way.
"""

from __future__ import annotations

import html
import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT, Build
from netwerkleren.load.build import build_handbook
from netwerkleren.model.records import Case, Link

SEED_ARTICLE = Path("shared") / "seed" / "ontwerpprincipes-tlg.txt"


def find_source_article() -> Path:
    """``NETWERKLEREN_BRONARTIKEL``, else ``shared/seed/`` beside the repository or a folder above it."""
    if os.environ.get("NETWERKLEREN_BRONARTIKEL"):
        return Path(os.environ["NETWERKLEREN_BRONARTIKEL"])
    candidates = [folder / SEED_ARTICLE for folder in ROOT.parents]
    return next((path for path in candidates if path.is_file()), candidates[0])


SOURCE_ARTICLE = find_source_article()
"""The article is not in the repository: its rights stay with its authors. Without it the test fails,
unless NETWERKLEREN_ZONDER_BRONARTIKEL=1 says it may be skipped (a pull request on GitHub)."""
if not SOURCE_ARTICLE.is_file():
    if os.environ.get("NETWERKLEREN_ZONDER_BRONARTIKEL") != "1":
        raise RuntimeError(
            f"Bronartikel niet gevonden op {SOURCE_ARTICLE}: zet NETWERKLEREN_BRONARTIKEL=/pad/naar/"
            "ontwerpprincipes-tlg.txt, of NETWERKLEREN_ZONDER_BRONARTIKEL=1 om deze test over te slaan."
        )
    pytest.skip("bronartikel niet aanwezig (NETWERKLEREN_ZONDER_BRONARTIKEL=1)", allow_module_level=True)
SOURCE_ARTICLE_ID = "bronartikel"
"""The id in data/bronnen.yaml of the source article; cases that cite it quote it."""
OMISSION = "…"
SIC = "[sic]"
MIN_PART = 12
"""Each part of a quotation with omissions holds at least this many letters, so the check means something."""
QUOTE_MARKS = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "“": '"', "”": '"', "„": '"'})
LINE_BREAK_HYPHEN = re.compile(r"-[ \t]*\n\s*(?=[a-zà-ÿ])")
WHITESPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(QUOTE_MARKS)
    return WHITESPACE.sub("", text)


def normalised_source() -> str:
    return normalise(LINE_BREAK_HYPHEN.sub("", SOURCE_ARTICLE.read_text(encoding="utf-8")))


SOURCE = normalised_source()


def missing_part(quotation: str, source: str = SOURCE) -> str | None:
    """The first part of ``quotation`` not found in ``source`` (in order); None when it is all there."""
    position = 0
    quotation = quotation.replace(SIC, "").strip()
    if quotation.endswith(".") and not quotation.endswith(".."):
        quotation = quotation[:-1]
    for raw in quotation.split(OMISSION):
        part = normalise(raw)
        if not part:
            continue
        found = source.find(part, position)
        if found < 0:
            return raw.strip()
        position = found + len(part)
    return None


def paragraphs(text: str) -> list[str]:
    return [block for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]


def _links(case: Case) -> Iterator[tuple[str, Link]]:
    for j, link in enumerate(case.context_principes):
        yield f"context_principes[{j + 1}]", link
    for i, item in enumerate(case.interventies):
        where = f"interventies[{i + 1}] ({item.id})"
        yield f"{where}.karakteristiek", item.karakteristiek
        for field in ("principes", "voorwaarden"):
            for j, link in enumerate(getattr(item, field)):
                yield f"{where}.{field}[{j + 1}]", link


def _case_texts(case_id: str, case: Case) -> Iterator[tuple[str, str]]:
    where = f"data/cases/{case_id}.yaml"
    for field in ("samenvatting", "context", "monitoring"):
        text = getattr(case, field)
        for n, paragraph in enumerate(paragraphs(text or ""), 1):
            yield f"{where}: {field}, alinea {n}", paragraph
    for j, approach in enumerate(case.aanpakken, 1):
        for n, paragraph in enumerate(paragraphs(approach.tekst), 1):
            yield f"{where}: aanpakken[{j}].tekst, alinea {n}", paragraph
    for j, conclusion in enumerate(case.conclusies, 1):
        yield f"{where}: conclusies[{j}]", conclusion
    for i, item in enumerate(case.interventies, 1):
        for n, paragraph in enumerate(paragraphs(item.wat), 1):
            yield f"{where}: interventies[{i}] ({item.id}).wat, alinea {n}", paragraph
        for j, quote in enumerate(item.citaten, 1):
            yield f"{where}: interventies[{i}] ({item.id}).citaten[{j}].tekst", quote.tekst
    for label, link in _links(case):
        if link.bronfragment is not None:
            yield f"{where}: {label}.bronfragment", link.bronfragment


def _markdown_quotations() -> Iterator[tuple[str, str]]:
    """Blockquotes in the Markdown pages, except ones that hold template code (the citation on the about page)."""
    for path in sorted((ROOT / "docs").rglob("*.md")):
        block: list[str] = []
        lines = [*path.read_text(encoding="utf-8").splitlines(), ""]
        for number, line in enumerate(lines, 1):
            if line.startswith(">"):
                block.append(line[1:].strip())
                continue
            if block and not any("{{" in part or "{%" in part for part in block):
                yield f"{path.relative_to(ROOT)} (blokcitaat tot regel {number - 1})", " ".join(block)
            block = []


def source_claimed_texts() -> list[tuple[str, str]]:
    """(where, text) for every text the data and pages mark as the source article's words."""
    handbook = build_handbook(ROOT / "data")
    texts: list[tuple[str, str]] = []
    for i, characteristic in enumerate(handbook.characteristics, 1):
        texts.append((f"data/karakteristieken.yaml: karakteristieken[{i}].naam", characteristic.naam))
        for j, principle in enumerate(characteristic.ontwerpprincipes, 1):
            texts.append(
                (
                    f"data/karakteristieken.yaml: karakteristieken[{i}].ontwerpprincipes[{j}].tekst",
                    principle.tekst,
                )
            )
    for i, condition in enumerate(handbook.conditions, 1):
        texts.append((f"data/motivatievoorwaarden.yaml: motivatievoorwaarden[{i}].naam", condition.naam))
    for checklist in handbook.checklists:
        for item in checklist.items:
            if item.herkomst == "bron" and item.tekst:
                texts.append((f"data/checklists.yaml: checklist '{checklist.id}'", item.tekst))
    for case_id, case in handbook.cases.items():
        if SOURCE_ARTICLE_ID in case.bronnen:
            texts.extend(_case_texts(case_id, case))
    texts.extend(_markdown_quotations())
    return texts


TEXTS = source_claimed_texts()


@pytest.mark.parametrize(("where", "text"), TEXTS, ids=[where for where, _ in TEXTS])
def test_source_claimed_text_is_in_the_source_article(where: str, text: str) -> None:
    missing = missing_part(text)
    assert missing is None, f"{where}: niet in het bronartikel: {missing!r}"


def test_the_check_covers_every_kind_of_source_text() -> None:
    """Guards against the collection silently losing a kind of text (then the test above would pass on nothing)."""
    kinds = {
        re.sub(r"\[\d+\]|, alinea \d+| \([a-z0-9-]+\)|'[a-z0-9-]+'", "", where).split(": ", 1)[-1]
        for where, _ in TEXTS
    }
    expected = {
        "karakteristieken.naam", "karakteristieken.ontwerpprincipes.tekst", "motivatievoorwaarden.naam",
        "samenvatting", "context", "monitoring", "aanpakken.tekst", "conclusies", "interventies.wat",
        "interventies.citaten.tekst", "interventies.karakteristiek.bronfragment", "interventies.principes.bronfragment",
    }  # fmt: skip
    assert expected <= kinds, sorted(expected - kinds)
    assert len(TEXTS) > 60


@pytest.mark.parametrize(("where", "text"), TEXTS, ids=[where for where, _ in TEXTS])
def test_one_changed_word_is_caught(where: str, text: str) -> None:
    """The check can fail: change the longest word of any source-claimed text and it is no longer found."""
    words = re.findall(r"[^\W\d_]{4,}", text.replace(SIC, ""))
    assert words, where
    word = max(words, key=len)
    changed = word[::-1] if word[::-1] != word else word + "q"
    assert missing_part(text.replace(word, changed, 1)) is not None, where


@pytest.mark.parametrize(
    ("quotation", "found"),
    [
        (
            "Gezamenlijke verantwoordelijkheid en eigenaarschap",
            True,
        ),  # broken across lines: verantwoordelijkh / eid
        ("Academische Werkplaats Oost-Gelderland", True),  # a real hyphen at a line end stays
        ("een ‘Ontwerpgerichte aanpak’, en ‘Diversiteit en gelijkwaardigheid’", True),
        ("een 'Ontwerpgerichte aanpak', en 'Diversiteit en gelijkwaardigheid'", True),  # straight quotes
        ("1) Autonome inhoudelijk [sic] keuzes", True),
        ("Ten eerste blijkt, … waardevol is om concrete en gezamenlijk bepaalde doelen", True),
        (
            "waardevol is om concrete en gezamenlijk bepaalde doelen … Ten eerste blijkt,",
            False,
        ),  # order counts
        ("Autonome inhoudelijke keuzes", False),
        ("Gezamenlijke verantwoordelijkheid en eigenaarschap.", True),
        ("Netwerkleren kent een vast recept", False),
    ],
)
def test_normalisation(quotation: str, found: bool) -> None:
    assert (missing_part(quotation) is None) == found


def test_every_omission_leaves_meaningful_parts() -> None:
    for where, text in TEXTS:
        if OMISSION in text:
            parts = [normalise(part) for part in text.replace(SIC, "").split(OMISSION)]
            assert all(len(part) >= MIN_PART for part in parts if part), where


def test_a_verbatim_typo_is_marked_in_the_data() -> None:
    """The article's "Autonome inhoudelijk keuzes" stays verbatim and is flagged, so every page shows [sic]."""
    handbook = build_handbook(ROOT / "data")
    typo = next(c for c in handbook.conditions if c.naam == "Autonome inhoudelijk keuzes")
    assert typo.sic
    assert not [c.naam for c in handbook.conditions if c.sic and c is not typo]


# --- the built site -----------------------------------------------------------------------------

DOI = re.compile(r"10\.\d{4,9}/[^\s<>\"]+[^\s<>\".,;)]")
TAG = re.compile(r"<script\b.*?</script>|<style\b.*?</style>|<[^>]+>", re.DOTALL)
CASE_PAGE = "casussen/iselinge-2021-2022/"


def visible_text(html_text: str) -> str:
    """The text a reader sees: tags (and so attributes such as href) dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(TAG.sub(" ", html_text)).split())


def _pages(built_site: Build) -> Iterator[tuple[str, str]]:
    for path in sorted(built_site.site.rglob("*.html")):
        relative = path.relative_to(built_site.site).as_posix()
        yield relative.removesuffix("index.html"), visible_text(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def site_text(built_site: Build) -> dict[str, str]:
    return dict(_pages(built_site))


def test_no_doi_is_printed_twice_on_a_page(site_text: dict[str, str]) -> None:
    twice = {}
    for page, text in site_text.items():
        counts: dict[str, int] = {}
        for doi in DOI.findall(text):
            counts[doi] = counts.get(doi, 0) + 1
        twice.update({f"{page}: {doi}": n for doi, n in counts.items() if n > 1})
    assert not twice, twice
    assert "10.1080/13540602.2021.1920909" in site_text["bronnen/"]


def test_the_kennisbank_page_is_never_presented_as_the_source_of_the_case(
    built_site: Build, site_text: dict[str, str]
) -> None:
    naming = sorted(page for page, text in site_text.items() if "kennisbank" in text.lower())
    assert naming == ["bronnen/"], naming
    sources = built_site.page("bronnen/")
    item = sources[sources.index('id="bron-kennisbank-2022"') :]
    item = visible_text(item[: item.index("</li>")])
    assert "samenvatting" in item and "niet het bronartikel" in item, item
    for page in (
        CASE_PAGE,
        "over/",
        "checklists/start-van-de-werkplaats/",
        "checklists/motivatievoorwaarden/",
    ):
        assert 'id="bron-kennisbank-2022"' not in built_site.page(page), page
    case = site_text[CASE_PAGE]
    assert "Bronartikel: een praktijkartikel over de casus Iselinge Hogeschool" in case
    assert "Niet bevestigd" in case[case.index("Bronartikel: een praktijkartikel") :]


def test_the_motivation_checklist_credits_the_motivation_study(built_site: Build) -> None:
    footer = visible_text(
        built_site.page("checklists/motivatievoorwaarden/").split('class="nl-print-footer"')[1]
    )
    assert "Bron: Vrieling-Teunter et al., 2024; Hebing & Vrieling-Teunter, 2022 (niet bevestigd)." in footer
    assert "2021" not in footer.split("Uit het handboek")[0]


def test_the_articles_typo_is_marked_sic_wherever_it_is_shown(
    built_site: Build, site_text: dict[str, str]
) -> None:
    typo = "Autonome inhoudelijk keuzes"
    pages = [page for page, text in site_text.items() if typo in text]
    assert len(pages) >= 5, pages
    unmarked = [
        page for page in pages if site_text[page].count(typo) != site_text[page].count(f"{typo} [sic]")
    ]
    assert not unmarked, unmarked

    unmarked_data = [
        path.relative_to(built_site.site).as_posix()
        for path in built_site.site.rglob("*")
        if path.suffix in {".js", ".json"}
        and re.search(rf"{typo}(?!\s*\[sic\])", path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert not unmarked_data, unmarked_data  # data for scripts (search, the planner) too


STORY = {
    "de conclusie: handvatten, en niet alleen staan": [
        "handvatten om studenten voor te bereiden",
        "niet alleen voor staan",
    ],
    "de motivatiestudie: vier pabo's, principes aangescherpt": [
        "Iselinge Hogeschool, Thomas More Hogeschool, Marnix Academie en Hogeschool IPABO",
        "ontwerpprincipes zijn vervolgens aangescherpt",
    ],
    "waarom: interprofessionele samenwerking, geen vast recept": [
        "interprofessionele groepen, bijvoorbeeld met professionals uit de voorschoolse en buitenschoolse opvang",
        "Netwerkleren kent geen ‘vast recept’",
    ],
    "het proces van de projectleiders": [
        "Binnen de groep Onderzoek & Innovatie",
        "een plan gemaakt voor concrete interventies per werkplaats",
        "logboek dat twee keer werd ingevuld door de projectleiders en met de projectleiders werd besproken",
        "van alle werkplaatsbijeenkomsten geluidsopnamen gemaakt",
        "als de logboeken geanalyseerd",
    ],
    "studenten als expert": ["lastig om zichzelf als expert te positioneren"],
}


@pytest.mark.parametrize("item", STORY, ids=list(STORY))
def test_the_articles_whole_story_is_on_the_site(item: str, site_text: dict[str, str]) -> None:
    for phrase in STORY[item]:
        assert any(phrase in text for text in site_text.values()), (
            f"{item}: {phrase!r} staat nergens op de site"
        )


def test_the_podcast_is_named_beyond_the_sources_page(site_text: dict[str, str]) -> None:
    pages = [page for page, text in site_text.items() if "Op zoek naar het ideale leernetwerk" in text]
    assert [page for page in pages if page != "bronnen/"], pages


def test_the_case_context_links_to_integrating_network_learning_in_the_curriculum(built_site: Build) -> None:
    principle = built_site.page("ontwerpprincipes/integreer-netwerkleren-in-het-curriculum/")
    assert 'href="../../casussen/iselinge-2021-2022/#context"' in principle
    assert "Redactionele koppeling" in visible_text(principle.split('id="casussen"')[1])
    case = built_site.page(CASE_PAGE)
    context = case[case.index('id="context"') :]
    assert 'href="../../ontwerpprincipes/integreer-netwerkleren-in-het-curriculum/"' in context


def test_the_case_page_names_the_two_best_practices_first(built_site: Build) -> None:
    case = built_site.page(CASE_PAGE)
    first, second, rest = (case.index(f'id="{anchor}"') for anchor in ("aanpak-1", "aanpak-2", "verder"))
    assert first < second < rest
    assert "Ten eerste blijkt" in case[first:second] and "Een tweede aanpak" in case[second:rest]
    for anchor in ("group-wisdom", "tijdlijn-of-digitale-doelenwand"):
        assert first < case.index(f'id="interventie-{anchor}"') < second, anchor
    for anchor in ("belbin-groepsrollen", "wensen-en-verwachtingen-expliciet"):
        assert second < case.index(f'id="interventie-{anchor}"') < rest, anchor
    for anchor in ("roulerend-voorzitterschap", "doelen-in-elke-bijeenkomst"):
        assert rest < case.index(f'id="interventie-{anchor}"'), anchor


def test_editorial_text_is_shown_as_editorial(built_site: Build) -> None:
    case = visible_text(built_site.page(CASE_PAGE))
    assert "Noot van de redactie Over de tool: Group Wisdom" in case
    assert "Noot van de redactie Over de test: de Belbin-teamrollen" in case
    assert (
        "Zelf doen (redactie)" in case
        and "(indeling: redactie)" in case
        and "Trefwoorden (redactie):" in case
    )
    characteristic = visible_text(built_site.page("karakteristieken/ontwerpgerichte-aanpak/"))
    assert (
        "Project-based approach" in characteristic
        and "Het bronartikel zegt ‘ontwerpgericht’" in characteristic
    )
