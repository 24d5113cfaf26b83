"""Cross-article deduplication: the same event reported by several articles is stored once as canonical.

Wire services and local papers report one attack many times, with tolls that grow as the day goes on. An event is a
duplicate of a stored one when both say the same kind of thing happened (PLOVER type, and ACLED type when both have
one), on the same day or the next (day precision), at places no more than ``MAX_KM`` apart (or in the same place
when only a country is known, and then only with the same actors), and their named actors do not contradict each
other. The later report points at the earlier one through ``duplicate_of``; nothing is deleted, so an analyst can
still read every article's evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sitroom.geo.names import haversine_km
from sitroom.model import Event
from sitroom.store.base import EventQuery

__all__ = ["MAX_DAYS", "MAX_KM", "candidate_query", "find_duplicate"]

MAX_KM = 25.0
MAX_DAYS = 1
_UNNAMED = ("unidentified", "unknown", "civilians", "protesters", "rioters")


def candidate_query(event: Event) -> EventQuery | None:
    """Stored events that could be the same as ``event``; None when it is too vague to deduplicate."""
    if event.date is None or event.date_precision != "day" or event.location is None or event.modality != "asserted":
        return None
    radius = MAX_KM if event.location.precision != "country" else 1.0
    return EventQuery(
        since=max(date.min + timedelta(days=MAX_DAYS), event.date) - timedelta(days=MAX_DAYS),
        until=min(date.max - timedelta(days=MAX_DAYS), event.date) + timedelta(days=MAX_DAYS),
        types=(event.plover_event,),
        near=(event.location.lat, event.location.lon, radius),
        limit=50,
        order="date_asc",
    )


def _actor_name(record: dict[str, Any] | None) -> str | None:
    if not record:
        return None
    name = str(record.get("name") or "").lower()
    if not name or any(word in name for word in _UNNAMED):
        return None
    return name


def _same_actors(event: Event, other: dict[str, Any]) -> bool:
    for mine, theirs in ((event.actor1, other.get("actor1")), (event.actor2, other.get("actor2"))):
        a = _actor_name(mine.to_dict() if mine else None)
        b = _actor_name(theirs)
        if a and b and a != b:
            return False
    return True


def _is_same(event: Event, other: dict[str, Any]) -> bool:
    if other.get("article_id") == event.article_id or other.get("plover_event") != event.plover_event:
        return False
    if event.acled_event_type and other.get("acled_event_type") and event.acled_event_type != other["acled_event_type"]:
        return False
    if event.date_precision != "day" or other.get("date_precision") != "day" or not other.get("date"):
        return False
    if event.date is None:
        return False
    if abs((date.fromisoformat(other["date"]) - event.date).days) > MAX_DAYS:
        return False
    loc, theirs = event.location, other.get("location")
    if loc is None or not theirs or theirs.get("lat") is None:
        return False
    if (loc.precision == "country") != (theirs.get("precision") == "country"):
        return False
    if loc.precision == "country" and not (event.actor1 and _actor_name(event.actor1.to_dict())):
        return False
    if haversine_km(loc.lat, loc.lon, theirs["lat"], theirs["lon"]) > MAX_KM:
        return False
    return _same_actors(event, other)


def find_duplicate(event: Event, candidates: Iterable[dict[str, Any]]) -> str | None:
    """The event id of the canonical stored event that ``event`` repeats, or None."""
    for other in candidates:
        if _is_same(event, other):
            return str(other.get("duplicate_of") or other["event_id"])
    return None
