"""The DuckDB store: one file, embedded, the default.

Concurrency: DuckDB lets one process open a database file for writing. ``sitroom ingest`` and ``sitroom serve`` on
the same DuckDB file therefore cannot run at the same time; ``serve`` ingests through ``POST /api/articles`` in its
own process instead. Within a process the store is thread-safe: writes take a lock, and each read runs on its own
cursor (a DuckDB cursor is a separate connection to the same database).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import duckdb

from sitroom.errors import StoreError
from sitroom.store.queries import clean
from sitroom.store.sql import SqlStore

__all__ = ["DuckDBStore"]

BATCH = 2000
LATE_ROWS = 20_000  # pages (limit + offset) up to this many rows fetch their records last (DuckDB's default: 50)


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except duckdb.InterruptException:  # Ctrl-C while DuckDB ran a query: an interrupt, not a store error
        raise KeyboardInterrupt from None
    except duckdb.Error as exc:
        raise StoreError("E020", detail=str(exc).strip().splitlines()[0]) from exc


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

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with _errors():
            self._cursor().execute(sql, list(clean(tuple(params))))

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with _errors():
            self._cursor().executemany(sql, [list(r) for r in rows])

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

    def _lock_migrations(self) -> None:
        """One process writes a DuckDB file at a time: nothing to do."""

    def _lock_writes(self) -> None:
        """Writes from threads of one process are serialised by DuckDB's own transaction: nothing to do."""

    def close(self) -> None:
        self._con.close()
