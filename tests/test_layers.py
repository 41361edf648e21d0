"""The code's layers point one way, no two files import each other in a circle, and comments carry no issue numbers.

Layers, from the bottom: ``model`` (imports none of the others); ``load`` (builds the model); ``views`` (what pages
show, from the model, with the page addresses in ``views/routes.py``); ``site``, the glue on top that turns views into
MkDocs pages and files. A layer imports only layers below it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "macros" / "netwerkleren"

FORBIDDEN = {
    "model": ("netwerkleren.load", "netwerkleren.views", "netwerkleren.site", "mkdocs", "material"),
    "load": ("netwerkleren.views", "netwerkleren.site", "mkdocs", "material"),
    "views": ("netwerkleren.site", "mkdocs", "material"),
}


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
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


def _module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(node: ast.AST) -> bool:
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of ``tree`` except the body of ``if TYPE_CHECKING:`` blocks (their ``else`` runs)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if _type_checking_only(node):
            stack.extend(node.orelse)  # type: ignore[attr-defined]
        else:
            stack.extend(ast.iter_child_nodes(node))


def _imported_modules(path: Path, package_dir: Path, modules: set[str]) -> set[str]:
    """The package's modules that ``path`` imports when it runs, at any depth (lazy imports in functions too).

    ``from a.b import c`` imports module ``a.b.c`` when it is one, else ``a.b``; relative imports are resolved.
    Imports under ``if TYPE_CHECKING:`` are left out: they name types for the type checker and never run.
    """
    own = _module_name(path, package_dir)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            candidates = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names
            ]
        else:
            continue
        for name in candidates:
            # ``import a.b.c`` names the file a/b/c.py; keep the longest name that is a module of the package.
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != own:
                found.add(name)
    return found


def import_graph(package: Path) -> dict[str, set[str]]:
    """Which of the package's modules each of its files imports."""
    files = sorted(package.rglob("*.py"))
    modules = {_module_name(path, package) for path in files}
    return {_module_name(path, package): _imported_modules(path, package, modules) for path in files}


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import one another in a circle (Tarjan's strongly connected components), each
    shown as one circle through its first module, e.g. ``[a, b, a]``."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph.get(node, ()):
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_circle_through(group, graph) for group in sorted(groups)]


def _circle_through(group: list[str], graph: dict[str, set[str]]) -> list[str]:
    """A shortest import path from the group's first module back to itself, inside the group."""
    start = group[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(graph[node] & set(group)):
            if target == start:
                return [*paths[node], start]
            if target not in paths:
                paths[target] = [*paths[node], target]
                queue.append(target)
    return [*group, start]


def test_no_import_circle_between_files() -> None:
    circles = [" -> ".join(circle) for circle in import_circles(import_graph(PACKAGE))]
    assert not circles, (
        "Modules that import each other in a circle (make the imports point one way):\n" + "\n".join(circles)
    )


def test_the_circle_finder_finds_a_circle(tmp_path: Path) -> None:
    """The check above has teeth: two files that import each other, and a longer circle, are found."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text("def f():\n    from pkg.a import x\n")
    (package / "c.py").write_text("from . import d\n")
    (package / "d.py").write_text("import pkg.e\n")
    (package / "e.py").write_text("from .c import y\n")
    (package / "f.py").write_text("from pkg import a\n")
    (package / "g.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import h\n"
    )
    (package / "h.py").write_text("from pkg import g\n")
    assert import_circles(import_graph(package)) == [
        ["pkg.a", "pkg.sub.b", "pkg.a"],
        ["pkg.c", "pkg.d", "pkg.e", "pkg.c"],
    ]


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
