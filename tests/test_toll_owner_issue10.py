"""Which event a toll belongs to (issue 10: one toll, the most specific, on the right event): the act whose verb
governs the count owns it, not an event of another day told in the same sentence; people killed at a town their
sentence names, with no event there to join, are an event of their own. Articles written for these tests, real
model."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.article_cases import PAD, context_runner, show_events, violent

pytestmark = pytest.mark.slow

ARTICLES = {
    "toll-of-the-day-before": (
        "2023-07-12",
        "NAIROBI - Kenya's interior minister resigned on Tuesday as rioters hurled stones at police in"
        " Kisumu, a day after police shot dead 11 people during demonstrations against new taxes. Protest leaders"
        " said they would march again on Thursday. Schools stayed shut in the city." + PAD,
    ),
    "killed-elsewhere": (
        "2023-04-16",
        "Heavy fighting broke out in Khartoum on Saturday between Sudan's army and the paramilitary Rapid Support"
        " Forces. The army said its aircraft were striking RSF bases around the capital. Two aid workers were"
        " killed in clashes in El Fasher in North Darfur, and their agency said it was halting its operations."
        " The two generals had led the country together since a coup in 2021." + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_toll_goes_to_the_day_of_the_act_that_counts_it(ctx_of: Any) -> None:
    ctx = ctx_of("toll-of-the-day-before")
    by_day = {e.date: e for e in ctx.events if violent(e) or e.acled_event_type in ("Riots", "Protests")}
    monday, tuesday = date(2023, 7, 10), date(2023, 7, 11)
    assert monday in by_day and by_day[monday].fatalities.killed == 11, show_events(ctx)
    assert tuesday not in by_day or by_day[tuesday].fatalities.killed is None, show_events(ctx)


def test_toll_people_killed_at_a_town_no_event_is_at_are_an_event(ctx_of: Any) -> None:
    ctx = ctx_of("killed-elsewhere")
    there = [e for e in ctx.events if violent(e) and e.location is not None and e.location.name == "El Fasher"]
    assert len(there) == 1 and there[0].fatalities.killed == 2, show_events(ctx)
    assert there[0].date == date(2023, 4, 15), show_events(ctx)  # the day the article is telling of
