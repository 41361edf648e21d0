"""Typed records for every kind of data file in ``data/``.

These models are the schema of the handbook: the JSON Schema that editors
use is exported from them (see ``netwerkleren.model.schema``). They hold no
cross-references to other records; those are checked when the handbook is
assembled (``netwerkleren.model.handbook``).

Field names are Dutch because contributors write them in YAML; the field
descriptions double as help text in editors. Each description says whose words
a field holds: the source's ("woorden van de bron") or the editors'
("redactioneel": titles, classification, explanations, steps, notes).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from netwerkleren.model.text_rules import (
    check_id,
    check_plain_text,
    check_school_year,
    check_source_passage,
    check_url,
)

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

SCHOOL_YEAR_PATTERN = r"^(19|20)[0-9]{2}-(19|20)[0-9]{2}$"
SchoolYear = Annotated[
    str, StringConstraints(strict=True, pattern=SCHOOL_YEAR_PATTERN), AfterValidator(check_school_year)
]
"""Two consecutive years in ASCII digits: "2024-2025"."""


class Record(BaseModel):
    """Base for all records: unknown fields are errors, types are strict."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


Origin = Literal["bron", "redactie"]
"""Who makes a link: the source itself ('bron'), or the handbook's editors ('redactie')."""

Phase = Literal["start", "tijdens", "einde"]
"""When in a werkplaats an intervention is used."""

Role = Literal["student", "lerarenopleider", "projectleider", "werkveld", "alle-deelnemers"]
"""Who carries an intervention out."""


SOURCE_PASSAGE_MAX = 400
"""A passage that makes a link is short: a sentence or two, not a paragraph."""

SourcePassage = Annotated[
    str,
    StringConstraints(strict=True, min_length=1, max_length=SOURCE_PASSAGE_MAX),
    AfterValidator(check_source_passage),
]


TranslationNote = Annotated[
    Text | None,
    Field(
        description=(
            "Redactioneel: waar het Nederlands van het bronartikel afwijkt van de Engelse naam "
            "(of van andere Nederlandse vertalingen); getoond naast de Engelse naam."
        )
    ),
]
"""Of a characteristic or a condition: the translation drift between the article's Dutch and the English name."""


class Link(Record):
    """A link from an intervention (or a case) to a characteristic, principle or condition.

    A link the source makes (``herkomst: bron``) carries the passage of the source that makes it
    (``bronfragment``), so a reader and a reviewer can see the link in the source's own words.
    """

    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"herkomst": {"const": "bron"}}, "required": ["herkomst"]},
            "then": {"required": ["bronfragment"]},
            "else": {"required": ["toelichting"]},
        }
    )

    id: Slug = Field(description="De id van het kenmerk, principe of de voorwaarde waarnaar je verwijst.")
    herkomst: Origin = Field(
        description=(
            "'bron' als de bron (het artikel of verslag van de casus) dit verband zelf legt; "
            "'redactie' als het handboek dit verband legt."
        )
    )
    bronfragment: SourcePassage | None = Field(
        default=None,
        description=(
            "Woorden van de bron: een korte, letterlijke passage uit de bron die dit verband legt "
            f"(hoogstens {SOURCE_PASSAGE_MAX} tekens). Verplicht bij herkomst 'bron'."
        ),
    )
    toelichting: Text | None = Field(
        default=None,
        description="Redactioneel: waarom dit verband er is. Verplicht bij herkomst 'redactie'.",
    )

    @model_validator(mode="after")
    def _source_link_quotes_its_source(self) -> Link:
        if self.herkomst == "bron" and self.bronfragment is None:
            raise ValueError(
                "bij herkomst 'bron' hoort een 'bronfragment': een korte letterlijke passage uit de bron "
                "die dit verband legt (of kies herkomst 'redactie' en licht het verband toe)"
            )
        if self.herkomst == "redactie" and self.toelichting is None:
            raise ValueError(
                "bij herkomst 'redactie' hoort een 'toelichting': leg uit waarom de interventie bij deze id past "
                "(de bron legt dit verband niet zelf)"
            )
        return self


class Quote(Record):
    """A quote from the source, with who said it."""

    tekst: Text = Field(description="Woorden van de bron: het citaat, letterlijk zoals het in de bron staat.")
    wie: ShortText = Field(
        description="Wie het zei, zoals de bron het noemt, bijvoorbeeld 'een van de projectleiders'."
    )


ActionOrigin = Annotated[
    str,
    StringConstraints(
        strict=True,
        pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?$",
        max_length=161,
    ),
]
"""A principle id, or an intervention as ``<casus-id>/<interventie-id>`` (intervention ids are unique per case)."""

START_ACTIONS_MAX = 5
"""A principle page's "Zo begin je" holds three to five actions: a start, not a plan."""


class StartAction(Record):
    """Editorial: one action of a principle's "Zo begin je", with where it comes from (``uit``)."""

    tekst: Text = Field(
        description=(
            "Redactioneel: één concrete actie, als opdracht ('Bespreek…', 'Laat…'). Alleen wat het principe "
            "of de interventie zegt: geen effecten, aantallen, namen of instrumenten die de bron niet noemt."
        )
    )
    uit: ActionOrigin = Field(
        description=(
            "Waar de actie uit komt: de id van een ontwerpprincipe, of een interventie als "
            "'<casus-id>/<interventie-id>' (dan linkt de actie naar die interventie)."
        )
    )


class Principle(Record):
    """A design principle (ontwerpprincipe), as worded in Tabel 1 of the article.

    ``tekst`` holds the source's words; ``kort``, ``zo_begin_je`` and ``trefwoorden`` are editorial.
    """

    id: Slug = Field(description="Vaste, leesbare id; wordt het webadres van de pagina.")
    tekst: Text = Field(description="Woorden van de bron: het ontwerpprincipe, letterlijk zoals in Tabel 1.")
    kort: ShortText = Field(
        description=(
            "Redactioneel: korte titel voor navigatie en kaarten, uit de woorden van het principe zelf; "
            "een opdracht, zoals het principe ('Bepaal…', 'Zorg…'), geen bewering."
        )
    )
    zo_begin_je: list[StartAction] = Field(
        default_factory=list,
        max_length=START_ACTIONS_MAX,
        description=(
            "Redactioneel: drie tot vijf acties waarmee een lerarenopleider met dit principe begint, "
            "elk met 'uit': het principe of de interventie waar de actie uit komt. Getoond als 'Zo begin je', "
            "gemarkeerd als redactioneel."
        ),
    )
    trefwoorden: list[ShortText] = Field(default_factory=list, description="Zoekwoorden (redactioneel).")


class Characteristic(Record):
    """A characteristic of network learning (karakteristiek), with its principles.

    ``naam`` holds the source's words; ``wat_houdt_dit_in`` is editorial.
    """

    id: Slug = Field(description="Vaste, leesbare id; wordt het webadres van de pagina.")
    nummer: int = Field(ge=1, le=20, description="Volgnummer zoals in de bron.")
    naam: ShortText = Field(
        description="Woorden van de bron: naam van de karakteristiek, letterlijk zoals in Tabel 1."
    )
    naam_en: ShortText = Field(
        description="Engelse naam uit de reviewstudie; het Nederlands van het bronartikel wijkt er soms van af."
    )
    vertaalnoot: TranslationNote = None
    wat_houdt_dit_in: Text | None = Field(
        default=None,
        description=(
            "Redactioneel: een korte alinea over wat deze karakteristiek inhoudt, geschreven uit haar eigen "
            "ontwerpprincipes (niets wat die niet zeggen). Getoond als 'Wat houdt dit in', gemarkeerd als redactioneel."
        ),
    )
    bronnen: list[Slug] = Field(default_factory=list, description="Ids van bronnen in data/bronnen.yaml.")
    ontwerpprincipes: list[Principle] = Field(
        min_length=1, description="De ontwerpprincipes onder deze karakteristiek."
    )


class CharacteristicsFile(Record):
    """``data/karakteristieken.yaml``."""

    karakteristieken: list[Characteristic] = Field(min_length=1)


class Condition(Record):
    """A condition for student motivation (motivatievoorwaarde).

    ``naam`` holds the source's words (with a typo, marked ``sic``); ``kort`` and ``vraag`` are editorial.
    """

    id: Slug
    nummer: int = Field(ge=1, le=20)
    naam: ShortText = Field(
        description="Woorden van de bron: naam van de voorwaarde, letterlijk zoals in het bronartikel (ook een tikfout)."
    )
    kort: ShortText = Field(
        description=(
            "Redactioneel: korte naam voor lijsten, kaarten en filters, zonder tikfout; de letterlijke 'naam' "
            "(met [sic]) staat bij de voorwaarde zelf."
        )
    )
    sic: bool = Field(
        default=False,
        description="true als 'naam' een tikfout van de bron letterlijk overneemt; de site zet er dan [sic] achter.",
    )
    naam_en: ShortText = Field(
        description="Engelse naam uit de motivatiestudie; het Nederlands van het bronartikel wijkt er soms van af."
    )
    vertaalnoot: TranslationNote = None
    vraag: Text | None = Field(
        default=None,
        description="Vraag die een lerarenopleider aan de eigen werkplaats (TLG) kan stellen (redactioneel).",
    )


class ConditionsFile(Record):
    """``data/motivatievoorwaarden.yaml``."""

    bronnen: list[Slug] = Field(default_factory=list)
    motivatievoorwaarden: list[Condition] = Field(min_length=1)


class Source(Record):
    """A work the handbook cites."""

    id: Slug
    verwijzing: Text = Field(description="Volledige verwijzing in APA-stijl.")
    in_tekst: ShortText = Field(
        description="Zo verwijst de tekst ernaar, bijvoorbeeld 'Vrieling-Teunter et al., 2021'."
    )
    bevestigd: bool = Field(description="true als de verwijzing is nagegaan in een gepubliceerde bron.")
    url: Url | None = None
    toelichting: Text | None = None


class SourcesFile(Record):
    """``data/bronnen.yaml``."""

    bronnen: list[Source] = Field(min_length=1)


class Intervention(Record):
    """A concrete intervention from a case.

    ``wat`` and ``citaten`` hold the source's words; ``titel``, ``kern``, ``stappen``, ``redactienoot``,
    ``fasen``, ``rollen`` and ``trefwoorden`` are editorial and shown as such.
    """

    id: Slug = Field(description="Vaste, leesbare id, uniek binnen de casus.")
    titel: ShortText = Field(description="Redactioneel: korte titel van de interventie.")
    kern: ShortText | None = Field(
        default=None,
        description=(
            "Redactioneel: één zin die zegt wat deze interventie is. Een kaart begint ermee, vóór de woorden "
            "van de bron; nodig waar de bron twee interventies in één zin beschrijft of 'wat' begint met een "
            "verwijzing ('hierbij', 'ook') naar tekst die niet op de kaart staat."
        ),
    )
    wat: Text = Field(
        description=(
            "Woorden van de bron: wat de werkplaatsen deden, letterlijk zoals de bron het beschrijft. "
            "Geen eigen uitleg: die hoort in 'redactienoot'."
        )
    )
    stappen: list[Text] = Field(
        default_factory=list,
        description="Redactioneel: wat de bron beschrijft, als stappen om zelf te doen (elke stap een opdracht).",
    )
    redactienoot: Text | None = Field(
        default=None,
        description=(
            "Redactioneel: uitleg van de redactie of bijdrager die niet in de bron staat, "
            "bijvoorbeeld over een genoemd instrument. Op de site gemarkeerd als redactioneel."
        ),
    )
    karakteristiek: Link = Field(description="De karakteristiek waaronder de bron de interventie plaatst.")
    principes: list[Link] = Field(
        min_length=1, description="De ontwerpprincipes waaraan de interventie invulling geeft."
    )
    voorwaarden: list[Link] = Field(
        default_factory=list, description="Motivatievoorwaarden die de interventie raakt."
    )
    fasen: list[Phase] = Field(
        default_factory=list,
        description="Redactionele indeling: wanneer in de werkplaats (start, tijdens, einde).",
    )
    rollen: list[Role] = Field(default_factory=list, description="Redactionele indeling: wie voert haar uit.")
    citaten: list[Quote] = Field(
        default_factory=list, description="Woorden van de bron: letterlijke citaten."
    )
    trefwoorden: list[ShortText] = Field(default_factory=list, description="Redactioneel: zoekwoorden.")
    soort: Literal["praktijk", "suggestie"] = Field(
        default="praktijk",
        description=(
            "'praktijk' (standaard): de bron zegt dat de werkplaatsen dit deden. 'suggestie': de bron geeft het "
            "alleen als voorbeeld of voorstel; het handboek toont het zo en telt het niet mee als praktijk."
        ),
    )

    @property
    def suggestion(self) -> bool:
        return self.soort == "suggestie"


class Approach(Record):
    """One of a case's main approaches (the best practices its source distils), with its interventions."""

    titel: ShortText = Field(description="Redactioneel: korte naam van de aanpak.")
    tekst: Text = Field(description="Woorden van de bron: hoe de bron de aanpak beschrijft, letterlijk.")
    interventies: list[Slug] = Field(
        min_length=1, description="Ids van de interventies van deze casus die bij de aanpak horen."
    )


MAX_INTERVENTIONS = 60
"""Interventions per case: a case page of 60 cards stays readable and light (tests/test_check.py measures it)."""


class Case(Record):
    """One case: ``data/cases/<slug>.yaml``. The file name is the case's id."""

    titel: ShortText = Field(description="Redactioneel: titel van de casus.")
    instelling: ShortText = Field(description="De opleiding of hogeschool.")
    studiejaar: SchoolYear = Field(description='Bijvoorbeeld "2021-2022" (tussen aanhalingstekens).')
    samenvatting: Text = Field(
        description="Woorden van de bron: twee of drie zinnen over wat deze casus deed."
    )
    context: Text = Field(
        description="Woorden van de bron: de situatie (opleiding, groepen, deelnemers, aanpak)."
    )
    context_principes: list[Link] = Field(
        default_factory=list,
        description=(
            "Ontwerpprincipes waar de casus als geheel (de context, niet één interventie) bij past, "
            "bijvoorbeeld 'integreer-netwerkleren-in-het-curriculum'."
        ),
    )
    monitoring: Text | None = Field(
        default=None, description="Woorden van de bron: hoe is gevolgd of de interventies werkten?"
    )
    aanpakken: list[Approach] = Field(
        default_factory=list,
        description=(
            "De belangrijkste aanpakken (best practices) zoals de bron ze noemt, elk met de interventies "
            "die erbij horen. Interventies die bij geen aanpak horen, staan als 'wat de werkplaatsen verder deden'."
        ),
    )
    conclusies: list[Text] = Field(default_factory=list, description="Woorden van de bron: de conclusies.")
    bronnen: list[Slug] = Field(
        default_factory=list, description="Ids van bronnen uit data/bronnen.yaml waarop de casus steunt."
    )
    eigen_bronnen: list[Source] = Field(
        default_factory=list,
        description="Bronnen die alleen deze casus gebruikt (bijvoorbeeld een eigen verslag), in dit bestand zelf.",
    )
    interventies: list[Intervention] = Field(
        min_length=1,
        max_length=MAX_INTERVENTIONS,
        description=f"De interventies van de casus: minstens één, hoogstens {MAX_INTERVENTIONS}.",
    )

    @model_validator(mode="after")
    def _has_a_source(self) -> Case:
        if not self.bronnen and not self.eigen_bronnen:
            raise ValueError("een casus heeft minstens één bron nodig: vul 'bronnen' of 'eigen_bronnen' in")
        return self
