"""The DuckDB store: one file, embedded, the default.

Concurrency: DuckDB lets one process open a database file for writing. ``sitroom ingest`` and ``sitroom serve`` on
the same DuckDB file therefore cannot run at the same time; ``serve`` ingests through ``POST /api/articles`` in its
own process instead. Within a process the store is thread-safe: writes take a lock, and each read runs on its own
cursor (a DuckDB cursor is a separate connection to the same database).
"""

from __future__ import annotations

import contextlib
import math
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import duckdb

from sitroom.errors import StoreError
from sitroom.store.base import EventQuery
from sitroom.store.queries import clean
from sitroom.store.sql import SqlStore

__all__ = ["DuckDBStore"]

BATCH = 2000
WINDOW_ROWS = 100_000  # pages (limit + offset) up to this many rows in date order are read from a date window
WINDOW_GROWTH = 8
LATE_ROWS = 20_000  # pages (limit + offset) up to this many rows fetch their records last (DuckDB's default: 50)


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except duckdb.InterruptException:  # Ctrl-C while DuckDB ran a query: an interrupt, not a store error
        raise KeyboardInterrupt from None
    except duckdb.Error as exc:
        raise StoreError("E020", detail=str(exc).strip().splitlines()[0]) from exc


class _Known:
    """A file's write generation as last read by this process, and how many writes it has made since."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.value: int | None = None
        self.writes = 0


_KNOWN: dict[str, _Known] = {}
_KNOWN_LOCK = threading.Lock()


def _known(path: str) -> _Known:
    """What the store objects of this process on the file at ``path`` share (an in-memory database: its own)."""
    key = os.path.realpath(path) if path and path != ":memory:" else f":memory:{len(_KNOWN)}"
    with _KNOWN_LOCK:
        return _KNOWN.setdefault(key, _Known())


class DuckDBStore(SqlStore):
    dialect = "duckdb"

    def __init__(self, path: str) -> None:
        self.url = path
        try:
            self._con = duckdb.connect(path)
        except duckdb.Error as exc:
            hint = " (DuckDB lets one process write a file: is another sitroom using it?)" if "lock" in str(exc) else ""
            raise StoreError("E020", detail=f"cannot open {path}: {str(exc).strip().splitlines()[0]}{hint}") from exc
        # a page of a large listing: rank by the narrow sort columns, then read only that page's records (a DuckDB
        # from before the setting, 1.3, sorts the records along)
        with contextlib.suppress(duckdb.Error):
            self._con.execute(f"SET GLOBAL late_materialization_max_rows = {LATE_ROWS}")
        self._lock = threading.RLock()
        self._local = threading.local()
        self._depth = 0
        self._known = _known(path)

    def _cursor(self) -> Any:
        """The cursor of the running transaction, or a fresh one for this thread."""
        cur = getattr(self._local, "txn", None)
        if cur is not None:
            return cur
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._con.cursor()
            self._local.cursor = cur
        return cur

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        if getattr(self._local, "txn", None) is not None:
            yield self._local.txn
            return
        with self._lock:
            cur = self._con.cursor()
            cur.begin()
            self._local.txn = cur
            try:
                yield cur
            except BaseException:
                cur.rollback()
                raise
            else:
                cur.commit()
            finally:
                self._local.txn = None
                cur.close()
                self._wrote()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        try:
            with _errors():
                self._cursor().execute(sql, list(clean(tuple(params))))
        finally:
            self._wrote()

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            with _errors():
                self._cursor().executemany(sql, [list(r) for r in rows])
        finally:
            self._wrote()

    def _wrote(self) -> None:
        """After a statement that may write, and after each transaction: the generation must be read again."""
        with self._known.lock:
            self._known.writes += 1
            self._known.value = None

    def generation(self) -> int | None:
        """The write generation, read from the file once and again only after a write: a DuckDB file has one
        process that opens it, this one, and every store object of it on the file writes through ``_execute`` or a
        transaction (the API asks for the generation on every request; a query costs DuckDB about a millisecond)."""
        known = self._known
        if getattr(self._local, "txn", None) is not None:
            return super().generation()
        with known.lock:
            if known.value is not None:
                return known.value
            writes = known.writes
        found = super().generation()
        with known.lock:
            if known.writes == writes:  # no write between the read and now: what was read is current
                known.value = found
        return found

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with _errors():
            rows: list[tuple[Any, ...]] = self._cursor().execute(sql, list(clean(tuple(params)))).fetchall()
        return rows

    def _stream(self, sql: str, params: Sequence[Any] = (), large: bool = False) -> Iterator[tuple[Any, ...]]:
        cur = self._con.cursor()
        with _errors():
            cur.execute(sql, list(clean(tuple(params))))

        def rows() -> Iterator[tuple[Any, ...]]:
            try:
                while batch := cur.fetchmany(BATCH):
                    yield from batch
            finally:
                cur.close()

        return rows()

    def _event_rows(self, query: EventQuery) -> Iterator[tuple[Any, ...]]:
        """A page in date order is read from a window of the most recent (``date_desc``) or earliest (``date_asc``)
        dates, widened until it holds the whole page (issue 13). DuckDB has no index that gives rows in order: a
        page would otherwise rank every matching row of the table. With a window, DuckDB skips the row groups whose
        dates (its zone maps) fall outside it, and rows are stored roughly in date order as they arrive. The answer
        is the same: if the window holds ``offset + limit`` matching rows, those are the first of the listing."""
        needed = (query.limit or 0) + query.offset
        if query.order not in ("date_desc", "date_asc") or query.limit is None or not 0 < needed <= WINDOW_ROWS:
            return super()._event_rows(query)
        span = self._kept(("date_span", query.fused), lambda: self._date_span(query.fused))
        if span is None:
            return super()._event_rows(query)
        first, last, rows = span
        desc = query.order == "date_desc"
        lo = max(first, query.since) if query.since else first
        hi = min(last, query.until) if query.until else last
        days = max(1, math.ceil(2 * needed * ((last - first).days + 1) / max(rows, 1)))
        while days <= (hi - lo).days:
            window = (
                replace(query, since=hi - timedelta(days=days)) if desc else replace(query, until=lo + timedelta(days))
            )
            page = list(super()._event_rows(window))
            if len(page) == query.limit:
                return iter(page)
            days *= WINDOW_GROWTH
        return super()._event_rows(query)

    def _date_span(self, fused: bool) -> tuple[date, date, int] | None:
        """The first and last event dates and the number of dated rows of the events or fused events table."""
        table = "fused_events" if fused else "events"
        row = self._fetch(f"SELECT min(event_date), max(event_date), count(event_date) FROM {table}")[0]
        return (row[0], row[1], int(row[2])) if row[2] else None

    def limit_memory(self, limit: str) -> None:
        """Cap DuckDB's memory (its buffer cache included; by default 80% of the machine's) at ``limit``, e.g. "2GB":
        a server's memory then stays flat however large the store it reads (issue 13)."""
        with _errors():
            self._con.execute(f"SET GLOBAL memory_limit = '{limit}'")

    def _lock_migrations(self) -> None:
        """One process writes a DuckDB file at a time: nothing to do."""

    def _lock_writes(self) -> None:
        """Writes from threads of one process are serialised by DuckDB's own transaction: nothing to do."""

    def close(self) -> None:
        self._con.close()
