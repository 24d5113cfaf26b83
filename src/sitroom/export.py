"""Writing event records out: JSONL, CSV, GeoJSON, Parquet, ACLED's CSV and a readable 80-column table.

Every format carries the schema version: a ``schema_version`` field in each record (JSONL, CSV, GeoJSON properties,
Parquet column), plus a top-level ``schema_version`` member in GeoJSON and a ``schema_version`` key-value entry in
the Parquet file metadata.

CSV, GeoJSON properties and Parquet use the same flat columns, in the stable order of ``FLAT_COLUMNS``. GeoJSON
keeps events without a location as features with a ``null`` geometry (RFC 7946 allows it), so every format holds
the same events. Parquet goes through DuckDB (``COPY ... TO ... (FORMAT PARQUET)``) from a temporary JSONL file.
The ACLED-shaped CSV (``acled``) has ACLED's own columns instead (:mod:`sitroom.export_acled`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, TextIO

from sitroom.errors import UsageError
from sitroom.model import SCHEMA_VERSION
from sitroom.table import DEFAULT_COLUMNS, render_table

if TYPE_CHECKING:
    from sitroom.export_acled import AcledOptions

__all__ = [
    "CHUNKERS",
    "FLAT_COLUMNS",
    "FORMATS",
    "csv_chunks",
    "export_file",
    "flatten",
    "geojson_chunks",
    "jsonl_chunks",
    "safe_cell",
    "write_binary",
    "write_records",
    "write_table",
]

FORMATS = ("jsonl", "csv", "geojson", "parquet", "acled", "table")

ACTOR_FIELDS = (
    ("name", "VARCHAR"),
    ("text", "VARCHAR"),
    ("country", "VARCHAR"),
    ("sector", "VARCHAR"),
    ("acled_inter", "INTEGER"),
)

# (column, DuckDB type) in output order
FLAT_SPEC: tuple[tuple[str, str], ...] = (
    ("event_id", "VARCHAR"),
    ("article_id", "VARCHAR"),
    ("published", "DATE"),
    ("title", "VARCHAR"),
    ("salience_rank", "INTEGER"),
    ("date", "DATE"),
    ("date_precision", "VARCHAR"),
    ("date_text", "VARCHAR"),
    ("plover_event", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
    ("cameo_root", "VARCHAR"),
    ("acled_event_type", "VARCHAR"),
    ("acled_sub_event_type", "VARCHAR"),
    ("non_acled_type", "VARCHAR"),
    *((f"actor1_{f}", t) for f, t in ACTOR_FIELDS),
    *((f"actor2_{f}", t) for f, t in ACTOR_FIELDS),
    ("other_actors", "VARCHAR"),
    ("location_name", "VARCHAR"),
    ("location_text", "VARCHAR"),
    ("country", "VARCHAR"),
    ("admin1", "VARCHAR"),
    ("lat", "DOUBLE"),
    ("lon", "DOUBLE"),
    ("geonames_id", "BIGINT"),
    ("location_precision", "VARCHAR"),
    ("killed", "INTEGER"),
    ("killed_low", "INTEGER"),
    ("killed_high", "INTEGER"),
    ("civilians_killed", "INTEGER"),
    ("injured", "INTEGER"),
    ("arrested", "INTEGER"),
    ("fatalities_qualifier", "VARCHAR"),
    ("fatalities_text", "VARCHAR"),
    ("evidence", "VARCHAR"),
    ("evidence_start", "INTEGER"),
    ("evidence_end", "INTEGER"),
    ("confidence", "DOUBLE"),
    ("modality", "VARCHAR"),
    ("trigger", "VARCHAR"),
    ("duplicate_of", "VARCHAR"),
    ("fused_id", "VARCHAR"),
    ("reported_late_days", "INTEGER"),
    ("schema_version", "VARCHAR"),
    ("review_status", "VARCHAR"),
    ("reviewed_fields", "VARCHAR"),
    # appended (the columns before keep their order): the place's second and third-level divisions, ACLED's 1-3
    ("admin2", "VARCHAR"),
    ("admin3", "VARCHAR"),
    ("geo_precision", "INTEGER"),
)
FLAT_COLUMNS: tuple[str, ...] = tuple(name for name, _ in FLAT_SPEC)

LOCATION_FIELDS = (
    ("location_name", "name"),
    ("location_text", "text"),
    ("country", "country"),
    ("admin1", "admin1"),
    ("lat", "lat"),
    ("lon", "lon"),
    ("geonames_id", "geonames_id"),
    ("location_precision", "precision"),
    ("admin2", "admin2"),
    ("admin3", "admin3"),
    ("geo_precision", "geo_precision"),
)
FATALITY_FIELDS = (
    ("killed", "killed"),
    ("killed_low", "killed_low"),
    ("killed_high", "killed_high"),
    ("civilians_killed", "civilians_killed"),
    ("injured", "injured"),
    ("arrested", "arrested"),
    ("fatalities_qualifier", "qualifier"),
    ("fatalities_text", "text"),
)

_EVIDENCE_COLUMNS = ("evidence", "evidence_start", "evidence_end")
# the columns copied as they are from the record's top level: all but those flattened from its nested objects
_NESTED_COLUMNS = frozenset(
    {
        *(f"{role}_{f}" for role in ("actor1", "actor2") for f, _ in ACTOR_FIELDS),
        *(column for column, _ in (*LOCATION_FIELDS, *FATALITY_FIELDS)),
        "other_actors",
        *_EVIDENCE_COLUMNS,
        "review_status",
        "reviewed_fields",
    }
)
_TOP_LEVEL: tuple[str, ...] = tuple(c for c in FLAT_COLUMNS if c not in _NESTED_COLUMNS)


def _versioned(record: dict[str, Any]) -> dict[str, Any]:
    if record.get("schema_version"):
        return record
    return {**record, "schema_version": SCHEMA_VERSION}


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One flat row (``FLAT_COLUMNS`` keys, in order) from a schema record; other actors as "name; name"."""
    record = _versioned(record)
    row: dict[str, Any] = dict.fromkeys(FLAT_COLUMNS)
    for key in _TOP_LEVEL:
        row[key] = record.get(key)
    for role in ("actor1", "actor2"):
        actor = record.get(role) or {}
        for name, _ in ACTOR_FIELDS:
            row[f"{role}_{name}"] = actor.get(name)
    others = [a.get("name") or a.get("text") or "" for a in record.get("other_actors") or []]
    row["other_actors"] = "; ".join(others) if others else None
    loc = record.get("location") or {}
    for column, key in LOCATION_FIELDS:
        row[column] = loc.get(key)
    fat = record.get("fatalities") or {}
    for column, key in FATALITY_FIELDS:
        row[column] = fat.get(key)
    ev = record.get("evidence") or {}
    row["evidence"], row["evidence_start"], row["evidence_end"] = ev.get("sentence"), ev.get("start"), ev.get("end")
    review = record.get("review") or {}
    row["review_status"] = review.get("status")
    row["reviewed_fields"] = "; ".join(review.get("fields") or []) or None
    return row


def write_records(records: Iterable[dict[str, Any]], fmt: str, out: TextIO, acled: AcledOptions | None = None) -> int:
    """Write ``records`` to a text stream in ``fmt`` (jsonl, csv, geojson, acled or table); returns how many.
    ``acled``: the options of the ACLED-shaped CSV (numeric codes, the article lookup for sources)."""
    if fmt == "acled":
        from sitroom.export_acled import acled_chunks

        return _write_counted(lambda rs: acled_chunks(rs, acled), records, out)
    if fmt in CHUNKERS:
        return _write_counted(CHUNKERS[fmt], records, out)
    if fmt == "table":
        return write_table(records, out)
    if fmt == "parquet":
        raise UsageError("E030", param="format", detail="parquet is binary: write it to a file (export -o FILE)")
    raise UsageError("E030", param="format", detail=f"expected one of {', '.join(FORMATS)}")


def export_file(
    records: Iterable[dict[str, Any]], fmt: str, path: str | os.PathLike[str], acled: AcledOptions | None = None
) -> int:
    """Write ``records`` to the file at ``path``; returns how many were written."""
    if fmt == "parquet":
        return _parquet(records, os.fspath(path))
    with open(path, "w", encoding="utf-8", newline="") as out:
        return write_records(records, fmt, out, acled)


def write_binary(records: Iterable[dict[str, Any]], fmt: str, out: IO[bytes]) -> int:
    """Write any format, Parquet included, to a binary stream (the HTTP API's downloads)."""
    with tempfile.TemporaryDirectory(prefix="sitroom-export-") as tmp:
        path = os.path.join(tmp, f"events.{fmt}")
        n = export_file(records, fmt, path)
        with open(path, "rb") as f:
            shutil.copyfileobj(f, out)
    return n


def jsonl_chunks(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON line per record, each carrying the schema version."""
    for record in records:
        yield json.dumps(_versioned(record), ensure_ascii=False) + "\n"


def safe_cell(value: Any) -> Any:
    """Guard spreadsheet formula injection: a text cell starting with = + - @ tab or CR gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_chunks(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A header row, then one row of ``FLAT_COLUMNS`` per record (text cells guarded against formulas)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(FLAT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: safe_cell(v) for k, v in flatten(record).items()})
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    yield buf.getvalue()


def geojson_chunks(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A FeatureCollection: one feature per record, flat columns as properties, null geometry without a place."""
    yield '{"type": "FeatureCollection", "schema_version": ' + json.dumps(SCHEMA_VERSION) + ', "features": ['
    first = True
    for record in records:
        row = flatten(record)
        geometry = None
        if row["lat"] is not None and row["lon"] is not None:
            geometry = {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
        feature = {"type": "Feature", "id": row["event_id"], "geometry": geometry, "properties": row}
        yield ("\n" if first else ",\n") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "\n]}\n"


CHUNKERS: dict[str, Callable[[Iterable[dict[str, Any]]], Iterator[str]]] = {
    "jsonl": jsonl_chunks,
    "csv": csv_chunks,
    "geojson": geojson_chunks,
}


def _write_counted(
    chunker: Callable[[Iterable[dict[str, Any]]], Iterator[str]], records: Iterable[dict[str, Any]], out: TextIO
) -> int:
    """Write what ``chunker`` makes of ``records`` to ``out``; returns how many records went in."""
    n = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal n
        for record in records:
            n += 1
            yield record

    for chunk in chunker(counted()):
        out.write(chunk)
    return n


def _parquet(records: Iterable[dict[str, Any]], path: str) -> int:
    import duckdb

    if not SCHEMA_VERSION.replace(".", "").isalnum():
        raise UsageError("E030", param="schema_version", detail=repr(SCHEMA_VERSION))
    columns = "{" + ", ".join(f"'{name}': '{kind}'" for name, kind in FLAT_SPEC) + "}"
    select = ", ".join(f'"{name}"' for name in FLAT_COLUMNS)
    with tempfile.TemporaryDirectory(prefix="sitroom-parquet-") as tmp:
        rows = os.path.join(tmp, "rows.jsonl")
        with open(rows, "w", encoding="utf-8") as f:
            n = _write_counted(jsonl_chunks, (flatten(r) for r in records), f)
        con = duckdb.connect()
        try:
            con.execute(
                f"COPY (SELECT {select} FROM read_json(?, format = 'newline_delimited', columns = {columns})) "
                f"TO ? (FORMAT PARQUET, KV_METADATA {{schema_version: '{SCHEMA_VERSION}'}})",
                [rows, path],
            )
        finally:
            con.close()
    return n


def write_table(
    records: Iterable[dict[str, Any]], out: TextIO, columns: Sequence[str] = DEFAULT_COLUMNS, width: int = 80
) -> int:
    """A table of ``columns`` that fits ``width`` characters (:mod:`sitroom.table`), with a closing count line."""
    return render_table(
        records, out, columns, width, footer=lambda n: f"{n} event{'s' if n != 1 else ''} (schema {SCHEMA_VERSION})\n"
    )
