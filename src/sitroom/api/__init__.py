"""The HTTP API and the dashboard: ``create_app`` builds the FastAPI app on a ``Sitroom``, ``serve`` runs it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitroom.api.app import create_app

if TYPE_CHECKING:
    from sitroom.core import Sitroom

__all__ = ["create_app", "serve"]


def serve(sitroom: Sitroom, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API and the dashboard over ``sitroom`` on ``host:port`` until interrupted, then close it."""
    import uvicorn

    try:
        # keep-alive of 30 s (uvicorn's default is 5): a busy server must not close a client's connection as the
        # client's next request arrives on it
        app = create_app(sitroom)
        uvicorn.run(app, host=host, port=port, log_level="info", access_log=False, timeout_keep_alive=30)
    finally:
        sitroom.close()
