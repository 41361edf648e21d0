"""Synthetic but valid cases for the build benchmark, and copies of the real case.

``make_project(target, n)`` copies the project (with ``copy_project`` from the
test fixtures) and adds ``n`` case files to ``data/cases``. Every case is
plainly marked as synthetic ("Synthetische casus 17") and has about five
interventions, each linked to real characteristic, principle and condition
ids taken from the project's own data, so the handbook check accepts them.

``make_real_size_project(target, n)`` adds ``n`` copies of the real case
instead (13 interventions, all its text), each under its own id and with
"(kopie 17)" in its title: cases of real size, for the search index.
Nothing here is content: these files only ever live in a temporary folder.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from netwerkleren.load.build import build_handbook  # noqa: E402
from tests.conftest import copy_project  # noqa: E402

INTERVENTIONS_PER_CASE = 5
REAL_CASE = "iselinge-2021-2022"
NOT_TEXT = frozenset({"id", "herkomst", "bronnen", "bevestigd"})
"""Keys of a case file whose values are ids or flags, not text a reader reads."""
PHASES = ("start", "tijdens", "einde")
ROLES = ("student", "lerarenopleider", "projectleider", "werkveld", "alle-deelnemers")
FILLER = (
    "Dit is synthetische tekst voor de bouwbenchmark en geen inhoud van het handboek. "
    "Ze heeft ongeveer de lengte van een echte beschrijving, zodat pagina's en zoekindex "
    "even groot worden als bij echte casussen."
)


@dataclass(frozen=True)
class Ids:
    """The real ids a synthetic intervention may link to."""

    principles_by_characteristic: list[tuple[str, list[str]]]
    conditions: list[str]


def real_ids(project: Path) -> Ids:
    """Characteristic, principle and condition ids from ``project``'s data."""
    book = build_handbook(project / "data", root=project)
    return Ids(
        principles_by_characteristic=[
            (c.id, [p.id for p in c.ontwerpprincipes]) for c in book.characteristics
        ],
        conditions=[c.id for c in book.conditions],
    )


def _link(link_id: str, number: int) -> dict[str, str]:
    return {
        "id": link_id,
        "herkomst": "redactie",
        "toelichting": f"Synthetische koppeling {number} voor de bouwbenchmark.",
    }


def intervention(ids: Ids, case: int, number: int) -> dict[str, object]:
    """Intervention ``number`` of synthetic case ``case``: links rotate through every real id."""
    seq = case * INTERVENTIONS_PER_CASE + number
    characteristic, principles = ids.principles_by_characteristic[seq % len(ids.principles_by_characteristic)]
    chosen_principles = list(dict.fromkeys(principles[(seq + k) % len(principles)] for k in range(2)))
    chosen_conditions = list(dict.fromkeys(ids.conditions[(seq + k) % len(ids.conditions)] for k in range(2)))
    return {
        "id": f"synthetische-interventie-{number}",
        "titel": f"Synthetische interventie {number} van casus {case}",
        "wat": f"Synthetische interventie {number} van synthetische casus {case}. {FILLER}\n\n{FILLER}\n",
        "stappen": [f"Synthetische stap {step} van interventie {number}." for step in (1, 2)],
        "karakteristiek": _link(characteristic, seq),
        "principes": [_link(p, seq) for p in chosen_principles],
        "voorwaarden": [_link(c, seq) for c in chosen_conditions],
        "fasen": [PHASES[seq % len(PHASES)]],
        "rollen": [ROLES[seq % len(ROLES)]],
        "trefwoorden": ["synthetisch", f"benchmark {case}"],
    }


def case(ids: Ids, number: int) -> dict[str, object]:
    """Synthetic case ``number`` as the YAML data of one case file."""
    return {
        "titel": f"Synthetische casus {number}",
        "instelling": f"Synthetische hogeschool {number}",
        "studiejaar": "2023-2024",
        "samenvatting": f"Synthetische casus {number} voor de bouwbenchmark. {FILLER}\n",
        "context": f"{FILLER}\n\n{FILLER}\n\n{FILLER}\n",
        "monitoring": f"{FILLER}\n",
        "conclusies": [f"Synthetische conclusie {k} van casus {number}." for k in (1, 2)],
        "eigen_bronnen": [
            {
                "id": f"synthetische-bron-{number}",
                "verwijzing": f"Synthetische bron {number} voor de bouwbenchmark (geen echte bron).",
                "in_tekst": f"Synthetische bron {number}",
                "bevestigd": False,
            }
        ],
        "interventies": [intervention(ids, number, k) for k in range(1, INTERVENTIONS_PER_CASE + 1)],
    }


class _CaseDumper(yaml.SafeDumper):
    """Writes a text over several lines as a block ('|'), as a contributor does (the check refuses a quoted text
    whose blank lines YAML would fold into one paragraph)."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_CaseDumper.add_representer(str, _text)


def dump_case(data: dict[str, object]) -> str:
    """A case as YAML text the way a contributor writes it."""
    return yaml.dump(data, Dumper=_CaseDumper, allow_unicode=True, sort_keys=False, width=100)


def case_file_name(number: int) -> str:
    return f"synthetische-casus-{number:04d}.yaml"


def add_cases(project: Path, n: int) -> None:
    """Write ``n`` synthetic case files into ``project/data/cases``."""
    ids = real_ids(project)
    folder = project / "data" / "cases"
    for number in range(1, n + 1):
        text = dump_case(case(ids, number))
        (folder / case_file_name(number)).write_text(text, encoding="utf-8")


def make_project(target: Path, n: int) -> Path:
    """A copy of the project in ``target`` with ``n`` synthetic cases added."""
    target.mkdir(parents=True, exist_ok=True)
    copy_project(target)
    add_cases(target, n)
    return target


def real_copy_name(number: int) -> str:
    return f"echte-omvang-{number:04d}.yaml"


def real_case_data(project: Path) -> dict[str, object]:
    return yaml.safe_load((project / "data" / "cases" / f"{REAL_CASE}.yaml").read_text(encoding="utf-8"))


def add_real_copies(project: Path, n: int) -> None:
    """Write ``n`` copies of the real case into ``project/data/cases``, each with its own id and title."""
    data = real_case_data(project)
    folder = project / "data" / "cases"
    for number in range(1, n + 1):
        copy = {**data, "titel": f"{data['titel']} (kopie {number})"}
        text = dump_case(copy)
        (folder / real_copy_name(number)).write_text(text, encoding="utf-8")


def make_real_size_project(target: Path, n: int) -> Path:
    """A copy of the project in ``target`` with ``n`` copies of the real case added."""
    target.mkdir(parents=True, exist_ok=True)
    copy_project(target)
    add_real_copies(target, n)
    return target


def own_text_chars(value: object, key: str = "") -> int:
    """Characters of text a reader reads in a case's data: every string except ids and flags."""
    if key in NOT_TEXT:
        return 0
    if isinstance(value, str):
        return len(" ".join(value.split()))
    if isinstance(value, dict):
        return sum(own_text_chars(item, str(name)) for name, item in value.items())
    if isinstance(value, list):
        return sum(own_text_chars(item, key) for item in value)
    return 0
