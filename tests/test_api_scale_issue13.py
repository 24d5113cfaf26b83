"""Issue 13, the API at ten million events: what makes it scale, tested small on both stores.

Requests share the store from many threads without a lock; stats and counts are kept until a write changes the
events (in any process: the store's generation); PostgreSQL pages fused events from an index; the bulk loader of
the benchmark makes events the API serves like ingested ones. The load itself is measured in bench/bench_api.py.
"""

from __future__ import annotations

import itertools
import json
import threading
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from sitroom.api import create_app
from sitroom.core import Sitroom
from sitroom.store import add_many, open_store
from sitroom.store.base import EventQuery
from sitroom.store.sql import SqlStore
from sitroom.testing.bulk import bulk_load
from sitroom.testing.live import AsgiClient
from sitroom.testing.synthetic import synthetic_articles


def _sql_store(url: str) -> SqlStore:
    store = open_store(url)
    assert isinstance(store, SqlStore)
    return store


def test_api_scale_issue13_threads_read_while_one_writes(store_url: str) -> None:
    """Four threads list and count through the app while a fifth stores articles: every answer is whole (a
    multiple of an article's events) and the app answers from the store itself, not from a locked wrapper."""
    first = open_store(store_url)
    add_many(first, synthetic_articles(20, per_article=4, seed=2))
    first.close()
    sitroom = Sitroom(store_url)
    client = AsgiClient(create_app(sitroom))
    assert isinstance(sitroom.store, SqlStore)  # no lock around it (the DuckDB store was wrapped in one before)
    failures: list[str] = []
    totals: list[int] = []
    start = threading.Barrier(5, timeout=30)

    def read() -> None:
        start.wait()
        for i in range(3):
            params = {"count": "true", "reports": "true", "limit": "5", "offset": str(i)}
            r = client.get("/api/events", params=params)
            s = client.get("/api/stats", params={"reports": "true", "interval": "month"})
            if r.status_code != 200 or s.status_code != 200:
                failures.append(f"{r.status_code} {s.status_code}")
                continue
            totals.extend([r.json()["total"], s.json()["totals"]["events"]])

    def write() -> None:
        start.wait()
        for item in synthetic_articles(32, per_article=4, seed=3):
            add_many(sitroom.store, [item])

    threads = [threading.Thread(target=read) for _ in range(4)] + [threading.Thread(target=write)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert failures == []
        assert len(totals) == 24 and all(n % 4 == 0 and 20 <= n <= 52 for n in totals)
        assert client.get("/api/events", params={"count": "true", "reports": "true"}).json()["total"] == 52
    finally:
        client.close()


def test_api_scale_issue13_stats_kept_until_a_write(store_url: str) -> None:
    """The second identical stats query is answered from what was kept; a write, even through another store
    object (another process would do the same), makes the next answer fresh."""
    store = _sql_store(store_url)
    try:
        add_many(store, synthetic_articles(20, per_article=4, seed=5))
        first = store.generation()
        assert first is not None and first >= 1
        query = EventQuery(fused=False, countries=())
        assert store.stats(query, "month")["totals"]["events"] == 20
        assert store.count_events(query) == 20
        cache = store.__dict__["_answers"]
        hits = cache.hits
        assert store.stats(EventQuery(fused=False, limit=3), "month")["totals"]["events"] == 20  # limit is no part
        assert store.count_events(query) == 20
        assert cache.hits == hits + 2
        if store.dialect == "postgres":
            other = open_store(store_url)
            add_many(other, synthetic_articles(28, per_article=4, seed=6))
            other.close()
        else:  # one process writes a DuckDB file: the same store object writes
            add_many(store, synthetic_articles(28, per_article=4, seed=6))
        assert store.generation() == first + 1
        assert store.stats(query, "month")["totals"]["events"] == 48
        assert store.count_events(query) == 48
    finally:
        store.close()


def test_api_scale_issue13_store_before_schema_8_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitroom.store import sql

    monkeypatch.setattr(sql, "MIGRATIONS", [m for m in sql.MIGRATIONS if m[0] < 8])
    store = _sql_store(str(tmp_path / "old.duckdb"))
    try:
        add_many(store, synthetic_articles(8, per_article=4, seed=5))
        assert store.generation() is None
        assert store.stats(EventQuery(), "day")["totals"]["events"] == 8
        assert store.stats(EventQuery(), "day")["totals"]["events"] == 8
        assert "_answers" not in store.__dict__ or store.__dict__["_answers"].hits == 0
    finally:
        store.close()


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("order", "index"),
    [
        ("date_desc", "fused_events_date_keys"),  # (migration 010: 008's fused_events_date_desc, with more columns)
        ("date_asc", "fused_events_date_asc_keys"),
        ("fatalities_desc", "fused_events_killed_desc"),
        ("rank", "fused_events_rank"),
    ],
)
def test_api_scale_issue13_postgres_pages_fused_events_from_an_index(
    fresh_postgres_url: str, order: str, index: str
) -> None:
    """A page of fused events in each sort order can be read from an index (migration 008), not by sorting them
    all: the cost of a page does not grow with the store."""
    from sitroom.store import queries as q

    store = _sql_store(fresh_postgres_url)
    try:
        add_many(store, synthetic_articles(20, per_article=4, seed=5))
        with store._transaction():
            store._execute("SET LOCAL enable_seqscan = off")  # a tiny table: make the planner show what it can use
            store._execute("SET LOCAL enable_sort = off")
            sql = f"EXPLAIN SELECT e.fused_id FROM fused_events e ORDER BY {q.order_clause(order)} LIMIT 101"
            plan = "\n".join(str(r[0]) for r in store._fetch(sql))
        assert index in plan, plan
    finally:
        store.close()


def test_api_scale_issue13_bulk_events_serve_like_ingested_ones(store_url: str, tmp_path: Path) -> None:
    """The benchmark's bulk loader: valid records, evidence at its offsets in the article's text, every table's
    count, and the same rows whether computed (DuckDB) or copied from a DuckDB store (PostgreSQL)."""
    source = str(tmp_path / "source.duckdb")
    bulk_load(source, 130, seed=4)
    if store_url.startswith("postgres"):
        bulk_load(store_url, 130, seed=4, source=source)
    else:
        store_url = source
    schema = json.loads(resources.files("sitroom").joinpath("data", "event.schema.json").read_text())
    client = AsgiClient(create_app(Sitroom(store_url)))
    try:
        health = client.get("/health").json()
        assert health["counts"]["events"] == 130 and health["counts"]["articles"] == 7
        page = client.get("/api/events", params={"count": "true", "limit": "1000"}).json()
        assert page["total"] == 130 and len(page["events"]) == 130
        assert len({e["fused_id"] for e in page["events"]}) == 130
        dates = [e["date"] for e in page["events"]]
        assert dates == sorted(dates, reverse=True)
        # (a protest: the generator's ceasefires carry a non-ACLED type outside the schema's list, as synthetic.py's)
        params = {"reports": "true", "limit": "1", "type": "PROTEST"}
        report = client.get("/api/events", params=params).json()["events"][0]
        record = {k: v for k, v in report.items() if k not in ("published", "title", "fused_id", "reported_late_days")}
        jsonschema.validate(record, schema)
        detail = client.get(f"/api/events/{report['event_id']}").json()
        ev = detail["evidence"]
        assert detail["article"]["text"][ev["start"] : ev["end"]] == ev["sentence"]
        stats = client.get("/api/stats", params={"interval": "month", "country": "UKR"}).json()
        assert 0 < stats["totals"]["events"] < 130
        fused = client.get(f"/api/fused/{page['events'][0]['fused_id']}").json()
        assert fused["report_count"] == 1 and fused["reports"][0]["event_id"] == page["events"][0]["event_id"]
    finally:
        client.close()


def test_api_scale_issue13_pages_further_on_match_the_whole_listing(store_url: str) -> None:
    """A page at an offset (DuckDB ranks it by rowid, then reads its records) is the same slice of the whole
    listing in every sort order."""
    store = _sql_store(store_url)
    try:
        add_many(store, synthetic_articles(40, per_article=4, seed=8))
        for fused, order in itertools.product((True, False), ("date_desc", "date_asc", "fatalities_desc", "rank")):
            whole = [e["event_id"] for e in store.events(EventQuery(order=order, fused=fused))]
            assert len(whole) == 40
            for offset in (0, 7, 36):
                page = store.events(EventQuery(order=order, fused=fused, limit=5, offset=offset))
                assert [e["event_id"] for e in page] == whole[offset : offset + 5], (order, offset)
    finally:
        store.close()
