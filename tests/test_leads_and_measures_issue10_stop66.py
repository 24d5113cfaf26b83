"""Rules read from set 68 of whole articles about other wars (issue 10, stop 66), each on invented articles: a lead's
act told as what came a day before its main clause, typed by the weapon it names; a thing on fire with no one setting
it alight; a series that begins "when" a crowd marched, the clause hung by the parser on a town's noun; a state of
emergency or martial law declared on a day of its own; a definite "the riots" that points into the story's week, not
at a protest of weeks before; a lead dated only by its report, told again with its day; what a speaker asks for,
joined to what he asks his followers not to do; a visit cut short."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.extract.events import find_triggers
from tests.article_cases import MORE, PAD, acled_in, context_runner, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # the lead tells the blast as what came a day before the ship reached port
    "minesweeper": (
        "1951-03-09",
        "VALLETTA, Malta, March 9 - The minesweeper Dauntless limped into Valletta harbour on Friday, a day after it"
        " struck a mine off the coast of Libya." + PAD + MORE,
    ),
    # a witness tells what burned after a shelling
    "warehouse": (
        "1993-08-10",
        "SUKHUMI, Aug 10 - Rebel artillery shelled the village of Ochamchira on Monday afternoon, killing four"
        ' people, officials said. Officials said the shelling lasted two hours.\n\n"We hid in the cellar all night'
        ' while the houses on our street burned," a woman said by telephone from a school in Zugdidi where she had'
        " fled." + PAD + MORE,
    ),
    # the series begins when a crowd marched, in a town named with an appositive
    "monks": (
        "1988-08-12",
        "RANGOON, Aug 12 - The unrest began on Tuesday in Mandalay, the old royal capital, when thousands of monks"
        " and students marched through the centre demanding an end to one-party rule. Troops fired on crowds in"
        " Rangoon on Wednesday, killing at least 30 people, diplomats said." + PAD + MORE,
    ),
    # a state of emergency declared on a day of its own, after two days of riots
    "emergency": (
        "1986-02-01",
        "PORT-AU-PRINCE, Feb 1 - Crowds burned cars and looted shops in Gonaives on Thursday, and police opened fire"
        " on rioters in Cap-Haitien on Friday, killing three people, witnesses said. Later on Friday the government"
        " declared a 30-day state of emergency across the country, imposing a night curfew and banning all"
        " public gatherings." + PAD + MORE,
    ),
    # "the riots" of the story, after a protest of weeks before
    "riots": (
        "1981-05-09",
        "SKOPJE, May 9 - Crowds stoned police and smashed shop windows in Tetovo on Thursday, and police opened fire,"
        " officials said. The unrest had been building for weeks. On April 10, students at the teachers' college in"
        " Tetovo protested over crowded dormitories. The official news agency said the riots were the work of hostile"
        " elements." + PAD + MORE,
    ),
    # a lead dated only by the day survivors spoke, its act told again on the day it happened
    "survivors": (
        "1987-06-13",
        "BOUAKE, June 13 - Survivors of an ambush that killed eight farmers near Katiola said on Saturday that the"
        " gunmen had fired on the wounded as they tried to crawl away.\n\nThe farmers were driving home on Thursday"
        " evening from a market in Katiola. Their truck was stopped by a log across the road and came under fire"
        " from both sides." + PAD + MORE,
    ),
    # what a leader asks his followers to do, after what he asks them not to do
    "appeal": (
        "1989-11-04",
        "NOUMEA, Nov 4 - Gunmen shot dead two independence leaders at a ceremony in Ouvea on Thursday, police said."
        " The movement's new leader asked his followers not to take revenge but to keep up their road blockade."
        + PAD
        + MORE,
    ),
    # a fight, then what one side did to the people it held, on the same day in the same city
    "hostages": (
        "1974-06-08",
        "KAMPALA, June 8 - Army units attacked the Imperial Bodyguard at the radio station on Thursday. Late on"
        " Thursday, as the army closed in, rebel officers opened fire on the hostages held in the station's basement,"
        " killing 11 of them, officials said." + PAD + MORE,
    ),
    # a rout and its spoils; a leader's words on what his soldiers had been doing; a war declared over
    "spoils": (
        "1978-03-10",
        "DIRE DAWA, March 10 - Government forces recaptured the town of Harar on Sunday after fighting for the hills"
        " to its east. The radio said the army had routed two enemy battalions and captured tanks and artillery. The"
        ' rebel leader said his men had been fighting foreign invaders rather than their neighbours. "That is it, we'
        ' have finished fighting," a government commander told reporters.' + PAD + MORE,
    ),
    # where a crowd gathered: the town measured from the city, not the city
    "measured": (
        "2016-10-03",
        "KISUMU, Kenya, Oct 3 - Police fired tear gas at a crowd on Sunday at the showground in Mumias, a town about"
        " 40 km north-west of Kisumu, where thousands of people had gathered for a rally of the opposition."
        + PAD
        + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_leads_act_told_as_the_day_before_is_typed_by_the_weapon_it_names(ctx_of: Any) -> None:
    ctx = ctx_of("minesweeper")
    blast = acled_in(ctx, "The minesweeper Dauntless limped into Valletta harbour")
    assert [e.acled_sub_event_type for e in blast] == ["Remote explosive/landmine/IED"], show_events(ctx)


def test_a_thing_on_fire_that_no_one_set_alight_is_no_destruction_of_its_own(ctx_of: Any) -> None:
    ctx = ctx_of("warehouse")
    assert [e.acled_sub_event_type for e in ctx.events if e.acled_event_type] == [
        "Shelling/artillery/missile attack"
    ], show_events(ctx)


def test_a_series_that_began_when_a_crowd_marched_is_that_march_on_its_day(ctx_of: Any) -> None:
    ctx = ctx_of("monks")
    march = acled_in(ctx, "The unrest began on Tuesday in Mandalay")
    assert [(e.trigger, str(e.date)) for e in march] == [("marched", "1988-08-09")], show_events(ctx)


def test_a_state_of_emergency_declared_on_a_day_of_its_own_is_coded(ctx_of: Any, nlp: Any) -> None:
    ctx = ctx_of("emergency")
    declared = acled_in(ctx, "Later on Friday the government declared a 30-day state of emergency")
    assert [(e.acled_sub_event_type, str(e.date)) for e in declared] == [("Change to group/activity", "1986-01-31")], (
        show_events(ctx)
    )
    kinds = [
        t.kind for s in nlp("Emergency services took the wounded to an emergency ward.").sents for t in find_triggers(s)
    ]
    assert "curfew" not in kinds


def test_the_riots_of_the_story_do_not_make_a_protest_of_weeks_before_a_riot(ctx_of: Any) -> None:
    ctx = ctx_of("riots")
    protest = acled_in(ctx, "On April 10, students at the teachers' college")
    assert [e.acled_event_type for e in protest] == ["Protests"], show_events(ctx)


def test_a_lead_dated_only_by_its_report_takes_the_day_told_next(ctx_of: Any) -> None:
    ctx = ctx_of("survivors")
    ambush = acled_in(ctx, "Survivors of an ambush that killed eight farmers")
    assert [str(e.date) for e in ambush] == ["1987-06-11"], show_events(ctx)


def test_what_a_leader_asks_his_followers_to_keep_up_is_no_event_told(ctx_of: Any) -> None:
    ctx = ctx_of("appeal")
    assert not [e for e in ctx.events if e.acled_event_type == "Protests"], show_events(ctx)


def test_a_visit_cut_short_is_no_act(nlp: Any) -> None:
    doc = nlp("The president, who cut short his holiday, flew home on Sunday.")
    assert [t.kind for s in doc.sents for t in find_triggers(s)] == []
    doc = nlp("The army cut the supply lines to the town.")
    assert [t.kind for s in doc.sents for t in find_triggers(s)] != []


def test_what_one_side_did_to_its_hostages_is_an_event_apart_from_the_fight(ctx_of: Any) -> None:
    ctx = ctx_of("hostages")
    told = sorted((e.acled_event_type, str(e.date)) for e in ctx.events if e.acled_event_type)
    assert told == [("Battles", "1974-06-06"), ("Violence against civilians", "1974-06-06")], show_events(ctx)


def test_captured_guns_a_war_told_over_time_and_a_fight_finished_are_no_events(ctx_of: Any) -> None:
    ctx = ctx_of("spoils")
    assert not acled_in(ctx, "captured tanks and artillery"), show_events(ctx)
    assert not acled_in(ctx, "had been fighting foreign invaders"), show_events(ctx)
    assert not acled_in(ctx, "we have finished fighting"), show_events(ctx)
    # (nor does the war told over time make the recapture a crowd's riot met with force)
    assert [e.acled_sub_event_type for e in ctx.events if e.acled_event_type] == ["Government regains territory"], (
        show_events(ctx)
    )


def test_where_a_crowd_gathered_is_the_town_measured_from_the_city(ctx_of: Any) -> None:
    ctx = ctx_of("measured")
    gas = acled_in(ctx, "Police fired tear gas at a crowd on Sunday")
    assert [e.location and e.location.name for e in gas] == ["Mumias"], show_events(ctx)


def test_a_shooting_that_broke_out_is_told_one_that_died_down_is_referred_to(nlp: Any) -> None:
    doc = nlp("Shooting broke out again on Friday around the village.")
    assert [t.kind for s in doc.sents for t in find_triggers(s)] == ["attack"]
    doc = nlp("The shooting had died down by Friday morning.")
    assert [t.kind for s in doc.sents for t in find_triggers(s)] == []
