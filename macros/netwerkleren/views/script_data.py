"""Data handed to a page's script as a generated JavaScript file (loads from file:// too)."""

from __future__ import annotations

import json
from typing import Any


def script_json(value: Any) -> str:
    """JSON that is safe inside a script: no raw line or paragraph separators, no '</'.

    JSON allows U+2028 and U+2029 in strings, JavaScript before ES2019 ends a line there; '</' could end
    an inline script element.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")


def assign_script(name: str, value: Any) -> str:
    """A script that sets ``window.netwerkleren.<name>`` to ``value``."""
    return f"window.netwerkleren = window.netwerkleren || {{}};\nwindow.netwerkleren.{name} = {script_json(value)};\n"
