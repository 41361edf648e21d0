"""Title attributes that stay text, even in Material's tooltips.

Material's ``content.tooltips`` reads an element's ``title`` attribute (the
browser decodes its entities) and inserts it into the tooltip as HTML. The
templates never put data in a title attribute and the check refuses markup in
data; this is the third barrier: every ``<``, ``>`` and ``&`` in a title is
escaped once more, so that what the tooltip inserts is text that shows the
characters, never markup.
"""

from __future__ import annotations

import re

_TITLE = re.compile(r"""(\stitle=)(?:"([^"]*)"|'([^']*)')""")


def _inert(value: str) -> str:
    return (
        value.replace("&amp;", "&amp;amp;")
        .replace("&lt;", "&amp;lt;")
        .replace("&gt;", "&amp;gt;")
        .replace("&#60;", "&amp;lt;")
        .replace("&#62;", "&amp;gt;")
        .replace("<", "&amp;lt;")
        .replace(">", "&amp;gt;")
    )


def inert_titles(html: str) -> str:
    """``html`` with every title attribute's markup characters escaped a second time."""
    if " title=" not in html:
        return html

    def replace(match: re.Match[str]) -> str:
        value = match.group(2) if match.group(2) is not None else match.group(3)
        if not any(char in value for char in "&<>"):
            return match.group(0)
        return f'{match.group(1)}"{_inert(value).replace(chr(34), "&quot;")}"'

    return _TITLE.sub(replace, html)
