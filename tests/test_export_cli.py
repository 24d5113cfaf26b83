"""``sitroom export`` and ``sitroom events --format`` on a store: every format comes back whole."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from sitroom.cli import cli
from sitroom.store import open_store
from sitroom.store.base import add_many
from sitroom.testing.synthetic import synthetic_articles


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "export.duckdb")
    store = open_store(path)
    add_many(store, synthetic_articles(30, per_article=3, seed=5))
    store.close()
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "parquet"])
def test_export_cli_writes_every_stored_event(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        ids = [json.loads(line)["event_id"] for line in out.read_text().splitlines()]
    elif fmt == "csv":
        ids = [row["event_id"] for row in csv.DictReader(out.open(newline=""))]
    elif fmt == "geojson":
        ids = [f["id"] for f in json.loads(out.read_text())["features"]]
    else:
        ids = [r[0] for r in duckdb.connect().execute("SELECT event_id FROM read_parquet(?)", [str(out)]).fetchall()]
    assert len(ids) == len(set(ids)) == 30


def test_export_cli_events_filters_apply_to_csv(db: str) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", db, "--format", "csv", "--country", "ukr"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and {r["country"] for r in rows} == {"UKR"}
