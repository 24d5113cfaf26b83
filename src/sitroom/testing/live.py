"""A ``sitroom serve`` process on a free loopback port (for the live tests, the UI tests and the API benchmark), and
a synchronous client of an app in this process (``AsgiClient``; it needs httpx, from the ``dev`` extras)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sitroom.testing.ports import free_port

if TYPE_CHECKING:
    import httpx

__all__ = ["AsgiClient", "free_port", "live_server"]


def _answers(url: str) -> bool:
    try:  # a long timeout: /health counts the store's rows, seconds on a large PostgreSQL store the first time
        with urllib.request.urlopen(url, timeout=60.0) as response:
            return int(response.status) == 200
    except (urllib.error.URLError, OSError):
        return False


@contextlib.contextmanager
def live_server(
    store_url: str, *, token: str | None = None, timeout: float = 60.0, log: str | None = None, workers: int = 1
) -> Iterator[str]:
    """Run ``python -m sitroom serve`` on the store; yield its base URL once /health answers; stop it after.
    ``log``: a file to write the server's log (its standard error) to. ``workers``: ``serve --workers``."""
    port = free_port()
    env = dict(os.environ)
    env.pop("SITROOM_TOKEN", None)
    if token:
        env["SITROOM_TOKEN"] = token
    src = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    cmd = [sys.executable, "-m", "sitroom", "serve", "--db", store_url, "--host", "127.0.0.1", "--port", str(port)]
    cmd += ["--workers", str(workers)] if workers > 1 else []
    sink = open(log, "wb") if log else None  # noqa: SIM115 (closed in the finally below)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=sink or subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"sitroom serve exited with {proc.returncode}: {err[-2000:]}")
            if _answers(base + "/health"):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"sitroom serve did not answer on {base} within {timeout:.0f} s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()
        if sink is not None:
            sink.close()


class AsgiClient:
    """A synchronous HTTP client of an ASGI app in this process (httpx.ASGITransport, one event loop a request)."""

    def __init__(self, app: Any, base_url: str = "http://sitroom.test") -> None:
        self.app = app
        self.base_url = base_url

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        import httpx

        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url=self.base_url) as client:
                response = await client.request(method, url, **kwargs)
                await response.aread()
                return response

        return asyncio.run(send())

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def close(self) -> None:
        """Close the ``Sitroom`` the app was built on."""
        self.app.state.sitroom.close()
