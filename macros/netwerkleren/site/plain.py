"""The handbook as plain Markdown: every page generated and every macro rendered beforehand.

MkDocs builds the handbook with hooks (``macros/hooks.py``: generated pages,
navigation, edition, search weights, HTML restore) and mkdocs-macros
(``macros/main.py``). An engine that runs neither, such as Zensical, can still
build it from a folder this module writes: ``docs/`` with the generated pages
added and every macro call replaced by its HTML, and an ``mkdocs.yml`` without
hooks or macros, with the navigation and the edition written out.

    .venv/bin/python -m netwerkleren.site.plain [--out build/plain]
    .venv/bin/mkdocs build -f build/plain/mkdocs.yml     # or: zensical build -f build/plain/mkdocs.yml

The same glue does the work: the pages come from ``generated_pages``, the
navigation from ``expand_nav``, the macros are the ones ``macros/main.py``
defines (run here with a stand-in for mkdocs-macros' env). Nothing here
imports MkDocs.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import jinja2
import yaml

from netwerkleren.model.handbook import Handbook
from netwerkleren.site import html_stash
from netwerkleren.site.config import DATA_DIR
from netwerkleren.site.edition import published_extra, read_edition
from netwerkleren.site.generated import data_files, generated_pages
from netwerkleren.site.navigation import expand_nav
from netwerkleren.site.search_tuning import tune_search
from netwerkleren.site.state import get_handbook
from netwerkleren.views.routes import page_url

CONFIG = "mkdocs.yml"
MACROS_MODULE = "macros/main.py"
DROPPED_KEYS = ("hooks", "watch")
DROPPED_PLUGINS = ("macros",)


class EnvTag:
    """A ``!ENV`` value of the configuration, written back unchanged."""

    def __init__(self, value: Any) -> None:
        self.value = value


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _load_env(loader: yaml.SafeLoader, node: yaml.Node) -> EnvTag:
    if isinstance(node, yaml.SequenceNode):
        return EnvTag(loader.construct_sequence(node))
    return EnvTag(loader.construct_scalar(node))  # type: ignore[arg-type]


def _dump_env(dumper: yaml.SafeDumper, tag: EnvTag) -> yaml.Node:
    if isinstance(tag.value, list):
        return dumper.represent_sequence("!ENV", tag.value, flow_style=True)
    return dumper.represent_scalar("!ENV", tag.value)


_Loader.add_constructor("!ENV", _load_env)
_Dumper.add_representer(EnvTag, _dump_env)


def read_config(path: Path) -> dict[str, Any]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


@dataclass
class _File:
    src_uri: str


@dataclass
class _Page:
    """What the macros read of ``env.page``."""

    file: _File
    url: str
    canonical_url: str | None


class _Env:
    """A stand-in for mkdocs-macros' env: ``conf``, ``page`` and the ``macro`` decorator."""

    def __init__(self, conf: dict[str, Any]) -> None:
        self.conf = conf
        self.page: _Page | None = None
        self.macros: dict[str, Callable[..., Any]] = {}

    def macro(self, function: Callable[..., Any]) -> Callable[..., Any]:
        self.macros[function.__name__] = function
        return function


def _define_env(root: Path, env: _Env) -> None:
    spec = importlib.util.spec_from_file_location("netwerkleren_macros", root / MACROS_MODULE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.define_env(env)


def _split_front_matter(text: str) -> tuple[dict[str, Any] | None, str, str]:
    """(meta, front matter as written, body)."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            front = text[4:end]
            return yaml.safe_load(front) or {}, text[: end + 5], text[end + 5 :]
    return None, "", text


def plain_config(config: dict[str, Any], root: Path, handbook: Handbook) -> dict[str, Any]:
    """The site configuration without hooks and macros, with what the hooks add written out."""
    edition = read_edition(root)
    plain = {key: value for key, value in config.items() if key not in DROPPED_KEYS}
    plain["docs_dir"] = "docs"
    plain["nav"] = expand_nav(config.get("nav") or [], handbook)
    plain["plugins"] = [
        plugin
        for plugin in config.get("plugins", [])
        if (next(iter(plugin)) if isinstance(plugin, dict) else plugin) not in DROPPED_PLUGINS
    ]
    theme = dict(config.get("theme", {}))
    if "custom_dir" in theme:
        theme["custom_dir"] = str((root / theme["custom_dir"]).resolve())
    plain["theme"] = theme
    plain["extra"] = published_extra(edition, config.get("extra") or {})
    return plain


def generate(root: Path, out: Path) -> Path:
    """Write the plain-Markdown handbook for ``root`` into ``out``; return the path of its configuration."""
    handbook = get_handbook(root / DATA_DIR)  # the macros ask for it too: read once
    config = read_config(root / CONFIG)
    plain = plain_config(config, root, handbook)
    directory_urls = bool(config.get("use_directory_urls", True))

    docs = out / "docs"
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(root / config.get("docs_dir", "docs"), docs)
    for page in generated_pages(handbook):
        target = docs / page.src_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown(), encoding="utf-8")
    for path, script in data_files(handbook, directory_urls):
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(script, encoding="utf-8")

    conf = {"site_url": None, **config, **plain, "config_file_path": str(root / CONFIG)}
    env = _Env(conf)
    _define_env(root, env)
    templates = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    site_url = config.get("site_url")
    for path in sorted(docs.rglob("*.md")):
        src_uri = path.relative_to(docs).as_posix()
        meta, front, body = _split_front_matter(path.read_text(encoding="utf-8"))
        url = page_url(src_uri, directory_urls)
        env.page = _Page(_File(src_uri), url, urljoin(site_url.rstrip("/") + "/", url) if site_url else None)
        html_stash.clear()
        rendered = templates.from_string(body).render(config=conf, **env.macros)
        body, _ = html_stash.restore(rendered)
        tuned = dict(meta or {})
        tune_search(src_uri, tuned)
        if tuned != (meta or {}):
            front = "---\n" + yaml.safe_dump(tuned, allow_unicode=True, sort_keys=False, width=1000) + "---\n"
        path.write_text(front + body, encoding="utf-8")

    target = out / CONFIG
    target.write_text(
        yaml.dump(plain, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8"
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write the handbook as plain Markdown for engines without hooks."
    )
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    parser.add_argument(
        "--out", type=Path, default=Path("build/plain"), help="where to write (default: build/plain)"
    )
    args = parser.parse_args(argv)
    config = generate(args.root.resolve(), args.out.resolve())
    print(f"plain Markdown written; build it with: mkdocs build -f {config} (or zensical build -f {config})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
