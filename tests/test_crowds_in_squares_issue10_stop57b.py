"""Stop 57 of issue 10, read from set 51. A crowd that "filled Palace Square" or "packed the market square"
demonstrated there (not tourists who filled a square, nor a crowd that filled one to celebrate); people who
"gathered outside the building and built barricades" are no onlookers (and a rally is not placed in the town the
next sentence opens with, "In Leningrad, ...": tests/test_geo_locate.py). A statement "posted on walls in" a town is
issued there: a lead placed only by its dateline is not moved to it. "The fighting started on Sunday morning, when
gunmen opened fire on a crowd" is told by the shooting, not by the noun whose course began. Gunmen who "blocked the
roads" are no demonstrators; a bus "carrying Palestinians back from a rally" was no demonstration when it was
ambushed. Diplomats "in Damascus" who "describe" weeks of fighting are where it was told, not where it happened;
soldiers who "opened fire on a crowd", on a day of their own, are coded even with no toll. Militiamen who attacked a
house "after the rally" of their own attacked civilians (no force on a demonstration); militias that "must be
disarmed" had no weapons seized. Articles written for these tests from wire style, English syntax and the ACLED
codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, acled_events, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # crowds that filled and packed squares; a crowd that filled a stadium; a gathering that built barricades
    "squares": (
        "1989-11-21",
        "PRAGUE, Nov 21 - About 200,000 people filled Wenceslas Square on Monday, demanding free elections.\n\nIn"
        " Brno, a crowd packed the main square on Monday. Thousands of tourists filled the old town square on Sunday."
        "\n\nOn Friday, thousands of students gathered outside the faculty and built barricades of cars." + PAD + MORE,
    ),
    # a bombing whose lead names no town, and a claim posted on walls in another town
    "claim": (
        "1947-03-02",
        "JERUSALEM, March 2 - A bomb planted by underground fighters wrecked the officers' club on Saturday, killing"
        " 17 people.\n\nThe underground said in a statement posted on walls in Tel Aviv that its men had carried out"
        " the attack." + PAD + MORE,
    ),
    # fighting that started with a shooting; gunmen's roadblocks; an ambush of people back from a rally
    "started": (
        "1975-04-15",
        "BEIRUT, April 15 - Militiamen fought in the southern suburbs of Beirut on Tuesday.\n\nThe fighting started on"
        " Sunday morning, when gunmen in a passing car opened fire on a crowd outside a mosque in Shiyah. Gunmen"
        " blocked the roads out of the suburbs on Monday. A few hours later, gunmen ambushed a lorry carrying"
        " workers back from a rally in the Sabra area, killing 12 of them." + PAD + MORE,
    ),
    # diplomats in the capital who describe what happened elsewhere; troops who opened fire on a crowd, later told
    "describe": (
        "1982-03-05",
        "BEIRUT, March 5 - The army has crushed the rising in the city of Hama, diplomats said.\n\nDiplomats in"
        " Damascus describe weeks of fighting. The rising began on February 3, when gunmen ambushed an army patrol in"
        " the old quarter. Artillery shelled the old city on February 4. On February 5, soldiers guarding the town hall"
        " opened fire on a crowd in the square." + PAD + MORE,
    ),
    # militiamen who attack a house after their own rally; a leader who says the militias must be disarmed
    "militia": (
        "1999-04-19",
        "DILI, April 19 - Several thousand militiamen gathered for a rally outside the governor's office on Saturday."
        " After the rally, militiamen attacked the house of a judge, killing eight people who had sheltered there."
        "\n\nThe jailed rebel leader said the militias must be disarmed by the army." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_crowds_that_filled_or_packed_squares_demonstrated(ctx_of: Any) -> None:
    ctx = ctx_of("squares")
    filled = events_in(ctx, "About 200,000 people filled Wenceslas Square")
    assert [e.acled_event_type for e in filled] == ["Protests"], show_events(ctx)
    packed = events_in(ctx, "a crowd packed the main square")
    assert [(e.acled_event_type, e.location and e.location.name) for e in packed] == [("Protests", "Brno")], (
        show_events(ctx)
    )
    # (the guard: tourists who filled a square demonstrated nothing)
    assert not events_in(ctx, "Thousands of tourists filled the old town square"), show_events(ctx)


def test_a_gathering_that_built_barricades_is_no_crowd_of_onlookers(ctx_of: Any) -> None:
    ctx = ctx_of("squares")
    built = events_in(ctx, "thousands of students gathered outside the faculty and built barricades")
    assert [e.acled_event_type for e in built if e.acled_event_type] in (["Protests"], ["Riots"]), show_events(ctx)


def test_a_statement_posted_on_walls_in_a_town_does_not_place_the_bombing(ctx_of: Any) -> None:
    ctx = ctx_of("claim")
    bombs = [e for e in acled_events(ctx) if e.acled_event_type == "Explosions/Remote violence"]
    assert [e.location.name for e in bombs if e.location] == ["Jerusalem"], show_events(ctx)


def test_fighting_that_started_when_gunmen_opened_fire_is_told_by_the_shooting(ctx_of: Any) -> None:
    ctx = ctx_of("started")
    shot = events_in(ctx, "when gunmen in a passing car opened fire on a crowd")
    assert [str(e.date) for e in shot] == ["1975-04-13"], show_events(ctx)
    assert shot[0].trigger == "opened fire", show_events(ctx)


def test_gunmens_roadblocks_and_a_lorry_back_from_a_rally_are_no_demonstrations(ctx_of: Any) -> None:
    ctx = ctx_of("started")
    assert not [e for e in acled_events(ctx) if e.acled_event_type == "Protests"], show_events(ctx)
    ambush = events_in(ctx, "gunmen ambushed a lorry carrying workers back from a rally")
    assert [e.acled_event_type for e in ambush] == ["Violence against civilians"], show_events(ctx)


def test_diplomats_in_the_capital_who_describe_the_fighting_do_not_place_it(ctx_of: Any) -> None:
    ctx = ctx_of("describe")
    ambush = events_in(ctx, "when gunmen ambushed an army patrol in the old quarter")
    assert [e.location.name for e in ambush if e.location] == ["Ḩamāh"], show_events(ctx)


def test_troops_who_opened_fire_on_a_crowd_are_coded_without_a_toll(ctx_of: Any) -> None:
    ctx = ctx_of("describe")
    fired = events_in(ctx, "soldiers guarding the town hall opened fire on a crowd")
    assert [str(e.date) for e in fired] == ["1982-02-05"], show_events(ctx)


def test_militiamen_who_attack_after_their_own_rally_commit_an_attack(ctx_of: Any) -> None:
    ctx = ctx_of("militia")
    attacked = events_in(ctx, "After the rally, militiamen attacked the house of a judge")
    assert [e.acled_event_type for e in attacked] == ["Violence against civilians"], show_events(ctx)


def test_militias_that_must_be_disarmed_had_no_weapons_seized(ctx_of: Any) -> None:
    ctx = ctx_of("militia")
    demanded = events_in(ctx, "the militias must be disarmed by the army")
    assert not [e for e in demanded if e.acled_event_type is not None], show_events(ctx)
