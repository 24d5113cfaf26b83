"""Police news that reports no act of force: closures, demands, threats and link lists (issue 10).

A whole article about a strike tells of shops that stayed shut, of a leader who says the army should take over and
of an official who warns that road-blockers would be arrested. None of these is an act a coder would code: shops
closed by their owners are no coercion, a demand or a threat names an act that has not happened (PLOVER REQUEST or
THREATEN, with no ACLED type of violence or arrest), and a web page's list of "related stories" repeats other
articles' headlines. The police firing the article reports is still an event of the police. The article is
invented wire copy about a real town of the GeoNames gazetteer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sitroom.pipeline import Context
from tests.article_cases import context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES: dict[str, tuple[str, str]] = {
    "strike-day": (
        "2024-06-12",
        "Police opened fire on a crowd that was stoning vehicles in Kisumu on Tuesday, injuring three people, "
        "officials said. "
        "Most shops and schools in the town remained closed during the strike called by the opposition. "
        "An opposition leader said the army should take over the district to restore order. "
        "The regional commissioner warned that anyone who blocked the roads would be arrested. "
        "Related stories: two killed as police clash with traders in Nakuru; opposition calls new strike. "
        "The strike is expected to continue on Wednesday.",
    ),
    "firing-day": (
        "2024-06-13",
        "A young man was killed in police firing in Kisumu on Wednesday, witnesses said. "
        "A woman was burnt alive in her house in Kisumu on the same night. "
        "The town was calm on Thursday.",
    ),
    "youth-shot": (
        "2024-06-15",
        "Police shot dead a youth in Kisumu on Tuesday, residents said. The town was calm on Wednesday.",
    ),
    "burnt-night": (
        "2024-06-14",
        "A woman was burnt alive in her house in Kisumu on Tuesday night, police said. The town was calm on Wednesday.",
    ),
}
FORCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


@pytest.fixture(scope="module")
def run(nlp: Any, geoparser: Any) -> Callable[[str], Context]:
    return context_runner(nlp, geoparser, ARTICLES)


def test_police_firing_is_an_event_of_the_police_issue10(run: Callable[[str], Context]) -> None:
    ctx = run("strike-day")
    found = events_in(ctx, "Police opened fire on a crowd that was stoning vehicles in Kisumu on Tuesday")
    assert any(e.actor1 is not None and e.actor1.acled_inter == 1 for e in found), show_events(ctx)


def test_shops_closed_for_a_strike_are_no_coercion_issue10(run: Callable[[str], Context]) -> None:
    ctx = run("strike-day")
    found = events_in(ctx, "Most shops and schools in the town remained closed during the strike")
    assert all(e.plover_event != "COERCE" for e in found), show_events(ctx)


@pytest.mark.parametrize(
    "sentence",
    [
        "An opposition leader said the army should take over the district to restore order.",
        "The regional commissioner warned that anyone who blocked the roads would be arrested.",
    ],
)
def test_demanded_or_threatened_force_has_no_acled_type_issue10(run: Callable[[str], Context], sentence: str) -> None:
    ctx = run("strike-day")
    for e in events_in(ctx, sentence):
        assert e.acled_event_type not in FORCE and e.acled_sub_event_type != "Arrests", show_events(ctx)


def test_related_stories_are_not_this_article_issue10(run: Callable[[str], Context]) -> None:
    ctx = run("strike-day")
    assert not [e for e in ctx.events if "Nakuru" in e.evidence.sentence], show_events(ctx)


def test_killed_in_police_firing_is_killed_by_the_police_issue10(run: Callable[[str], Context]) -> None:
    """ "killed in police firing": the police fired (the parser may read "firing" as describing "police")."""
    ctx = run("firing-day")
    found = events_in(ctx, "A young man was killed in police firing in Kisumu on Wednesday")
    assert any(e.actor1 is not None and e.actor1.acled_inter == 1 for e in found), show_events(ctx)


def test_burnt_alive_is_harm_not_property_destruction_issue10(run: Callable[[str], Context]) -> None:
    ctx = run("burnt-night")
    assert ctx.events, show_events(ctx)
    assert all(e.acled_sub_event_type != "Looting/property destruction" for e in ctx.events), show_events(ctx)


def test_victim_of_violence_against_civilians_is_a_civilian_issue10(run: Callable[[str], Context]) -> None:
    """ACLED's violence against civilians targets civilians: "a youth" shot dead by police is no rioter."""
    ctx = run("youth-shot")
    found = [e for e in events_in(ctx, "Police shot dead a youth in Kisumu on Tuesday") if e.actor2 is not None]
    assert found, show_events(ctx)
    assert all(e.actor2.acled_inter == 7 for e in found if e.acled_event_type == "Violence against civilians"), (
        show_events(ctx)
    )
