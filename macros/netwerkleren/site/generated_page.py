"""One generated page: its source path, front matter and the one macro call that names it.

Every generator of pages (``generated``, ``checklist_pages``) builds these; this module imports no generator,
so the generators import it and never each other's modules back.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import yaml

DESCRIPTION_LENGTH = 155


@dataclass(frozen=True)
class GeneratedPage:
    src_path: str
    title: str
    description: str
    kind: str
    id: str
    tags: list[str] = field(default_factory=list)
    meta: dict[str, object] = field(default_factory=dict)
    """Further front matter, e.g. ``search`` (boost or exclude) or ``hide``."""

    def markdown(self) -> str:
        meta: dict[str, object] = {
            "title": meta_text(self.title),
            "description": meta_text(self.description),
            "hide": ["toc"],
        }
        if self.tags:
            meta["tags"] = [meta_text(tag) for tag in self.tags]
        meta.update(self.meta)
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
        return f"---\n{front}---\n\n{{{{ handbook_page({self.kind!r}, {self.id!r}) }}}}\n"


def meta_text(text: str) -> str:
    """Text for a page's title or description, inert wherever the theme puts it.

    MkDocs' theme templates do not escape, and mkdocs-macros renders a title
    that contains ``{{``; so HTML characters and braces become entities, which
    a browser shows as the original characters.
    """
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """One line of at most ``limit`` characters, cut at a word."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
