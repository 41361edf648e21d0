"""What an intervention card shows: built once in Python, laid out by ``card.html``.

The same card view serves the principle pages, the case pages, the overview
and the printable card deck. The full card lives on its case page (and in
print); pages that gather cards from several cases show the compact variant:
title, one or two sentences, the case, and how the card came onto the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from netwerkleren.model.handbook import Handbook, PlacedIntervention
from netwerkleren.model.membership import Member
from netwerkleren.model.records import Link
from netwerkleren.views import routes
from netwerkleren.views.addresses import PrintAddress
from netwerkleren.views.routes import UrlFor
from netwerkleren.views.wording import condition_name

PHASE_LABELS = {"start": "Start", "tijdens": "Tijdens", "einde": "Einde"}
ROLE_LABELS = {
    "student": "Student",
    "lerarenopleider": "Lerarenopleider",
    "projectleider": "Projectleider",
    "werkveld": "Werkveld",
    "alle-deelnemers": "Alle deelnemers",
}


@dataclass(frozen=True)
class LinkView:
    """A link to a principle, condition or characteristic, with who made it."""

    id: str
    label: str
    url: str
    editorial: bool
    note: str | None
    passage: str | None = None
    """The source's words that make the link (``bronfragment``), for a link the source makes."""


@dataclass(frozen=True)
class BelongView:
    """How a card belongs on a page (from the membership query): the way, in words, and the link that makes it."""

    route: str
    """'casus' (the case placed it under this characteristic), 'principe' (through one of the characteristic's
    principles) or 'koppeling' (it links to this principle or condition)."""
    principle: str | None = None
    """For route 'principe': the principle's short name."""
    principle_url: str | None = None


@dataclass(frozen=True)
class CardView:
    """Everything one intervention card shows."""

    key: str
    anchor: str
    """The card's id on this page (see ``card_view``)."""
    title: str
    url: str
    lead: str | None
    """Editorial (``kern``): what this intervention is, in one line; a card leads with it, before the source's words."""
    paragraphs: list[str]
    """The source's words (``wat``)."""
    summary: str
    """The first one or two sentences of the intervention, in the source's words: what a compact card shows."""
    address: str | None
    """The full card's address, printed after its link on paper (None where the page's address is unknown)."""
    steps: list[str]
    """Editorial: the source's examples turned into steps."""
    case_title: str
    case_url: str
    institution: str
    year: str
    characteristic: LinkView
    principles: list[LinkView]
    conditions: list[LinkView]
    quotes: list[tuple[str, str]]
    phases: list[str]
    roles: list[str]
    keywords: list[str]
    editorial_note: list[str] = field(default_factory=list)
    """Paragraphs of the editors' note (``redactienoot``): not the source's words."""
    via: LinkView | None = None
    """The link that brings this card onto the page (a principle or condition), with who made it."""
    belongs: BelongView | None = None
    """How the card belongs on this page (chosen by the case, through a principle, or a link)."""
    table_url: str = ""
    """The page that shows Tabel 1 of the source, where the source's words mention it."""
    related: list[tuple[str, str]] = field(default_factory=list)
    """(label, url) of other interventions that share a principle; shown on the case page."""
    suggestion: bool = False
    """The source gives this only as an example or suggestion, not as what the werkplaatsen did."""

    @property
    def editorial_here(self) -> bool:
        """True when this card is shown on a page through an editorial link."""
        return self.via is not None and self.via.editorial


def paragraphs(text: str) -> list[str]:
    """Split plain text into paragraphs at blank lines; join wrapped lines."""
    return [" ".join(block.split()) for block in text.strip().split("\n\n") if block.strip()]


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý‘“'\"(])")
SHORT_SENTENCE = 120
SUMMARY_LENGTH = 360
"""A compact card shows the first sentence; the second too when the first is short and both stay under this length."""


def summary(text: str) -> str:
    """The first one or two sentences of ``text``'s first paragraph, never cut inside a sentence."""
    first = paragraphs(text)[0] if text.strip() else ""
    sentences = SENTENCE_END.split(first)
    shown = sentences[0]
    if (
        len(sentences) > 1
        and len(shown) < SHORT_SENTENCE
        and len(shown) + 1 + len(sentences[1]) <= SUMMARY_LENGTH
    ):
        shown = f"{shown} {sentences[1]}"
    return shown


def intervention_url(placed: PlacedIntervention, url_for: UrlFor) -> str:
    """Where an intervention lives: its section on its case's page."""
    return url_for(routes.case_path(placed.case_id), intervention_anchor(placed.id))


def intervention_anchor(intervention_id: str) -> str:
    return f"interventie-{intervention_id}"


def link_view(link: Link, label: str, url: str) -> LinkView:
    return LinkView(
        id=link.id,
        label=label,
        url=url,
        editorial=link.herkomst == "redactie",
        note=link.toelichting,
        passage=link.bronfragment,
    )


def card_view(
    handbook: Handbook,
    placed: PlacedIntervention,
    url_for: UrlFor,
    *,
    via: Link | None = None,
    member: Member | None = None,
    on_case_page: bool = False,
    context: str | None = None,
) -> CardView:
    """The card for one intervention; ``via`` is the link that brings it onto this page.

    On its case's page a card's id is the intervention's stable anchor. Elsewhere
    cards from several cases meet, and intervention ids are only unique within a
    case, so the id there also names the case, and ``context`` where one card can
    appear twice on a page (the conditions page shows it under each condition).
    """
    item = placed.intervention
    case = placed.case
    anchor = intervention_anchor(item.id)
    dom_id = anchor if on_case_page else f"{anchor}--{placed.case_id}" + (f"--{context}" if context else "")
    case_src = routes.case_path(placed.case_id)
    char = handbook.characteristic_by_id[item.karakteristiek.id]
    belongs = None
    if member is not None:
        way = member.way
        via = via if via is not None else way.link
        principle = handbook.principle_by_id.get(way.principle_id or "")
        belongs = BelongView(
            route=way.route,
            principle=principle.kort if principle else None,
            principle_url=url_for(routes.principle_path(principle.id)) if principle else None,
        )
    via_view = link_view(via, "", "") if via is not None else None
    url = intervention_url(placed, url_for)
    return CardView(
        key=placed.key,
        anchor=dom_id,
        title=item.titel,
        url=url,
        lead=item.kern,
        paragraphs=paragraphs(item.wat),
        summary=summary(item.wat),
        address=PrintAddress(url_for.printed_page)(url) if url_for.printed_page else None,
        steps=list(item.stappen),
        suggestion=item.suggestion,
        editorial_note=paragraphs(item.redactienoot) if item.redactienoot else [],
        case_title=case.titel,
        case_url=url_for(case_src),
        institution=case.instelling,
        year=case.studiejaar,
        characteristic=link_view(
            item.karakteristiek, char.naam, url_for(routes.characteristic_path(char.id))
        ),
        principles=[
            link_view(link, handbook.principle_by_id[link.id].kort, url_for(routes.principle_path(link.id)))
            for link in item.principes
        ],
        conditions=[
            link_view(
                link, condition_name(handbook.condition_by_id[link.id]), url_for(routes.CONDITIONS, link.id)
            )
            for link in item.voorwaarden
        ],
        quotes=[(quote.tekst, quote.wie) for quote in item.citaten],
        phases=[PHASE_LABELS[phase] for phase in item.fasen],
        roles=[ROLE_LABELS[role] for role in item.rollen],
        keywords=list(item.trefwoorden),
        via=via_view,
        belongs=belongs,
        table_url=url_for(routes.TABLE_1[0], routes.TABLE_1[1]),
    )


def quoted_sources(handbook: Handbook, case_id: str) -> str:
    """How the case's approaches are credited: its own sources (``eigen_bronnen``) if it has any, else the first
    source it lists (the one that describes the case), as the texts cite them."""
    case = handbook.cases[case_id]
    own = [s.in_tekst for s in case.eigen_bronnen]
    return "; ".join(own) if own else handbook.source_by_id[case.bronnen[0]].in_tekst
