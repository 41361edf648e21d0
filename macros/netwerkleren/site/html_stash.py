"""Keep the macros' HTML away from Markdown, and put it back afterwards.

A macro returns finished HTML. Passed through Markdown, every byte of it is
parsed again by Python-Markdown's raw-HTML handling, only to be copied out
unchanged: with many cases that was most of the build time. So a macro hands
Markdown a short placeholder (an HTML comment, which Markdown keeps as is,
inline or as a block) and the ``on_page_content`` hook puts the HTML back in
its place before any plugin reads the page. MkDocs learns a page's anchors from
the HTML Markdown saw, so ``restore`` also returns the ids in the HTML it put
back, for MkDocs's link check.
"""

from __future__ import annotations

import html
import itertools
import re

from markupsafe import Markup

_PLACEHOLDER = re.compile(r"<!--nl-html:(\d+)-->")
_ID = re.compile(r'(?<![\w-])id="([^"]*)"')
_stash: dict[str, str] = {}
_keys = itertools.count()


def stash(html: Markup) -> Markup:
    """A placeholder for ``html``; ``restore`` swaps it back."""
    key = str(next(_keys))
    _stash[key] = str(html)
    return Markup(f"<!--nl-html:{key}-->")


def clear() -> None:
    """Forget every stashed chunk: called when a build starts, so nothing is kept between builds."""
    _stash.clear()


def restore(page_html: str) -> tuple[str, set[str]]:
    """``page_html`` with every placeholder replaced by the HTML it stands for, and the ids in that HTML."""
    if "<!--nl-html:" not in page_html:
        return page_html, set()
    ids: set[str] = set()

    def put_back(match: re.Match[str]) -> str:
        chunk = _stash.get(match.group(1))
        if chunk is None:
            return match.group(0)
        ids.update(html.unescape(value) for value in _ID.findall(chunk))
        return chunk

    return _PLACEHOLDER.sub(put_back, page_html), ids
