"""Search bytes benchmark: what a phone downloads to answer one query, before (Material's lunr) and after (Pagefind).

    .venv/bin/python benchmarks/search_bytes.py                    # 1, 100 and 1000 real-size cases
    .venv/bin/python benchmarks/search_bytes.py --cases 1 100      # quicker
    .venv/bin/python benchmarks/search_bytes.py --query "doelen zichtbaar maken"

For each number of cases it builds a temporary copy of the project (the real case plus copies of it at real
size, ``benchmarks/synthetic.py``) twice: with Material's own search (``NETWERKLEREN_SEARCH=lunr``, the
handbook before 0.2.0) and with Pagefind (the default). It serves each site on 127.0.0.1 with gzip, as a
static host does (files Pagefind has compressed itself are sent as they are), opens the home page in headless
Chromium, types the query in Material's search box and waits for the results. It sums the bytes transferred
(headers and compressed bodies) of every search request from page load to results: Material's index and
worker, lunr's language files, the Pagefind worker, its script, WebAssembly, index chunks and page fragments.
Prints a table; exit status 1 when the Pagefind figure at the largest number of cases is over the goal.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from local_server import COMPRESSIBLE, serve
from synthetic import REAL_CASE, make_real_size_project

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, ENGINE_NOTICES_OFF

DEFAULT_CASES = (1, 100, 1000)
DEFAULT_QUERY = "gezamenlijke doelen zichtbaar"
"""Three Dutch words, as a teacher educator types them."""
GOAL_BYTES = 300 * 1024
"""Pagefind at the largest number of cases: under 300 KB."""
SEARCH_PATHS = (
    "/search/",
    "/pagefind/",
    "/assets/search-worker.js",
    "/assets/javascripts/workers/",
    "/lunr/",
)
"""Requests that serve search (and nothing else on the page)."""
TYPING_DELAY_MS = 120
"""Between keystrokes: a brisk typist (Material searches at every keystroke; the Pagefind worker at pauses)."""
COPY = re.compile(rf"^casussen/(?!{REAL_CASE}/|pagina/)[^/]+/")
"""Entries of Material's index that belong to a copy of the real case."""


@dataclass(frozen=True)
class Measurement:
    requests: int
    transferred: int
    results: int
    seconds: float
    raw: int = 0
    """Uncompressed bytes of the same responses."""
    distinct: int = 0
    """Material only: the transfer with the index's case copies compressed as distinct cases would be."""


def distinct_cases_estimate(site: Path, transferred: int) -> int:
    """Copies of one case compress far better together (gzip's window spans neighbouring copies) than
    different cases would: replace the served index by the index without copies plus each copy's entries
    compressed on their own (as benchmarks/build_scale.py estimates a phone's download)."""
    index_path = site / "search" / "search_index.json"
    index = json.loads(index_path.read_bytes())
    copies = [doc for doc in index["docs"] if COPY.match(doc["location"])]
    own = {**index, "docs": [doc for doc in index["docs"] if not COPY.match(doc["location"])]}
    served = len(gzip.compress(index_path.read_bytes(), 6))
    by_case: dict[str, list[object]] = {}
    for doc in copies:
        by_case.setdefault(doc["location"].split("/")[1], []).append(doc)
    alone = sum(
        len(gzip.compress(json.dumps(docs, ensure_ascii=False).encode(), 6)) for docs in by_case.values()
    )
    return transferred - served + len(gzip.compress(json.dumps(own, ensure_ascii=False).encode(), 6)) + alone


def build(project: Path, engine: str) -> tuple[Path, float]:
    site = project / f"site-{engine}"
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, **ENGINE_NOTICES_OFF, "NETWERKLEREN_SEARCH": engine},
        check=False,
    )
    if result.returncode:
        sys.exit(f"build failed ({engine}):\n{result.stdout}{result.stderr}")
    return site, time.perf_counter() - start


def measure(browser: object, site: Path, query: str, verbose: bool = False) -> Measurement:
    with serve(site, compress=True) as served:
        url, sent = served.url, served.sent
        context = browser.new_context(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
        page = context.new_page()
        start = time.perf_counter()
        page.goto(url)
        page.locator(".md-header label.md-header__button[for=__search]").click()  # a phone's search button
        box = page.locator("input.md-search__input")
        box.click()
        box.press_sequentially(query, delay=TYPING_DELAY_MS)
        page.wait_for_function(
            "() => /overeenkomend/.test(document.querySelector('.md-search-result__meta').textContent)",
            timeout=300_000,
        )
        page.wait_for_timeout(1500)  # the last keystroke's requests
        seconds = time.perf_counter() - start
        results = page.locator(".md-search-result__item").count()
        search = [(path, size) for path, size in sent if any(path.startswith(p) for p in SEARCH_PATHS)]
        transferred = sum(size for _, size in search)
        raw = 0
        for path, size in search:
            file = site / path.split("?")[0].lstrip("/")
            raw += file.stat().st_size if file.is_file() and file.suffix in COMPRESSIBLE else size
        if verbose:
            for path, size in search:
                print(f"    {size:>9,} {path}", file=sys.stderr)
        context.close()
        lunr = not (site / "pagefind").is_dir()
        distinct = distinct_cases_estimate(site, transferred) if lunr else transferred
        return Measurement(len(search), transferred, results, seconds, raw, distinct)


def _kb(size: int) -> str:
    return f"{size / 1024:,.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:,.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, nargs="+", default=list(DEFAULT_CASES), help="numbers of cases")
    parser.add_argument("--query", default=DEFAULT_QUERY)
    parser.add_argument("--verbose", action="store_true", help="list every search request and its bytes")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    rows: list[tuple[int, str, float, Measurement]] = []
    with tempfile.TemporaryDirectory(prefix="search-bytes-") as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for cases in sorted(set(args.cases)):
            project = make_real_size_project(Path(tmp) / f"cases-{cases}", max(cases - 1, 0))
            for engine in ("lunr", "pagefind"):
                site, seconds = build(project, engine)
                measured = measure(browser, site, args.query, args.verbose)
                rows.append((cases, engine, seconds, measured))
                print(
                    f"  {cases:>5} cases, {engine:<8}: {_kb(measured.transferred):>9} in {measured.requests} "
                    f"requests, {measured.results} results (build {seconds:.1f} s)",
                    file=sys.stderr,
                    flush=True,
                )
        browser.close()

    print(f'Bytes downloaded for the query "{args.query}", from page load to results:')
    print()
    print(
        "| cases | Material (lunr) | gzip | gzip, distinct cases (est.) | requests "
        "| Pagefind | gzip | requests | build lunr | build Pagefind |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    by = {(cases, engine): (seconds, m) for cases, engine, seconds, m in rows}
    for cases in sorted(set(args.cases)):
        (lunr_s, lunr), (pf_s, pf) = by[(cases, "lunr")], by[(cases, "pagefind")]
        print(
            f"| {cases} | {_kb(lunr.raw)} | {_kb(lunr.transferred)} | {_kb(lunr.distinct)} | {lunr.requests} "
            f"| {_kb(pf.raw)} | {_kb(pf.transferred)} | {pf.requests} | {lunr_s:.0f} s | {pf_s:.0f} s |"
        )
    print()
    print(
        "gzip: response bodies as a static host serves them (Pagefind's chunks and fragments come compressed). "
        "Copies of one case compress better together than distinct cases would; the estimate compresses each "
        "copy's index entries on their own."
    )
    largest = max(args.cases)
    pagefind_bytes = by[(largest, "pagefind")][1].transferred
    ok = pagefind_bytes < GOAL_BYTES
    print()
    print(
        f"Pagefind at {largest} cases: {_kb(pagefind_bytes)} (goal < {_kb(GOAL_BYTES)}): {'ok' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
