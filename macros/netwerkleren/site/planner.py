"""The werkplaatsplan's generated data file, for the ``on_files`` hook."""

from __future__ import annotations

from netwerkleren.model.handbook import Handbook
from netwerkleren.site import routes
from netwerkleren.views.planner import planner_script


def planner_data_file(handbook: Handbook, directory_urls: bool) -> tuple[str, str]:
    """Source path and content of the script that gives the planner its data (loads from file:// too)."""
    return routes.PLANNER_DATA, planner_script(handbook, directory_urls)
