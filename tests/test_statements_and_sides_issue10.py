"""Issue 10: who did it and what it was, in short briefs and in articles (stop 26). The sentences are written for
these tests from the ACLED codebook (2023), PLOVER and English syntax, not from any dataset record:

- a statement about a definite event told before ("condemned the killings") is a verbal event, not a second
  killing by the speaker;
- hundreds or thousands killed or fled, in the present perfect with no time of its own, sum up a period (no event);
- a state's officials who report shelling without naming who fired report what was done to their side: the scene's
  forces of that state did not fire it, the other state's did;
- "the paramilitary force" names the armed group told before, not the state's army;
- ACLED's "Attack" is violence against civilians: an attack whose other side, in its other reports, is an armed
  force is a battle; the wider war named in another sentence ("since the war began") does not make it one.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.article_cases import context_runner, events_in, show_events

PAD = (
    " Officials did not give further details. The town lies on the main road to the coast. Local radio carried the"
    " news. Rainfall has been below average this season."
)

CASES = {
    # a brief of four sentences: read as a note
    "condemned": (
        "2024-03-08",
        "At least 30 villagers were killed by gunmen in the village of Kamba on Tuesday, the regional governor said. "
        "The governor said the attackers arrived on motorbikes and set fire to houses. "
        "The head of the UN mission condemned the killings and called for an investigation. "
        "The rebel group denied any involvement.",
    ),
    "hundreds": (
        "2024-03-08",
        "Gunmen shot dead the mayor of the town of Kamba on Tuesday, officials said. "
        "The army blamed the rebels for the killing. "
        "Local doctors say hundreds of people have been killed in the region, and thousands have fled to the "
        "capital.",
    ),
    "shelling": (
        "2020-09-28",
        "Heavy fighting broke out between Azerbaijani forces and ethnic Armenian troops in Nagorno-Karabakh on "
        "Sunday. "
        "Armenia declared martial law after accusing Azerbaijan of launching air and artillery attacks. "
        "The ethnic Armenian authorities said shells had landed in Stepanakert and that 16 of their servicemen had "
        "been killed. " + PAD,
    ),
    "paramilitary": (
        "2023-06-15",
        "Sudan's army blamed the Rapid Support Forces for the killing of a provincial governor in El Geneina on "
        "Wednesday. "
        "The paramilitary force denied involvement. " + PAD,
    ),
    "denied": (
        "2020-10-18",
        "A missile strike on a residential area of the city of Ganja early on Saturday killed at least 13 civilians, "
        "officials said. "
        "Armenia's defence ministry denied that its forces had fired on the city." + PAD,
    ),
    "battle": (
        "2023-11-09",
        "Azerbaijan launched a military operation against separatist forces in Nagorno-Karabakh on Tuesday. "
        "The campaign has resulted in a death toll of at least 200, officials said. " + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, CASES)


def test_a_statement_about_killings_told_before_is_no_second_killing(ctx: Any) -> None:
    c = ctx("condemned")
    said = events_in(c, "The head of the UN mission condemned the killings")
    assert said, show_events(c)
    assert all(e.acled_event_type is None for e in said), show_events(c)
    assert "ACCUSE" in {e.plover_event for e in said}, show_events(c)
    attack = events_in(c, "At least 30 villagers were killed by gunmen")
    assert [e.acled_sub_event_type for e in attack] == ["Attack"], show_events(c)


def test_hundreds_killed_or_fled_over_a_period_is_no_event(ctx: Any) -> None:
    c = ctx("hundreds")
    assert not events_in(c, "Local doctors say hundreds of people have been killed"), show_events(c)
    assert any(t.killed == 100 or "hundreds" in t.text for t in c.tolls), c.tolls
    assert [e.fatalities.killed for e in events_in(c, "Gunmen shot dead the mayor")] == [1], show_events(c)


def test_a_side_reporting_shells_that_hit_it_did_not_fire_them(ctx: Any) -> None:
    c = ctx("shelling")
    shells = events_in(c, "shells had landed in Stepanakert")
    assert [e.acled_sub_event_type for e in shells] == ["Shelling/artillery/missile attack"], show_events(c)
    assert shells[0].actor1 is not None and shells[0].actor1.country == "AZE", show_events(c)


def test_the_paramilitary_force_is_the_group_named_before(ctx: Any) -> None:
    c = ctx("paramilitary")
    denial = events_in(c, "The paramilitary force denied involvement")
    assert denial and all(e.actor1 is not None and e.actor1.name.startswith("RSF") for e in denial), show_events(c)


def test_an_operation_against_armed_forces_is_a_battle(ctx: Any) -> None:
    c = ctx("battle")
    operation = events_in(c, "Azerbaijan launched a military operation")
    assert operation, show_events(c)
    assert {e.acled_sub_event_type for e in operation} <= {"Armed clash"}, show_events(c)


def test_an_act_a_speaker_denies_is_no_event(ctx: Any) -> None:
    """ "denied that its forces had fired on the city": the speaker says it did not happen (a denial, PLOVER
    REJECT); the strike the article reports is told elsewhere."""
    c = ctx("denied")
    denied = [e for e in events_in(c, "denied that its forces had fired on the city") if e.acled_event_type]
    assert not denied, show_events(c)
    strike = [e for e in events_in(c, "A missile strike on a residential area") if e.acled_event_type]
    assert strike, show_events(c)
