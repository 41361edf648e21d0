"""The card deck: every intervention as an A6 card, four to an A4 sheet, to cut out and handle.

A card's front names the characteristic (number and name, on a colour band),
the title and what the intervention is, in at most ``FRONT_WORDS`` words. Its
back holds the steps, the principles and conditions it serves, the case and
its source, and the address of the card online (with a QR code when the
handbook has a ``site_url``). Text is never made smaller to fit. Steps are never
left out of the single-sided deck: steps that do not fit continue, whole, on a
next card ("vervolg"). Other text that does not fit (the end of a long front,
the conditions) is left out and the card says "lees verder" with its address. What fits is
estimated here from the characters per line of each part of the card, on the
safe side; the print test measures the real cards.

Single-sided, a card holds front and back one above the other. Double-sided,
a sheet of fronts is followed by a sheet of backs, each row mirrored, so that
a back lands behind its front when the sheet is turned over its long edge.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import segno
from markupsafe import Markup

from netwerkleren.model.handbook import Handbook, PlacedIntervention
from netwerkleren.views import pagination, routes
from netwerkleren.views.addresses import PrintAddress
from netwerkleren.views.cards import CardView, card_view, quoted_sources
from netwerkleren.views.routes import UrlFor

CARDS_PER_SHEET = 4
"""Cards on one printed A4 sheet (2 x 2, each A6)."""

DECK_CARDS_PER_PAGE = 24
"""Cards on one page of the deck (six sheets), so the page does not grow with the cases."""

FRONT_WORDS = 60
"""At most this many words of the intervention on the front of a card."""

COLOURS = 5
"""Colour bands: characteristic n gets band ((n - 1) % COLOURS) + 1 (see print.css)."""

# Room on a card, in millimetres and characters per line, for the type sizes in print.css
# (body 9.5 pt, line height 1.3; titles 12 and 14 pt; text on a double-sided front 11 pt).
# Characters per line are counted low (wide letters, words that wrap early).
CONTENT_HEIGHT_MM = 130.0
"""Height inside a card's padding: 148 mm less 2 x 8 mm, less a little for rounding."""
LINE_MM = 9.5 * 1.3 * 0.3528
"""One line of body text."""
BODY_CHARS = 58
"""Characters on one line of body text across the card (about 64 fit)."""
STEP_CHARS = 54
"""Characters on one line of a numbered step."""
SIDE_CHARS = 38
"""Characters on one line beside the QR code."""
QR_BLOCK_MM = 23.0
"""Height of the block with the QR code (22 mm) and, beside it, the address."""
PATH_NOTE = "(een pad op de website van het handboek)"
EDITORIAL_NOTE = "* Verband gelegd door de redactie, niet door de bron."
"""Said under the links on a card when one of them is the editors' (and the card has no steps)."""
STEPS_NOTE = "Stappen van de redactie, niet uit de bron."
"""Said under the links on a card with steps and no link of the editors'."""
STEPS_AND_LINKS_NOTE = "Stappen en verbanden met *: van de redactie, niet uit de bron."
"""Said under the links on a card with steps and a link of the editors': the card's one mention of them."""
SPACING_MM = 6.0
"""Space between the parts of a single-sided card (the line between front and back, paddings)."""
COLOPHON_ROOM = "Uit het handboek Netwerkleren, versie 10.10.10 (30 september 2030)"
"""As long as the line that names the handbook and its edition on every card."""
BAND_MM = 8.0
GAP_MM = 1.6
"""Space under a paragraph or list."""


@dataclass(frozen=True)
class DeckCard:
    """One card of the deck: the intervention's card view, fitted to an A6 card."""

    card: CardView
    number: int
    """The characteristic's number, shown on the band."""
    colour: int
    front: list[str]
    """The intervention in at most ``FRONT_WORDS`` words."""
    steps: list[str]
    """The steps that fit; the last one may end in an ellipsis."""
    show_conditions: bool
    sources: list[str]
    """How the case's sources are cited in text, e.g. "Kennisbank Iselinge, 2022"."""
    address: str
    """The card online, as printed: a full web address, or a path (see ``PrintAddress``)."""
    qr_svg: Markup | None
    """A QR code of ``address`` as inline SVG; only when the address is a full web address."""
    more: bool
    """True when something was left out: the card then says "lees verder" with its address."""
    first_step: int = 1
    """The number of the card's first step (a continuation card goes on where the previous card stopped)."""
    continues: bool = False
    """True when the steps go on on the next card."""
    continuation: bool = False
    """True for a card that only continues the steps of the card before it (single-sided deck)."""
    more_without_steps: bool = False
    """``more`` when the steps go on on a next card rather than being left out."""

    @property
    def address_note(self) -> str | None:
        """Said after an address that is a path on the handbook's website (no ``site_url`` set)."""
        return None if self.qr_svg is not None else PATH_NOTE

    @property
    def editorial_note(self) -> str:
        """The card's one line on what the editors wrote: its steps, and links marked *."""
        if self.card.steps:
            return STEPS_AND_LINKS_NOTE if self.editorial_links else STEPS_NOTE
        return EDITORIAL_NOTE

    @property
    def editorial_links(self) -> bool:
        """True when a principle or condition on the card is linked by the editors, not the source."""
        links = self.card.principles + (self.card.conditions if self.show_conditions else [])
        return any(link.editorial for link in links)


@dataclass(frozen=True)
class Sheet:
    """One printed A4 sheet: four positions, left to right and top to bottom."""

    side: str
    """'beide' (single-sided: front and back on one card), 'voor' (fronts) or 'achter' (backs)."""
    cells: list[DeckCard | None]
    number: int


@lru_cache(maxsize=8192)
def qr_svg(url: str) -> Markup:
    """A QR code of ``url`` as inline SVG, sized by CSS (made from a URL the code built, never from data text).

    The mask is fixed: choosing the best of eight costs segno about five times as long (some 50 ms a code),
    and any mask gives a valid code; the print test decodes every one. Cached: the single-sided and the
    double-sided deck, and every rebuild of ``mkdocs serve``, ask for the same codes.
    """
    code = segno.make_qr(url, error="m", mask=0, boost_error=False)
    svg = code.svg_inline(scale=1, border=2, omitsize=True, svgclass="nl-qr__code", lineclass=None)
    return Markup(svg)


def words_front(paragraphs: list[str], limit: int = FRONT_WORDS) -> tuple[list[str], bool]:
    """At most ``limit`` words of the paragraphs, cut after a sentence where one ends late enough."""
    words = [word for p in paragraphs for word in p.split()]
    if len(words) <= limit:
        return paragraphs, False
    kept: list[str] = []
    budget = limit
    for paragraph in paragraphs:
        own = paragraph.split()
        if len(own) <= budget:
            kept.append(paragraph)
            budget -= len(own)
            continue
        if budget >= 12 or not kept:
            head = " ".join(own[:budget])
            sentence = re.match(r"(.*[.!?])\s", head + " ")
            if sentence and len(sentence.group(1).split()) >= budget // 2:
                kept.append(sentence.group(1) + " …")
            else:
                kept.append(head.rstrip(",;:") + " …")
        else:
            kept[-1] += " …"
        break
    return kept, True


def _lines(text: str, chars: int) -> int:
    return max(1, math.ceil(len(text) / chars))


def _block_mm(texts: list[str], chars: int) -> float:
    return sum(_lines(text, chars) for text in texts) * LINE_MM + (GAP_MM if texts else 0)


def _fit_steps(steps: list[str], room_mm: float) -> tuple[list[str], bool]:
    """The steps that fit in ``room_mm`` (the last one cut at a word), and whether any were cut."""
    if not steps:
        return [], False
    room_mm -= LINE_MM + GAP_MM  # the label "Zo pak je het aan"
    kept: list[str] = []
    for step in steps:
        need = _lines(step, STEP_CHARS) * LINE_MM + 0.6
        if need <= room_mm:
            kept.append(step)
            room_mm -= need
            continue
        lines = int(room_mm // LINE_MM)
        if lines >= 1:
            words, text = step.split(), ""
            for word in words:
                if len(f"{text} {word} …".strip()) > lines * STEP_CHARS - 4:
                    break
                text = f"{text} {word}".strip()
            if text:
                kept.append(text + " …")
        return kept, True
    return kept, False


def _whole_steps(steps: list[str], room_mm: float) -> int:
    """How many of ``steps``, whole, fit in ``room_mm`` (with their label)."""
    room_mm -= LINE_MM + GAP_MM
    for n, step in enumerate(steps):
        room_mm -= _lines(step, STEP_CHARS) * LINE_MM + 0.6
        if room_mm < 0:
            return n
    return len(steps)


CONTINUATION_FIXED_MM = BAND_MM + 2 * 12 * 1.25 * 0.3528 + 3 * LINE_MM + GAP_MM
"""A continuation card besides its steps: the band, the title on two lines, the address and the colophon."""


def deck_cards(
    handbook: Handbook, placed: PlacedIntervention, url_for: UrlFor, address: PrintAddress, *, duplex: bool
) -> list[DeckCard]:
    """The cards of one intervention: one, or single-sided, as many as its steps need (each step whole)."""
    first = deck_card(handbook, placed, url_for, address, duplex=duplex)
    steps = first.card.steps
    if duplex or (len(first.steps) == len(steps) and not any(s.endswith(" …") for s in first.steps)):
        return [first]
    # Room on the first card for the line "Verder met stap n op de volgende kaart", and a spare line.
    reserve = 2 * LINE_MM + GAP_MM
    first = deck_card(handbook, placed, url_for, address, duplex=duplex, reserve_mm=reserve)
    room = deck_card(handbook, placed, url_for, address, duplex=duplex, reserve_mm=reserve, room_only=True)
    kept = _whole_steps(steps, room)
    cards = [replace(first, steps=steps[:kept], continues=True, more=first.more_without_steps)]
    while kept < len(steps):
        room = CONTENT_HEIGHT_MM - CONTINUATION_FIXED_MM - (QR_BLOCK_MM if address.full else 0) - LINE_MM
        n = max(1, _whole_steps(steps[kept:], room))
        rest = steps[kept : kept + n]
        cards.append(
            replace(
                first,
                steps=rest,
                first_step=kept + 1,
                continues=kept + n < len(steps),
                continuation=True,
                more=False,
            )
        )
        kept += n
    return cards


def deck_card(
    handbook: Handbook,
    placed: PlacedIntervention,
    url_for: UrlFor,
    address: PrintAddress,
    *,
    duplex: bool,
    room_only: bool = False,
    reserve_mm: float = 0.0,
) -> Any:
    """One intervention fitted to a card: the front's words, and the steps that fit on the back."""
    card = card_view(handbook, placed, url_for)
    characteristic = handbook.characteristic_by_id[placed.intervention.karakteristiek.id]
    front, front_cut = words_front(card.paragraphs)
    printed = address(card.url)
    sources = [
        quoted_sources(handbook, placed.case_id)
    ]  # the source that describes the case, not every source it lists

    # What the back (or, single-sided, the lower half) must hold besides the steps.
    links = [
        "Ontwerpprincipes: " + " · ".join(p.label + " *" for p in card.principles),
        "Motivatievoorwaarden: " + " · ".join(c.label + " *" for c in card.conditions),
    ]
    case = f"Casus: {card.case_title} ({card.institution}, {card.year}). Bron: " + "; ".join(sources)
    where = ["Lees verder online: " + printed + ("" if address.full else " " + PATH_NOTE), COLOPHON_ROOM]
    editorial = any(link.editorial for link in card.principles + card.conditions)
    note = [STEPS_AND_LINKS_NOTE] if card.steps else [EDITORIAL_NOTE] if editorial else []
    fixed = _block_mm([case, *note], BODY_CHARS)
    if address.full:
        fixed += max(QR_BLOCK_MM, _block_mm(where, SIDE_CHARS))
    else:
        fixed += _block_mm(where, BODY_CHARS)
    if duplex:
        fixed += BAND_MM + 2 * 12 * 1.25 * 0.3528  # the band and the title again, on two lines
    else:
        fixed += SPACING_MM

    def room_for_steps(front: list[str], conditions: bool) -> float:
        shown = links if conditions else links[:1]
        return (
            CONTENT_HEIGHT_MM
            - reserve_mm
            - fixed
            - _block_mm(shown, BODY_CHARS)
            - (0 if duplex else _front_mm(card, front))
        )

    # Too little room: leave out the conditions, then (single-sided) words of the front; never smaller type.
    # With a reserve (the steps go on on a next card), the label "Zelf doen" must fit too.
    least = LINE_MM + GAP_MM if reserve_mm and card.steps else 0.0
    words = FRONT_WORDS
    show_conditions = bool(card.conditions)
    room = room_for_steps(front, show_conditions)
    if room < least and show_conditions:
        show_conditions = False
        room = room_for_steps(front, show_conditions)
    while room < least and not duplex and words > 20:
        words -= 10
        front, front_cut = words_front(card.paragraphs, words)
        room = room_for_steps(front, show_conditions)
    if room_only:
        return room
    steps, steps_cut = _fit_steps(card.steps, room)
    return DeckCard(
        card=card,
        number=characteristic.nummer,
        colour=(characteristic.nummer - 1) % COLOURS + 1,
        front=front,
        steps=steps,
        show_conditions=show_conditions,
        sources=sources,
        address=printed,
        qr_svg=qr_svg(printed) if address.full else None,
        more=front_cut or steps_cut or show_conditions != bool(card.conditions),
        more_without_steps=front_cut or show_conditions != bool(card.conditions),
    )


def _front_mm(card: CardView, front: list[str]) -> float:
    """Height of the front part of a single-sided card (band, title, text, when and who)."""
    title = _lines(card.title, 32) * 13 * 1.25 * 0.3528 + GAP_MM
    facets = (
        _block_mm([" · ".join(card.phases + card.roles) + " Wanneer: Wie:"], BODY_CHARS)
        if card.phases or card.roles
        else 0
    )
    return BAND_MM + title + _block_mm(front, BODY_CHARS) + facets


def sheets(cards: list[DeckCard], *, duplex: bool) -> list[Sheet]:
    """Sheets of four; double-sided, each sheet of fronts is followed by its backs, mirrored per row."""
    result: list[Sheet] = []
    for start in range(0, len(cards), CARDS_PER_SHEET):
        group: list[DeckCard | None] = [*cards[start : start + CARDS_PER_SHEET]]
        group += [None] * (CARDS_PER_SHEET - len(group))
        if not duplex:
            result.append(Sheet("beide", group, len(result) + 1))
            continue
        result.append(Sheet("voor", group, len(result) + 1))
        backs = [group[1], group[0], group[3], group[2]]
        result.append(Sheet("achter", backs, len(result) + 1))
    return result


def page_count(handbook: Handbook) -> int:
    return pagination.page_count(len(handbook.interventions), DECK_CARDS_PER_PAGE)


def deck_page(
    handbook: Handbook, page_number: int, url_for: UrlFor, address: PrintAddress, *, duplex: bool
) -> dict[str, Any]:
    """One page of the card deck: at most ``DECK_CARDS_PER_PAGE`` cards, laid out in sheets for printing."""
    bar = pagination.paginate(
        len(handbook.interventions),
        DECK_CARDS_PER_PAGE,
        page_number,
        lambda n: routes.deck_path(n, duplex),
        url_for,
        "Pagina's van de kaartenset",
    )
    cards = [
        card
        for placed in handbook.interventions[bar.start : bar.stop]
        for card in deck_cards(handbook, placed, url_for, address, duplex=duplex)
    ]
    return {
        "sheets": sheets(cards, duplex=duplex),
        "duplex": duplex,
        "total": bar.total,
        "per_sheet": CARDS_PER_SHEET,
        "pagination": bar,
        "single_url": url_for(routes.deck_path(page_number, False)),
        "duplex_url": url_for(routes.deck_path(page_number, True)),
        "address_note": address.note,
        "index_url": url_for(routes.CHECKLISTS_INDEX),
    }
