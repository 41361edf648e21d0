"""Try the newest installable Zensical on the handbook and report what breaks; never fails.

    make canary

Installs Zensical (newest version first) and the project into .venv-canary,
then builds twice in build/canary/:

1. straight from mkdocs.yml, as a site owner would try first (Zensical runs
   mkdocs-macros' define_env through a shim but ignores ``hooks:``);
2. over the plain Markdown that ``netwerkleren.site.plain`` writes (the route
   in MAINTAINERS.md), compared page by page with MkDocs over the same folder.

Exit status is always 0: this is a report, not a gate.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-canary"
WORK = ROOT / "build" / "canary"
MAIN_PYTHON = ROOT / ".venv" / "bin" / "python"
SITE = "site-zensical"
TRIES = 3
"""Newest versions tried one by one before leaving the choice to pip."""

sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import site_diff  # noqa: E402

from tests.conftest import ENGINE_NOTICES_OFF, copy_project  # noqa: E402


def say(message: str) -> None:
    print(f"canary: {message}", flush=True)


def run(command: list[str | Path], cwd: Path = ROOT, timeout: int = 900) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [str(part) for part in command],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, **ENGINE_NOTICES_OFF},
        )
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(command, 124, "", f"timed out after {timeout} s")


def reason(result: subprocess.CompletedProcess[str]) -> str:
    lines = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and "is ignored" not in line
    ]
    errors = [line for line in lines if re.search(r"error|Error|ERROR|failed|Abort", line)]
    return (errors or lines or ["(no output)"])[-1].strip()


def install() -> str | None:
    """Install the newest Zensical that installs; return its version."""
    pip = VENV / "bin" / "pip"
    if not pip.exists():
        say(f"creating {VENV.name}")
        result = run([sys.executable, "-m", "venv", VENV])
        if result.returncode:
            say(f"could not create the venv: {reason(result)}")
            return None
    listing = run([pip, "index", "versions", "zensical", "--disable-pip-version-check"], timeout=120)
    match = re.search(r"Available versions: (.+)", listing.stdout)
    versions = match.group(1).split(", ") if match else []
    say(f"newest Zensical on the index: {versions[0] if versions else 'unknown'}")
    chosen: list[str] = []
    for version in versions[:TRIES]:
        result = run([pip, "install", "-q", "--disable-pip-version-check", f"zensical=={version}"])
        if result.returncode == 0:
            chosen.append(version)
            break
        say(f"zensical {version} does not install: {reason(result)}")
    if not chosen:
        result = run([pip, "install", "-q", "--upgrade", "--disable-pip-version-check", "zensical"])
        if result.returncode:
            say(f"no Zensical installs: {reason(result)}")
            return None
    result = run([pip, "install", "-q", "--disable-pip-version-check", "-e", ROOT])
    if result.returncode:
        say(f"the project does not install beside Zensical: {reason(result)}")
    shown = run([VENV / "bin" / "zensical", "--version"])
    return shown.stdout.strip().split()[-1] if shown.returncode == 0 else None


def with_site_dir(config: Path) -> Path:
    """A copy of ``config`` that puts the output inside the project, as Zensical requires."""
    target = config.with_name("zensical.yml")
    target.write_text(f"site_dir: {SITE}\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def build(project: Path, config: Path) -> subprocess.CompletedProcess[str]:
    return run([VENV / "bin" / "zensical", "build", "-f", with_site_dir(config)], cwd=project)


def report_build(label: str, result: subprocess.CompletedProcess[str], site: Path, reference: Path) -> None:
    if result.returncode != 0:
        say(f"{label}: FAILS (exit {result.returncode}): {reason(result)}")
        return
    warnings = [line for line in (result.stdout + result.stderr).splitlines() if "warn" in line.lower()]
    comparison = site_diff.compare(reference, site, inside="article")
    say(
        f"{label}: builds; {len(site_diff.pages(site))} pages against {len(site_diff.pages(reference))} from MkDocs"
    )
    say(f"  text inside <article> compared with MkDocs: {comparison.summary()}")
    for name in comparison.only_first[:8]:
        say(f"  missing: {name}")
    for name in comparison.different_text[:5]:
        say(f"  different text: {name}")
    if comparison.different_text:
        name = comparison.different_text[0]
        ours = site_diff.visible_text((reference / name).read_text(encoding="utf-8"), "article")
        theirs = site_diff.visible_text((site / name).read_text(encoding="utf-8"), "article")
        at = next(
            (i for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b),
            min(len(ours), len(theirs)),
        )
        say(f"  first difference in {name}:")
        say(f"    MkDocs:   ...{ours[max(0, at - 40) : at + 60]}...")
        say(f"    Zensical: ...{theirs[max(0, at - 40) : at + 60]}...")
    for line in warnings[:5]:
        say(f"  {line.strip()}")


def main() -> int:
    if not MAIN_PYTHON.exists():
        say("run make .venv/.installed first")
        return 0
    version = install()
    if version is None:
        say("nothing to try")
        return 0
    say(f"trying Zensical {version}")
    if WORK.exists():
        shutil.rmtree(WORK)
    project = WORK / "project"
    project.mkdir(parents=True)
    copy_project(project)

    plain = WORK / "plain"
    generated = run([MAIN_PYTHON, "-m", "netwerkleren.site.plain", "--root", project, "--out", plain])
    if generated.returncode:
        say(f"generating plain Markdown fails: {reason(generated)}")
        return 0
    reference = WORK / "mkdocs-site"
    mkdocs = run(
        [MAIN_PYTHON, "-m", "mkdocs", "build", "-q", "-f", plain / "mkdocs.yml", "-d", reference], cwd=plain
    )
    if mkdocs.returncode:
        say(f"MkDocs over plain Markdown fails: {reason(mkdocs)}")
        return 0

    direct = build(project, project / "mkdocs.yml")
    report_build("1. zensical build -f mkdocs.yml (hooks ignored)", direct, project / SITE, reference)
    routed = build(plain, plain / "mkdocs.yml")
    report_build("2. zensical build over plain Markdown", routed, plain / SITE, reference)
    say(f"output kept in {WORK.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # a report, never a gate
        say(f"canary stopped: {type(error).__name__}: {error}")
    sys.exit(0)
