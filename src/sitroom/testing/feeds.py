"""A web server on 127.0.0.1 that serves feeds and pages as a test asks: slow hosts, failures, conditional GET.

``FeedServer`` runs in a thread of the test's own process, on a free loopback port. Each path has a ``Route``: a
body and its content type, a status, a delay before the answer, a number of first requests answered 503, and the
validators (``ETag``, ``Last-Modified``) that make it answer 304 to a conditional GET. Every request is logged
(path, time, headers, status) so that a test can check what a client sent and when.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sitroom.testing.ports import free_port

__all__ = ["FeedServer", "Hit", "Route", "atom", "page", "rss"]


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0  # seconds before answering (a slow host)
    fail_first: int = 0  # the first requests of this path get a 503 with Retry-After: 0
    etag: str | None = None
    last_modified: str | None = None
    served: int = 0


@dataclass(frozen=True)
class Hit:
    path: str
    at: float  # time.monotonic() when the request came
    headers: dict[str, str]
    status: int


@dataclass
class FeedServer:
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    port: int = 0
    _server: ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def requests(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.path == path]

    def __enter__(self) -> FeedServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet
                return

            def do_GET(self) -> None:
                owner._answer(self)

        self.port = free_port()
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        at = time.monotonic()
        headers = {k.lower(): v for k, v in handler.headers.items()}
        with self._lock:
            route = self.routes.get(handler.path)
            if route is not None:
                route.served += 1
        status = 404 if route is None else route.status
        extra: dict[str, str] = {}
        body = b"not found"
        if route is not None:
            if route.delay:
                time.sleep(route.delay)
            body = route.body
            if route.served <= route.fail_first:
                status, extra, body = 503, {"Retry-After": "0"}, b"busy"
            elif status == 200:
                extra = {k: v for k, v in (("ETag", route.etag), ("Last-Modified", route.last_modified)) if v}
                fresh = (route.etag and headers.get("if-none-match") == route.etag) or (
                    route.last_modified and headers.get("if-modified-since") == route.last_modified
                )
                if fresh:
                    status, body = 304, b""
        with self._lock:
            self.hits.append(Hit(handler.path, at, headers, status))
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", route.content_type if route else "text/plain")
            for name, value in extra.items():
                handler.send_header(name, value)
            if status != 304:
                handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            if status != 304:
                handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (its timeout)


def page(title: str, paragraphs: list[str], published: str | None = None) -> bytes:
    """A news page: navigation, the article (a headline and paragraphs) and a footer."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{meta}</head><body>"
        f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Copyright The Test Gazette</footer></body></html>"
    ).encode()


def rss(title: str, items: list[dict[str, str]], updated: str | None = None) -> bytes:
    """An RSS 2.0 feed; each item's keys are written as its elements (``title``, ``link``, ``guid``, ``pubDate``,
    ``description``)."""
    channel = f"<title>{title}</title><link>http://example.test/</link>"
    if updated:
        channel += f"<lastBuildDate>{updated}</lastBuildDate>"
    for item in items:
        channel += "<item>" + "".join(f"<{k}>{v}</{k}>" for k, v in item.items()) + "</item>"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{channel}</channel></rss>'.encode()


def atom(title: str, entries: list[dict[str, str]], updated: str) -> bytes:
    """An Atom feed; each entry's ``link`` is written as ``<link href>``, its other keys as elements."""
    body = f"<title>{title}</title><id>urn:test:{title}</id><updated>{updated}</updated>"
    for entry in entries:
        parts = "".join(f'<link href="{v}"/>' if k == "link" else f"<{k}>{v}</{k}>" for k, v in entry.items())
        body += f"<entry>{parts}</entry>"
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">{body}</feed>'.encode()
