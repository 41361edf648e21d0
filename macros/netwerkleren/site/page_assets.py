"""Which scripts and stylesheets a page loads: what every page needs, plus only the page-specific assets it uses.

On a phone every byte before the first paint counts. So the werkplaatsplan's script and stylesheet, the overview's
filter and the checklists' script load only on pages that hold what they work on (found in the page's HTML, so a
page that gains a checklist gains its script), and every script is deferred: it downloads while the page is read
and runs once the HTML is parsed, before ``DOMContentLoaded``, in the order of ``mkdocs.yml``; Material's bundle
first, as Material loads it. Nothing inline in the theme needs the bundle before then (``overrides/main.html``).

``mkdocs.yml`` keeps listing every asset; ``PAGE_ONLY`` says which of them are page-specific. Nothing here imports
MkDocs: the glue (``macros/hooks.py``) passes the lists in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

MATERIAL_BUNDLE = re.compile(r"assets/javascripts/bundle\.[0-9a-f]+\.min\.js")


@dataclass(frozen=True)
class PageOnly:
    """Assets that only pages whose HTML matches ``marker`` load."""

    prefix: str
    """Asset path (as in ``mkdocs.yml``) or the start of one: ``assets/planner`` covers ``assets/planner.js``,
    ``assets/planner.css`` and ``assets/planner/*.js``."""
    marker: re.Pattern[str]

    def covers(self, path: str) -> bool:
        return path.startswith(self.prefix)


PAGE_ONLY = (
    PageOnly("assets/planner", re.compile(r'id="nl-planner"')),
    PageOnly("assets/filter.js", re.compile(r'id="nl-overview"')),
    PageOnly("assets/checklists.js", re.compile(r"data-nl-(?:tick|field|toolbar)\b")),
)


@dataclass(frozen=True)
class Script:
    """A script tag: always deferred; ``type`` as given in ``mkdocs.yml`` (e.g. ``module``)."""

    path: str
    type: str | None = None


@dataclass(frozen=True)
class PageAssets:
    scripts: list[Script]
    """Material's bundle, then the handbook's scripts this page uses."""
    styles: list[str]
    """The page-specific stylesheets this page uses (the shared ones stay in ``extra_css``)."""


def _page_only(path: str) -> PageOnly | None:
    return next((rule for rule in PAGE_ONLY if rule.covers(path)), None)


def shared_styles(extra_css: Iterable[str]) -> tuple[list[str], list[str]]:
    """``extra_css`` split into the stylesheets every page loads and the page-specific ones."""
    shared: list[str] = []
    page_only: list[str] = []
    for path in extra_css:
        (page_only if _page_only(str(path)) else shared).append(str(path))
    return shared, page_only


def _used(path: str, html: str) -> bool:
    rule = _page_only(path)
    return rule is None or rule.marker.search(html) is not None


def page_assets(
    html: str, bundle: str, extra_javascript: Sequence[object], page_only_css: Sequence[str]
) -> PageAssets:
    """The scripts and page-specific stylesheets for a page whose content is ``html``.

    ``extra_javascript`` holds MkDocs' entries: paths, or objects whose ``str()`` is the path and which may have a
    ``type``.
    """
    scripts = [Script(bundle)] + [
        Script(str(entry), getattr(entry, "type", None) or None)
        for entry in extra_javascript
        if _used(str(entry), html)
    ]
    return PageAssets(scripts, [path for path in page_only_css if _used(path, html)])


def material_bundle(theme_dirs: Iterable[str]) -> str | None:
    """The path of the bundle that the theme's ``base.html`` (Material's) loads, or None when none is found."""
    for directory in theme_dirs:
        base = Path(directory) / "base.html"
        if base.is_file():
            found = MATERIAL_BUNDLE.search(base.read_text(encoding="utf-8"))
            if found:
                return found.group(0)
    return None
