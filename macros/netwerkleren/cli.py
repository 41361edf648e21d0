"""The ``netwerkleren`` command for contributors: check the data, start a new case, export schemas.

    netwerkleren check                     every problem in data/, as path:line:col: message
    netwerkleren check --bouw              the same, then a quiet strict build of the site (make controleer)
    netwerkleren new-case --instelling "Hogeschool X" --studiejaar 2024-2025
    netwerkleren schema [--controleer]     write (or check) data/schema/*.schema.json

Everything a person sees here is Dutch. No input a person can write ends in
a Python traceback: data problems are reported as problems, anything else as
one Dutch sentence.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from netwerkleren.load.build import build_handbook
from netwerkleren.load.case_names import MAX_LENGTH, MIN_LENGTH, RESERVED_SLUGS
from netwerkleren.load.data_dir import CASES_DIR
from netwerkleren.load.id_hints import slug_of
from netwerkleren.load.problems import DataError, display_path, excerpt
from netwerkleren.model.handbook import Handbook
from netwerkleren.model.records import SCHOOL_YEAR_PATTERN, SLUG_PATTERN
from netwerkleren.model.schema import SCHEMAS, schema_file, stale_schemas, write_schemas
from netwerkleren.model.text_rules import check_school_year
from netwerkleren.site.config import DATA_DIR

TEMPLATE = "_template.yaml"
SCHEMA_SUBDIR = "schema"
SCHOOL_YEAR = re.compile(SCHOOL_YEAR_PATTERN)

OK, PROBLEMS, USAGE, INTERNAL = 0, 1, 2, 3


class UserError(Exception):
    """Something the person asked cannot be done; the message says why, in Dutch."""


# --- command line -------------------------------------------------------------------------------


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "gebruik: ")


_ARGPARSE_DUTCH = (
    (r"the following arguments are required: (.*)", r"dit ontbreekt: \1"),
    (r"unrecognized arguments: (.*)", r"onbekend: \1"),
    (r"argument (.*): invalid choice: (.*) \(choose from (.*)\)", r"onbekende opdracht \2 (kies uit \3)"),
    (r"argument (.*): expected one argument", r"\1 verwacht een waarde"),
    (r"argument (.*): not allowed with argument (.*)", r"\1 kan niet samen met \2"),
)


class _Parser(argparse.ArgumentParser):
    """An argument parser that speaks Dutch."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "opdrachten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, dutch in _ARGPARSE_DUTCH:
            if re.fullmatch(english, message):
                message = re.sub(english, dutch, message)
                break
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: fout: {message}\nHulp: {self.prog} --help\n")


def _parser() -> _Parser:
    parser = _Parser(
        prog="netwerkleren",
        description="Hulpmiddelen voor wie bijdraagt aan het handboek Netwerkleren.",
        epilog="Meer uitleg: CONTRIBUTING.md",
    )
    project_help = "de map van het handboek (waar data/ en mkdocs.yml staan); standaard de huidige map of een map erboven"
    parser.add_argument("--project", type=Path, default=None, metavar="MAP", help=project_help)
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    commands.required = True

    check = commands.add_parser(
        "check",
        help="controleer alle gegevens in data/ en meld elk probleem met bestand, regel en kolom",
        description="Controleer alle gegevens in data/. Elk probleem komt als 'bestand:regel:kolom: melding'.",
    )
    check.add_argument(
        "--bouw",
        action="store_true",
        help="bouw daarna ook de hele site (streng, zoals CI), zonder de meldingen van MkDocs: alleen het resultaat",
    )

    new_case = commands.add_parser(
        "new-case",
        help="maak een nieuw casusbestand in data/cases/ uit het sjabloon",
        description=(
            "Maak data/cases/<id>.yaml uit het sjabloon data/cases/_template.yaml.\n"
            "De id (en dus de bestandsnaam en het webadres) komt uit --id, anders uit --titel,\n"
            "anders uit de instelling en het studiejaar. Een bestaand bestand wordt nooit overschreven.\n\n"
            'Voorbeeld: netwerkleren new-case --instelling "Hogeschool X" --studiejaar 2024-2025'
        ),
    )
    new_case.add_argument("--instelling", metavar="NAAM", help="de opleiding of hogeschool")
    new_case.add_argument("--studiejaar", metavar="JAAR", help="het studiejaar, bijvoorbeeld 2024-2025")
    new_case.add_argument("--titel", metavar="TITEL", help="de titel van de casus")
    new_case.add_argument(
        "--id", dest="slug", metavar="ID", help="de id zelf kiezen, bijvoorbeeld hogeschool-x-2024-2025"
    )

    schema = commands.add_parser(
        "schema",
        help="schrijf de JSON Schemas voor editors naar data/schema/",
        description="Schrijf de JSON Schemas (uit de modellen) naar data/schema/. Editors gebruiken ze om velden aan te vullen.",
    )
    schema.add_argument(
        "--controleer",
        action="store_true",
        help="schrijf niets; stop met een fout als een schema niet meer bij de modellen past",
    )
    for command in (check, new_case, schema):
        command.add_argument(
            "--project", type=Path, default=argparse.SUPPRESS, metavar="MAP", help=project_help
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the exit code (0 = in orde, 1 = problemen, 2 = verkeerd gebruik)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    try:
        args = _parser().parse_args(argv)
        root = _project_root(args.project)
        if args.command == "check":
            return check(root, build=args.bouw)
        if args.command == "new-case":
            return new_case(root, args.instelling, args.studiejaar, args.titel, args.slug)
        return schema(root, check_only=args.controleer)
    except UserError as error:
        print(f"netwerkleren: {error}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        print("netwerkleren: afgebroken.", file=sys.stderr)
        return 130
    except Exception as error:  # a bug in this program, never in the contributor's data
        print(
            "netwerkleren: er ging iets mis in het programma zelf, niet in je gegevens "
            f"({type(error).__name__}: {error}). Meld dit alsjeblieft als issue.",
            file=sys.stderr,
        )
        return INTERNAL


def _project_root(given: Path | None) -> Path:
    if given is not None:
        if not (given / DATA_DIR).is_dir():
            raise UserError(f"in '{given}' staat geen map {DATA_DIR}/: geef de map van het handboek op")
        return given.resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / DATA_DIR).is_dir() and (folder / "mkdocs.yml").is_file():
            return folder
    if (here / DATA_DIR).is_dir():
        return here
    raise UserError(f"geen map {DATA_DIR}/ gevonden: start de opdracht in de map van het handboek")


# --- check --------------------------------------------------------------------------------------


def check(root: Path, *, build: bool = False) -> int:
    """Report every problem in ``root/data``; 0 when there are none. With ``build``, then build the site quietly."""
    try:
        handbook = build_handbook(root / DATA_DIR, root=root)
    except DataError as error:
        error.annotate_for_github()
        print(error.report(), file=sys.stderr)
        print("Uitleg bij de velden: data/cases/_template.yaml en CONTRIBUTING.md.", file=sys.stderr)
        return PROBLEMS
    print(f"In orde: {_summary(handbook)}.")
    return build_quietly(root) if build else OK


ENGINE_NOTICES_OFF = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
"""Hide Material's and MkDocs' end-of-life notices: a contributor can do nothing about them (see MAINTAINERS.md)."""
BUILD_SECONDS = 900


def build_quietly(root: Path) -> int:
    """``mkdocs build --strict`` into a temporary folder; print one Dutch line, or what went wrong."""
    if not (root / "mkdocs.yml").is_file():
        raise UserError(f"in '{root}' staat geen mkdocs.yml: de site kan hier niet worden gebouwd")
    with tempfile.TemporaryDirectory(prefix="netwerkleren-bouw-") as folder:
        try:
            result = subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", folder],
                cwd=root,
                env={**os.environ, **ENGINE_NOTICES_OFF},
                capture_output=True,
                text=True,
                errors="replace",
                timeout=BUILD_SECONDS,
            )
        except subprocess.TimeoutExpired:
            print(
                f"De site bouwen duurde langer dan {BUILD_SECONDS // 60} minuten en is gestopt.",
                file=sys.stderr,
            )
            return PROBLEMS
        pages = sum(1 for _ in Path(folder).rglob("index.html"))
    if result.returncode == 0:
        print(f"De site bouwt zonder problemen ({pages} pagina's). Bekijk hem met: make serve")
        return OK
    print("De site kon niet worden gebouwd. Wat de bouw meldde:", file=sys.stderr)
    shown = [line for line in (result.stdout + result.stderr).splitlines() if _worth_showing(line)]
    for line in shown[:40] or ["(geen melding; voer 'make build' uit voor alle uitvoer)"]:
        print(f"  {excerpt(line, 300)}", file=sys.stderr)
    return PROBLEMS


def _worth_showing(line: str) -> bool:
    """A line of a failed build that says what failed (not progress, not an engine notice)."""
    text = line.strip()
    if not text or text.startswith(("INFO", "DEBUG")):
        return False
    return not any(
        notice in text for notice in ("MkDocs 2.0", "Material for MkDocs", "end of life", "│", "╭", "╰")
    )


def _summary(handbook: Handbook) -> str:
    def count(number: int, one: str, more: str) -> str:
        return f"{number} {one if number == 1 else more}"

    return ", ".join(
        (
            count(len(handbook.cases), "casus", "casussen"),
            count(len(handbook.interventions), "interventie", "interventies"),
            count(len(handbook.principles), "ontwerpprincipe", "ontwerpprincipes"),
            count(len(handbook.conditions), "motivatievoorwaarde", "motivatievoorwaarden"),
            count(len(handbook.sources), "bron", "bronnen"),
        )
    )


# --- new-case -----------------------------------------------------------------------------------


def slugify(text: str) -> str:
    """A valid case id from free text: 'Pabo Hogeschool Zuid, 2024-2025' -> 'pabo-hogeschool-zuid-2024-2025'."""
    return slug_of(text)[:MAX_LENGTH].rstrip("-")


def case_id(institution: str | None, title: str | None, year: str | None) -> str:
    """The id of a new case: institution, title and school year, as far as given, in at most 80 characters.

    Two pabo's that give their case the same title still get different ids; the year is never cut off.
    """
    tail = slugify(year) if year else ""
    head = "-".join(part for part in (slugify(institution or ""), slugify(title or "")) if part)
    room = MAX_LENGTH - (len(tail) + 1 if tail else 0)
    head = head[:room].rstrip("-")
    return "-".join(part for part in (head, tail) if part)


_BANNER = re.compile(
    r"^# SJABLOON VOOR EEN NIEUWE CASUS\n# =+\n(?:#[^\n]*\n)*?(?=# Vervang elke 'VUL IN')", re.MULTILINE
)
"""The template's opening paragraphs about itself ('Dit bestand is het sjabloon...'): not for the new file."""


def _without_banner(text: str, slug: str) -> str:
    return _BANNER.sub(lambda _: f"# NIEUWE CASUS: {slug}\n# {'=' * 69}\n", text, count=1)


def new_case(
    root: Path, institution: str | None, year: str | None, title: str | None, slug: str | None
) -> int:
    """Write ``data/cases/<slug>.yaml`` from the template; never overwrite."""
    if year is not None:
        if not SCHOOL_YEAR.match(year.strip()):
            raise UserError(f"'{excerpt(year)}' is geen studiejaar: schrijf het als 2024-2025")
        try:
            check_school_year(year.strip())
        except ValueError as error:
            raise UserError(str(error)) from None
    if slug is None:
        source = title or (f"{institution} {year}" if institution and year else None)
        if source:
            slug = case_id(institution, title, year.strip() if year else None)
            if not slug:
                raise UserError(
                    f"uit '{source}' is geen id te maken: geef er zelf een met --id, bijvoorbeeld --id hogeschool-x-2024-2025"
                )
        else:
            raise UserError(
                "geef --instelling en --studiejaar (of --titel, of --id), bijvoorbeeld:\n"
                '  netwerkleren new-case --instelling "Hogeschool X" --studiejaar 2024-2025'
            )
    _check_new_slug(slug)
    cases = root / DATA_DIR / CASES_DIR
    template = cases / TEMPLATE
    if not template.is_file():
        raise UserError(f"het sjabloon {display_path(template, root)} ontbreekt")
    for existing in cases.iterdir() if cases.is_dir() else ():
        if existing.stem.lower() == slug and existing.suffix.lower() in {".yaml", ".yml"}:
            raise UserError(
                f"{display_path(existing, root)} bestaat al; dat bestand wordt niet overschreven. "
                "Kies een andere titel, of geef zelf een id met --id"
            )
    text = _without_banner(template.read_text(encoding="utf-8"), slug)
    text = _fill(text, "titel", title)
    text = _fill(text, "instelling", institution)
    text = _fill(text, "studiejaar", year.strip() if year else None)
    target = cases / f"{slug}.yaml"
    try:
        with target.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise UserError(
            f"{display_path(target, root)} bestaat al; dat bestand wordt niet overschreven"
        ) from None
    shown = display_path(target, root)
    print(f"Nieuwe casus aangemaakt: {shown}")
    print("Volgende stappen:")
    print(f"  1. Open {shown} en vervang elke 'VUL IN' en elke id 'vul-in' (de uitleg staat erboven).")
    print("  2. Controleer het bestand en bouw de site: make controleer   (of: netwerkleren check --bouw)")
    print(f"  3. Bekijk het resultaat: make serve, en open http://127.0.0.1:8000/casussen/{slug}/")
    return OK


def _check_new_slug(slug: str) -> None:
    if not re.match(SLUG_PATTERN, slug) or not MIN_LENGTH <= len(slug) <= MAX_LENGTH:
        raise UserError(
            f"'{slug}' is geen geldige id: gebruik {MIN_LENGTH} tot {MAX_LENGTH} kleine letters, cijfers "
            "en losse streepjes, bijvoorbeeld hogeschool-x-2024-2025"
        )
    if slug in RESERVED_SLUGS:
        raise UserError(f"'{slug}' is al het adres van een pagina van het handboek: kies een andere id")


def _fill(text: str, field: str, value: str | None) -> str:
    """Put ``value`` in the template's top-level ``field`` as a double-quoted YAML string."""
    if not value:
        return text
    quoted = json.dumps(value.strip(), ensure_ascii=False)  # a JSON string is a valid YAML string
    return re.sub(rf"^{field}: .*$", lambda _: f"{field}: {quoted}", text, count=1, flags=re.MULTILINE)


# --- schema -------------------------------------------------------------------------------------


def schema(root: Path, *, check_only: bool) -> int:
    """Write the JSON Schemas to ``data/schema/``, or only check that they are current."""
    directory = root / DATA_DIR / SCHEMA_SUBDIR
    if check_only:
        stale = stale_schemas(directory)
        for name in stale:
            print(
                f"{display_path(schema_file(directory, name), root)}:1:1: past niet meer bij de modellen; "
                "voer 'netwerkleren schema' uit",
                file=sys.stderr,
            )
        if not stale:
            print(f"In orde: {len(SCHEMAS)} schema's passen bij de modellen.")
        return PROBLEMS if stale else OK
    written = write_schemas(directory)
    for path in written:
        print(f"Geschreven: {display_path(path, root)}")
    if not written:
        print(f"Niets veranderd: {len(SCHEMAS)} schema's waren al bij.")
    return OK


if __name__ == "__main__":
    sys.exit(main())
