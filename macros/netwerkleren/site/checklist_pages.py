"""Generated pages for the printable checklists and the card deck.

One page per checklist in ``data/checklists.yaml``, one per design principle
(when the data asks for derived per-principle checklists), one page that
prints every checklist, and the card deck. Like every generated page, each
is front matter plus one ``handbook_page`` call naming the page by kind and id.
"""

from __future__ import annotations

from collections.abc import Iterator

from netwerkleren.model.handbook import Handbook
from netwerkleren.site.generated_page import GeneratedPage, shorten
from netwerkleren.views import deck, routes
from netwerkleren.views.checklists import principle_group


def checklist_pages(handbook: Handbook) -> Iterator[GeneratedPage]:
    """Every checklist page, the all-checklists page and the card deck."""
    if handbook.checklists:
        for checklist in handbook.checklists:
            if checklist.afgeleid == "ontwerpprincipes":
                for principle in handbook.principles:
                    yield GeneratedPage(
                        routes.principle_checklist_path(principle.id),
                        f"Checklist: {principle.kort}",
                        shorten(f"Checklist om te printen bij het ontwerpprincipe: {principle.tekst}"),
                        "principle-checklist",
                        principle.id,
                    )
            else:
                yield GeneratedPage(
                    routes.checklist_path(checklist.id),
                    checklist.titel,
                    shorten(f"Checklist om te printen. {checklist.inleiding}"),
                    "checklist",
                    checklist.id,
                )
        yield GeneratedPage(
            routes.ALL_CHECKLISTS,
            "Alle checklists afdrukken",
            "Alle checklists voor een werkplaats op één pagina, om in één keer af te drukken: elke checklist op een "
            "nieuw blad.",
            "all-checklists",
            "alle",
        )
        if principle_group(handbook) is not None:
            yield GeneratedPage(
                routes.ALL_PRINCIPLE_CHECKLISTS,
                "Alle checklists per ontwerpprincipe afdrukken",
                f"De checklists van alle {len(handbook.principles)} ontwerpprincipes op één pagina, om in één keer af "
                "te drukken: elke "
                "checklist op een nieuw blad.",
                "all-checklists",
                "ontwerpprincipes",
            )
    for duplex in (False, True):
        kind = "dubbelzijdig, " if duplex else ""
        for number in range(1, deck.page_count(handbook) + 1):
            suffix = f" (pagina {number})" if number > 1 else ""
            yield GeneratedPage(
                routes.deck_path(number, duplex),
                f"Kaartenset{' dubbelzijdig' if duplex else ''}: alle interventies{suffix}",
                f"Alle interventies als kaarten ({kind}vier A6-kaarten per A4-blad), om te printen "
                f"en te gebruiken in een werkplaatsbijeenkomst{suffix}.",
                "deck-duplex" if duplex else "deck",
                str(number),
            )
