"""The FastAPI application over one ``Sitroom``: the JSON API, the ingest endpoint, the dashboard and the docs.

Like datasette's ``Datasette(...).app()``, ``create_app`` builds the web app on the core object it is handed and
holds no logic of its own: reads go to ``sitroom.store``, ``POST /api/articles`` to ``Sitroom.ingest_batch`` (all the
request's articles are stored, or none). Every error is ``{"error": message, "detail": ...}`` (``sitroom.api.guard``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from importlib import resources
from typing import TYPE_CHECKING, Annotated, Any

import orjson
from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from sitroom.api.access import articles_from_body
from sitroom.api.access import authorise as _authorise
from sitroom.api.answers import Answers
from sitroom.api.guard import Guard, install_errors
from sitroom.api.params import (
    DEFAULT_LIMIT,
    EVENT_PARAMS,
    FILTER_PARAMS,
    FORMATS,
    INTERVALS,
    MAX_LIMIT,
    SORTS,
    ApiError,
    check_choice,
    check_known,
    decode_cursor,
    encode_cursor,
    event_query,
    query_values,
)
from sitroom.api.review import review_router
from sitroom.export import CHUNKERS
from sitroom.query import FILTERS
from sitroom.store import is_postgres_url

if TYPE_CHECKING:
    from sitroom.core import Sitroom

__all__ = ["MAX_BODY_BYTES", "create_app"]

MAX_BODY_BYTES = 10 * 1024 * 1024
STATIC = resources.files("sitroom") / "api" / "static"
_MEDIA = {"csv": "text/csv; charset=utf-8", "geojson": "application/geo+json", "jsonl": "application/x-ndjson"}


class FastJSON(JSONResponse):
    """JSON written by orjson: the same compact text as ``JSONResponse``, several times faster on the pages of
    event records that are most of what the API sends (issue 13)."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


def _params(request: Request, allowed: frozenset[str]) -> dict[str, Any]:
    """The filter values of the query string, after the unknown-name check."""
    check_known(request.query_params.keys(), allowed)
    return query_values(request.query_params)


def create_app(sitroom: Sitroom) -> FastAPI:
    """The API and dashboard over ``sitroom``'s store (and its pipeline, for writes). The caller owns ``sitroom``
    and closes it after the app has stopped."""
    app = FastAPI(
        title="sitroom",
        version="0.1.0",
        summary="Geocoded, evidence-linked conflict events extracted from dated news articles.",
        docs_url=None,
        redoc_url=None,
        default_response_class=FastJSON,
    )
    # both stores are thread-safe: requests run side by side on the server's worker threads (PostgreSQL borrows a
    # pooled connection for each query, DuckDB gives each thread a cursor of its own; issue 13)
    store = sitroom.store
    app.state.sitroom = sitroom
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.add_middleware(Answers, generation=store.generation)  # inside Guard: kept answers get its headers too
    app.add_middleware(Guard)
    install_errors(app)
    _document_errors(app)

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"), media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        """Swagger UI from the vendored files, started by static/docs.js (no inline script: see the CSP)."""
        return FileResponse(str(STATIC / "docs.html"), media_type="text/html")

    @app.get("/health", tags=["meta"])
    def health(request: Request) -> dict[str, Any]:
        """Whether the store answers, its kind and its row counts."""
        check_known(request.query_params.keys(), frozenset())
        kind = "postgresql" if is_postgres_url(store.url) else "duckdb"
        return {
            "status": "ok",
            "store": kind,
            "counts": store.counts(),
            "writes": "enabled" if os.environ.get("SITROOM_TOKEN") else "disabled",
        }

    @app.get("/api/events", tags=["events"], response_model=None, dependencies=[Depends(_filters)])
    def list_events(
        request: Request,
        limit: Annotated[int | None, Query(ge=1, le=MAX_LIMIT, description="page size (json default 100)")] = None,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        cursor: Annotated[str | None, Query(description="next_cursor of the previous page")] = None,
        sort: Annotated[str, Query(description="|".join(SORTS))] = "date_desc",
        count: Annotated[bool, Query(description="also count every matching event (json)")] = False,
        format: Annotated[str, Query(description="|".join(FORMATS))] = "json",
    ) -> Response:
        """Stored events, filtered, paged and sorted; JSON pages, or a CSV, GeoJSON or JSONL export.

        JSON answers a page (limit default 100, at most 1000) with ``next_cursor``, and ``total`` when asked
        (``count=true``; it costs a second query). The export formats give every matching event unless ``limit`` is
        set.
        """
        params = _params(request, EVENT_PARAMS)
        check_choice("format", format, FORMATS)
        if cursor is not None:
            offset = decode_cursor(cursor)
        if format == "json":
            page = limit or DEFAULT_LIMIT
            query = event_query(params, limit=page + 1, offset=offset, order=sort)
            rows = store.event_page(query)  # records as dicts, or as stored text sent as it is (same JSON)
            more = len(rows) > page
            rows = rows[:page]
            total = store.count_events(query) if count else None
            return FastJSON(
                {
                    "events": rows,
                    "total": total,
                    "limit": page,
                    "offset": offset,
                    "next_cursor": encode_cursor(offset + len(rows)) if more else None,
                }
            )
        query = event_query(params, limit=limit, offset=offset, order=sort)
        records = store.events(query)
        body: Iterator[str] = CHUNKERS[format](records)
        return StreamingResponse(
            body,
            media_type=_MEDIA[format],
            headers={"Content-Disposition": f'attachment; filename="sitroom-events.{format}"'},
        )

    @app.get("/api/events/{event_id}", tags=["events"])
    def get_event(request: Request, event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        """One event with its article's text and the evidence offsets into that text."""
        check_known(request.query_params.keys(), frozenset())
        record = store.event(event_id)
        if record is None:
            raise ApiError(404, "no such event", {"event_id": event_id})
        article = store.article(record["article_id"])
        if article is not None:
            article = {k: v for k, v in article.items() if k != "events"}
        return {"event": record, "article": article, "evidence": record.get("evidence")}

    @app.get("/api/fused/{fused_id}", tags=["events"])
    def get_fused(request: Request, fused_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        """One fused event: its decided date, toll, place and actors, its reports, the conflicts between them and
        its merge history. The id of a fused event merged into another answers with the one it joined."""
        check_known(request.query_params.keys(), frozenset())
        record = store.fused_event(fused_id)
        if record is None:
            raise ApiError(404, "no such fused event", {"fused_id": fused_id})
        return record

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def get_article(request: Request, article_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        """An article with its text and its events."""
        check_known(request.query_params.keys(), frozenset())
        article = store.article(article_id)
        if article is None:
            raise ApiError(404, "no such article", {"article_id": article_id})
        return article

    @app.get("/api/actors", tags=["actors"], dependencies=[Depends(_filters)])
    def get_actors(
        request: Request,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    ) -> dict[str, Any]:
        """Actors with their event counts, most active first, over the events the filters select."""
        params = _params(request, FILTER_PARAMS | {"limit"})
        actors = store.actors(event_query(params))
        return {"actors": actors[:limit], "total": len(actors)}

    @app.get("/api/stats", tags=["stats"], dependencies=[Depends(_filters)])
    def get_stats(
        request: Request,
        interval: Annotated[str, Query(description="|".join(INTERVALS))] = "day",
    ) -> dict[str, Any]:
        """Event counts by period, by type and by country, and totals, over the events the filters select."""
        params = _params(request, FILTER_PARAMS | {"interval"})
        check_choice("interval", interval, INTERVALS)
        result = store.stats(event_query(params), interval=interval)
        return {"interval": interval, **result}

    @app.get("/api/agreements", tags=["agreements"])
    def list_agreements(
        request: Request,
        format: Annotated[str, Query(description="summary|records")] = "summary",
    ) -> dict[str, Any]:
        """Ceasefires, truces and peace deals: ``summary``, each as last known with its violation counts
        (confirmed and alleged) and status over time; ``records``, the tracker's records per article (agreement
        states, violations, stale flags)."""
        check_known(request.query_params.keys(), frozenset({"format"}))
        check_choice("format", format, ("summary", "records"))
        if format == "records":
            return {"records": list(sitroom.agreement_records())}
        return {"agreements": sitroom.agreements()}

    @app.get("/api/agreements/{agreement_id}", tags=["agreements"])
    def get_agreement(request: Request, agreement_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        """One agreement with its violations, oldest first (a timeline), each with the articles reporting it."""
        check_known(request.query_params.keys(), frozenset())
        found = sitroom.agreement(agreement_id)
        if found is None:
            raise ApiError(404, "no such agreement", {"agreement_id": agreement_id})
        return found

    app.include_router(review_router(sitroom))

    @app.post("/api/articles", tags=["articles"], status_code=201)
    async def post_articles(request: Request) -> dict[str, Any]:
        """Ingest one article or a list of them (``id``, ``published``, ``text``, ``title``, ``url``, ``source``).

        Needs ``Authorization: Bearer <SITROOM_TOKEN>``; with no token configured on the server, writes are off.
        """
        _authorise(request)
        data = await _read_body(request)
        try:
            body = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ApiError(400, "the body is not valid JSON", str(exc), code="E004") from None
        except RecursionError:
            raise ApiError(400, "the body is not valid JSON", "nested too deeply", code="E004") from None
        try:
            articles, errors = articles_from_body(body)
        except ValueError as exc:
            raise ApiError(422, "invalid article", str(exc)) from None
        if errors:  # nothing is stored: the client fixes the records named and sends the request again
            first = errors[0]
            raise ApiError(
                422,
                first.message(),
                [{"record": e.index, "id": e.record_id, "code": e.code, "reason": e.reason} for e in errors[:50]],
                code=first.code,
                record=first.index,
                id=first.record_id,
                stored=0,
            )
        result = await run_in_threadpool(sitroom.ingest_batch, articles)
        return {
            "articles_new": result.articles_new,
            "articles_seen": result.articles_seen,
            "events": result.events,
            "rejected": result.rejected,
        }

    return app


def _filters(
    since: Annotated[str | None, Query(description=FILTERS["since"].help)] = None,
    until: Annotated[str | None, Query(description=FILTERS["until"].help)] = None,
    country: Annotated[list[str] | None, Query(description=FILTERS["country"].help)] = None,
    type: Annotated[list[str] | None, Query(description=FILTERS["type"].help)] = None,
    actor: Annotated[str | None, Query(description=FILTERS["actor"].help)] = None,
    near: Annotated[str | None, Query(description=FILTERS["near"].help)] = None,
    text: Annotated[str | None, Query(description=FILTERS["text"].help)] = None,
    article_id: Annotated[str | None, Query(description=FILTERS["article_id"].help)] = None,
    modality: Annotated[list[str] | None, Query(description=FILTERS["modality"].help)] = None,
    min_confidence: Annotated[str | None, Query(description=FILTERS["min_confidence"].help)] = None,
    reports: Annotated[bool, Query(description=FILTERS["reports"].help)] = False,
) -> None:
    """The event filters shared by the listing endpoints, declared once so OpenAPI documents each of them.

    Their help is ``sitroom.query.FILTERS``'s, as on the command line. FastAPI checks their types; the values
    themselves are read from the request by ``_params`` and checked by ``sitroom.query.event_query``, which also
    handles repeated and comma-separated lists.
    """


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY_BYTES):
        raise ApiError(413, "the body is too large", {"limit_bytes": MAX_BODY_BYTES})
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise ApiError(413, "the body is too large", {"limit_bytes": MAX_BODY_BYTES})
        chunks.append(chunk)
    return b"".join(chunks)


ERROR_SCHEMA: dict[str, Any] = {
    "title": "Error",
    "type": "object",
    "properties": {"error": {"type": "string"}, "detail": {"description": "what was wrong, where (any JSON)"}},
    "required": ["error", "detail"],
}


def _document_errors(app: FastAPI) -> None:
    """Document the 422 answer as the ``{"error", "detail"}`` body it is, not FastAPI's own validation error."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = generate()  # FastAPI keeps it as app.openapi_schema: edited in place once
        for operation in (op for ops in schema.get("paths", {}).values() for op in ops.values()):
            answer = operation.get("responses", {}).get("422")
            if answer is not None:
                answer["description"] = "Invalid parameter or body"
                answer["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        components["Error"] = ERROR_SCHEMA
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
