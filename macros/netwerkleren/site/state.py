"""The handbook, loaded once per change of the data.

Both MkDocs glue modules (hooks and macros) ask for the handbook here, so the
data is read and validated once per build, not once per page.

Whether a data file changed is checked once per build: ``begin_build()``
(called by the ``on_config`` hook) makes the next ``get_handbook`` compare the
files' signature; later calls in the same build (one per macro, thousands with
many cases) return the cached handbook without touching the disk.
"""

from __future__ import annotations

from pathlib import Path

from netwerkleren.load.build import build_handbook
from netwerkleren.load.problems import DataError
from netwerkleren.model.handbook import Handbook
from netwerkleren.site import html_stash

serving = False
"""True under ``mkdocs serve``: bad data then becomes a page (see netwerkleren.site.problems_page)."""
data_error: DataError | None = None
"""This build's data problems while serving, or None."""

_cache: dict[Path, tuple[tuple[tuple[str, int, int], ...], Handbook]] = {}
_checked: set[Path] = set()
"""Data folders whose signature was compared since the last ``begin_build()``."""


def begin_build() -> None:
    """A new build starts: the next ``get_handbook`` checks the data files again, and no macro HTML is kept."""
    global data_error
    _checked.clear()
    html_stash.clear()
    data_error = None


def _signature(data_dir: Path) -> tuple[tuple[str, int, int], ...]:
    entries = []
    for path in sorted(data_dir.rglob("*")):
        if path.is_file() and path.suffix in {".yaml", ".yml"}:
            stat = path.stat()
            entries.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


def get_handbook(data_dir: Path) -> Handbook:
    """The handbook for ``data_dir``; re-read only when a data file changed (checked once per build)."""
    data_dir = data_dir.resolve()
    cached = _cache.get(data_dir)
    if cached is not None and data_dir in _checked:
        return cached[1]
    signature = _signature(data_dir)
    if cached is None or cached[0] != signature:
        cached = (signature, build_handbook(data_dir, root=data_dir.parent))
        _cache[data_dir] = cached
    _checked.add(data_dir)
    return cached[1]
