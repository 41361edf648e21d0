"""Two routes to the same site: MkDocs with hooks, or pre-generated plain Markdown under any engine.

    .venv/bin/python benchmarks/engine_routes.py                  # the real handbook
    .venv/bin/python benchmarks/engine_routes.py --copies 100     # plus 100 copies of the real case
    .venv/bin/python benchmarks/engine_routes.py --zensical .venv-canary/bin/zensical

Route 1 is today's build: ``mkdocs build`` runs the hooks and mkdocs-macros.
Route 2 first writes the handbook as plain Markdown (``netwerkleren.site.plain``:
generated pages and rendered macros in a build folder), then runs an engine over
it: MkDocs, and Zensical when given. Each step runs in a fresh process and is
timed; the sites are compared page by page (``site_diff``). See MAINTAINERS.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import site_diff
from synthetic import make_real_size_project

from tests.conftest import ENGINE_NOTICES_OFF

ZENSICAL_SITE = "site-zensical"
"""Zensical wants its output inside the project folder."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], cwd: Path) -> tuple[tuple[float, float], subprocess.CompletedProcess[str]]:
    """Wall and cpu seconds of ``command`` (cpu time hardly depends on how busy the machine is)."""
    start, cpu = time.perf_counter(), _children_cpu()
    env = {**os.environ, **ENGINE_NOTICES_OFF}
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)
    return (time.perf_counter() - start, _children_cpu() - cpu), result


def check(label: str, result: subprocess.CompletedProcess[str]) -> None:
    if result.returncode != 0:
        print(f"{label} failed ({result.returncode}):\n{result.stdout}{result.stderr}", file=sys.stderr)
        raise SystemExit(2)


def zensical_config(plain: Path) -> Path:
    """The plain configuration with the output folder inside the project, as Zensical requires."""
    text = (plain / "mkdocs.yml").read_text(encoding="utf-8")
    target = plain / "zensical.yml"
    target.write_text(f"site_dir: {ZENSICAL_SITE}\n{text}", encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--copies", type=int, default=0, help="copies of the real case to add (default: none)"
    )
    parser.add_argument(
        "--zensical", type=Path, help="a zensical executable, to build the plain route with it too"
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    python = sys.executable

    with tempfile.TemporaryDirectory(prefix="routes-") as tmp:
        work = args.keep or Path(tmp)
        if work.exists() and args.keep:
            shutil.rmtree(work)
        project = make_real_size_project(work / "project", args.copies)
        plain = work / "plain"
        rows: list[tuple[str, tuple[float, float]]] = []

        seconds, result = timed(
            [python, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(work / "hooks")], project
        )
        check("mkdocs build (hooks)", result)
        rows.append(("1. mkdocs build with hooks and macros", seconds))

        generate = [python, "-m", "netwerkleren.site.plain", "--root", str(project), "--out", str(plain)]
        seconds, result = timed(generate, project)
        check("generate plain Markdown", result)
        rows.append(("2a. generate plain Markdown", seconds))
        mkdocs_plain = [python, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(plain / "mkdocs.yml")]
        seconds, result = timed([*mkdocs_plain, "-d", str(work / "plain-mkdocs")], plain)
        check("mkdocs build (plain)", result)
        rows.append(("2b. mkdocs build over plain Markdown", seconds))

        zensical: subprocess.CompletedProcess[str] | None = None
        if args.zensical:
            seconds, zensical = timed(
                [str(args.zensical.resolve()), "build", "-f", str(zensical_config(plain))], plain
            )
            rows.append((f"2c. zensical build over plain Markdown (exit {zensical.returncode})", seconds))

        print(f"handbook with {1 + args.copies} cases")
        print(f"  {'step':<58} {'wall':>9} {'cpu':>9}")
        for label, (wall, cpu) in rows:
            print(f"  {label:<58} {wall:7.2f} s {cpu:7.2f} s")
        wall = (rows[1][1][0] + rows[2][1][0]) / rows[0][1][0]
        cpu = (rows[1][1][1] + rows[2][1][1]) / rows[0][1][1]
        print(f"  route 2 with MkDocs (2a + 2b) against route 1: wall {wall:.2f} x, cpu {cpu:.2f} x")
        same = site_diff.compare(work / "hooks", work / "plain-mkdocs")
        print(f"  MkDocs, hooks against plain: {same.summary()}")
        search_same = site_diff.search_docs(work / "hooks") == site_diff.search_docs(work / "plain-mkdocs")
        print(f"  search index entries {'the same' if search_same else 'DIFFERENT'} (order aside)")
        if zensical is not None:
            if zensical.returncode == 0:
                other = site_diff.compare(work / "hooks", plain / ZENSICAL_SITE, inside="article")
                print(f"  Zensical against MkDocs (text inside <article>): {other.summary()}")
                for name in other.different_text[:5]:
                    print(f"    different: {name}")
            else:
                print(f"  Zensical failed: {(zensical.stdout + zensical.stderr).strip()[-2000:]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
