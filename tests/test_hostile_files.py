"""Hostile data files are refused quickly and safely.

Each hostile class from ``benchmarks/hostile_files.py`` (one file just under
the 1 MB limit) is judged within a generous CPU-time bound; its report quotes
no more than a short excerpt of any value, prints no line that GitHub could
read as a workflow command, and stops listing after a fixed number of
problems. Links out of the repository are refused without being opened.
"""

from __future__ import annotations

import os
import re
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from test_check import VALID_CASE, _output, _problem_lines, run_cli

from conftest import ROOT, copy_project
from netwerkleren.load.build import build_handbook
from netwerkleren.load.problems import MAX_PER_FILE, MAX_TOTAL, DataError, Problem
from netwerkleren.model.text_rules import INVISIBLE

sys.path.insert(0, str(ROOT / "benchmarks"))
from hostile_files import CLASSES

CPU_BOUND = 10.0
"""Seconds of CPU for one hostile file; the target is 2 s (see benchmarks/hostile_files.py), this guards it."""
EXCERPT_BOUND = 200


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("hostile") / "project")


def _judge(project: Path) -> tuple[float, DataError | None]:
    start = time.process_time()
    try:
        build_handbook(project / "data", root=project)
    except DataError as error:
        error.report()
        return time.process_time() - start, error
    return time.process_time() - start, None


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_hostile_file_is_judged_quickly_and_reported_briefly(name: str, hostile_project: Path) -> None:
    path = hostile_project / "data" / "cases" / f"vijandig-{name}.yaml"
    path.write_text(CLASSES[name](), encoding="utf-8", newline="")
    try:
        seconds, error = _judge(hostile_project)
    finally:
        path.unlink()

    assert error is not None, name
    assert seconds < CPU_BOUND, f"{name}: {seconds:.1f} s"
    report = error.report()
    lines = report.splitlines()
    assert len(lines) <= MAX_PER_FILE + 3
    assert all(len(line) < 600 for line in lines), max(lines, key=len)[:300]
    assert not any(line.startswith("::") for line in lines)
    assert not re.search(r"(.)\1{" + str(EXCERPT_BOUND) + ",}", report), "a value is repeated at length"


def test_many_problems_are_counted_not_listed(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    cases = project / "data" / "cases"
    (cases / "veel-fouten.yaml").write_text(CLASSES["wrong-list-items"](), encoding="utf-8")
    for number in range(5):
        (cases / f"ook-fout-{number}.yaml").write_text(CLASSES["unknown-fields"](), encoding="utf-8")

    result = run_cli(project, "check")
    output = _output(result)

    assert result.returncode == 1
    assert len(output) < 100_000
    assert "data/cases/ook-fout-0.yaml: en nog " in output
    assert "problemen in dit bestand (niet getoond)" in output
    assert len(_problem_lines(output)) == MAX_TOTAL - MAX_TOTAL // (MAX_PER_FILE + 1)
    assert re.search(r"^… en nog \d+ problemen \(niet getoond\)\.$", output, re.MULTILINE)
    total = int(re.search(r"bevatten (\d+) problemen", output)[1])  # type: ignore[index]
    assert total > 240_000


def test_past_the_cap_each_problem_is_counted_once(tmp_path: Path) -> None:
    """An id in curly quotes is reported once, in plain words, and not counted again for the invalid id it also is."""
    links = MAX_PER_FILE + 30
    project = copy_project(tmp_path / "project")
    head, tail = VALID_CASE.read_text(encoding="utf-8").split("    principes:\n", 1)
    curly = "".join(
        f"      - id: \u201cprincipe-{n}\u201d\n        herkomst: redactie\n        toelichting: Uitleg.\n"
        for n in range(links)
    )
    (project / "data" / "cases" / "gekrulde-ids.yaml").write_text(
        f"{head}    principes:\n{curly}{tail}", encoding="utf-8"
    )

    output = _output(run_cli(project, "check"))

    assert f"en nog {links - MAX_PER_FILE} problemen in dit bestand" in output, output[-600:]
    assert re.search(rf"bevatten {links} problemen", output), output[-600:]


# --- links out of the repository ----------------------------------------------------------------

_AUDIT = """
import os, sys
target = os.path.realpath(sys.argv[1])
def hook(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        try:
            if os.path.realpath(os.fsdecode(args[0])) == target:
                os.write(2, b"OPENED THE TARGET\\n")
        except Exception:
            pass
sys.addaudithook(hook)
from netwerkleren.cli import main
sys.exit(main(["check"]))
"""


@pytest.mark.parametrize("where", ["data/cases/geheim.yaml", "data/cases/_geheim.yaml", "data/bronnen.yaml"])
def test_link_out_of_the_repository_is_refused_unread(where: str, tmp_path: Path) -> None:
    import subprocess

    project = copy_project(tmp_path / "project")
    secret = tmp_path / "buiten" / "geheim.yaml"
    secret.parent.mkdir()
    secret.write_text(
        VALID_CASE.read_text(encoding="utf-8").replace("Fictief voorbeeld", "GEHEIM"), encoding="utf-8"
    )
    link = project / where
    link.unlink(missing_ok=True)
    link.symlink_to(secret)

    result = subprocess.run(
        [sys.executable, "-c", _AUDIT, str(secret)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        env={key: value for key, value in os.environ.items() if key != "GITHUB_ACTIONS"},
    )
    output = result.stdout + result.stderr

    assert "OPENED THE TARGET" not in output
    assert "GEHEIM" not in output
    if where.startswith("data/cases/_"):
        assert result.returncode == 0, output  # a draft name: skipped, and never opened
        return
    assert result.returncode == 1, output
    assert (
        f"{where}:1:1: dit bestand is een koppeling (symlink) naar een bestand buiten het handboek en wordt niet gelezen"
        in output
    )


def test_link_inside_the_repository_is_read(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "voorbeelden").mkdir()
    target = project / "voorbeelden" / "casus.yaml"
    target.write_text(VALID_CASE.read_text(encoding="utf-8"), encoding="utf-8")
    (project / "data" / "cases" / "pabo-voorbeeldstad-2024-2025.yaml").symlink_to(target)

    result = run_cli(project, "check")

    assert result.returncode == 0, _output(result)
    assert result.stdout.startswith("In orde: 2 casussen")


# --- nothing printed can become a workflow command ----------------------------------------------

HOSTILE_VALUES = """titel: "Werkplaats\\n::error file=x::gekaapt"
instelling: "Pabo\\n::add-mask::geheim"
studiejaar: "2024-2025\\n::warning::x"
samenvatting: "Fictief."
context: "Fictief."
bronnen: [vrieling-teunter-2021]
interventies:
  - id: "a\\n::error::id"
    titel: "Fictief"
    wat: "Fictief."
    karakteristiek:
      id: ontwerpgerichte-aanpak
      herkomst: "bron\\n::stop-commands::x"
    principes:
      - id: bepaal-realistische-doelen
        herkomst: redactie
        toelichting: "Fictief."
"""


@pytest.mark.parametrize("github", [False, True])
def test_values_and_file_names_never_start_a_line(github: bool, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    cases = project / "data" / "cases"
    (cases / "kaping.yaml").write_text(HOSTILE_VALUES, encoding="utf-8")
    (cases / "naam\n::error::kaping.yaml").write_text(HOSTILE_VALUES, encoding="utf-8")
    (cases / "a,b:c.yaml").write_text("titel: x\n", encoding="utf-8")

    result = run_cli(project, "check", env={"GITHUB_ACTIONS": "true"} if github else {})
    output = _output(result)

    assert result.returncode == 1
    assert "Traceback" not in output
    commands = [line for line in output.splitlines() if line.startswith("::")]
    if not github:
        assert commands == []
        return
    assert commands
    for line in commands:
        assert re.fullmatch(r"::error file=[^:,\n]+(,line=\d+,col=\d+)?::[^\r\n]*", line), line
    assert any(
        line.startswith("::error file=data/cases/naam%0A%3A%3Aerror%3A%3Akaping.yaml,") for line in commands
    )
    assert any(line.startswith("::error file=data/cases/a%2Cb%3Ac.yaml,") for line in commands)
    assert "data/cases/naam\\n::error::kaping.yaml:1:1: " in output


def test_problem_lines_escape_control_characters() -> None:
    problem = Problem("data/cases/a\nb.yaml", 1, 2, "titel", "waarde 'x\n::error::y' \u202e")

    assert problem.format() == "data/cases/a\\nb.yaml:1:2: veld 'titel': waarde 'x\\n::error::y' \\u202e"
    assert "\n" not in problem.github_annotation()


# --- invisible characters ---------------------------------------------------------------------------


def test_every_format_character_counts_as_invisible() -> None:
    missing = [
        f"U+{code:04X}"
        for code in range(0x110000)
        if unicodedata.category(chr(code)) == "Cf" and not INVISIBLE.fullmatch(chr(code))
    ]
    assert missing == []
    assert INVISIBLE.fullmatch("\u2028") and INVISIBLE.fullmatch("\u2029")
    assert not INVISIBLE.search("Gewone tekst met é, ë, — en een niet-afbrekende\u00a0spatie.")


# --- files the handbook would skip ----------------------------------------------------------------


def test_case_in_data_instead_of_data_cases(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "data" / "Pabo_Voorbeeldstad.yaml").write_text(
        VALID_CASE.read_text(encoding="utf-8"), encoding="utf-8"
    )
    (project / "data" / "oud").mkdir()
    (project / "data" / "oud" / "casus.yml").write_text("titel: x\n", encoding="utf-8")

    result = run_cli(project, "check")

    assert result.returncode == 1
    assert _problem_lines(_output(result)) == [
        "data/Pabo_Voorbeeldstad.yaml:1:1: dit bestand wordt niet gelezen: een casus hoort in data/cases/ "
        "(verplaats het naar data/cases/pabo-voorbeeldstad.yaml)",
        "data/oud/casus.yml:1:1: dit bestand wordt niet gelezen: een casus hoort in data/cases/ "
        "(verplaats het naar data/cases/casus.yaml)",
    ]


def test_draft_with_placeholders_stays_skipped(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    template = project / "data" / "cases" / "_template.yaml"
    (project / "data" / "cases" / "_template kopie.yaml").write_text(template.read_text(encoding="utf-8"))

    result = run_cli(project, "check")

    assert result.returncode == 0, _output(result)


# --- the overview's filter data -------------------------------------------------------------------------------


def test_filter_data_escapes_line_and_paragraph_separators(monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from netwerkleren.views import overview

    monkeypatch.setattr(
        overview, "filter_data", lambda handbook, directory_urls: {"titel": "a\u2028b\u2029c"}
    )
    script = overview.filter_script(None, True)  # type: ignore[arg-type]

    assert "\u2028" not in script and "\u2029" not in script
    assert "a\\u2028b\\u2029c" in script
    data = script.split("window.netwerkleren.interventies = ", 1)[1].rstrip(";\n")
    assert json.loads(data) == {"titel": "a\u2028b\u2029c"}
