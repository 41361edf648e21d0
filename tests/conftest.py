"""Shared fixtures: build the real site once, serve it, and drive it in Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("docs", "data", "macros", "overrides", "mkdocs.yml", "CITATION.cff")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ENGINE_NOTICES_OFF = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
"""Hide Material's and ProperDocs' end-of-life notices in test builds (make serve/build show them)."""
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_configure(config: pytest.Config) -> None:
    import file_progress  # beside this file; imported here so that benchmarks can import conftest

    file_progress.register(config)


def pytest_report_header(config: pytest.Config) -> str:
    import source_text  # beside this file: which text tests/test_fidelity.py checks against

    return source_text.describe_mode()


@dataclass
class Build:
    """The outcome of one ``mkdocs build``."""

    returncode: int
    stdout: str
    stderr: str
    site: Path

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def page(self, url_path: str) -> str:
        """The HTML of a page by its URL path, e.g. ``ontwerpprincipes/x/``."""
        path = self.site / url_path
        if url_path.endswith("/") or url_path == "":
            path = path / "index.html"
        return path.read_text(encoding="utf-8")


def copy_project(target: Path) -> Path:
    """A copy of the project's site sources in ``target`` (tests may change it freely)."""
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


def mkdocs_build(project: Path, site: Path | None = None, *extra: str) -> Build:
    """Run ``mkdocs build --strict`` on ``project`` as a user would."""
    site = site or project / "site"
    env = {**os.environ, **ENGINE_NOTICES_OFF}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site), *extra],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    return Build(result.returncode, result.stdout, result.stderr, site)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The real handbook, built once per test session."""
    build = mkdocs_build(ROOT, tmp_path_factory.mktemp("site") / "site")
    assert build.returncode == 0, build.output
    return build


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(directory: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


@pytest.fixture(scope="session")
def site_url(built_site: Build) -> Iterator[str]:
    """The built handbook served on localhost."""
    url, server = serve(built_site.site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: run the tests with make test, which finds or installs one"
        )
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser page at laptop size."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    yield context.new_page()
    context.close()
