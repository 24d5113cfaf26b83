"""Concurrency: on PostgreSQL an ingest process writes while a reader queries; readers never see half an article."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from sitroom.errors import StoreError
from sitroom.store import open_store
from sitroom.store.base import EventQuery, add_many
from sitroom.testing.synthetic import synthetic_articles

WRITER = """
import sys
from sitroom.errors import StoreError
from sitroom.store import open_store
from sitroom.store.base import add_many
from sitroom.testing.synthetic import synthetic_articles
store = open_store(sys.argv[1])
for item in synthetic_articles(400, per_article=5, seed=3):
    add_many(store, [item])
store.close()
"""


@pytest.mark.postgres
def test_store_postgres_reader_sees_whole_articles_while_a_process_ingests(fresh_postgres_url: str) -> None:
    reader = open_store(fresh_postgres_url)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, fresh_postgres_url],
        env={"PYTHONPATH": ":".join(sys.path)},
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: list[int] = []
    try:
        while writer.poll() is None:
            stats = reader.stats(EventQuery(), interval="month")  # one statement: one snapshot
            seen.append(stats["totals"]["events"])
            assert stats["totals"]["events"] % 5 == 0
            for article in list(reader.events(EventQuery(limit=3)))[:1]:
                stored = reader.article(article["article_id"])
                assert stored is not None and len(stored["events"]) == 5
            time.sleep(0.01)
    finally:
        _, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert reader.count_events(EventQuery()) == 400
    assert len(set(seen)) > 1  # the reader really ran while rows arrived
    reader.close()


@pytest.mark.postgres
def test_store_postgres_two_connections_migrate_and_write_at_once(fresh_postgres_url: str) -> None:
    errors: list[BaseException] = []

    def work(seed: int) -> None:
        try:
            store = open_store(fresh_postgres_url)
            add_many(store, synthetic_articles(50, per_article=5, seed=seed))
            add_many(store, synthetic_articles(50, per_article=5, seed=100))  # both write the same articles
            store.close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(seed,)) for seed in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    store = open_store(fresh_postgres_url)
    assert store.counts()["articles"] == 30 and store.counts()["events"] == 150
    store.close()


def test_store_duckdb_threads_share_one_store(tmp_path: object) -> None:
    store = open_store(f"{tmp_path}/threads.duckdb")
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(20):
                assert store.count_events(EventQuery()) % 5 == 0
        except BaseException as exc:
            errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    add_many(store, synthetic_articles(100, per_article=5))
    for t in readers:
        t.join()
    assert errors == [] and store.count_events(EventQuery()) == 100
    store.close()


@pytest.mark.postgres
def test_store_postgres_threads_query_side_by_side_while_one_writes(fresh_postgres_url: str) -> None:
    """Readers in threads borrow pooled connections: they run at once, and a write in progress does not block them."""
    store = open_store(fresh_postgres_url)
    pids: set[int] = set()
    errors: list[BaseException] = []
    barrier = threading.Barrier(3)

    def read() -> None:
        try:
            barrier.wait(timeout=10)
            for _ in range(5):
                # pg_sleep keeps this connection busy, so the other threads must borrow others
                pid, _ = store._fetch("SELECT pg_backend_pid(), pg_sleep(0.05)")[0]
                pids.add(pid)
                assert store.count_events(EventQuery()) % 5 == 0
        except BaseException as exc:
            errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    add_many(store, synthetic_articles(60, per_article=5, seed=4))
    for t in readers:
        t.join()
    assert errors == []
    assert len(pids) >= 2  # more than one connection served the readers
    assert store.count_events(EventQuery()) == 60
    store.close()


@pytest.mark.postgres
@pytest.mark.parametrize("size", ["0", "x", "100"])
def test_store_postgres_rejects_a_bad_pool_size(
    fresh_postgres_url: str, size: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITROOM_PG_POOL", size)
    with pytest.raises(StoreError, match="SITROOM_PG_POOL"):
        open_store(fresh_postgres_url)
