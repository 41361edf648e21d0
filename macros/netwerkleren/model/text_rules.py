"""Rules that keep contributor text inert: it is data, never code.

The renderer escapes everything anyway; these rules make sure a contributor
hears about template or HTML text at check time instead of being surprised.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

_TEMPLATE = re.compile(r"\{\{|\{%|\{#|%\}|\}\}")
_HTML_TAG = re.compile(r"<[A-Za-z/!?]")
"""Anything a browser could read as the start of a tag, a comment or a declaration."""
# An HTML event attribute: a known handler name, or any on...= followed by a quote. Dutch words such as
# "onderzoek = ..." stay allowed.
_EVENT_HANDLER = re.compile(
    r"\bon(?:abort|animation\w*|auxclick|before\w*|blur|cancel|change|click|close|contextmenu|copy|cut|dbl\w+|"
    r"drag\w*|drop|error|focus\w*|hashchange|input|invalid|key\w+|load\w*|message|mouse\w+|paste|pointer\w+|"
    r"popstate|reset|resize|scroll\w*|search|select\w*|show|submit|toggle|touch\w+|transition\w*|unload|wheel)"
    r"\s*=|\bon[a-z]+\s*=\s*[\"'`]",
    re.IGNORECASE,
)
PLACEHOLDER = "VUL IN"
"""Marks text in the case template that the contributor still has to replace."""
PLACEHOLDER_ID = "vul-in"
"""Marks an id in the case template that the contributor still has to replace."""
_SCRIPT_SCHEME = re.compile(r"\b(javascript|vbscript)\s*:|\bdata:[a-z]+/", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>\"'{}\\]+")

INVISIBLE_CLASS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u180e\u200b\u200c\u200e\u200f"
    "\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
"""Characters that show nothing or change the reading direction: every Unicode format character (Cf: zero-width
spaces and joiners, bidi overrides and isolates, soft hyphens, tag characters), the line and paragraph
separators and the Hangul fillers. Pasted from a word processor or hidden on purpose, they make text that looks
the same differ, or read differently than it is written."""
_EMOJI = "\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
LONE_JOINER = f"(?<![{_EMOJI}])\u200d|\u200d(?![{_EMOJI}])"
"""A zero-width joiner that does not join two emoji: inside an emoji sequence (a family, a profession with a
skin tone) it is part of the picture a contributor typed or pasted, and is allowed; anywhere else it is hidden."""
INVISIBLE = re.compile(f"[{INVISIBLE_CLASS}]|{LONE_JOINER}")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters other than tab and newline (they can only get into a value through an escape)."""


def describe_character(char: str) -> str:
    """A Dutch description of an invisible or control character, with its code point and Unicode name."""
    code = ord(char)
    if code == 0x200B:
        kind = "spatie zonder breedte"
    elif code in (0x200C, 0x200D, 0x2060):
        kind = "verbindingsteken zonder breedte"
    elif code in (0x200E, 0x200F, 0x061C) or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        kind = "teken dat de leesrichting verandert"
    elif code in (0x2028, 0x2029):
        kind = "regel- of alineascheidingsteken"
    elif code == 0xFEFF:
        kind = "byte-order mark midden in de tekst"
    elif code == 0x00AD:
        kind = "zacht afbreekstreepje"
    elif code == 0x00A0:
        kind = "niet-afbrekende spatie"
    elif unicodedata.category(char) == "Zs":
        kind = "bijzondere spatie"
    elif unicodedata.category(char) == "Cc":
        kind = "stuurteken"
    else:
        kind = "onzichtbaar teken"
    name = unicodedata.name(char, "")
    return f"{kind} (U+{code:04X}{' ' + name if name else ''})"


def hidden_character_problem(value: str, where: str = "in de tekst") -> str | None:
    """Why ``value`` holds a character a reader cannot see, or None; ``where`` names the kind of value."""
    found = INVISIBLE.search(value) or _CONTROL.search(value)
    if found is None:
        return None
    return (
        f"{where} staat een onzichtbaar {describe_character(found.group())} op teken {found.start() + 1}: "
        "verwijder het of typ de tekst opnieuw"
    )


class TextError(ValueError):
    """A Dutch reason why a text is refused, with where in the text the trouble starts.

    ``at`` is the offset in the value and ``snippet`` the text found there, so the check can point at the line
    and column in the file (inside a block text too) when ``precise``; ``placeholder`` marks the template's
    'VUL IN'.
    """

    def __init__(
        self,
        message: str,
        at: int = 0,
        snippet: str = "",
        *,
        placeholder: bool = False,
        precise: bool = False,
    ) -> None:
        super().__init__(message)
        self.at = at
        self.snippet = snippet
        self.placeholder = placeholder
        self.precise = precise


_BOLD = re.compile(r"\*\*[^*\n]{1,300}\*\*")
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+\S", re.MULTILINE)


def _markdown_link(value: str) -> tuple[int, str, bool] | None:
    """The first ``[tekst](adres)`` or ``![tekst](adres)`` on one line: (offset, text, is an image), or None.

    Found from each ``](`` outwards, with bounded looks, so a hostile text costs linear time.
    """
    index, tries = value.find("]("), 0
    while index >= 0 and tries < 100:
        line_start = value.rfind("\n", max(0, index - 200), index) + 1
        opening = value.rfind("[", max(line_start, index - 200), index)
        closing = value.find(")", index + 2, index + 502)
        newline = value.find("\n", index + 2, closing) if closing > 0 else -1
        if opening >= 0 and opening + 1 < index and closing > index + 2 and newline < 0:
            image = opening > 0 and value[opening - 1] == "!"
            start = opening - 1 if image else opening
            return start, value[start : closing + 1], image
        index, tries = value.find("](", index + 2), tries + 1
    return None


def _markdown_table(value: str) -> tuple[int, str] | None:
    """The first line that is a Markdown table row (``| a | b |``): (offset, the line), or None."""
    if value.count("|") < 3:
        return None
    offset = 0
    for line in value.split("\n"):
        row = line.strip()
        if len(row) >= 3 and row[0] == "|" and row[-1] == "|" and row.count("|") >= 3:
            return offset + line.index("|"), row
        offset += len(line) + 1
    return None


def _markdown_reasons(value: str) -> list[tuple[int, str, str]]:
    """Markdown in a plain-text field: published literally, so the contributor hears about it."""
    literally = (
        "het handboek toont deze tekst zoals hij er staat, dus die tekens komen letterlijk op de pagina"
    )
    found: list[tuple[int, str, str]] = []
    link = _markdown_link(value) if "](" in value else None
    if link is not None:
        start, text, image = link
        found.append(
            (
                start,
                text,
                f"'![…](…)' is een afbeelding in Markdown, maar {literally}. Een afbeelding kan niet in een casus: "
                "haal het weg"
                if image
                else f"'[tekst](webadres)' is een link in Markdown, maar {literally}. Schrijf alleen de tekst; hoort "
                "het webadres bij een bron, zet het dan bij die bron in 'url'",
            )
        )
    bold = _BOLD.search(value) if "**" in value else None
    if bold is not None:
        found.append(
            (
                bold.start(),
                bold.group(),
                f"'**…**' is vette tekst in Markdown, maar {literally}. Haal de sterretjes weg: vet kan hier niet",
            )
        )
    heading = _HEADING.search(value) if "#" in value else None
    if heading is not None:
        found.append(
            (
                heading.start(),
                heading.group().lstrip(),
                f"een regel die met '#' begint is een kop in Markdown, maar {literally}. Haal het '#' weg; een "
                "lege regel begint een nieuwe alinea",
            )
        )
    table = _markdown_table(value)
    if table is not None:
        found.append(
            (
                table[0],
                table[1],
                f"'| … | … |' is een tabel in Markdown, maar {literally}. Schrijf de inhoud als gewone zinnen, of "
                "als items van een lijst ('- ')",
            )
        )
    _PRECISE.update(reason for _, _, reason in found)
    return sorted(found)


_PRECISE: set[str] = set()
"""Reasons whose message points at the exact place in the text (new kinds; older ones point at the value)."""


def _text_reasons(value: str) -> list[tuple[int, str, str]]:
    """Every reason ``value`` is not plain text: (offset, what was found, Dutch reason).

    Code-like text (hidden characters, templates, HTML, scripts) comes first, in the order it stands in the value;
    then Markdown.
    """
    reasons: list[tuple[int, str, str]] = []
    hidden = INVISIBLE.search(value) or _CONTROL.search(value)
    if hidden is not None:
        reasons.append((hidden.start(), hidden.group(), hidden_character_problem(value) or ""))
    for pattern, reason in (
        (_TEMPLATE, "sjabloontekst zoals '{{', '{%' of '}}' is niet toegestaan: schrijf gewone tekst"),
        (_HTML_TAG, "HTML-code (zoals <script> of <b>) is niet toegestaan: schrijf gewone tekst"),
        (_EVENT_HANDLER, "HTML-attributen zoals 'onerror=' zijn niet toegestaan: schrijf gewone tekst"),
        (_SCRIPT_SCHEME, "links met 'javascript:' of 'data:' zijn niet toegestaan"),
    ):
        found = pattern.search(value)
        if found is not None:
            reasons.append((found.start(), found.group(), reason))
    reasons.sort(key=lambda reason: reason[0])
    return reasons + _markdown_reasons(value)


def check_plain_text(value: str) -> str:
    """Return ``value`` unchanged, or raise ``TextError`` with every Dutch reason at once.

    All reasons are given in one message (a title with both '<img>' and '{{' needs one fix, not two rounds),
    at the place of the first of them.
    """
    if PLACEHOLDER in value:
        raise TextError(
            f"hier staat nog tekst uit het sjabloon ('{PLACEHOLDER}'): vervang die door je eigen tekst",
            value.index(PLACEHOLDER),
            PLACEHOLDER,
            placeholder=True,
        )
    reasons = _text_reasons(value)
    if reasons:
        at, snippet, first = reasons[0]
        rest = [reason for _, _, reason in reasons[1:] if reason != first]
        message = first + "".join(f"; ook: {reason}" for reason in dict.fromkeys(rest))
        raise TextError(message, at, snippet, precise=first in _PRECISE)
    return value


SOURCE_PASSAGE_OWN_WORDS = re.compile(
    r"\b(?:(?:ik|wij|we)\s+denk(?:en)?|volgens\s+(?:mij|ons)|mijns\s+inziens|(?:wij|we)\s+(?:vinden|vermoeden|"
    r"geloven|verwachten|hopen)|ik|mij|mijn)\b",
    re.IGNORECASE,
)
"""Words that show a passage is the contributor's own: first person singular, 'volgens mij', 'wij denken'."""


def check_source_passage(value: str) -> str:
    """A ``bronfragment``: plain text, and not obviously the contributor's own words (first person, a question).

    The check cannot read the case's own source; it refuses only what a source's passage cannot be.
    """
    check_plain_text(value)
    own = SOURCE_PASSAGE_OWN_WORDS.search(value)
    why = (
        "een bronfragment zijn de woorden van de bron zelf, letterlijk overgenomen: het laat zien dat de bron "
        "dit verband legt. "
    )
    fix = (
        "Neem de passage letterlijk uit de bron over, of kies 'herkomst: redactie' en zet je eigen uitleg in "
        "'toelichting'"
    )
    if own is not None:
        raise TextError(
            f"{why}Hier staat '{own.group()}': zo schrijf je in je eigen woorden, niet in die van de bron. {fix}",
            own.start(),
            own.group(),
            precise=True,
        )
    stripped = value.rstrip(" \n\"'”’»)")
    if stripped.endswith("?"):
        raise TextError(
            f"{why}Deze tekst eindigt met een vraag, en een vraag legt geen verband. {fix}",
            len(stripped) - 1,
            "?",
            precise=True,
        )
    return value


def check_id(value: str) -> str:
    """Refuse the template's placeholder id."""
    if value == PLACEHOLDER_ID or value.startswith(PLACEHOLDER_ID + "-"):
        raise ValueError(
            f"hier staat nog de id '{value}' uit het sjabloon: vervang die door een echte id (zie de uitleg erboven)"
        )
    return value


def check_url(value: str) -> str:
    """Accept only plain http(s) addresses."""
    if PLACEHOLDER in value:
        raise TextError(
            f"hier staat nog tekst uit het sjabloon ('{PLACEHOLDER}'): vul het webadres in of haal het veld weg",
            value.index(PLACEHOLDER),
            PLACEHOLDER,
        )
    hidden = hidden_character_problem(value, "in het webadres")
    if hidden:
        raise ValueError(hidden)
    if not _URL.fullmatch(value):
        raise ValueError(
            "een webadres moet met https:// of http:// beginnen en mag geen spaties, regeleinden, "
            "aanhalingstekens of < > { } bevatten"
        )
    if "@" in urlsplit(value).netloc:
        raise ValueError(
            "een webadres mag geen gebruikersnaam of wachtwoord bevatten (zoals 'naam:wachtwoord@'): "
            "haal dat deel weg"
        )
    return value


def check_school_year(value: str) -> str:
    """Two consecutive years, the earlier first ("2024-2025"); the form is checked by the pattern."""
    first, second = int(value[:4]), int(value[5:9])
    if second != first + 1:
        raise ValueError(
            f"'{value}' is geen studiejaar: het tweede jaar volgt direct op het eerste, "
            f'bijvoorbeeld "{first}-{first + 1}"'
        )
    return value
