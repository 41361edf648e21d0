"""How the source's wording is shown: verbatim, with a verbatim typo marked once, here."""

from __future__ import annotations

import re

from netwerkleren.model.records import Condition

SIC = "[sic]"


def condition_name(condition: Condition) -> str:
    """A condition's name wherever it is named: its editorial short name (``kort``, without the source's typo).

    A page marks the source's verbatim typo once, where it quotes the condition (``condition_verbatim``), not in
    every menu, heading and link."""
    return condition.kort


def condition_verbatim(condition: Condition) -> str:
    """A condition's name as the source words it; a typo kept verbatim (``sic: true``) is marked [sic]."""
    return f"{condition.naam} {SIC}" if condition.sic else condition.naam


SOFT_HYPHEN = "\u00ad"
_VOWELS = "aeiouyàáèéëïóöü"
_SYLLABLE = re.compile(rf"[{_VOWELS}]+[^{_VOWELS}]*?(?=[^{_VOWELS}]?[{_VOWELS}])", re.I)


_ONSETS_3 = {"str", "spr", "sch"}
_ONSETS_2 = {
    "bl",
    "br",
    "dr",
    "fl",
    "fr",
    "gl",
    "gr",
    "kl",
    "kr",
    "pl",
    "pr",
    "tr",
    "st",
    "sp",
    "sl",
    "sn",
    "sm",
    "sk",
}


def _onset(w: str, cut: int) -> int:
    """Move a cut before a consonant cluster that starts Dutch syllables ("werk-plaats", "on-der-steu-nen")."""
    low = w.lower()
    consonant = lambda i: i >= 0 and low[i] not in _VOWELS  # noqa: E731
    if low[cut - 2 : cut + 1] in _ONSETS_3 and consonant(cut - 3):
        return cut - 2
    if low[cut - 1 : cut + 1] in _ONSETS_2 and consonant(cut - 2):
        return cut - 1
    return cut


def soft_hyphens(text: str, longer_than: int = 9) -> str:
    """``text`` with soft hyphens in its long words, so a narrow column breaks them with a hyphen, never bare.

    For browsers without Dutch hyphenation (CSS ``hyphens: auto`` needs a dictionary). A simple rule of Dutch
    syllables: between two vowel groups, one consonant goes with the next syllable; of more consonants, the
    last one does ("On-der-zoeks-fo-cus"). No break leaves fewer than three letters on a line.
    """

    def word(match: re.Match[str]) -> str:
        w = match.group(0)
        if len(w) <= longer_than:
            return w
        cuts = [_onset(w, m.end()) for m in _SYLLABLE.finditer(w)]
        cuts = [c for c in cuts if 3 <= c <= len(w) - 3]
        parts, last = [], 0
        for c in cuts:
            parts.append(w[last:c])
            last = c
        parts.append(w[last:])
        return SOFT_HYPHEN.join(p for p in parts if p)

    return re.sub(r"[^\W\d_]+", word, text)
