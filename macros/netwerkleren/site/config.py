"""Where the project's folders are, seen from the site configuration file."""

from __future__ import annotations

from pathlib import Path

DATA_DIR = "data"
PARTIALS_DIR = "overrides/partials/handbook"


def project_root(config_file_path: str | None) -> Path:
    return Path(config_file_path).resolve().parent if config_file_path else Path.cwd()
