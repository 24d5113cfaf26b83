"""Made-up articles with their events, for the tests and the benchmarks of the stores, the exports and the API.

Nothing here is news: the sentences are templates filled from small lists, the places are capital cities with
their approximate coordinates (world facts), and every article's text contains its events' evidence sentences at
the offsets the events record. The same arguments give the same data.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from sitroom.model import AcledInter, Actor, Article, Casualties, Event, Evidence, Location

__all__ = ["PLACES", "synthetic_articles"]

# (name, ISO3, lat, lon): capitals, from any atlas.
PLACES: tuple[tuple[str, str, float, float], ...] = (
    ("Kyiv", "UKR", 50.45, 30.52),
    ("Kharkiv", "UKR", 49.99, 36.23),
    ("Khartoum", "SDN", 15.50, 32.56),
    ("Baku", "AZE", 40.41, 49.87),
    ("Yerevan", "ARM", 40.18, 44.51),
    ("Nairobi", "KEN", -1.29, 36.82),
    ("Dhaka", "BGD", 23.81, 90.41),
    ("Colombo", "LKA", 6.93, 79.85),
    ("Tehran", "IRN", 35.69, 51.39),
    ("Addis Ababa", "ETH", 9.03, 38.74),
    ("Bogota", "COL", 4.71, -74.07),
    ("Lima", "PER", -12.05, -77.04),
)

# (PLOVER event, ACLED event type, ACLED sub-event type, verb phrase, killed?)
KINDS: tuple[tuple[str, str | None, str | None, str, bool], ...] = (
    ("ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack", "shelled positions of", True),
    ("ASSAULT", "Violence against civilians", "Attack", "attacked a convoy of", True),
    ("PROTEST", "Protests", "Peaceful protest", "marched against", False),
    ("COERCE", "Riots", "Violent demonstration", "clashed with", False),
    ("AGREE", None, None, "signed a ceasefire with", False),
    ("MOBILIZE", "Strategic developments", "Change to group/activity", "deployed troops against", False),
)

# (name, ACLED inter code, sector)
ACTORS: tuple[tuple[str, AcledInter, str], ...] = (
    ("Government forces", AcledInter.STATE_FORCES, "MIL"),
    ("Rebel fighters", AcledInter.REBEL_GROUP, "REB"),
    ("Police", AcledInter.STATE_FORCES, "COP"),
    ("Protesters", AcledInter.PROTESTERS, "OPP"),
    ("Militia", AcledInter.POLITICAL_MILITIA, "REB"),
    ("Peacekeepers", AcledInter.EXTERNAL_OTHER_FORCES, "IGO"),
)


def _event(
    rng: random.Random, article_id: str, day: date, rank: int, offset: int, unlocated: float
) -> tuple[Event, str]:
    name, iso3, lat, lon = rng.choice(PLACES)
    plover, acled, sub, verb, deadly = rng.choice(KINDS)
    a1, a2 = rng.sample(ACTORS, 2)
    killed = rng.randint(1, 40) if deadly else None
    tail = f", killing {killed} people" if killed else ""
    sentence = f"{a1[0]} {verb} {a2[0].lower()} near {name} on {day:%d %B %Y}{tail}."
    event = Event(
        article_id=article_id,
        plover_event=plover,
        evidence=Evidence(sentence=sentence, start=offset, end=offset + len(sentence)),
        salience_rank=rank,
        acled_event_type=acled,
        acled_sub_event_type=sub,
        non_acled_type=None if acled else "Ceasefire",
        actor1=Actor(text=a1[0], name=a1[0], country=iso3, sector=a1[2], acled_inter=a1[1]),
        actor2=Actor(text=a2[0], name=a2[0], country=iso3, sector=a2[2], acled_inter=a2[1]),
        date=day,
        date_precision="day",
        date_text=f"{day:%d %B %Y}",
        location=None
        if unlocated and rng.random() < unlocated  # no draw when 0: the same data as before for the same seed
        else Location(
            name=name, lat=lat + rng.uniform(-0.3, 0.3), lon=lon + rng.uniform(-0.3, 0.3), country=iso3, text=name
        ),
        fatalities=Casualties(killed=killed, qualifier="exact" if killed else None),
        confidence=round(rng.uniform(0.5, 0.95), 3),
        trigger=verb.split()[0],
        trigger_start=offset + len(a1[0]) + 1,
    )
    return event, sentence


def synthetic_articles(
    n_events: int,
    *,
    seed: int = 7,
    per_article: int = 4,
    start: date = date(2022, 1, 1),
    days: int = 730,
    unlocated: float = 0.0,
) -> Iterator[tuple[Article, list[Event]]]:
    """Articles (ids ``syn-SEED-NNNNNN``) with ``per_article`` events each until ``n_events`` events are made,
    published over ``days`` days from ``start``; a share ``unlocated`` of the events has no location."""
    rng = random.Random(seed)
    made = 0
    index = 0
    while made < n_events:
        article_id = f"syn-{seed}-{index:06d}"
        day = start + timedelta(days=rng.randrange(days))
        lead = f"Report {index} of a made-up wire service, filed on {day.isoformat()}.\n\n"
        text = lead
        events: list[Event] = []
        for rank in range(min(per_article, n_events - made)):
            when = day - timedelta(days=rng.randrange(3))
            event, sentence = _event(rng, article_id, when, rank, len(text), unlocated)
            text += sentence + " Officials gave no further details.\n\n"
            events.append(event)
        made += len(events)
        article = Article(
            id=article_id,
            text=text,
            published=day,
            title=f"Made-up report {index}",
            source="synthetic",
            origin="synthetic",
        )
        yield article, events
        index += 1
