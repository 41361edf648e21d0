"""Build-scale benchmark: does the handbook build stay linear as cases grow?

    .venv/bin/python benchmarks/build_scale.py              # N = 10, 100, 1000 (make bench)
    .venv/bin/python benchmarks/build_scale.py --sizes 10   # quick run
    .venv/bin/python benchmarks/build_scale.py --sizes 1000 --profile /tmp/build.prof

For each N it builds a temporary copy of the project with N synthetic cases
(``benchmarks/synthetic.py``) and a plain Material site (same theme, Dutch
search, no macros or hooks) with the same number of HTML pages, each in a fresh
``mkdocs build`` process. It prints wall time, the process's peak memory, the
output size, the search index size and the largest HTML page, then the ratios
against the size and timing targets. Exit status 1 when a size target is missed;
timing targets are reported but never fail the run (timings depend on load).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pstats
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import (
    REAL_CASE,
    case,
    make_project,
    make_real_size_project,
    own_text_chars,
    real_case_data,
    real_ids,
)

from tests.conftest import ENGINE_NOTICES_OFF

DEFAULT_SIZES = (10, 100, 1000)
MAX_PAGE_BYTES = 200 * 1024
"""The largest page is the print bundle of all per-principle checklists (at most 6 items each, every item with its
steps since 0.2.0: 162 KB); its size does not grow with the number of cases."""
MAX_SEARCH_INDEX_BYTES = 5 * 1024 * 1024
MAX_TIME_RATIO_1000_100 = 11.0
MAX_PLAIN_RATIO = 1.25
MAX_REAL_SECONDS = 3.0
MAX_INDEX_TEXT_RATIO = 1.25
"""Text a case adds to Material's search index (the offline edition's), at most this many times the case's own text.
The short synthetic case gives 1.21 since its approaches name their own source; a real-size case gives 0.73."""
DEFAULT_REAL_SIZES = (100,)
"""Copies of the real case; 1000 takes a few minutes on a shared 2-core machine."""
PLAIN_NAV_PAGES = 26
"""Pages in the plain site's navigation: about as many as the handbook's (fixed) navigation."""

PLAIN_CONFIG = """\
site_name: Plain Material
docs_dir: docs
theme:
  name: material
  language: nl
  font: false
plugins:
  - search:
      lang: nl
"""


@dataclass(frozen=True)
class Run:
    """One measured ``mkdocs build``."""

    seconds: float
    cpu_seconds: float
    peak_kib: int
    output_bytes: int
    search_bytes: int
    search_gzip_bytes: int
    search_text_chars: int
    """Characters of title and text in the search index, without markup."""
    pages: int
    largest_bytes: int
    largest_page: str
    returncode: int
    output: str


def measure(project: Path, profile: Path | None = None) -> Run:
    """Build ``project`` in a fresh process; its own peak memory comes from ``os.wait4``."""
    site = project / "site"
    command = [sys.executable]
    if profile is not None:
        command += ["-m", "cProfile", "-o", str(profile)]
    command += ["-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)]
    log_path = project / "build.log"
    with log_path.open("wb") as log:
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=project,
            stdout=log,
            stderr=subprocess.STDOUT,
            # Material's own index (the offline edition's) is what the size targets are about.
            env={**os.environ, **ENGINE_NOTICES_OFF, "NETWERKLEREN_SEARCH": "lunr"},
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    html = [p for p in site.rglob("*.html") if p.name != "404.html"] if site.is_dir() else []
    largest = max(html, key=lambda p: p.stat().st_size, default=None)
    search_index = site / "search" / "search_index.json"
    index = search_index.read_bytes() if search_index.is_file() else b""
    return Run(
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_kib=usage.ru_maxrss,
        output_bytes=sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) if site.is_dir() else 0,
        search_bytes=len(index),
        search_gzip_bytes=len(gzip.compress(index, 6)) if index else 0,
        search_text_chars=_index_text_chars(index),
        pages=len(html),
        largest_bytes=largest.stat().st_size if largest else 0,
        largest_page=str(largest.relative_to(site)) if largest else "-",
        returncode=process.returncode,
        output=log_path.read_text(encoding="utf-8", errors="replace"),
    )


_TAG = re.compile(r"<[^>]+>")


def _index_text_chars(index: bytes) -> int:
    if not index:
        return 0
    docs = json.loads(index)["docs"]
    return sum(
        len(" ".join(_TAG.sub(" ", doc[field]).split())) for doc in docs for field in ("title", "text")
    )


def case_share(site: Path, case_id: str) -> tuple[int, int]:
    """Bytes and gzip bytes of one case's entries in the search index, as the index serialises them.

    Copies of one case compress far better together than different cases would, so a phone's download at
    N real cases is estimated from one case compressed on its own.
    """
    docs = json.loads((site / "search" / "search_index.json").read_bytes())["docs"]
    mine = [doc for doc in docs if doc["location"].startswith(f"casussen/{case_id}/")]
    data = json.dumps(mine, ensure_ascii=False).encode()
    return len(data), len(gzip.compress(data, 6))


def plain_project(target: Path, pages: int) -> Path:
    """A plain Material site with ``pages`` Markdown pages, a fixed navigation, the rest outside it.

    Each page has about the text of a synthetic case page: an introduction and five sections.
    """
    docs = target / "docs"
    (docs / "pagina").mkdir(parents=True)
    names = ["index.md"] + [f"pagina/{k:05d}.md" for k in range(1, pages)]
    section = "Synthetische tekst voor de vergelijking met een kale Material-site. " * 6
    for k, name in enumerate(names):
        body = [f"# Pagina {k}\n", section, ""]
        for s in range(1, 6):
            body += [f"## Onderdeel {s}\n", section, "- Een punt\n- Nog een punt\n"]
        (docs / name).write_text("\n".join(body), encoding="utf-8")
    nav = "".join(f"  - Pagina {k}: {name}\n" for k, name in enumerate(names[:PLAIN_NAV_PAGES]))
    (target / "mkdocs.yml").write_text(
        f"{PLAIN_CONFIG}nav:\n{nav}not_in_nav: |\n  /pagina/*.md\n", encoding="utf-8"
    )
    return target


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.2f} MB"


def _kb(size: int) -> str:
    return f"{size / 1024:.1f} KB"


def _row(label: str, run: Run) -> str:
    return (
        f"{label:<18} {run.seconds:>8.2f} s {run.cpu_seconds:>8.2f} s {run.peak_kib / 1024:>8.0f} MB {_mb(run.output_bytes):>11} "
        f"{_mb(run.search_bytes):>10} {run.pages:>6}  {_kb(run.largest_bytes):>9} {run.largest_page}"
    )


HEADER = (
    f"{'build':<18} {'wall time':>10} {'cpu time':>10} {'peak mem':>11} {'output':>11} {'search':>10} {'pages':>6}  "
    f"{'largest':>9} page"
)


def _check(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _fail(label: str, run: Run) -> None:
    print(f"{label}: mkdocs build failed with exit code {run.returncode}\n{run.output}", file=sys.stderr)
    raise SystemExit(2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), help="numbers of cases")
    parser.add_argument(
        "--real-sizes",
        type=int,
        nargs="*",
        default=list(DEFAULT_REAL_SIZES),
        help="numbers of copies of the real case (real-size cases)",
    )
    parser.add_argument("--profile", type=Path, help="write a cProfile of the largest handbook build here")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument(
        "--keep", type=Path, help="build in this folder and keep it (default: a temporary folder)"
    )
    args = parser.parse_args(argv)
    sizes = sorted(set(args.sizes))

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = args.keep or Path(tmp)
        print(HEADER, flush=True)
        real = measure(make_project(work / "real", 0))
        if real.returncode:
            _fail("real handbook", real)
        print(_row("real handbook", real), flush=True)

        handbook: dict[int, Run] = {}
        plain: dict[int, Run] = {}
        for n in sizes:
            profile = args.profile if args.profile and n == sizes[-1] else None
            handbook[n] = measure(make_project(work / f"handbook-{n}", n), profile)
            if handbook[n].returncode:
                _fail(f"handbook N={n}", handbook[n])
            print(_row(f"handbook N={n}", handbook[n]), flush=True)
            plain[n] = measure(plain_project(work / f"plain-{n}", handbook[n].pages))
            if plain[n].returncode:
                _fail(f"plain N={n}", plain[n])
            print(_row(f"plain N={n}", plain[n]), flush=True)
        real_size: dict[int, Run] = {}
        for n in sorted(set(args.real_sizes)):
            real_size[n] = measure(make_real_size_project(work / f"real-size-{n}", n))
            if real_size[n].returncode:
                _fail(f"real-size N={n}", real_size[n])
            print(_row(f"real-size N={n}", real_size[n]), flush=True)
        real_case_chars = own_text_chars(real_case_data(work / "real"))
        one_case, one_case_gzip = case_share(work / "real" / "site", REAL_CASE)
        synthetic_case_chars = own_text_chars(case(real_ids(work / "real"), 1))

    print()
    print("targets (wall time depends on machine load, cpu time much less; sizes not at all)")
    misses = 0
    print(
        f"  real handbook: wall {real.seconds:.2f} s, cpu {real.cpu_seconds:.2f} s (target < {MAX_REAL_SECONDS:.0f} s): "
        f"{_check(real.seconds < MAX_REAL_SECONDS)}"
    )
    for n in sizes:
        wall = handbook[n].seconds / plain[n].seconds
        cpu = handbook[n].cpu_seconds / plain[n].cpu_seconds
        print(
            f"  N={n}: handbook/plain wall {wall:.2f}, cpu {cpu:.2f} (target <= {MAX_PLAIN_RATIO}): "
            f"{_check(wall <= MAX_PLAIN_RATIO)}"
        )
    if 100 in handbook and 1000 in handbook:
        wall = handbook[1000].seconds / handbook[100].seconds
        cpu = handbook[1000].cpu_seconds / handbook[100].cpu_seconds
        print(
            f"  t(1000)/t(100): wall {wall:.2f}, cpu {cpu:.2f} (target <= {MAX_TIME_RATIO_1000_100:.0f}): "
            f"{_check(wall <= MAX_TIME_RATIO_1000_100)}"
        )
    for n in sizes:
        run = handbook[n]
        page_ok = run.largest_bytes < MAX_PAGE_BYTES
        index_ok = run.search_bytes < MAX_SEARCH_INDEX_BYTES
        misses += (not page_ok) + (not index_ok)
        print(
            f"  N={n}: largest page {_kb(run.largest_bytes)} (target < 200 KB): {_check(page_ok)}; "
            f"search index {_mb(run.search_bytes)} (target < 5 MB): {_check(index_ok)}"
        )
    print()
    print("search index per case added (bytes; indexed text against the case's own text)")
    for label, runs, own in (
        ("synthetic", handbook, synthetic_case_chars),
        ("real-size", real_size, real_case_chars),
    ):
        for n, run in sorted(runs.items()):
            per_case = (run.search_bytes - real.search_bytes) / n
            ratio = (run.search_text_chars - real.search_text_chars) / n / own
            ok = ratio <= MAX_INDEX_TEXT_RATIO
            misses += not ok
            print(
                f"  {label} N={n}: {_kb(per_case)} per case; index {_mb(run.search_bytes)} "
                f"({_mb(run.search_gzip_bytes)} gzip); indexed text / own text {ratio:.2f} "
                f"(own {own} characters; target <= {MAX_INDEX_TEXT_RATIO}): {_check(ok)}"
            )
    print(
        f"  one real case alone: {_kb(one_case)} of index entries, {_kb(one_case_gzip)} gzip; a phone downloads about "
        + ", ".join(
            f"{_mb(real.search_bytes + n * one_case)} ({_mb(real.search_gzip_bytes + n * one_case_gzip)} gzip) at {n}"
            for n in (100, 1000)
        )
        + " real-size cases"
    )
    if args.json:
        figures = {
            "real": asdict(real),
            "handbook": {str(n): asdict(run) for n, run in handbook.items()},
            "plain": {str(n): asdict(run) for n, run in plain.items()},
            "real_size": {str(n): asdict(run) for n, run in real_size.items()},
        }
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    if args.profile:
        print(f"\nprofile of handbook N={sizes[-1]} written to {args.profile}; top functions by own time:")
        pstats.Stats(str(args.profile)).sort_stats("tottime").print_stats(15)
    return 1 if misses else 0


if __name__ == "__main__":
    raise SystemExit(main())
