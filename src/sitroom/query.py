"""The event query language, defined once for the CLI and the HTTP API: filters, sort orders, formats, ``near``.

``EventQuery`` is what a store answers. ``FILTERS`` names each filter with the help text that both front-ends show
(``sitroom events --help`` and the OpenAPI schema); ``event_query`` turns raw values (strings, or lists of strings
for the repeatable filters, as a command line or a URL gives them) into an ``EventQuery``, and raises ``UsageError``
E030 naming the parameter when a value is bad. Sort orders and formats are whitelists: the store maps each sort
order to its SQL (``sitroom.store.queries.ORDERS``), the exporters each format to a writer.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sitroom.errors import UsageError

__all__ = [
    "API_FORMATS",
    "CLI_FORMATS",
    "EXPORT_FORMATS",
    "FILTERS",
    "INTERVALS",
    "MAX_KM",
    "MAX_TEXT",
    "MODALITIES",
    "SORTS",
    "STREAM_FORMATS",
    "EventQuery",
    "Filter",
    "check_near",
    "event_query",
    "parse_bool",
    "parse_confidence",
    "parse_countries",
    "parse_date",
    "parse_modalities",
    "parse_near",
    "parse_sort",
    "short_text",
    "split_list",
]

SORTS: tuple[str, ...] = ("date_desc", "date_asc", "fatalities_desc", "rank")
INTERVALS: tuple[str, ...] = ("day", "week", "month")
STREAM_FORMATS: tuple[str, ...] = ("csv", "geojson", "jsonl")  # written record by record, by the CLI and the API
CLI_FORMATS: tuple[str, ...] = ("table", *STREAM_FORMATS)  # sitroom events --format
EXPORT_FORMATS: tuple[str, ...] = ("csv", "parquet", "geojson", "jsonl", "acled")  # sitroom export --format
API_FORMATS: tuple[str, ...] = ("json", *STREAM_FORMATS)  # GET /api/events?format=
MAX_KM = 20_040.0  # half the Earth's circumference: every point is nearer than this
MAX_TEXT = 200  # characters in a text filter or a list item
MAX_ITEMS = 50  # values of a repeatable filter
MODALITIES: tuple[str, ...] = ("asserted", "reported", "future", "hypothetical", "negated")  # the schema's enum


@dataclass(frozen=True)
class EventQuery:
    """Filters over stored events; every field is optional and they combine with AND."""

    since: date | None = None
    until: date | None = None
    countries: tuple[str, ...] = ()  # ISO3 of the event's location
    types: tuple[str, ...] = ()  # PLOVER event, ACLED event type or sub-type, or non-ACLED type
    actor: str | None = None  # substring of actor1/actor2 name or text, case-insensitive
    near: tuple[float, float, float] | None = None  # lat, lon, radius km
    text: str | None = None  # substring of the evidence sentence, case-insensitive
    article_id: str | None = None
    modalities: tuple[str, ...] = ()  # any of MODALITIES (a fused event: its lead report's)
    min_confidence: float | None = None  # confidence at least this (a fused event: its lead report's)
    limit: int | None = None
    offset: int = 0
    order: str = "date_desc"  # one of SORTS
    fused: bool = False  # list fused events (one per real-world event) rather than every report


@dataclass(frozen=True)
class Filter:
    """One filter parameter: its name (``--name`` on the command line, ``?name=`` in a URL) and its help."""

    name: str
    help: str
    metavar: str = "TEXT"
    repeatable: bool = False
    flag: bool = False


FILTERS: dict[str, Filter] = {
    f.name: f
    for f in (
        Filter("since", "Events on or after this date (YYYY-MM-DD).", "DATE"),
        Filter("until", "Events on or before this date (YYYY-MM-DD).", "DATE"),
        Filter("country", "Event location country, ISO3 (repeatable, or a comma list).", "ISO3", repeatable=True),
        Filter(
            "type",
            "PLOVER event, ACLED type or sub-type, or non-ACLED type (repeatable, or a comma list).",
            "TYPE",
            repeatable=True,
        ),
        Filter("actor", "Actor name or words contain TEXT."),
        Filter("near", "Within KM kilometres of a point, such as 50.45,30.52,25.", "LAT,LON,KM"),
        Filter("text", "Evidence sentence contains TEXT."),
        Filter("article_id", "Only this article's events.", "ID"),
        Filter(
            "modality",
            f"Modality, one of {', '.join(MODALITIES)} (repeatable, or a comma list).",
            "MODALITY",
            repeatable=True,
        ),
        Filter("min_confidence", "Confidence at least this, from 0 to 1.", "NUMBER"),
        Filter("reports", "List every report of an event rather than the fused events.", flag=True),
    )
}


def bad(param: str, detail: str) -> UsageError:
    return UsageError("E030", param=param, detail=detail)


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
            if len(item) > MAX_TEXT:
                raise bad(param, f"a value is longer than {MAX_TEXT} characters")
            item = item.upper() if upper else item
            if item not in out:
                out.append(item)
    if len(out) > MAX_ITEMS:
        raise bad(param, f"at most {MAX_ITEMS} values")
    return tuple(out)


def parse_countries(values: Iterable[str]) -> tuple[str, ...]:
    codes = split_list("country", values, upper=True)
    for code in codes:
        if not (len(code) == 3 and code.isascii() and code.isalpha()):
            raise bad("country", f"{code[:40]!r} is not an ISO 3166 alpha-3 code such as UKR")
    return codes


def check_near(lat: float, lon: float, km: float) -> tuple[float, float, float]:
    if not all(math.isfinite(x) for x in (lat, lon, km)):
        raise bad("near", "LAT, LON and KM must be finite numbers")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 <= km <= MAX_KM):
        raise bad("near", f"expected -90<=LAT<=90, -180<=LON<=180 and 0<=KM<={MAX_KM:.0f}")
    return lat, lon, km


def parse_near(value: str | None) -> tuple[float, float, float] | None:
    """``LAT,LON,KM`` as three numbers, checked; None when absent."""
    if value is None or value == "":
        return None
    try:
        lat, lon, km = (float(p) for p in value.split(","))
    except ValueError:
        raise bad("near", "expected LAT,LON,KM such as 50.45,30.52,25") from None
    return check_near(lat, lon, km)


def short_text(param: str, value: str | None) -> str | None:
    if value is None or value.strip() == "":
        return None
    if len(value) > MAX_TEXT:
        raise bad(param, f"longer than {MAX_TEXT} characters")
    return value.strip()


def parse_modalities(values: Iterable[str]) -> tuple[str, ...]:
    found = split_list("modality", [v.lower() for v in values])
    for value in found:
        if value not in MODALITIES:
            raise bad("modality", f"{value[:40]!r} is not one of {', '.join(MODALITIES)}")
    return found


def parse_confidence(value: str | None) -> float | None:
    """A number from 0 to 1; None when absent."""
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except ValueError:
        raise bad("min_confidence", f"expected a number from 0 to 1, got {value[:40]!r}") from None
    if not (math.isfinite(number) and 0 <= number <= 1):
        raise bad("min_confidence", f"expected a number from 0 to 1, got {value[:40]!r}")
    return number


def parse_bool(param: str, value: str | bool | None) -> bool:
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    lowered = value.lower()
    if lowered in ("1", "true", "yes"):
        return True
    if lowered in ("0", "false", "no"):
        return False
    raise bad(param, "expected true or false")


def parse_sort(value: str | None) -> str:
    if value is None or value == "":
        return "date_desc"
    if value not in SORTS:
        raise bad("sort", f"expected one of {', '.join(SORTS)}")
    return value


def _listed(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def event_query(
    params: Mapping[str, Any], *, limit: int | None = None, offset: int = 0, order: str | None = None
) -> EventQuery:
    """The EventQuery of the filter values in ``params`` (by ``FILTERS`` name; a repeatable one may be a list)."""
    since = parse_date("since", params.get("since"))
    until = parse_date("until", params.get("until"))
    if since and until and since > until:
        raise bad("since", f"since {since} is after until {until}")
    return EventQuery(
        since=since,
        until=until,
        countries=parse_countries(_listed(params.get("country"))),
        types=split_list("type", _listed(params.get("type"))),
        actor=short_text("actor", params.get("actor")),
        near=parse_near(params.get("near")),
        text=short_text("text", params.get("text")),
        article_id=short_text("article_id", params.get("article_id")),
        modalities=parse_modalities(_listed(params.get("modality"))),
        min_confidence=parse_confidence(params.get("min_confidence")),
        fused=not parse_bool("reports", params.get("reports")),
        limit=limit,
        offset=offset,
        order=parse_sort(order),
    )
