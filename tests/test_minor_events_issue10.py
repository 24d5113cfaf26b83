"""Issue 10, stop 46: a coder codes an article's main events and leaves out what it tells in passing after them. An
attack with no one killed or hurt, or a change of a group's activity, ranked after the article's first two events,
is dropped (``extract.rank.MINOR``); the same told among the first two is kept. Violence or a demonstration of more
than a month before the report, told as background, is history (``extract.rank.HISTORY``), unless it is the
article's main event. Articles written for these tests from wire style and the ACLED codebook; real model."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.extract.rank import HISTORY, MINOR
from tests.article_cases import MORE, PAD, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # two main events with tolls, then an attack with no harm and a deployment told in passing
    "passing": (
        "2016-05-03",
        "MAIDUGURI, Nigeria, May 3 - Suicide bombers killed 14 people at a market in Maiduguri on Monday, police"
        " said. Hours later, gunmen killed six farmers in a village near Konduga. Soldiers set up roadblocks around"
        " the city on Monday night. Last year the group attacked the town of Bama." + PAD + MORE,
    ),
    # an attack with no harm told, leading the article
    "lead": (
        "2016-05-03",
        "KANO, Nigeria, May 3 - Gunmen attacked a bus carrying passengers near Kano on Monday night, police said."
        " The attackers fled before soldiers arrived." + PAD + MORE,
    ),
    # a bombing of two years before, recalled
    "history": (
        "2016-05-03",
        "KANO, Nigeria, May 3 - Gunmen killed four traders at a market in Kano on Monday, police said. In January"
        " 2014, a car bomb killed 25 people at a bus station in the city." + PAD + MORE,
    ),
    # a late report: the article's main event is weeks old
    "late": (
        "2016-05-03",
        "KANO, Nigeria, May 3 - Gunmen killed four traders at a market in Kano on March 2, police said on Tuesday,"
        " two months after the attack." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_an_attack_without_harm_told_in_passing_is_dropped(ctx_of: Any) -> None:
    ctx = ctx_of("passing")
    assert not events_in(ctx, "Last year the group attacked the town of Bama"), show_events(ctx)
    minor = [m for m in ctx.mentions if m.reason == MINOR]
    assert minor, [(m.trigger.text, m.decision, m.reason) for m in ctx.mentions]


def test_a_change_of_activity_told_in_passing_is_dropped(ctx_of: Any) -> None:
    ctx = ctx_of("passing")
    assert not events_in(ctx, "Soldiers set up roadblocks around the city"), show_events(ctx)


def test_the_main_events_are_kept_and_ranked_from_zero(ctx_of: Any) -> None:
    ctx = ctx_of("passing")
    assert [e.salience_rank for e in ctx.events] == list(range(len(ctx.events))), show_events(ctx)
    assert events_in(ctx, "Suicide bombers killed 14 people") and events_in(ctx, "gunmen killed six farmers")


def test_an_attack_without_harm_that_leads_is_kept(ctx_of: Any) -> None:
    ctx = ctx_of("lead")
    kinds = [e.acled_sub_event_type for e in events_in(ctx, "Gunmen attacked a bus carrying passengers")]
    assert kinds == ["Attack"], show_events(ctx)


def test_violence_of_years_before_told_as_background_is_history(ctx_of: Any) -> None:
    ctx = ctx_of("history")
    assert not events_in(ctx, "a car bomb killed 25 people"), show_events(ctx)
    assert [m for m in ctx.mentions if m.reason == HISTORY], [(m.trigger.text, m.reason) for m in ctx.mentions]
    assert events_in(ctx, "Gunmen killed four traders"), show_events(ctx)


def test_an_old_main_event_is_still_the_articles_report(ctx_of: Any) -> None:
    ctx = ctx_of("late")
    assert events_in(ctx, "Gunmen killed four traders at a market in Kano on March 2"), show_events(ctx)
