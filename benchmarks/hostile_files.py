"""Hostile data files: how long does the check take to judge each one?

    .venv/bin/python benchmarks/hostile_files.py            # every class, the check only
    .venv/bin/python benchmarks/hostile_files.py --build    # also a full `mkdocs build` per class
    .venv/bin/python benchmarks/hostile_files.py --only control-chars

Each class is one file just under the 1 MB limit, put in ``data/cases/`` of a
temporary copy of the project; ``netwerkleren check`` (and with ``--build``
``mkdocs build --strict``) runs on it in a fresh process. The script prints the
wall time and the CPU time (on a busy machine the CPU time is the fair measure), the exit code, the size of the output and its longest line, and
whether any printed line starts with ``::``. Exit status 1 when a class takes
longer than the target (2 s) or breaks a rule of the output.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 1_000_000
TARGET_SECONDS = 2.0
TIMEOUT = int(os.environ.get("HOSTILE_TIMEOUT", "120"))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tests.conftest import ENGINE_NOTICES_OFF, copy_project  # noqa: E402

VALID = (ROOT / "tests" / "fixtures" / "valid" / "pabo-voorbeeldstad-2024-2025.yaml").read_text(
    encoding="utf-8"
)


def _fill(head: str, unit: str, tail: str = "") -> str:
    """``head`` + ``unit`` repeated to just under the size limit + ``tail``."""
    room = LIMIT - 2_000 - len(head.encode()) - len(tail.encode())
    return head + unit * (room // len(unit.encode())) + tail


def _quote_spaces() -> str:
    return _fill(VALID + 'titel2: "begin', " ", "x\n")


def _control_chars() -> str:
    return _fill("titel: ", "\x01", "\n")


def _sexagesimal() -> str:
    return _fill("titel: 1", ":0", "\n")


def _long_hex() -> str:
    return VALID.replace('studiejaar: "2024-2025"', "studiejaar: 0x" + "f" * 4_500)


def _long_sexagesimal() -> str:
    return VALID.replace('studiejaar: "2024-2025"', "studiejaar: 1" + ":0" * 2_300)


def _in_conclusions(unit: str) -> str:
    head, tail = VALID.split("conclusies:\n", 1)
    return _fill(head + "conclusies:\n", unit, tail)


def _wrong_items() -> str:
    return _in_conclusions("  - 1\n")


def _unknown_fields() -> str:
    lines, size, i = [], 0, 0
    while size < LIMIT - 2_000:
        line = f"samenvating{i}: x\n"
        lines.append(line)
        size, i = size + len(line), i + 1
    return "".join(lines)


def _duplicate_keys() -> str:
    return _fill("", "titel: x\n")


def _tabs() -> str:
    return _fill("conclusies:\n", "\t- x\n")


def _invisible() -> str:
    return _fill("titel: x", "\u200b", "\n")


def _nbsp_indent() -> str:
    return _fill("interventies:\n", "\u00a0 - x\n")


def _curly_quotes() -> str:
    return _in_conclusions("  - \u201cx\u201d\n")


def _trailing_comments() -> str:
    return _in_conclusions("  - a #b\n")


def _unknown_links() -> str:
    link = "      - id: bepaal-gezamelijke-doelen\n        herkomst: bron\n"
    head, tail = VALID.split("    principes:\n", 1)
    return _fill(head + "    principes:\n", link, tail)


def _long_line() -> str:
    return _fill("titel: ", "a b ", "\n")


def _deep_flow() -> str:
    return _fill("titel: ", "[", "\n")


def _markdown_text() -> str:
    """One block text full of almost-Markdown: '[a](' without ')', '**' without a close, '|' rows."""
    unit = "[a](b **c |"
    room = LIMIT - 2_000 - len(VALID.encode()) - 3
    return VALID.replace("context: |\n", "context: |\n  " + unit * (room // len(unit)) + "\n", 1)


def _escaped_quotes_then_error() -> str:
    """A quoted value of escaped quotes, then a mistake the diagnosis must find by reading back."""
    return _fill('titel: "', '\\"', '" x"\ninstelling: x\n')


def _curly_file_then_error() -> str:
    """A whole file autocorrected to curly quotes, with the parser's error at its very end."""
    return _fill("", "titel: \u201cx\u201d\n", "samenvatting: \u201cDoel: iets\u201d\n")


def _syntax_many_lines() -> str:
    return _fill("", '- "x\n', "")


CLASSES: dict[str, Callable[[], str]] = {
    "quote-spaces": _quote_spaces,
    "control-chars": _control_chars,
    "sexagesimal-1mb": _sexagesimal,
    "long-hex-int": _long_hex,
    "long-sexagesimal-int": _long_sexagesimal,
    "wrong-list-items": _wrong_items,
    "unknown-fields": _unknown_fields,
    "duplicate-keys": _duplicate_keys,
    "tab-indents": _tabs,
    "invisible-chars": _invisible,
    "nbsp-indents": _nbsp_indent,
    "curly-quotes": _curly_quotes,
    "trailing-comments": _trailing_comments,
    "unknown-link-ids": _unknown_links,
    "markdown-text": _markdown_text,
    "escaped-quotes-then-error": _escaped_quotes_then_error,
    "curly-file-then-error": _curly_file_then_error,
    "long-line": _long_line,
    "deep-flow": _deep_flow,
    "unclosed-quotes": _syntax_many_lines,
}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(command: list[str], cwd: Path) -> tuple[float, float, int | None, str]:
    """Wall time, CPU time (this process's children: stable on a busy machine), exit code, output."""
    env = {**os.environ, **ENGINE_NOTICES_OFF}
    env.pop("GITHUB_ACTIONS", None)
    start, cpu = time.perf_counter(), _cpu()
    try:
        result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, _cpu() - cpu, None, ""
    return time.perf_counter() - start, _cpu() - cpu, result.returncode, result.stdout + result.stderr


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--build", action="store_true", help="also time `mkdocs build --strict`")
    parser.add_argument("--only", action="append", choices=sorted(CLASSES), help="run only this class")
    args = parser.parse_args()
    bin_dir = Path(sys.executable).parent
    check = [str(bin_dir / "netwerkleren"), "check"]
    build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"]
    failed = False
    print(
        f"{'class':<22} {'size':>9} {'check s':>8} {'cpu s':>6} {'exit':>4} {'output':>8} {'longest':>8}  build s"
    )
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        for name in args.only or CLASSES:
            text = CLASSES[name]()
            size = len(text.encode())
            assert size <= LIMIT, (name, size)
            path = project / "data" / "cases" / f"vijandig-{name}.yaml"
            path.write_text(text, encoding="utf-8", newline="")
            seconds, cpu, code, output = _run(check, project)
            lines = output.splitlines()
            longest = max((len(line) for line in lines), default=0)
            bad_lines = [line for line in lines if line.startswith("::")]
            build_time = ""
            if args.build:
                build_seconds, build_cpu, build_code, build_output = _run(build, project)
                build_time = f"{build_seconds:7.2f} (cpu {build_cpu:.2f})" + (
                    "" if build_code else " (exit 0!)"
                )
                bad_lines += [line for line in build_output.splitlines() if line.startswith("::")]
                failed |= build_code in (None, 0) or build_cpu > TARGET_SECONDS + 6
            code_text = "time" if code is None else str(code)
            print(
                f"{name:<22} {size:>9,} {seconds:8.2f} {cpu:6.2f} {code_text:>4} {len(output):>8,} {longest:>8,}  "
                f"{build_time}" + ("  LINES START WITH '::'" if bad_lines else "")
            )
            failed |= code != 1 or cpu > TARGET_SECONDS or bool(bad_lines) or "Traceback" in output
            path.unlink()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
