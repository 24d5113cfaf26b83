"""Stop 53 of issue 10, read from set 42: a town's district "of the Peruvian capital" is a part of that city, and
"police said they expected more attacks" reports none. "Have not said who fired the fatal shots" asks about the
storming already told; "the inmates had provoked the confrontation" blames it; a town where the dead were examined
is not where they died; a dateline that names the town and its state files from the town. A saint's word opens a
longer name ("San Quentin"), and so does a Romance particle inside a name ("Villa Maria del Triunfo"). "Shells hit
the suburb" is a shelling; who denies an act and says another did it claims no new one; a group that says it
carried out "the attacks" claims those told. A lead that counts four bombs sums up the blasts a round-up tells one
by one, and a section's town whose only match is a small town abroad is no place. "A verdict is expected on Monday"
tells no day done; "ordered the crowd to halt and opened fire" fired; the ministry's "officers had been attacked with
stones" is the forces' account of the force they used; a deputy "held since Jan 5" in another town moves no scene.
Articles written for these tests from wire style, English syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, acled_events, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # a district of the capital; an expectation of attacks
    "district": (
        "1993-05-12",
        "LIMA, May 12 - A car bomb exploded outside a bank in the Barranco district of the Peruvian capital late on"
        " Tuesday, wounding six people, police said.\n\nThe rebels have set off dozens of bombs in the city this"
        " year, and police said they expected more attacks before the elections." + PAD + MORE,
    ),
    # a prison retaken: the dateline's town and state, autopsies elsewhere, a question on who fired, blame
    "prison": (
        "1980-02-04",
        "SANTA FE, New Mexico, Feb 4 - State police and National Guard troops retook the state penitentiary on"
        " Sunday afternoon after a 36-hour riot in which inmates killed at least 30 other prisoners.\n\nThe state"
        " medical investigator said on Monday, after autopsies in Albuquerque, that most of the dead had been"
        " beaten or burned. The state police have not said who fired the fatal shots.\n\nThe"
        " riot began early on Saturday, when inmates overpowered four guards in a dormitory and took them"
        " hostage.\n\nThe governor said in a statement that the inmates had provoked the confrontation." + PAD,
    ),
    # a man shot at a prison named after a saint; a district with a particle in its name
    "names": (
        "1971-09-10",
        "SACRAMENTO - Tension has been high in the state's prisons since last month, when a black activist was shot"
        " dead during an escape attempt at San Quentin prison in California on Aug 21.\n\nIn Lima, saboteurs"
        " dynamited a pylon in Villa Maria del Triunfo on Tuesday." + PAD + MORE,
    ),
    # shells told as the subject of "hit"; a counter-claim after a denial
    "shelling": (
        "2015-01-23",
        "DONETSK, Ukraine - A shell struck a trolleybus stop in the centre of Donetsk on Thursday morning, killing at"
        " least 13 people.\n\nThe attack came a day after shells hit the suburb of Horlivka, killing four people as"
        " they waited for bread.\n\nIn Kramatorsk, the army's spokesman denied that its forces were responsible and"
        " suggested that the rebels had shelled their own people to win sympathy." + PAD + MORE,
    ),
    # a lead that counts four bombs, a round-up's sections, a claim of the attacks
    "roundup": (
        "2007-06-16",
        "BANGKOK, June 16 - Four bombs exploded in Thailand's far south on Friday, killing at least"
        " seven people, police said.\n\nYALA - The first bomb went off in a market in the centre of the town in"
        " the morning, killing three people.\n\nPATTANI - A second bomb exploded outside a school an hour later,"
        " wounding two teachers.\n\nNARATHIWAT - Two bombs hidden on motorcycles went off near a tea shop in the"
        " afternoon, killing four.\n\nTHE CLAIM - A group said on a website that it had carried out the attacks." + PAD,
    ),
    # a section's town in capitals whose only match lies abroad
    "abroad": (
        "1992-10-08",
        "LONDON, Oct 8 - Two small bombs exploded in the British capital on Wednesday, wounding five people, police"
        " said.\n\nALDGATE - The first device went off in a litter bin near the station in the morning.\n\nCAMDEN"
        " - The second went off in a shop doorway in the afternoon, shattering windows." + PAD,
    ),
    # marchers fired on: a trial expected, witnesses, the ministry's account, a deputy held elsewhere
    "march": (
        "2002-03-18",
        "BISHKEK, March 18 - Police in southern Kyrgyzstan opened fire on Sunday on a column of marchers heading"
        " to a rally in Kerben to demand the release of a jailed deputy, killing four people, officials said.\n\nThe"
        " deputy has been held since Jan 5 and is on trial in the town of Toktogul, to the north. A verdict is"
        " expected on Monday.\n\nWitnesses said police ordered the column to stop and opened fire before the"
        " marchers had time to turn back. The Interior Ministry said officers had been attacked with stones and that"
        " 30 policemen were hurt." + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_district_of_the_capital_places_the_bomb_and_expected_attacks_are_none(ctx_of: Any) -> None:
    ctx = ctx_of("district")
    bombs = acled_events(ctx)
    assert len(bombs) == 1, show_events(ctx)
    assert bombs[0].location is not None and bombs[0].location.name == "Barranco", show_events(ctx)


def test_the_dateline_town_places_the_riot_not_the_town_of_the_autopsies(ctx_of: Any) -> None:
    ctx = ctx_of("prison")
    assert all(e.location is None or e.location.name != "Albuquerque" for e in ctx.events), show_events(ctx)
    # (the riot the article dates Saturday, whichever of its sentences the event's evidence is)
    riot = [e for e in ctx.events if e.acled_event_type == "Riots" and str(e.date) == "1980-02-02"]
    assert riot and riot[0].location is not None and riot[0].location.name == "Santa Fe", show_events(ctx)


def test_who_fired_the_fatal_shots_and_a_provoked_confrontation_are_no_new_events(ctx_of: Any) -> None:
    ctx = ctx_of("prison")
    assert not events_in(ctx, "have not said who fired the fatal shots"), show_events(ctx)
    assert not [e for e in events_in(ctx, "had provoked the confrontation") if e.acled_event_type], show_events(ctx)


def test_a_saints_word_and_a_particle_open_longer_names(ctx_of: Any) -> None:
    ctx = ctx_of("names")
    assert not [t for t in ctx.toponyms if t.text in ("San", "Quentin", "Villa Maria")], ctx.toponyms


def test_shells_that_hit_a_suburb_are_a_shelling(ctx_of: Any) -> None:
    ctx = ctx_of("shelling")
    horlivka = events_in(ctx, "The attack came a day after shells hit the suburb")
    assert horlivka and horlivka[0].acled_sub_event_type == "Shelling/artillery/missile attack", show_events(ctx)


def test_a_counter_claim_after_a_denial_is_no_new_shelling(ctx_of: Any) -> None:
    ctx = ctx_of("shelling")
    assert not [e for e in events_in(ctx, "denied that its forces were responsible") if e.acled_event_type], (
        show_events(ctx)
    )


def test_a_lead_that_counts_the_bombs_and_a_claim_of_the_attacks_add_no_event(ctx_of: Any) -> None:
    ctx = ctx_of("roundup")
    bombs = acled_events(ctx)
    assert len(bombs) == 3, show_events(ctx)
    assert {e.location.name for e in bombs if e.location} == {"Yala", "Pattani", "Narathiwat"}, show_events(ctx)
    assert all(e.fatalities.killed != 7 for e in bombs), show_events(ctx)


def test_a_sections_town_that_only_a_small_town_abroad_matches_is_no_place(ctx_of: Any) -> None:
    ctx = ctx_of("abroad")
    assert all(e.location is None or e.location.country == "GBR" for e in ctx.events), show_events(ctx)


def test_an_expected_verdict_tells_no_day_and_the_ministrys_account_is_the_shooting(ctx_of: Any) -> None:
    ctx = ctx_of("march")
    acts = acled_events(ctx)
    assert len(acts) == 1, show_events(ctx)
    assert str(acts[0].date) == "2002-03-17", show_events(ctx)
    assert acts[0].acled_sub_event_type == "Excessive force against protesters", show_events(ctx)
