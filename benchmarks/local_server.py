"""A local static server for the benchmarks: plain, as ``python -m http.server`` serves, or with gzip, as GitHub
Pages and most hosts do."""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

COMPRESSIBLE = (".html", ".js", ".json", ".css", ".svg", ".xml", ".txt", ".wasm")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """``python -m http.server``'s handler (HTTP/1.0, no compression), without a log line per request."""

    def log_message(self, format: str, *args: object) -> None:
        pass


class GzipHandler(QuietHandler):
    """Static files, gzip-compressed for browsers that accept it (as GitHub Pages and most hosts do); counts
    the bytes of every response body it sends (``sent``), worker scripts included."""

    cache: dict[Path, bytes] = {}  # noqa: RUF012 - one cache per server class
    sent: list[tuple[str, int]] = []  # noqa: RUF012

    def copyfile(self, source, outputfile) -> None:  # type: ignore[no-untyped-def]
        data = source.read()
        self.sent.append((self.path, len(data)))
        outputfile.write(data)

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (gzip_ok and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = self.cache.get(path)
        if body is None:
            body = self.cache[path] = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return BytesIO(body)


@dataclass(frozen=True)
class Served:
    url: str
    """The site's root, e.g. ``http://127.0.0.1:8123/``."""
    sent: list[tuple[str, int]]
    """(path, bytes) of every response body sent, with ``compress`` (else empty)."""


@contextmanager
def serve(site: Path, port: int = 0, compress: bool = False) -> Iterator[Served]:
    """Serve ``site`` on 127.0.0.1 (``port`` 0: a free one) while the block runs."""
    handler = type("Handler", (GzipHandler,), {"cache": {}, "sent": []}) if compress else QuietHandler
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(handler, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield Served(f"http://127.0.0.1:{server.server_address[1]}/", handler.sent if compress else [])
    finally:
        server.shutdown()
        server.server_close()
