"""`make test` finds a Chromium, installs one, or stops with one clear line (scripts/find_chromium.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

SCRIPT = ROOT / "scripts" / "find_chromium.py"
FAKE_CHROMIUM = "#!/bin/sh\necho 'Chromium 999.0 (test double)'\n"


def _executable(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755)
    return path


def run_finder(tmp_path: Path, bin_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The finder with only ``bin_dir`` on PATH, and a Playwright download that fails at once."""
    environment = {
        key: value for key, value in os.environ.items() if key not in {"CHROMIUM", "PLAYWRIGHT_BROWSERS_PATH"}
    }
    environment.update(
        PATH=str(bin_dir),
        PLAYWRIGHT_BROWSERS_PATH=str(tmp_path / "playwright"),
        PLAYWRIGHT_DOWNLOAD_HOST="http://127.0.0.1:9",
        PLAYWRIGHT_INSTALL_TIMEOUT="60",
        **env,
    )
    return subprocess.run(
        [sys.executable, str(SCRIPT)], capture_output=True, text=True, env=environment, timeout=180
    )


def test_a_chromium_on_the_path_is_used(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    chromium = _executable(bin_dir / "chromium", FAKE_CHROMIUM)
    _executable(bin_dir / "pdftoppm", "#!/bin/sh\n")
    result = run_finder(tmp_path, bin_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(chromium)
    assert result.stderr == ""


def test_without_chromium_and_without_installers_one_clear_line(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    result = run_finder(tmp_path, bin_dir, CHROMIUM=str(tmp_path / "missing" / "chromium"))
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert "CHROMIUM=" in lines[0] and "start niet" in lines[0]
    assert any("playwright install chromium" in line for line in lines[1:-1]), lines
    assert lines[-1].startswith("make test: FOUT: geen Chromium"), lines
    assert "apt-get ontbreekt" in lines[-1] and "CHROMIUM=/pad/naar/chromium" in lines[-1]


@pytest.mark.skipif(os.geteuid() != 0, reason="the system package manager is only tried as root")
def test_as_root_the_package_manager_installs_chromium(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "apt.log"
    # A stand-in for apt-get: records its arguments and "installs" a Chromium into the PATH.
    _executable(
        bin_dir / "apt-get",
        f'#!/bin/sh\necho "$@" >> {log}\n'
        f"printf '%s' \"{FAKE_CHROMIUM}\" > {bin_dir}/chromium && /bin/chmod +x {bin_dir}/chromium\n",
    )
    result = run_finder(tmp_path, bin_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(bin_dir / "chromium")
    assert "install -y -qq chromium poppler-utils fonts-dejavu-core" in log.read_text(encoding="utf-8")
    assert "met apt-get" in result.stderr and "Chromium geïnstalleerd" in result.stderr
