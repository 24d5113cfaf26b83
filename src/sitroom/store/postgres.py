"""The PostgreSQL store (psycopg 3): one database that an ingest process fills while readers (the API) query it.

Each write is one transaction; readers see an article with all its events or not at all (READ COMMITTED). Two
processes migrating at once, or writing at once, are serialised by advisory locks. Within a process the store is
thread-safe: each query borrows a connection from a small pool (``POOL_SIZE``, or ``SITROOM_PG_POOL``) so that API
requests run side by side, and the statements of one transaction all run on the connection it borrowed.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from sitroom.errors import StoreError
from sitroom.store.queries import clean
from sitroom.store.sql import SqlStore

__all__ = ["PostgresStore"]

# psycopg_pool logs a warning for each broken connection it drops; sitroom reports the failure itself, in one coded
# line (E020), so the pool's warnings go only where an application has configured logging, never raw to a terminal
logging.getLogger("psycopg.pool").addHandler(logging.NullHandler())

BATCH = 2000
POOL_SIZE = 4  # connections per process; requests beyond it wait for one (at most POOL_WAIT seconds)
POOL_WAIT = 30.0
WRITE_LOCK = 727275  # held by each write transaction: one writer at a time
MIGRATION_LOCK = 727274  # any constant shared by every sitroom process
# no JIT compilation: it costs 100-200 ms on a query the planner thinks large (a stats scan, a date window of a
# ten-million-event store), more than it saves on queries that take a few milliseconds to tens of them
CONNECTION: dict[str, Any] = {"autocommit": True, "options": "-c jit=off"}


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
        try:  # one plain connection first, for an error message that says why
            psycopg.connect(url, connect_timeout=10).close()
        except psycopg.Error as exc:
            raise StoreError("E020", detail=f"cannot connect to PostgreSQL: {exc}") from exc
        size = _pool_size()
        self._pool = ConnectionPool(url, min_size=1, max_size=size, kwargs=CONNECTION, timeout=POOL_WAIT, open=True)
        self._local = threading.local()  # the connection of this thread's open transaction, if any
        self._generation_conn: psycopg.Connection[Any] | None = None
        self._generation_lock = threading.Lock()

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection[Any]]:
        """This thread's transaction connection, else one borrowed from the pool for the statement."""
        current = getattr(self._local, "conn", None)
        if current is not None:
            yield current
            return
        try:
            with self._pool.connection() as conn:
                yield conn
        except PoolTimeout as exc:
            raise StoreError("E020", detail=f"no PostgreSQL connection free after {POOL_WAIT:.0f} s") from exc

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        if getattr(self._local, "conn", None) is not None:  # nested: part of the open transaction
            yield self._local.conn
            return
        # _errors outside: a COMMIT on a connection the server dropped fails after the body, as a psycopg error too
        with _errors(), self._connection() as conn, conn.transaction():
            self._local.conn = conn
            try:
                yield conn
            finally:
                self._local.conn = None

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with _errors(), self._connection() as conn:
            conn.execute(_sql(sql), list(clean(tuple(params))))

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with _errors(), self._connection() as conn, conn.cursor() as cur:
            cur.executemany(_sql(sql), [list(r) for r in rows])

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with _errors(), self._connection() as conn:
            return conn.execute(_sql(sql), list(clean(tuple(params)))).fetchall()

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

    def generation(self) -> int | None:
        """The write generation, read on a connection of its own (outside a transaction): the API reads it for every
        request, and must not wait behind the pool's connections while they run slow queries."""
        if getattr(self._local, "conn", None) is not None or not self._has_generation():
            return super().generation()
        with self._generation_lock, _errors():
            try:
                if self._generation_conn is None or self._generation_conn.closed:
                    self._generation_conn = psycopg.connect(self.url, autocommit=True, connect_timeout=10)
                row = self._generation_conn.execute("SELECT generation FROM store_state WHERE id = 1").fetchone()
            except psycopg.Error:
                if self._generation_conn is not None:
                    self._generation_conn.close()
                self._generation_conn = None
                raise
        return int(row[0]) if row else None

    def _lock_migrations(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))

    def _lock_writes(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))

    def close(self) -> None:
        with self._generation_lock:
            if self._generation_conn is not None:
                self._generation_conn.close()
        self._pool.close()


def _pool_size() -> int:
    raw = os.environ.get("SITROOM_PG_POOL", "")
    if not raw:
        return POOL_SIZE
    if not raw.isdigit() or not 1 <= int(raw) <= 64:
        raise StoreError("E020", detail=f"SITROOM_PG_POOL must be a whole number from 1 to 64, got {raw[:20]!r}")
    return int(raw)
