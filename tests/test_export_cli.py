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


def test_export_cli_issue12_one_line_per_report_with_its_fused_id(db: str, tmp_path: Path) -> None:
    """``export --format jsonl`` writes every report with ``article_id`` and ``fused_id``; ``--fused`` one line per
    fused event, whose reports add up to the same count; ``events`` lists fused events unless ``--reports``."""
    out = tmp_path / "reports.jsonl"
    assert CliRunner().invoke(cli, ["export", "--db", db, "--format", "jsonl", "-o", str(out)]).exit_code == 0
    reports = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(reports) == 30 and all(r["article_id"] and r["fused_id"] for r in reports)
    fused_out = tmp_path / "fused.jsonl"
    args = ["export", "--db", db, "--format", "jsonl", "--fused", "-o", str(fused_out)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    fused = [json.loads(line) for line in fused_out.read_text().splitlines()]
    assert sum(f["report_count"] for f in fused) == len(reports)
    assert {f["fused_id"] for f in fused} == {r["fused_id"] for r in reports}
    listed = CliRunner().invoke(cli, ["events", "--db", db, "--format", "jsonl"]).output.splitlines()
    every = CliRunner().invoke(cli, ["events", "--db", db, "--format", "jsonl", "--reports"]).output.splitlines()
    assert (len(listed), len(every)) == (len(fused), len(reports))
