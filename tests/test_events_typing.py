"""Event triggers and their ACLED/PLOVER typing, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.extract.events import acled_sub_type, classify, find_triggers, label_prefix


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rebels attacked the village at dawn.", "attack"),
        ("Hundreds of teachers marched to the ministry.", "protest"),
        ("A roadside bomb exploded near the convoy.", "explosive"),
        ("The two sides signed a ceasefire agreement.", "agree"),
        ("Police arrested twelve suspects.", "arrest"),
        ("Gunmen kidnapped three aid workers.", "abduct"),
        ("Army troops clashed with militants near the border.", "clash"),
    ],
)
def test_events_trigger_kind(nlp: Any, text: str, kind: str) -> None:
    kinds = {t.kind for s in nlp(text).sents for t in find_triggers(s)}
    assert kind in kinds


def test_events_riot_police_is_not_a_riot(nlp: Any) -> None:
    kinds = {t.kind for s in nlp("Riot police stood by the gate.").sents for t in find_triggers(s)}
    assert "riot" not in kinds


@pytest.mark.parametrize(
    ("kinds", "scope", "patients", "agent", "expected"),
    [
        ({"protest"}, "traders marched through the town.", [], None, "Peaceful protest"),
        (
            {"protest"},
            "traders marched; police fired tear gas to disperse them.",
            [],
            None,
            "Protest with intervention",
        ),
        (
            {"protest"},
            "students protested and police shot dead two of them.",
            [],
            None,
            "Excessive force against protesters",
        ),
        ({"protest"}, "youths protested, burning tyres and blocking roads.", [], None, "Violent demonstration"),
        ({"protest"}, "residents protested against the arrest of a local leader.", [], None, "Peaceful protest"),
        ({"riot"}, "a mob lynched a suspected thief.", [], None, "Mob violence"),
        ({"attack"}, "gunmen attacked farmers in their fields.", ["farmers"], "gunmen", "Attack"),
        ({"attack"}, "militants attacked a police post.", ["a police post"], "militants", "Armed clash"),
        ({"attack", "explosive"}, "a bomb exploded and killed two.", [], None, "Remote explosive/landmine/IED"),
        ({"explosive"}, "police found an unexploded bomb near the school.", [], None, "Disrupted weapons use"),
        ({"shell"}, "artillery shells hit the market.", [], None, "Shelling/artillery/missile attack"),
        ({"arrest"}, "police arrested five suspects.", [], None, "Arrests"),
        ({"clash"}, "supporters of two rival parties clashed at the market.", [], "supporters", "Mob violence"),
    ],
)
def test_events_acled_tie_breaks(
    kinds: set[str], scope: str, patients: list[str], agent: str | None, expected: str
) -> None:
    assert acled_sub_type(kinds, scope, patients, None, agent) == expected


@pytest.mark.parametrize(
    ("kind", "sub", "plover", "acled_type", "non_acled"),
    [
        ("attack", "Attack", "ASSAULT", "Violence against civilians", None),
        ("protest", "Peaceful protest", "PROTEST", "Protests", None),
        ("arrest", "Arrests", "COERCE", "Strategic developments", None),
        ("accuse", None, "ACCUSE", None, None),
        ("disaster", None, "AID", None, "Natural disaster"),
        ("consult", None, "CONSULT", None, "Diplomatic event"),
    ],
)
def test_events_classify_maps_taxonomies(
    kind: str, sub: str | None, plover: str, acled_type: str | None, non_acled: str | None
) -> None:
    t = classify(kind, sub)
    assert (t.plover, t.acled_type, t.non_acled) == (plover, acled_type, non_acled)
    assert t.cameo is not None and 1 <= int(t.cameo) <= 20


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Arrests: police detain a man.", "Arrests"),
        ("Movement of forces: troops move north.", "Change to group/activity"),
        ("Rebels attack: a town.", None),
    ],
)
def test_events_label_prefix(text: str, label: str | None) -> None:
    assert label_prefix(text) == label
