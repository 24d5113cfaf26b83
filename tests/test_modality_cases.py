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
    ],
)
def test_modality_of_trigger(nlp: Any, text: str, trigger: str, expected: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    assert modality(tok) == expected
