"""Query parameters of the HTTP API: parsing, validation and the EventQuery they become.

Every value is checked here before it reaches a store, and a bad one raises ``ApiError`` (a 422 with a message a
person can act on). Sort orders and intervals come from whitelists; nothing a client sends is spliced into SQL.
"""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Iterable
from datetime import date
from typing import Any

from sitroom.store.base import EventQuery

__all__ = [
    "EVENT_PARAMS",
    "FILTER_PARAMS",
    "FORMATS",
    "INTERVALS",
    "MAX_LIMIT",
    "SORTS",
    "ApiError",
    "decode_cursor",
    "encode_cursor",
    "event_query",
    "parse_date",
    "parse_near",
    "split_list",
]

MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
SORTS: tuple[str, ...] = ("date_desc", "date_asc", "fatalities_desc", "rank")
FORMATS: tuple[str, ...] = ("json", "csv", "geojson", "jsonl")
INTERVALS: tuple[str, ...] = ("day", "week", "month")
FILTER_PARAMS: frozenset[str] = frozenset(
    {"since", "until", "country", "type", "actor", "near", "text", "article_id", "unique"}
)
EVENT_PARAMS: frozenset[str] = FILTER_PARAMS | {"limit", "offset", "cursor", "sort", "format", "count"}
_MAX_TEXT = 200
_MAX_ITEMS = 50


class ApiError(Exception):
    """An error the API answers with ``{"error": message, "detail": detail}``."""

    def __init__(self, status: int, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.detail = detail


def bad(param: str, detail: str) -> ApiError:
    return ApiError(422, f"invalid value for {param}", detail)


def check_known(keys: Iterable[str], allowed: frozenset[str]) -> None:
    unknown = sorted(set(keys) - allowed)
    if unknown:
        raise ApiError(
            422,
            f"unknown query parameter{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}",
            {"unknown": unknown, "allowed": sorted(allowed)},
        )


def parse_date(param: str, value: str | None) -> date | None:
    """``YYYY-MM-DD`` only; an impossible date such as 2023-02-30 is an error."""
    if value is None or value == "":
        return None
    if len(value) != 10:
        raise bad(param, f"expected a date YYYY-MM-DD, got {value[:40]!r}")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise bad(param, f"{value!r} is not a date: {exc}") from None


def split_list(param: str, values: Iterable[str], *, upper: bool = False) -> tuple[str, ...]:
    """Values of a repeatable parameter, each possibly a comma list; blanks dropped, order kept, no repeats."""
    out: list[str] = []
    for value in values:
        for part in value.split(","):
            item = part.strip()
            if not item:
                continue
            if len(item) > _MAX_TEXT:
                raise bad(param, f"a value is longer than {_MAX_TEXT} characters")
            item = item.upper() if upper else item
            if item not in out:
                out.append(item)
    if len(out) > _MAX_ITEMS:
        raise bad(param, f"at most {_MAX_ITEMS} values")
    return tuple(out)


def parse_countries(values: Iterable[str]) -> tuple[str, ...]:
    codes = split_list("country", values, upper=True)
    for code in codes:
        if not (len(code) == 3 and code.isascii() and code.isalpha()):
            raise bad("country", f"{code[:40]!r} is not an ISO 3166 alpha-3 code such as UKR")
    return codes


def parse_near(value: str | None) -> tuple[float, float, float] | None:
    if value is None or value == "":
        return None
    parts = value.split(",")
    try:
        lat, lon, km = (float(p) for p in parts)
    except ValueError:
        raise bad("near", "expected LAT,LON,KM such as 50.45,30.52,25") from None
    if not all(math.isfinite(x) for x in (lat, lon, km)):
        raise bad("near", "LAT, LON and KM must be finite numbers")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 <= km <= 20_040):
        raise bad("near", "expected -90<=LAT<=90, -180<=LON<=180 and 0<=KM<=20040")
    return lat, lon, km


def short_text(param: str, value: str | None) -> str | None:
    if value is None or value.strip() == "":
        return None
    if len(value) > _MAX_TEXT:
        raise bad(param, f"longer than {_MAX_TEXT} characters")
    return value.strip()


def parse_bool(param: str, value: str | None) -> bool:
    if value is None or value == "":
        return False
    lowered = value.lower()
    if lowered in ("1", "true", "yes"):
        return True
    if lowered in ("0", "false", "no"):
        return False
    raise bad(param, "expected true or false")


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


def event_query(
    params: dict[str, Any], *, limit: int | None = None, offset: int = 0, order: str = "date_desc"
) -> EventQuery:
    """The EventQuery of the filter parameters in ``params`` (single values, except lists for country and type)."""
    since = parse_date("since", params.get("since"))
    until = parse_date("until", params.get("until"))
    if since and until and since > until:
        raise bad("since", f"since {since} is after until {until}")
    return EventQuery(
        since=since,
        until=until,
        countries=parse_countries(params.get("country") or ()),
        types=split_list("type", params.get("type") or ()),
        actor=short_text("actor", params.get("actor")),
        near=parse_near(params.get("near")),
        text=short_text("text", params.get("text")),
        article_id=short_text("article_id", params.get("article_id")),
        unique=parse_bool("unique", params.get("unique")),
        limit=limit,
        offset=offset,
        order=order,
    )
