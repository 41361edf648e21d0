"""MkDocs hooks: thin glue between the handbook model and MkDocs.

- on_config: load and check the data (stop the build with Dutch, line-numbered
  problems if anything is wrong) and build the navigation from it;
- on_files: add a generated page per characteristic, principle and case;
- on_page_context: the scripts and page-specific stylesheets each page loads;
- on_post_build: index the online handbook with Pagefind (see netwerkleren.site.search_index).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from netwerkleren.load.problems import DataError
from netwerkleren.model.handbook import Handbook
from netwerkleren.site import problems_page, state
from netwerkleren.site.config import DATA_DIR, project_root
from netwerkleren.site.edition import EditionError, published_extra, read_edition
from netwerkleren.site.generated import data_files, generated_pages
from netwerkleren.site.html_stash import restore
from netwerkleren.site.inert_titles import inert_titles
from netwerkleren.site.navigation import expand_nav
from netwerkleren.site.page_assets import material_bundle, page_assets, shared_styles
from netwerkleren.site.problems_page import tell_the_terminal
from netwerkleren.site.search_index import SearchIndexError, index_site, pagefind_wanted
from netwerkleren.site.search_tuning import tune_search
from netwerkleren.site.state import begin_build, get_handbook


def _handbook(config: MkDocsConfig) -> Handbook:
    try:
        return get_handbook(project_root(config.config_file_path) / DATA_DIR)
    except DataError as error:
        error.annotate_for_github()
        raise Abort(error.report()) from None


def on_startup(command: str, dirty: bool) -> None:
    """Under ``mkdocs serve`` bad data becomes a page; ``mkdocs build`` keeps stopping on it."""
    state.serving = command == "serve"


def _publish_edition(config: MkDocsConfig) -> None:
    """Version and date from CITATION.cff for footer and print; no polyfill from a CDN."""
    try:
        edition = read_edition(project_root(config.config_file_path))
    except EditionError as error:
        raise Abort(str(error)) from None
    config.extra.update(published_extra(edition, dict(config.extra)))


_bundle = ""
"""Material's bundle, as its base.html names it; found once per build (see netwerkleren.site.page_assets)."""
_page_only_css: list[str] = []


def _split_assets(config: MkDocsConfig) -> None:
    global _bundle, _page_only_css
    config.extra_css, _page_only_css = shared_styles(config.extra_css)
    bundle = material_bundle(config.theme.dirs)
    if bundle is None:
        raise Abort("Material's base.html names no assets/javascripts/bundle.*.min.js (see page_assets.py).")
    _bundle = bundle


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    begin_build()  # data files are checked for changes once per build, not per page
    _split_assets(config)
    if state.serving:
        try:
            get_handbook(project_root(config.config_file_path) / DATA_DIR)
        except DataError as error:
            state.data_error = error
            tell_the_terminal(error, config.site_url or "http://127.0.0.1:8000/")
            config.nav = [problems_page.PAGE]
            _publish_edition(config)
            return config
    config.nav = expand_nav(config.nav or [], _handbook(config))
    _publish_edition(config)
    return config


# Before the plugins (redirects, search), so that they see the generated pages too.
@event_priority(50)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    if state.data_error is not None:  # serving with bad data: one page that lists the problems
        kept = Files([file for file in files if not file.is_documentation_page()])
        content = problems_page.problems_markdown(state.data_error)
        kept.append(File.generated(config, problems_page.PAGE, content=content))
        return kept
    for page in generated_pages(_handbook(config)):
        files.append(File.generated(config, page.src_path, content=page.markdown()))
    for path, script in data_files(_handbook(config), bool(config.use_directory_urls)):
        files.append(File.generated(config, path, content=script))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Weigh the page in search by where it lives (see netwerkleren.site.search_tuning)."""
    tune_search(page.file.src_uri, page.meta)
    return markdown


# First of all plugins: they must see the macros' HTML, not its placeholders.
@event_priority(100)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Put the macros' HTML back in place after Markdown (see netwerkleren.site.html_stash)."""
    html, anchor_ids = restore(html)
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= anchor_ids
    return html


def _pagefind(config: MkDocsConfig) -> bool:
    """Pagefind searches the online handbook; the offline edition (file://) keeps Material's own search."""
    if "material/search" not in config.plugins or state.data_error is not None or not pagefind_wanted():
        return False
    offline = config.plugins.get("material/offline")
    return not (offline is not None and offline.config.enabled)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    """Each page loads the scripts and stylesheets it uses, scripts deferred (see netwerkleren.site.page_assets)."""
    context["page_assets"] = page_assets(page.content or "", _bundle, config.extra_javascript, _page_only_css)
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Title attributes stay text in Material's tooltips (see netwerkleren.site.inert_titles)."""
    return inert_titles(output)


# After the plugins: Material's search plugin writes its index in its own on_post_build.
@event_priority(-100)
def on_post_build(config: MkDocsConfig) -> None:
    """Index the built online handbook with Pagefind (binary from the pagefind[bin] package, no download)."""
    if not _pagefind(config):
        return
    try:
        index_site(Path(config.site_dir))
    except SearchIndexError as error:
        raise Abort(str(error)) from None
