"""The PostgreSQL store (psycopg 3): one database that an ingest process fills while readers (the API) query it.

Each write is one transaction; readers see an article with all its events or not at all (READ COMMITTED). Two
processes migrating at once are serialised by an advisory lock. Within a process the store is thread-safe: a lock
guards the one connection, and a query's rows are fetched whole before the lock is released.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from sitroom.errors import StoreError
from sitroom.store.queries import clean
from sitroom.store.sql import SqlStore

__all__ = ["PostgresStore"]

BATCH = 2000
WRITE_LOCK = 727275  # held by each write transaction: one writer at a time
MIGRATION_LOCK = 727274  # any constant shared by every sitroom process


def _sql(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (the shared SQL has no literal ``?`` or ``%``)."""
    return sql.replace("?", "%s")


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except psycopg.Error as exc:
        raise StoreError("E020", detail=str(exc).strip().splitlines()[0]) from exc


class PostgresStore(SqlStore):
    dialect = "postgres"

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self._conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError("E020", detail=f"cannot connect to PostgreSQL: {exc}") from exc
        self._lock = threading.RLock()

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        with self._lock, self._conn.transaction():
            yield self._conn

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._lock, _errors():
            self._conn.execute(_sql(sql), list(clean(tuple(params))))

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._lock, _errors(), self._conn.cursor() as cur:
            cur.executemany(_sql(sql), [list(r) for r in rows])

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock, _errors():
            return self._conn.execute(_sql(sql), list(clean(tuple(params)))).fetchall()

    def _stream(self, sql: str, params: Sequence[Any] = (), large: bool = False) -> Iterator[tuple[Any, ...]]:
        if not large:
            return iter(self._fetch(sql, params))
        # a long listing (an export): a server-side cursor on a connection of its own, read in batches, so that
        # neither memory nor the shared connection is held by it
        with _errors():
            conn = psycopg.connect(self.url)
        return self._batches(conn, _sql(sql), list(clean(tuple(params))))

    @staticmethod
    def _batches(conn: psycopg.Connection[Any], sql: str, params: list[Any]) -> Iterator[tuple[Any, ...]]:
        try:
            with _errors(), conn.cursor(name="sitroom_stream") as cur:
                cur.itersize = BATCH
                cur.execute(sql, params)
                yield from cur
        finally:
            conn.close()

    def _lock_migrations(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))

    def _lock_writes(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))

    def close(self) -> None:
        self._conn.close()
