"""Stop 34 of issue 10: a scene abroad goes on in the next sentence that names no place (not back in the article's
country), the arrests told in a riot's sentence are that riot's, the demonstrators of a scene abroad are of its
country (rioters once their demonstration turned violent), and a time told in a later conjoined clause dates that
clause only ("officials said their troops had fired on the truck, and the president telephoned ... on Saturday").
Also: what an inquiry is asked into, the act a comparison is measured from (and its toll), air strikes agreed to be
suspended and a mediation body named after a city ("the OSCE Minsk Group") report no event and place none; a
gathering told as peaceful is a peaceful protest though the sentence calls the whole wave "unrest"; "the two sides" of
a fight just told fight again as they fought; "came a day after ... on Monday" is the day after Monday; "some
marchers" are some of a crowd already told, no new demonstration.
Articles written for these tests from English syntax and the ACLED codebook; real model."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.article_cases import PAD, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    "scene-abroad": (
        "2022-09-18",
        "DUSHANBE, Tajikistan - Tajik and Kyrgyz troops fought along the border near the Tajik town of Isfara on"
        " Friday, Tajik officials said.\n\nOn Friday, a truck carrying Kyrgyz border guards came under fire near"
        " Isfara, killing three of them. Tajik officials said their troops had fired on the truck by mistake, and"
        " the Tajik president telephoned his Kyrgyz counterpart on Saturday.\n\nIn Kyrgyzstan's capital Bishkek,"
        " hundreds of people rallied outside the government building on Friday evening, demanding a tougher"
        " response. Some threw stones at police, who detained 30 people, the interior ministry said.\n\nOfficials in"
        " Dushanbe and Khujand said the border had been closed." + PAD,
    ),
    # what an inquiry is asked into is no occurrence; the act a comparison is measured from is history, and so is
    # its toll (not the main event's); air strikes an army agrees to suspend are no strike
    "told-or-not": (
        "2016-05-16",
        "MAIDUGURI, Nigeria - Gunmen attacked a market in the town of Konduga on Sunday, killing 14 traders, police"
        " said.\n\nIt was the deadliest attack in the state since June 2015, when militants set fire to a market in"
        " the town of Monguno, killing 30 traders.\n\nRights groups demanded an investigation into the attack and"
        " into allegations that soldiers had beaten villagers at an army camp near the town.\n\nThe army agreed on"
        " Monday to suspend air strikes on the district for 48 hours to let civilians leave." + PAD,
    ),
    "inquiry": (
        "2019-03-12",
        "ALGIERS - Police fired tear gas at students who tried to march on the presidency in Algiers on Monday and"
        " detained 40 people.\n\nOpposition deputies called for an inquiry into the raid and into reports that"
        " arrested students had been beaten at a military barracks in the suburb of Bab Ezzouar.\n\nThe interior"
        " minister did not comment." + PAD,
    ),
    "history-toll": (
        "2019-03-12",
        "ALGIERS - Police fired tear gas at students who tried to march on the presidency in Algiers on Monday and"
        " detained 40 people.\n\nIt was the largest protest in the country since April 2001, when police shot dead"
        " dozens of demonstrators in the Kabylie region." + PAD,
    ),
    # "the two sides" of a fight told just before fight again elsewhere: the same kind of event; the clashes that
    # "came a day after" an attack "on Monday" are the day after; some of a crowd told are no new demonstration
    "two-sides": (
        "2019-05-08",
        "LAHORE, Pakistan - Three people were killed in the city of Multan on Tuesday when students fought supporters"
        " of the ruling party with sticks and stones, police said. Two more died in clashes between the two sides"
        " near a college in Lahore.\n\nThe clashes came a day after party activists attacked a student march at a"
        " university in Lahore on Monday, injuring 40 people. Some marchers carried portraits of a jailed student"
        " leader." + PAD,
    ),
    # arrests the police "said on Monday" they had made, Monday being the day of publication, are Monday's
    "report-day": (
        "2023-12-04",
        "MANILA - A bomb exploded at a market in the town of Jolo on Sunday, killing three people, the army said.\n\n"
        "Police said on Monday that they had taken two suspected Islamist militants into custody in Jolo and were"
        " looking for others.\n\nThe market reopened in the afternoon." + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_time_of_a_later_conjoined_clause_does_not_date_the_reported_act(ctx_of: Any) -> None:
    ctx = ctx_of("scene-abroad")
    fired = [e for e in ctx.events if e.acled_event_type and e.date == date(2022, 9, 17)]
    assert not fired, show_events(ctx)  # nothing violent happened on the Saturday of the telephone call
    told = [m for m in ctx.mentions if m.trigger.text == "fired"]
    assert told and all(m.date[0] == date(2022, 9, 16) for m in told), [m.date for m in told]


def test_a_riot_abroad_keeps_its_place_its_arrests_and_its_country(ctx_of: Any) -> None:
    ctx = ctx_of("scene-abroad")
    stones = [m for m in ctx.mentions if m.trigger.text.startswith("threw")]
    assert stones and stones[0].location is not None and stones[0].location.name == "Bishkek"
    riots = [e for e in ctx.events if e.acled_event_type == "Riots"]
    assert len(riots) == 1, show_events(ctx)
    riot = riots[0]
    assert riot.location is not None and riot.location.name == "Bishkek"
    assert riot.actor1 is not None and riot.actor1.name == "Rioters (Kyrgyzstan)", riot.actor1
    # the 30 detained are the riot's: no event of arrests, and no event of the police of the article's country
    assert not [e for e in ctx.events if e.acled_sub_event_type == "Arrests"], show_events(ctx)
    arrests = events_in(ctx, "Some threw stones at police")
    assert all(e.actor1 is None or "Tajikistan" not in e.actor1.name for e in arrests), show_events(ctx)


def test_an_allegation_under_inquiry_is_no_event(ctx_of: Any) -> None:
    ctx = ctx_of("inquiry")
    found = [e for e in events_in(ctx, "into reports that arrested students") if e.acled_event_type]
    assert not found, show_events(ctx)


def test_history_a_comparison_is_measured_from_and_its_toll_are_no_events(ctx_of: Any) -> None:
    ctx = ctx_of("told-or-not")
    assert not [e for e in ctx.events if e.fatalities.killed == 30], show_events(ctx)
    assert not [e for e in ctx.events if e.acled_sub_event_type == "Air/drone strike"], show_events(ctx)
    assert not [e for e in events_in(ctx, "allegations that soldiers") if e.acled_event_type], show_events(ctx)
    ctx = ctx_of("history-toll")
    lead = [e for e in ctx.events if e.acled_event_type == "Protests"]
    assert lead and lead[0].fatalities.killed is None, show_events(ctx)  # the dozens shot in 2001 are not its dead


@pytest.mark.parametrize(
    ("text", "name", "elsewhere"),
    [
        ("talks under the OSCE Minsk Group resumed", "Minsk", True),
        ("the Oslo Accords were signed", "Oslo", True),
        ("the Astana process stalled", "Astana", True),
        ("a bomb exploded in Minsk on Monday", "Minsk", False),
        ("a bomb exploded near the Oslo group of islands", "Oslo", False),
    ],
)
def test_a_mediation_body_or_a_treaty_named_after_a_city_is_not_the_place(
    text: str, name: str, elsewhere: bool
) -> None:
    from sitroom.geo.locate import not_the_place
    from sitroom.model import Toponym

    start = text.index(name)
    t = Toponym(start, start + len(name), name, name, 0.0, 0.0)
    assert not_the_place(t, text) is elsewhere


def test_a_gathering_told_as_peaceful_is_a_peaceful_protest_whatever_the_unrest() -> None:
    from sitroom.extract.acled_rules import acled_sub_type

    calm = (
        "the unrest began on friday, when thousands of people gathered peacefully in the square to denounce the vote."
    )
    stones = "the unrest began on friday, when thousands of people gathered in the square and threw stones at police."
    assert acled_sub_type({"riot", "protest"}, calm, [], None, "thousands of people", calm, "protest") == (
        "Peaceful protest"
    )
    assert acled_sub_type({"riot", "protest"}, stones, [], None, "thousands of people", stones, "protest") == (
        "Violent demonstration"
    )


def test_the_two_sides_fight_again_as_they_fought_and_on_the_day_the_offset_counts_to(ctx_of: Any) -> None:
    ctx = ctx_of("two-sides")
    lahore = events_in(ctx, "Two more died in clashes between the two sides")
    assert lahore and lahore[0].acled_event_type == "Riots", show_events(ctx)  # not a battle of armed forces
    assert lahore[0].date == date(2019, 5, 7), show_events(ctx)
    # "The clashes came a day after ... on Monday": Monday is the attack's day, the clashes are the day after
    clashes = [m for m in ctx.mentions if m.trigger.text == "clashes"]
    assert clashes and all(m.date[0] == date(2019, 5, 7) for m in clashes), [m.date for m in clashes]
    assert not [e for e in ctx.events if e.acled_sub_event_type == "Peaceful protest"], show_events(ctx)


@pytest.mark.parametrize(
    ("text", "word", "going_on"),
    [
        ("Fighting went on until the last hours before the deadline.", "Fighting", True),
        ("The siege dragged on for a week.", "siege", True),
        ("The clashes lasted three hours.", "clashes", True),
        ("Fighting went to the outskirts of the town.", "Fighting", False),
        ("Fighting broke out on Monday.", "Fighting", False),
    ],
)
def test_a_phrasal_verb_of_going_on_continues_its_subject(nlp: Any, text: str, word: str, going_on: bool) -> None:
    from sitroom.extract.occurrence import continues

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert continues(tok) is going_on


def test_arrests_reported_on_the_day_of_publication_keep_that_day(ctx_of: Any) -> None:
    ctx = ctx_of("report-day")
    arrests = [e for e in ctx.events if e.plover_mode == "arrest"]
    assert arrests and arrests[0].date == date(2023, 12, 4), show_events(ctx)
