"""Phone speed: Lighthouse's mobile performance figures for five pages of a fresh build, served locally.

    .venv/bin/python benchmarks/phone_speed.py              # 3 runs per page, medians (part of make bench)
    .venv/bin/python benchmarks/phone_speed.py --runs 1 --pages "" overzicht/
    .venv/bin/python benchmarks/phone_speed.py --site /tmp/site  # an existing build instead of a fresh one

Builds the handbook into a temporary folder, serves it the way ``python -m http.server`` does (HTTP/1.0, no
compression) on 127.0.0.1, and runs Lighthouse (npm ``lighthouse``, version ``LIGHTHOUSE``; mobile preset, simulated
slow 4G and 4x CPU slowdown) against the home page, a principle page, the case page, the overview and the
werkplaatsplan. Lighthouse is installed by this script into ``.bench/node_modules`` (git-ignored) with npm the first
time. Prints the median of the runs per page (performance score, first and largest contentful paint, total blocking
time, cumulative layout shift, speed index) and the best run's score. Exit status 1 when a median score is under
``--goal``; 2 when npm, Lighthouse or Chromium is missing. Lighthouse scales the CPU time it observes, so on a busy
machine every figure grows; the best run is the one least disturbed.
Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from local_server import serve  # noqa: E402 - beside this file

from tests.conftest import ENGINE_NOTICES_OFF  # noqa: E402

LIGHTHOUSE = "12.2.3"
BENCH_DIR = ROOT / ".bench"
PAGES = {
    "": "startpagina",
    "ontwerpprincipes/bepaal-gezamenlijke-doelen/": "ontwerpprincipe",
    "casussen/iselinge-2021-2022/": "casus",
    "overzicht/": "overzicht",
    "werkplaatsplan/": "werkplaatsplan",
}
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update "
    "--disable-sync --no-first-run"
)


class SetupError(Exception):
    """Something this benchmark needs is missing (message says what to install)."""


@dataclass(frozen=True)
class Figures:
    score: float
    fcp: float
    lcp: float
    tbt: float
    cls: float
    si: float

    @classmethod
    def from_report(cls, report: dict) -> Figures:
        audits = report["audits"]

        def value(name: str) -> float:
            return float(audits[name]["numericValue"])

        return cls(
            score=round(float(report["categories"]["performance"]["score"]) * 100),
            fcp=value("first-contentful-paint") / 1000,
            lcp=value("largest-contentful-paint") / 1000,
            tbt=value("total-blocking-time"),
            cls=value("cumulative-layout-shift"),
            si=value("speed-index") / 1000,
        )

    @classmethod
    def median(cls, runs: list[Figures]) -> Figures:
        return cls(
            *(statistics.median(getattr(run, name) for run in runs) for name in cls.__dataclass_fields__)  # type: ignore[arg-type]
        )


def lighthouse_bin() -> Path:
    """Lighthouse in .bench/node_modules, installed with npm when it is not there yet."""
    binary = BENCH_DIR / "node_modules" / ".bin" / "lighthouse"
    package = BENCH_DIR / "node_modules" / "lighthouse" / "package.json"
    if binary.exists() and package.exists() and json.loads(package.read_text())["version"] == LIGHTHOUSE:
        return binary
    npm = shutil.which("npm")
    if npm is None:
        raise SetupError(
            "npm is missing: install Node.js 18 or newer (with npm), then run this again; it installs "
            f"lighthouse@{LIGHTHOUSE} into {BENCH_DIR.relative_to(ROOT)}/node_modules."
        )
    BENCH_DIR.mkdir(exist_ok=True)
    print(f"Installing lighthouse@{LIGHTHOUSE} into {BENCH_DIR.relative_to(ROOT)}/ with npm ...", flush=True)
    result = subprocess.run(
        [npm, "install", "--prefix", str(BENCH_DIR), "--no-audit", "--no-fund", f"lighthouse@{LIGHTHOUSE}"],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 or not binary.exists():
        raise SetupError(f"npm could not install lighthouse@{LIGHTHOUSE}:\n{result.stdout}{result.stderr}")
    return binary


def chromium() -> str:
    path = os.environ.get("CHROMIUM") or os.environ.get("CHROME_PATH") or shutil.which("chromium") or ""
    if not path or not Path(path).exists():
        raise SetupError(
            "Chromium not found: set CHROMIUM=/path/to/chromium (scripts/find_chromium.py finds one)."
        )
    return path


def build(site: Path) -> None:
    env = {**os.environ, **ENGINE_NOTICES_OFF}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"mkdocs build failed:\n{result.stdout}{result.stderr}")


def measure(binary: Path, browser: str, url: str, out: Path) -> Figures:
    command = [
        str(binary),
        url,
        "--quiet",
        "--only-categories=performance",
        "--output=json",
        f"--output-path={out}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    result = subprocess.run(
        command, env={**os.environ, "CHROME_PATH": browser}, capture_output=True, text=True
    )
    if result.returncode != 0 or not out.exists():
        raise SetupError(f"Lighthouse failed on {url}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return Figures.from_report(json.loads(out.read_text(encoding="utf-8")))


def table(medians: dict[str, Figures], best: dict[str, float]) -> str:
    lines = [
        f"{'page':<16} {'score':>5} {'best':>5} {'FCP s':>6} {'LCP s':>6} {'TBT ms':>7} {'CLS':>6} {'SI s':>6}",
        "-" * 64,
    ]
    for name, f in medians.items():
        lines.append(
            f"{name:<16} {f.score:>5.0f} {best[name]:>5.0f} {f.fcp:>6.2f} {f.lcp:>6.2f} {f.tbt:>7.0f} {f.cls:>6.3f} "
            f"{f.si:>6.2f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (median reported)")
    parser.add_argument("--pages", nargs="*", default=list(PAGES), help="URL paths, '' for the home page")
    parser.add_argument("--site", type=Path, help="an existing build to serve instead of a fresh one")
    parser.add_argument("--port", type=int, default=0, help="port for the local server (default: a free one)")
    parser.add_argument("--goal", type=float, default=95, help="lowest acceptable median score")
    parser.add_argument("--json", type=Path, help="also write every run's figures here")
    parser.add_argument(
        "--gzip", action="store_true", help="serve compressed, as GitHub Pages and most hosts do"
    )
    args = parser.parse_args(argv)
    try:
        binary = lighthouse_bin()
        browser = chromium()
    except SetupError as error:
        print(error, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="phone-speed-") as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            build(site)
        medians: dict[str, Figures] = {}
        best: dict[str, float] = {}
        runs: dict[str, list[dict[str, float]]] = {}
        with serve(site, args.port, compress=args.gzip) as served:
            for path in args.pages:
                name = PAGES.get(path, path or "/")
                results = []
                for n in range(args.runs):
                    try:
                        results.append(
                            measure(binary, browser, served.url + path, Path(tmp) / f"report-{n}.json")
                        )
                    except SetupError as error:
                        print(error, file=sys.stderr)
                        return 2
                medians[name] = Figures.median(results)
                best[name] = max(result.score for result in results)
                runs[name] = [vars(result) for result in results]
                print(f"{name}: {', '.join(f'{r.score:.0f}' for r in results)}", flush=True)
    if args.json:
        args.json.write_text(
            json.dumps({"medians": {k: vars(v) for k, v in medians.items()}, "runs": runs}, indent=1)
        )
    print(
        f"\nLighthouse {LIGHTHOUSE}, mobile, median of {args.runs} run(s) per page "
        + ("(local server with gzip, as hosts serve);" if args.gzip else "(python http.server, no gzip);")
    )
    print("best: the highest score of the runs (the one least disturbed by other load on the machine):")
    print(table(medians, best))
    low = [name for name, figures in medians.items() if figures.score < args.goal]
    if low:
        print(f"\nUnder {args.goal:.0f}: {', '.join(low)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
