"""Issue 13: the daily counts of fused events (``stats_daily``, migration 009) that ``/api/stats`` reads stay exact
through every write (ingest in batches, fusion merging fused events, a new version of an article, a review), and
the stats read from them are the stats read from the fused events themselves, on DuckDB and PostgreSQL."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitroom.review import ReviewDesk
from sitroom.store import add_many
from sitroom.store.base import EventQuery, Store
from sitroom.store.rollup import ROLLUPS
from sitroom.testing.synthetic import synthetic_articles
from tests.fusion_cases import bridged, one_event_article

QUERIES = [
    EventQuery(fused=True),
    EventQuery(fused=True, since=date(2022, 1, 5), until=date(2022, 1, 20)),
    EventQuery(fused=True, countries=("UKR", "NGA")),
    EventQuery(fused=True, types=("assault",), since=date(2022, 1, 10)),
    EventQuery(fused=True, types=("Protests", "PROTEST"), countries=("KEN",)),
    EventQuery(fused=True, until=date(2021, 1, 1)),  # nothing: the totals alone
    EventQuery(fused=True, actor="police"),
    EventQuery(fused=True, actor="GUNMEN", since=date(2022, 1, 12), until=date(2022, 1, 14)),
    EventQuery(fused=True, actor="nobody at all"),
]


def _table(store: Any, table: str) -> list[tuple[Any, ...]]:
    sql = f"SELECT {', '.join(ROLLUPS[table])}, events, killed FROM {table}"
    return sorted(((*r[:-2], int(r[-2]), int(r[-1])) for r in store._fetch(sql)), key=repr)


def _recounted(store: Any, table: str) -> list[tuple[Any, ...]]:
    keys = ", ".join(ROLLUPS[table])
    sql = f"SELECT {keys}, count(*), coalesce(sum(killed), 0) FROM fused_events GROUP BY {keys}"
    return sorted(((*r[:-2], int(r[-2]), int(r[-1])) for r in store._fetch(sql)), key=repr)


def _same_stats(store: Any) -> None:
    """The daily counts hold what the fused events hold, and every query's stats read from them are those read
    from the fused events (the daily counts switched off)."""
    for table in ROLLUPS:
        assert _table(store, table) == _recounted(store, table), table
    for query in QUERIES:
        assert store._rollup_serves(query) == ("actor" if query.actor else "plain")
        for interval in ("day", "month"):
            rolled = store._stats(query, interval)
            store.__dict__["_rollup_schema"] = False
            try:
                direct = store._stats(query, interval)
            finally:
                store.__dict__["_rollup_schema"] = True
            assert rolled == direct, (query, interval)


def test_stats_rollup_issue13_exact_after_ingest_fusion_versions_and_review(store: Store) -> None:
    add_many(store, synthetic_articles(160, seed=3, days=30, unlocated=0.1))
    _same_stats(store)
    assert store.count_events(EventQuery(fused=True)) < 160  # reports of one event fused
    for item in bridged(date(2022, 1, 12)):  # the third report merges the first two fused events
        store.add_article(*item)
    undated = one_event_article("undated", date(2022, 1, 14), "Gunmen attacked a village.", date=None)
    store.add_article(*undated)
    _same_stats(store)
    # a new version of an article: its events leave their fused events, the new ones fuse afresh
    changed = one_event_article("b", date(2022, 1, 12), "Protesters marched in Maiduguri.", plover_event="PROTEST")
    store.add_article(*changed)
    _same_stats(store)
    fused_id = next(store.events(EventQuery(fused=True, article_id="a")))["fused_id"]
    ReviewDesk(store).act(fused_id, "correct", {"fatalities": "3"}, "ana")
    _same_stats(store)
    assert store.stats(EventQuery(fused=True, since=date(2022, 1, 12), until=date(2022, 1, 12)))["totals"]["events"]


def test_stats_rollup_issue13_not_used_for_other_filters(store: Store) -> None:
    """Filters the daily counts do not keep (an actor with a country or type, text, place, modality, reports) read
    the events themselves."""
    assert not any(
        store._rollup_serves(q)  # type: ignore[attr-defined]
        for q in (
            EventQuery(fused=True, actor="police", countries=("UKR",)),
            EventQuery(fused=True, actor="police", types=("ASSAULT",)),
            EventQuery(fused=True, text="convoy"),
            EventQuery(fused=True, near=(50.45, 30.52, 100.0)),
            EventQuery(fused=True, min_confidence=0.5),
            EventQuery(fused=True, article_id="x"),
            EventQuery(),
        )
    )


def test_stats_rollup_issue13_bulk_loader_fills_it(tmp_path: Any) -> None:
    from sitroom.store import open_store
    from sitroom.testing.bulk import bulk_load

    path = str(tmp_path / "bulk.duckdb")
    bulk_load(path, 1000)
    store = open_store(path)
    try:
        assert len(_table(store, "stats_daily")) > 50
        _same_stats(store)
    finally:
        store.close()


def test_stats_rollup_issue13_pages_ranked_by_key_are_the_same_pages(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL ranks every page from keys before it reads records (sql.LATE_PAGES): the same events in the same
    order as one statement gives (and DuckDB, which does not)."""
    from sitroom.store import sql

    add_many(store, synthetic_articles(240, seed=4, days=40))
    queries = [
        EventQuery(fused=True, countries=("SDN", "ETH", "UKR"), order="fatalities_desc", limit=7, offset=3),
        EventQuery(since=date(2022, 1, 10), until=date(2022, 2, 1), order="rank", limit=20, offset=5),
        EventQuery(fused=True, since=date(2022, 1, 5), order="fatalities_desc", limit=50),
        EventQuery(types=("assault",), order="rank", limit=1000),
        EventQuery(fused=True, text="convoy", since=date(2022, 1, 3), limit=5, offset=2),
        EventQuery(text="near", countries=("UKR", "SDN"), order="date_asc", limit=30),
    ]
    late = [[r["event_id"] for r in store.events(q)] for q in queries]
    monkeypatch.setattr(sql, "LATE_PAGES", False)
    assert late == [[r["event_id"] for r in store.events(q)] for q in queries]
    assert all(late)


def test_stats_rollup_issue13_migration_fills_a_store_of_schema_8(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store of schema 8 with fused events gets its daily counts when it is opened (migration 009)."""
    from sitroom.store import open_store, sql

    with monkeypatch.context() as patch:
        patch.setattr(sql, "MIGRATIONS", sql.MIGRATIONS[:8])
        old = open_store(store_url)
        assert old.schema_version() == 8  # type: ignore[attr-defined]
        add_many(old, synthetic_articles(120, seed=6, days=20, unlocated=0.1))
        old.close()
    store = open_store(store_url)
    try:
        assert store.schema_version() >= 9  # type: ignore[attr-defined]
        _same_stats(store)
    finally:
        store.close()


def test_stats_rollup_issue13_counts_kept_until_a_write(store: Store) -> None:
    """``counts`` (what /health shows) keeps the row counts until a write; rejections are counted each time."""
    from sitroom.model import Rejection

    add_many(store, synthetic_articles(20, seed=8))
    first = store.counts()  # type: ignore[attr-defined]
    assert first["events"] == 20 and first["articles"] == 5 and first["rejected"] == 0
    store.add_article(*one_event_article("later", date(2022, 3, 1), "Gunmen attacked a market."))
    store.add_rejection(Rejection(origin="feed.json", where="record 3", reason="record has no text", code="E005"))
    after = store.counts()  # type: ignore[attr-defined]
    assert after["events"] == 21 and after["articles"] == 6 and after["actors"] > first["actors"]
    assert after["rejected"] == 1
