"""Stop 58 of issue 10, read from set 53. Times: "the capital was quiet under a curfew on Thursday" is a state on
that day, not a day the story told something done, so a round-up's sections go back to the day of its violence.
Places: a town the text names again by its dateline's name is the dateline's town ("GEORGETOWN - ... in
Georgetown": not a namesake abroad); a section filed from one side of a front places the towns it names across it
("TEGUCIGALPA - ... bombing the port of Acajutla"); a governor "flown to La Paz" after his arrest was not arrested
there; a country whose "prime minister" the lead names, or that is "a mountain kingdom", is a place of the story,
and the country someone "fled to", whose troops came "from" it or whose "foreign ministry said" counts half: a
story filed from Johannesburg about soldiers in Maseru is Lesotho's. Articles written for these tests from wire
style, English syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # a round-up whose lead tells a quiet day after the violence; sections without a day of their own
    "quiet": (
        "2017-03-03",
        "NAIROBI, March 3 - The capital was quiet under a curfew on Friday, a day after protests over food prices"
        " turned into running battles in several towns.\n\nThe government said four police officers were killed on"
        " Thursday. Police said on Friday that dozens of people had been arrested.\n\nNAKURU - In Nakuru, crowds"
        " fought police for several hours, burning tyres and a car, residents said.\n\nKISUMU - Crowds attacked the"
        " police station in Kisumu and set vehicles on fire." + PAD + MORE,
    ),
    # a brief filed from a town the text names again
    "filed": (
        "1980-06-14",
        "GEORGETOWN, June 14 - Thomas Fulton, a historian who led an opposition party, was killed on Friday night"
        " when a bomb went off in a car in which he sat in Georgetown, the party said. His brother, who was with"
        " him, was hurt.\n\nThe party said the bomb had been hidden in a radio handed to him by a soldier, and"
        " accused the government of"
        " murder. The government denied any part in his death.\n\nHe was awaiting trial over the burning of"
        " government offices in the capital in July last year." + PAD + MORE,
    ),
    # a section filed from one side of a front
    "front": (
        "1969-07-16",
        "SAN SALVADOR, July 16 - El Salvador's army said its troops had captured the Honduran town of Nueva"
        " Ocotepeque. The war began on Monday, when Salvadoran planes bombed the airport outside Tegucigalpa and"
        " columns crossed the border near Ocotepeque.\n\nTEGUCIGALPA - Honduras said its planes struck back on"
        " Tuesday, bombing the Ilopango air base and setting fire to oil tanks at the Pacific port of Acajutla."
        " Honduran officials in Tegucigalpa denied that the town had fallen." + PAD + MORE,
    ),
    # an arrested governor flown to the capital, told before where he was detained
    "flown": (
        "2008-09-16",
        "LA PAZ, Sept 16 - Soldiers arrested the opposition governor of the northern Pando region on Tuesday and flew"
        " him to La Paz, where he will face charges over the killing of farmers, the government said.\n\nThe governor"
        " was detained in Cobija, the regional capital near the border with Brazil, where the army has enforced"
        " martial law since Friday." + PAD + MORE,
    ),
    # a story filed from a neighbour's city about soldiers in the capital of the country it is about
    "abroad": (
        "2014-08-30",
        "JOHANNESBURG, Aug 30 - Lesotho's prime minister fled to South Africa on Saturday after soldiers attacked"
        " police stations in the capital, Maseru. Radio stations in Maseru were off the air.\n\nPolice said"
        " soldiers exchanged fire with officers at the headquarters before dawn, killing one officer. South"
        " Africa's foreign ministry said the army's actions"
        " bore the hallmarks of a coup. South Africa invited the country's leaders to talks.\n\nLesotho, a mountain"
        " kingdom entirely surrounded by South Africa, has a long history of army meddling. In 1998, troops from"
        " South Africa were sent in to put down a mutiny." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_quiet_day_sets_no_day_for_the_round_ups_sections(ctx_of: Any) -> None:
    ctx = ctx_of("quiet")
    for sentence in ("crowds fought police for several hours", "Crowds attacked the police station in Kisumu"):
        riots = events_in(ctx, sentence)
        assert [str(e.date) for e in riots if e.acled_event_type] == ["2017-03-02"], show_events(ctx)


def test_the_town_a_story_is_filed_from_is_the_town_it_names_again(ctx_of: Any) -> None:
    ctx = ctx_of("filed")
    bombs = [e for e in ctx.events if e.acled_event_type == "Explosions/Remote violence"]
    assert [e.location.country for e in bombs if e.location] == ["GUY"], show_events(ctx)


def test_a_section_filed_from_one_side_places_the_towns_across_the_front(ctx_of: Any) -> None:
    ctx = ctx_of("front")
    struck = events_in(ctx, "Honduras said its planes struck back on Tuesday")
    assert [e.location.name for e in struck if e.location and e.acled_event_type] == ["Acajutla"], show_events(ctx)


def test_a_governor_flown_to_the_capital_was_arrested_where_he_was_taken_from(ctx_of: Any) -> None:
    ctx = ctx_of("flown")
    arrests = [e for e in ctx.events if e.acled_sub_event_type == "Arrests"]
    assert [e.location.name for e in arrests if e.location] == ["Cobija"], show_events(ctx)


def test_a_story_filed_from_a_neighbour_is_the_country_it_tells_of(ctx_of: Any) -> None:
    ctx = ctx_of("abroad")
    assert ctx.focus == "LSO", show_events(ctx)
    fought = [e for e in ctx.events if e.acled_event_type in ("Battles", "Violence against civilians")]
    assert fought and all(e.location and e.location.name == "Maseru" for e in fought), show_events(ctx)
