"""Narrative time from acts the story tells with their day but codes no event for (issue 10, item 4): "the convoy
left the town on Tuesday morning ... gunmen opened fire on it" is Tuesday. A verb of speech dates the report, not
the story, and the past perfect steps back from the story's time. Articles written for these tests from English
grammar (tense and reported speech); real model."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.article_cases import PAD, context_runner, events_in, show_events, violent

pytestmark = pytest.mark.slow

ARTICLES = {
    # published on Friday; the act that sets the day (a convoy leaving) is no event; the ambush has no day of its own
    "told-day": (
        "2022-03-11",
        "GOMA, Congo - A convoy of lorries carrying food aid left Goma on Tuesday morning, heading north towards"
        " the border.\n\nThe road runs through hills held by several armed groups.\n\nGunmen opened fire on the"
        " lorries near Rutshuru, killing three drivers, a local official said. The aid agency suspended its"
        " deliveries." + PAD,
    ),
    # the only day the second sentence gives is the day the army spoke: the ambush keeps no day but the article's
    "said-day": (
        "2022-03-11",
        "GOMA, Congo - The army said on Tuesday that it was sending more troops north of Goma. Gunmen opened fire"
        " on a convoy of lorries near Rutshuru, killing three drivers, a local official said. The aid agency"
        " suspended its deliveries." + PAD,
    ),
    # a toll put "on Tuesday" in the past perfect is an earlier count, not the story moving on to Tuesday
    "perfect-day": (
        "2019-06-06",
        "KHARTOUM - Security forces stormed the protest camp in the capital at dawn on Monday, witnesses said. The"
        " doctors' committee had put the toll at 35 on Tuesday. Soldiers fired tear gas at demonstrators who"
        " blocked roads with burning tyres in the eastern city of Gedaref, witnesses said." + PAD,
    ),
    # the lead places the storming "in the capital"; a demonstration the same day in another town is not its place
    "capital-lead": (
        "2019-06-06",
        "KHARTOUM - Security forces stormed the protest camp in the capital at dawn on Monday, witnesses said."
        " Soldiers fired tear gas at demonstrators who blocked roads with burning tyres in the eastern city of"
        " Gedaref, witnesses said. Shops stayed shut across the country. The opposition alliance called a general"
        " strike." + PAD,
    ),
    # the parser hangs the day on the relative clause in the present tense ("where the saint is buried"): a present
    # tense tells no past day, so the day is the shooting's
    "present-relative": (
        "2023-05-11",
        "PESHAWAR, Pakistan - Gunmen opened fire on pilgrims on the road to the shrine where the saint is buried on"
        " Tuesday morning, killing four, police said. The shrine was closed. Security was stepped up across the"
        " province." + PAD,
    ),
    # two phrases of place joined by "and", each naming a town: force used on crowds in two towns is two events
    "two-towns": (
        "2019-06-05",
        "KHARTOUM - In Kosti, on the White Nile, and in the eastern city of Kassala, police fired tear gas at"
        " protesters who blocked roads with burning tyres on Monday, witnesses said. Shops stayed shut. The"
        " opposition called a strike." + PAD,
    ),
    # effigies burned are a crowd's message, not damage to property (ACLED: a demonstration)
    "effigies": (
        "2024-06-11",
        "LAHORE, Pakistan - Hundreds of students burned effigies of the governor and chanted slogans outside the"
        " university on Monday. The rally ended peacefully. Classes resumed on Tuesday." + PAD,
    ),
    "flags": (
        "2024-06-11",
        "ISLAMABAD - Hundreds of students set fire to flags and chanted slogans outside the embassy on Monday. The"
        " rally ended peacefully. Classes resumed on Tuesday." + PAD,
    ),
    # "declared a state of emergency on Wednesday" is an act, though "declare" can report speech: its day is the
    # story's, and the resignation told next, with no day, is of that day
    "declared-day": (
        "2013-08-16",
        "CAIRO - The president declared a state of emergency on Wednesday afternoon. Riot police fired tear gas at"
        " protesters who threw stones at them in Alexandria, witnesses said. The prime minister praised the police."
        + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_story_time_an_act_told_with_its_day_dates_the_next_undated_event(ctx_of: Any) -> None:
    ctx = ctx_of("told-day")
    ambush = [e for e in events_in(ctx, "Gunmen opened fire") if violent(e)]
    assert ambush and ambush[0].date == date(2022, 3, 8), show_events(ctx)
    assert ambush[0].date_anchor == "narrative", show_events(ctx)


def test_story_time_the_day_of_a_statement_is_not_the_story_s(ctx_of: Any) -> None:
    ctx = ctx_of("said-day")
    ambush = [e for e in events_in(ctx, "Gunmen opened fire") if violent(e)]
    assert ambush and ambush[0].date == date(2022, 3, 11), show_events(ctx)


def test_story_time_a_day_told_in_the_past_perfect_does_not_move_the_story(ctx_of: Any) -> None:
    ctx = ctx_of("perfect-day")
    demo = [e for e in events_in(ctx, "Soldiers fired tear gas") if e.acled_event_type]
    assert demo and demo[0].date == date(2019, 6, 3), show_events(ctx)


def test_story_time_a_lead_in_the_capital_is_not_placed_by_a_later_town(ctx_of: Any) -> None:
    # "stormed the protest camp in the capital" places the lead's act in the capital: the demonstration told in
    # Gedaref the same day is another event, at another place
    ctx = ctx_of("capital-lead")
    demo = [e for e in events_in(ctx, "Soldiers fired tear gas") if e.acled_event_type]
    assert demo and demo[0].location is not None and demo[0].location.text == "Gedaref", show_events(ctx)
    lead = [e for e in events_in(ctx, "Security forces stormed") if e.acled_event_type]
    assert lead and lead[0].location is not None and lead[0].location.name == "Khartoum", show_events(ctx)


def test_story_time_a_verb_of_speech_with_an_object_is_an_act_of_the_story(ctx_of: Any) -> None:
    ctx = ctx_of("declared-day")
    demo = [e for e in events_in(ctx, "Riot police fired tear gas") if e.acled_event_type]
    assert demo and demo[0].date == date(2013, 8, 14), show_events(ctx)


def test_story_time_a_relative_clause_in_the_present_tells_no_past_day(ctx_of: Any) -> None:
    ctx = ctx_of("present-relative")
    attack = [e for e in events_in(ctx, "Gunmen opened fire") if violent(e)]
    assert attack and attack[0].date == date(2023, 5, 9), show_events(ctx)
    assert attack[0].date_anchor == "publication", show_events(ctx)


def test_story_time_crowds_in_two_towns_joined_by_and_are_two_events(ctx_of: Any) -> None:
    ctx = ctx_of("two-towns")
    demos = [e for e in events_in(ctx, "police fired tear gas") if e.acled_event_type]
    assert sorted(e.location.name for e in demos if e.location is not None) == ["Kassala", "Kosti"], show_events(ctx)


@pytest.mark.parametrize(("name", "words"), [("effigies", "burned effigies"), ("flags", "set fire to flags")])
def test_story_time_burning_effigies_is_a_peaceful_protest(ctx_of: Any, name: str, words: str) -> None:
    ctx = ctx_of(name)
    coded = [e.acled_sub_event_type for e in events_in(ctx, words) if e.acled_event_type]
    assert coded == ["Peaceful protest"], show_events(ctx)
