"""What wraps every request: a request id, the security headers, and errors as one-line JSON.

Each request gets an id (``X-Request-ID`` on the response, ``request.state.request_id`` inside). An exception that
no handler expects becomes a 500 ``{"error": "internal error", "detail": ..., "request_id": ...}`` and one log line
carrying the same id; the traceback goes to the log only with ``SITROOM_DEBUG=1``, and then under that line.
"""

from __future__ import annotations

import logging
import os
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitroom.api.params import ApiError
from sitroom.errors import RecordError, SitroomError, StoreError

__all__ = ["CSP", "SECURITY_HEADERS", "Guard", "error_response", "install_errors", "one_line"]

log = logging.getLogger("sitroom.api")

# Everything the dashboard and the API docs load comes from this server: scripts and styles from files (no inline
# code), images from files or data: URLs (the docs' stylesheet draws its icons with them), data by fetch.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
)


def one_line(text: str, limit: int = 300) -> str:
    """``text`` on one line, shortened: for log lines and error messages built from exception texts."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def error_response(status: int, message: str, detail: Any = None, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, "detail": detail, **extra}, status_code=status)


class Guard:
    """ASGI middleware: gives each request an id, adds the security headers, and turns an unexpected exception into
    a 500 JSON answer and a log line with the request id (instead of a traceback in the server's log)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex[:16]
        scope.setdefault("state", {})["request_id"] = request_id
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS]
                headers.append((b"x-request-id", request_id.encode()))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            where = f"{scope.get('method', '')} {scope.get('path', '')}"
            log_failure(request_id, where, exc)
            if started:  # part of a streamed answer went out: all that is left is to end the connection
                return
            response = error_response(500, "internal error", type(exc).__name__, request_id=request_id)
            await response(scope, receive, send_with_headers)


def log_failure(request_id: str, where: str, exc: BaseException, level: int = logging.ERROR) -> None:
    """One log line naming the request; the traceback below it only when SITROOM_DEBUG is set."""
    log.log(
        level,
        "sitroom: request %s (%s) failed: %s: %s",
        request_id,
        one_line(where, 120),
        type(exc).__name__,
        one_line(str(exc)),
        exc_info=exc if os.environ.get("SITROOM_DEBUG") else None,
    )


def request_id(request: Request) -> str:
    return str(getattr(request.state, "request_id", ""))


def install_errors(app: FastAPI) -> None:
    """The error handlers: every error is ``{"error": one line, "detail": ...}`` plus, where they apply, ``code``,
    ``record`` and ``id`` (a rejected record of a batch) and ``request_id`` (a server-side failure)."""

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.detail, **exc.extra)

    @app.exception_handler(RecordError)
    async def record_error(request: Request, exc: RecordError) -> JSONResponse:
        if exc.code == "E018":  # the pipeline failed on a record: a defect to look into, so it is logged
            log_failure(request_id(request), f"{request.method} {request.url.path}", exc, logging.WARNING)
        return error_response(
            422, exc.message(), exc.reason, code=exc.code, record=exc.index, id=exc.record_id, stored=0
        )

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        rid = request_id(request)
        log_failure(rid, f"{request.method} {request.url.path}", exc)
        return error_response(503, "the store cannot answer", exc.reason, code=exc.code, request_id=rid)

    @app.exception_handler(SitroomError)
    async def sitroom_error(_: Request, exc: SitroomError) -> JSONResponse:
        return error_response(422, exc.reason, exc.fields.get("detail"), code=exc.code)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [
            {"param": ".".join(str(p) for p in e.get("loc", ())[1:]), "problem": e.get("msg")} for e in exc.errors()
        ]
        names = ", ".join(d["param"] for d in detail) or "request"
        return error_response(422, f"invalid value for {names}", detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = {404: "not found", 405: "method not allowed"}.get(exc.status_code, str(exc.detail))
        return error_response(exc.status_code, message, exc.detail)
