"""The handbook, loaded once per change of the data.

Both MkDocs glue modules (hooks and macros) ask for the handbook here, so the
data is read and validated once per build, not once per page.
"""

from __future__ import annotations

from pathlib import Path

from netwerkleren.model.handbook import Handbook, build_handbook

_cache: dict[Path, tuple[tuple[tuple[str, int, int], ...], Handbook]] = {}


def _signature(data_dir: Path) -> tuple[tuple[str, int, int], ...]:
    entries = []
    for path in sorted(data_dir.rglob("*")):
        if path.is_file() and path.suffix in {".yaml", ".yml"}:
            stat = path.stat()
            entries.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


def get_handbook(data_dir: Path) -> Handbook:
    """The handbook for ``data_dir``; re-read only when a data file changed."""
    data_dir = data_dir.resolve()
    signature = _signature(data_dir)
    cached = _cache.get(data_dir)
    if cached is not None and cached[0] == signature:
        return cached[1]
    handbook = build_handbook(data_dir, root=data_dir.parent)
    _cache[data_dir] = (signature, handbook)
    return handbook
