"""Modality of event mentions, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.extract.modality import modality


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Rebels attacked the town.", "attacked", "asserted"),
        ("Rebels did not attack the town.", "attack", "negated"),
        ("Rebels will attack the town.", "attack", "future"),
        ("Rebels could attack the town.", "attack", "hypothetical"),
        ("The group threatened to attack the town.", "attack", "future"),
        ("Rebels reportedly attacked the town.", "attacked", "reported"),
        ("Officials said rebels attacked the town.", "attacked", "reported"),
        # what was averted did not happen
        ("Police averted a clash between the two groups.", "clash", "negated"),
        ("The elders avoided bloodshed by talking to both sides.", "bloodshed", "negated"),
        ("Troops prevented an attack on the depot.", "attack", "negated"),
        ("The crowd launched an attack on the depot.", "attack", "asserted"),
        # no one did it; a condition covers every verb it joins
        ("Not a single officer has been arrested.", "arrested", "negated"),
        ("No one was hurt in the blast.", "hurt", "negated"),
        ("If the police try to stop us and arrest us, there will be trouble.", "arrest", "hypothetical"),
        ("The governor instructed the police to arrest the organisers.", "arrest", "future"),
        ("The commissioner instructed the officers to watch the area and detain the organisers.", "detain", "future"),
        # an act put aside by "instead of", "rather than", "without" was not taken; "after" one was
        ("Instead of shooting the messenger, the government should work for peace.", "shooting", "negated"),
        ("The police dispersed the crowd without firing a shot.", "firing", "negated"),
        ("Rather than attacking the town, the rebels withdrew.", "attacking", "negated"),
        ("After attacking the town, the rebels withdrew.", "attacking", "asserted"),
        # an event noun after a preposition takes its verb's modality
        ("The union said its members would not take part in the strike.", "strike", "negated"),
        ("If they join the protest, the talks will fail.", "protest", "hypothetical"),
        ("Thousands took part in the protest on Monday.", "protest", "asserted"),
        # what a demand or plan is for has not happened
        ("The minister made a demand to ban the rallies.", "ban", "future"),
        ("The rebels announced a plan to attack the capital.", "attack", "future"),
        ("It is this which needs to be fought.", "fought", "future"),
        # the month is no modal verb
        ("Around 12 May, the air force conducted airstrikes near the border.", "airstrikes", "asserted"),
    ],
)
def test_modality_of_trigger(nlp: Any, text: str, trigger: str, expected: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    assert modality(tok) == expected
