"""Stop 52 of issue 10, read from set 41: a country's adjective is no town that bears it as another name ("the Uzbek
party headquarters"). "A day after" counts from the day its sentence told: a flashback from the story's day leaves
the story on that day, and one from the day of a report ("officials said on Thursday ..., a day after soldiers
stormed the palace") gives the story's day. "When police tried to disperse it, youths threw stones" goes on with the
march just told; those who tell the story in the town it was filed from ("students in Moscow said") are not where it
happened. A place in what a crowd protests against, and an event noun it protests against ("against the rebels and
their kidnappings"), belong to the grievance. A lead's act "in at least three cities" sums up the events the round-
up tells city by city. An act named by the count of days it lies from the sentence's ("a day after the bloodiest
clash yet") is placed where the article tells it. "The attack came a day after a gunman killed three in Nice" counts
from the attack's day. A bombing raid is an air strike; an ambassador recalled from a capital names no place of the
raid; a town's other name inside a body's name ("the Islamic State of Iraq and al-Sham") is no town. Articles
written for these tests from wire style, English syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # a riot told from the capital; a flashback from the day of the trouble; a region named after a town
    "riot": (
        "1989-06-06",
        "MOSCOW - Three people were killed when hundreds of young Uzbeks rioted in Fergana last week, Soviet"
        " officials said on Monday.\n\nThe trouble broke out on Saturday, June 3, a day after the regional party"
        " chief, who had run the Tver region for ten years, was dismissed.\n\nStudents from the city's colleges"
        " marched to the main square, in front of the Uzbek party headquarters. When police tried to disperse"
        " them, youths threw stones and set fire to a bus, residents said.\n\nUzbek students in Moscow said"
        " hundreds of people had been detained." + PAD,
    ),
    # a day counted from a report's day
    "palace": (
        "2021-02-06",
        "ASUNCION - Officials said on Friday they had arrested 12 people, a day after soldiers drove armoured"
        " cars into the main square and tried to force their way into the presidential palace.\n\nAs supporters of"
        " the president gathered in the square chanting against the coup, soldiers fired tear gas to push them"
        " back." + PAD + MORE,
    ),
    # a crowd's grievance names a village far away; an act of another day told by its count of days
    "grievance": (
        "1991-05-08",
        "ZAGREB - A soldier was shot dead in Zadar on Tuesday when thousands of demonstrators besieged the navy's"
        " barracks, a day after the bloodiest clash yet between Croatian police and Serb militiamen, officials"
        " said.\n\nThe protesters surrounded the barracks to protest against the army's role in the siege of"
        " Kijevo, a village near Knin.\n\nThe protest followed Monday's battle in Vukovar, where 12 policemen were"
        " killed." + PAD,
    ),
    # an offset counted from the story's attack
    "attack": (
        "2020-11-04",
        "VIENNA - A gunman shot dead four people in the centre of Vienna on Monday evening, police said.\n\nPolice"
        " raided 18 addresses on Tuesday and said they had found firearms and grenades in one flat.\n\nThe attack came"
        " a day after a gunman killed three people in a church in Nice." + PAD + MORE,
    ),
    # a round-up's lead that sums up "at least three cities", then tells them one by one
    "roundup": (
        "2014-02-08",
        "SARAJEVO - Protesters angry at corruption set fire to government buildings in at least three Bosnian cities"
        " on Friday, in the worst unrest since the war.\n\nSARAJEVO - Several thousand people gathered outside the"
        " presidency and pelted riot police with stones. Police fired tear gas, but protesters set part of the"
        " building alight.\n\nTUZLA - In the northern city, demonstrators stormed the canton government building"
        " and set it on fire.\n\nThe unrest began in Banja Luka last year, when workers marched over unpaid wages."
        + PAD,
    ),
    # a round-up's section whose act the lead dates, then the day the series of protests began
    "series": (
        "2014-02-09",
        "SARAJEVO - Protesters set fire to government buildings in Sarajevo and Zenica on Saturday.\n\nZENICA - In"
        " the steel town where the protests began, demonstrators broke into the canton building and threw files"
        " from the windows.\n\nThe protests started in Zenica on Wednesday, when laid-off workers rallied outside"
        " the same building to demand unpaid wages." + PAD,
    ),
    # a bombing raid; an envoy recalled; a march against a group's kidnappings; a name inside a body's name
    "raid": (
        "2008-03-03",
        "QUITO - Colombian forces killed a rebel commander in a bombing raid on a guerrilla camp inside Ecuador on"
        " Saturday, prompting Ecuador to recall its ambassador from Bogota.\n\nOn February 4, hundreds of"
        " thousands of Colombians marched through Bogota against the rebels and their kidnappings.\n\nIn a"
        " separate statement, the Islamic State of Iraq and al-Sham said nothing." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_countrys_adjective_is_no_town(ctx_of: Any) -> None:
    ctx = ctx_of("riot")
    assert all(t.feature == "demonym" for t in ctx.toponyms if t.text == "Uzbek"), ctx.toponyms


def test_a_flashback_leaves_the_story_on_its_day_and_police_dispersing_it_go_on_with_it(ctx_of: Any) -> None:
    ctx = ctx_of("riot")
    march = events_in(ctx, "Students from the city's colleges marched")
    assert march and str(march[0].date) == "1989-06-03", show_events(ctx)
    # the march that turned into a riot is one event
    assert not events_in(ctx, "When police tried to disperse them"), show_events(ctx)


def test_those_who_tell_it_in_the_filing_town_are_not_where_it_happened(ctx_of: Any) -> None:
    ctx = ctx_of("riot")
    assert all(e.location is None or e.location.name != "Moscow" for e in ctx.events), show_events(ctx)


def test_a_day_counted_from_a_reports_day_dates_the_story(ctx_of: Any) -> None:
    ctx = ctx_of("palace")
    crowd = events_in(ctx, "As supporters of the president gathered in the square")
    assert crowd and str(crowd[0].date) == "2021-02-04", show_events(ctx)


def test_a_grievances_place_and_an_act_of_another_day_are_not_the_sentences(ctx_of: Any) -> None:
    ctx = ctx_of("grievance")
    assert all(e.location is None or e.location.name != "Knin" for e in ctx.events), show_events(ctx)
    battles = [e for e in ctx.events if e.acled_event_type == "Battles"]
    assert len(battles) == 1, show_events(ctx)
    assert battles[0].location is not None and battles[0].location.name == "Vukovar", show_events(ctx)


def test_an_offset_counts_from_the_attack(ctx_of: Any) -> None:
    ctx = ctx_of("attack")
    nice = events_in(ctx, "The attack came a day after a gunman killed three people")
    assert nice and str(nice[0].date) == "2020-11-01", show_events(ctx)


def test_a_bombing_raid_is_an_air_strike_not_placed_by_an_envoy(ctx_of: Any) -> None:
    ctx = ctx_of("raid")
    raid = events_in(ctx, "Colombian forces killed a rebel commander")
    assert raid and raid[0].acled_sub_event_type == "Air/drone strike", show_events(ctx)
    assert raid[0].location is not None and raid[0].location.country == "ECU", show_events(ctx)


def test_a_marchs_grievance_is_no_event_and_a_bodys_name_no_town(ctx_of: Any) -> None:
    ctx = ctx_of("raid")
    assert not [e for e in ctx.events if e.acled_sub_event_type == "Abduction/forced disappearance"], show_events(ctx)
    assert not [t for t in ctx.toponyms if t.name == "Damascus"], ctx.toponyms


def test_a_lead_that_sums_up_several_cities_leaves_each_its_own_event(ctx_of: Any) -> None:
    ctx = ctx_of("roundup")
    tuzla = events_in(ctx, "demonstrators stormed the canton government building")
    assert tuzla and tuzla[0].location is not None and tuzla[0].location.name == "Tuzla", show_events(ctx)


def test_a_sections_act_keeps_the_leads_day_not_the_day_its_series_began(ctx_of: Any) -> None:
    ctx = ctx_of("series")
    broke_in = events_in(ctx, "demonstrators broke into the canton building")
    assert broke_in and str(broke_in[0].date) == "2014-02-08", show_events(ctx)
