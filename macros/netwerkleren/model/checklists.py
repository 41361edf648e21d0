"""Printable checklists: the records of ``data/checklists.yaml`` and their cross-checks.

A checklist is either written out item by item (each item names the principle
or intervention it comes from) or derived from other data (``afgeleid``): the
motivation conditions' editorial questions, or one checklist per design
principle built from that principle's interventions. Derived checklists have
no items in the data, so nothing is kept twice.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from netwerkleren.model.records import Origin, Record, ShortText, Slug, Text

CHECKLISTS_FILE = "checklists.yaml"

InterventionKey = Annotated[
    str,
    StringConstraints(
        strict=True, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=161
    ),
]
"""``<casus-id>/<interventie-id>``, for example ``iselinge-2021-2022/roulerend-voorzitterschap``."""

Derived = Literal["motivatievoorwaarden", "ontwerpprincipes"]
"""Checklists built from other data: the conditions' questions, or one per design principle."""

DEFAULT_FIELDS = ["Werkplaats", "Datum", "Deelnemers"]

RESERVED_IDS = {
    "index",
    "alle",
    "alle-ontwerpprincipes",
    "kaartenset",
    "kaartenset-dubbelzijdig",
    "ontwerpprincipes",
}
"""Ids that are addresses of other checklist pages."""


class ChecklistItem(Record):
    """One line on a checklist, with the principle or intervention it comes from."""

    tekst: Text | None = Field(
        default=None,
        description=(
            "De tekst van het item. Laat je hem weg bij een 'principe', dan staat de tekst van het "
            "ontwerpprincipe uit Tabel 1 er letterlijk."
        ),
    )
    herkomst: Origin | None = Field(
        default=None,
        description=(
            "Wie de formulering geeft: 'bron' als de tekst letterlijk uit het artikel komt; 'redactie' als de "
            "redactie het als vraag of actie formuleerde (zonder iets toe te voegen). Verplicht bij 'tekst'."
        ),
    )
    principe: Slug | None = Field(
        default=None, description="Id van het ontwerpprincipe waar het item uit komt."
    )
    interventie: InterventionKey | None = Field(
        default=None,
        description="De interventie waar het item uit komt: '<casus-id>/<interventie-id>'.",
    )

    @model_validator(mode="after")
    def _one_origin(self) -> ChecklistItem:
        if (self.principe is None) == (self.interventie is None):
            raise ValueError("een item verwijst naar precies één bron: vul 'principe' óf 'interventie' in")
        if self.tekst is None and self.interventie is not None:
            raise ValueError("een item bij een interventie heeft een 'tekst' nodig")
        if (self.tekst is None) != (self.herkomst is None):
            raise ValueError(
                "vul 'tekst' en 'herkomst' samen in (of laat ze allebei weg bij een principe: "
                "dan staat de tekst uit Tabel 1 er letterlijk)"
            )
        return self


class ChecklistSection(Record):
    """A part of a checklist, titled by hand or by a characteristic."""

    titel: ShortText | None = Field(default=None, description="Kopje boven dit onderdeel.")
    karakteristiek: Slug | None = Field(
        default=None, description="Id van een karakteristiek: dan is haar naam het kopje."
    )
    items: list[ChecklistItem] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_title(self) -> ChecklistSection:
        if self.titel is not None and self.karakteristiek is not None:
            raise ValueError("geef een onderdeel een 'titel' óf een 'karakteristiek', niet allebei")
        return self


class Checklist(Record):
    """One printable checklist, form or logbook."""

    id: Slug = Field(description="Vaste, leesbare id; wordt het webadres van de checklist.")
    titel: ShortText = Field(description="Titel boven de checklist.")
    voor: ShortText = Field(description="Wie de checklist gebruikt, bijvoorbeeld 'Projectleider'.")
    inleiding: Text = Field(description="Een of twee zinnen: wanneer en waarvoor gebruik je deze checklist?")
    invulvelden: list[ShortText] = Field(
        default_factory=lambda: list(DEFAULT_FIELDS),
        description="Invulregels bovenaan het papier; standaard Werkplaats, Datum en Deelnemers.",
    )
    momenten: list[ShortText] = Field(
        default_factory=list,
        max_length=4,
        description="Momenten waarop je het item afvinkt, bijvoorbeeld 'Voorafgaand', 'Tijdens', 'Na afloop'.",
    )
    schrijfruimte: int = Field(
        default=0, ge=0, le=6, description="Aantal schrijfregels onder elk item op papier."
    )
    afgeleid: Derived | None = Field(
        default=None,
        description=(
            "'motivatievoorwaarden': de vragen uit data/motivatievoorwaarden.yaml; 'ontwerpprincipes': een "
            "checklist per ontwerpprincipe uit zijn interventies. Dan geen 'items' of 'onderdelen'."
        ),
    )
    items: list[ChecklistItem] = Field(default_factory=list)
    onderdelen: list[ChecklistSection] = Field(default_factory=list)

    @model_validator(mode="after")
    def _has_content(self) -> Checklist:
        filled = [name for name in ("items", "onderdelen") if getattr(self, name)]
        if self.afgeleid is not None and filled:
            raise ValueError(
                f"een afgeleide checklist heeft geen '{filled[0]}': die komen uit de andere gegevens"
            )
        if self.afgeleid is None and len(filled) != 1:
            raise ValueError("vul 'items' óf 'onderdelen' in (of 'afgeleid' voor een afgeleide checklist)")
        return self

    @property
    def sections(self) -> list[ChecklistSection]:
        """The written-out parts: ``items`` is one untitled part."""
        if self.items:
            return [ChecklistSection(items=self.items)]
        return list(self.onderdelen)


class ChecklistsFile(Record):
    """``data/checklists.yaml``."""

    bronnen: list[Slug] = Field(
        default_factory=list, description="Ids van bronnen uit data/bronnen.yaml; onderaan elk geprint blad."
    )
    checklists: list[Checklist] = Field(min_length=1)
