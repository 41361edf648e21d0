"""Progress per test file: one line when a file's last test is done, instead of a dot per passing test.

Works with and without pytest-xdist (run in the controller only). Failures,
errors and skips still show their letter as they happen, and pytest's closing
line is unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import pytest


def _file(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


class FileProgress:
    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.total: Counter[str] = Counter()
        self.done: Counter[str] = Counter()
        self.outcomes: dict[str, Counter[str]] = {}
        self.seconds: Counter[str] = Counter()
        self.files_done = 0

    def _totals(self, nodeids: Iterable[str]) -> None:
        if not self.total:
            self.total.update(_file(nodeid) for nodeid in nodeids)

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self._totals(item.nodeid for item in session.items)

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_node_collection_finished(self, node: Any, ids: list[str]) -> None:
        self._totals(ids)

    @pytest.hookimpl(tryfirst=True)
    def pytest_report_teststatus(self, report: pytest.TestReport) -> tuple[str, str, str] | None:
        if report.when == "call" and report.passed and not hasattr(report, "wasxfail"):
            return "passed", "", "PASSED"
        return None

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        name = _file(report.nodeid)
        self.seconds[name] += report.duration
        outcomes = self.outcomes.setdefault(name, Counter())
        if report.failed:
            outcomes["error" if report.when != "call" else "failed"] += 1
        elif report.skipped and report.when in ("setup", "call"):
            outcomes["xfailed" if hasattr(report, "wasxfail") else "skipped"] += 1
        if report.when != "teardown":
            return
        self.done[name] += 1
        if self.done[name] != self.total.get(name):
            return
        self.files_done += 1
        passed = self.total[name] - sum(n for kind, n in outcomes.items() if kind != "error")
        parts = [f"{passed} passed"] + [f"{n} {kind}" for kind, n in sorted(outcomes.items())]
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            if reporter._tw.width_of_current_line:  # after an F or s letter on the same line
                reporter._tw.line()
            reporter.write_line(
                f"{name}: {', '.join(parts)} in {self.seconds[name]:.1f} s "
                f"[{self.files_done}/{len(self.total)} files]",
                red=bool(outcomes["failed"] or outcomes["error"]),
            )


def register(config: pytest.Config) -> None:
    """Add the per-file lines, in the process that prints (the xdist controller, or the only process)."""
    if not hasattr(config, "workerinput") and config.get_verbosity() <= 0:
        config.pluginmanager.register(FileProgress(config), "file-progress")
