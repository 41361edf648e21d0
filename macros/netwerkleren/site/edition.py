"""The published edition: version and release date, read from CITATION.cff.

CITATION.cff is the one place for the version number and the release date;
the footer and printouts show them, and a test keeps pyproject.toml in step.
Also keeps the offline edition free of third-party hosts (see ``self_hosted``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CITATION_FILE = "CITATION.cff"

# Material's offline plugin adds this polyfill from a CDN; the handbook ships its own copy.
IFRAME_WORKER_CDN = "https://unpkg.com/iframe-worker/shim"
IFRAME_WORKER_LOCAL = "assets/vendor/iframe-worker/shim.js"
# Material's bundle loads a ResizeObserver polyfill from a CDN in browsers without one; this loads the
# handbook's own copy first, in those browsers only.
RESIZE_OBSERVER_LOADER = "assets/vendor/resize-observer-polyfill/load.js"


class EditionError(Exception):
    """CITATION.cff is missing or lacks a version or release date (message in Dutch)."""


@dataclass(frozen=True)
class Edition:
    title: str
    version: str
    released: dt.date

    @property
    def released_nl(self) -> str:
        """The release date as Dutch readers write it, e.g. ``3 maart 2025``."""
        return f"{self.released.day} {DUTCH_MONTHS[self.released.month - 1]} {self.released.year}"


DUTCH_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def read_edition(root: Path) -> Edition:
    """The version and release date in ``root/CITATION.cff``."""
    path = root / CITATION_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EditionError(
            f"{path}: bestand ontbreekt; daarin staan versie en datum van het handboek."
        ) from None
    except yaml.YAMLError as error:
        raise EditionError(f"{path}: geen geldige YAML ({error}).") from None
    if not isinstance(data, dict):
        raise EditionError(f"{path}: verwacht velden als 'version' en 'date-released'.")
    title = data.get("title")
    version = data.get("version")
    released = data.get("date-released")
    if not isinstance(title, str) or not title.strip():
        raise EditionError(f"{path}: veld 'title' ontbreekt of is leeg.")
    if not isinstance(version, str) or not version.strip():
        raise EditionError(
            f"{path}: veld 'version' ontbreekt of is leeg (schrijf het tussen aanhalingstekens)."
        )
    if not isinstance(released, dt.date):
        raise EditionError(f"{path}: veld 'date-released' ontbreekt of is geen datum als 2025-01-31.")
    return Edition(title.strip(), version.strip(), released)


def self_hosted(polyfills: list[object]) -> list[object]:
    """``polyfills`` with the CDN copy of iframe-worker replaced by the handbook's own copy, and the loader of
    the handbook's own ResizeObserver polyfill added."""
    scripts = [
        IFRAME_WORKER_LOCAL if str(script).startswith(IFRAME_WORKER_CDN) else script for script in polyfills
    ]
    return scripts if RESIZE_OBSERVER_LOADER in scripts else [*scripts, RESIZE_OBSERVER_LOADER]


def published_extra(edition: Edition, extra: dict[str, Any]) -> dict[str, Any]:
    """The theme's ``extra`` with the edition (footer and print) and self-hosted polyfills."""
    return {
        **extra,
        "title": edition.title,
        "version": edition.version,
        "released": edition.released.isoformat(),
        "released_nl": edition.released_nl,
        "polyfills": self_hosted(extra.get("polyfills", [])),
    }
