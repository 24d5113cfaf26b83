"""Stop 50 of issue 10: a clause whose subject is a pronoun for the crowd just told ("When some of them threw
rocks ...") goes on with that crowd's demonstration, which turns violent (a violent demonstration, not a mob's
violence); someone hurt by a thing thrown by hand ("one of them struck by a brick") is a casualty of the riot, not an
attack of its own; a country named as the owner of a building ("outside Zambia's parliament") leaves the event at
the dateline's town; people who block a road demonstrate (not police who close one); stones among what was hurled
make a riot; a demonstration told across a continent is a summary, and one told as happening every winter a habit;
one state agreeing to send help is no agreement between conflict actors; an attack made with guns as well as a
mortar is a fight on the ground; "the West Coast of X" is no coast of the United States; a two-word name followed by
", a former speaker of parliament" is a person's. Articles written for these tests from wire style, English syntax
and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, context_runner, events_in, show_events, supported_by

pytestmark = pytest.mark.slow

ARTICLES = {
    # a riot by teachers on Tuesday told first, then Monday's rally that turned violent
    "teachers": (
        "2015-03-11",
        "KASAMA, Zambia - Striking teachers burned tyres outside the provincial education office in Kasama on"
        " Tuesday, a day after police broke up their rally with tear gas.\n\nOn Monday about 600 teachers"
        " gathered in front of the town hall in Kasama to demand eight months of unpaid allowances. When some of"
        " them threw rocks at the building, police fired tear gas into the crowd. Three officers were hurt, one of"
        " them struck on the arm by a brick, a police spokeswoman said." + PAD,
    ),
    # students at a parliament named by its country's possessive
    "parliament": (
        "2016-08-18",
        "LUSAKA - Riot police fired tear gas at student protesters outside Zambia's parliament on Wednesday after"
        " they tried to force their way past the gates, witnesses said.\n\nThe students are demanding that"
        " bursaries be paid before the new term." + PAD + MORE,
    ),
    # roads blocked by residents and by the police; a continent-wide summary; a winter habit
    "roads": (
        "2019-01-25",
        "Farmers across Europe staged more protests this week. Reports from Warsaw and Madrid:\n\nWARSAW - Hundreds"
        " of potato growers blocked the main road to the Ukrainian border near Przemysl on Thursday with their"
        " tractors. Police blocked the streets around the agriculture ministry in Warsaw as a precaution. Growers"
        " in the south-east block the border road almost every winter.\n\nMADRID - Spanish olive farmers hurled"
        " eggs and bottles at the agriculture ministry on Thursday and scuffled with police at its doors." + MORE,
    ),
    # one state agreeing to help; an attack with guns and a mortar
    "help": (
        "2003-07-20",
        "MONROVIA - Rebels attacked government positions at the Po River bridge on Saturday with assault guns and"
        " at least two mortars, and four soldiers were killed, an army officer said.\n\nGhana had agreed to send"
        " forensic experts to examine the bodies, the foreign minister said." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_some_of_them_go_on_with_the_crowd_just_told(ctx_of: Any) -> None:
    ctx = ctx_of("teachers")
    # (since stop 64 the lead's "a day after police broke up their rally" is Monday's rally itself, the event the
    # second paragraph tells at length: one event with both sentences)
    rally = supported_by(ctx, "On Monday about 600 teachers")
    assert len(rally) == 1, show_events(ctx)
    assert rally[0].acled_sub_event_type == "Violent demonstration", show_events(ctx)
    assert str(rally[0].date) == "2015-03-09", show_events(ctx)
    assert not events_in(ctx, "When some of them threw rocks"), show_events(ctx)


def test_hurt_by_a_brick_is_no_attack_of_its_own(ctx_of: Any) -> None:
    ctx = ctx_of("teachers")
    assert not events_in(ctx, "Three officers were hurt"), show_events(ctx)
    assert all(e.acled_event_type != "Battles" for e in ctx.events), show_events(ctx)


def test_a_countrys_parliament_is_in_the_dateline_town(ctx_of: Any) -> None:
    ctx = ctx_of("parliament")
    demo = events_in(ctx, "Riot police fired tear gas at student protesters")
    assert demo, show_events(ctx)
    assert demo[0].location is not None and demo[0].location.name == "Lusaka", demo[0].location


def test_people_who_block_a_road_demonstrate(ctx_of: Any) -> None:
    ctx = ctx_of("roads")
    growers = events_in(ctx, "of potato growers blocked the main road")
    assert len(growers) == 1 and growers[0].acled_event_type == "Protests", show_events(ctx)
    assert not events_in(ctx, "Police blocked the streets"), show_events(ctx)


def test_a_continent_summary_and_a_winter_habit_are_no_events(ctx_of: Any) -> None:
    ctx = ctx_of("roads")
    assert not events_in(ctx, "Farmers across Europe staged"), show_events(ctx)
    assert not events_in(ctx, "almost every winter"), show_events(ctx)


def test_stones_among_what_was_hurled_make_a_riot(ctx_of: Any) -> None:
    ctx = ctx_of("roads")
    olive = events_in(ctx, "hurled eggs and bottles")
    assert len(olive) == 1 and olive[0].acled_event_type == "Riots", show_events(ctx)


def test_one_state_agreeing_to_help_is_no_agreement(ctx_of: Any) -> None:
    ctx = ctx_of("help")
    assert all(e.acled_sub_event_type != "Agreement" for e in ctx.events), show_events(ctx)


def test_an_attack_with_guns_and_mortars_is_a_fight(ctx_of: Any) -> None:
    ctx = ctx_of("help")
    attack = events_in(ctx, "Rebels attacked government positions")
    assert len(attack) == 1 and attack[0].acled_sub_event_type == "Armed clash", show_events(ctx)


def test_the_west_coast_of_a_named_island_is_no_american_coast(geoparser: Any, nlp: Any) -> None:
    doc = nlp("Gunmen raided two fishing villages on the West Coast of Sumatra on Monday, police said.")
    assert all(t.country != "USA" for t in geoparser.parse(doc, for_events=True)), geoparser.parse(doc)


def test_a_name_described_as_a_former_speaker_is_a_persons(nlp: Any) -> None:
    from sitroom.geo.context import person_tokens

    doc = nlp("Troops detained Delfino Setubal, a former speaker of parliament, at his home on Friday.")
    assert "setubal" in person_tokens(doc)
