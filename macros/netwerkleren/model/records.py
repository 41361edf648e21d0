"""Typed records for every kind of data file in ``data/``.

These models are the schema of the handbook: the JSON Schema that editors
use is exported from them (see ``netwerkleren.model.schema``). They hold no
cross-references to other records; those are checked when the handbook is
assembled (``netwerkleren.model.handbook``).

Field names are Dutch because contributors write them in YAML; the field
descriptions double as help text in editors.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from netwerkleren.model.text_rules import check_id, check_plain_text, check_url

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

Slug = Annotated[
    str,
    StringConstraints(strict=True, pattern=SLUG_PATTERN, min_length=2, max_length=80),
    AfterValidator(check_id),
]
"""A readable, stable id: lowercase letters, digits and single hyphens."""

Text = Annotated[str, StringConstraints(strict=True, min_length=1), AfterValidator(check_plain_text)]
"""Plain Dutch text. Shown literally: never a template, never HTML."""

ShortText = Annotated[
    str,
    StringConstraints(strict=True, min_length=1, max_length=200),
    AfterValidator(check_plain_text),
]

Url = Annotated[str, StringConstraints(strict=True), AfterValidator(check_url)]

SCHOOL_YEAR_PATTERN = r"^(19|20)\d\d-(19|20)\d\d$"
SchoolYear = Annotated[str, StringConstraints(strict=True, pattern=SCHOOL_YEAR_PATTERN)]


class Record(BaseModel):
    """Base for all records: unknown fields are errors, types are strict."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


Origin = Literal["bron", "redactie"]
"""Who makes a link: the source itself ('bron'), or the handbook's editors ('redactie')."""

Phase = Literal["start", "tijdens", "einde"]
"""When in a werkplaats an intervention is used."""

Role = Literal["student", "lerarenopleider", "projectleider", "werkveld", "alle-deelnemers"]
"""Who carries an intervention out."""


class Link(Record):
    """A link from an intervention to a characteristic, principle or condition."""

    id: Slug = Field(description="De id van het kenmerk, principe of de voorwaarde waarnaar je verwijst.")
    herkomst: Origin = Field(
        description=(
            "'bron' als de bron (het artikel of verslag van de casus) dit verband zelf legt; "
            "'redactie' als het handboek dit verband legt."
        )
    )
    toelichting: Text | None = Field(
        default=None, description="Waarom dit verband er is (verplicht bij herkomst 'redactie' is het niet, wel aan te raden)."
    )


class Quote(Record):
    """A quote from the source, with who said it."""

    tekst: Text = Field(description="Het citaat, letterlijk zoals het in de bron staat.")
    wie: ShortText = Field(description="Wie het zei, zoals de bron het noemt, bijvoorbeeld 'een van de projectleiders'.")


class Principle(Record):
    """A design principle (ontwerpprincipe), as worded in Tabel 1 of the article."""

    id: Slug = Field(description="Vaste, leesbare id; wordt het webadres van de pagina.")
    tekst: Text = Field(description="Het ontwerpprincipe, letterlijk zoals in de bron.")
    kort: ShortText = Field(description="Korte titel voor navigatie en kaarten, uit de woorden van het principe zelf.")
    trefwoorden: list[ShortText] = Field(default_factory=list, description="Zoekwoorden (redactioneel).")


class Characteristic(Record):
    """A characteristic of network learning (karakteristiek), with its principles."""

    id: Slug = Field(description="Vaste, leesbare id; wordt het webadres van de pagina.")
    nummer: int = Field(ge=1, le=20, description="Volgnummer zoals in de bron.")
    naam: ShortText = Field(description="Naam van de karakteristiek, zoals in de bron.")
    naam_en: ShortText = Field(description="Engelse naam uit de reviewstudie.")
    bronnen: list[Slug] = Field(default_factory=list, description="Ids van bronnen in data/bronnen.yaml.")
    ontwerpprincipes: list[Principle] = Field(min_length=1, description="De ontwerpprincipes onder deze karakteristiek.")


class CharacteristicsFile(Record):
    """``data/karakteristieken.yaml``."""

    karakteristieken: list[Characteristic] = Field(min_length=1)


class Condition(Record):
    """A condition for student motivation (motivatievoorwaarde)."""

    id: Slug
    nummer: int = Field(ge=1, le=20)
    naam: ShortText = Field(description="Naam van de voorwaarde, zoals in de bron.")
    naam_en: ShortText = Field(description="Engelse naam uit de motivatiestudie.")
    vraag: Text | None = Field(
        default=None,
        description="Vraag die een lerarenopleider aan de eigen TLG kan stellen (redactioneel).",
    )


class ConditionsFile(Record):
    """``data/motivatievoorwaarden.yaml``."""

    bronnen: list[Slug] = Field(default_factory=list)
    motivatievoorwaarden: list[Condition] = Field(min_length=1)


class Source(Record):
    """A work the handbook cites."""

    id: Slug
    verwijzing: Text = Field(description="Volledige verwijzing in APA-stijl.")
    in_tekst: ShortText = Field(description="Zo verwijst de tekst ernaar, bijvoorbeeld 'Vrieling-Teunter et al., 2021'.")
    bevestigd: bool = Field(description="true als de verwijzing is nagegaan in een gepubliceerde bron.")
    url: Url | None = None
    toelichting: Text | None = None


class SourcesFile(Record):
    """``data/bronnen.yaml``."""

    bronnen: list[Source] = Field(min_length=1)


class Intervention(Record):
    """A concrete intervention from a case."""

    id: Slug = Field(description="Vaste, leesbare id, uniek binnen de casus.")
    titel: ShortText = Field(description="Korte titel van de interventie.")
    wat: Text = Field(description="Wat de interventie is en hoe je haar uitvoert, in de woorden van de bron.")
    stappen: list[Text] = Field(default_factory=list, description="Concrete stappen, als de bron ze noemt.")
    karakteristiek: Link = Field(description="De karakteristiek waaronder de bron de interventie plaatst.")
    principes: list[Link] = Field(min_length=1, description="De ontwerpprincipes die de interventie dient.")
    voorwaarden: list[Link] = Field(default_factory=list, description="Motivatievoorwaarden die de interventie raakt.")
    fasen: list[Phase] = Field(default_factory=list, description="Wanneer: start, tijdens, einde.")
    rollen: list[Role] = Field(default_factory=list, description="Wie voert haar uit.")
    citaten: list[Quote] = Field(default_factory=list)
    trefwoorden: list[ShortText] = Field(default_factory=list)


class Case(Record):
    """One case: ``data/cases/<slug>.yaml``. The file name is the case's id."""

    titel: ShortText
    instelling: ShortText = Field(description="De opleiding of hogeschool.")
    studiejaar: SchoolYear = Field(description="Bijvoorbeeld \"2021-2022\" (tussen aanhalingstekens).")
    samenvatting: Text = Field(description="Twee of drie zinnen: wat deed deze casus?")
    context: Text = Field(description="De situatie: opleiding, groepen, deelnemers, aanpak.")
    monitoring: Text | None = Field(default=None, description="Hoe is gevolgd of de interventies werkten?")
    conclusies: list[Text] = Field(default_factory=list)
    bronnen: list[Slug] = Field(
        default_factory=list, description="Ids van bronnen uit data/bronnen.yaml waarop de casus steunt."
    )
    eigen_bronnen: list[Source] = Field(
        default_factory=list,
        description="Bronnen die alleen deze casus gebruikt (bijvoorbeeld een eigen verslag), in dit bestand zelf.",
    )
    interventies: list[Intervention] = Field(min_length=1)

    @model_validator(mode="after")
    def _has_a_source(self) -> Case:
        if not self.bronnen and not self.eigen_bronnen:
            raise ValueError("een casus heeft minstens één bron nodig: vul 'bronnen' of 'eigen_bronnen' in")
        return self
