"""Cross-article deduplication: repeated reports of one event point at the first; distinct events do not."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitroom.dedup import candidate_query, find_duplicate
from sitroom.geo.names import haversine_km
from sitroom.model import Actor, Event, Evidence, Location


def _event(article: str = "b", **kw: Any) -> Event:
    base: dict[str, Any] = {
        "article_id": article,
        "plover_event": "ASSAULT",
        "acled_event_type": "Explosions/Remote violence",
        "evidence": Evidence("Shelling hit Stepanakert.", 0, 25),
        "date": date(2020, 10, 4),
        "date_precision": "day",
        "location": Location("Stepanakert", 39.8177, 46.7528, "AZE", "point"),
        "actor1": Actor("Azerbaijani forces", "Military Forces of Azerbaijan", "AZE", "MIL", 1),
    }
    base.update(kw)
    return Event(**base)


def _stored(**kw: Any) -> dict[str, Any]:
    record = _event("a", **kw).to_dict()
    record["event_id"] = "first"
    return record


@pytest.mark.parametrize(
    ("change", "duplicate"),
    [
        ({}, True),
        ({"date": date(2020, 10, 5)}, True),
        ({"date": date(2020, 10, 7)}, False),
        ({"plover_event": "PROTEST"}, False),
        ({"acled_event_type": "Battles"}, False),
        ({"location": Location("Ganja", 40.6828, 46.3606, "AZE", "point")}, False),
        ({"location": Location("Khankendi", 39.82, 46.76, "AZE", "point")}, True),
        ({"actor1": Actor("Armenian forces", "Military Forces of Armenia", "ARM", "MIL", 1)}, False),
        ({"actor1": Actor("gunmen", "Unidentified Armed Group (Azerbaijan)", "AZE", None, 3)}, True),
        ({"date_precision": "month"}, False),
    ],
)
def test_dedup_find_duplicate(change: dict[str, Any], duplicate: bool) -> None:
    event = _event(**change)
    assert (find_duplicate(event, [_stored()]) == "first") is duplicate


def test_dedup_points_at_the_canonical_event() -> None:
    stored = _stored()
    stored["duplicate_of"] = "origin"
    assert find_duplicate(_event(), [stored]) == "origin"


def test_dedup_same_article_is_never_a_duplicate() -> None:
    assert find_duplicate(_event("a"), [_stored()]) is None


def test_dedup_candidate_query_needs_day_date_and_place() -> None:
    assert candidate_query(_event(location=None)) is None
    assert candidate_query(_event(date_precision="year")) is None
    query = candidate_query(_event())
    assert query is not None and query.near is not None and query.types == ("ASSAULT",)
    assert query.since == date(2020, 10, 3) and query.until == date(2020, 10, 5)


def test_dedup_distance_known_distance() -> None:
    assert haversine_km(39.8177, 46.7528, 40.6828, 46.3606) == pytest.approx(102, abs=3)
