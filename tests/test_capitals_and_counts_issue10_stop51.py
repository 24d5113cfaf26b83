"""Stop 51 of issue 10, read from set 39: a name the text calls "the capital" right after it is, of its namesakes, the
one that is a country's capital; "N days earlier, on <weekday>" is the weekday the count reaches back to, not the one
nearest the report; a vote to join air strikes tells no strike; a demonstration told "in other cities" sums up the
ones told by name; a country's name on a body ("Scotland Yard said") is not the place; a count of demonstrators is a
count of people, not of events; a title held over a town ("the Emir of Katsina") does not place what is done to its
holder; troops "pulling out of the compound" leave no territory. Articles written for these tests from wire style,
English syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # a capital that shares its name with a bigger town elsewhere; a count back to a named weekday
    "capital": (
        "1989-12-22",
        "LONDON - Britain sent two warships to the South Atlantic on Thursday.\n\nArmed men came ashore near"
        " Stanley, the capital, before dawn on Monday and attacked a police post, officials said.\n\nIn Buenos"
        " Aires, crowds filled the main square on Monday. Three days earlier, on Friday, police had used tear gas"
        " to break up a march by dockworkers in the same square." + PAD,
    ),
    # a vote to join strikes; vigils in unnamed cities; a police body named after a country
    "vote": (
        "2015-11-15",
        "PARIS - Thousands of people marched through Lyon on Saturday in memory of the victims of Friday's attacks,"
        " police said. Smaller vigils were held in other cities.\n\nParliament voted this month to join air strikes"
        " against the group in Syria.\n\nIn London, about 2,000 people marched to the French embassy on Saturday."
        " Scotland Yard said that 40 of them had been arrested during the march." + PAD + MORE,
    ),
    # a title held over another town
    "title": (
        "1975-07-30",
        "KANO, Nigeria - Soldiers attacked the palace of the regional governor in Kano before dawn on Tuesday,"
        " witnesses said.\n\nThe governor, who also held the title of Emir of Katsina, was killed, and several of his"
        " guards were wounded." + PAD + MORE,
    ),
    # troops leaving a compound
    "compound": (
        "2024-12-04",
        "MALE, Maldives - Soldiers surrounded the parliament building on Tuesday night after the president declared"
        " a state of emergency, and lawmakers were kept out for several hours. Troops began pulling out of the"
        " compound shortly before dawn, officials said." + PAD + MORE,
    ),
    # a thousand demonstrators who pulled down barriers
    "count": (
        "2004-03-21",
        "TAIPEI - Supporters of the opposition protested outside courthouses in several cities on Saturday night."
        "\n\nIn Taichung, about 1,000 demonstrators pulled down barbed-wire barriers and pushed their way into the"
        " court building." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_the_capital_named_is_the_capital_of_its_namesakes(ctx_of: Any) -> None:
    ctx = ctx_of("capital")
    raid = events_in(ctx, "Armed men came ashore near Stanley")
    assert raid and raid[0].location is not None and raid[0].location.lat < -40, show_events(ctx)


def test_days_earlier_on_a_weekday_counts_back_from_the_story(ctx_of: Any) -> None:
    ctx = ctx_of("capital")
    march = events_in(ctx, "Three days earlier, on Friday")
    assert march and str(march[0].date) == "1989-12-15", show_events(ctx)


def test_a_vote_to_join_strikes_and_vigils_elsewhere_are_no_events(ctx_of: Any) -> None:
    ctx = ctx_of("vote")
    assert not [e for e in ctx.events if e.acled_sub_event_type == "Air/drone strike"], show_events(ctx)
    assert not events_in(ctx, "Smaller vigils were held in other cities"), show_events(ctx)


def test_a_body_named_after_a_country_is_not_the_place(ctx_of: Any) -> None:
    ctx = ctx_of("vote")
    assert all(e.location is None or e.location.name != "Scotland" for e in ctx.events), show_events(ctx)


def test_a_count_of_demonstrators_is_no_count_of_events(ctx_of: Any) -> None:
    ctx = ctx_of("count")
    taichung = events_in(ctx, "about 1,000 demonstrators pulled down")
    assert taichung and taichung[0].location is not None and taichung[0].location.name == "Taichung", show_events(ctx)


def test_a_title_held_over_a_town_does_not_place_the_killing(ctx_of: Any) -> None:
    ctx = ctx_of("title")
    assert all(e.location is None or e.location.name != "Katsina" for e in ctx.events), show_events(ctx)


def test_troops_pulling_out_of_a_compound_leave_no_territory(ctx_of: Any) -> None:
    ctx = ctx_of("compound")
    assert not [e for e in ctx.events if e.acled_sub_event_type == "Non-violent transfer of territory"], show_events(
        ctx
    )
