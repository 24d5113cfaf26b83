"""Reports for the fusion and review tests: an article of one sentence with its one event, an attack on civilians
in Maiduguri unless a test says otherwise (tests/test_fusion_store.py, tests/test_review.py and those that reuse
their wires)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sitroom.model import Actor, Article, Casualties, Event, Evidence, Location

MAIDUGURI = Location("Maiduguri", 11.85, 13.16, "NGA", admin1="Borno")
GUNMEN = Actor("gunmen", "Unidentified Armed Group (Nigeria)", "NGA", "UAG", 3)


def one_event_article(aid: str, published: date, sentence: str, **kw: Any) -> tuple[Article, list[Event]]:
    """Article ``aid`` of the one ``sentence``, from source ``outlet-<aid>``, and its one event: gunmen attacking
    civilians in Maiduguri on the day of publication, unless ``kw`` says otherwise (any ``Event`` field)."""
    event = Event(
        article_id=aid,
        plover_event=kw.pop("plover_event", "ASSAULT"),
        evidence=Evidence(sentence, 0, len(sentence)),
        acled_event_type="Violence against civilians",
        acled_sub_event_type="Attack",
        actor1=kw.pop("actor1", GUNMEN),
        date=kw.pop("date", published),
        date_precision="day",
        date_anchor=kw.pop("date_anchor", "text"),
        location=kw.pop("location", MAIDUGURI),
        **kw,
    )
    return Article(aid, sentence, published, sentence, source=f"outlet-{aid}"), [event]


def bridged(day: date) -> list[tuple[Article, list[Event]]]:
    """Two reports of ``day`` that do not match each other (an attack in Maiduguri, 40 dead; explosions somewhere in
    north-east Nigeria, 12 dead), and a third that matches both: stored last, it merges their fused events."""
    a = one_event_article("a", day, "Gunmen attacked Maiduguri.", fatalities=Casualties(killed=40))
    b = one_event_article(
        "b", day, "Explosions reported in north-east Nigeria.", location=None, actor1=None, date_anchor="fallback"
    )
    bridge = one_event_article("c", day, "Gunmen attacked Maiduguri: explosions in north-east Nigeria, 12 dead.")
    b[1][0].fatalities = bridge[1][0].fatalities = Casualties(killed=12)
    return [a, b, bridge]
