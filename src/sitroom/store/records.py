"""Event records as the stores read them: the columns a listing selects, and the record each row becomes.

A listing reads, with each event's stored record (its JSON text), its article's date and title, its fused id and
the review of its fused event (a LEFT JOIN on ``reviews``: the reviews of the rows read, not every review of the
store), and makes the record the API and the exports give: the stored record with ``published``, ``title`` and
``fused_id`` set, ``reported_late_days`` for a report, and the review laid over it (``sitroom.review``).

``record(row)`` parses the stored text and returns that record as a dict. ``fragment(row)`` returns, where it can,
the same JSON value as text that is never parsed (``orjson.Fragment``), for a JSON page of ``GET /api/events``
(issue 13: parsing each record of a page and writing it again was most of the API's own work for a page). It can
for a fused event that no one has reviewed whose text has the shape ``sitroom.fusion.fused_record`` writes: it
begins with ``event_id``, ends with the ``reports`` list, and its ``fused_id`` is the row's. ``fused_record`` never
writes a ``published``, ``title`` or ``review`` key at the top (tests hold it to that), so the record is that text
with those three keys added at its end, where the dict path adds them (``review`` null). Any other row (a report, a
reviewed event, a text of another shape) gets None and goes the dict path. The JSON value is the same either way;
the text keeps the stored record's spacing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import orjson

from sitroom.fusion import reported_late_days
from sitroom.review import apply_review
from sitroom.store.review import REVIEW_COLUMNS, review_from_row

__all__ = ["SELECT_FUSED", "SELECT_RECORDS", "WIDTH", "fragment", "record"]

_COLUMNS = "e.record, e.published, e.title, e.fused_id, " + ", ".join(f"r.{c}" for c in REVIEW_COLUMNS)
_REVIEWS = "LEFT JOIN reviews r ON r.fused_id = e.fused_id"
SELECT_RECORDS = f"SELECT {_COLUMNS} FROM events e {_REVIEWS}"
SELECT_FUSED = f"SELECT {_COLUMNS} FROM fused_events e {_REVIEWS}"
WIDTH = 4 + len(REVIEW_COLUMNS)  # the columns of a row of SELECT_RECORDS and SELECT_FUSED


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def record(row: Sequence[Any]) -> dict[str, Any]:
    """The record of a row of ``SELECT_RECORDS`` or ``SELECT_FUSED``: a report (with its fused id and, when its
    text dates it well before publication, how many days late it was reported) or a fused event (it carries its
    reports), with its review laid over it."""
    try:
        out: dict[str, Any] = orjson.loads(row[0])
    except orjson.JSONDecodeError:  # what orjson does not read (an integer beyond 64 bits) Python's json does
        out = json.loads(row[0])
    out["published"] = _iso(row[1])
    out["title"] = row[2]
    out["fused_id"] = row[3]
    if "reports" not in out:
        out["reported_late_days"] = reported_late_days(out)
    review = review_from_row(row[4:WIDTH]) if len(row) >= WIDTH and row[4] is not None else None
    return apply_review(out, review)


def fragment(row: Sequence[Any]) -> orjson.Fragment | None:
    """``record(row)`` as JSON text made without parsing the stored record, or None where that is not sure to give
    the same value (module docstring)."""
    text, fused_id = row[0], row[3]
    if len(row) < WIDTH or row[4] is not None or not isinstance(text, str) or not isinstance(fused_id, str):
        return None  # a report, or a reviewed event: the review changes values inside the record
    if not text.endswith("]}") or not text.startswith('{"event_id":'):
        return None  # not the shape fused_record writes (reports, a list, last)
    quoted = orjson.dumps(fused_id).decode()
    if ('"fused_id": ' + quoted) not in text and ('"fused_id":' + quoted) not in text:
        return None  # the record's own fused id must be the row's: the dict path would set the row's in its place
    tail = b',"published":' + orjson.dumps(_iso(row[1])) + b',"title":' + orjson.dumps(row[2]) + b',"review":null}'
    return orjson.Fragment(text[:-1].encode() + tail)
