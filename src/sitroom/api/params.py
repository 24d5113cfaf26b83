"""What only the HTTP API adds to the query language of ``sitroom.query``: query-string handling, paging cursors and
the API's own errors.

Every filter value is parsed and checked by ``sitroom.query.event_query`` (a bad one raises ``UsageError`` E030, a
422 naming the parameter) before it reaches a store. Sort orders, formats and intervals come from the whitelists
in ``sitroom.query``; nothing a client sends is spliced into SQL.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from typing import Any

from sitroom.query import API_FORMATS, FILTERS, INTERVALS, SORTS, bad, event_query

__all__ = [
    "DEFAULT_LIMIT",
    "EVENT_PARAMS",
    "FILTER_PARAMS",
    "FORMATS",
    "INTERVALS",
    "MAX_LIMIT",
    "SORTS",
    "ApiError",
    "check_known",
    "decode_cursor",
    "encode_cursor",
    "event_query",
]

MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
FORMATS = API_FORMATS
FILTER_PARAMS: frozenset[str] = frozenset(FILTERS)
EVENT_PARAMS: frozenset[str] = FILTER_PARAMS | {"limit", "offset", "cursor", "sort", "format", "count"}


class ApiError(Exception):
    """An error the API answers with ``{"error": message, "detail": detail}`` (plus ``extra`` keys, if any)."""

    def __init__(self, status: int, message: str, detail: Any = None, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.detail = detail
        self.extra = extra


def check_known(keys: Iterable[str], allowed: frozenset[str]) -> None:
    unknown = sorted(set(keys) - allowed)
    if unknown:
        raise ApiError(
            422,
            f"unknown query parameter{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}",
            {"unknown": unknown, "allowed": sorted(allowed)},
        )


def check_choice(param: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise bad(param, f"expected one of {', '.join(allowed)}")
    return value


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise bad("cursor", "not a cursor this API handed out") from None
    if not raw.startswith("o:") or not raw[2:].isdigit() or len(raw) > 14:
        raise bad("cursor", "not a cursor this API handed out")
    return int(raw[2:])


def query_values(params: Any) -> dict[str, Any]:
    """The filter values of a request's query string: the repeatable ones as lists, the others as single values."""
    return {f.name: (params.getlist(f.name) if f.repeatable else params.get(f.name)) for f in FILTERS.values()}
