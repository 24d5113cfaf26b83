"""Event location and focus country over hand-made toponym lists (no model, no gazetteer needed)."""

from __future__ import annotations

import pytest

from sitroom.geo import focus_country, locate_event
from sitroom.model import Toponym


def top(start: int, name: str, country: str, precision: str, score: float = 0.6, feature: str = "city") -> Toponym:
    coords = {
        "Isiolo": (0.35, 37.58),
        "Kenya": (1.0, 38.0),
        "Nairobi": (-1.28, 36.82),
        "Mombasa": (-4.05, 39.67),
        "Kisumu": (-0.1, 34.75),
        "Somalia": (6.0, 48.0),
        "Rift Valley": (0.5, 36.0),
    }
    lat, lon = coords[name]
    return Toponym(
        start,
        start + len(name),
        name,
        name,
        lat,
        lon,
        country=country,
        precision=precision,
        feature=feature,
        score=score,
    )


@pytest.mark.parametrize(
    ("toponyms", "sent", "trigger", "expected"),
    [
        # the most specific place of the sentence wins over the country it names
        ([top(0, "Kenya", "KEN", "country"), top(20, "Isiolo", "KEN", "point")], (0, 50), None, "Isiolo"),
        # "in Mombasa" (salience 1.0) beats "Kisumu highway" (a modifier, 0.3)
        ([top(5, "Kisumu", "KEN", "point", 0.3), top(40, "Mombasa", "KEN", "point", 1.0)], (0, 60), None, "Mombasa"),
        # places outside the sentence are ignored when the sentence has one
        ([top(0, "Nairobi", "KEN", "point"), top(100, "Rift Valley", "KEN", "region")], (90, 140), None, "Rift Valley"),
        # without a place in the sentence: the nearby text, then the article
        ([top(0, "Nairobi", "KEN", "point"), top(10, "Kenya", "KEN", "country")], (200, 260), None, "Nairobi"),
        # nearer the trigger wins between two equally good places
        ([top(0, "Nairobi", "KEN", "point"), top(50, "Mombasa", "KEN", "point")], (0, 80), 55, "Mombasa"),
        # a place of another country gives way to the focus country's place
        ([top(0, "Somalia", "SOM", "country"), top(30, "Isiolo", "KEN", "point", 0.3)], (0, 50), None, "Isiolo"),
    ],
)
def test_locate_event_picks_the_event_place(
    toponyms: list[Toponym], sent: tuple[int, int], trigger: int | None, expected: str
) -> None:
    loc = locate_event(toponyms, sent[0], sent[1], trigger, focus_country(toponyms))
    assert loc is not None
    assert loc.name == expected


@pytest.mark.parametrize(
    ("toponyms", "expected"),
    [
        ([], None),
        (
            [top(0, "Kenya", "KEN", "country"), top(9, "Somalia", "SOM", "country"), top(20, "Isiolo", "KEN", "point")],
            "KEN",
        ),
        ([top(0, "Somalia", "SOM", "country", feature="demonym"), top(9, "Nairobi", "KEN", "point")], "KEN"),
    ],
)
def test_locate_focus_country_is_the_most_named(toponyms: list[Toponym], expected: str | None) -> None:
    assert focus_country(toponyms) == expected


def test_locate_event_none_without_places() -> None:
    demonym = top(0, "Kenya", "KEN", "country", feature="demonym")
    assert locate_event([], 0, 10, None, None) is None
    assert locate_event([demonym], 0, 10, None, "KEN") is None


def test_locate_event_keeps_the_precision() -> None:
    loc = locate_event([top(0, "Rift Valley", "KEN", "region")], 0, 20, None, "KEN")
    assert loc is not None
    assert (loc.precision, loc.country) == ("region", "KEN")


def test_a_town_that_opens_the_next_sentence_does_not_place_a_sentence_without_one() -> None:
    # "... rallied outside parliament on Tuesday. In Kisumu, hundreds marched": Kisumu is the next sentence's scene
    text = (
        "Police said on Monday that calm had returned to Nairobi after a week of protests over the budget, which"
        " the opposition says will raise the price of bread, fuel and school fees for millions of families. "
        "Thousands rallied outside parliament on Tuesday. In Kisumu, hundreds marched to the governor's office."
    )
    nairobi = text.index("Nairobi")
    sent_start = text.index("Thousands")
    sent_end = text.index(" In Kisumu") + 1
    kisumu = text.index("Kisumu")
    toponyms = [top(nairobi, "Nairobi", "KEN", "point", 1.0), top(kisumu, "Kisumu", "KEN", "point", 1.0)]
    loc = locate_event(toponyms, sent_start, sent_end, text.index("rallied"), "KEN", text)
    assert loc is not None and loc.name == "Nairobi"
