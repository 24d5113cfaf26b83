"""Stop 49 of issue 10: a clause with a town and a day of its own that tells property set on fire ("and a church
hall in Zwolle was set on fire early on Tuesday") is an event of its own, not the damage of the bombing its sentence
told first; a weapon named in what an event set off ("the murder has set off a wave of bomb attacks") does not type
that event; "the soldiers", told after "soldiers from South Africa raided the capital", are those raiders (one raid),
and "blowing up houses" says how the raid was done (an attack, not a bombing); a driver arrested for causing a death
on the road (dangerous driving) is an ordinary arrest, which ACLED does not code. Articles written for these tests
from wire style, English syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import PAD, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # two attacks on two buildings in two towns on two days, told in one sentence
    "schools": (
        "2004-11-11",
        "ROTTERDAM - Police arrested three men on Thursday after a raid on a flat in Rotterdam in which an officer was"
        " wounded by a grenade.\n\nThe raid follows a series of arson and bomb attacks on mosques and churches"
        " across the country. A bomb wrecked the door of a mosque in Utrecht early on Monday, and a church hall in"
        " Zwolle was set on fire in the early hours of Tuesday. Nobody was hurt in either attack." + PAD,
    ),
    # a killing, and the wave of bombings it set off
    "wave": (
        "2004-11-11",
        "AMSTERDAM - A city councillor was shot dead as he left his home in Utrecht on the morning of Nov. 2, police"
        " said.\n\nThe murder has set off a wave of arson and bomb attacks on churches and mosques in several"
        " towns." + PAD,
    ),
    # a riot after a road death, and the driver's arrest, in an article about unrest
    "driver": (
        "2013-12-09",
        "KUALA LUMPUR - Several hundred migrant workers rioted in a suburb of Kuala Lumpur on Sunday night after a"
        " lorry struck and killed a worker, overturning police cars and throwing stones at riot police, police"
        " said. Police said 31 rioters had been arrested.\n\nThe lorry's driver was also detained, on suspicion of"
        " dangerous driving.\n\nThe government said the riot was the worst unrest in the capital since ethnic riots"
        " in 1969, when mobs and militants fought for days." + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_clause_with_its_own_town_and_day_tells_its_own_burning(ctx_of: Any) -> None:
    ctx = ctx_of("schools")
    told = [
        (e.location and e.location.name, str(e.date)) for e in events_in(ctx, "A bomb wrecked the door of a mosque")
    ]
    assert sorted(told) == [("Utrecht", "2004-11-08"), ("Zwolle", "2004-11-09")], show_events(ctx)


def test_a_wave_of_bombings_that_followed_a_killing_does_not_type_it(ctx_of: Any) -> None:
    ctx = ctx_of("wave")
    killing = events_in(ctx, "A city councillor was shot dead")
    assert [e.acled_sub_event_type for e in killing] == ["Attack"], show_events(ctx)


def test_the_soldiers_after_a_raid_are_its_raiders(nlp: Any) -> None:
    from sitroom.extract.coref import _definite_doer
    from sitroom.model import EventType, Frame, Trigger

    def frame(agent: str) -> Frame:
        etype = EventType("ASSAULT", "beat", "18", "Violence against civilians", "Attack", None)
        f = Frame(Trigger("attack", 0, 0, "struck", 0), 1, 0, 40, "the sentence", "asserted", etype)
        f.agent_text = agent
        return f

    # "the soldiers", after "soldiers from South Africa raided the capital": introduced before, no side of its own
    assert _definite_doer(frame("the soldiers")) and _definite_doer(frame("the armed men"))
    assert not _definite_doer(frame("South African commandos")) and not _definite_doer(frame("the Zambian army"))


def test_blowing_up_houses_in_a_raid_is_how_the_raid_was_done(nlp: Any) -> None:
    from sitroom.extract.senses import other_sense

    doc = nlp("Soldiers raided two suburbs of the capital early on Monday, blowing up houses used by exiles.")
    blowing = next(t for t in doc if t.lower_ == "blowing")
    assert other_sense(blowing, "explosive", "blow up")
    bridge = nlp("Insurgents blew up a bridge near the town on Monday night.")
    assert not other_sense(next(t for t in bridge if t.lower_ == "blew"), "explosive", "blow up")


def test_a_driver_arrested_for_a_road_death_is_no_political_arrest(ctx_of: Any) -> None:
    ctx = ctx_of("driver")
    driver = events_in(ctx, "The lorry's driver was also detained")
    assert driver and all(e.acled_event_type is None for e in driver), show_events(ctx)
