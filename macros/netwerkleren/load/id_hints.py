"""Which real id a contributor probably meant, and what kind of thing an id names.

Suggestions come from the data itself (never a fixed example): the ids of the
kind the field asks for, and their titles, so a contributor who typed a
principle's title (``Bepaal gezamenlijke doelen``) is pointed at its id.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

CHARACTERISTIC, PRINCIPLE, CONDITION, SOURCE = (
    "karakteristiek",
    "ontwerpprincipe",
    "motivatievoorwaarde",
    "bron",
)

WHERE = {
    CHARACTERISTIC: "onder 'karakteristiek'",
    PRINCIPLE: "onder 'principes'",
    CONDITION: "onder 'voorwaarden'",
    SOURCE: "onder 'bronnen'",
}
"""Where in a case an id of each kind belongs."""

_NAMES = {
    CHARACTERISTIC: "een karakteristiek",
    PRINCIPLE: "een ontwerpprincipe",
    CONDITION: "een motivatievoorwaarde",
    SOURCE: "een bron",
}


LOOKALIKES = str.maketrans(
    "аеорсхуіјѕԁԛԝһӏкмнтвАВЕКМНОРСТХУІЈЅαβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcxyijsdqwhlkmhtbabekmhopctxyijsabeiknoptuxabezhikmnoptyx",
)
"""Cyrillic and Greek letters that look like Latin ones (homoglyphs), mapped to the Latin letter they look like."""


def lookalike(text: str) -> tuple[int, str] | None:
    """The first letter in ``text`` that only looks Latin: (its index, a Dutch description), or None."""
    for index, char in enumerate(text):
        if ord(char) < 0x370 or char.translate(LOOKALIKES) == char:
            continue
        name = unicodedata.name(char, "")
        script = "Cyrillisch" if name.startswith("CYRILLIC") else "Grieks" if name.startswith("GREEK") else ""
        latin = char.translate(LOOKALIKES)
        return index, f"{char} (U+{ord(char):04X}, {script}) die lijkt op de Latijnse {latin}"
    return None


def slug_of(text: str) -> str:
    """An id-like form of free text: 'Bepaal gezamenlijke doelen!' -> 'bepaal-gezamenlijke-doelen'.

    Letters that only look Latin (a Cyrillic 'е') become the Latin letter they look like.
    """
    text = re.sub(r"['’‘`]", "", text.translate(LOOKALIKES))
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


@dataclass(eq=False)
class IdHints:
    """The ids of each kind in the data, with their titles."""

    titles: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    """kind -> id -> titles (short title, name, text)."""
    _known: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False)
    """Answers of ``nearest``: a hostile file repeats the same wrong id thousands of times."""

    def add(self, kind: str, record_id: str, *titles: str) -> None:
        self.titles.setdefault(kind, {})[record_id] = [title for title in titles if title]
        self._known.clear()

    def kind_of(self, value: str) -> str | None:
        """The kind of thing ``value`` is the id of, if any."""
        return next((kind for kind, ids in self.titles.items() if value in ids), None)

    def _candidates(self, kind: str) -> dict[str, str]:
        """Lowercased ids and titles of ``kind`` -> id."""
        candidates: dict[str, str] = {}
        for record_id, titles in self.titles.get(kind, {}).items():
            candidates.setdefault(record_id, record_id)
            for title in titles:
                candidates.setdefault(title.lower().strip(), record_id)
                candidates.setdefault(slug_of(title), record_id)
        return candidates

    def nearest(self, kind: str, value: str) -> str | None:
        """The id of ``kind`` nearest to ``value`` (written as an id or as a title), or None."""
        if (kind, value) not in self._known:
            self._known[kind, value] = self._nearest(kind, value)
        return self._known[kind, value]

    def _nearest(self, kind: str, value: str) -> str | None:
        candidates = self._candidates(kind)
        if not candidates or len(value) > 300:
            return None
        for form in (value, value.lower().strip(), value.translate(LOOKALIKES), slug_of(value)):
            if form in candidates:
                return candidates[form]
        close = difflib.get_close_matches(value.lower().strip(), list(candidates), n=1, cutoff=0.6)
        if not close:
            close = difflib.get_close_matches(slug_of(value), list(candidates), n=1, cutoff=0.5)
        return candidates[close[0]] if close else None

    def hint(self, kind: str, value: str) -> str:
        """' Bedoel je '<id>'?', or a sentence saying ``value`` is an id of another kind and where it belongs."""
        other = self.kind_of(value)
        if other is not None and other != kind:
            return f" '{value}' is {_NAMES[other]}, geen {kind}: zet het {WHERE[other]}."
        nearest = self.nearest(kind, value)
        return f" Bedoel je '{nearest}'?" if nearest and nearest != value else ""


def kind_at(loc: tuple[str | int, ...]) -> str | None:
    """The kind of id a case asks for at ``loc`` (``interventies[1].principes[2].id`` -> ontwerpprincipe)."""
    if len(loc) >= 2 and loc[-2] == "karakteristiek" and loc[-1] == "id":
        return CHARACTERISTIC
    if len(loc) >= 3 and loc[-1] == "id" and isinstance(loc[-2], int):
        return {"principes": PRINCIPLE, "context_principes": PRINCIPLE, "voorwaarden": CONDITION}.get(
            str(loc[-3])
        )
    if len(loc) == 2 and loc[0] == "bronnen" and isinstance(loc[1], int):
        return SOURCE
    return None
