"""Issue 13, the API at ten million events: answers kept per store generation (``sitroom.api.answers``), with ETag
and 304, stale from the first write of events or reviews; DuckDB's windowed date pages give the whole listing's
slice; the bulk loader fills the tables an ingest fills."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sitroom.api import create_app
from sitroom.api.answers import Answers, AnswerStore
from sitroom.core import Sitroom
from sitroom.store import add_many, open_store
from sitroom.store.base import EventQuery
from sitroom.store.duck import DuckDBStore
from sitroom.store.sql import SqlStore
from sitroom.testing.bulk import bulk_load
from sitroom.testing.live import AsgiClient
from sitroom.testing.synthetic import synthetic_articles

TOKEN = "answers-token"


def _answers(client: AsgiClient) -> Answers:
    stack = client.app.middleware_stack
    while not isinstance(stack, Answers):
        stack = stack.app
    return stack


def test_api_answers_issue13_kept_until_a_write_with_etag(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second identical request is answered from what was kept, byte for byte; its ETag brings a 304 until a
    write of events (from another store object: another process on PostgreSQL) or a review makes it stale."""
    monkeypatch.setenv("SITROOM_TOKEN", TOKEN)
    store = open_store(store_url)
    add_many(store, synthetic_articles(10, per_article=4, seed=21))
    if store_url.startswith("postgres"):
        store.close()
    sitroom = Sitroom(store_url)
    writer = store if not store_url.startswith("postgres") else None
    client = AsgiClient(create_app(sitroom))
    try:
        params = {"count": "true", "limit": "7"}
        first = client.get("/api/events", params=params)
        kept = _answers(client).kept  # (the app builds its middleware on its first request)
        hits = kept.hits
        second = client.get("/api/events", params=params)
        assert kept.hits == hits + 1 and second.content == first.content
        etag = first.headers["etag"]
        assert second.headers["etag"] == etag and "x-request-id" in second.headers  # Guard still wraps it
        again = client.get("/api/events", params=params, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
        stats = client.get("/api/stats", params={"interval": "month"}).json()
        assert client.get("/api/events", params={"format": "csv"}).headers.get("etag") is None  # exports: never

        other = writer or open_store(store_url)
        add_many(other, synthetic_articles(14, per_article=4, seed=22))
        if writer is None:
            other.close()
        fresh = client.get("/api/events", params=params, headers={"If-None-Match": etag})
        assert fresh.status_code == 200 and fresh.headers["etag"] != etag
        assert fresh.json()["total"] > first.json()["total"]
        assert client.get("/api/stats", params={"interval": "month"}).json()["totals"]["events"] == (
            stats["totals"]["events"] + 14
        )

        event = client.get("/api/events").json()["events"][0]
        etag = client.get("/api/events").headers["etag"]
        edit = {"action": "correct", "changes": {"fatalities": 977}, "reviewer": "ana"}
        auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
        r = client.post(f"/api/events/{event['fused_id']}/review", content=json.dumps(edit), headers=auth)
        assert r.status_code == 200, r.text
        after = client.get("/api/events", headers={"If-None-Match": etag})
        assert after.status_code == 200 and after.json()["events"][0]["fatalities"]["killed"] == 977
    finally:
        client.close()
        if writer is not None:
            writer.close()


def test_api_answers_issue13_memory_is_bounded() -> None:
    kept = AnswerStore(max_bytes=10_000)
    for i in range(50):
        kept.put(("/api/events", (("offset", str(i)),)), (1, b'"e"', [], b"x" * 1000))
    assert kept.size <= 10_000 and kept.get(("/api/events", (("offset", "49"),)), 1) is not None
    assert kept.get(("/api/events", (("offset", "0"),)), 1) is None  # the oldest went first
    assert kept.get(("/api/events", (("offset", "49"),)), 2) is None  # another generation: stale


def test_api_answers_issue13_duckdb_date_windows_match_the_whole_listing(tmp_path: Path) -> None:
    """DuckDB reads a date-ordered page from a window of dates widened until it holds the page: the same rows as
    the listing ranked whole, for filters that keep many or few rows, at offsets, and for both kinds of listing."""
    path = str(tmp_path / "bulk.duckdb")
    bulk_load(path, 800, seed=9)
    store = open_store(path)
    assert isinstance(store, DuckDBStore)
    try:
        filters = [
            EventQuery(),
            EventQuery(countries=("UKR",)),
            EventQuery(types=("PROTEST",), since=date(2022, 6, 1)),
            EventQuery(text="convoy", countries=("KEN",)),
            EventQuery(countries=("ATA",)),  # none
        ]
        for base, order, fused, (limit, offset) in itertools.product(
            filters, ("date_desc", "date_asc"), (True, False), ((1, 0), (101, 0), (11, 790))
        ):
            query = replace(base, order=order, fused=fused, limit=limit, offset=offset)
            windowed = [e["event_id"] for e in store.events(query)]
            whole = [e["event_id"] for e in SqlStore.events(store, query)]
            assert windowed == whole, query
    finally:
        store.close()


def test_api_answers_issue13_bulk_load_fills_actors_and_places_in_feed_order(tmp_path: Path) -> None:
    """Each event's two actors (each its own: a UNION ALL of two SELECTs over one view gave actor1's twice) and its
    place; rows stored in publication order, as a feed's arrive (zone maps then skip by date)."""
    path = str(tmp_path / "bulk.duckdb")
    bulk_load(path, 60, seed=3)
    store = open_store(path)
    assert isinstance(store, SqlStore)
    try:
        counts = store.counts()
        assert (counts["events"], counts["actors"], counts["places"], counts["articles"]) == (60, 120, 60, 3)
        actors = store.actors(EventQuery(fused=True))
        assert sum(a["events"] for a in actors) == 120 and all(a["sector"] for a in actors)
        for table in ("events", "fused_events"):
            ids = [str(r[0]) for r in store._fetch(f"SELECT article_id FROM {table} ORDER BY rowid")]
            assert ids == sorted(ids), table
    finally:
        store.close()


def test_api_answers_issue13_duckdb_memory_capped(tmp_path: Path) -> None:
    """``sitroom serve`` caps DuckDB's memory (its buffer cache would grow with the store read)."""
    store = open_store(str(tmp_path / "cap.duckdb"))
    assert isinstance(store, DuckDBStore)
    try:
        store.limit_memory("512MB")
        (limit,) = store._fetch("SELECT current_setting('memory_limit')")[0]
        assert str(limit).replace(" ", "") in ("512.0MB", "488.2MiB", "512MB"), limit
    finally:
        store.close()


def test_api_answers_issue13_requests_together_share_a_generation_read() -> None:
    """200 requests at once cost a few reads of the generation, and each gets a value read after it arrived."""
    import asyncio
    import threading
    import time

    from sitroom.api.answers import SharedRead

    started: list[int] = []
    lock = threading.Lock()

    def read() -> int:
        with lock:
            started.append(len(started) + 1)
            n = len(started)
        time.sleep(0.02)
        return n

    shared = SharedRead(read)

    async def one() -> tuple[int, int]:
        before = len(started)  # reads started before this request arrived
        return before, int(await shared.read() or 0)

    async def run() -> list[tuple[int, int]]:
        return list(await asyncio.gather(*(one() for _ in range(200))))

    answers = asyncio.run(run())
    assert len(started) <= 3
    assert all(got > before for before, got in answers)


def test_api_answers_issue13_loops_side_by_side_never_wait_forever() -> None:
    """Regression: requests of two event loops running side by side (a test client's threads) shared one read, and
    a future completed from the other loop's thread left a request waiting forever."""
    import asyncio
    import threading
    import time

    from sitroom.api.answers import SharedRead

    def slow_read() -> int:
        time.sleep(0.01)
        return 7

    shared = SharedRead(slow_read)
    results: list[int | None] = []
    failures: list[str] = []
    start = threading.Barrier(4, timeout=10)

    def client() -> None:
        start.wait()
        for _ in range(15):  # one request a loop, as the test client runs them
            try:
                results.append(asyncio.run(asyncio.wait_for(shared.read(), timeout=5)))
            except TimeoutError:
                failures.append("a read never came back")

    threads = [threading.Thread(target=client) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert failures == []
    assert results == [7] * 60
