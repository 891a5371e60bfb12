"""Serve a generated ``Site`` on 127.0.0.1 and log every request it receives.

Run it by hand to crawl the model site::

    python -m tests.site.server --articles 60 --port 8088
    archiver crawl --base-url http://127.0.0.1:8088 --delay 0
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import threading
import time
from email.utils import format_datetime
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from tests.site.generator import SECTION_BY_PATH, Site


@dataclass
class Logged:
    at: float
    method: str
    path: str  # with the query string
    headers: dict


@dataclass
class Fault:
    """A canned answer served instead of the page, once."""

    status: int
    headers: dict = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0  # seconds before answering: a slow server
    declared_length: int | None = None  # a Content-Length larger than the body: a truncated response


class SiteServer:
    def __init__(self, site: Site, port: int = 0):
        self.site = site
        self.log: list[Logged] = []
        self.faults: dict[str, list[Fault]] = {}
        self.gzip = False  # compress pages for clients that accept it
        self.article_delay = 0.0  # seconds before each article page: a slow server
        self.removed: set[str] = set()  # article paths that now answer 410 Gone
        self.admin = False  # POST /__admin/grow?new=N&edit=M adds and edits articles (benchmarks)
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def paths(self) -> list[str]:
        with self._lock:
            return [entry.path for entry in self.log]

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()

    def __enter__(self) -> SiteServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def respond(self, path_and_query: str, request_headers: dict | None = None) -> tuple[int, dict, bytes]:
        with self._lock:
            queue = self.faults.get(path_and_query)
            fault = queue.pop(0) if queue else None
        if fault is not None:
            time.sleep(fault.delay)
            headers = dict(fault.headers)
            if fault.declared_length is not None:
                headers["Content-Length"] = str(fault.declared_length)
            return fault.status, headers, fault.body
        parts = urlsplit(path_and_query)
        path = parts.path
        site = self.site
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain; charset=utf-8"}, site.robots_txt().encode()
        if path == "/sitemap.xml" and site.sitemap_enabled:
            return 200, {"Content-Type": "application/xml; charset=utf-8"}, site.sitemap_xml().encode()
        if path in SECTION_BY_PATH:
            page_values = parse_qs(parts.query).get("page", ["0"])
            page = int(page_values[0]) if page_values[0].isdigit() else -1
            listing = site.listing_html(page, SECTION_BY_PATH[path])
            if listing is not None:
                return 200, {"Content-Type": "text/html; charset=UTF-8"}, listing.encode()
        article = site.by_path(path)
        if article is not None and path in self.removed:
            return 410, {"Content-Type": "text/html; charset=UTF-8"}, b"<html><body>Gone</body></html>"
        if article is not None:
            time.sleep(self.article_delay)
            body = site.article_html(article).encode()
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers = {"Content-Type": "text/html; charset=UTF-8", "ETag": etag,
                       "Last-Modified": format_datetime(article.modified or article.published, usegmt=False)}  # fmt: skip
            if (request_headers or {}).get("If-None-Match") == etag:
                return 304, headers, b""
            return 200, headers, body
        if path.startswith("/sites/default/files/"):
            return 200, {"Content-Type": "application/octet-stream"}, b"file:" + path.encode()
        return 404, {"Content-Type": "text/html; charset=UTF-8"}, b"<html><body><h1>Nie znaleziono</h1></body></html>"

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                with server._lock:
                    server.log.append(Logged(time.monotonic(), "GET", self.path, dict(self.headers)))
                status, headers, body = server.respond(self.path, dict(self.headers))
                if server.gzip and body and "gzip" in self.headers.get("Accept-Encoding", "") and status == 200:
                    body = gzip.compress(body)
                    headers = {**headers, "Content-Encoding": "gzip"}
                self.send_response(status)
                for name, value in headers.items():
                    if name != "Content-Length":
                        self.send_header(name, value)
                # Two headers of one name, as real servers send (Link, Set-Cookie): a WARC keeps both.
                self.send_header("Link", "</sites/default/files/css/css_Xy3.css>; rel=preload")
                self.send_header("Link", "</sites/default/files/js/js_Ab1.js>; rel=preload")
                self.send_header("Content-Length", headers.get("Content-Length", str(len(body))))
                self.end_headers()
                self.wfile.write(body)
                if "Content-Length" in headers:
                    self.close_connection = True

            def do_POST(self) -> None:  # noqa: N802 — the benchmark grows the site between crawls
                parts = urlsplit(self.path)
                if not server.admin or parts.path != "/__admin/grow":
                    self.send_error(404)
                    return
                query = parse_qs(parts.query)
                new_count, edit_count = int(query.get("new", ["0"])[0]), int(query.get("edit", ["0"])[0])
                with server._lock:
                    oldest = server.site.listing_order()[len(server.site.articles) - edit_count :] if edit_count else []
                    for article in oldest:  # deep in the listing: only the sitemap tells they changed
                        server.site.edit_article(article)
                    new = [server.site.add_article() for _ in range(new_count)]
                body = f'{{"articles": {len(server.site.articles)}, "new": {len(new)}}}'.encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the model of the torun.pl council news on 127.0.0.1.")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--per-page", type=int, default=10)
    parser.add_argument("--port", type=int, default=8088)
    parser.add_argument("--padding-kb", type=int, default=0, help="site chrome around every page, in KB (about ±25)")
    parser.add_argument("--admin", action="store_true", help="accept POST /__admin/grow?new=N&edit=M")
    args = parser.parse_args()
    server = SiteServer(Site(args.articles, per_page=args.per_page, padding_kb=args.padding_kb), args.port)
    server.admin = args.admin
    print(f"serving {args.articles} articles on {server.base_url}", flush=True)
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
