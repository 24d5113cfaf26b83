"""Fusion in the store, on DuckDB and PostgreSQL alike: reports join fused events as they are ingested; ids stay;
merges keep the older id and redirect the other; ingest order does not change the fused events; old stores are
fused when they migrate."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from sitroom.model import Actor, Article, Casualties, Event, Location
from sitroom.store import open_store
from sitroom.store.base import EventQuery, Store
from tests.fusion_cases import bridged, one_event_article


def _wire() -> list[tuple[Article, list[Event]]]:
    """Three reports of one attack (the toll rising, then a late retelling), and an unrelated attack elsewhere."""
    day = date(2024, 5, 10)
    return [
        one_event_article("first", day, "Gunmen killed 8 villagers near Maiduguri.", fatalities=Casualties(killed=8)),
        one_event_article(
            "update",
            day + timedelta(1),
            "Toll rises to 11 in Friday's Maiduguri attack.",
            date=day,
            fatalities=Casualties(killed=11),
        ),
        one_event_article(
            "retold",
            day + timedelta(30),
            "Last month gunmen killed 11 villagers near Maiduguri.",
            date=day,
            fatalities=Casualties(killed=11),
        ),
        one_event_article(
            "elsewhere",
            day,
            "Bandits stormed a market in Gusau, killing 30.",
            location=Location("Gusau", 12.17, 6.66, "NGA", admin1="Zamfara"),
            actor1=Actor("bandits", "Bandits", "NGA", None, 3),
            fatalities=Casualties(killed=30),
        ),
    ]


def _groups(store: Store) -> set[frozenset[str]]:
    """The fused events as sets of the articles that report them."""
    by: dict[str, set[str]] = {}
    for record in store.events(EventQuery(fused=False)):
        by.setdefault(record["fused_id"], set()).add(record["article_id"])
    return {frozenset(v) for v in by.values()}


def _decided(store: Store) -> set[tuple[Any, ...]]:
    keep = ("date", "date_end", "report_count", "source_count", "first_reported", "last_reported")
    out = set()
    for record in store.events(EventQuery(fused=True)):
        fat = record["fatalities"]
        out.add((*(record[k] for k in keep), fat["killed"], fat["killed_low"], fat["killed_high"]))
    return out


def test_fusion_store_rising_toll_is_one_event_never_summed(store: Store) -> None:
    for item in _wire():
        store.add_article(*item)
    assert _groups(store) == {frozenset({"first", "update", "retold"}), frozenset({"elsewhere"})}
    fused = {r["first_reported"]: r for r in store.events(EventQuery(fused=True, types=("ASSAULT",)))}
    attack = next(r for r in fused.values() if r["report_count"] == 3)
    assert attack["fatalities"]["killed"] == 11 and attack["fatalities"]["killed_low"] == 8
    assert attack["date"] == "2024-05-10" and attack["last_reported"] == "2024-06-09"
    assert attack["conflicts"] == ["toll"]
    stats = store.stats(EventQuery(fused=True))
    assert stats["totals"] == {"events": 2, "killed": 41}  # 11 + 30, not 9 + 11 + 11 + 30
    late = [r for r in attack["reports"] if r["article_id"] == "retold"]
    assert late[0]["reported_late_days"] == 30
    assert store.stale_articles() == ["retold", "update"]
    retold, first = store.article("retold"), store.article("first")
    assert retold is not None and retold["stale"] and first is not None and not first["stale"]


def test_fusion_store_id_survives_new_reports_and_reingestion(store: Store) -> None:
    wire = _wire()
    store.add_article(*wire[0])
    first = next(store.events(EventQuery(fused=True)))["fused_id"]
    for item in wire[1:]:
        store.add_article(*item)
    assert any(r["fused_id"] == first and r["report_count"] == 3 for r in store.events(EventQuery(fused=True)))
    for item in wire:  # the same content again changes nothing
        assert not store.add_article(*item)
    assert store.count_events(EventQuery(fused=True)) == 2


def test_fusion_store_merge_keeps_the_older_id_and_redirects(store: Store) -> None:
    """Two fused events that a new report bridges merge: the older id survives, the other redirects to it, and the
    history says what joined when and why."""
    a, b, bridge = bridged(date(2024, 5, 10))
    store.add_article(*a)
    store.add_article(*b)
    older, newer = (next(store.events(EventQuery(fused=True, article_id=x)))["fused_id"] for x in ("a", "b"))
    assert older != newer
    store.add_article(*bridge)
    assert store.count_events(EventQuery(fused=True)) == 1
    merged = store.fused_event(newer)
    assert merged is not None and merged["fused_id"] == older and merged["redirected_from"] == newer
    actions = [h["action"] for h in merged["history"]]
    assert actions.count("created") == 2 and "merged" in actions and "joined" in actions
    assert all(h["reason"] for h in merged["history"])


@pytest.mark.parametrize("order", list(itertools.permutations(range(4)))[::5])
def test_fusion_store_issue12_order_does_not_change_the_fused_events(store_url: str, order: tuple[int, ...]) -> None:
    """Re-ingesting everything in another order gives the same fused events (members and decided facts)."""
    wire = _wire()
    reference = open_store(store_url)
    try:
        for item in wire:
            reference.add_article(*item)
        groups, decided = _groups(reference), _decided(reference)
        stale = reference.stale_articles()
        for table in ("fusion_index", "fused_events", "fused_redirects", "fusion_history", "actors", "places"):
            reference._execute(f"DELETE FROM {table}")  # type: ignore[attr-defined]
        reference._execute("DELETE FROM events")  # type: ignore[attr-defined]
        reference._execute("DELETE FROM articles")  # type: ignore[attr-defined]
        for i in order:
            reference.add_article(*wire[i])
        assert _groups(reference) == groups
        assert _decided(reference) == decided
        assert reference.stale_articles() == stale
    finally:
        reference.close()


def test_fusion_store_one_batch_fuses_as_one_article_at_a_time(store_url: str) -> None:
    """Articles stored in one transaction (``add_articles``) fuse with each other as they would one by one."""
    one = open_store(store_url)
    try:
        assert all(one.add_articles(_wire()))
        assert _groups(one) == {frozenset({"first", "update", "retold"}), frozenset({"elsewhere"})}
        assert one.stale_articles() == ["retold", "update"]
        history = one.fused_event(next(one.events(EventQuery(fused=True, article_id="retold")))["fused_id"])
        assert history is not None and [h["action"] for h in history["history"]].count("joined") == 2
    finally:
        one.close()


def test_fusion_store_merge_within_one_batch_redirects(store: Store) -> None:
    """Fused events created and merged within one write (``add_articles``) leave the same redirect and history as
    when their articles come one at a time (the redirect waits for the end of the write)."""
    store.add_articles(bridged(date(2024, 5, 10)))
    assert store.count_events(EventQuery(fused=True)) == 1
    survivor = next(store.events(EventQuery(fused=True)))["fused_id"]
    b = next(store.events(EventQuery(fused=False, article_id="b")))
    assert b["fused_id"] == survivor != "f" + b["event_id"]
    assert store.resolve_fused_id("f" + b["event_id"]) == survivor
    merged = store.fused_event(survivor)
    assert merged is not None and [h["action"] for h in merged["history"]].count("merged") == 1


def test_fusion_store_batch_follows_merges_of_stored_events(store: Store) -> None:
    """A write reads the stored reports its articles could match once; a merge of two stored fused events by one of
    its articles is followed by the next (a second report of ``b`` joins the merged event, not the id it left)."""
    a, b, bridge = bridged(date(2024, 5, 10))
    store.add_article(*a)
    store.add_article(*b)
    again = one_event_article(
        "d",
        b[0].published,
        "Explosions were reported in north-east Nigeria.",
        location=None,
        actor1=None,
        date_anchor="fallback",
    )
    again[1][0].fatalities = Casualties(killed=12)
    assert store.add_articles([bridge, again]) == [True, True]
    assert _groups(store) == {frozenset({"a", "b", "c", "d"})}


def test_fusion_store_issue12_migration_fuses_an_old_store(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store from before fusion (schema 3) is fused when it is opened: its events are listed as fused events."""
    from sitroom.store import queries as q
    from sitroom.store import sql

    with monkeypatch.context() as patch:
        patch.setattr(sql, "MIGRATIONS", sql.MIGRATIONS[:3])
        old = open_store(store_url)
        assert old.schema_version() == 3  # type: ignore[attr-defined]
        later = ("fused_id", "admin2", "admin3", "geo_precision")  # the columns of migrations 4 and 6
        columns = tuple(c for c in q.EVENT_COLUMNS if c not in later)
        for article, events in _wire():
            old._insert("articles", q.ARTICLE_COLUMNS, [q.article_row(article, True, datetime(2024, 7, 1))])  # type: ignore[attr-defined]
            old._insert("events", columns, [q.event_row(e, article)[: len(columns)] for e in events])  # type: ignore[attr-defined]
        old.close()
    store = open_store(store_url)
    try:
        assert store.schema_version() >= 4  # type: ignore[attr-defined]
        assert _groups(store) == {frozenset({"first", "update", "retold"}), frozenset({"elsewhere"})}
        assert store.count_events(EventQuery(fused=True)) == 2
        assert store.stale_articles() == ["retold", "update"]
    finally:
        store.close()


def test_fusion_store_new_version_leaves_its_fused_event(store: Store) -> None:
    wire = _wire()
    for item in wire[:2]:
        store.add_article(*item)
    changed = one_event_article("update", date(2024, 5, 11), "Toll rises to 11 in a Kano attack.", location=None)
    changed[1][0].plover_event = "PROTEST"
    store.add_article(*changed)
    assert _groups(store) == {frozenset({"first"}), frozenset({"update"})}
    first = next(r for r in store.events(EventQuery(fused=True)) if r["article_id"] == "first")
    assert first["report_count"] == 1 and first["fatalities"]["killed"] == 8
