"""Stop 44 of issue 10, second part (rules read from the twenty-seventh set): a day the parser hung on a participle
describing the people a verb of harm struck ("killed at least 60 Shi'ite Muslims marking the holy day of Ashura in two
cities on Tuesday") dates the killing; a procession of a rite ("an Ashura procession", "a procession of Shi'ite
mourners") is no demonstration; the place someone was flown to afterwards ("was flown overnight to Miami") is not
where he was arrested; "taken by helicopter" names how, not who took him; angry residents who set fire to army trucks
riot. Articles written for these tests from wire style, English syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, acled_events, context_runner, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # a day hung on the participle describing the dead, in a lead the parser read badly
    "marking": (
        "2011-11-09",
        "KABUL, Nov 9 - Suicide bombers and hidden explosives killed at least 60 Shi'ite Muslims marking the holy day"
        " of Ashura in two Afghan cities on Tuesday, and gunmen attacked a procession in Kabul, killing at least 12"
        " more." + PAD + MORE,
    ),
    # processions of a rite, attacked
    "rite": (
        "2011-11-09",
        "QUETTA, Nov 9 - Gunmen attacked an Ashura procession in Quetta on Tuesday, killing at least 12 people, police"
        " said. In Karachi, a bomb exploded near a procession of Shi'ite mourners on Tuesday, wounding five."
        + PAD
        + MORE,
    ),
    # an arrest, and where the prisoner was flown afterwards
    "flown": (
        "1990-01-04",
        "LIMA, Jan 4 - Police arrested the rebel leader Jorge Salas on Wednesday night, and he was flown overnight to"
        " Miami, officials said." + PAD + MORE,
    ),
    # a prisoner taken by helicopter
    "helicopter": (
        "1990-01-04",
        "LIMA, Jan 4 - Police arrested the rebel leader Jorge Salas in Lima on Wednesday night, officials said. He was"
        " taken by helicopter to a naval base." + PAD + MORE,
    ),
    # angry residents burning army trucks after soldiers fired on crowds
    "angry": (
        "1989-06-05",
        "LAGOS, June 5 - Soldiers fired on crowds in Ikeja on Sunday, killing at least 20 people, witnesses said."
        " Elsewhere in Ikeja, angry residents set fire to dozens of army trucks on Sunday." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_day_hung_on_a_participle_describing_the_dead_dates_the_killing(ctx_of: Any) -> None:
    ctx = ctx_of("marking")
    days = {str(e.date) for e in acled_events(ctx)}
    assert days == {"2011-11-08"}, show_events(ctx)


def test_a_procession_of_a_rite_is_no_demonstration(ctx_of: Any) -> None:
    ctx = ctx_of("rite")
    demos = [e for e in acled_events(ctx) if e.acled_sub_event_type == "Peaceful protest"]
    assert not demos, show_events(ctx)


def test_where_a_prisoner_was_flown_afterwards_is_not_where_he_was_arrested(ctx_of: Any) -> None:
    ctx = ctx_of("flown")
    told = [(e.acled_sub_event_type, e.location and e.location.name) for e in acled_events(ctx)]
    assert told == [("Arrests", "Lima")], show_events(ctx)


def test_taken_by_helicopter_names_how_and_no_abduction(ctx_of: Any) -> None:
    ctx = ctx_of("helicopter")
    assert [e.acled_sub_event_type for e in acled_events(ctx)] == ["Arrests"], show_events(ctx)


def test_angry_residents_who_set_fire_to_army_trucks_riot(ctx_of: Any) -> None:
    ctx = ctx_of("angry")
    fires = [e for e in acled_events(ctx) if "army trucks" in e.evidence.sentence]
    assert [(e.acled_event_type, e.acled_sub_event_type) for e in fires] == [("Riots", "Mob violence")], show_events(
        ctx
    )
