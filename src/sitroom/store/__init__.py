"""Stores: where events live. ``open_store`` picks DuckDB (a path) or PostgreSQL (a ``postgresql://`` URL)."""

from __future__ import annotations

import os

from sitroom.store.base import EventQuery, IngestResult, Store, add_many

__all__ = ["DEFAULT_DB", "EventQuery", "IngestResult", "Store", "add_many", "is_postgres_url", "open_store"]

DEFAULT_DB = "sitroom.duckdb"


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and by default create or upgrade) the store at ``url``.

    ``url`` is a DuckDB file path or a ``postgresql://`` URL; None means ``$SITROOM_DB``, else ``./sitroom.duckdb``.
    A store whose schema is newer than this sitroom raises ``StoreError`` E021.
    """
    url = url or os.environ.get("SITROOM_DB") or DEFAULT_DB
    store: Store
    if is_postgres_url(url):
        from sitroom.store.postgres import PostgresStore

        store = PostgresStore(url)
    else:
        from sitroom.store.duck import DuckDBStore

        store = DuckDBStore(url)
    if migrate:
        try:
            store.migrate()
        except BaseException:
            store.close()
            raise
    return store
