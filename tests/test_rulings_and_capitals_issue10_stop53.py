"""Stop 53 of issue 10, read from set 43: "whoever takes over" names no one who did; a man "jailed several times"
was jailed over years, no one arrest; "Hani's murder set off days of unrest" names what followed an event told. A
town's name inside a site's longer name ("the Argentine Bellegarde school") is not where the site is; "in the
capital" of a story from a country is its capital, even when the sentence names the capital only inside a court's
name; "men fired shotguns into the car" is a shooting; "the last rebel group still fighting the government" says who
the group is. "By Tuesday afternoon, students had joined the crowds" dates what the section goes on to tell; the
police who "had shot dead a number of people" after a riot told just before answered that riot; a town named in the
next paragraph does not place a sentence that names none. Articles written for these tests from wire style, English
syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, acled_events, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # a bombing; a hypothetical successor; a rival jailed over the years; a murder that set off unrest
    "analysis": (
        "1991-05-23",
        "COLOMBO - A suicide bomber killed a senior minister at a rally in Colombo on Tuesday, police said.\n\nThe"
        ' minister had been jailed several times by earlier governments. "Whoever takes over will be looking over'
        ' his shoulder," one diplomat said.\n\nHis murder set off days of unrest.' + PAD + MORE,
    ),
    # a site's name with a town's name inside it; a shooting by men in a car; the capital of the story's country
    "school": (
        "1987-11-30",
        "PORT-AU-PRINCE - Haiti's election was called off on Sunday.\n\nOn Saturday evening, armed men fired on"
        " people queuing outside the Argentine Bellegarde school, killing three, witnesses said.\n\nEarlier, on"
        " Friday, gunmen killed a police officer at a roadblock in Gonaives.\n\nOn Thursday, a car drew alongside"
        " the car of a judge of the Port-au-Prince appeals court as he left work in the capital, and men inside"
        " fired shotguns into it. The judge died at the wheel." + PAD,
    ),
    # a rebel group described by what it still does; its claim
    "claim": (
        "2004-08-15",
        "BUJUMBURA - Gunmen attacked a refugee camp in western Burundi late on Friday, killing at least 100"
        " people.\n\nThe Forces for National Liberation (FNL), the only Hutu rebel movement still fighting"
        " Burundi's government, said it had staged the attack." + PAD + MORE,
    ),
    # a round-up's section dated by "by Tuesday afternoon"; police who answered a riot
    "roundup": (
        "1977-01-20",
        "CAIRO - Troops patrolled the streets of Egypt's two largest cities on Thursday after two days of rioting"
        " over food prices.\n\nCAIRO - By Tuesday afternoon, students had joined the crowds in the main square."
        " Rioters burned buses and trams and attacked a police station.\n\nALEXANDRIA - On Tuesday, crowds set fire"
        " to a police station and government offices in the port city. Doctors said police had shot dead a number"
        " of people." + PAD,
    ),
    # a sentence with no town of its own, a town named in the next paragraph
    "rallies": (
        "2012-04-29",
        "KUALA LUMPUR - Police fired tear gas and water cannon at thousands of protesters in central Kuala Lumpur on"
        " Saturday. The crowd had gathered from the morning at several points of Kuala Lumpur and sat on the roads"
        " to the square, which police had sealed with barbed wire. Organisers said more than 200,000 people took part;"
        " police put the figure far lower.\n\nShortly after midday a group of protesters broke through the barrier,"
        " and police answered with volleys of tear gas, sending thousands running into side streets and shopping"
        " centres. Scuffles went on into the evening.\n\nPolice said on Sunday that several hundred people had been"
        " detained and that a number of officers were hurt.\n\nSmaller rallies were held the same day in George"
        " Town." + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_hypothetical_successor_old_arrests_and_what_a_murder_set_off_are_no_events(ctx_of: Any) -> None:
    ctx = ctx_of("analysis")
    assert not [e for e in events_in(ctx, "Whoever takes over") if e.acled_event_type], show_events(ctx)
    assert not [e for e in events_in(ctx, "had been jailed several times") if e.acled_event_type], show_events(ctx)
    assert not [e for e in events_in(ctx, "His murder set off days of unrest") if e.acled_event_type], show_events(ctx)


def test_a_sites_name_is_not_its_place_and_the_capital_is_the_countrys(ctx_of: Any) -> None:
    ctx = ctx_of("school")
    queue = events_in(ctx, "armed men fired on people queuing")
    assert queue and queue[0].location is not None and queue[0].location.country == "HTI", show_events(ctx)
    judge = events_in(ctx, "men inside fired shotguns into it")
    assert judge and judge[0].location is not None and judge[0].location.name == "Port-au-Prince", show_events(ctx)


def test_men_who_fired_shotguns_into_a_car_shot(ctx_of: Any) -> None:
    ctx = ctx_of("school")
    judge = [e for e in acled_events(ctx) if str(e.date) == "1987-11-26"]
    assert len(judge) == 1 and judge[0].acled_sub_event_type == "Attack", show_events(ctx)


def test_a_group_still_fighting_the_government_is_described_not_reported(ctx_of: Any) -> None:
    ctx = ctx_of("claim")
    assert not [e for e in acled_events(ctx) if e.acled_event_type == "Battles"], show_events(ctx)


def test_a_sections_by_time_dates_it_and_the_polices_answer_joins_the_riot(ctx_of: Any) -> None:
    ctx = ctx_of("roundup")
    buses = events_in(ctx, "Rioters burned buses and trams")
    assert buses and str(buses[0].date) == "1977-01-18", show_events(ctx)
    assert not events_in(ctx, "Doctors said police had shot dead"), show_events(ctx)


def test_a_town_of_the_next_paragraph_does_not_place_a_sentence(ctx_of: Any) -> None:
    ctx = ctx_of("rallies")
    held = events_in(ctx, "several hundred people had been detained")
    assert held and held[0].location is not None and held[0].location.name == "Kuala Lumpur", show_events(ctx)
