"""Random events survive the store unchanged, on both backends (Hypothesis)."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.model import Actor, Article, Casualties, Event, Evidence, Location
from sitroom.store.base import EventQuery, Store

# printable text without surrogates or NUL (PostgreSQL text cannot hold NUL; readers reject such input)
TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=40)
OPT_TEXT = st.none() | TEXT
COUNT = st.none() | st.integers(0, 10**6)

actors = st.builds(
    Actor,
    text=TEXT,
    name=TEXT,
    country=st.none() | st.sampled_from(["UKR", "RUS", "UN"]),
    sector=st.none() | st.sampled_from(["MIL", "GOV", "CVL"]),
    acled_inter=st.none() | st.integers(1, 8),
)
locations = st.builds(
    Location,
    name=TEXT,
    lat=st.floats(-90, 90),
    lon=st.floats(-180, 180),
    country=st.none() | st.sampled_from(["UKR", "SDN", "ARM"]),
    precision=st.sampled_from(["point", "admin1", "country"]),
    text=OPT_TEXT,
    admin1=OPT_TEXT,
    geonames_id=st.none() | st.integers(1, 2**40),
)
casualties = st.builds(
    Casualties,
    killed=COUNT,
    killed_low=COUNT,
    killed_high=COUNT,
    civilians_killed=COUNT,
    injured=COUNT,
    arrested=COUNT,
    qualifier=st.none() | st.sampled_from(["exact", "at_least"]),
    text=OPT_TEXT,
)
counter = itertools.count()


@st.composite
def articles(draw: st.DrawFn) -> tuple[Article, list[Event]]:
    aid = f"hyp-{next(counter)}-" + draw(TEXT)
    text = aid + draw(TEXT)  # the content hash ignores the id: the same text under two ids is stored once
    n = draw(st.integers(0, 4))
    events = [
        Event(
            article_id=aid,
            plover_event=draw(st.sampled_from(["ASSAULT", "PROTEST", "AGREE"])),
            evidence=Evidence(draw(TEXT), i * 10, i * 10 + 5),
            salience_rank=i,
            plover_mode=draw(OPT_TEXT),
            cameo_root=draw(st.none() | st.sampled_from(["14", "19"])),
            acled_event_type=draw(OPT_TEXT),
            acled_sub_event_type=draw(OPT_TEXT),
            non_acled_type=draw(OPT_TEXT),
            actor1=draw(st.none() | actors),
            actor2=draw(st.none() | actors),
            other_actors=draw(st.lists(actors, max_size=2)),
            date=draw(st.none() | st.dates(date(1900, 1, 1), date(2100, 1, 1))),
            date_precision=draw(st.none() | st.sampled_from(["day", "month"])),
            date_text=draw(OPT_TEXT),
            location=draw(st.none() | locations),
            fatalities=draw(casualties),
            confidence=draw(st.floats(0, 1)),
            modality=draw(st.sampled_from(["asserted", "negated"])),
            trigger=draw(OPT_TEXT),
            trigger_start=i,
        )
        for i in range(n)
    ]
    published = draw(st.none() | st.dates(date(1990, 1, 1), date(2030, 1, 1)))
    return Article(aid, text, published, draw(OPT_TEXT), draw(OPT_TEXT), draw(OPT_TEXT)), events


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(item=articles())
def test_store_round_trip_gives_the_same_records(store: Store, item: tuple[Article, list[Event]]) -> None:
    article, events = item
    assert store.add_article(article, events)
    got = list(store.events(EventQuery(article_id=article.id, order="rank")))
    for record in got:
        assert record.pop("published") == (article.published.isoformat() if article.published else None)
        assert record.pop("title") == article.title
        assert record.pop("fused_id")  # every stored report belongs to a fused event
        assert record.pop("reported_late_days") is None or record["date_anchor"] == "text"
        assert record.pop("review") is None  # no one has reviewed it
    assert got == [e.to_dict() for e in events]
    stored = store.article(article.id)
    assert stored is not None and stored["text"] == article.text and stored["url"] == article.url
