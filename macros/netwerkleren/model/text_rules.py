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
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u180e\u200b-\u200f"
    "\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
"""Characters that show nothing or change the reading direction: every Unicode format character (Cf: zero-width
spaces and joiners, bidi overrides and isolates, soft hyphens, tag characters), the line and paragraph
separators and the Hangul fillers. Pasted from a word processor or hidden on purpose, they make text that looks
the same differ, or read differently than it is written."""
INVISIBLE = re.compile(f"[{INVISIBLE_CLASS}]")
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


def check_plain_text(value: str) -> str:
    """Return ``value`` unchanged, or raise ``ValueError`` with a Dutch reason."""
    if PLACEHOLDER in value:
        raise ValueError(
            f"hier staat nog tekst uit het sjabloon ('{PLACEHOLDER}'): vervang die door je eigen tekst"
        )
    hidden = hidden_character_problem(value)
    if hidden:
        raise ValueError(hidden)
    if _TEMPLATE.search(value):
        raise ValueError("sjabloontekst zoals '{{', '{%' of '}}' is niet toegestaan: schrijf gewone tekst")
    if _HTML_TAG.search(value):
        raise ValueError("HTML-code (zoals <script> of <b>) is niet toegestaan: schrijf gewone tekst")
    if _EVENT_HANDLER.search(value):
        raise ValueError("HTML-attributen zoals 'onerror=' zijn niet toegestaan: schrijf gewone tekst")
    if _SCRIPT_SCHEME.search(value):
        raise ValueError("links met 'javascript:' of 'data:' zijn niet toegestaan")
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
        raise ValueError(
            f"hier staat nog tekst uit het sjabloon ('{PLACEHOLDER}'): vul het webadres in of haal het veld weg"
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
