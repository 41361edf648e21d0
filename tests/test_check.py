"""``netwerkleren check``, ``new-case`` and the build refuse bad data with precise Dutch messages.

The fixture corpus lives in ``tests/fixtures/invalid`` (see the README there):
every fixture is placed in ``data/cases/`` of a copy of the project and the
real command runs on it as a subprocess, as a contributor would run it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from conftest import copy_project, mkdocs_build
from netwerkleren.cli import slugify
from netwerkleren.load.problems import Problem
from netwerkleren.load.validate import validate
from netwerkleren.load.yaml_reader import read_document
from netwerkleren.model.records import Case

FIXTURES = Path(__file__).parent / "fixtures"
INVALID = FIXTURES / "invalid"
VALID_CASE = FIXTURES / "valid" / "pabo-voorbeeldstad-2024-2025.yaml"
ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "data" / "cases" / "_template.yaml"
PROBLEM_LINE = re.compile(r"^data/\S+:\d+:\d+: ", re.MULTILINE)
EXPECTED_LINE = re.compile(r"^(?:(?P<file>[^:\s]+):)?(?P<line>\d+):(?P<col>\d+): (?P<message>.+)$")


# --- the corpus ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fixture:
    name: str
    files: tuple[Path, ...]
    expected: tuple[str, ...]
    """Each an exact start of an output line: ``data/cases/<file>:<line>:<col>: <message>``."""


def _corpus() -> list[Fixture]:
    fixtures = []
    for entry in sorted(INVALID.iterdir()):
        if entry.is_dir():
            files = tuple(sorted(p for p in entry.iterdir() if p.name != "expected"))
            expected_file, default = entry / "expected", None
        elif entry.suffix == ".expected":
            continue
        else:
            files = (entry,)
            expected_file, default = INVALID / f"{entry.name.split('.')[0]}.expected", entry.name
        fixtures.append(Fixture(entry.name, files, _expected(expected_file, default)))
    return fixtures


def _expected(path: Path, default_file: str | None) -> tuple[str, ...]:
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        match = EXPECTED_LINE.match(raw)
        assert match, f"{path}: cannot read expected line {raw!r}"
        file = match["file"] or default_file
        assert file, f"{path}: a fixture folder must name the file on each line"
        lines.append(f"data/cases/{file}:{match['line']}:{match['col']}: {match['message']}")
    assert lines, f"{path}: no expected message"
    return tuple(lines)


CORPUS = _corpus()


def run_cli(project: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed ``netwerkleren`` command in ``project``, as a contributor would."""
    script = Path(sys.executable).with_name("netwerkleren")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "netwerkleren.cli"]
    environment = {key: value for key, value in os.environ.items() if key != "GITHUB_ACTIONS"}
    environment.update(env or {})
    return subprocess.run(
        [*command, *args], cwd=project, capture_output=True, text=True, env=environment, timeout=120
    )


def _output(result: subprocess.CompletedProcess[str]) -> str:
    return result.stdout + result.stderr


def _problem_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if PROBLEM_LINE.match(line)]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def test_corpus_covers_the_issue() -> None:
    """The corpus keeps the kinds of bad input the issue lists (guards against fixtures being dropped)."""
    names = {fixture.name.split(".")[0] for fixture in CORPUS}
    required = {
        "yaml-syntaxfout", "tab-inspringing", "verkeerde-inspringing", "leeg-bestand", "lijst-in-plaats-van-groep",
        "geen-utf8", "bom", "dubbel-veld", "onbekend-veld-typfout", "verplicht-veld-ontbreekt",
        "tekst-in-plaats-van-lijst", "yaml11-no-als-ja-nee", "yaml11-on-als-keuze", "yaml11-getal-1-10",
        "ja-nee-in-plaats-van-true-false", "onbekend-principe", "onbekende-voorwaarde", "onbekende-karakteristiek",
        "onbekende-bron", "dubbele-casus-yml", "python-object-tag", "andere-tag", "alias-bom",
        "sjabloontekst-accolades", "sjabloontekst-blok", "html-script", "html-attribuut-onerror",
        "javascript-link-in-tekst", "javascript-url",
        # the second round: Markdown, pasted text, autocorrect and typing slips
        "markdown-vet", "markdown-link", "markdown-afbeelding", "markdown-kop", "markdown-tabel",
        "alineas-zonder-streep", "bronfragment-eigen-woorden", "bronfragment-vraag", "bronfragment-volgens-mij",
        "te-veel-interventies", "gekrulde-aanhalingstekens-hele-bestand", "studiejaar-gedachtestreepje",
        "studiejaar-datum", "studiejaar-datum-tussen-aanhalingstekens", "aanhalingstekens-in-tekst",
        "apostrof-in-enkele-aanhalingstekens", "dubbele-punt-vergeten", "principe-als-zin", "bevestigd-ja",
        "bevestigd-false-tussen-aanhalingstekens", "cyrillische-letter-in-id", "html-en-sjabloon-in-titel",
        "sjabloon-optioneel-veld", "onbekende-escape", "waarde-begint-met-apenstaartje", "lijst-niet-gesloten",
    }  # fmt: skip
    assert required <= names, sorted(required - names)
    files = [file.name for fixture in CORPUS for file in fixture.files]
    assert len(files) == len(set(files)), "fixture file names must be unique across the corpus"


@pytest.mark.parametrize("fixture", CORPUS, ids=[fixture.name for fixture in CORPUS])
def test_check_reports_the_fixture(fixture: Fixture, project: Path) -> None:
    for file in fixture.files:
        shutil.copyfile(file, project / "data" / "cases" / file.name)

    result = run_cli(project, "check")
    output = _output(result)

    assert result.returncode == 1, output
    assert "Traceback" not in output
    problems = _problem_lines(output)
    for expected in fixture.expected:
        assert any(line.startswith(expected) for line in problems), f"missing {expected!r} in:\n{output}"
    assert len(problems) == len(fixture.expected), f"unexpected extra problems:\n{output}"
    count = len(fixture.expected)
    assert f"bevatten {count} {'probleem' if count == 1 else 'problemen'}" in output
    assert "::error" not in output  # annotations only in GitHub Actions


def test_all_problems_in_one_run(project: Path) -> None:
    """Every fixture at once: one run reports every problem of every file, none dropped."""
    expected = []
    for fixture in CORPUS:
        for file in fixture.files:
            shutil.copyfile(file, project / "data" / "cases" / file.name)
        expected.extend(fixture.expected)

    result = run_cli(project, "check")
    output = _output(result)

    assert result.returncode == 1
    assert "Traceback" not in output
    problems = _problem_lines(output)
    # The fixtures share their institution, school year and title: as a set they are the same case many times.
    same = "deze casus staat al in"
    for line in expected:
        line = line.split(same)[0]
        assert any(problem.startswith(line) for problem in problems), line
    assert len([p for p in problems if same not in p]) == len([e for e in expected if same not in e])
    english = [line for line in problems if ENGLISH.search(line)]
    assert not english, english


ENGLISH = re.compile(
    r"YAML zegt|\b(?:expected|found|while|scanning|parsing|not allowed|could not|cannot|scalar|token|stream|"
    r"indentation|mapping|sequence|character|document start|block end)\b|<block|<stream"
)
"""Phrases of PyYAML's and libyaml's English error messages: no message to a contributor may hold them."""

BROKEN_YAML = [
    'titel: "Een "woordmuur" per thema"\n',
    "titel: 'Het is 's ochtends'\n",
    'titel "Een titel"\ninstelling: x\n',
    "a: [1, 2\nb: 1\n",
    "a: {b: 1\n",
    "a: @x\n",
    "a: `x\n",
    "a: |x\n  b\n",
    "a:\n  - b\n c: 1\n",
    "a: b\n- c\n",
    "a: *\n",
    "a: &\n",
    "a: 1\n...\nb: 1\n",
    "- a\nb: 1\n",
    "%YAML 1.1\n%YAML 1.1\n---\na: 1\n",
    "%FOO\na: 1\n",
    'a: "x\\q"\n',
    'a: "\\x4"\n',
    "a: !<x y\n",
    "a: b: c\n",
    "a: 'x\n",
    'a: "x\n',
    "a:\n  b: 1\n   c: 2\n",
    "? a\n? b\n- c\n",
    "a: [b, c]]\n",
    "a: “b: c”\n",
]


@pytest.mark.parametrize("parser", ["pyyaml", "libyaml"])
@pytest.mark.parametrize("text", BROKEN_YAML)
def test_every_parser_error_is_dutch(text: str, parser: str, tmp_path: Path) -> None:
    """No message carries the parser's English or '(YAML zegt: ...)', for PyYAML's and libyaml's wording alike."""
    from netwerkleren.load.yaml_reader import REREAD_LIMIT, ReadError

    if parser == "libyaml":  # past the re-read limit, libyaml's own messages are translated
        text = ("# " + "x" * 98 + "\n") * (REREAD_LIMIT // 100 + 1) + text
    path = tmp_path / "kapot.yaml"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(ReadError) as raised:
        read_document(path, "data/cases/kapot.yaml")

    for problem in raised.value.problems:
        assert problem.message.startswith(("geen geldige YAML: ", "ankers en verwijzingen", "YAML-tags")), (
            problem
        )
        assert not ENGLISH.search(problem.message), problem.format()


def test_github_actions_annotations(project: Path) -> None:
    shutil.copyfile(INVALID / "dubbel-veld.yaml", project / "data" / "cases" / "dubbel-veld.yaml")
    shutil.copyfile(INVALID / "onbekend-principe.yaml", project / "data" / "cases" / "onbekend-principe.yaml")

    result = run_cli(project, "check", env={"GITHUB_ACTIONS": "true"})

    assert result.returncode == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert annotations == [
        "::error file=data/cases/dubbel-veld.yaml,line=6,col=1::veld 'titel': dit veld staat twee keer in "
        "dezelfde groep (eerder op regel 1); houd er één over",
        "::error file=data/cases/onbekend-principe.yaml,line=16,col=13::veld 'interventies[1].principes[1].id': "
        "ontwerpprincipe 'maak-de-gezamelijke-doelen-zichtbaar' bestaat niet. "
        "Bedoel je 'maak-de-gezamenlijke-doelen-zichtbaar'?",
    ]


def test_file_over_one_megabyte(project: Path) -> None:
    padding = "# " + "x" * 98 + "\n"
    text = VALID_CASE.read_text(encoding="utf-8") + padding * 10_100
    (project / "data" / "cases" / "te-groot.yaml").write_text(text, encoding="utf-8")
    size = f"{len(text.encode()):,}".replace(",", ".")

    result = run_cli(project, "check")
    output = _output(result)

    assert result.returncode == 1
    assert "Traceback" not in output
    assert _problem_lines(output) == [
        f"data/cases/te-groot.yaml:1:1: het bestand is te groot ({size} bytes; maximaal 1.000.000)."
    ]


def test_same_id_in_two_spellings(project: Path) -> None:
    """x.yaml and X.yaml (only on case-sensitive file systems): the second is reported, not dropped."""
    cases = project / "data" / "cases"
    shutil.copyfile(VALID_CASE, cases / "hogeschool-x-2024-2025.yaml")
    shutil.copyfile(VALID_CASE, cases / "Hogeschool-X-2024-2025.yaml")

    result = run_cli(project, "check")
    output = _output(result)

    assert result.returncode == 1
    assert _problem_lines(output) == [
        "data/cases/Hogeschool-X-2024-2025.yaml:1:1: de bestandsnaam is de id van de casus en heeft alleen kleine "
        "letters: hernoem het bestand naar 'hogeschool-x-2024-2025.yaml'. Let op: dat bestand bestaat al, dus dit "
        "zijn twee casussen met dezelfde id."
    ]


@pytest.mark.parametrize(
    "names", [("onbekend-principe.yaml",), ("dubbel-veld.yaml", "python-object-tag.yaml")]
)
def test_build_refuses_bad_data(names: tuple[str, ...], project: Path) -> None:
    expected = []
    for name in names:
        shutil.copyfile(INVALID / name, project / "data" / "cases" / name)
        expected.extend(next(f for f in CORPUS if f.name == name).expected)

    build = mkdocs_build(project)

    assert build.returncode != 0
    assert "Traceback" not in build.output
    for line in expected:
        assert line in build.output, build.output
    assert not (build.site / "index.html").exists()


# --- files that are not files ------------------------------------------------------------------


def test_pipe_and_folder_links_in_data_cases_say_what_they_are(project: Path) -> None:
    """A named pipe is never opened (it would wait forever) and is named; a link to a folder is named as such."""
    cases = project / "data" / "cases"
    os.mkfifo(cases / "pijp.yaml")
    (project / "ergens").mkdir()
    (cases / "map.yaml").symlink_to(project / "ergens")
    (cases / "maplink").symlink_to(project / "ergens")

    result = run_cli(project, "check")

    assert result.returncode == 1
    problems = _problem_lines(_output(result))
    folder_link = "dit is een koppeling (symlink) naar een map, geen bestand"
    assert problems == [
        f"data/cases/map.yaml:1:1: {folder_link}: een casus is één .yaml-bestand in data/cases/. Verwijder de "
        "koppeling en zet de casus zelf in data/cases/",
        f"data/cases/maplink:1:1: {folder_link}: een casus is één .yaml-bestand in data/cases/. Verwijder de "
        "koppeling en zet de casus zelf in data/cases/",
        "data/cases/pijp.yaml:1:1: dit is een named pipe (FIFO), geen gewoon bestand, en wordt niet gelezen: "
        "verwijder het en zet de casus in een gewoon .yaml-bestand in data/cases/",
    ]


# --- the cap on interventions, and the case page at the cap -------------------------------------

CASE_PAGE_AT_CAP_BYTES = 400_000
"""The case page of a case at the cap (60 interventions as full as a real one) stays under this size (measured:
302 KB; an uncapped case of 538 interventions gave 2.6 MB)."""
RTL_TITLE = "ورشة التعلم Netwerk"


def case_at_the_cap(count: int) -> str:
    """A valid case with ``count`` interventions as full as a real one (long text, steps, links, a quote)."""
    from netwerkleren.model.records import MAX_INTERVENTIONS

    assert count <= MAX_INTERVENTIONS
    text = (
        "Fictief: de werkplaats bespreekt in elke bijeenkomst de doelen van de studenten, hangt ze zichtbaar op "
        "en kijkt aan het eind samen terug op wat er bereikt is en wat de volgende stap wordt. "
    ) * 3
    link = {
        "herkomst": "bron",
        "bronfragment": "Fictief: zo legt het verslag dit verband, met een korte zin.",
    }
    interventions = [
        {
            "id": f"interventie-{n}",
            "titel": f"Fictieve interventie {n} met een titel van gewone lengte",
            "wat": text,
            "stappen": ["Bespreek de doelen.", "Hang ze op.", "Kijk samen terug."],
            "redactienoot": "Fictieve noot van de redactie bij deze interventie. " * 3,
            "karakteristiek": {"id": "ontwerpgerichte-aanpak", **link},
            "principes": [
                {"id": "werkplannen-klaar-voor-de-start", **link},
                {"id": "bepaal-realistische-doelen", "herkomst": "redactie", "toelichting": "Fictief. " * 5},
            ],
            "voorwaarden": [{"id": "scaffolding", "herkomst": "redactie", "toelichting": "Fictief. " * 5}],
            "fasen": ["start", "tijdens"],
            "rollen": ["student", "lerarenopleider"],
            "citaten": [
                {"tekst": "Fictief citaat van een deelnemer over de doelen. " * 2, "wie": "een student"}
            ],
            "trefwoorden": ["doelen", "terugkijken", "fictief"],
        }
        for n in range(1, count + 1)
    ]
    case = {
        "titel": RTL_TITLE,
        "instelling": "Pabo Voorbeeldstad (fictief)",
        "studiejaar": "2024-2025",
        "samenvatting": "Fictief voorbeeld voor de tests.",
        "context": "Fictieve context.\n\nTweede alinea.",
        "bronnen": ["vrieling-teunter-2021"],
        "interventies": interventions,
    }
    return yaml.safe_dump(case, allow_unicode=True, sort_keys=False, width=100)


def test_case_at_the_cap_builds_a_page_of_bounded_size_with_its_title_direction_left_to_the_text(
    project: Path,
) -> None:
    """60 interventions pass and build; the case page stays under its stated size; a right-to-left title reads right."""
    from netwerkleren.model.records import MAX_INTERVENTIONS

    assert MAX_INTERVENTIONS == 60
    (project / "data" / "cases" / "aan-de-grens-2024-2025.yaml").write_text(
        case_at_the_cap(MAX_INTERVENTIONS), encoding="utf-8"
    )

    build = mkdocs_build(project)

    assert build.returncode == 0, build.output
    page = build.site / "casussen" / "aan-de-grens-2024-2025" / "index.html"
    size = page.stat().st_size
    print(f"case page at the cap ({MAX_INTERVENTIONS} interventions): {size:,} bytes")
    assert size < CASE_PAGE_AT_CAP_BYTES, size
    html = page.read_text(encoding="utf-8")
    assert html.count('class="nl-card__title"') == MAX_INTERVENTIONS
    assert f'<h1 dir="auto">{RTL_TITLE}</h1>' in html
    listing = build.page("casussen/")
    assert (
        f'<h2 class="nl-card__title" dir="auto"><a href="aan-de-grens-2024-2025/">{RTL_TITLE}</a>' in listing
    )
    assert len(re.findall(r'<h[34] class="nl-card__title" id="interventie-[^"]+" dir="auto"', html)) == 60
    assert f"<bdi>{RTL_TITLE}</bdi>" in build.page("overzicht/")


# --- the problem page of make serve -------------------------------------------------------------


def test_problem_page_shows_every_problem_of_a_field_at_once(project: Path) -> None:
    """'<img>' and '{{' in one title: one round of fixes, not two (make serve's page and the check alike)."""
    from netwerkleren.load.build import build_handbook
    from netwerkleren.load.problems import DataError
    from netwerkleren.site.problems_page import problems_markdown

    name = "html-en-sjabloon-in-titel.yaml"
    shutil.copyfile(INVALID / name, project / "data" / "cases" / name)

    with pytest.raises(DataError) as raised:
        build_handbook(project / "data", root=project)
    page = problems_markdown(raised.value)

    assert f"<code>data/cases/{name}:12:12</code>" in page
    item = page.split(f"<code>data/cases/{name}:12:12</code>", 1)[1].split("</li>", 1)[0]
    assert "HTML-code (zoals &lt;script&gt; of &lt;b&gt;) is niet toegestaan" in item
    assert "ook: sjabloontekst zoals" in item


# --- one quiet command: check and build ----------------------------------------------------------


def test_check_and_build_in_one_quiet_command(project: Path) -> None:
    """`netwerkleren check --bouw` (make controleer): the Dutch result only, no engine notices or progress."""
    shutil.copyfile(VALID_CASE, project / "data" / "cases" / VALID_CASE.name)
    environment = {key: "" for key in ("NO_MKDOCS_2_WARNING", "DISABLE_MKDOCS_2_WARNING")}

    result = run_cli(project, "check", "--bouw", env=environment)

    assert result.returncode == 0, _output(result)
    lines = _output(result).splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith("In orde: 2 casussen, ")
    assert re.fullmatch(
        r"De site bouwt zonder problemen \(\d+ pagina's\)\. Bekijk hem met: make serve", lines[1]
    )
    assert not (project / "site").exists()  # built in a temporary folder

    shutil.copyfile(INVALID / "markdown-vet.yaml", project / "data" / "cases" / "markdown-vet.yaml")
    failed = run_cli(project, "check", "--bouw", env=environment)
    output = _output(failed)
    assert failed.returncode == 1
    assert "De site bouwt" not in output
    assert not re.search(r"WARNING|INFO|Material|MkDocs|Traceback", output), output
    assert _problem_lines(output) and all(
        line.startswith("data/cases/markdown-vet.yaml:") for line in _problem_lines(output)
    )
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(
        r"^controleer: \$\(STAMP\)\n\t@\$\(BIN\)/netwerkleren check --bouw$", makefile, re.MULTILINE
    )
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert "make controleer" in contributing and "Engelse meldingen van MkDocs zijn normaal" in contributing


# --- a new contributor's case -------------------------------------------------------------------


def test_valid_case_from_template_passes_and_appears_in_the_site(project: Path) -> None:
    """The fictitious example, written from the template, goes in with one file and nothing else."""
    shutil.copyfile(VALID_CASE, project / "data" / "cases" / VALID_CASE.name)

    result = run_cli(project, "check")
    assert result.returncode == 0, _output(result)
    assert result.stdout.startswith("In orde: 2 casussen, ")

    build = mkdocs_build(project)
    assert build.returncode == 0, build.output
    case = build.page("casussen/pabo-voorbeeldstad-2024-2025/")
    assert '<h1 dir="auto">Fictief voorbeeld: werkplannen en peerfeedback in de werkplaats' in case
    assert 'id="interventie-werkplan-voor-de-eerste-bijeenkomst"' in case
    assert 'id="interventie-presentatie-met-peerfeedback"' in case
    assert 'id="aanpak-1"' in case and 'id="verder"' in case  # its approach first, then the rest
    assert re.search(
        r"<details class=\"[^\"]*nl-card__note-fold\" data-redactie><summary>Noot</summary>\s*<p class=\"nl-card__note\">Fictieve noot van de redactie.</p>",
        case,
    )
    assert "Pabo Voorbeeldstad (2025). Verslag van de werkplaatsen 2024-2025" in case
    link = 'href="../../casussen/pabo-voorbeeldstad-2024-2025/#interventie-'
    for principle, intervention in (
        ("werkplannen-klaar-voor-de-start", "werkplan-voor-de-eerste-bijeenkomst"),
        ("presenteren-met-peerfeedback", "presentatie-met-peerfeedback"),
        ("alle-deelnemers-zien-zichzelf-als-lerende", "presentatie-met-peerfeedback"),
    ):
        assert f"{link}{intervention}" in build.page(f"ontwerpprincipes/{principle}/"), principle
    assert 'href="pabo-voorbeeldstad-2024-2025/"' in build.page("casussen/")


def test_template_parses_and_only_lacks_its_placeholders() -> None:
    document = read_document(TEMPLATE, "data/cases/_template.yaml")
    record, problems = validate(document, Case)

    assert record is None
    assert problems
    for problem in problems:
        assert "uit het sjabloon" in problem.message or (problem.field == "studiejaar"), problem.format()
    commented = _fields_without_comment(TEMPLATE.read_text(encoding="utf-8"))
    assert not commented, f"fields without a comment above them: {commented}"


def _listed_ids(text: str, heading: str) -> list[str]:
    """The ids listed under a comment line starting with ``heading`` in the template."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(f"# {heading}"))
    ids = []
    for line in lines[start + 1 :]:
        item = re.fullmatch(r"\s*#\s+- ([a-z0-9-]+)", line)
        if item:
            ids.append(item[1])
        elif not re.fullmatch(r"\s*#\s+[^-].*:", line):
            break
    return ids


def test_template_lists_every_id_of_the_data() -> None:
    """The template names the real ids where they belong, kept in step with data/ by this test."""
    from netwerkleren.load.build import build_handbook

    handbook = build_handbook(ROOT / "data")
    text = TEMPLATE.read_text(encoding="utf-8")

    assert _listed_ids(text, "Ids van de karakteristieken") == [c.id for c in handbook.characteristics]
    assert _listed_ids(text, "Ids van de ontwerpprincipes") == [p.id for p in handbook.principles]
    assert _listed_ids(text, "Ids van de motivatievoorwaarden") == [c.id for c in handbook.conditions]
    assert len(handbook.principles) == 15 and len(handbook.conditions) == 7


def test_template_contributing_and_check_agree_on_editorial_links() -> None:
    """An editorial link must be explained: the template, CONTRIBUTING.md and the check say so alike."""
    from netwerkleren.model.records import Link

    template = TEMPLATE.read_text(encoding="utf-8")
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert "verplicht bij herkomst 'redactie'" in template
    assert "(optioneel, redactioneel) zegt waarom" not in template
    assert "dat veld is **verplicht** bij\n  `herkomst: redactie`" in contributing
    with pytest.raises(ValueError, match="bij herkomst 'redactie' hoort een 'toelichting'"):
        Link.model_validate({"id": "scaffolding", "herkomst": "redactie"})


def test_readme_contributing_steps_never_use_the_venv_before_it_exists() -> None:
    """The first command of 'Bijdragen' is a make target (which installs .venv), never .venv/bin/..."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Bijdragen", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in section.splitlines() if line.startswith(("make ", ".venv/", "netwerkleren"))]
    assert commands and commands[0].startswith("make new-case ")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^new-case: \$\(STAMP\)$", makefile, re.MULTILINE)
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert ".venv/bin/netwerkleren new-case" not in contributing


def _fields_without_comment(text: str) -> list[str]:
    """Fields of the case and of an intervention or own source whose line has no comment above it.

    Fields inside a link or quote (id, herkomst, toelichting, tekst, wie) are explained in the
    comment above their group.
    """
    missing = []
    lines = text.splitlines()
    for index, line in enumerate(lines):
        field = re.match(r"^(?:|  - |    )([a-z_]+):", line)
        if not field:
            continue
        above = index - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        if above < 0 or not lines[above].lstrip().startswith("#"):
            missing.append(f"{index + 1}: {field[1]}")
    return missing


def fill_in(template: str) -> str:
    """The template as a contributor fills it in: every placeholder replaced."""
    text = template.replace('"VUL IN: https://..."', '"https://example.org/verslag"')
    text = re.sub(r'fasen: \["VUL IN[^"]*"\]', "fasen: [tijdens]", text)
    text = re.sub(r'rollen: \["VUL IN[^"]*"\]', "rollen: [student, lerarenopleider]", text)
    text = re.sub(r'"VUL IN: studiejaar[^"]*"', '"2024-2025"', text)
    text = text.replace("VUL IN", "Ingevuld")
    ids = {
        "vul-in-id-van-de-bron": "verslag-2025",
        "vul-in-id-van-de-interventie": "eerste-interventie",
        "vul-in-id-van-de-karakteristiek": "ontwerpgerichte-aanpak",
        "vul-in-id-van-een-ontwerpprincipe": "bepaal-realistische-doelen",
        "vul-in-id-van-een-motivatievoorwaarde": "scaffolding",
    }
    for placeholder, real in ids.items():
        assert placeholder in text
        text = text.replace(placeholder, real)
    data_lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    assert not [line for line in data_lines if "vul-in" in line.lower()]
    return text


def test_template_filled_in_passes_the_check(project: Path) -> None:
    (project / "data" / "cases" / "ingevuld-2024-2025.yaml").write_text(
        fill_in(TEMPLATE.read_text(encoding="utf-8")), encoding="utf-8"
    )

    result = run_cli(project, "check")

    assert result.returncode == 0, _output(result)
    assert result.stdout.startswith("In orde: 2 casussen")


def test_new_case_scaffolds_a_file_that_names_every_gap(project: Path) -> None:
    result = run_cli(
        project, "new-case", "--instelling", "Pabo Zuid’s-Hertogenbosch", "--studiejaar", "2024-2025"
    )

    assert result.returncode == 0, _output(result)
    target = project / "data" / "cases" / "pabo-zuids-hertogenbosch-2024-2025.yaml"
    assert f"Nieuwe casus aangemaakt: data/cases/{target.name}" in result.stdout
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/casus.schema.json\n")
    assert "Dit bestand is het sjabloon" not in text and "make new-case" not in text  # the template's banner
    assert f"# NIEUWE CASUS: {target.stem}\n" in text and "# Tips voor YAML:" in text
    data = yaml.safe_load(text)
    assert data["instelling"] == "Pabo Zuid’s-Hertogenbosch"
    assert data["studiejaar"] == "2024-2025"

    check = run_cli(project, "check")
    output = _output(check)
    assert check.returncode == 1
    assert "Traceback" not in output
    problems = _problem_lines(output)
    assert problems and all(line.startswith(f"data/cases/{target.name}:") for line in problems)
    assert all("uit het sjabloon" in line for line in problems), output
    title_line = next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith("titel:"))
    assert any(
        f":{title_line}:8: veld 'titel': hier staat nog tekst uit het sjabloon" in line for line in problems
    )
    assert not any("'instelling'" in line or "'studiejaar'" in line for line in problems)


def test_new_case_with_a_title_keeps_institution_and_year_in_the_id(project: Path) -> None:
    """Two pabo's that give their case the same title get different ids."""
    for institution in ("Pabo Noord", "Pabo Zuid"):
        result = run_cli(
            project,
            "new-case",
            "--instelling",
            institution,
            "--studiejaar",
            "2024-2025",
            "--titel",
            "Woordmuur",
        )
        assert result.returncode == 0, _output(result)
    cases = project / "data" / "cases"
    assert (cases / "pabo-noord-woordmuur-2024-2025.yaml").is_file()
    assert (cases / "pabo-zuid-woordmuur-2024-2025.yaml").is_file()
    long = run_cli(
        project,
        "new-case",
        "--instelling",
        "Pabo " + "Lang " * 20,
        "--studiejaar",
        "2024-2025",
        "--titel",
        "T",
    )
    made = re.search(r"data/cases/(\S+)\.yaml", long.stdout)
    assert made and made[1].endswith("-2024-2025") and len(made[1]) <= 80, long.stdout


def test_optional_template_fields_may_be_removed() -> None:
    """Template text left in an optional field: replace it or remove the field; a required field only says replace."""
    document = read_document(TEMPLATE, "data/cases/_template.yaml")
    _, problems = validate(document, Case)
    by_field = {problem.field: problem.message for problem in problems}

    assert by_field["titel"].endswith("vervang die door je eigen tekst")
    assert by_field["monitoring"].endswith(
        "vervang die door je eigen tekst of haal het veld weg (het is optioneel)"
    )
    assert by_field["interventies[1].stappen[1]"].endswith(
        "of haal het veld 'interventies[1].stappen' weg (dat is optioneel)"
    )
    assert "haal" not in by_field["interventies[1].principes[1].toelichting"]


def test_new_case_never_overwrites(project: Path) -> None:
    cases = project / "data" / "cases"
    shutil.copyfile(VALID_CASE, cases / "pabo-voorbeeldstad-2024-2025.yml")
    before = (cases / "pabo-voorbeeldstad-2024-2025.yml").read_bytes()

    result = run_cli(project, "new-case", "--instelling", "Pabo Voorbeeldstad", "--studiejaar", "2024-2025")

    assert result.returncode != 0
    assert "Traceback" not in _output(result)
    assert (
        "data/cases/pabo-voorbeeldstad-2024-2025.yml bestaat al; dat bestand wordt niet overschreven"
        in result.stderr
    )
    assert not (cases / "pabo-voorbeeldstad-2024-2025.yaml").exists()
    assert (cases / "pabo-voorbeeldstad-2024-2025.yml").read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new-case"], "geef --instelling en --studiejaar"),
        (["new-case", "--instelling", "X", "--studiejaar", "24-25"], "'24-25' is geen studiejaar"),
        (["new-case", "--instelling", "X", "--studiejaar", "2023-2025"], "'2023-2025' is geen studiejaar"),
        (["new-case", "--titel", "Index"], "'index' is al het adres van een pagina"),
        (["new-case", "--id", "Mijn Casus"], "'Mijn Casus' is geen geldige id"),
        (["new-case", "--titel", "!!!"], "uit '!!!' is geen id te maken"),
        (["nieuwe-casus"], "onbekende opdracht 'nieuwe-casus'"),
        (["check", "--extra"], "onbekend: --extra"),
        ([], "dit ontbreekt: OPDRACHT"),
    ],
)
def test_cli_misuse_gets_a_dutch_message(args: list[str], message: str, project: Path) -> None:
    result = run_cli(project, *args)

    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in _output(result)
    assert sorted(p.name for p in (project / "data" / "cases").iterdir()) == [
        "_template.yaml",
        "iselinge-2021-2022.yaml",
    ]


def test_check_outside_a_project(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "check")

    assert result.returncode == 2
    assert "geen map data/ gevonden" in result.stderr
    assert "Traceback" not in _output(result)


def test_check_passes_on_the_real_handbook() -> None:
    result = run_cli(ROOT, "check")

    assert result.returncode == 0, _output(result)
    assert result.stdout.startswith("In orde: ")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Iselinge Hogeschool 2021-2022", "iselinge-hogeschool-2021-2022"),
        ("Pabo’s in Zuid-Nederland, 2024/2025", "pabos-in-zuid-nederland-2024-2025"),
        ("Hogeschool Ütrecht — café", "hogeschool-utrecht-cafe"),
        ("  --  ", ""),
        ("a" * 100, "a" * 80),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_problem_annotation_escapes_github_syntax() -> None:
    problem = Problem("data/cases/a,b:c.yaml", 3, 4, "titel", "100% fout\nregel twee")

    assert (
        problem.github_annotation()
        == "::error file=data/cases/a%2Cb%3Ac.yaml,line=3,col=4::veld 'titel': 100%25 fout%0Aregel twee"
    )
