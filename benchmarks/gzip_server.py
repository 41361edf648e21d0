"""A local static server that compresses with gzip, as GitHub Pages and most hosts do (for the benchmarks)."""

from __future__ import annotations

import gzip
import http.server
from io import BytesIO
from pathlib import Path

COMPRESSIBLE = (".html", ".js", ".json", ".css", ".svg", ".xml", ".txt", ".wasm")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed for browsers that accept it (as GitHub Pages and most hosts do); counts
    the bytes of every response body it sends (``sent``), worker scripts included."""

    cache: dict[Path, bytes] = {}  # noqa: RUF012 - one cache per server class
    sent: list[tuple[str, int]] = []  # noqa: RUF012

    def copyfile(self, source, outputfile) -> None:  # type: ignore[no-untyped-def]
        data = source.read()
        self.sent.append((self.path, len(data)))
        outputfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass

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
