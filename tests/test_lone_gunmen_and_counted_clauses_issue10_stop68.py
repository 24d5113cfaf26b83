"""Rules read from set 70 of whole articles about other wars (issue 10, stop 68), each on invented articles: a lone
gunman who shoots police as a march ends fights them, and the march is a demonstration of its own; the deaths that
moved a march, and where those people were shot, are no force on it and no scene of it; where a man once served; the
second half of a gapped clause ("and four others wounded before dawn on Tuesday"), and a shooting that "took place"
somewhere; "March 3 of last year" and "that month"; "Four people, among them two policemen, a schoolboy and a bus
driver, were killed", and a victim who "died in hospital" the next day; the act of a clause a count of days sets
apart, when the main clause tells none; armed volunteers gathering, and a band firing at people from a convoy; "In
the capital"; a building set on fire in the night; onlookers around tanks; an agreement told again without a place;
a force's account told after a paragraph of "since"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, acled_in, context_runner, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # a lone gunman who shoots police as a march ends; the march is told again a paragraph on
    "sniper": (
        "2011-05-14",
        "PORTLAND, May 14 - A gunman firing from a rooftop killed two police officers and wounded three others in"
        " the centre of Portland on Friday evening, as a peaceful march against job cuts was coming to an end,"
        " the mayor said on Saturday.\n\nAbout 2,000 people had joined the march, which set out from the city park"
        " after the deaths last month of Daniel Reyes, who was shot by a security guard in Salem, Oregon, on April 2."
        " Marchers sang and carried banners through the streets." + PAD + MORE,
    ),
    # a career's place in a relative clause, the only place its sentence names
    "veteran": (
        "2014-03-09",
        "BRISBANE, March 9 - A gunman held four people hostage in a bank in the centre of Brisbane on Saturday,"
        " police said.\n\nThe gunman, a former soldier who had served in Iraq, was shot dead by police early on"
        " Sunday after a siege of several hours, officials said." + PAD + MORE,
    ),
    # a gapped second half of the act dates it; the shooting "took place" at the base
    "gapped": (
        "1976-06-16",
        "LIMA, June 16 - Eleven prisoners were shot dead and four others wounded before dawn on Tuesday at a prison"
        " camp in the jungle, the interior ministry said.\n\nThe shooting took place in the camp's yard near the"
        " town of Iquitos, officials said." + PAD + MORE,
    ),
    # "that month" after a day of last year
    "that_month": (
        "1961-05-20",
        "DAKAR, May 20 - Students marched through Dakar on Friday. Feeling has run high since March 3 of last year,"
        " when police fired on a crowd in the port, killing four people. A general strike followed that month."
        + PAD
        + MORE,
    ),
    # four killed, among them two policemen, a boy and a driver; a victim who died in hospital a day later
    "among": (
        "1958-09-06",
        "COLOMBO, Sept 6 - Four people, among them two policemen, a schoolboy and a bus driver, were killed when a"
        " strike at the port turned into a night of rioting in Colombo on Thursday, officials said on Friday.\n\n"
        "A clerk was pulled from his car by rioters and beaten; he died in hospital early on Friday. Police said"
        " they had detained dozens of people during the night." + PAD + MORE,
    ),
    # the act of a clause a count of days sets apart, when the main clause tells no act
    "aden": (
        "1967-11-05",
        "ADEN, Nov 5 - Troops patrolled the streets of Aden on Sunday, a day after crowds burned the offices of the"
        " ruling party." + PAD + MORE,
    ),
    # armed volunteers gather: no demonstration; a band that drives through a town firing at people
    "volunteers": (
        "1994-03-13",
        "MAFIKENG, March 13 - Several hundred armed volunteers gathered at the air base outside the town on Friday."
        " Members of a white militia drove through Mafikeng in a convoy of cars, firing at people on the streets."
        + PAD
        + MORE,
    ),
    # protests spread to several towns a day after the first town's burning; then a march "in the capital"
    "spread": (
        "2012-02-03",
        "BAMAKO, Feb 3 - Protests over the soaring price of fuel spread to several Malian towns on Thursday, a day"
        " after demonstrators in the market town of Segou set fire to the local headquarters of the ruling party."
        "\n\nIn Kayes, in the west of the country, protesters burned tyres and clashed with police on Thursday. In the"
        " capital, thousands of people marched to the parliament on Thursday afternoon." + PAD + MORE,
    ),
    # a building set on fire in the night, in a story of rioting
    "arson": (
        "2023-10-30",
        "MAKHACHKALA, Oct 30 - A mob of several hundred men stormed the airport of Makhachkala on Sunday evening,"
        " smashing the glass doors of the terminal and throwing stones at police, officials said.\n\nIn Nalchik, a"
        " synagogue that was under repair was set on fire overnight, local media reported." + PAD + MORE,
    ),
    # onlookers around tanks
    "onlookers": (
        "2006-09-20",
        "BANGKOK, Sept 20 - The army seized power in Bangkok late on Tuesday. On Wednesday, crowds gathered around"
        " the tanks parked near Government House, taking photographs and handing soldiers flowers." + PAD + MORE,
    ),
    # an agreement placed in the lead, told again without a place
    "signed": (
        "1988-06-27",
        "NOUMEA, June 27 - The leaders of the two parties shook hands in Paris early on Sunday on an agreement"
        " that ends four years of violence. The news reached Noumea on Sunday afternoon.\n\nAfter two days of talks"
        " at the prime minister's office, the two leaders signed a peace accord in the early hours of Sunday."
        + PAD
        + MORE,
    ),
    # the forces' account of a shooting, told after a paragraph that says since when the prisoners were held
    "navy": (
        "1972-08-23",
        "BUENOS AIRES, Aug 23 - Sixteen prisoners were shot dead before dawn on Tuesday at a naval base near the town"
        " of Trelew, in Chubut province, relatives said.\n\nThe prisoners had been held at the base for a week, since"
        " a mass breakout from the federal prison at Rawson, about twenty kilometres to the east, on Tuesday of last"
        " week.\n\nIn a statement read on Tuesday afternoon, the navy said that one of the prisoners had seized the"
        " pistol of an officer and that the guards had opened fire when the others rushed the corridor." + PAD + MORE,
    ),
    # the only name of the article read weakly as a place, and taken up by "who": a man, and no place left
    "who": (
        "2020-05-05",
        "Gunmen shot dead Sterling, who was walking home, on Monday." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_lone_gunman_who_shoots_police_as_a_march_ends_fights_them(ctx_of: Any) -> None:
    ctx = ctx_of("sniper")
    told = sorted((e.acled_sub_event_type, e.location and e.location.name) for e in ctx.events if e.acled_event_type)
    assert told == [("Armed clash", "Portland"), ("Peaceful protest", "Portland")], show_events(ctx)


def test_where_a_man_once_served_is_no_scene(ctx_of: Any) -> None:
    ctx = ctx_of("veteran")
    shot = acled_in(ctx, "The gunman, a former soldier who had served in Iraq, was shot dead")
    assert [e.location and e.location.name for e in shot] == ["Brisbane"], show_events(ctx)


def test_a_gapped_clause_dates_the_act_and_a_shooting_that_took_place_places_it(ctx_of: Any) -> None:
    ctx = ctx_of("gapped")
    told = [(str(e.date), e.location and e.location.name) for e in ctx.events if e.acled_event_type]
    assert told == [("1976-06-15", "Iquitos")], show_events(ctx)


def test_that_month_is_the_month_of_the_day_told_last(ctx_of: Any) -> None:
    ctx = ctx_of("that_month")
    strike = [m for m in ctx.mentions if m.trigger.text == "strike"]
    assert [(str(m.date[0]), m.date[1]) for m in strike] == [("1960-03-01", "month")]
    fired = [m for m in ctx.mentions if m.trigger.text == "fired"]
    assert [str(m.date[0]) for m in fired] == ["1960-03-03"]
    march = [e for e in ctx.events if e.acled_event_type]
    assert [e.fatalities.killed for e in march] == [None], show_events(ctx)


def test_a_toll_among_them_named_and_a_victim_who_died_in_hospital_next_day(ctx_of: Any) -> None:
    ctx = ctx_of("among")
    told = [(e.acled_event_type, str(e.date), e.fatalities.killed) for e in ctx.events if e.acled_event_type]
    assert told == [("Riots", "1958-09-04", 4)], show_events(ctx)


def test_the_act_of_a_counted_clause_is_dated_by_the_count(ctx_of: Any) -> None:
    ctx = ctx_of("aden")
    told = [(e.acled_event_type, str(e.date)) for e in ctx.events if e.acled_event_type]
    assert told == [("Riots", "1967-11-04")], show_events(ctx)


def test_armed_volunteers_gathering_are_no_demonstration_and_a_firing_convoy_attacks(ctx_of: Any) -> None:
    ctx = ctx_of("volunteers")
    told = [(e.acled_event_type, e.acled_sub_event_type) for e in ctx.events if e.acled_event_type]
    assert told == [("Violence against civilians", "Attack")], show_events(ctx)


def test_in_the_capital_places_a_sentence_at_the_capital(ctx_of: Any) -> None:
    ctx = ctx_of("spread")
    marched = [m for m in ctx.mentions if m.trigger.text == "marched"]
    assert [m.location and m.location.name for m in marched] == ["Bamako"]


def test_a_building_set_on_fire_in_the_night_is_no_riot(ctx_of: Any) -> None:
    ctx = ctx_of("arson")
    fire = acled_in(ctx, "In Nalchik, a synagogue that was under repair was set on fire overnight")
    assert [e.acled_sub_event_type for e in fire] == ["Looting/property destruction"], show_events(ctx)


def test_onlookers_around_tanks_are_no_demonstration(ctx_of: Any) -> None:
    ctx = ctx_of("onlookers")
    assert not [e for e in ctx.events if e.acled_event_type == "Protests"], show_events(ctx)


def test_an_agreement_told_again_without_a_place_keeps_the_leads_place(ctx_of: Any) -> None:
    ctx = ctx_of("signed")
    told = [(e.acled_sub_event_type, e.location and e.location.name) for e in ctx.events if e.acled_event_type]
    assert told == [("Agreement", "Paris")], show_events(ctx)


def test_a_forces_account_after_a_paragraph_of_since_is_the_same_shooting(ctx_of: Any) -> None:
    ctx = ctx_of("navy")
    told = [(str(e.date), e.location and e.location.name) for e in ctx.events if e.acled_event_type]
    assert told == [("1972-08-22", "Trelew")], show_events(ctx)


def test_a_person_taken_up_by_who_is_no_place_and_leaves_none(ctx_of: Any) -> None:
    ctx = ctx_of("who")
    told = [(e.acled_event_type, e.location) for e in ctx.events if e.acled_event_type]
    assert told == [("Violence against civilians", None)], show_events(ctx)
