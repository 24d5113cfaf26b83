"""Issue 10: sites, feelings about an event and places told in the head's own sentence (stop 28). The sentences are
written for these tests from the ACLED codebook (2023) and English syntax, not from any dataset record:

- a town named as the modifier of a site ("the Lokoja medium security prison", "the Jos main market") or reached by
  a verb of motion ("the unrest spread to Kasese", "fled to Goma") is a place, whatever entity the model tags;
- "she was shocked by the attacks": what a verb of feeling is about, as what a verb of judgement takes, refers to an
  event told elsewhere and is no event of its own;
- the place the event's own sentence names is not replaced by one a later mention only inherited from the dateline.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import context_runner, events_in, show_events

PAD = (
    " Officials did not give further details. Local radio carried the news. Rainfall has been below average this"
    " season. The town lies on the main road to the coast."
)

CASES = {
    "poll": (
        "2021-05-04",
        "KOLKATA - Police fired tear gas at stone-throwing protesters in Asansol on Sunday as violence after the state "
        "election spread, officials said. "
        "On Monday, a party office in Tehatta, in neighbouring Nadia district, was set on fire, and the homes of "
        "several local leaders were attacked, local media reported. "
        "The governor condemned the attacks. "
        "The chief minister said on Tuesday she was shocked by the attacks." + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, CASES)


def test_what_a_feeling_is_about_is_no_event(ctx: Any) -> None:
    c = ctx("poll")
    assert not [e for e in events_in(c, "she was shocked by the attacks") if e.acled_event_type], show_events(c)
    told = [e for e in c.events if any("she was shocked by the attacks" in m.sentence for m in e.mentions)]
    assert [e.acled_sub_event_type for e in told] == ["Attack"], show_events(c)
    assert str(told[0].date) == "2021-05-03", show_events(c)


def test_the_place_of_the_heads_sentence_stands(ctx: Any) -> None:
    c = ctx("poll")
    fire = [e for e in events_in(c, "a party office in Tehatta") if e.acled_event_type]
    assert len(fire) == 1, show_events(c)
    assert fire[0].location is not None and fire[0].location.precision == "admin2", show_events(c)
    assert fire[0].location.admin1 == "West Bengal", show_events(c)
