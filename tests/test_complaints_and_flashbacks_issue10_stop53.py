"""Stop 53 of issue 10, read from set 44: a government that "lodged a strong protest" or "protested against the use
of its territory" complained, it held no demonstration; soldiers who "marched back into" a town moved, they did not
protest, and what they retook is the event. Two acts the text dates by a day it set two weeks before the story's day
("on June 20, when ... mutineers opened fire") are not the story's night of shooting, and a relative clause's earlier
day ("a cousin who was beaten to death at the same spot on Sunday") does not move the story off the day its sentence
told first. Articles written for these tests from wire style, English syntax and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, acled_events, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # two governments' complaints after a riot
    "complaints": (
        "1955-09-08",
        "ISTANBUL, Sept 8 - Crowds smashed and burned hundreds of Greek shops in Istanbul on Tuesday night, police"
        " said.\n\nThe Greek government lodged a strong protest with Ankara on Wednesday. The Cypriot government"
        " protested against the use of its airfields by foreign troops." + PAD + MORE,
    ),
    # troops march back into a town they retake; a flashback to the day it was lost
    "retaken": (
        "1967-07-04",
        "ADEN, July 4 - British soldiers marched back into the Crater district after dark on Monday, retaking the town"
        " that mutinous police had held for two weeks.\n\nThere was scattered shooting through the night, the army"
        " said.\n\nThe district was abandoned to the nationalists on June 20, when the armed police mutinied. In"
        " Crater, policemen ambushed British patrols from their barracks." + PAD,
    ),
    # a relative clause's earlier day after the sentence's own
    "funeral": (
        "1996-08-15",
        "DERYNEIA, Cyprus, Aug 15 - A man was shot dead on Wednesday as he climbed a flagpole in the buffer zone,"
        " hours after the funeral of a cousin who was beaten to death at the same spot on Sunday.\n\nHe was hit by"
        " several bullets fired from the other side of the line as he neared the top of the pole, peacekeepers"
        " said." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_governments_that_protest_complain_and_hold_no_demonstration(ctx_of: Any) -> None:
    ctx = ctx_of("complaints")
    assert not [e for e in acled_events(ctx) if e.acled_event_type == "Protests"], show_events(ctx)


def test_soldiers_who_march_into_a_town_retake_it(ctx_of: Any) -> None:
    ctx = ctx_of("retaken")
    lead = events_in(ctx, "British soldiers marched back into the Crater district")
    assert lead and lead[0].acled_sub_event_type == "Government regains territory", show_events(ctx)


def test_acts_dated_two_weeks_before_the_storys_night_are_their_own_event(ctx_of: Any) -> None:
    ctx = ctx_of("retaken")
    ambush = [e for e in acled_events(ctx) if str(e.date) == "1967-06-20"]
    assert len(ambush) == 1, show_events(ctx)


def test_a_relative_clauses_earlier_day_leaves_the_story_on_its_sentences_day(ctx_of: Any) -> None:
    ctx = ctx_of("funeral")
    hit = [m for m in ctx.mentions if "He was hit by several bullets" in m.sent_text]
    assert hit and all(str(m.date[0]) == "1996-08-14" for m in hit), [(m.trigger.text, m.date) for m in hit]
