"""``make serve`` with bad data: Dutch problems in the terminal and as a page, then the handbook once fixed.

``mkdocs build`` keeps failing on bad data (see test_check.py::test_build_refuses_bad_data).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from test_check import INVALID

from conftest import copy_project


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(url: str, contains: str, seconds: float = 120) -> str:
    deadline = time.monotonic() + seconds
    last = ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                last = response.read().decode("utf-8")
            if contains in last:
                return last
        except OSError:
            pass
        time.sleep(1)
    raise AssertionError(f"{url} never showed {contains!r}; last page:\n{last[:2000]}")


def test_serve_shows_bad_data_as_a_page_and_recovers(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    bad = project / "data" / "cases" / "commentaar-eet-tekst.yaml"
    shutil.copyfile(INVALID / "commentaar-eet-tekst.yaml", bad)
    port = _free_port()
    log = (tmp_path / "serve.log").open("w+", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        page = _wait_for(url, "nl-problems")
        assert "<h1" in page and "De gegevens in data/ zijn niet in orde" in page
        assert "<code>data/cases/commentaar-eet-tekst.yaml:9:17</code>" in page
        assert "valt weg uit de tekst" in page
        log.flush()
        terminal = Path(log.name).read_text(encoding="utf-8")
        assert "De gegevens in data/ zijn niet in orde: het handboek kan niet worden gebouwd." in terminal
        assert "data/cases/commentaar-eet-tekst.yaml:9:17: veld 'conclusies[1]': na ' #' begint" in terminal
        assert "Traceback" not in terminal

        bad.unlink()  # the contributor fixes the data: the handbook comes back by itself
        page = _wait_for(url, "Karakteristieken", seconds=180)
        assert "nl-problems" not in page
        terminal = Path(log.name).read_text(encoding="utf-8")
        assert "Traceback" not in terminal
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
