"""The HTTP API and the dashboard: ``create_app`` builds the FastAPI app, ``serve`` runs it with uvicorn."""

from __future__ import annotations

from sitroom.api.app import create_app

__all__ = ["create_app", "serve"]


def serve(store_url: str | None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API and the dashboard on ``host:port`` until interrupted."""
    import uvicorn

    uvicorn.run(create_app(store_url), host=host, port=port, log_level="info", access_log=False)
