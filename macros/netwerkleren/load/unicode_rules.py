"""Characters a data file may not hold, found in the raw text with their own line and column.

Control characters (YAML refuses them), invisible characters (zero-width
spaces, bidi overrides: see ``netwerkleren.model.text_rules.INVISIBLE``) and
non-breaking or other special spaces in the indentation of a line. The scan is
linear in the file and stops locating after ``MAX_PER_FILE`` finds; the rest
are only counted.
"""

from __future__ import annotations

import re

from netwerkleren.load.problems import Problem, Sink
from netwerkleren.model.text_rules import INVISIBLE_CLASS, LONE_JOINER, describe_character

# Characters YAML refuses (the same set as PyYAML's reader): control characters and the like.
_NOT_PRINTABLE = "\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x84\\x86-\\x9f\\ud800-\\udfff\\ufffe\\uffff"
_SPACES = "\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000"
_FIND = re.compile(
    f"(?P<control>[{_NOT_PRINTABLE}])|(?P<invisible>[{INVISIBLE_CLASS}]|{LONE_JOINER})|^[ ]*(?P<space>[{_SPACES}])",
    re.MULTILINE,
)


def character_problems(text: str, shown_path: str) -> list[Problem]:
    """One problem per forbidden character (at most ``MAX_PER_FILE``, then a count of the rest)."""
    sink = Sink(shown_path)
    line, searched = 1, 0
    for match in _FIND.finditer(text):
        kind = match.lastgroup or "control"
        index = match.start(kind)
        line += text.count("\n", searched, index)
        searched = index
        col = index - text.rfind("\n", 0, index)
        char = match.group(kind)
        if kind == "control":
            message = (
                f"onzichtbaar stuurteken (U+{ord(char):04X}) gevonden: verwijder het of typ de tekst opnieuw"
            )
        elif kind == "invisible":
            message = (
                f"onzichtbaar teken gevonden: {describe_character(char)}. Verwijder het of typ de tekst opnieuw "
                "(zulke tekens komen vaak mee bij kopiëren uit een tekstverwerker of webpagina)"
            )
        else:
            message = (
                f"{describe_character(char)} in de inspringing: spring in met gewone spaties "
                "(die komt vaak mee bij kopiëren uit een tekstverwerker)"
            )
        sink.at(line, col, "", message)
        if sink.full:
            sink.count(len(_FIND.findall(text, match.end())))
            break
    return sink.result()
