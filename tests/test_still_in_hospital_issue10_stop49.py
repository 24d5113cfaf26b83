"""Stop 49 of issue 10: a day told on a state that still held, in a clause joined to the act ("was critically wounded
and was still in hospital on Monday"), dates the state, not the wounding: the wounding is the attack told before,
not an event of that day. Article written for this test from wire style and English syntax; real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import MORE, PAD, acled_events, context_runner, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    "hospital": (
        "2014-06-02",
        "BRUSSELS - A gunman shot dead two customers in a cafe in central Brussels on Saturday afternoon, police"
        " said.\n\nA young waiter was critically wounded and was still in hospital on Monday." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_day_on_a_state_that_still_held_does_not_date_the_act(ctx_of: Any) -> None:
    ctx = ctx_of("hospital")
    attacks = acled_events(ctx)
    assert [str(e.date) for e in attacks] == ["2014-05-31"], show_events(ctx)
