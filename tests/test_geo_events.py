"""Event location over whole articles: container phrases, coder's location lines, weak names, division seats.

Sentences are written for these tests; the hand-made toponym lists need neither the model nor the gazetteer.
"""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.geo import Geoparser, locate_event
from sitroom.geo.names import haversine_km
from sitroom.model import Toponym

PLACES = {
    "Nairobi": (-1.29, 36.82, "KEN", "Nairobi", "point"),
    "Lucky": (48.5, 19.0, "SVK", "Banska Bystrica", "point"),  # a namesake abroad
    "Garissa": (-0.45, 39.65, "KEN", "Garissa", "admin1"),
    "Liboi": (0.35, 40.87, "KEN", "Garissa", "point"),
    "Somalia": (6.0, 48.0, "SOM", None, "country"),
    "Mombasa": (-4.05, 39.67, "KEN", "Mombasa", "point"),
    "Kenya": (1.0, 38.0, "KEN", None, "country"),
}


def tops(text: str, *names: str, score: float = 0.6) -> list[Toponym]:
    out = []
    at = 0
    for name in names:
        start = text.index(name, at)
        lat, lon, country, admin1, precision = PLACES[name]
        out.append(
            Toponym(start, start + len(name), name, name, lat, lon, None, country, admin1, precision, score=score)
        )
        at = start + len(name)
    return out


def where(text: str, toponyms: list[Toponym], trigger: str) -> str:
    loc = locate_event(toponyms, 0, len(text), text.index(trigger), None, text)
    assert loc is not None
    return loc.name


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a district the gazetteer only knows abroad stands for the city that contains it
        ("Police shot a robber in the Lucky Town area of Nairobi on Monday.", ("Lucky", "Nairobi"), "Nairobi"),
        ("Police shot a robber in Lucky, Nairobi on Monday.", ("Lucky", "Nairobi"), "Nairobi"),
        # far from the county seat but inside the county: the town stays
        ("A bomb hit a truck in Liboi, Garissa County.", ("Liboi", "Garissa"), "Liboi"),
    ],
)
def test_locate_event_container_stands_for_a_far_namesake(text: str, names: tuple[str, ...], expected: str) -> None:
    assert where(text, tops(text, *names), "shot" if "shot" in text else "hit") == expected


def test_locate_event_country_of_a_destination_gives_way() -> None:
    text = "Police held ten men travelling to Somalia. The arrests were made in Mombasa."
    toponyms = tops(text, "Somalia", score=0.5) + tops(text, "Mombasa", score=1.0)
    loc = locate_event(toponyms, 0, text.index(".") + 1, text.index("held"), "KEN", text)
    assert loc is not None and loc.name == "Mombasa"


@pytest.mark.parametrize(
    "text",
    [
        "Four were killed by bandits overnight. LOCATION: Liboi town, Garissa county",
        "Four were killed by bandits overnight. Location: near Liboi (Garissa).",
    ],
)
def test_locate_event_reads_a_coders_location_line(text: str) -> None:
    toponyms = tops(text, "Liboi", "Garissa")
    loc = locate_event(toponyms, 0, text.index(".") + 1, text.index("killed"), "KEN", text)
    assert loc is not None and loc.name == "Liboi"


@pytest.mark.parametrize(
    ("text", "mention", "near"),
    [
        # names the model tags as persons or misses, known to the gazetteer as towns
        ("In Rusape, angry residents barricaded roads with stones.", "Rusape", (-18.53, 32.13)),
        ("Traders protested outside the governorate of Kebili on Monday.", "Kebili", (33.7, 8.97)),
        # a name written as one word ("El Wak")
        ("Bandits raided a borehole near Elwak at dawn.", "Elwak", (2.81, 40.93)),
    ],
)
def test_geo_events_parse_for_events_adds_weak_names(
    nlp: Any, geoparser: Geoparser, text: str, mention: str, near: tuple[float, float]
) -> None:
    found = [t for t in geoparser.parse(nlp(text), for_events=True) if t.text == mention]
    assert found, f"{mention!r} not found"
    t = found[0]
    assert t.lat is not None and t.lon is not None
    assert haversine_km(t.lat, t.lon, *near) < 25


def test_geo_events_a_division_stands_at_its_capital(nlp: Any, geoparser: Geoparser) -> None:
    doc = nlp("Herders clashed with police in Turkana on Sunday.")
    (plain,) = [t for t in geoparser.parse(doc) if t.text == "Turkana"]
    (event,) = [t for t in geoparser.parse(doc, for_events=True) if t.text == "Turkana"]
    assert plain.precision == event.precision == "admin1"
    assert event.lat is not None and event.lon is not None
    assert haversine_km(event.lat, event.lon, 3.12, 35.6) < 15  # Lodwar, the county's capital
