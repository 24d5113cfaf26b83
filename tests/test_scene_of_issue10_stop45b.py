"""Stop 45 of issue 10, second part (rules read from the twenty-ninth set): a dateline's town is the big city or the
capital an agency files from, not a small namesake in a state the story names elsewhere; a name written with an age
in apposition ("Medina, 50, had received threats") is a person's, no place; explosions that sank a boat and drowned a
man are no accident unless the text gives an accident's cause; soldiers who "died fighting fascism" fought no battle;
the dead of "a riot in which 40 people were killed" are the riot's, not an attack of their own. Articles written for
these tests from wire style, English syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, acled_events, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # a dateline's capital in a story that names a state where a small namesake lies
    "dateline": (
        "1968-04-06",
        "WASHINGTON, April 6 - Troops patrolled the streets of the capital on Saturday after a second night of"
        " looting, officials said.\n\nCHICAGO - Rioters burned stores on the West Side on Friday, and the governor"
        " called out the Illinois National Guard." + PAD + MORE,
    ),
    # a surname that is also a town of the country, written with the man's age
    "aged": (
        "2003-05-12",
        "BOGOTA, May 12 - Carlos Medina, a union leader, was shot dead outside his home in Bogota on Sunday, police"
        " said.\n\nMedina, 50, had received death threats, his family said." + PAD + MORE,
    ),
    # explosions that sank a boat, a man drowned, no cause of an accident told
    "sank": (
        "1999-03-04",
        "DAKAR, March 4 - Two explosions sank a fishing boat at its mooring in Dakar harbour late on Wednesday,"
        " killing one crewman. A second man drowned when he went back below deck." + PAD + MORE,
    ),
    # soldiers remembered as having died fighting an idea
    "ideology": (
        "2007-05-10",
        "RIGA, May 10 - Veterans laid flowers at the memorial in Riga on Wednesday. The foreign ministry said the"
        " memorial honoured soldiers who died fighting fascism." + PAD + MORE,
    ),
    # the dead of a riot told in a clause on the riot
    "riot_dead": (
        "2009-07-07",
        "KASHGAR, July 7 - Police fired tear gas at a crowd in Kashgar on Tuesday, two days after a riot in which"
        " the government says 40 people were killed." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_datelines_town_is_the_capital_not_a_namesake_in_a_state_named(ctx_of: Any) -> None:
    ctx = ctx_of("dateline")
    lead = [t for t in ctx.toponyms if t.text == "WASHINGTON"]
    assert lead and all(abs(t.lat - 38.9) < 0.2 and abs(t.lon + 77.0) < 0.2 for t in lead), [
        (t.text, t.name, t.lat, t.lon) for t in lead
    ]


def test_a_name_with_an_age_in_apposition_is_no_place(ctx_of: Any) -> None:
    ctx = ctx_of("aged")
    assert not [t for t in ctx.toponyms if t.text == "Medina"], [(t.text, t.name) for t in ctx.toponyms]


def test_explosions_that_sank_a_boat_are_no_accident(ctx_of: Any) -> None:
    ctx = ctx_of("sank")
    kinds = [(e.acled_event_type, e.non_acled_type) for e in events_in(ctx, "Two explosions sank a fishing boat")]
    assert kinds == [("Explosions/Remote violence", None)], show_events(ctx)


def test_soldiers_who_died_fighting_an_idea_fought_no_battle(ctx_of: Any) -> None:
    ctx = ctx_of("ideology")
    assert not [e for e in acled_events(ctx) if e.acled_event_type == "Battles"], show_events(ctx)


def test_the_dead_of_a_riot_told_in_its_clause_are_the_riots(ctx_of: Any) -> None:
    ctx = ctx_of("riot_dead")
    assert not [e for e in acled_events(ctx) if e.acled_sub_event_type == "Attack"], show_events(ctx)
