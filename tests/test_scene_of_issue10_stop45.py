"""Stop 45 of issue 10 (rules read from the twenty-eighth set): one side's plea of self-defence refers to the force the
article reports, and its word for the crowd ("rioters") does not make a march a riot; a lead's subject that the parser
hung on the dateline is the subject; a name taken in a clause that goes on with "he" or "she" is a person's; the
capture of the one who did the violence an article tells is an arrest it codes; a doer named as taken, addressed or
speaking ("offered the kidnappers safe passage", "his kidnappers demanded") does nothing new; an organisation's "own
members" are no crowd; "spread to two other cities" sums up places told one by one; a gunman who opened fire on diners
attacked them even when a later sentence tells his fight with the police. Articles written for these tests from wire
style, English syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, acled_events, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # the police's word for the marchers in their plea
    "rioters": (
        "2014-06-04",
        "MOMBASA, June 4 - Police used tear gas to break up a march in Likoni on Tuesday, witnesses said. The"
        " regional police commander said his officers had acted in self-defence against rioters armed with clubs."
        + PAD
        + MORE,
    ),
    # the lead's subject, hung by the parser on the dateline
    "dateline": (
        "2019-03-12",
        "PERTH, Australia - A gunman who killed nine people at a shopping centre in Perth was captured on Monday"
        " morning as he left a petrol station, police said." + PAD + MORE,
    ),
    # a man seized, told as a person only by the pronouns of his clause
    "pronoun": (
        "2015-10-12",
        "NAKURU, Oct 12 - Kamande was seized by armed men outside his home in Nakuru on Saturday as he walked to"
        " church, his family said." + PAD + MORE,
    ),
    # the gunman of an article that is about a shooting, not a war
    "gunman": (
        "2019-03-12",
        "PERTH, Australia - A gunman killed nine people at a shopping centre in Perth on Monday. Police seized the"
        " gunman, Darren Hale, a 31-year-old electrician, at the scene." + PAD + MORE,
    ),
    # kidnappers named as speaking and as addressed
    "kidnappers": (
        "2015-10-12",
        "NAKURU, Oct 12 - Armed men kidnapped a businessman, Peter Mwangi, from his shop in Nakuru on Oct. 5. His"
        " kidnappers demanded a ransom of 5 million shillings on Wednesday. On Thursday, the county governor offered"
        " the kidnappers an amnesty if they freed him." + PAD + MORE,
    ),
    # a group's claim that its own members did the attack told
    "members": (
        "2016-04-20",
        "ALEXANDRIA, April 20 - Gunmen opened fire on a tourist bus in Alexandria on Tuesday, killing seven people,"
        " police said. The Revolutionary Brigades said in a statement that its members carried out the attack."
        + PAD
        + MORE,
    ),
    # a round-up's lead that counts the other cities its paragraphs tell
    "other_cities": (
        "2011-08-10",
        "Rioting spread across Manchester and to two other English cities on Tuesday night, police said.\n\nIn Salford,"
        " youths set fire to cars and threw bricks at police on Tuesday night.\n\nIn Nottingham, a crowd attacked a"
        " police station with petrol bombs on Tuesday night." + PAD + MORE,
    ),
    # a gunman who attacked diners, then fought the police through the night
    "diners": (
        "1996-05-02",
        "HOBART, May 2 - The shooting began at about noon on Tuesday at a cafe in Launceston. The man took a rifle"
        " from a bag and opened fire on diners, killing six of them. Police later surrounded a farmhouse where he"
        " was hiding, and the gunman fired on them through the night." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_the_word_of_a_plea_does_not_make_a_march_a_riot(ctx_of: Any) -> None:
    ctx = ctx_of("rioters")
    assert [e.acled_sub_event_type for e in acled_events(ctx)] == ["Protest with intervention"], show_events(ctx)


def test_a_lead_subject_hung_on_the_dateline_is_the_one_captured(ctx_of: Any) -> None:
    ctx = ctx_of("dateline")
    subs = [e.acled_sub_event_type for e in acled_events(ctx)]
    assert "Arrests" in subs, show_events(ctx)
    assert not {"Non-state actor overtakes territory", "Government regains territory"} & set(subs), show_events(ctx)


def test_a_name_taken_in_a_clause_going_on_with_he_is_a_person(ctx_of: Any) -> None:
    ctx = ctx_of("pronoun")
    assert [e.acled_sub_event_type for e in acled_events(ctx)] == ["Abduction/forced disappearance"], show_events(ctx)


def test_the_gunman_seized_is_arrested_and_fights_no_battle(ctx_of: Any) -> None:
    ctx = ctx_of("gunman")
    seized = events_in(ctx, "Police seized the gunman")
    assert [e.acled_sub_event_type for e in seized] == ["Arrests"], show_events(ctx)
    assert not [e for e in acled_events(ctx) if e.acled_event_type == "Battles"], show_events(ctx)


def test_kidnappers_who_speak_or_are_addressed_kidnap_no_one_new(ctx_of: Any) -> None:
    ctx = ctx_of("kidnappers")
    taken = [e for e in acled_events(ctx) if e.acled_sub_event_type == "Abduction/forced disappearance"]
    assert [str(e.date) for e in taken] == ["2015-10-05"], show_events(ctx)


def test_an_organisations_own_members_are_no_crowd(ctx_of: Any) -> None:
    ctx = ctx_of("members")
    assert [e.acled_sub_event_type for e in acled_events(ctx)] == ["Attack"], show_events(ctx)


def test_a_lead_counting_other_cities_sums_up_the_paragraphs(ctx_of: Any) -> None:
    ctx = ctx_of("other_cities")
    assert not events_in(ctx, "Rioting spread across Manchester"), show_events(ctx)
    assert len(acled_events(ctx)) == 2, show_events(ctx)


def test_diners_fired_on_were_attacked_though_police_fought_him_later(ctx_of: Any) -> None:
    ctx = ctx_of("diners")
    cafe = [e for e in acled_events(ctx) if str(e.date) == "1996-04-30"]
    assert [e.acled_sub_event_type for e in cafe] == ["Attack"], show_events(ctx)
