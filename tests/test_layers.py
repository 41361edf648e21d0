"""The code's layers point one way (data -> load -> model -> views), and comments carry no issue numbers."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "macros" / "netwerkleren"

FORBIDDEN = {
    "model": ("netwerkleren.load", "netwerkleren.views", "netwerkleren.site", "mkdocs", "material"),
    "load": ("netwerkleren.views", "netwerkleren.site", "mkdocs", "material"),
    "views": ("mkdocs", "material"),
}


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_one_way(layer: str) -> None:
    wrong = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((PACKAGE / layer).glob("*.py"))
        for name in _imports(path)
        if name.startswith(FORBIDDEN[layer])
    ]
    assert not wrong, wrong


ISSUE_NUMBER = re.compile(r"\bissues? ?#?\d+", re.IGNORECASE)


def test_no_issue_numbers_in_code() -> None:
    files = [
        *ROOT.glob("macros/**/*.py"),
        *ROOT.glob("tests/*.py"),
        *ROOT.glob("benchmarks/*.py"),
        *ROOT.glob("overrides/**/*.html"),
        *ROOT.glob("docs/assets/*.css"),
        *ROOT.glob("docs/assets/*.js"),
        ROOT / "Makefile",
        ROOT / "mkdocs.yml",
    ]
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in files
        if path != Path(__file__)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ISSUE_NUMBER.search(line)
    ]
    assert not found, found
