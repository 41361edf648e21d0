"""Render page views with the handbook's Jinja partials.

Autoescaping is always on and undefined names are errors: data is shown as
text, never interpreted as HTML or as a template.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup


@lru_cache(maxsize=4)
def environment(partials_dir: Path) -> Environment:
    """One Jinja environment per partials folder, created once."""
    return Environment(
        loader=FileSystemLoader(str(partials_dir)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(partials_dir: Path, template: str, **context: Any) -> Markup:
    """Render ``template`` to escaped HTML (the glue keeps it away from Markdown: see ``site.html_stash``)."""
    return Markup(environment(partials_dir).get_template(template).render(**context).strip())
