"""Stop 49 of issue 10: one person who attacks is no mob (an attack, not mob violence), and an assassin is armed; a
name of two words set off in apposition to a noun for a person ("the gunman, Kenji Matsumoto,") is a person's name,
not a town of the same name; bystanders and police who seize an attacker arrest him, they do not abduct him; hijacking
is taking people (an abduction), and where the hijacked airliner was going ("bound for Athens on Sunday") does not take
the hijacking's day; "blew up" a thing is a bombing, but "talks blew up" and "a mine blew up the truck" (the mine's
own event) are not new ones; an airline's initials in capitals ("a TWA jet") are not the Twa people. Articles written
for these tests from wire style, English syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import PAD, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # one young man stabs a politician; his name, given later in apposition, is also a Japanese town's
    "lone": (
        "1987-05-08",
        "OSAKA - A 19-year-old youth stabbed a city councillor to death at a campaign meeting in an Osaka hall on"
        " Thursday, police said. Officers said the youth, Kenji Matsumoto, had hidden a knife in his coat and told"
        " them he had acted alone." + PAD,
    ),
    # one young man and the friends the sentence names with him: still a group
    "with_friends": (
        "2019-03-05",
        "DHAKA - On 4 March 2019, a youth along with five friends assaulted and injured a shop owner in Jessore over a"
        " land dispute." + PAD,
    ),
    # bystanders and police officers together seize the attacker
    "seized": (
        "1987-05-08",
        "OSAKA - A man with a knife wounded a city councillor at a rally in Osaka on Thursday. Guests and police"
        " officers seized the attacker in the hall, and he was taken to a police station." + PAD,
    ),
    # an airliner hijacked, with where it was bound for
    "hijack": (
        "1971-06-08",
        "BEIRUT - Gunmen hijacked a Cypriot airliner bound for Athens on Sunday and made its pilot land at a desert"
        " airstrip near Mafraq, where they were still holding its 120 passengers on Monday." + PAD,
    ),
    # an airliner named by its airline's initials
    "initials": (
        "1971-06-08",
        "ATHENS - Two gunmen hijacked a TWA airliner at Athens airport on Monday and held its 90 passengers for six"
        " hours before they surrendered to police, officials said." + PAD,
    ),
    # a bridge blown up; talks that blew up; a mine that blew up a truck
    "blew_up": (
        "2003-10-07",
        "KUNDUZ - Insurgents blew up a bridge near Kunduz on Monday night, cutting the main road to the north, police"
        " said.\n\nIn Kabul, talks between rival factions in parliament blew up on Tuesday over the budget.\n\nOn"
        " Sunday, a mine blew up a truck carrying soldiers near Baghlan, killing three of them." + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_one_person_who_stabs_is_an_attacker_not_a_mob(ctx_of: Any) -> None:
    ctx = ctx_of("lone")
    stabbing = events_in(ctx, "A 19-year-old youth stabbed a city councillor")
    assert [e.acled_sub_event_type for e in stabbing if e.acled_event_type] == ["Attack"], show_events(ctx)


def test_a_name_in_apposition_to_a_person_is_a_persons_name(nlp: Any) -> None:
    from sitroom.geo.context import person_tokens

    # the model tags this name as an organisation; set off after "the youth", it is a person's
    named = person_tokens(nlp("Officers said the attacker, Otoya Yamaguchi, was 17. Yamaguchi acted alone."))
    assert {"otoya", "yamaguchi"} <= named
    # an organisation named right after a noun, with no comma, keeps its town
    assert "mombasa" not in person_tokens(nlp("The government listed the separatist Mombasa Republican Council."))


def test_one_person_with_the_friends_named_with_him_is_still_a_group(ctx_of: Any) -> None:
    ctx = ctx_of("with_friends")
    beating = events_in(ctx, "assaulted and injured a shop owner")
    assert [e.acled_sub_event_type for e in beating] == ["Mob violence"], show_events(ctx)


def test_an_assassin_is_armed_not_a_crowd() -> None:
    from sitroom.extract._codebook_words import is_crowd, one_person

    assert not is_crowd("a group of assassins")
    assert one_person("a 19 year old student") and not one_person("a crowd") and not one_person("two students")
    assert not one_person("a leader along with five accomplices")
    assert not one_person("a youth", "on monday a youth along with five friends beat a man")


def test_bystanders_and_police_who_seize_an_attacker_arrest_him(ctx_of: Any) -> None:
    ctx = ctx_of("seized")
    seized = events_in(ctx, "seized the attacker")
    assert seized, show_events(ctx)
    assert all(e.acled_sub_event_type == "Arrests" for e in seized), show_events(ctx)


def test_hijacking_is_an_abduction_on_its_own_day(ctx_of: Any) -> None:
    ctx = ctx_of("hijack")
    taken = events_in(ctx, "Gunmen hijacked a Cypriot airliner")
    assert [e.acled_sub_event_type for e in taken] == ["Abduction/forced disappearance"], show_events(ctx)
    assert [str(e.date) for e in taken] == ["1971-06-06"], show_events(ctx)


def test_an_airlines_initials_are_no_ethnic_group(ctx_of: Any) -> None:
    ctx = ctx_of("initials")
    taken = events_in(ctx, "Two gunmen hijacked a TWA airliner")
    assert taken, show_events(ctx)
    assert all("Ethnic" not in (e.actor1.name if e.actor1 else "") for e in ctx.events), show_events(ctx)


def test_blowing_up_a_bridge_is_a_bombing_and_talks_that_blow_up_are_not(ctx_of: Any) -> None:
    ctx = ctx_of("blew_up")
    bridge = events_in(ctx, "Insurgents blew up a bridge")
    assert [e.acled_event_type for e in bridge] == ["Explosions/Remote violence"], show_events(ctx)
    assert all(e.acled_event_type is None for e in events_in(ctx, "talks between rival factions")), show_events(ctx)
    truck = [e for e in events_in(ctx, "a mine blew up a truck") if e.acled_event_type is not None]
    assert len(truck) == 1, show_events(ctx)
