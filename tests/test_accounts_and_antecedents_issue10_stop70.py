"""Rules read from set 72 of whole articles about other wars (issue 10, stop 70), each on invented articles: a count of
days with no complement dates the verb it hangs on; guerrillas are a rebel group, and a record's unit ("in a single
attack") is no act; who a speaker is, told in a relative clause, is no event; a death "when" a crowd broke in is the
riot's; partisans of a cause who attack marchers riot apart from the demonstration; one side's account of how the one
person killed died joins that death; an act told of the day a period began ("since last Friday, when ...") is an event;
a town's club and its supporters are no place; a charge's name types no arrest; the clauses of one statement are one
account; an official's statement of force used on a demonstration is that demonstration; a grenade that failed to go
off is part of its attack, and weapons found in a list are no blast; "go round" a circle arrests no one; a state that
agrees to tour makes no agreement; what "is possible in the coming days" has not happened; gunmen who fire on a rally
attack civilians, one event; arrests told again with their count are the same arrests; a fight "around" a town the
gazetteer lacks is another scene than the dateline's town."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, acled_in, context_runner, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # a count of days that hangs on the verb of a relative clause dates it; guerrillas named; a record's unit
    "earlier": (
        "1952-03-08",
        "IPOH, March 8 (Globe Wire) - Soldiers searched the hills above Tapah on Saturday for a band of guerrillas who"
        " ambushed a police patrol on the road to the town two days earlier, killing nine constables.\n\nIt was the"
        " heaviest loss suffered by the police in a single attack this year. A rubber tapper who escaped into the"
        ' trees said: "They were waiting behind the rocks."' + PAD + MORE,
    ),
    # killed when a crowd broke in; partisans attack marchers apart; a death told again as a beating by police
    "broke_in": (
        "1962-05-11",
        "ANKARA, May 11 (Globe Wire) - The cabinet met in emergency session on Friday, a day after a young teacher"
        " was killed when thousands of students broke into the grounds of the ministry and fought police late into"
        " the night.\n\nStudents who were with her said she had been knocked down and beaten by policemen.\n\nEarlier"
        " on Thursday, members of a right-wing group drove a van into a column of marchers near the ministry and"
        " attacked them with iron bars, police said." + PAD + MORE,
    ),
    # an act told of the day a running period began
    "since_when": (
        "1962-05-11",
        "ANKARA, May 11 (Globe Wire) - Anger at the plan had been growing since last Saturday, when demonstrators"
        " at the airport surrounded the car of a visiting minister and smashed its windows." + PAD + MORE,
    ),
    # a club's supporters, named after their town, in a story filed from another
    "supporters": (
        "1988-06-16",
        "STUTTGART, June 16 (Globe Wire) - Groups of Leeds supporters fought riot police outside the stadium on"
        " Wednesday night, throwing bottles and chairs at the Leeds sections, police said." + PAD + MORE,
    ),
    # arrests beside murder charges; two clauses of one statement; an official's account of the force
    "statement": (
        "1951-04-03",
        "SAN JOSE, April 3 (Globe Wire) - Police opened fire on a march of the opposition party in the town of"
        " Cartago on Sunday, killing eleven people.\n\nThe governor said in a statement that the police had been"
        " attacked from the crowd and had fired in self-defence.\n\nThe party's newspaper prints a statement saying"
        ' that the police fired "from three sides" and that two policemen were struck by the bullets of their'
        " colleagues.\n\nPolice in Cartago arrested a number of party members on Monday, and the prosecutor is"
        " considering murder charges over the deaths of the policemen." + PAD + MORE,
    ),
    # a grenade that failed to explode; weapons found among other things; "go round"; a state agreeing to tour
    "tour": (
        "2011-02-15",
        "KARACHI, Feb 15 (Globe Wire) - Gunmen attacked a bus carrying a visiting hockey team in Karachi on Tuesday,"
        " killing two policemen, police said.\n\nThe attack began as the bus slowed to go round a traffic circle."
        " Police said a grenade thrown at the bus had failed to explode. They found rifles, grenades and food in"
        " bags left near the circle. Malaysia had agreed to tour after two other teams stayed away." + PAD + MORE,
    ),
    # what is possible in the coming days
    "advisory": (
        "2021-08-02",
        "LAGOS, Aug 2 (Globe Wire) - SECURITY ADVISORY. Gunmen attacked a police station in Ikorodu on Sunday,"
        " killing three officers.\n\nDemonstrations or further security operations are possible in the coming"
        " days." + PAD + MORE,
    ),
    # a fight around a town the gazetteer lacks, on the day of a shooting in the dateline's town
    "unknown_town": (
        "2000-05-09",
        "FREETOWN, May 9 (Globe Wire) - Bodyguards of the rebel leader opened fire on thousands of demonstrators"
        " outside his house in Freetown on Monday, killing 19 people.\n\nGovernment soldiers fought rebels on Monday"
        " around Kolakuru, on the main highway, an army spokesman said." + PAD + MORE,
    ),
    # gunmen who fire on a rally; arrests told twice with their count
    "rally": (
        "1979-05-02",
        "MADRID, May 2 (Globe Wire) - Twelve people were killed on Tuesday when gunmen opened fire on a May Day rally"
        " in Bilbao, police said.\n\nThe police said they had arrested about 40 people.\n\nThe city was calm on"
        " Wednesday. Shops opened late. Buses ran.\n\nThe governor said that about 40 people had been arrested."
        + PAD
        + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_count_of_days_dates_the_verb_it_hangs_on_and_a_records_unit_is_no_act(ctx_of: Any) -> None:
    ctx = ctx_of("earlier")
    told = [(str(e.date), e.fatalities.killed) for e in ctx.events if e.acled_event_type]
    assert told == [("1952-03-06", 9)], show_events(ctx)
    ambush = acled_in(ctx, "ambushed a police patrol")
    sides = {a.name for e in ambush for a in (e.actor1, e.actor2) if a is not None}
    assert "Rebels (Malaysia)" in sides, show_events(ctx)


def test_killed_when_a_crowd_broke_in_partisans_apart_and_a_death_retold(ctx_of: Any) -> None:
    ctx = ctx_of("broke_in")
    told = sorted((e.acled_sub_event_type, str(e.date)) for e in ctx.events if e.acled_event_type)
    assert told == [("Mob violence", "1962-05-10"), ("Mob violence", "1962-05-10")], show_events(ctx)


def test_an_act_told_of_the_day_a_period_began_is_an_event(ctx_of: Any) -> None:
    ctx = ctx_of("since_when")
    told = [str(e.date) for e in ctx.events if e.acled_event_type]
    assert told == ["1962-05-05"], show_events(ctx)


def test_a_clubs_supporters_are_no_place(ctx_of: Any) -> None:
    ctx = ctx_of("supporters")
    told = [e.location and e.location.name for e in ctx.events if e.acled_event_type]
    assert told == ["Stuttgart"], show_events(ctx)


def test_one_statements_clauses_an_officials_account_and_arrests_beside_a_charge(ctx_of: Any) -> None:
    ctx = ctx_of("statement")
    told = sorted((e.acled_sub_event_type, str(e.date)) for e in ctx.events if e.acled_event_type)
    assert told == [("Arrests", "1951-04-02"), ("Excessive force against protesters", "1951-04-01")], show_events(ctx)


def test_a_dud_grenade_found_weapons_a_traffic_circle_and_a_tour(ctx_of: Any) -> None:
    ctx = ctx_of("tour")
    told = [(e.acled_event_type, e.fatalities.killed) for e in ctx.events if e.acled_event_type]
    assert told == [("Battles", 2)], show_events(ctx)


def test_what_is_possible_in_the_coming_days_has_not_happened(ctx_of: Any) -> None:
    ctx = ctx_of("advisory")
    told = [e.acled_event_type for e in ctx.events if e.acled_event_type]
    assert told == ["Battles"], show_events(ctx)


def test_gunmen_firing_on_a_rally_attack_civilians_and_arrests_told_twice(ctx_of: Any) -> None:
    ctx = ctx_of("rally")
    told = sorted((e.acled_sub_event_type, e.fatalities.killed) for e in ctx.events if e.acled_event_type)
    assert told == [("Arrests", None), ("Attack", 12)], show_events(ctx)


def test_a_fight_around_a_town_the_gazetteer_lacks_is_another_scene(ctx_of: Any) -> None:
    ctx = ctx_of("unknown_town")
    told = sorted(e.acled_sub_event_type for e in ctx.events if e.acled_event_type)
    assert told == ["Armed clash", "Attack"], show_events(ctx)
