"""Issue 13: pages of events at ten million events. A JSON page of ``GET /api/events`` sends most fused events'
stored text without parsing it (``sitroom.store.records.fragment``), and PostgreSQL ranks pages by key from indexes
that hold every filtered column (migration 010) before it reads the page's records: the answers are those of the
plain path (every record parsed and written again, one statement a page), reviews included."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import orjson
import pytest

from sitroom.fusion import fused_record
from sitroom.review import ReviewDesk
from sitroom.store import add_many, records
from sitroom.store.base import EventQuery, Store
from sitroom.testing.synthetic import synthetic_articles
from tests.fusion_cases import bridged

PAGES = [
    EventQuery(fused=True, limit=30),
    EventQuery(fused=True, since=date(2022, 1, 5), until=date(2022, 1, 30), limit=20, offset=25),
    EventQuery(fused=True, countries=("UKR", "NGA"), limit=10, offset=10),
    EventQuery(fused=True, countries=("SDN", "ETH", "UKR"), order="fatalities_desc", limit=7, offset=3),
    EventQuery(fused=True, actor="police", since=date(2022, 1, 3), limit=15, offset=4),
    EventQuery(fused=True, near=(50.45, 30.52, 300.0), limit=12),
    EventQuery(fused=True, types=("assault",), order="date_asc", limit=25, offset=30),
    EventQuery(fused=True, text="near", countries=("UKR", "SDN"), order="rank", limit=30),
    EventQuery(fused=True, min_confidence=0.5, limit=9, offset=9),
    EventQuery(since=date(2022, 1, 10), until=date(2022, 2, 1), order="rank", limit=20, offset=5),
    EventQuery(actor="police", limit=40, offset=40),
    EventQuery(countries=("UKR",), order="date_asc", limit=50),
]


def _filled(store: Store) -> None:
    add_many(store, synthetic_articles(240, seed=4, days=40))
    add_many(store, bridged(date(2022, 1, 20)))  # a fused event of three reports, two of them merged


def _as_json(page: list[Any]) -> list[Any]:
    return [orjson.loads(orjson.dumps(r)) for r in page]


def test_api_pages_issue13_fragments_are_the_records(store: Store) -> None:
    """Every page, with the stored text sent as it is where it can be, is the same JSON as the records parsed; most
    fused events take the fast path, and a reviewed one does not (its review changes values inside it)."""
    _filled(store)
    reviewed = next(store.events(EventQuery(fused=True, limit=1)))["fused_id"]
    ReviewDesk(store).act(reviewed, "correct", {"fatalities": "3"}, "ana")
    fast = 0
    for query in [*PAGES, EventQuery(fused=True, limit=1000)]:
        page = store.event_page(query)
        assert _as_json(page) == [dict(r) for r in store.events(query)], query
        fast += sum(isinstance(r, orjson.Fragment) for r in page)
    assert fast > 200
    whole = store.event_page(EventQuery(fused=True, limit=1000))
    mine = [r for r in whole if isinstance(r, dict) and r["fused_id"] == reviewed]
    assert mine and mine[0]["review"]["status"] == "corrected" and mine[0]["fatalities"]["killed"] == 3


def test_api_pages_issue13_fragment_refuses_what_it_cannot_vouch_for() -> None:
    """A report, a reviewed event, a text of another shape and a fused id that is not the row's go the dict path."""
    text = orjson.dumps({"event_id": "e1", "fused_id": "f1", "reports": [{"title": "t"}]}).decode()
    plain = (text, date(2022, 1, 2), "A title", "f1", *[None] * (records.WIDTH - 4))
    made = records.fragment(plain)
    assert made is not None
    assert orjson.loads(orjson.dumps(made)) == records.record(plain)
    assert list(orjson.loads(orjson.dumps(made))) == list(records.record(plain))  # the keys in the same order too
    assert records.fragment((text, None, None, "f2", *plain[4:])) is None  # the row's fused id differs
    assert records.fragment(plain[:4]) is None  # no review columns: nothing says it is unreviewed
    reviewed = (*plain[:4], "f1", *plain[5:])
    assert records.fragment(reviewed) is None
    report = orjson.dumps({"event_id": "e1", "date_anchor": "text"}).decode()
    assert records.fragment((report, *plain[1:])) is None


def test_api_pages_issue13_fused_records_have_the_shape_fragments_need() -> None:
    """``fused_record`` writes no ``published``, ``title`` or ``review`` key at the top, begins with the event id and
    ends with its reports: what ``records.fragment`` relies on to add those keys at the end."""
    members = []
    for article, events in bridged(date(2022, 1, 20)):
        record = {**events[0].to_dict(), "published": "2022-01-20", "title": article.title, "source": article.source}
        members.append(record)
    made = fused_record("f-x", members)
    assert not {"published", "title", "review", "reported_late_days"} & set(made)
    assert next(iter(made)) == "event_id" and list(made)[-1] == "reports"
    text = orjson.dumps(made).decode()
    row = (text, date(2022, 1, 20), "A title", "f-x", *[None] * (records.WIDTH - 4))
    assert orjson.loads(orjson.dumps(records.fragment(row))) == records.record(row)


def test_api_pages_issue13_pages_ranked_by_key_are_the_same_pages(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL ranking a page by key first (sql.LATE_PAGES) gives the events of one statement, in its order."""
    from sitroom.store import sql

    _filled(store)
    late = [[r["event_id"] for r in store.events(q)] for q in PAGES]
    monkeypatch.setattr(sql, "LATE_PAGES", False)
    assert late == [[r["event_id"] for r in store.events(q)] for q in PAGES]
    assert sum(map(bool, late)) >= len(PAGES) - 2


def test_api_pages_issue13_a_page_ranks_from_an_index_only(store: Store) -> None:
    """On PostgreSQL a filtered page further on is ranked from an index alone (fused_events_date_keys, migration
    010): an index-only scan, no row of the table read for the rows it skips or drops."""
    from sitroom.store import sql

    if getattr(store, "dialect", "") != "postgres":
        pytest.skip("PostgreSQL only: DuckDB scans its columns")
    _filled(store)
    pg: Any = store
    pg._execute("VACUUM ANALYZE fused_events")
    query = EventQuery(fused=True, actor="police", since=date(2022, 1, 3), limit=10, offset=20)
    assert sql._late(query) and not sql._late(replace(query, actor=None, offset=0))
    where = sql.q.where_clause(query)
    keys = f"SELECT e.fused_id FROM fused_events e WHERE {where.sql} ORDER BY {sql.q.order_clause(query.order)}"
    with pg._transaction():
        pg._execute("SET LOCAL enable_seqscan = off")  # a table of a few hundred rows, planned as a large one
        plan = "\n".join(r[0] for r in pg._fetch(f"EXPLAIN {keys} LIMIT 10 OFFSET 20", where.params))
    assert "Index Only Scan using fused_events_date_keys" in plan, plan
