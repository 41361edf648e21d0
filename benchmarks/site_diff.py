"""Compare two builds of the handbook: the same pages, the same text a reader sees.

Used by ``tests/test_properdocs.py`` (MkDocs against ProperDocs) and by
``benchmarks/engine_routes.py`` (MkDocs with hooks against pre-generated plain
Markdown, and Zensical).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

INVISIBLE = {"script", "style", "template", "noscript", "svg"}


class _Text(HTMLParser):
    """The text a reader sees (and a screen reader reads), optionally only inside one element."""

    def __init__(self, inside: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.inside = inside
        self.depth = 0 if inside else 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in INVISIBLE:
            self.hidden += 1
        if self.inside and (tag == self.inside or self.depth) and tag not in VOID:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in INVISIBLE and self.hidden:
            self.hidden -= 1
        if self.inside and self.depth and tag not in VOID:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden and self.depth:
            self.parts.append(data)


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def visible_text(html: str, inside: str | None = None) -> str:
    """The page's visible text, whitespace collapsed; with ``inside``, only the text of that element (e.g. article)."""
    parser = _Text(inside)
    parser.feed(html)
    return re.sub(r"\s+", " ", " ".join(parser.parts)).strip()


def files(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}


def pages(site: Path) -> set[str]:
    return {name for name in files(site) if name.endswith(".html")}


def search_docs(site: Path) -> list[dict[str, object]]:
    """The search index's entries in a fixed order (engines may write pages in another order)."""
    index = site / "search" / "search_index.json"
    docs = json.loads(index.read_text(encoding="utf-8"))["docs"] if index.is_file() else []
    return sorted(docs, key=lambda doc: json.dumps(doc, sort_keys=True, ensure_ascii=False))


@dataclass
class Comparison:
    only_first: list[str] = field(default_factory=list)
    only_second: list[str] = field(default_factory=list)
    identical: int = 0
    same_text: int = 0
    different_text: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.identical} pages byte-identical, {self.same_text} with the same text, "
            f"{len(self.different_text)} with different text; {len(self.only_first)} pages only in the first build, "
            f"{len(self.only_second)} only in the second"
        )


def compare(first: Path, second: Path, inside: str | None = None) -> Comparison:
    """Compare the HTML pages of two builds; ``inside`` limits the text compared to one element."""
    a, b = pages(first), pages(second)
    result = Comparison(only_first=sorted(a - b), only_second=sorted(b - a))
    for name in sorted(a & b):
        html_a = (first / name).read_bytes()
        html_b = (second / name).read_bytes()
        if html_a == html_b:
            result.identical += 1
            result.same_text += 1
        elif visible_text(html_a.decode(), inside) == visible_text(html_b.decode(), inside):
            result.same_text += 1
        else:
            result.different_text.append(name)
    return result
