"""A coder's note that states the figure it codes gives its event that figure (issue 11: Gaza notes count the day's
deaths across a town and then say how many are coded to this event). Notes written for this test."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitroom.model import Article
from sitroom.pipeline import Pipeline

pytestmark = pytest.mark.slow

NOTES = {
    "coded": (
        "On 5 May 2024, an Israeli air strike hit a house in Rafah, killing members of one family. Health officials "
        "said 14 people were killed across Rafah that day. 6 fatalities coded to this event.",
        6,
    ),
    "coded-zero": (
        "On 6 May 2024, Israeli forces shelled open land east of Khan Younis. Hamas said 3 of its fighters were "
        "killed; the claimed deaths were coded as 0.",
        0,
    ),
    "plain": ("On 7 May 2024, an Israeli drone strike killed 2 people in a car in Deir al-Balah.", 2),
}


@pytest.mark.parametrize("key", sorted(NOTES))
def test_note_tolls_coded_figure_is_the_events(nlp: Any, geoparser: Any, key: str) -> None:
    text, killed = NOTES[key]
    pipe = Pipeline(nlp=nlp, geoparser=geoparser)
    [(_, events)] = list(pipe.run_many([Article(key, text, date(2024, 5, 8))]))
    main = min(events, key=lambda e: e.salience_rank)
    assert (main.fatalities.killed or 0) == killed, [(e.acled_sub_event_type, e.fatalities) for e in events]
