"""List newer versions of the packages pinned (``==``) in pyproject.toml; changes nothing.

make outdated
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*==\s*([^\s;,]+)")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        requirements.extend(extra)
    found = {}
    for requirement in requirements:
        match = PIN.match(requirement)
        if match:
            found[normalise(match.group(1))] = match.group(2)
    return found


def main() -> int:
    pinned = pins()
    result = subprocess.run(
        [sys.executable, "-m", "pip", "list", "--outdated", "--format=json", "--disable-pip-version-check"],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        print(
            f"outdated: pip list --outdated failed: {result.stderr.strip().splitlines()[-1:]}",
            file=sys.stderr,
        )
        return 1
    newer = {normalise(row["name"]): row["latest_version"] for row in json.loads(result.stdout)}
    rows = [(name, pinned[name], newer[name]) for name in sorted(pinned) if name in newer]
    if not rows:
        print(f"All {len(pinned)} pinned packages are at their newest version.")
        return 0
    width = max(len(name) for name, _, _ in rows)
    print(f"{'package':<{width}}  pinned      newest")
    for name, pin, latest in rows:
        print(f"{name:<{width}}  {pin:<10}  {latest}")
    print(
        f"{len(rows)} of {len(pinned)} pins have a newer version; change them in pyproject.toml and run make test."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
