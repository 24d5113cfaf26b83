"""The ACLED codebook's tie-breaks (``extract.acled_rules``) and the scene of an event (antecedents, speech acts),
on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.extract.acled_rules import acled_sub_type
from sitroom.extract.events import background_triggers, demote_speech_acts, find_triggers, label_prefix
from sitroom.model import Article
from sitroom.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(
    ("kinds", "scope", "patients", "agent", "own", "expected"),
    [
        # a crowd fighting the police, or another crowd, riots: an armed clash needs two organised armed sides
        ({"clash"}, "fishermen clashed with police at the jetty.", ["police"], "Fishermen", "clash", "Mob violence"),
        ({"clash"}, "troops clashed with rebels near the river.", ["rebels"], "troops", "clash", "Armed clash"),
        ({"clash"}, "herdsmen clashed with farmers over water.", ["farmers"], "herdsmen", "clash", "Armed clash"),
        # ordinary people beating or burning, even an armed target, are a mob; an armed group's victims are civilians
        (
            {"attack"},
            "angry residents beat a thief to death.",
            ["a thief"],
            "angry residents",
            "attack",
            "Mob violence",
        ),
        (
            {"attack"},
            "students attacked a policeman at the gate.",
            ["a policeman"],
            "students",
            "attack",
            "Mob violence",
        ),
        ({"attack"}, "gunmen attacked traders on the road.", ["traders"], "gunmen", "attack", "Attack"),
        ({"attack"}, "a soldier was shot by unknown attackers.", ["a soldier"], None, "attack", "Armed clash"),
        # crude and petrol bombs thrown by a crowd are riot weapons, not explosions
        (
            {"explosive"},
            "party supporters exploded crude bombs near the office.",
            [],
            "party supporters",
            "explosive",
            "Mob violence",
        ),
        (
            {"explosive"},
            "a roadside bomb exploded under a bus.",
            [],
            None,
            "explosive",
            "Remote explosive/landmine/IED",
        ),
        # the protesters' own acts, not the word "protesters" before a grievance, make a demonstration violent
        ({"protest"}, "protesters burned tyres on the highway.", [], "protesters", "protest", "Violent demonstration"),
        ({"protest"}, "protesters demanded the release of a teacher.", [], "protesters", "protest", "Peaceful protest"),
        # a place taken in a fight, taken without one, or no place at all
        (
            {"overtake"},
            "rebels took over the town unopposed.",
            ["the town"],
            "rebels",
            "overtake",
            "Non-violent transfer of territory",
        ),
        (
            {"overtake", "clash"},
            "rebels captured the town after heavy fighting.",
            ["the town"],
            "rebels",
            "overtake",
            "Non-state actor overtakes territory",
        ),
        (
            {"regain"},
            "the army recaptured the district after days of shelling.",
            ["the district"],
            "the army",
            "regain",
            "Government regains territory",
        ),
        ({"overtake"}, "soldiers captured five fighters.", ["five fighters"], "soldiers", "overtake", "Arrests"),
        (
            {"overtake"},
            "pirates seized a fishing vessel.",
            ["a fishing vessel"],
            "pirates",
            "overtake",
            "Abduction/forced disappearance",
        ),
        (
            {"overtake"},
            "police seized a cache of rifles.",
            ["a cache of rifles"],
            "police",
            "overtake",
            "Disrupted weapons use",
        ),
    ],
)
def test_events_acled_rules_tie_breaks(
    kinds: set[str], scope: str, patients: list[str], agent: str | None, own: str, expected: str
) -> None:
    assert acled_sub_type(kinds, scope, patients, None, agent, scope, own) == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Destruction of property: a shop is burnt.", "Looting/property destruction"),
        ("Security measures: patrols are stepped up.", "Change to group/activity"),
        ("Detonation: a device is destroyed by the bomb squad.", "Disrupted weapons use"),
    ],
)
def test_events_acled_rules_coder_labels(text: str, label: str) -> None:
    assert label_prefix(text) == label


@pytest.mark.parametrize(
    ("text", "word", "role"),
    [
        ("Police arrested ten men over the killing of a trader.", "killing", "cause"),
        ("Police arrested five people after an earlier clash.", "clash", "temporal"),
        ("Hundreds marched in protest against the attacks on farmers.", "attacks", "cause"),
        ("Troops clashed with rebels near the town.", "clashed", None),
        ("Police used whips against people at the market.", "whips", None),
    ],
)
def test_events_acled_rules_background_triggers(nlp: Any, text: str, word: str, role: str | None) -> None:
    sent = next(iter(nlp(text).sents))
    triggers = find_triggers(sent)
    back = background_triggers(sent, triggers)
    found = [t for t in triggers if t.text == word]
    assert found, [t.text for t in triggers]
    assert back.get(found[0].i) == role


def test_events_acled_rules_speech_act_reports_its_event(nlp: Any) -> None:
    sent = next(iter(nlp("The army was accused of bombing a crowded market.").sents))
    triggers = find_triggers(sent)
    about = demote_speech_acts(sent, triggers)
    accuse = next(t for t in triggers if t.kind == "accuse")
    assert about[accuse.i].kind == "explosive"


@pytest.mark.parametrize(
    ("text", "acled_type", "sub"),
    [
        ("Police arrested forty people over the invasion of a farm.", "Strategic developments", "Arrests"),
        ("The army was accused of bombing herders near the border.", "Explosions/Remote violence", None),
        ("Movement of forces: officials warned of threats to hotels.", "Strategic developments", None),
        ("Angry traders clashed with police at the market.", "Riots", "Mob violence"),
    ],
)
def test_events_acled_rules_main_event(pipe: Pipeline, text: str, acled_type: str, sub: str | None) -> None:
    events = pipe.extract(Article(id="t", text=text, published=None))
    main = min(events, key=lambda e: e.salience_rank)
    assert main.acled_event_type == acled_type
    if sub is not None:
        assert main.acled_sub_event_type == sub
