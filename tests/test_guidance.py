"""Editorial guidance: every principle says how to begin, every characteristic what it means, every intervention
what to do, and every card what it is; all of it in editorial fields, shown as editorial (``data-redactie``).

The data side: each "Zo begin je" action names the principle or intervention it comes from (``uit``) and that id
resolves; a principle has three to five actions; every intervention has steps; interventions that the source
describes in one shared sentence each carry their own lead line (``kern``); principle short names are instructions,
like the principles; every condition has a short name without the source's typo.
The built side: the blocks are on the pages, near the top, labelled once, inside an element marked ``data-redactie``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_check import run_cli

from conftest import ROOT, Build, copy_project
from netwerkleren.load.build import build_handbook
from netwerkleren.model.handbook import Handbook, PlacedIntervention
from netwerkleren.model.records import START_ACTIONS_MAX, Principle
from netwerkleren.views import routes
from netwerkleren.views.cards import SENTENCE_END, intervention_anchor, paragraphs
from netwerkleren.views.guidance import action_origin

START_ACTIONS_MIN = 3
CASE_ID = "iselinge-2021-2022"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
IMPERATIVES = {
    "Bepaal",
    "Maak",
    "Integreer",
    "Monitor",
    "Zorg",
    "Geef",
    "Bouw",
    "Stimuleer",
    "Modelleer",
    "Laat",
}
"""The verbs the principles open with in Tabel 1 (and 'Laat'): a short name that opens with one is an instruction."""
REFERRING_OPENINGS = re.compile(r"\b(hierbij|daarbij|bovendien|een ander voorbeeld|ook)\b", re.IGNORECASE)
"""Words with which a sentence points at text before it: a card whose source text opens so needs a lead line."""


@pytest.fixture(scope="module")
def handbook() -> Handbook:
    return build_handbook(ROOT / "data")


@dataclass
class Block:
    """An element marked ``data-redactie``: its tag, class, text, links and list items."""

    tag: str
    classes: str
    text: str = ""
    hrefs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)


class _EditorialBlocks(HTMLParser):
    """Every outermost element with ``data-redactie``, in page order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._depth = 0
        self._item: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if self._depth == 0:
            if "data-redactie" in attributes and tag not in VOID:
                self.blocks.append(Block(tag, attributes.get("class") or ""))
                self._depth = 1
            return
        if tag in VOID:
            return
        self._depth += 1
        if tag == "a" and attributes.get("href"):
            self.blocks[-1].hrefs.append(attributes["href"] or "")
        if tag == "li":
            self._item = []

    def handle_endtag(self, tag: str) -> None:
        if self._depth == 0 or tag in VOID:
            return
        if tag == "li" and self._item is not None:
            self.blocks[-1].items.append(" ".join("".join(self._item).split()))
            self._item = None
        self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.blocks[-1].text += data
            if self._item is not None:
                self._item.append(data)


def editorial_blocks(page_html: str) -> list[Block]:
    parser = _EditorialBlocks()
    parser.feed(page_html)
    for block in parser.blocks:
        block.text = " ".join(block.text.split())
    return parser.blocks


def flat(text: str) -> str:
    return " ".join(text.split())


def principle_page(built_site: Build, principle: Principle) -> str:
    return built_site.page(routes.page_url(routes.principle_path(principle.id)))


# ---------------------------------------------------------------------------------------------------------------
# The data
# ---------------------------------------------------------------------------------------------------------------


def test_every_principle_has_three_to_five_actions_whose_origins_resolve(handbook: Handbook) -> None:
    for principle in handbook.principles:
        actions = principle.zo_begin_je
        assert START_ACTIONS_MIN <= len(actions) <= START_ACTIONS_MAX, (principle.id, len(actions))
        for action in actions:
            assert action_origin(handbook, action.uit) is not None, (principle.id, action.uit)
            assert action.tekst.rstrip().endswith((".", "?")), (principle.id, action.tekst)


def test_an_action_from_an_intervention_names_it_as_case_and_id(handbook: Handbook) -> None:
    """Intervention ids are unique only within a case: an action names ``<casus-id>/<interventie-id>``."""
    named = [a.uit for p in handbook.principles for a in p.zo_begin_je if "/" in a.uit]
    assert named, "no action links to an intervention"
    assert all(isinstance(action_origin(handbook, uit), PlacedIntervention) for uit in named)
    # a bare intervention id names nothing
    assert action_origin(handbook, "doelen-in-elke-bijeenkomst") is None


def test_the_check_points_at_an_action_whose_origin_does_not_exist(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    path = project / "data" / "karakteristieken.yaml"
    text = path.read_text(encoding="utf-8")
    wrong = text.replace("uit: iselinge-2021-2022/group-wisdom", "uit: iselinge-2021-2022/group-wijsheid", 1)
    wrong = wrong.replace("uit: objectieve-beoordelingsmethode", "uit: objectieve-beoordeling", 1)
    assert wrong.count("wijsheid") == 1 and "uit: objectieve-beoordeling\n" in wrong
    path.write_text(wrong, encoding="utf-8")
    result = run_cli(project, "check")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    line = 1 + wrong[: wrong.index("group-wijsheid")].count("\n")
    assert f"data/karakteristieken.yaml:{line}:" in output, output
    assert "interventie 'iselinge-2021-2022/group-wijsheid' bestaat niet" in output
    assert "Bedoel je 'iselinge-2021-2022/group-wisdom'?" in output
    assert "ontwerpprincipe 'objectieve-beoordeling' bestaat niet" in output


def test_every_intervention_has_steps(handbook: Handbook) -> None:
    for placed in handbook.interventions:
        steps = placed.intervention.stappen
        assert steps, f"{placed.key} has no steps"
        for step in steps:
            assert step.rstrip().endswith((".", "?")), (placed.key, step)
    iselinge = [p for p in handbook.interventions if p.case_id == CASE_ID]
    assert all(3 <= len(p.intervention.stappen) <= 5 for p in iselinge), [
        (p.id, len(p.intervention.stappen)) for p in iselinge if not 3 <= len(p.intervention.stappen) <= 5
    ]


def _sentences(text: str) -> set[str]:
    return {flat(s) for paragraph in paragraphs(text) for s in SENTENCE_END.split(paragraph) if len(s) > 40}


def test_interventions_sharing_a_sentence_each_say_what_they_are(handbook: Handbook) -> None:
    """Where the source describes two interventions in one sentence, each card leads with its own line."""
    sharing: set[str] = set()
    for case_id, case in handbook.cases.items():
        items = case.interventies
        for i, first in enumerate(items):
            for second in items[i + 1 :]:
                if _sentences(first.wat) & _sentences(second.wat) or _shares_most(first.wat, second.wat):
                    sharing |= {f"{case_id}/{first.id}", f"{case_id}/{second.id}"}
                    assert first.kern and second.kern and first.kern != second.kern, (first.id, second.id)
    # the two cards with the same text word for word, and the two that share most of theirs
    assert {
        f"{CASE_ID}/roulerend-voorzitterschap",
        f"{CASE_ID}/talenten-inzetten",
        f"{CASE_ID}/doelen-in-elke-bijeenkomst",
        f"{CASE_ID}/deelgroepen-met-deelopbrengsten",
    } <= sharing


def _shares_most(first: str, second: str) -> bool:
    """True when most words of the shorter text are, in order, the start or the whole of the longer one's words."""
    a, b = (flat(first).replace("…", " ").split(), flat(second).replace("…", " ").split())
    shorter, longer = sorted((a, b), key=len)
    common = sum(1 for word in shorter if word in set(longer))
    return common >= 0.8 * len(shorter)


def test_a_card_whose_source_text_opens_with_a_reference_has_a_lead(handbook: Handbook) -> None:
    for placed in handbook.interventions:
        first_sentence = SENTENCE_END.split(paragraphs(placed.intervention.wat)[0])[0]
        if REFERRING_OPENINGS.search(first_sentence):
            assert placed.intervention.kern, f"{placed.key}: '{first_sentence[:60]}…' needs a 'kern'"
    assert handbook.intervention_by_key[f"{CASE_ID}/group-wisdom"].intervention.kern


def test_principle_short_names_are_instructions_like_the_principles(handbook: Handbook) -> None:
    for principle in handbook.principles:
        verb = principle.kort.split()[0]
        assert verb in IMPERATIVES, f"{principle.id}: '{principle.kort}' is not an instruction"
        assert principle.tekst.split()[0] in IMPERATIVES, principle.tekst
    kort = {p.id: p.kort for p in handbook.principles}
    assert kort["netwerkleren-als-competentie-in-het-portfolio"] != (
        "Netwerkleren is een belangrijke competentie binnen het portfolio"
    )


def test_every_condition_has_a_short_name_without_the_typo(handbook: Handbook) -> None:
    for condition in handbook.conditions:
        assert condition.kort, condition.id
        assert "[sic]" not in condition.kort
        if condition.sic:
            assert condition.kort != condition.naam, condition.id
    assert handbook.condition_by_id["autonome-inhoudelijke-keuzes"].kort == "Autonome inhoudelijke keuzes"


def test_every_characteristic_says_what_it_means(handbook: Handbook) -> None:
    for characteristic in handbook.characteristics:
        assert characteristic.wat_houdt_dit_in, characteristic.id
        assert len(characteristic.wat_houdt_dit_in) < 600, "a short paragraph"


# ---------------------------------------------------------------------------------------------------------------
# The built site
# ---------------------------------------------------------------------------------------------------------------


def test_every_principle_page_shows_zo_begin_je_near_the_top_labelled_editorial(
    built_site: Build, handbook: Handbook
) -> None:
    for principle in handbook.principles:
        page = principle_page(built_site, principle)
        body = page.split('class="nl-page nl-principle"', 1)[1]
        assert body.index('id="zo-begin-je"') < body.index('id="in-de-praktijk"'), principle.id
        guidance = [b for b in editorial_blocks(page) if "nl-guidance" in b.classes.split()]
        assert len(guidance) == 1, principle.id
        block = guidance[0]
        assert block.text.startswith("Zo begin je Redactioneel"), block.text[:60]
        actions = principle.zo_begin_je
        assert len(block.items) == len(actions)
        for item, action in zip(block.items, actions, strict=True):
            assert item.startswith(flat(action.tekst)), (principle.id, item)
        assert re.search(r'<ol class="nl-guidance__actions">', body)


def test_each_action_links_to_the_intervention_it_comes_from(built_site: Build, handbook: Handbook) -> None:
    case_page = built_site.page(routes.page_url(routes.case_path(CASE_ID)))
    linked = 0
    for principle in handbook.principles:
        page = principle_page(built_site, principle)
        block = next(b for b in editorial_blocks(page) if "nl-guidance" in b.classes.split())
        expected = []
        for action in principle.zo_begin_je:
            origin = action_origin(handbook, action.uit)
            if isinstance(origin, PlacedIntervention):
                expected.append(f"../../casussen/{origin.case_id}/#{intervention_anchor(origin.id)}")
                assert f'id="{intervention_anchor(origin.id)}"' in case_page
            elif origin is not None and origin.id != principle.id:
                expected.append(f"../{origin.id}/")
        assert block.hrefs == expected, principle.id
        linked += len(expected)
    assert linked >= 15


def test_every_characteristic_page_says_what_it_means_near_the_top(
    built_site: Build, handbook: Handbook
) -> None:
    for characteristic in handbook.characteristics:
        page = built_site.page(routes.page_url(routes.characteristic_path(characteristic.id)))
        assert page.index('id="wat-houdt-dit-in"') < page.index('id="ontwerpprincipes"')
        guidance = [b for b in editorial_blocks(page) if "nl-guidance" in b.classes.split()]
        assert len(guidance) == 1, characteristic.id
        assert guidance[0].text.startswith("Wat houdt dit in Redactioneel")
        assert flat(characteristic.wat_houdt_dit_in or "") in guidance[0].text


def test_the_case_page_shows_every_step_numbered_and_every_lead_as_editorial(
    built_site: Build, handbook: Handbook
) -> None:
    page = built_site.page(routes.page_url(routes.case_path(CASE_ID)))
    blocks = editorial_blocks(page)
    steps = [b for b in blocks if "nl-card__steps-block" in b.classes.split()]
    leads = [b for b in blocks if "nl-card__lead" in b.classes.split()]
    interventions = handbook.cases[CASE_ID].interventies
    # the page groups cards by approach, so compare regardless of order
    assert sorted(b.items for b in steps) == sorted([flat(s) for s in i.stappen] for i in interventions)
    assert all(b.text.startswith("Zelf doen") for b in steps)
    assert all(b.text.startswith("In het kort") for b in leads)
    assert sorted(b.text.partition(": ")[2] for b in leads) == sorted(
        flat(i.kern or "") for i in interventions
    )
    assert page.count('<ol class="nl-card__steps">') == len(interventions)


def test_compact_cards_lead_with_their_line_never_mid_reference(
    built_site: Build, handbook: Handbook
) -> None:
    page = principle_page(built_site, handbook.principle_by_id["bepaal-gezamenlijke-doelen"])
    card = page.split('data-key="iselinge-2021-2022/group-wisdom"', 1)[1].split("</article>", 1)[0]
    after_title = card.split("</h3>", 1)[1].lstrip()
    assert after_title.startswith('<p class="nl-card__lead" data-redactie>'), after_title[:80]
    lead = handbook.intervention_by_key[f"{CASE_ID}/group-wisdom"].intervention.kern or ""
    assert html.escape(lead, quote=False) in card.split("</p>", 1)[0]
    # the shared sentence follows once on each of the two compact cards it describes, after the card's own line
    for key in ("roulerend-voorzitterschap", "talenten-inzetten"):
        placed = handbook.intervention_by_key[f"{CASE_ID}/{key}"]
        page = principle_page(built_site, handbook.principle_by_id[placed.intervention.principes[0].id])
        shown = page.split(f'data-key="{placed.key}"', 1)[1].split("</article>", 1)[0]
        assert shown.count("roulerend voorzitterschap en het inzetten") == 1
        assert flat(placed.intervention.kern or "") in " ".join(shown.split())
