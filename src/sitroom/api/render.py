"""Event records as CSV, GeoJSON and JSON lines, for the export endpoints."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["CSV_COLUMNS", "csv_lines", "flat_row", "geojson_chunks", "jsonl_lines"]

CSV_COLUMNS: tuple[str, ...] = (
    "event_id",
    "article_id",
    "published",
    "title",
    "date",
    "date_precision",
    "plover_event",
    "plover_mode",
    "cameo_root",
    "acled_event_type",
    "acled_sub_event_type",
    "non_acled_type",
    "actor1",
    "actor1_country",
    "actor1_sector",
    "actor2",
    "actor2_country",
    "actor2_sector",
    "location",
    "country",
    "admin1",
    "lat",
    "lon",
    "location_precision",
    "killed",
    "civilians_killed",
    "injured",
    "fatalities_qualifier",
    "evidence",
    "evidence_start",
    "evidence_end",
    "confidence",
    "modality",
    "trigger",
    "duplicate_of",
)


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV row of a schema record: nested actors, location, fatalities and evidence flattened."""
    a1 = record.get("actor1") or {}
    a2 = record.get("actor2") or {}
    loc = record.get("location") or {}
    fat = record.get("fatalities") or {}
    ev = record.get("evidence") or {}
    return {
        **{k: record.get(k) for k in CSV_COLUMNS if k in record},
        "actor1": a1.get("name"),
        "actor1_country": a1.get("country"),
        "actor1_sector": a1.get("sector"),
        "actor2": a2.get("name"),
        "actor2_country": a2.get("country"),
        "actor2_sector": a2.get("sector"),
        "location": loc.get("name"),
        "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "location_precision": loc.get("precision"),
        "killed": fat.get("killed"),
        "civilians_killed": fat.get("civilians_killed"),
        "injured": fat.get("injured"),
        "fatalities_qualifier": fat.get("qualifier"),
        "evidence": ev.get("sentence"),
        "evidence_start": ev.get("start"),
        "evidence_end": ev.get("end"),
    }


def _safe_cell(value: Any) -> Any:
    """Guard spreadsheet formula injection: a text cell starting with = + - @ gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_lines(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: _safe_cell(v) for k, v in flat_row(record).items()})
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    yield buf.getvalue()


def jsonl_lines(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    for record in records:
        yield json.dumps(record, ensure_ascii=False) + "\n"


def geojson_chunks(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A FeatureCollection of the events that have a location (point geometry, record as properties)."""
    yield '{"type":"FeatureCollection","features":['
    first = True
    for record in records:
        loc = record.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        feature = {
            "type": "Feature",
            "id": record.get("event_id"),
            "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
            "properties": record,
        }
        yield ("" if first else ",") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "]}\n"
