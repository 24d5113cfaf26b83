"""The HTTP API and the dashboard: ``create_app`` builds the FastAPI app on a ``Sitroom``, ``serve`` runs it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitroom.api.app import create_app
from sitroom.store.duck import DuckDBStore

if TYPE_CHECKING:
    from sitroom.core import Sitroom

__all__ = ["SERVE_MEMORY", "create_app", "serve"]

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
