"""Rules that keep contributor text inert: it is data, never code.

The renderer escapes everything anyway; these rules make sure a contributor
hears about template or HTML text at check time instead of being surprised.
"""

from __future__ import annotations

import re

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
_URL = re.compile(r"^https?://[^\s<>\"'{}]+$")


def check_plain_text(value: str) -> str:
    """Return ``value`` unchanged, or raise ``ValueError`` with a Dutch reason."""
    if PLACEHOLDER in value:
        raise ValueError(
            f"hier staat nog tekst uit het sjabloon ('{PLACEHOLDER}'): vervang die door je eigen tekst"
        )
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
    if not _URL.match(value):
        raise ValueError("een webadres moet met https:// of http:// beginnen en mag geen spaties bevatten")
    return value
