"""Find a usable Chromium for the tests, or install one; print its path.

    .venv/bin/python scripts/find_chromium.py     # used by `make test`

Looks at $CHROMIUM, then `chromium`, `chromium-browser`, `google-chrome` on
PATH, the macOS applications, and a Chromium Playwright installed earlier.
When none runs it installs one: first `playwright install chromium` (needs
the internet; gives up after a timeout), then, as root on Debian or Ubuntu,
`apt-get install chromium` together with poppler-utils (pdftoppm) and
fonts-dejavu-core. It says what it does on stderr, prints the path on stdout,
and ends with one line saying what to do when nothing works.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
MACOS_APPS = (
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
)
APT_PACKAGES = ("chromium", "poppler-utils", "fonts-dejavu-core")
PLAYWRIGHT_TIMEOUT = int(os.environ.get("PLAYWRIGHT_INSTALL_TIMEOUT", "120"))
APT_TIMEOUT = 900


def say(message: str) -> None:
    print(f"make test: {message}", file=sys.stderr, flush=True)


def runs(path: str) -> bool:
    """Whether ``path`` is a browser that starts and reports its version."""
    if not path or not Path(path).is_file() or not os.access(path, os.X_OK):
        return False
    try:
        result = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0 and "chrom" in result.stdout.lower()


def playwright_chromium() -> str | None:
    """The Chromium that `playwright install chromium` put in its cache, if any."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    try:
        with sync_playwright() as playwright:
            return playwright.chromium.executable_path
    except Exception:
        return None


def candidates() -> list[str]:
    found = [os.environ.get("CHROMIUM", "")]
    found += [shutil.which(name) or "" for name in NAMES]
    if sys.platform == "darwin":
        found += list(MACOS_APPS)
    return [path for path in found if path]


def first_usable() -> str | None:
    for path in [*candidates(), playwright_chromium() or ""]:
        if runs(path):
            return path
    return None


def playwright_install() -> str | None:
    say(
        f"ik installeer Chromium met 'playwright install chromium' (geeft het na {PLAYWRIGHT_TIMEOUT} s op) ..."
    )
    command = [sys.executable, "-m", "playwright", "install", "chromium"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=PLAYWRIGHT_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired):
        say("playwright install chromium lukte niet binnen de tijd (geen internet?)")
        return None
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["onbekende fout"])[0]
        say(f"playwright install chromium lukte niet: {reason}")
        return None
    path = playwright_chromium()
    return path if path and runs(path) else None


def why_no_apt() -> str | None:
    """Why the system package manager cannot be used here, or None when it can."""
    if shutil.which("apt-get") is None:
        return "apt-get ontbreekt"
    if os.geteuid() != 0:
        return "apt-get vraagt root"
    return None


def apt_install(packages: list[str]) -> bool:
    if why_no_apt() is not None:
        return False
    say(f"ik installeer {', '.join(packages)} met apt-get ...")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *packages]):
            subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, timeout=APT_TIMEOUT)
    except (OSError, subprocess.SubprocessError):
        say("apt-get install lukte niet")
        return False
    return True


def main() -> int:
    chromium = first_usable()
    if chromium is None:
        asked = os.environ.get("CHROMIUM")
        where = f"CHROMIUM={asked} start niet; " if asked else ""
        say(f"{where}geen bruikbare Chromium gevonden (gezocht: {', '.join(NAMES)} en Playwright's Chromium)")
        chromium = playwright_install()
        installed = chromium is None and apt_install(list(APT_PACKAGES))
        if installed:
            chromium = first_usable()
        if chromium is None:
            apt = why_no_apt() or (
                "na apt-get nog geen Chromium" if installed else "apt-get install mislukte"
            )
            print(
                f"make test: FOUT: geen Chromium, en installeren lukte niet (playwright: geen download; {apt}). "
                "Installeer Chromium of Chrome en zet CHROMIUM=/pad/naar/chromium.",
                file=sys.stderr,
            )
            return 1
        say(f"Chromium geïnstalleerd: {chromium}")
    if shutil.which("pdftoppm") is None and not apt_install(["poppler-utils", "fonts-dejavu-core"]):
        say("let op: pdftoppm (poppler-utils) ontbreekt")
    print(chromium)
    return 0


if __name__ == "__main__":
    sys.exit(main())
