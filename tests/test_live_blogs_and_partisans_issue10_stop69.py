"""Rules read from set 71 of whole articles about other wars (issue 10, stop 69), each on invented articles: the
agency's name in a dateline's brackets is no place, and a district the text calls part of the dateline's town is
there, however often it is named; winning back trust takes no ground; a suicide is no attack; a count of acts over a
period is a series, and "to protest" is the purpose of a bombing, no demonstration; a cause fought for, foes in
quotation marks and a judgement that nothing justifies an act; the time of what an act set off; a hamlet that belongs
to a municipality, the ends of a pipeline's route and where the injured died later; a ruler's supporters or
spectators who attack demonstrators, a crowd throwing at them and a riot on a march's fringe; a march at its own town
beside a sum of many, a gathering at a seat of power, and the toll of a comparison; a jail surrendered after a siege;
journalists beaten while they film a demonstration; an arrest for looting; "that day" after a passive report's day; a
live blog's entries; "the Saturday before last"; an agreement signed at a site of the dateline's town; a town the
text puts at a distance from the reporter's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, acled_in, context_runner, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # the agency's name in brackets is no place: the district the text calls part of the dateline's city, named again
    "district": (
        "1968-04-07",
        "DETROIT, April 7 (Globe Wire) - Crowds looted stores and set fires in Brewster Park, a black district about"
        " three miles north of downtown, on Saturday night, police said.\n\nLooting went on in Brewster Park until"
        " dawn on Sunday, witnesses said." + PAD + MORE,
    ),
    # winning back trust takes no territory
    "trust": (
        "2017-02-06",
        "SOFIA, Feb 6 - Tens of thousands of people marched through Sofia on Sunday against a new law on public"
        " contracts.\n\nThe president, who joined protesters in Sofia on January 22 against plans to ease the"
        " corruption laws, said on Sunday that the repeal was not enough and that the government had to win back"
        " the trust of the people." + PAD + MORE,
    ),
    # a suicide is no attack
    "suicide": (
        "1961-03-02",
        "SANTIAGO, March 2 - A former interior minister shot himself in his office in Santiago on Wednesday, a day"
        " after a court ordered his arrest, police said." + PAD + MORE,
    ),
    # a count of acts over a period, and a protest that is the purpose of bombings
    "times": (
        "1998-10-19",
        "MEDELLIN, Oct 19 - Rebels blew up a power pylon near the town of Segovia on Sunday, the army said.\n\nThe"
        " army blamed the rebel group, which has bombed power lines hundreds of times in the past decade to protest"
        " against the sale of the national grid. The rebels have bombed pylons more than 50 times this year,"
        " according to the state power company." + PAD + MORE,
    ),
    # a fight for a cause, a fight against foes in quotation marks, and a judgement that nothing justifies a burning
    "causes": (
        "1954-08-25",
        "RECIFE, Aug 25 - Crowds stoned the offices of two newspapers in Recife on Tuesday, police said.\n\nThe"
        ' governor left a letter in which he said that he had fought to the end against "foreign interests".'
        ' A veteran said: "We went across the ocean to fight for free elections." "Nothing can justify burning'
        " people's homes,\" the mayor said." + PAD + MORE,
    ),
    # a hamlet that belongs to a municipality; the route a pipeline runs; the injured who died in hospital elsewhere
    "hamlet": (
        "1998-10-19",
        "MEDELLIN, Colombia, Oct 19 (Globe Wire) - A bomb attack on an oil pipeline set off a fire that swept"
        " through the hamlet of Pocune in north-western Colombia shortly after midnight on Sunday, killing at least"
        " 30 people, army officers said.\n\nThe blast tore open the pipeline, which carries crude from the eastern"
        " plains to the Caribbean port of Covenas, on a hillside above the hamlet.\n\nLate on Monday officials said"
        " five of the injured had died in hospitals in Medellin.\n\nPocune, a settlement of a few hundred people,"
        " belongs to the gold-mining municipality of Segovia." + PAD + MORE,
    ),
    # the supporters of a ruler attack demonstrators; spectators pelt protesters
    "supporters": (
        "1967-06-03",
        "HAMBURG, June 3 - Several thousand students marched through Hamburg on Friday against the visit of the"
        " King of Jordan.\n\nEarlier on Friday, outside the city hall, several hundred of the king's supporters"
        " attacked anti-king demonstrators with wooden poles, witnesses said." + PAD + MORE,
    ),
    # arrested for looting: an arrest, the looting its charge
    "arrests": (
        "1941-06-04",
        "MOSUL, June 4 - Mobs looted the market of Mosul on Monday, killing several traders.\n\nOn Tuesday the military"
        " governor said that several hundred people had been arrested for looting and that anyone found with stolen"
        " goods would be tried by a military court." + PAD + MORE,
    ),
    # "that day" after a day a passive report gives
    "that_day": (
        "2012-11-21",
        "GENEVA, Nov 21 - Thousands fled their homes around Bunia after rebels took the town on Tuesday, UN agencies"
        " said on Wednesday. Since Sunday, about 10,000 people were reported to have left a camp north of the town."
        "\n\nHeavy fighting was reported on Monday around the town's airport. Several civilians were reported to have"
        " been killed when shells fell on the market that day." + PAD + MORE,
    ),
    # a live blog's entries, in the present tense, after a time of day
    "blog": (
        "2022-07-09",
        "COLOMBO, July 9 (Globe Wire) - Protesters stormed the president's office in Colombo on Saturday. These were"
        " the day's main developments. All times are local.\n\n09:10 — Police lift the curfew they imposed on"
        " Friday night.\n\n21:45 — Protesters break into the prime minister's private residence in Kandy and set it"
        " on fire." + PAD + MORE,
    ),
    # the Saturday before last
    "before_last": (
        "1949-09-05",
        "NEW YORK, Sept 5 - Gangs of youths hurled rocks at buses carrying people home from a concert on Sunday"
        " afternoon, police said.\n\nOn the Saturday before last, a crowd armed with stones and clubs attacked people"
        " who had come to set up the stage." + PAD + MORE,
    ),
    # an agreement signed at a site of the dateline's town; a signatory who was prime minister elsewhere
    "lancaster": (
        "1979-12-21",
        "LONDON, December 21 (Globe Wire) - The leaders of the rebel front and of the Salisbury administration"
        " signed an agreement at Lancaster House on Friday to end the war in Rhodesia.\n\nBishop Abel Muzorewa, who"
        " was prime minister in Salisbury until this month, signed for the outgoing administration." + PAD + MORE,
    ),
    # a town the text puts at a distance from the reporter's: the story stays in the dateline's town
    "away": (
        "1981-07-26",
        "HAMILTON, New Zealand, July 26 (Globe Wire) - Police stopped a rugby match at Rugby Park on Saturday after"
        " learning that a man had stolen a light aircraft at Taupo, about 120 km to the south-east.\n\nAs the"
        " protesters were led out of the ground, groups of spectators punched them and pelted them with bottles."
        + PAD
        + MORE,
    ),
    # a march at a named town beside a sum of many towns; a gathering at a seat of power; violence on a march's fringe
    "squares": (
        "2017-02-06",
        "SOFIA, Feb 6 - Tens of thousands of Bulgarians filled squares across the country on Sunday night.\n\nAbout"
        " 30,000 people marched in Plovdiv, and tens of thousands more in dozens of other towns.\n\nWithin an hour of"
        " the decision on Tuesday night, several thousand people had gathered outside the government headquarters."
        "\n\nOn Wednesday evening about 80,000 people marched through Sofia to the parliament. Late that night a"
        " group of masked football supporters at the edge of the crowd threw stones at riot police." + PAD + MORE,
    ),
    # a crowd that throws bottles at demonstrators; a comparison's toll is its own
    "bottles": (
        "1981-08-16",
        "WELLINGTON, Aug 16 - About 500 anti-apartheid protesters marched to the rugby ground in Wellington on"
        " Saturday.\n\nAs the match began, the crowd of about 20,000 threw bottles and cans at the demonstrators."
        "\n\nThe protests are the largest since those of 1976, when a fire at a hostel killed dozens of people."
        + PAD
        + MORE,
    ),
    # journalists beaten while they film a demonstration
    "press": (
        "2022-07-10",
        "COLOMBO, July 10 - Thousands of protesters marched through Colombo on Saturday, demanding the president's"
        " resignation.\n\nOn Saturday evening commandos of the police task force beat journalists from a television"
        " station who were filming protesters outside the prime minister's residence." + PAD + MORE,
    ),
    # a jail handed over after a siege
    "jail": (
        "1946-08-02",
        "ATHENS, Tennessee, August 2 (Globe Wire) - Several hundred armed former servicemen forced sheriff's deputies"
        " to surrender the county jail here early on Friday, after an all-night siege." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_district_of_the_datelines_town_is_there_after_the_agencys_name(ctx_of: Any) -> None:
    ctx = ctx_of("district")
    told = [e.location for e in ctx.events if e.acled_event_type]
    assert [(round(x.lat), round(x.lon)) for x in told if x is not None] == [(42, -83)], show_events(ctx)


def test_winning_back_trust_takes_no_ground(ctx_of: Any) -> None:
    ctx = ctx_of("trust")
    won = [m for m in ctx.mentions if m.trigger.text == "win back"]
    assert [m.decision for m in won] == ["dropped"]


def test_a_suicide_is_no_attack(ctx_of: Any) -> None:
    ctx = ctx_of("suicide")
    assert not [e for e in ctx.events if e.acled_event_type], show_events(ctx)


def test_a_count_of_acts_over_a_period_and_a_purpose_are_no_events(ctx_of: Any) -> None:
    ctx = ctx_of("times")
    told = [(e.acled_sub_event_type, str(e.date)) for e in ctx.events if e.acled_event_type]
    assert told == [("Remote explosive/landmine/IED", "1998-10-18")], show_events(ctx)


def test_causes_fought_and_a_judgement_are_no_events(ctx_of: Any) -> None:
    ctx = ctx_of("causes")
    told = [e.acled_event_type for e in ctx.events if e.acled_event_type]
    assert told == ["Riots"], show_events(ctx)


def test_a_hamlet_of_a_municipality_and_the_time_of_what_an_act_set_off(ctx_of: Any) -> None:
    ctx = ctx_of("hamlet")
    told = [(str(e.date), e.location and e.location.name) for e in ctx.events if e.acled_event_type]
    assert told == [("1998-10-18", "Segovia")], show_events(ctx)


def test_a_rulers_supporters_attacking_demonstrators_commit_mob_violence(ctx_of: Any) -> None:
    ctx = ctx_of("supporters")
    told = sorted(e.acled_sub_event_type for e in ctx.events if e.acled_event_type)
    assert told == ["Mob violence", "Peaceful protest"], show_events(ctx)


def test_spectators_pelting_protesters_commit_mob_violence_in_the_datelines_town(ctx_of: Any) -> None:
    ctx = ctx_of("away")
    told = [(e.acled_sub_event_type, e.location and e.location.name) for e in ctx.events if e.acled_event_type]
    assert told == [("Mob violence", "Hamilton")], show_events(ctx)


def test_an_arrest_for_looting_is_an_arrest(ctx_of: Any) -> None:
    ctx = ctx_of("arrests")
    arrests = acled_in(ctx, "several hundred people had been arrested for looting")
    assert [(e.acled_sub_event_type, str(e.date)) for e in arrests] == [("Arrests", "1941-06-03")], show_events(ctx)


def test_that_day_after_a_passive_reports_day(ctx_of: Any) -> None:
    ctx = ctx_of("that_day")
    shells = acled_in(ctx, "Several civilians were reported to have been killed when shells fell")
    assert [str(e.date) for e in shells] == ["2012-11-19"], show_events(ctx)


def test_a_live_blogs_entry_in_the_present_is_an_event(ctx_of: Any) -> None:
    ctx = ctx_of("blog")
    fire = acled_in(ctx, "21:45")
    assert [(e.acled_event_type, str(e.date), e.location and e.location.name) for e in fire] == [
        ("Riots", "2022-07-09", "Kandy")
    ], show_events(ctx)


def test_the_saturday_before_last(ctx_of: Any) -> None:
    ctx = ctx_of("before_last")
    attacked = acled_in(ctx, "On the Saturday before last")
    assert [str(e.date) for e in attacked] == ["1949-08-27"], show_events(ctx)


def test_an_agreement_signed_at_a_site_of_the_datelines_town(ctx_of: Any) -> None:
    ctx = ctx_of("lancaster")
    told = [(e.acled_sub_event_type, e.location and e.location.name) for e in ctx.events if e.acled_event_type]
    assert told == [("Agreement", "London")], show_events(ctx)


def test_a_march_at_its_own_town_a_gathering_at_a_seat_of_power_and_a_fringe_riot(ctx_of: Any) -> None:
    ctx = ctx_of("squares")
    told = sorted((e.acled_sub_event_type, str(e.date)) for e in ctx.events if e.acled_event_type)
    assert told == [
        ("Peaceful protest", "2017-01-31"),
        ("Peaceful protest", "2017-02-01"),
        ("Peaceful protest", "2017-02-05"),
        ("Violent demonstration", "2017-02-01"),
    ], show_events(ctx)


def test_a_crowd_throwing_at_demonstrators_and_the_toll_of_a_comparison(ctx_of: Any) -> None:
    ctx = ctx_of("bottles")
    told = sorted((e.acled_sub_event_type, e.fatalities.killed) for e in ctx.events if e.acled_event_type)
    assert told == [("Mob violence", None), ("Peaceful protest", None)], show_events(ctx)


def test_a_jail_surrendered_after_a_siege_is_no_arrest(ctx_of: Any) -> None:
    ctx = ctx_of("jail")
    assert not [e for e in ctx.events if e.acled_sub_event_type == "Arrests"], show_events(ctx)


def test_journalists_beaten_at_a_demonstration_are_attacked_civilians(ctx_of: Any) -> None:
    ctx = ctx_of("press")
    told = sorted((e.acled_event_type, e.acled_sub_event_type) for e in ctx.events if e.acled_event_type)
    assert told == [("Protests", "Peaceful protest"), ("Violence against civilians", "Attack")], show_events(ctx)
