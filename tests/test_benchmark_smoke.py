"""The build-scale benchmark at N = 10, so that it cannot rot: it runs, prints its figures and meets the size targets.

Also, without building a site: the pages whose size must not grow with the cases (case index, conditions page).

No timing is asserted here (the suite runs on a busy machine); ``make bench`` reports the timings.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from netwerkleren.load.build import build_handbook
from netwerkleren.model.handbook import Handbook
from netwerkleren.model.records import Case
from netwerkleren.views import case_index, pages, pagination, routes
from netwerkleren.views.routes import UrlFor

sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic

MAX_PAGE_BYTES = 200 * 1024
"""The largest page is the print bundle of all per-principle checklists (at most 6 items each, every item with its
steps since 0.2.0: 162 KB); its size does not grow with the number of cases."""
MAX_SEARCH_INDEX_BYTES = 5 * 1024 * 1024


def test_benchmark_runs_at_ten_cases(tmp_path: Path) -> None:
    figures_file = tmp_path / "figures.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "build_scale.py"),
            "--sizes",
            "10",
            "--real-sizes",
            "10",
            "--json",
            str(figures_file),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout + result.stderr
    for row in (
        "real handbook",
        "handbook N=10",
        "plain N=10",
        "handbook/plain",
        "largest page",
        "search index",
        "real-size N=10",
        "indexed text / own text",
    ):
        assert row in output, output
    figures = json.loads(figures_file.read_text(encoding="utf-8"))
    handbook, plain, real = figures["handbook"]["10"], figures["plain"]["10"], figures["real"]
    assert handbook["returncode"] == plain["returncode"] == real["returncode"] == 0, output
    # Ten synthetic cases add at least ten case pages; the plain site has as many pages as the handbook.
    assert handbook["pages"] >= real["pages"] + 10 and handbook["pages"] == plain["pages"], output
    for run in (handbook, plain, real):
        assert run["seconds"] > 0 and run["peak_kib"] > 0 and run["output_bytes"] > 0, run
    assert handbook["largest_bytes"] < MAX_PAGE_BYTES, (
        f"{handbook['largest_page']}: {handbook['largest_bytes']} bytes"
    )
    assert 0 < handbook["search_bytes"] < MAX_SEARCH_INDEX_BYTES, output
    real_size = figures["real_size"]["10"]
    assert real_size["pages"] >= real["pages"] + 10 and real_size["search_bytes"] > real["search_bytes"], (
        output
    )
    assert result.returncode == 0, output


def _handbook_with_cases(n: int) -> Handbook:
    """The real handbook plus ``n`` synthetic cases, built in memory (no site build)."""
    real = build_handbook(ROOT / "data", root=ROOT)
    ids = synthetic.real_ids(ROOT)
    cases = dict(real.cases)
    for number in range(1, n + 1):
        cases[f"synthetische-casus-{number:04d}"] = Case.model_validate(synthetic.case(ids, number))
    return Handbook(
        characteristics=real.characteristics, conditions=real.conditions, sources=real.sources, cases=cases
    )


def test_case_index_pages_have_a_fixed_size() -> None:
    book = _handbook_with_cases(2 * case_index.CASES_PER_PAGE + 19)  # plus the real case: three pages
    urls = UrlFor(routes.case_index_path(2))
    assert case_index.page_count(book) == 3
    shown = [[item["id"] for item in case_index.page_view(book, n, urls)["cases"]] for n in range(1, 4)]
    assert [len(ids) for ids in shown] == [50, 50, 20]
    assert [case_id for ids in shown for case_id in ids] == list(book.cases), "every case once, in order"
    middle = case_index.page_view(book, "2", urls)["pagination"]
    assert (middle.first, middle.last, middle.total) == (51, 100, 120)
    assert middle.previous == "../../" and middle.next == "../3/"
    assert [link.number for link in middle.links if link] == [1, 2, 3]
    assert [link.current for link in middle.links if link] == [False, True, False]


def test_pagination_bar_stays_short_with_many_pages() -> None:
    assert pagination.window(10, 40) == [1, None, 8, 9, 10, 11, 12, None, 40]
    assert len(pagination.window(1, 1000)) <= 2 * pagination.WINDOW + 5
    assert len(pagination.window(500, 1000)) <= 2 * pagination.WINDOW + 5


def test_conditions_page_shows_at_most_one_page_of_cards() -> None:
    book = _handbook_with_cases(60)
    view = pages.conditions_page(book, UrlFor(routes.CONDITIONS))
    shown = sum(len(item["cards"]) for item in view["conditions"])
    assert shown == pages.MAX_CARDS_PER_PAGE
    for item in view["conditions"]:
        assert item["cards"], "every condition with interventions shows at least one"
        assert len(item["cards"]) + item["hidden"] == item["total"]
