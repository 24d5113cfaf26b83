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
        uvicorn.run(create_app(sitroom), host=host, port=port, log_level="info", access_log=False)
    finally:
        sitroom.close()
