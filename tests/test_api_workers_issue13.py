"""Issue 13: ``sitroom serve --workers N`` runs N server processes on one port over a PostgreSQL store (each with its
own connections); a DuckDB file, which one process at a time may open for writing, is refused in one coded line."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from sitroom.cli import main
from sitroom.store import EventQuery, add_many, open_store
from sitroom.testing.live import live_server
from sitroom.testing.synthetic import synthetic_articles


def test_api_workers_issue13_duckdb_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["serve", "--db", str(tmp_path / "one.duckdb"), "--workers", "2"])
    err = capsys.readouterr().err.strip()
    assert code != 0 and "[E073]" in err and "--workers 2" in err and "one.duckdb" in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "one.duckdb").exists()  # refused before anything is opened


@pytest.mark.postgres
def test_api_workers_issue13_postgres_serves_with_two_workers(fresh_postgres_url: str) -> None:
    store = open_store(fresh_postgres_url)
    try:
        add_many(store, synthetic_articles(40, seed=5))
        expected = store.count_events(EventQuery(fused=True))
    finally:
        store.close()
    with live_server(fresh_postgres_url, workers=2, timeout=120) as base:
        for _ in range(6):  # new connections each, which the workers share out
            with httpx.Client(base_url=base, timeout=30) as http:
                stats = http.get("/api/stats", params={"interval": "month"})
                assert stats.status_code == 200 and stats.json()["totals"]["events"] == expected
                listing = http.get("/api/events", params={"limit": 5})
                assert listing.status_code == 200 and len(listing.json()["events"]) == 5
