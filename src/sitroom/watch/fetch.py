"""Fetching over HTTP, politely: a ``Fetcher`` protocol and ``HttpFetcher``, its implementation on the standard
library's ``urllib``.

Polite means: every request has a timeout (for the whole answer, not only for each read), a transient failure (a
timeout, a refused connection, 408, 429, 5xx) is tried again after a back-off that doubles each time (or after the
server's ``Retry-After``, within a cap), requests to one host are at least ``delay`` seconds apart, the answer is
read up to ``max_bytes`` only, and conditional GET headers (``If-None-Match``, ``If-Modified-Since``) are sent by
the caller that kept the validators of the last answer: a 304 comes back as a ``Response`` like any other.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import urlsplit

from sitroom import __version__
from sitroom.errors import SitroomError

__all__ = ["FetchError", "Fetcher", "HttpFetcher", "Response"]

USER_AGENT = f"sitroom/{__version__} (sitroom watch)"
RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Response:
    """What a server answered: ``status`` 200 (with ``body``) or 304 (not modified, no body)."""

    url: str  # after redirects
    status: int
    headers: Mapping[str, str]  # names in lower case
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(SitroomError):
    """A URL that could not be fetched (E040); ``permanent`` when asking again will not help (404, 410, 403)."""

    def __init__(self, url: str, detail: str, *, permanent: bool, status: int | None = None) -> None:
        super().__init__("E040", url=url, detail=detail)
        self.url = url
        self.permanent = permanent
        self.status = status


class Fetcher(Protocol):
    """Gets a URL: a ``Response`` for 200 and 304, ``FetchError`` otherwise."""

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Response: ...


class _Transient(Exception):
    def __init__(self, detail: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.status = status
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, IndexError):
        return None


def _headers(message: Message) -> dict[str, str]:
    return {name.lower(): value for name, value in message.items()}


@dataclass
class HttpFetcher:
    """``Fetcher`` over HTTP(S) with timeouts, retries with back-off and a delay between requests to one host."""

    timeout: float = 20.0  # seconds for one whole answer
    retries: int = 3  # further tries after a transient failure
    backoff: float = 1.0  # seconds before the first retry; doubled for each next one
    max_backoff: float = 60.0
    delay: float = 1.0  # seconds between two requests to the same host
    max_bytes: int = 20_000_000
    sleep: Callable[[float], None] = time.sleep
    _last: dict[str, float] = field(default_factory=dict)  # host -> when its last request ended (monotonic)

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Response:
        host = urlsplit(url).netloc.lower()
        for attempt in range(self.retries + 1):
            self._wait_turn(host)
            try:
                return self._once(url, headers or {})
            except _Transient as exc:
                if attempt == self.retries:
                    tries = f"{attempt + 1} tries" if attempt else "1 try"
                    raise FetchError(url, f"{exc.detail} ({tries})", permanent=False, status=exc.status) from None
                wait = min(self.max_backoff, self.backoff * 2**attempt)
                if exc.retry_after is not None:
                    wait = min(self.max_backoff, max(wait, exc.retry_after))
                self.sleep(wait)
            finally:
                self._last[host] = time.monotonic()
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = last + self.delay - time.monotonic()
            if wait > 0:
                self.sleep(wait)

    def _once(self, url: str, headers: Mapping[str, str]) -> Response:
        started = time.monotonic()
        try:
            request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **headers})
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                body = self._read(answer, started)
                return Response(answer.geturl(), int(answer.status), _headers(answer.headers), body)
        except urllib.error.HTTPError as exc:
            found = _headers(exc.headers) if exc.headers is not None else {}
            exc.close()
            if exc.code == 304:
                return Response(url, 304, found)
            if exc.code in RETRY_STATUS:
                raise _Transient(f"HTTP {exc.code}", exc.code, _retry_after(found.get("retry-after"))) from None
            raise FetchError(url, f"HTTP {exc.code} {exc.reason}", permanent=True, status=exc.code) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, OSError | socket.timeout):
                raise _Transient(_os_detail(reason)) from None
            raise FetchError(url, str(reason), permanent=True) from None
        except (TimeoutError, ConnectionError, OSError) as exc:
            raise _Transient(_os_detail(exc)) from None
        except ValueError as exc:  # not a URL urllib can fetch
            raise FetchError(url, str(exc), permanent=True) from None

    def _read(self, answer: urllib.response.addinfourl, started: float) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() - started > self.timeout:
                raise _Transient(f"timed out after {self.timeout:g} s")
            chunk = answer.read(65536)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(answer.geturl(), f"answer larger than {self.max_bytes} bytes", permanent=True)
            chunks.append(chunk)


def _os_detail(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError | socket.timeout):
        return "timed out"
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return str(text)
