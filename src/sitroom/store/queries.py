"""SQL shared by every store: the WHERE clause of an EventQuery, the sort orders, and the rows an event becomes.

Values never enter the SQL text: filters become ``?`` placeholders with a parameter list (the PostgreSQL store
turns ``?`` into ``%s``). The only words spliced into SQL come from whitelists in this module (sort orders and
date-truncation intervals).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from sitroom.model import SCHEMA_VERSION, Actor, Article, Event
from sitroom.query import SORTS, EventQuery, check_near, parse_sort

__all__ = [
    "EARTH_KM",
    "EVENT_COLUMNS",
    "INTERVALS",
    "ORDERS",
    "Where",
    "actor_rows",
    "event_row",
    "order_clause",
    "place_row",
    "where_clause",
]

EARTH_KM = 6371.0088

# the SQL of each sort order that sitroom.query.SORTS names (the two must name the same orders)
ORDERS: dict[str, str] = {
    "date_desc": "e.event_date DESC NULLS LAST, e.article_id, e.salience_rank, e.event_id",
    "date_asc": "e.event_date ASC NULLS LAST, e.article_id, e.salience_rank, e.event_id",
    "fatalities_desc": "e.killed DESC NULLS LAST, e.event_date DESC NULLS LAST, e.event_id",
    "rank": "e.article_id, e.salience_rank, e.event_id",
}
if tuple(ORDERS) != SORTS:
    raise ImportError("sitroom.store.queries.ORDERS and sitroom.query.SORTS name different sort orders")

INTERVALS: dict[str, str] = {"day": "day", "week": "week", "month": "month", "year": "year"}

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "article_id",
    "content_hash",
    "salience_rank",
    "plover_event",
    "plover_mode",
    "cameo_root",
    "acled_event_type",
    "acled_sub_event_type",
    "non_acled_type",
    "actor1_name",
    "actor1_text",
    "actor2_name",
    "actor2_text",
    "event_date",
    "date_precision",
    "date_text",
    "location_name",
    "location_text",
    "country",
    "admin1",
    "lat",
    "lon",
    "geonames_id",
    "location_precision",
    "killed",
    "killed_low",
    "killed_high",
    "civilians_killed",
    "injured",
    "arrested",
    "fatalities_qualifier",
    "fatalities_text",
    "evidence",
    "evidence_start",
    "evidence_end",
    "confidence",
    "modality",
    "trigger_word",
    "duplicate_of",
    "schema_version",
    "record",
    "published",
    "title",
    "fused_id",
    "admin2",
    "admin3",
    "geo_precision",
)

ACTOR_COLUMNS: tuple[str, ...] = ("event_id", "role", "position", "text", "name", "country", "sector", "acled_inter")
ARTICLE_COLUMNS: tuple[str, ...] = (
    "content_hash",
    "id",
    "published",
    "title",
    "url",
    "source",
    "text",
    "origin",
    "is_current",
    "ingested_at",
)
PLACE_COLUMNS: tuple[str, ...] = (
    "event_id",
    "article_id",
    "text",
    "name",
    "lat",
    "lon",
    "country",
    "admin1",
    "precision",
    "geonames_id",
)


@dataclass
class Where:
    """A WHERE clause (without the keyword; "TRUE" when empty) and its parameters, in order."""

    sql: str = "TRUE"
    params: list[Any] = field(default_factory=list)


def where_clause(query: EventQuery) -> Where:
    """The conditions of ``query`` over the events table aliased ``e``."""
    parts: list[str] = []
    params: list[Any] = []
    if query.since is not None:
        parts.append("e.event_date >= ?")
        params.append(query.since)
    if query.until is not None:
        parts.append("e.event_date <= ?")
        params.append(query.until)
    if query.countries:
        parts.append(f"e.country IN ({_marks(len(query.countries))})")
        params.extend(c.upper() for c in query.countries)
    if query.types:
        kinds = [t.lower() for t in query.types]
        marks = _marks(len(kinds))
        cols = ("plover_event", "acled_event_type", "acled_sub_event_type", "non_acled_type")
        parts.append("(" + " OR ".join(f"lower(e.{c}) IN ({marks})" for c in cols) + ")")
        for _ in cols:
            params.extend(kinds)
    if query.actor:
        needle = query.actor.lower()
        cols = ("actor1_name", "actor1_text", "actor2_name", "actor2_text")
        parts.append("(" + " OR ".join(f"strpos(lower(e.{c}), ?) > 0" for c in cols) + ")")
        params.extend([needle] * len(cols))
    if query.text:
        parts.append("strpos(lower(e.evidence), ?) > 0")
        params.append(query.text.lower())
    if query.article_id is not None and query.fused:  # the fused events the article reports
        parts.append("e.fused_id IN (SELECT r.fused_id FROM events r WHERE r.article_id = ?)")
        params.append(query.article_id)
    elif query.article_id is not None:
        parts.append("e.article_id = ?")
        params.append(query.article_id)
    if query.modalities or query.min_confidence is not None:
        _modality(query, parts, params)
    if query.near is not None:
        _near(query.near, parts, params)
    return Where(" AND ".join(parts) if parts else "TRUE", params)


def _modality(query: EventQuery, parts: list[str], params: list[Any]) -> None:
    """Modality and confidence: a report's own; a fused event's are its lead report's (the report whose event id
    it carries and whose modality and confidence its record shows)."""
    alias = "r" if query.fused else "e"
    conds: list[str] = []
    if query.modalities:
        conds.append(f"{alias}.modality IN ({_marks(len(query.modalities))})")
        params.extend(query.modalities)
    if query.min_confidence is not None:
        conds.append(f"{alias}.confidence >= ?")
        params.append(query.min_confidence)
    if query.fused:
        parts.append(f"e.event_id IN (SELECT r.event_id FROM events r WHERE {' AND '.join(conds)})")
    else:
        parts.extend(conds)


def _near(near: tuple[float, float, float], parts: list[str], params: list[Any]) -> None:
    """Great-circle distance (haversine) within ``km``, after a bounding-box prefilter that indexes can use."""
    lat, lon, km = check_near(*(float(x) for x in near))
    dlat = math.degrees(km / EARTH_KM)
    parts.append("e.lat BETWEEN ? AND ?")
    params.extend([lat - dlat, lat + dlat])
    angular = km / EARTH_KM
    cos_lat = math.cos(math.radians(lat))
    if lat - dlat > -90 and lat + dlat < 90 and math.sin(angular) < cos_lat:
        dlon = math.degrees(math.asin(math.sin(angular) / cos_lat))
        if lon - dlon > -180 and lon + dlon < 180:
            parts.append("e.lon BETWEEN ? AND ?")
            params.extend([lon - dlon, lon + dlon])
    parts.append(
        "2 * ? * asin(least(1.0, sqrt(power(sin(radians(e.lat - ?) / 2), 2)"
        " + cos(radians(?)) * cos(radians(e.lat)) * power(sin(radians(e.lon - ?) / 2), 2)))) <= ?"
    )
    params.extend([EARTH_KM, lat, lat, lon, km])


def order_clause(order: str) -> str:
    return ORDERS[parse_sort(order)]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def clean(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A row with NUL characters in its strings replaced by U+FFFD (PostgreSQL text cannot hold NUL; DuckDB gets
    the same so that both stores give the same answers). The JSON record keeps them, escaped as \\u0000."""
    return tuple(_clean(v) for v in row)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd") if "\x00" in value else value
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def event_row(
    event: Event, article: Article, fused_id: str | None = None, record: dict[str, Any] | None = None
) -> tuple[Any, ...]:
    """The events-table row of ``event``, in ``EVENT_COLUMNS`` order (``record``: its ``to_dict``, when made)."""
    record = record if record is not None else event.to_dict()
    loc, fat = record["location"], record["fatalities"]
    a1, a2 = record["actor1"], record["actor2"]
    return clean(
        (
            record["event_id"],
            event.article_id,
            article.content_hash,
            event.salience_rank,
            event.plover_event,
            event.plover_mode,
            event.cameo_root,
            event.acled_event_type,
            event.acled_sub_event_type,
            event.non_acled_type,
            a1["name"] if a1 else None,
            a1["text"] if a1 else None,
            a2["name"] if a2 else None,
            a2["text"] if a2 else None,
            event.date,
            event.date_precision,
            event.date_text,
            loc["name"] if loc else None,
            loc["text"] if loc else None,
            loc["country"] if loc else None,
            loc["admin1"] if loc else None,
            loc["lat"] if loc else None,
            loc["lon"] if loc else None,
            loc["geonames_id"] if loc else None,
            loc["precision"] if loc else None,
            fat.get("killed"),
            fat.get("killed_low"),
            fat.get("killed_high"),
            fat.get("civilians_killed"),
            fat.get("injured"),
            fat.get("arrested"),
            fat.get("qualifier"),
            fat.get("text"),
            event.evidence.sentence,
            event.evidence.start,
            event.evidence.end,
            record["confidence"],
            event.modality,
            event.trigger,
            None,  # duplicate_of: deprecated, see fused_id
            record.get("schema_version", SCHEMA_VERSION),
            json.dumps(record, ensure_ascii=False),
            article.published,
            article.title,
            fused_id,
            loc.get("admin2") if loc else None,
            loc.get("admin3") if loc else None,
            loc.get("geo_precision") if loc else None,
        )
    )


def actor_rows(event: Event) -> list[tuple[Any, ...]]:
    """The actors-table rows of ``event``: actor1, actor2, then the other actors in order."""
    rows: list[tuple[Any, ...]] = []
    roles: list[tuple[str, int, Actor | None]] = [("actor1", 0, event.actor1), ("actor2", 0, event.actor2)]
    roles += [("other", i, a) for i, a in enumerate(event.other_actors)]
    for role, position, actor in roles:
        if actor is not None:
            rows.append(
                clean(
                    (
                        event.event_id,
                        role,
                        position,
                        actor.text,
                        actor.name,
                        actor.country,
                        actor.sector,
                        actor.acled_inter,
                    )
                )
            )
    return rows


def place_row(event: Event) -> tuple[Any, ...] | None:
    loc = event.location
    if loc is None:
        return None
    d = loc.to_dict()
    return clean(
        (
            event.event_id,
            event.article_id,
            d["text"],
            d["name"],
            d["lat"],
            d["lon"],
            d["country"],
            d["admin1"],
            d["precision"],
            d["geonames_id"],
        )
    )


def article_row(article: Article, is_current: bool, now: Any) -> tuple[Any, ...]:
    return clean(
        (
            article.content_hash,
            article.id,
            article.published,
            article.title,
            article.url,
            article.source,
            article.text,
            article.origin,
            is_current,
            now,
        )
    )
