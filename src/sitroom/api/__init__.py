"""The HTTP API and the dashboard: ``create_app`` builds the FastAPI app on a ``Sitroom``, ``serve`` runs it."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from sitroom.api.app import create_app
from sitroom.errors import UsageError
from sitroom.store import is_postgres_url
from sitroom.store.duck import DuckDBStore

if TYPE_CHECKING:
    from fastapi import FastAPI

    from sitroom.core import Sitroom

WORKER_DB = "SITROOM_SERVE_DB"  # the store each worker process of ``serve --workers`` opens

__all__ = ["SERVE_MEMORY", "create_app", "serve", "serve_workers", "worker_app"]

SERVE_MEMORY = "2GB"  # DuckDB's memory limit in ``sitroom serve``


def serve(sitroom: Sitroom, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API and the dashboard over ``sitroom`` on ``host:port`` until interrupted, then close it."""
    import uvicorn

    try:
        # keep-alive of 30 s (uvicorn's default is 5): a busy server must not close a client's connection as the
        # client's next request arrives on it
        app = create_app(sitroom)
        store = sitroom.store
        if isinstance(store, DuckDBStore):  # its buffer cache would grow with the store read (issue 13)
            store.limit_memory(SERVE_MEMORY)
        uvicorn.run(app, host=host, port=port, log_level="info", access_log=False, timeout_keep_alive=30)
    finally:
        sitroom.close()


def serve_workers(db: str, workers: int, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve with ``workers`` processes on one port (uvicorn's workers), each with its own store connections: on
    PostgreSQL only (E073 on a DuckDB file, which one process at a time may open for writing)."""
    import uvicorn

    from sitroom.store import open_store

    if not is_postgres_url(db):
        raise UsageError("E073", workers=workers, db=db)
    open_store(db).close()  # created or upgraded once, here, before the workers open it (a bad URL fails here)
    os.environ[WORKER_DB] = db
    uvicorn.run(
        "sitroom.api:worker_app",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="info",
        access_log=False,
        timeout_keep_alive=30,
    )


def worker_app() -> FastAPI:
    """The app of one worker process of ``serve --workers``, on the store named by $SITROOM_SERVE_DB."""
    from sitroom.core import Sitroom

    return create_app(Sitroom(os.environ[WORKER_DB]))
