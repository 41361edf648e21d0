"""While serving (``make serve``), bad data becomes a page in the browser instead of a stuck reload.

``mkdocs build`` (and so CI and ``make build``) still stops on bad data. ``mkdocs
serve`` shows the same Dutch problems in the terminal and builds a site of one
page that lists them; the next save that fixes the data rebuilds the handbook
and the browser reloads by itself.
"""

from __future__ import annotations

import html
import sys

from netwerkleren.load.problems import DataError

PAGE = "index.md"


def problems_markdown(error: DataError) -> str:
    """The page: a Dutch heading, what to do, and the problems (escaped, never evaluated as a macro)."""
    items = []
    for problem in error.shown:
        line = problem.format()
        where, _, what = line.partition(": ") if not problem.more else ("", "", line)
        where_html = f"<code>{html.escape(where)}</code> " if where else ""
        items.append(f"<li>{where_html}{html.escape(what)}</li>")
    summary = error.report().splitlines()[len(error.shown) :]
    return (
        "---\n"
        "render_macros: false\n"
        "search:\n"
        "  exclude: true\n"
        "hide:\n"
        "  - navigation\n"
        "  - toc\n"
        "---\n\n"
        "# De gegevens in data/ zijn niet in orde\n\n"
        "Het handboek kan pas worden gebouwd als deze problemen zijn opgelost. Elk probleem noemt het bestand, "
        "de regel en de kolom, en wat er mis is. Sla het bestand op na een verbetering: deze pagina ververst "
        "dan vanzelf.\n\n"
        f'<ol class="nl-problems">\n{"".join(items)}\n</ol>\n\n'
        + "".join(f"<p>{html.escape(line)}</p>\n" for line in summary)
        + "\nUitleg bij de velden staat in `data/cases/_template.yaml` en in `CONTRIBUTING.md`.\n"
    )


def tell_the_terminal(error: DataError, url: str) -> None:
    """The problems in the terminal of ``make serve``, clearly set apart (printed, so strict mode counts nothing)."""
    rule = "=" * 72
    print(
        f"\n{rule}\nDe gegevens in data/ zijn niet in orde: het handboek kan niet worden gebouwd.\n"
        f"De browser ({url}) toont deze problemen ook; na het opslaan van een verbetering bouwt de site opnieuw.\n"
        f"{rule}\n{error.report()}\n{rule}\n",
        file=sys.stderr,
        flush=True,
    )
