"""Every text the data marks as the source's own words is found in the source article.

The article is not in the repository (its rights stay with its authors). Where it lies beside the repository
(``../shared/seed/ontwerpprincipes-tlg.txt``, or ``NETWERKLEREN_BRONARTIKEL``) every check runs twice: against
the full text and against the committed fingerprint (tests/bronartikel.fingerprint.json); on a fresh clone
without it, against the fingerprint only. tests/source_text.py holds the normalisation, the omission and speaker
rules, the two modes and why the fingerprint gives no text back. ``NETWERKLEREN_BRONARTIKEL_MODUS=vingerafdruk``
runs the fingerprint only; on CI (``CI=true``) the full text is required unless ``NETWERKLEREN_ZONDER_BRONARTIKEL=1``.

What the data marks as the source's: the characteristics' names and the principles' wording (Tabel 1), the
conditions' names, checklist items with ``herkomst: bron``, and for every case whose sources include the source
article: its summary, context, monitoring, approaches, conclusions, every intervention's ``wat``, every quote
(and its speaker, ``wie``) and every ``bronfragment``. Quotations in the Markdown pages (lines starting with ``>``)
are checked the same way.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import source_text
from source_text import (
    FINGERPRINT,
    FINGERPRINT_MODE,
    FULL_TEXT,
    MAX_GAP,
    MIN_PART_WORDS,
    SIC,
    Source,
    SourceMissing,
    article_path,
    fresh_fingerprint,
    quoted_speakers,
    source_claimed_texts,
)

from conftest import ROOT, Build
from netwerkleren.load.build import build_handbook

ACTIVE = source_text.source()
"""The mode ``source()`` chooses here; on CI without the article (and without leave to run without it) this
raises SourceMissing, so the run stops instead of passing on the fingerprint alone."""
ARTICLE = article_path()
MODES = [FULL_TEXT, FINGERPRINT_MODE]


def matcher(mode: str) -> Source:
    """The source in ``mode``; the full text is skipped (not failed) where it may be absent."""
    if mode == FINGERPRINT_MODE:
        return source_text.fingerprint()
    if ACTIVE.mode == FINGERPRINT_MODE:
        pytest.skip(f"alleen de vingerafdruk: bronartikel niet gebruikt ({ARTICLE})")
    return ACTIVE


TEXTS = source_claimed_texts()
SPEAKERS = quoted_speakers()


def with_modes(items: list[tuple[str, str]]) -> list[object]:
    return [pytest.param(mode, *item, id=f"{mode}: {item[0]}") for mode in MODES for item in items]


@pytest.mark.parametrize(("mode", "where", "text"), with_modes(TEXTS))
def test_source_claimed_text_is_in_the_source_article(mode: str, where: str, text: str) -> None:
    reason = matcher(mode).check_quote(text)
    assert reason is None, f"{where}: {reason}"


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
    assert SPEAKERS, "geen citaat met een spreker (wie) gevonden"


def changed_longest_word(text: str) -> str:
    words = re.findall(r"[^\W\d_]{4,}", text.replace(SIC, ""))
    word = max(words, key=len)
    changed = word[::-1] if word[::-1] != word else word + "q"
    return text.replace(word, changed, 1)


@pytest.mark.parametrize(("mode", "where", "text"), with_modes(TEXTS))
def test_one_changed_word_is_caught(mode: str, where: str, text: str) -> None:
    """The check can fail: change the longest word of any source-claimed text and it is no longer found."""
    assert matcher(mode).check_quote(changed_longest_word(text)) is not None, where


@pytest.mark.parametrize("mode", MODES)
def test_a_changed_first_or_last_word_is_caught(mode: str) -> None:
    """The ends of a quotation have the same strength as its middle (a fingerprint of n-grams would not)."""
    source = matcher(mode)
    missed = []
    for where, text in TEXTS:
        words = re.findall(r"[^\W\d_]{2,}", text.replace(SIC, ""))
        for word in {words[0], words[-1]}:
            changed = re.sub(
                rf"\b{re.escape(word)}\b", word[:-1] + ("x" if word[-1] != "x" else "y"), text, count=1
            )
            if source.check_quote(changed) is None:
                missed.append(f"{where}: {word}")
    assert not missed, missed


@pytest.mark.parametrize("mode", MODES)
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
        ("Autonome inhoudelijk [sic] keuzes", True),
        ("Ten eerste blijkt, passend bij de karakteristiek … in tabel 1, dat het voor het samen leren", True),
        (
            "Ten eerste blijkt, … waardevol is om concrete en gezamenlijk bepaalde doelen",
            False,
        ),  # drops "tabel 1"
        (
            "waardevol is om concrete en gezamenlijk bepaalde doelen … Ten eerste blijkt,",
            False,
        ),  # order counts
        ("Autonome inhoudelijke keuzes", False),
        ("Gezamenlijke verantwoordelijkheid en eigenaarschap.", True),
        ("Netwerkleren kent een vast recept", False),
        ("Netwerkleren kent geen ‘vast recept’", True),
    ],
)
def test_normalisation(mode: str, quotation: str, found: bool) -> None:
    assert (matcher(mode).check_quote(quotation) is None) == found


OMISSIONS = {
    "the sentence itself": ("Studenten werken niet alleen aan hun inhoudelijke kennis", None),
    "'niet' replaced by '…'": ("Studenten werken … alleen aan hun inhoudelijke kennis", "te kort"),
    "'niet' replaced by '…', with longer parts": (
        "de verhouding student-professional in balans is. Studenten werken … alleen aan hun inhoudelijke kennis",
        "ontkenning",
    ),
    "a number left out": (
        "Op Iselinge Hogeschool zijn in studiejaar 2021-2022 … werkplaatsen aan de slag gegaan",
        "ontkenning of getal",
    ),
    "an omission that removes nothing": (
        "Studenten werken niet … alleen aan hun inhoudelijke kennis",
        None,
    ),
    "whole sentences left out may hold a negation": (
        "een zinvol onderdeel te maken van de TLG. … Studenten geven overigens wel aan dat",
        None,
    ),
    "two words before an omission": (
        "Ten eerste … waardevol is om concrete en gezamenlijk bepaalde doelen",
        "te kort",
    ),
    "parts too far apart": (
        "Een praktijkvoorbeeld van TLG’s binnen het curriculum … De casus laat zien dat",
        "te ver uit elkaar",
    ),
    "parts in the wrong order": (
        "waardevol is om concrete en gezamenlijk bepaalde doelen … Ten eerste blijkt,",
        "andere volgorde",
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", OMISSIONS, ids=list(OMISSIONS))
def test_omission_rules(mode: str, case: str) -> None:
    quotation, expected = OMISSIONS[case]
    reason = matcher(mode).check_quote(quotation)
    if expected is None:
        assert reason is None, reason
    else:
        assert reason is not None and expected in reason, reason


def test_the_omission_rules_are_stated() -> None:
    assert (MIN_PART_WORDS, MAX_GAP) == (3, 300)
    assert f"``MIN_PART_WORDS`` ({MIN_PART_WORDS})" in source_text.__doc__
    assert f"``MAX_GAP`` ({MAX_GAP})" in source_text.__doc__


@pytest.mark.parametrize("mode", MODES)
def test_every_speaker_is_the_articles(mode: str) -> None:
    source = matcher(mode)
    wrong = {where: source.check_speaker(text, wie) for where, text, wie in SPEAKERS}
    assert not {where: why for where, why in wrong.items() if why}, wrong


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "wie", ["een van de studenten", "een student", "de projectleiders", "een lerarenopleider"]
)
def test_a_changed_speaker_is_caught(mode: str, wie: str) -> None:
    source = matcher(mode)
    quote = next(text for _, text, _ in SPEAKERS if text.startswith("Group Wisdom heeft ons geholpen"))
    assert source.check_speaker(quote, "een van de projectleiders") is None
    assert source.check_speaker(quote, wie) is not None, wie


# --- the fingerprint ---------------------------------------------------------------------------------


def committed_fingerprint() -> dict:
    return json.loads(FINGERPRINT.read_text(encoding="utf-8"))


def test_the_committed_fingerprint_equals_a_fresh_one() -> None:
    """It cannot go stale: wherever the article is, the committed fingerprint is the one it makes now."""
    if not ARTICLE.is_file():
        pytest.skip(f"bronartikel niet aanwezig ({ARTICLE}): de vingerafdruk is niet na te rekenen")
    committed = committed_fingerprint()
    fresh = fresh_fingerprint(ARTICLE.read_text(encoding="utf-8"), bytes.fromhex(committed["zout"]))
    assert fresh == committed, (
        f"{FINGERPRINT.relative_to(ROOT)} is verouderd (het bronartikel of een citaat in de repository is "
        "veranderd): draai .venv/bin/python scripts/bronartikel_fingerprint.py en commit het resultaat"
    )


def test_the_script_finds_a_stale_fingerprint(tmp_path: Path) -> None:
    """``scripts/bronartikel_fingerprint.py --check`` passes on the committed fingerprint and fails on a changed article."""
    if not ARTICLE.is_file():
        pytest.skip(f"bronartikel niet aanwezig ({ARTICLE})")
    script = [sys.executable, str(ROOT / "scripts" / "bronartikel_fingerprint.py"), "--check"]
    env = {**os.environ, "NETWERKLEREN_BRONARTIKEL": str(ARTICLE)}
    result = subprocess.run(script, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0 and "klopt" in result.stdout, result.stdout + result.stderr
    changed = tmp_path / "artikel.txt"
    changed.write_text(
        ARTICLE.read_text(encoding="utf-8").replace("Netwerkleren", "Netwerkwerken", 1), "utf-8"
    )
    result = subprocess.run(
        script, capture_output=True, text=True, env={**env, "NETWERKLEREN_BRONARTIKEL": str(changed)}
    )
    assert result.returncode == 1 and "verouderd" in result.stderr, result.stdout + result.stderr


def test_the_fingerprint_holds_no_text() -> None:
    """Hashes only (8 hex digits or '........' per position), and no run of the article's words."""
    data = committed_fingerprint()
    assert set(data) == {
        "uitleg", "versie", "zout", "tokens", "gedekt", "artikel_sha256",
        "ontkenningen_en_getallen", "rolwoorden", "zinseinden", "hashes",
    }  # fmt: skip
    hashes = "".join(data["hashes"])
    assert re.fullmatch(r"(?:[0-9a-f]{8}|\.{8})*", hashes) and len(hashes) == 8 * data["tokens"]
    assert hashes.count("........") == data["tokens"] - data["gedekt"] > 0
    if ARTICLE.is_file():
        article = source_text.article_tokens(ARTICLE.read_text(encoding="utf-8"))
        runs = {tuple(article[i : i + 4]) for i in range(len(article) - 3)}
        found = source_text.tokens(FINGERPRINT.read_text(encoding="utf-8"))
        shared = [found[i : i + 4] for i in range(len(found) - 3) if tuple(found[i : i + 4]) in runs]
        assert not shared, shared


def test_text_the_repository_does_not_publish_cannot_be_checked_with_the_fingerprint() -> None:
    """Every position without a hash is one the repository does not quote: there the fingerprint knows nothing."""
    fingerprint = source_text.fingerprint()
    assert (
        fingerprint.units.count(None) == committed_fingerprint()["tokens"] - committed_fingerprint()["gedekt"]
    )
    if ARTICLE.is_file():
        article = source_text.full_text(ARTICLE).units
        unpublished = next(i for i, unit in enumerate(fingerprint.units) if unit is None)
        passage = " ".join(str(token) for token in article[unpublished : unpublished + 6])
        assert source_text.full_text(ARTICLE).contains(passage) and not fingerprint.contains(passage)
        assert "vingerafdruk" in (fingerprint.check_quote(passage) or "")


def test_the_mode_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    absent = str(tmp_path) + "/geen-artikel.txt"
    for name in ("NETWERKLEREN_BRONARTIKEL_MODUS", "NETWERKLEREN_ZONDER_BRONARTIKEL", "CI"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NETWERKLEREN_BRONARTIKEL", absent)
    assert source_text.source().mode == FINGERPRINT_MODE  # a fresh clone
    monkeypatch.setenv("CI", "true")
    with pytest.raises(SourceMissing, match="CI moet de toets tegen de volledige tekst draaien"):
        source_text.source()  # CI has the article beside the repository
    monkeypatch.setenv("NETWERKLEREN_ZONDER_BRONARTIKEL", "1")
    assert source_text.source().mode == FINGERPRINT_MODE  # a pull request on GitHub
    monkeypatch.setenv("NETWERKLEREN_BRONARTIKEL_MODUS", FULL_TEXT)
    with pytest.raises(SourceMissing):
        source_text.source()
    if ARTICLE.is_file():
        monkeypatch.setenv("NETWERKLEREN_BRONARTIKEL", str(ARTICLE))
        assert source_text.source().mode == FULL_TEXT
        monkeypatch.setenv("NETWERKLEREN_BRONARTIKEL_MODUS", FINGERPRINT_MODE)
        assert source_text.source().mode == FINGERPRINT_MODE


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
    # Whether a reference is confirmed is said on the sources page, not in every printed footer.
    assert "Bron: Vrieling-Teunter et al., 2024; Hebing & Vrieling-Teunter, 2022." in footer
    assert "2021" not in footer.split("Uit het handboek")[0]


def test_the_articles_typo_is_marked_sic_wherever_it_is_shown(
    built_site: Build, site_text: dict[str, str]
) -> None:
    typo = "Autonome inhoudelijk keuzes"
    pages = [page for page, text in site_text.items() if typo in text]
    assert pages  # with editorial short names (kort), only where the condition itself is quoted
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
    assert "verband gelegd door de redactie" in visible_text(principle.split('id="casussen"')[1])
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
    # One mention per card: the editorial parts are marked (data-redactie) and named in the card's line.
    assert case.count(" Noot ") >= 2  # a note folds under "Noot", inside the card's data-redactie block
    assert "Over de tool: Group Wisdom" in case and "Over de test: de Belbin-teamrollen" in case
    assert "Zelf doen:" in case and "Trefwoorden:" in case
    assert (
        "Titel, in het kort, stappen, noot, fase en wie, trefwoorden en verbanden met *: redactie van het handboek"
        in case
    )
    characteristic = visible_text(built_site.page("karakteristieken/ontwerpgerichte-aanpak/"))
    assert (
        "Project-based approach" in characteristic
        and "Het bronartikel zegt ‘ontwerpgericht’" in characteristic
    )
