"""The build-scale benchmark at N = 10, so that it cannot rot: it runs, prints its figures and meets the size targets.

No timing is asserted here (the suite runs on a busy machine); ``make bench`` reports the timings.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

MAX_PAGE_BYTES = 150 * 1024
MAX_SEARCH_INDEX_BYTES = 5 * 1024 * 1024


def test_benchmark_runs_at_ten_cases(tmp_path: Path) -> None:
    figures_file = tmp_path / "figures.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "build_scale.py"),
            "--sizes",
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
    assert result.returncode == 0, output
