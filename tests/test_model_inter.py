"""ACLED inter codes as one enum (issue 10, item 7): the labels ACLED prints, the bare integers in every output."""

from __future__ import annotations

import json

import pytest

from sitroom.extract.lexicons import taxonomy
from sitroom.model import AcledInter, Actor


def test_model_inter_labels_are_the_taxonomys() -> None:
    assert {str(int(i)): i.label for i in AcledInter} == taxonomy()["acled_inter"]


@pytest.mark.parametrize("code", range(1, 9))
def test_model_inter_actor_takes_an_int_and_writes_an_int(code: int) -> None:
    actor = Actor("x", "X", acled_inter=code)  # type: ignore[arg-type]  # data files give plain ints
    assert actor.acled_inter is AcledInter(code)
    record = actor.to_dict()
    assert type(record["acled_inter"]) is int
    assert json.dumps(record["acled_inter"]) == str(code)


def test_model_inter_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError):
        Actor("x", "X", acled_inter=9)  # type: ignore[arg-type]


def test_model_inter_none_stays_none() -> None:
    assert Actor("x", "X").to_dict()["acled_inter"] is None
