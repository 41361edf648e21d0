"""From ``data/`` to a ``Handbook``: read, validate, cross-check, then build the model.

``build_handbook(data_dir)`` is the single entry point. The direction is one
way: data -> load -> model; the model never imports the loader.
"""

from __future__ import annotations

from pathlib import Path

from netwerkleren.load.data_dir import load_data_dir, raise_problems
from netwerkleren.load.links import check_links
from netwerkleren.model.handbook import Handbook


def build_handbook(data_dir: Path, root: Path | None = None) -> Handbook:
    """Load ``data_dir`` and check every cross-reference; raise ``DataError`` listing all problems."""
    loaded = load_data_dir(data_dir, root)
    problems = list(loaded.problems)
    if loaded.characteristics is None or loaded.conditions is None or loaded.sources is None:
        raise_problems(problems)
    problems.extend(check_links(loaded))
    raise_problems(problems)
    assert loaded.characteristics and loaded.conditions and loaded.sources
    return Handbook(
        characteristics=loaded.characteristics[0].karakteristieken,
        conditions=loaded.conditions[0].motivatievoorwaarden,
        sources=loaded.sources[0].bronnen,
        cases={slug: case for slug, case, _ in loaded.cases},
        checklists=loaded.checklists[0].checklists if loaded.checklists else [],
        checklist_sources=loaded.checklists[0].bronnen if loaded.checklists else [],
        condition_sources=loaded.conditions[0].bronnen,
    )
