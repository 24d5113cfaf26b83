"""Stop 49 of issue 10: a place's name on a political party or one of its factions ("the ruling Colorado Party",
"the Colorado faction") names the party, not a place; a one-word name that the article uses as a person's surname
("the retired general Lino Oviedo ... His allies blamed Oviedo") is that person, not a town abroad; a name the model
tags as a person's that holds a word of organisations ("the Tigray People's Liberation Front") gives no person's
names, so the region stays a place; members of an armed body ("members of a secret force") are an armed side, not a
crowd. Articles written for these tests from wire style, English syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import PAD, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # a party named like a US state, a general whose surname is a Spanish city's
    "party": (
        "2001-05-12",
        "ASUNCION - Paraguay's ruling Colorado Party has been split for years between rival camps, and on Thursday"
        " the quarrel turned deadly.\n\nGunmen shot dead a senator outside his office in the capital on Thursday"
        " morning. The senator led the Colorado faction that opposed the retired general Lino Oviedo. His allies"
        " blamed Oviedo, who denied any part in the killing." + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_party_and_a_generals_surname_are_no_places(ctx_of: Any) -> None:
    ctx = ctx_of("party")
    killing = events_in(ctx, "Gunmen shot dead a senator")
    assert killing, show_events(ctx)
    assert all(e.location is not None and e.location.country == "PRY" for e in killing), show_events(ctx)


def test_a_party_named_like_a_person_leaves_its_country_a_place(nlp: Any) -> None:
    from sitroom.geo.context import person_tokens

    # the model tags the whole front's name as a person's
    doc = nlp("The Tigray People's Liberation Front said its forces had left Mekelle.")
    assert "tigray" not in person_tokens(doc)


def test_members_of_an_armed_force_are_armed_not_a_crowd() -> None:
    from sitroom.extract._codebook_words import is_crowd

    assert not is_crowd("members of a secret force")
    assert not is_crowd("members of the soviet interior ministry 's omon unit")
    assert is_crowd("members of the public") and is_crowd("members of a farmers' union")
