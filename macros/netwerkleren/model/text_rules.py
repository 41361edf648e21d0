"""Rules that keep contributor text inert: it is data, never code.

The renderer escapes everything anyway; these rules make sure a contributor
hears about template or HTML text at check time instead of being surprised.
"""

from __future__ import annotations

import re

_TEMPLATE = re.compile(r"\{\{|\{%|\{#|%\}|\}\}")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(\s|/?>)|<!--")
_EVENT_HANDLER = re.compile(r"\bon[a-z]+\s*=", re.IGNORECASE)
_SCRIPT_SCHEME = re.compile(r"\b(javascript|vbscript)\s*:|\bdata:[a-z]+/", re.IGNORECASE)
_URL = re.compile(r"^https?://[^\s<>\"'{}]+$")


def check_plain_text(value: str) -> str:
    """Return ``value`` unchanged, or raise ``ValueError`` with a Dutch reason."""
    if _TEMPLATE.search(value):
        raise ValueError(
            "sjabloontekst zoals '{{', '{%' of '}}' is niet toegestaan: schrijf gewone tekst"
        )
    if _HTML_TAG.search(value):
        raise ValueError("HTML-code (zoals <script> of <b>) is niet toegestaan: schrijf gewone tekst")
    if _EVENT_HANDLER.search(value):
        raise ValueError("HTML-attributen zoals 'onerror=' zijn niet toegestaan: schrijf gewone tekst")
    if _SCRIPT_SCHEME.search(value):
        raise ValueError("links met 'javascript:' of 'data:' zijn niet toegestaan")
    return value


def check_url(value: str) -> str:
    """Accept only plain http(s) addresses."""
    if not _URL.match(value):
        raise ValueError("een webadres moet met https:// of http:// beginnen en mag geen spaties bevatten")
    return value
