"""Stop 50 of issue 10, third part (rules read from set 36): a round-up whose last item is a fight between football
fans is no sports report, so its marches elsewhere are demonstrations (a paragraph with no word of sport tells no
play); a round-up's section runs from its dateline to the next one, and a sentence in it that names the section's
town ("through the Malian capital") is placed there, not in the country the article names most; "will not be
blackmailed by petrol bombs" names violence as pressure, no bombing; youths of two communities who fight with stones
and bottles are a crowd (a riot), not identity militias. Articles written for these tests from wire style, English
syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import PAD, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    "roundup": (
        "2021-06-13",
        "Anger over prices and old rivalries brought crowds out in three West African capitals on Saturday. A round-up"
        " of the day:\n\nNIAMEY - Students threw stones at police outside the university in Niamey on Saturday"
        " afternoon, and police fired tear gas, witnesses said. Police detained 15 students.\n\nThe president, speaking"
        " in Zinder on Sunday, said he would not be blackmailed by petrol bombs.\n\nBAMAKO - Several thousand people"
        " marched peacefully through the Malian capital, demanding lower fuel prices.\n\nA smaller march was held in"
        " Segou the same afternoon.\n\nOUAGADOUGOU - Eight people were injured when Mossi and Fulani youths fought with"
        " stones and bottles outside the stadium after a football match late on Saturday, police said. Fans of both"
        " clubs were detained." + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_marches_in_a_round_up_with_a_football_brawl_are_demonstrations(ctx_of: Any) -> None:
    ctx = ctx_of("roundup")
    march = events_in(ctx, "Several thousand people marched peacefully")
    assert len(march) == 1 and march[0].acled_event_type == "Protests", show_events(ctx)
    smaller = events_in(ctx, "A smaller march was held in Segou")
    assert len(smaller) == 1 and smaller[0].acled_event_type == "Protests", show_events(ctx)


def test_a_sections_own_town_places_its_events(ctx_of: Any) -> None:
    ctx = ctx_of("roundup")
    march = events_in(ctx, "Several thousand people marched peacefully")
    assert march and march[0].location is not None and march[0].location.country == "MLI", show_events(ctx)
    assert march[0].location.name == "Bamako", march[0].location


def test_blackmailed_by_petrol_bombs_is_no_bombing(ctx_of: Any) -> None:
    ctx = ctx_of("roundup")
    assert not events_in(ctx, "blackmailed by petrol bombs"), show_events(ctx)


def test_youths_of_two_communities_fighting_with_stones_riot(ctx_of: Any) -> None:
    ctx = ctx_of("roundup")
    brawl = events_in(ctx, "Eight people were injured when Mossi and Fulani youths")
    assert len(brawl) == 1 and brawl[0].acled_event_type == "Riots", show_events(ctx)


def test_a_weapon_named_as_pressure_is_no_weapon_used(nlp: Any) -> None:
    from sitroom.extract.senses import other_sense

    doc = nlp("The minister said he would not be blackmailed by petrol bombs.")
    bombs = next(t for t in doc if t.lower_ == "bombs")
    assert other_sense(bombs, "explosive", "bombs")
    doc = nlp("Two guards were wounded by petrol bombs.")
    assert not other_sense(next(t for t in doc if t.lower_ == "bombs"), "explosive", "bombs")
