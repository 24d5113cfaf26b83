"""Whole answers of the listing and stats endpoints kept until the store's next write, with ETag revalidation.

A JSON page of ``/api/events`` or an answer of ``/api/stats`` depends only on its query string and on the store's
contents, and the store's write generation (migration 008) goes up with every write that changes events, fused
events or reviews, in the write's own transaction and whichever process made it. ``Answers`` is an ASGI middleware
that keeps the bytes of each such 200 answer under (path, query string with its names in order, generation read
before the answer was made) and sends them again while that generation is the store's: no query, no JSON parsing
or writing. The generation is read for every request (one primary-key lookup, on a thread of its own so that slow
queries on the server's worker threads do not hold up answers already kept; requests that arrive together share
one read: ``SharedRead``). A write makes every kept answer stale
at once. Each answer carries an ``ETag`` naming the server process, the generation and the query; a client that
sends it back in ``If-None-Match`` gets a ``304 Not Modified`` without a body while nothing was written.
Memory stays bounded: at most ``MAX_BYTES`` of answers, least recently used out first, and none larger than
``MAX_ANSWER``.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import uuid
import weakref
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["MAX_ANSWER", "MAX_BYTES", "PATHS", "AnswerStore", "Answers", "SharedRead"]

PATHS = frozenset({"/api/events", "/api/stats"})
MAX_BYTES = 64 * 1024 * 1024
MAX_ANSWER = 4 * 1024 * 1024

Key = tuple[str, tuple[tuple[str, str], ...]]
Kept = tuple[int, bytes, list[tuple[bytes, bytes]], bytes]  # generation, etag, headers, body


class AnswerStore:
    """Kept answers by key, each with the generation it was made at; thread-safe, bounded in bytes."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.hits = 0
        self.misses = 0
        self._kept: OrderedDict[Key, Kept] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Key, generation: int) -> Kept | None:
        with self._lock:
            kept = self._kept.get(key)
            if kept is None or kept[0] != generation:
                self.misses += 1
                return None
            self._kept.move_to_end(key)
            self.hits += 1
            return kept

    def put(self, key: Key, kept: Kept) -> None:
        cost = len(kept[3]) + 512
        if cost > min(MAX_ANSWER, self.max_bytes):
            return
        with self._lock:
            old = self._kept.pop(key, None)
            if old is not None:
                self.size -= len(old[3]) + 512
            self._kept[key] = kept
            self.size += cost
            while self.size > self.max_bytes:
                _, out = self._kept.popitem(last=False)
                self.size -= len(out[3]) + 512


def cache_key(scope: Scope) -> Key | None:
    """The key of a request whose answer may be kept, else None (another path or method, an export format)."""
    if scope.get("method") != "GET" or scope.get("path") not in PATHS:
        return None
    raw = scope.get("query_string", b"").decode("latin-1")
    items = parse_qsl(raw, keep_blank_values=True)
    if any(name == "format" and value != "json" for name, value in items):
        return None  # exports stream every matching event: never kept
    # names in order, the values of a repeated name in the order given (a list's order is part of what was asked)
    return str(scope["path"]), tuple(sorted(items, key=lambda kv: kv[0]))


class Answers:
    """ASGI middleware: answers of ``PATHS`` kept per store generation, with ETag and 304 (module docstring)."""

    def __init__(self, app: ASGIApp, generation: Callable[[], int | None], store: AnswerStore | None = None) -> None:
        self.app = app
        self.generation = generation
        self.kept = store if store is not None else AnswerStore()
        self.boot = uuid.uuid4().hex[:8]  # an ETag made by another server process (or store) never matches
        self._generations = SharedRead(generation)

    def etag(self, key: Key, generation: int) -> bytes:
        digest = hashlib.blake2b(repr(key).encode(), digest_size=8).hexdigest()
        return f'"{self.boot}-{generation}-{digest}"'.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = cache_key(scope) if scope["type"] == "http" else None
        if key is None:
            await self.app(scope, receive, send)
            return
        generation = await self._generations.read()
        if generation is None:  # a store from before schema 8: nothing is kept
            await self.app(scope, receive, send)
            return
        etag = self.etag(key, generation)
        if _matches(scope, etag):
            await _send(send, 304, [(b"etag", etag), (b"cache-control", b"no-cache")], b"")
            return
        kept = self.kept.get(key, generation)
        if kept is not None:
            await _send(send, 200, kept[2], kept[3])
            return
        await self._answer(scope, receive, send, key, generation, etag)

    async def _answer(self, scope: Scope, receive: Receive, send: Send, key: Key, generation: int, etag: bytes) -> None:
        """Let the app answer; a whole 200 answer is kept (and sent with its ETag)."""
        status = 0
        headers: list[tuple[bytes, bytes]] = []
        body: list[bytes] = []
        whole = True

        async def capture(message: Message) -> None:
            nonlocal status, headers, whole
            if message["type"] == "http.response.start":
                status = int(message["status"])
                if status == 200:
                    headers = [*message.get("headers", []), (b"etag", etag), (b"cache-control", b"no-cache")]
                    message = {**message, "headers": headers}
            elif message["type"] == "http.response.body" and status == 200:
                body.append(message.get("body", b""))
                whole = whole and not message.get("more_body", False)
            await send(message)

        await self.app(scope, receive, capture)
        if status == 200 and whole:
            self.kept.put(key, (generation, etag, headers, b"".join(body)))


class _Reads:
    """One event loop's shared reads: the read that starts once the running one ends, and the task running them."""

    def __init__(self) -> None:
        self.next: asyncio.Future[int | None] | None = None
        self.task: asyncio.Task[None] | None = None


class SharedRead:
    """The store's generation read on a thread of its own, one read at a time, each shared by every request that
    arrived while the read before it ran: 200 requests at once cost a few reads, not 200 (a PostgreSQL round trip
    each), and every request still gets a value read after it arrived, so that no write it follows is missed.

    Requests share reads only with requests of their own event loop: a server runs one loop, but a test client (or
    an app served from several threads) runs loops side by side, and a future may only be completed on its own
    loop (issue 13: two loops sharing one read left a request waiting forever)."""

    def __init__(self, read: Callable[[], int | None]) -> None:
        self._read = read
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitroom-generation")
        self._lock = threading.Lock()
        self._loops: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Reads] = weakref.WeakKeyDictionary()

    async def read(self) -> int | None:
        loop = asyncio.get_running_loop()
        with self._lock:
            reads = self._loops.setdefault(loop, _Reads())
        if reads.next is None:
            reads.next = loop.create_future()
        waiting = reads.next
        if reads.task is None:
            reads.task = loop.create_task(self._run(reads))
        return await asyncio.shield(waiting)  # a request that goes away must not cancel the read others share

    async def _run(self, reads: _Reads) -> None:
        loop = asyncio.get_running_loop()
        try:
            while reads.next is not None:
                future, reads.next = reads.next, None
                try:
                    future.set_result(await loop.run_in_executor(self._executor, self._read))
                except Exception as exc:  # every request waiting for this read gets the store's error
                    future.set_exception(exc)
                    future.exception()  # (retrieved: no "never retrieved" warning when nobody waits any more)
        finally:
            reads.task = None


def _matches(scope: Scope, etag: bytes) -> bool:
    for name, value in scope.get("headers", []):
        if name == b"if-none-match":
            return etag in [v.strip() for v in value.split(b",")] or value.strip() == b"*"
    return False


async def _send(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    if status == 304:
        headers = [(k, v) for k, v in headers if k != b"content-length"]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
