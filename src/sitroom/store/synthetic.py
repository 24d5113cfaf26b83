"""Synthetic articles and events for tests and benchmarks: plausible shapes, made-up content, deterministic.

Nothing here comes from any dataset: names, places and sentences are generated from small fixed vocabularies.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from sitroom.model import Actor, Article, Casualties, Event, Evidence, Location

__all__ = ["synthetic_articles"]

KINDS = (
    ("ASSAULT", "Battles", "Armed clash", None),
    ("ASSAULT", "Explosions/Remote violence", "Air/drone strike", None),
    ("ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack", None),
    ("ASSAULT", "Violence against civilians", "Attack", None),
    ("PROTEST", "Protests", "Peaceful protest", None),
    ("PROTEST", "Riots", "Violent demonstration", None),
    ("AGREE", "Strategic developments", "Agreement", None),
    ("CONSULT", None, None, "Diplomatic event"),
)
# (ISO3, a made-up town name, lat, lon): coordinates spread over each country's rough extent
PLACES = (
    ("UKR", "Northtown", 50.4, 30.5),
    ("UKR", "Rivergrad", 46.5, 30.7),
    ("SDN", "Dunefield", 15.6, 32.5),
    ("AZE", "Hillside", 40.4, 49.9),
    ("ARM", "Lakeview", 40.2, 44.5),
    ("KEN", "Plainsville", -1.3, 36.8),
    ("BGD", "Deltapur", 23.8, 90.4),
    ("LKA", "Harbourton", 6.9, 79.9),
    ("IRN", "Mountfort", 35.7, 51.4),
)
GROUPS = (
    ("Military Forces of {c}", "MIL", 1),
    ("Rebel Front of {c}", "REB", 2),
    ("Protesters ({c})", "CVL", 6),
    ("Police Forces of {c}", "COP", 1),
    ("Civilians ({c})", "CVL", 7),
)


def _actor(rng: random.Random, country: str) -> Actor:
    name, sector, inter = rng.choice(GROUPS)
    full = name.format(c=country)
    return Actor(text=full.split(" ")[0].lower(), name=full, country=country, sector=sector, acled_inter=inter)


def synthetic_articles(
    n_events: int, *, per_article: int = 5, seed: int = 7, start: date = date(2020, 1, 1), days: int = 1500
) -> Iterator[tuple[Article, list[Event]]]:
    """About ``n_events`` events in articles of ``per_article`` events each, the same for the same arguments."""
    rng = random.Random(seed)
    made = 0
    index = 0
    while made < n_events:
        k = min(per_article, n_events - made)
        published = start + timedelta(days=rng.randrange(days))
        sentences = []
        events = []
        offset = 0
        aid = f"syn-{seed}-{index:07d}"
        for rank in range(k):
            plover, acled, sub, other = rng.choice(KINDS)
            iso, town, lat, lon = rng.choice(PLACES)
            killed = rng.choice((None, None, 0, 1, 2, 5, 12, 40))
            sentence = f"In {town}, event {rank} of report {index} took place and {killed or 'no'} people died."
            ev = Evidence(sentence, offset, offset + len(sentence))
            offset += len(sentence) + 1
            sentences.append(sentence)
            located = rng.random() > 0.1
            events.append(
                Event(
                    article_id=aid,
                    plover_event=plover,
                    evidence=ev,
                    salience_rank=rank,
                    acled_event_type=acled,
                    acled_sub_event_type=sub,
                    non_acled_type=other,
                    actor1=_actor(rng, iso),
                    actor2=_actor(rng, iso) if rng.random() > 0.3 else None,
                    date=published - timedelta(days=rng.randrange(3)),
                    date_precision="day",
                    location=Location(town, lat + rng.uniform(-1, 1), lon + rng.uniform(-1, 1), iso)
                    if located
                    else None,
                    fatalities=Casualties(killed=killed, qualifier="exact" if killed is not None else None),
                    confidence=round(rng.random(), 3),
                    trigger="took place",
                    trigger_start=ev.start + len(town) + 4,
                )
            )
        article = Article(
            id=aid,
            text=" ".join(sentences),
            published=published,
            title=f"Report {index}",
            source="synthetic",
            origin="synthetic",
        )
        made += k
        index += 1
        yield article, events
