"""The store contract, run against DuckDB and PostgreSQL alike (the ``store_url`` fixture gives both)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitroom.errors import StoreError, UsageError
from sitroom.model import Actor, Article, Casualties, Event, Evidence, Location, Rejection
from sitroom.store import open_store
from sitroom.store.base import EventQuery, Store, add_many
from sitroom.store.sql import MIGRATIONS
from sitroom.testing.synthetic import synthetic_articles


def _event(aid: str, start: int, **kw: Any) -> Event:
    sentence = kw.pop("sentence", f"Sentence {start} of {aid}.")
    return Event(
        article_id=aid,
        plover_event=kw.pop("plover_event", "ASSAULT"),
        evidence=Evidence(sentence, start, start + len(sentence)),
        **kw,
    )


def _corpus() -> list[tuple[Article, list[Event]]]:
    """Four hand-made articles whose events differ in one dimension each, for the filter tests."""
    kyiv = Location("Kyiv", 50.45, 30.52, "UKR")
    lviv = Location("Lviv", 49.84, 24.03, "UKR")
    khartoum = Location("Khartoum", 15.5, 32.56, "SDN")
    army = Actor("troops", "Military Forces of Russia", "RUS", "MIL", 1)
    rsf = Actor("the RSF", "Rapid Support Forces", "SDN", "REB", 2)
    crowd = Actor("students", "Protesters (Kenya)", "KEN", "CVL", 6)
    return [
        (
            Article("a-kyiv", "Missiles hit Kyiv.", date(2022, 3, 1), "Kyiv"),
            [
                _event(
                    "a-kyiv",
                    0,
                    sentence="Missiles hit Kyiv.",
                    acled_event_type="Explosions/Remote violence",
                    acled_sub_event_type="Air/drone strike",
                    actor1=army,
                    date=date(2022, 3, 1),
                    date_precision="day",
                    location=kyiv,
                    fatalities=Casualties(killed=9),
                )
            ],
        ),
        (
            Article("a-lviv", "Shelling near Lviv.", date(2022, 3, 20), "Lviv"),
            [
                _event(
                    "a-lviv",
                    0,
                    sentence="Shelling near Lviv.",
                    acled_event_type="Explosions/Remote violence",
                    acled_sub_event_type="Shelling/artillery/missile attack",
                    actor1=army,
                    date=date(2022, 3, 20),
                    date_precision="day",
                    location=lviv,
                    fatalities=Casualties(killed=2),
                )
            ],
        ),
        (
            Article("a-khartoum", "Clashes in Khartoum. Talks began.", date(2023, 4, 15), "Khartoum"),
            [
                _event(
                    "a-khartoum",
                    0,
                    sentence="Clashes in Khartoum.",
                    acled_event_type="Battles",
                    acled_sub_event_type="Armed clash",
                    actor1=rsf,
                    date=date(2023, 4, 15),
                    date_precision="day",
                    location=khartoum,
                    fatalities=Casualties(killed=56),
                ),
                _event(
                    "a-khartoum",
                    21,
                    plover_event="CONSULT",
                    sentence="Talks began.",
                    non_acled_type="Diplomatic event",
                    salience_rank=1,
                    date=date(2023, 4, 16),
                    date_precision="day",
                ),
            ],
        ),
        (
            Article("a-nairobi", "Students marched.", date(2024, 6, 25), "Nairobi"),
            [
                _event(
                    "a-nairobi",
                    0,
                    plover_event="PROTEST",
                    sentence="Students marched.",
                    acled_event_type="Protests",
                    acled_sub_event_type="Peaceful protest",
                    actor2=crowd,
                    date=date(2024, 6, 25),
                    date_precision="day",
                )
            ],
        ),
    ]


def _ids(store: Store, query: EventQuery) -> set[str]:
    return {
        r["article_id"] + ("" if r["salience_rank"] == 0 else f"#{r['salience_rank']}") for r in store.events(query)
    }


def _dump(store: Store) -> dict[str, Any]:
    return {
        "events": list(store.events(EventQuery(order="rank"))),
        "counts": store.counts(),
        "articles": [store.article(a.id) for a, _ in _corpus()],
        "rejections": store.rejections(),
    }


def test_store_migrates_from_empty(store_url: str) -> None:
    store = open_store(store_url)
    assert store.migrate() == MIGRATIONS[-1][0]
    assert store.counts() == {"articles": 0, "events": 0, "actors": 0, "places": 0, "rejected": 0}
    store.close()
    again = open_store(store_url)
    assert again.migrate() == MIGRATIONS[-1][0]
    again.close()


def test_store_refuses_newer_schema(store_url: str) -> None:
    store = open_store(store_url)
    store._execute(
        "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",  # type: ignore[attr-defined]
        (MIGRATIONS[-1][0] + 1, date(2030, 1, 1)),
    )
    store.close()
    with pytest.raises(StoreError) as err:
        open_store(store_url)
    assert err.value.code == "E021"


def test_store_ingest_twice_leaves_store_unchanged(store: Store) -> None:
    first = add_many(store, _corpus())
    store.add_rejection(Rejection("bad.jsonl", "line 3", "malformed JSON: x", "E004"))
    before = _dump(store)
    second = add_many(store, _corpus())
    store.add_rejection(Rejection("bad.jsonl", "line 3", "malformed JSON: x", "E004"))
    assert (first.articles_new, first.events) == (4, 5)
    assert (second.articles_new, second.articles_seen) == (0, 4)
    assert _dump(store) == before
    assert before["counts"] == {"articles": 4, "events": 5, "actors": 4, "places": 3, "rejected": 1}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(), {"a-kyiv", "a-lviv", "a-khartoum", "a-khartoum#1", "a-nairobi"}),
        (EventQuery(since=date(2022, 3, 2)), {"a-lviv", "a-khartoum", "a-khartoum#1", "a-nairobi"}),
        (EventQuery(until=date(2022, 3, 20)), {"a-kyiv", "a-lviv"}),
        (EventQuery(since=date(2023, 4, 16), until=date(2023, 4, 16)), {"a-khartoum#1"}),
        (EventQuery(countries=("ukr",)), {"a-kyiv", "a-lviv"}),
        (EventQuery(countries=("SDN", "UKR")), {"a-kyiv", "a-lviv", "a-khartoum"}),
        (EventQuery(types=("Battles",)), {"a-khartoum"}),
        (EventQuery(types=("air/drone strike",)), {"a-kyiv"}),
        (EventQuery(types=("ASSAULT",)), {"a-kyiv", "a-lviv", "a-khartoum"}),
        (EventQuery(types=("Diplomatic event", "PROTEST")), {"a-khartoum#1", "a-nairobi"}),
        (EventQuery(actor="russia"), {"a-kyiv", "a-lviv"}),
        (EventQuery(actor="RSF"), {"a-khartoum"}),
        (EventQuery(actor="students"), {"a-nairobi"}),
        (EventQuery(near=(50.45, 30.52, 50)), {"a-kyiv"}),
        (EventQuery(near=(50.0, 27.0, 500)), {"a-kyiv", "a-lviv"}),
        (EventQuery(near=(15.5, 32.56, 1)), {"a-khartoum"}),
        (EventQuery(text="SHELLING"), {"a-lviv"}),
        (EventQuery(article_id="a-khartoum"), {"a-khartoum", "a-khartoum#1"}),
        (EventQuery(countries=("UKR",), actor="russia", since=date(2022, 3, 10)), {"a-lviv"}),
        (EventQuery(actor="'; DROP TABLE events; --"), set()),
        (EventQuery(text="%"), set()),
        (EventQuery(text="_"), set()),
    ],
)
def test_store_filters(store: Store, query: EventQuery, expected: set[str]) -> None:
    add_many(store, _corpus())
    assert _ids(store, query) == expected
    assert store.count_events(query) == len(expected)
    assert store.counts()["events"] == 5


@pytest.mark.parametrize(
    ("order", "first"),
    [
        ("date_desc", "a-nairobi"),
        ("date_asc", "a-kyiv"),
        ("fatalities_desc", "a-khartoum"),
        ("rank", "a-khartoum"),
    ],
)
def test_store_orders(store: Store, order: str, first: str) -> None:
    add_many(store, _corpus())
    assert next(iter(store.events(EventQuery(order=order))))["article_id"] == first


def test_store_rejects_unknown_order_and_interval(store: Store) -> None:
    with pytest.raises(UsageError):
        list(store.events(EventQuery(order="killed; DROP TABLE events")))
    with pytest.raises(UsageError):
        store.stats(EventQuery(), interval="decade")


def test_store_limit_offset_pages_cover_everything(store: Store) -> None:
    add_many(store, _corpus())
    pages = [list(store.events(EventQuery(order="date_asc", limit=2, offset=o))) for o in (0, 2, 4)]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [r["event_id"] for p in pages for r in p] == [
        r["event_id"] for r in store.events(EventQuery(order="date_asc"))
    ]


@pytest.mark.parametrize(("interval", "periods"), [("day", 5), ("week", 4), ("month", 3)])
def test_store_stats(store: Store, interval: str, periods: int) -> None:
    add_many(store, _corpus())
    stats = store.stats(EventQuery(), interval=interval)
    assert len(stats["by_period"]) == periods
    assert stats["totals"] == {"events": 5, "killed": 67}
    assert sum(p["events"] for p in stats["by_period"]) == 5
    assert {r["key"]: r["events"] for r in stats["by_country"]} == {"UKR": 2, "SDN": 1, None: 2}
    assert stats["by_type"][0] == {"key": "Explosions/Remote violence", "events": 2, "killed": 11}
    assert store.stats(EventQuery(countries=("SDN",)), interval)["totals"] == {"events": 1, "killed": 56}


def test_store_event_article_actors(store: Store) -> None:
    add_many(store, _corpus())
    article = store.article("a-khartoum")
    assert article is not None
    assert article["text"] == "Clashes in Khartoum. Talks began."
    assert [e["salience_rank"] for e in article["events"]] == [0, 1]
    event = store.event(article["events"][1]["event_id"])
    assert event is not None and event["evidence"]["sentence"] == "Talks began."
    assert store.event("nope") is None and store.article("nope") is None
    actors = store.actors(EventQuery())
    assert actors[0] == {
        "name": "Military Forces of Russia",
        "country": "RUS",
        "sector": "MIL",
        "acled_inter": 1,
        "events": 2,
    }
    assert [a["name"] for a in store.actors(EventQuery(countries=("SDN",)))] == ["Rapid Support Forces"]


def test_store_new_version_replaces_events(store: Store) -> None:
    add_many(store, _corpus())
    old = Article("a-lviv", "Shelling near Lviv.", date(2022, 3, 20), "Lviv")
    new = Article("a-lviv", "Shelling near Lviv killed four.", date(2022, 3, 20), "Lviv")
    fresh = _event("a-lviv", 0, sentence=new.text, date=date(2022, 3, 20), fatalities=Casualties(killed=4))
    assert store.add_article(new, [fresh])
    assert not store.add_article(old, [])  # the older version is still stored: nothing changes
    article = store.article("a-lviv")
    assert article is not None and article["text"] == new.text
    assert [e["fatalities"]["killed"] for e in store.events(EventQuery(article_id="a-lviv"))] == [4]
    assert store.counts()["articles"] == 5 and store.counts()["events"] == 5
    assert store.has_article(old.content_hash) and store.has_article(new.content_hash)


def test_store_rejections_recorded_once(store: Store) -> None:
    rejections = [Rejection("a.txt", "", "file is empty", "E001"), Rejection("b.jsonl", "line 2", "no text", "E005")]
    for r in rejections * 2:
        store.add_rejection(r)
    got = store.rejections()
    assert [(r["origin"], r["where"], r["code"], r["reason"]) for r in got] == [
        ("a.txt", "", "E001", "file is empty"),
        ("b.jsonl", "line 2", "E005", "no text"),
    ]
    assert all(r["at"] for r in got)


def test_store_events_stream_survives_interleaved_writes(store: Store) -> None:
    add_many(store, synthetic_articles(50, per_article=5))
    stream = store.events(EventQuery(order="rank"))
    first = next(stream)
    add_many(store, synthetic_articles(10, per_article=5, seed=99))
    rest = list(stream)
    assert first["article_id"].startswith("syn-7-") and len(rest) in (49, 59)
    assert store.count_events(EventQuery()) == 60


def test_store_failed_add_rolls_back(store: Store) -> None:
    article, events = _corpus()[0]
    bad = _event(article.id, 0, sentence="x")
    bad.evidence = None  # type: ignore[assignment]
    with pytest.raises(AttributeError):
        store.add_article(article, [*events, bad])
    assert store.counts()["articles"] == 0 and store.counts()["events"] == 0
    assert store.add_article(article, events)


def test_store_keeps_nul_characters_out_of_text_columns(store: Store) -> None:
    article = Article("nul\x00id", "A text with a NUL\x00 inside.", date(2024, 1, 1))
    event = _event(article.id, 0, sentence="NUL\x00 inside.")
    assert store.add_article(article, [event])
    (record,) = store.events(EventQuery(article_id=article.id))
    assert record["evidence"]["sentence"] == "NUL\x00 inside."  # the JSON record is exact
    stored = store.article(article.id)
    assert stored is not None and stored["text"] == "A text with a NUL\ufffd inside."
    store.add_rejection(Rejection("x\x00.txt", "", "binary", "E002"))
    assert store.rejections()[0]["origin"] == "x\ufffd.txt"


def test_store_duckdb_second_writer_gets_a_clear_error(tmp_path: object) -> None:
    import subprocess
    import sys

    path = f"{tmp_path}/locked.duckdb"
    holder = open_store(path)
    code = (
        "import sys\nfrom sitroom.errors import StoreError\nfrom sitroom.store import open_store\n"
        "try:\n    open_store(sys.argv[1])\nexcept StoreError as e:\n    print(e.code, e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, path],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": ":".join(sys.path)},
        timeout=60,
    )
    holder.close()
    assert out.stdout.startswith("E020 store error: cannot open"), out.stderr
    assert "one process" in out.stdout


def test_store_migrations_are_numbered_in_sequence() -> None:
    assert [number for number, _ in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert all("CREATE" in sql for _, sql in MIGRATIONS[:1])


def test_store_upgrades_an_older_schema_in_place(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import sitroom.store.sql as sql

    store = open_store(store_url)
    add_many(store, _corpus())
    store.close()
    later = [
        *sql.MIGRATIONS,
        (
            len(sql.MIGRATIONS) + 1,
            "ALTER TABLE events ADD COLUMN note TEXT;\nCREATE INDEX IF NOT EXISTS events_note ON events (note);",
        ),
    ]
    monkeypatch.setattr(sql, "MIGRATIONS", later)
    upgraded = open_store(store_url)
    assert upgraded.migrate() == len(later)
    assert upgraded.count_events(EventQuery()) == 5
    upgraded.close()
