"""Write tests/bronartikel.fingerprint.json, the fingerprint of the source article (no text of it).

Run where the article is (``../shared/seed/ontwerpprincipes-tlg.txt`` or ``NETWERKLEREN_BRONARTIKEL``), after a
change to a text the repository quotes from the article:

    .venv/bin/python scripts/bronartikel_fingerprint.py            # keeps the committed salt
    .venv/bin/python scripts/bronartikel_fingerprint.py --check    # exit 1 when the committed one is stale
    .venv/bin/python scripts/bronartikel_fingerprint.py --nieuw-zout

What the fingerprint holds and why it cannot give the article back: see tests/source_text.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "macros")]

import source_text  # noqa: E402  (tests/source_text.py)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="alleen controleren of de vingerafdruk klopt")
    parser.add_argument("--nieuw-zout", action="store_true", help="een nieuw zout kiezen")
    args = parser.parse_args(argv)

    article = source_text.article_path()
    if not article.is_file():
        print(f"Bronartikel niet gevonden op {article}: zet NETWERKLEREN_BRONARTIKEL.", file=sys.stderr)
        return 2
    committed = (
        json.loads(source_text.FINGERPRINT.read_text(encoding="utf-8"))
        if source_text.FINGERPRINT.is_file()
        else None
    )
    salt = (
        source_text.new_salt() if args.nieuw_zout or committed is None else bytes.fromhex(committed["zout"])
    )
    fresh = source_text.fresh_fingerprint(article.read_text(encoding="utf-8"), salt)
    where = source_text.FINGERPRINT.relative_to(ROOT)
    if args.check:
        if fresh != committed:
            print(f"{where} is verouderd: draai python scripts/bronartikel_fingerprint.py", file=sys.stderr)
            return 1
        print(f"{where} klopt ({fresh['gedekt']} van {fresh['tokens']} posities gedekt).")
        return 0
    source_text.write_fingerprint(fresh)
    print(
        f"{where}: {fresh['tokens']} posities, {fresh['gedekt']} met een hash (passages die de repository citeert)."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
