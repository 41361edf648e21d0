"""Hostile files imported into the werkplaatsplan: how long until the page answers, and does a reload still work?

    .venv/bin/python benchmarks/planner_import.py              # build the site, every class
    .venv/bin/python benchmarks/planner_import.py --site DIR   # an already built site
    .venv/bin/python benchmarks/planner_import.py --only diep

Each class is one file under 20 MB. The script opens /werkplaatsplan/ in Chromium (CHROMIUM, default
/usr/bin/chromium), imports the file, and measures the time from choosing the file to the message next to the
import control (the page's own clock, performance.now()). Then it reloads the page and measures the time until the
planner is ready again, and counts the stored werkplaatsen. Exit status 1 when an import takes longer than the target
(1 s), a message is not Dutch, or a reload does not bring the planner back.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from local_server import serve  # beside this file

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 1000.0
MB = 1024 * 1024
ENGLISH = re.compile(
    r"\b(undefined|is not a function|Cannot read|properties of|TypeError|SyntaxError|RangeError)\b"
)


def plans(items: list[dict]) -> str:
    return json.dumps({"formaat": "netwerkleren-werkplaatsplan", "versie": 2, "werkplaatsen": items})


def many_interventions() -> str:
    return plans(
        [
            {
                "id": "groot",
                "naam": "Groot",
                "interventies": [
                    {"sleutel": f"eigen-{n % 9999}", "eigen": {"titel": f"Interventie {n}", "wat": "x" * 300}}
                    for n in range(10000)
                ],
            }
        ]
    )


def largest_accepted() -> str:
    """50 werkplaatsen of 60 own interventions each, 40 meetings, 6 logbook moments: every cap at its top."""
    entries = [
        {
            "sleutel": f"eigen-{n + 1}",
            "eigen": {"titel": f"Interventie {n + 1}", "wat": "Wat we doen. " * 5},
            "principes": ["bouw-aan-onderling-vertrouwen"],
            "bijeenkomsten": [1 + n % 40],
        }
        for n in range(60)
    ]
    return plans(
        [
            {
                "id": f"w{p}",
                "naam": f"Werkplaats {p}",
                "karakteristieken": ["diversiteit-en-gelijkwaardigheid"],
                "principes": ["bouw-aan-onderling-vertrouwen"],
                "interventies": entries,
                "bijeenkomsten": {"aantal": 40},
                "logboek": {"momenten": [{"na": 5 * (m + 1)} for m in range(6)]},
            }
            for p in range(50)
        ]
    )


CLASSES: dict[str, Callable[[], str]] = {
    "10000-interventies": many_interventions,
    "200-werkplaatsen": lambda: plans([{"id": f"w{n}", "naam": f"W {n}"} for n in range(200)]),
    "diep-genest-4.9mb": lambda: "[" * (49 * MB // 10),
    "veel-sleutels-4.9mb": lambda: "{" + ",".join(f'"k{n}":1' for n in range(400_000)) + "}",
    "veel-plannen-sleutels": lambda: plans(
        [{"id": f"w{n}", **{f"k{k}": k for k in range(2000)}} for n in range(50)]
    ),
    "grootst-toegestaan": largest_accepted,
    "lange-naam-19mb": lambda: plans([{"id": "a", "naam": "x" * (19 * MB)}]),
    "diep-genest-19mb": lambda: "[" * (19 * MB),
    "veel-sleutels-19mb": lambda: "{" + ",".join(f'"k{n}":1' for n in range(1_500_000)) + "}",
    "proto-sleutels": lambda: plans(
        [{"id": f"p{n}", "__proto__": {"x": 1}, "constructor": {"prototype": {"y": 1}}} for n in range(100)]
    ),
    "datum-als-lijst": lambda: plans([{"id": "a", "bijeenkomsten": {"aantal": 3, "data": [["2025-10-13"]]}}]),
    "geen-json-19mb": lambda: "{" + "x" * (19 * MB),
}


def build_site(target: Path) -> Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(target)],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path)
    parser.add_argument("--only")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="planner-import-"))
    site = args.site or build_site(work / "site")
    failed = False
    print(f"{'klasse':<22} {'MB':>6} {'import ms':>10} {'herladen ms':>12} {'bewaard':>8}  melding")
    with serve(site) as served, sync_playwright() as playwright:
        url = served.url + "werkplaatsplan/"
        browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
        for name, make in CLASSES.items():
            if args.only and args.only != name:
                continue
            path = work / f"{name}.json"
            path.write_text(make(), encoding="utf-8")
            size = path.stat().st_size / MB
            assert size < 20, name
            page = browser.new_page()
            page.goto(url)
            page.wait_for_selector("#nl-plan-naam")
            page.evaluate("window.__t0 = 0")
            # The clock starts when the file is handed to the page (the change event).
            page.evaluate(
                "() => document.addEventListener('change', e => { if (e.target.id === 'nl-plan-import')"
                " window.__t0 = performance.now(); }, true)"
            )
            page.set_input_files("#nl-plan-import", str(path))
            page.wait_for_function(
                "document.getElementById('nl-plan-melding-bestand') &&"
                " document.getElementById('nl-plan-melding-bestand').textContent.length > 0",
                timeout=60000,
            )
            took = page.evaluate("performance.now() - window.__t0")
            said = page.locator("#nl-plan-melding-bestand").inner_text()
            page.reload()
            page.wait_for_selector("#nl-plan-naam", timeout=60000)
            reload_ms = page.evaluate("performance.now()")  # since the reload started
            stored = page.evaluate(
                "(JSON.parse(localStorage.getItem('netwerkleren:werkplaatsplan') || 'null') || {werkplaatsen: []})"
                ".werkplaatsen.length"
            )
            status = page.locator("#nl-planner-status").inner_text()
            bad = took > TARGET_MS or bool(ENGLISH.search(said + status)) or bool(status)
            failed |= bad
            print(
                f"{name:<22} {size:>6.1f} {took:>10.0f} {reload_ms:>12.0f} {stored:>8}  "
                f"{'FOUT ' if bad else ''}{said[:90]}"
            )
            page.close()
        browser.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
