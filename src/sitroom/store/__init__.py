"""Stores: where events live. ``open_store`` picks DuckDB (a path) or PostgreSQL (a ``postgresql://`` URL)."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from sitroom.errors import StoreError
from sitroom.store.base import EventQuery, IngestResult, Store, add_many

if TYPE_CHECKING:
    from sitroom.store.sql import SqlStore

__all__ = [
    "DEFAULT_DB",
    "EventQuery",
    "IngestResult",
    "Store",
    "add_many",
    "display_url",
    "is_postgres_url",
    "open_store",
]

DEFAULT_DB = "sitroom.duckdb"


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def display_url(url: str) -> str:
    """``url`` fit to print: a PostgreSQL URL without its password."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


def open_store(url: str | None = None, *, migrate: bool = True, create: bool = True, verify: bool = True) -> Store:
    """Open (and by default create or upgrade) the store at ``url``.

    ``url`` is a DuckDB file path or a ``postgresql://`` URL; None means ``$SITROOM_DB``, else ``./sitroom.duckdb``.
    ``create=False`` (the read-only commands): a store that does not exist raises ``StoreError`` E022 instead of
    being created. ``verify``: a store that fails the cheap check (``check.quick_problems``) raises E023 before
    anything is read or written. A store whose schema is newer than this sitroom raises E021.
    """
    from sitroom.store.check import has_schema, quick_problems

    url = url or os.environ.get("SITROOM_DB") or DEFAULT_DB
    store: SqlStore
    if is_postgres_url(url):
        from sitroom.store.postgres import PostgresStore

        store = PostgresStore(url)
    else:
        from sitroom.store.duck import DuckDBStore

        if not create and url != ":memory:" and not os.path.exists(url):
            raise StoreError("E022", url=url)
        store = DuckDBStore(url)
    try:
        if not create and not has_schema(store):
            raise StoreError("E022", url=display_url(url))
        problems = quick_problems(store) if verify else []
        if problems:
            raise StoreError("E023", url=display_url(url), detail=problems[0])
        if migrate:
            store.migrate()
    except BaseException:
        store.close()
        raise
    return store
