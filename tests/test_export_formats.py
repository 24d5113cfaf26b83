"""Every export format parses back to the records that went in, and carries the schema version."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from sitroom.errors import UsageError
from sitroom.export import FLAT_COLUMNS, export_file, flatten, write_binary, write_records
from sitroom.model import SCHEMA_VERSION
from sitroom.testing.synthetic import synthetic_articles


def _records() -> list[dict[str, Any]]:
    out = []
    for article, events in synthetic_articles(40, per_article=4, seed=11):
        for event in events:
            record = event.to_dict()
            record["published"], record["title"] = (
                article.published.isoformat() if article.published else None,
                article.title,
            )
            out.append(record)
    out[0]["evidence"]["sentence"] = 'Quotes "inside", commas, a newline\nand unicode: Kyiv\u2019s \u0686.'
    out[1]["location"] = None
    out[2]["other_actors"] = [{"text": "a", "name": "Group A", "country": None, "sector": None, "acled_inter": None}]
    return out


def test_export_jsonl_round_trip(tmp_path: Path) -> None:
    records = _records()
    assert export_file(records, "jsonl", tmp_path / "e.jsonl") == len(records)
    back = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert back == records
    assert all(r["schema_version"] == SCHEMA_VERSION for r in back)


def test_export_csv_round_trip(tmp_path: Path) -> None:
    records = _records()
    export_file(records, "csv", tmp_path / "e.csv")
    with open(tmp_path / "e.csv", encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames or ()) == FLAT_COLUMNS
        rows = list(reader)
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        flat = flatten(record)
        assert row == {k: "" if v is None else str(v) for k, v in flat.items()}
    assert rows[0]["evidence"] == records[0]["evidence"]["sentence"]
    assert rows[2]["other_actors"] == "Group A"
    assert {r["schema_version"] for r in rows} == {SCHEMA_VERSION}


def test_export_geojson_round_trip(tmp_path: Path) -> None:
    records = _records()
    export_file(records, "geojson", tmp_path / "e.geojson")
    doc = json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and doc["schema_version"] == SCHEMA_VERSION
    assert len(doc["features"]) == len(records)
    for feature, record in zip(doc["features"], records, strict=True):
        assert feature["properties"] == flatten(record)
        loc = record["location"]
        if loc is None:
            assert feature["geometry"] is None
        else:
            assert feature["geometry"] == {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}


def test_export_parquet_round_trip(tmp_path: Path) -> None:
    records = _records()
    path = str(tmp_path / "e's.parquet")  # a quote in the name must not matter
    assert export_file(records, "parquet", path) == len(records)
    con = duckdb.connect()
    rel = con.execute("SELECT * FROM read_parquet(?)", [path])
    names = [d[0] for d in rel.description]
    rows = rel.fetchall()
    assert tuple(names) == FLAT_COLUMNS
    assert len(rows) == len(records)
    first = dict(zip(names, rows[0], strict=True))
    assert first["event_id"] == records[0]["event_id"]
    assert first["evidence"] == records[0]["evidence"]["sentence"]
    assert first["date"].isoformat() == records[0]["date"]
    meta = con.execute("SELECT key, value FROM parquet_kv_metadata(?)", [path]).fetchall()
    assert (b"schema_version", SCHEMA_VERSION.encode()) in meta
    assert con.execute("SELECT count(*) FROM read_parquet(?) WHERE lat IS NULL", [path]).fetchone() == (
        sum(1 for r in records if r["location"] is None),
    )


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "parquet"])
def test_export_empty_input_is_valid(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"empty.{fmt}"
    assert export_file([], fmt, path) == 0
    if fmt == "geojson":
        assert json.loads(path.read_text())["features"] == []
    elif fmt == "parquet":
        assert duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone() == (0,)
    elif fmt == "csv":
        assert path.read_text().strip().split(",") == list(FLAT_COLUMNS)


def test_export_table_fits_80_columns() -> None:
    out = io.StringIO()
    records = _records()
    records[3]["actor1"]["name"] = "An Extremely Long Actor Name That Goes On And On"
    assert write_records(records, "table", out) == len(records)
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0].split() == ["DATE", "TYPE", "PLACE", "KILLED", "ACTORS", "EVIDENCE"]
    assert len(lines) >= len(records) + 3  # a row may take more than one line (issue 14: names wrap, never cut)
    assert lines[-1] == f"{len(records)} events (schema {SCHEMA_VERSION})"
    assert "Goes On And On" in "\n".join(lines)


def test_export_parquet_to_a_binary_stream() -> None:
    buf = io.BytesIO()
    assert write_binary(_records()[:3], "parquet", buf) == 3
    assert buf.getvalue()[:4] == b"PAR1"


@pytest.mark.parametrize("fmt", ["parquet", "xml"])
def test_export_text_stream_rejects_binary_or_unknown(fmt: str) -> None:
    with pytest.raises(UsageError):
        write_records([], fmt, io.StringIO())


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab"])
def test_export_csv_guards_formula_cells(tmp_path: Path, text: str) -> None:
    records = _records()[:1]
    records[0]["evidence"]["sentence"] = text
    export_file(records, "csv", tmp_path / "e.csv")
    with open(tmp_path / "e.csv", encoding="utf-8", newline="") as f:
        row = next(csv.DictReader(f))
    assert row["evidence"] == "'" + text
    assert float(row["lat"]) == records[0]["location"]["lat"]  # numbers are never prefixed


def test_export_flat_columns_carry_admin_levels_and_geo_precision() -> None:
    record = {
        "event_id": "e1",
        "location": {
            "name": "Kibera",
            "admin1": "Nairobi",
            "admin2": "Kibra",
            "admin3": None,
            "geo_precision": 2,
            "lat": -1.31,
            "lon": 36.79,
        },
    }
    row = flatten(record)
    assert (row["admin1"], row["admin2"], row["admin3"], row["geo_precision"]) == ("Nairobi", "Kibra", None, 2)
    assert list(FLAT_COLUMNS[-3:]) == ["admin2", "admin3", "geo_precision"]  # appended: earlier columns keep order
