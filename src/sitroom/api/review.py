"""The review endpoints: accept, reject or correct a fused event (a write: needs the token), and read its review.

Thin: every call goes to :class:`sitroom.review.ReviewDesk`, as the CLI's ``sitroom review`` does. An event is named
by its fused id (a merged one follows its redirect) or by the event id of one of its reports.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from sitroom.api.access import authorise
from sitroom.api.params import ApiError, check_known
from sitroom.errors import UsageError
from sitroom.review import ACTIONS, FIELDS, ReviewDesk, acled_types

if TYPE_CHECKING:
    from sitroom.core import Sitroom

__all__ = ["MAX_REVIEW_BYTES", "review_router"]

MAX_REVIEW_BYTES = 64 * 1024
_BODY_KEYS = frozenset({"action", "changes", "reviewer", "note"})


def review_router(sitroom: Sitroom) -> APIRouter:
    """The review endpoints over ``sitroom``'s store."""
    router = APIRouter(tags=["review"])

    def desk() -> ReviewDesk:
        return ReviewDesk(sitroom.store)

    @router.get("/api/events/{event_id}/reviews")
    def get_reviews(request: Request, event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        """The review of an event (``null`` when none) and every change made to it: who, when, the action, the
        field, the value before and the value after, oldest first."""
        check_known(request.query_params.keys(), frozenset())
        return _answer(lambda: desk().history(event_id))

    @router.get("/api/reviews")
    def get_pending(
        request: Request, limit: Annotated[int, Query(ge=1, le=1000, description="unreviewed events listed")] = 20
    ) -> dict[str, Any]:
        """What waits for a reviewer: reviews with open flags (a report that left the event, a later report that
        disagrees with a reviewed value, a merge), and the latest fused events no one has reviewed."""
        check_known(request.query_params.keys(), frozenset({"limit"}))
        return desk().pending(limit)

    @router.get("/api/reviews/fields")
    def get_fields(request: Request) -> dict[str, Any]:
        """The fields a review may set, each with its help, and ACLED's event types with their sub-event types
        (the choices of ``type`` and ``sub_type``)."""
        check_known(request.query_params.keys(), frozenset())
        return {"fields": {name: spec.help for name, spec in FIELDS.items()}, "acled_types": acled_types()}

    @router.post("/api/events/{event_id}/review")
    async def post_review(request: Request, event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        """Accept, reject or correct an event: ``{"action": "accept"|"reject"|"correct", "changes": {FIELD: VALUE},
        "reviewer": NAME, "note": TEXT}``. Fields: type, sub_type, actor1, actor2, date, place, country, admin1,
        lat, lon, fatalities. Answers the fused event as it now reads, with its ``review``.

        Needs ``Authorization: Bearer <SITROOM_TOKEN>``. The reviewer defaults to ``api``."""
        authorise(request)
        body = await _body(request)
        unknown = sorted(set(body) - _BODY_KEYS)
        if unknown:
            raise ApiError(422, f"unknown member {unknown[0]!r}", {"allowed": sorted(_BODY_KEYS)}, code="E030")
        changes = body.get("changes") or {}
        if not isinstance(changes, dict):
            raise ApiError(422, "changes must be an object of FIELD: VALUE", {"fields": list(FIELDS)}, code="E030")
        action = body.get("action")
        if action not in ACTIONS:
            raise ApiError(422, f"action must be one of {', '.join(ACTIONS)}", {"action": action}, code="E030")
        reviewer = body.get("reviewer") or "api"
        note = body.get("note")
        if not isinstance(reviewer, str) or not (note is None or isinstance(note, str)):
            raise ApiError(422, "reviewer and note must be text", None, code="E030")

        def run() -> dict[str, Any]:
            return desk().act(event_id, str(action), changes, reviewer, note)

        event = await run_in_threadpool(_answer, run)
        return {"fused_id": event.get("fused_id"), "event": event, "review": event.get("review")}

    return router


def _answer(call: Any) -> dict[str, Any]:
    """``call()``, an unknown event id as a 404 answer."""
    try:
        result: dict[str, Any] = call()
    except UsageError as exc:
        if exc.code == "E060":
            raise ApiError(404, exc.reason, exc.fields, code=exc.code) from None
        raise
    return result


async def _body(request: Request) -> dict[str, Any]:
    data = b""
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_REVIEW_BYTES:
            raise ApiError(413, "the body is too large", {"limit_bytes": MAX_REVIEW_BYTES})
    try:
        body = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise ApiError(400, "the body is not valid JSON", str(exc)[:200], code="E004") from None
    if not isinstance(body, dict):
        raise ApiError(422, "the body must be a JSON object", None, code="E030")
    return body
