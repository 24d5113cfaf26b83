"""The geoparser on sentences written for these tests, with the real model and the real gazetteer."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.geo import Geoparser, locate_event
from sitroom.geo.names import haversine_km
from sitroom.model import Toponym

STEPANAKERT = (39.8177, 46.7528)
LACHIN = (39.64, 46.55)


def parse(nlp: Any, gp: Geoparser, text: str) -> list[Toponym]:
    return gp.parse(nlp(text))


def find(tops: list[Toponym], text: str) -> Toponym:
    hits = [t for t in tops if t.text == text]
    assert hits, f"{text!r} not found in {[t.text for t in tops]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "mention", "country", "near", "km"),
    [
        # places the model tags as PERSON
        ("Shelling was reported near Stepanakert and Goris on Tuesday.", "Stepanakert", "AZE", STEPANAKERT, 10),
        ("Shelling was reported near Stepanakert and Goris on Tuesday.", "Goris", "ARM", (39.51, 46.34), 10),
        # a region that city lists lack, with its unit word
        ("Protesters blocked traffic along the Lachin corridor for a week.", "Lachin corridor", "AZE", LACHIN, 30),
        ("Fighting resumed in Darfur after the talks collapsed.", "Darfur", "SDN", (13.5, 24.0), 150),
        # containment and unit words
        ("Police fired tear gas at a meeting in Isiolo town.", "Isiolo town", "KEN", (0.35, 37.58), 10),
        ("Two shops burned in Feni Sadar, Chittagong, on Monday.", "Feni Sadar", "BGD", (23.01, 91.4), 25),
        ("The mayor of Gainesville, Ga., opened the new library.", "Gainesville", "USA", (34.3, -83.82), 25),
        ("The mayor of Gainesville, Fla., opened the new library.", "Gainesville", "USA", (29.65, -82.32), 25),
        # population prior without context, and coherence with the article's other places
        ("Thousands marched through Paris on Saturday.", "Paris", "FRA", (48.85, 2.35), 25),
        ("Paris and Henry County firefighters met in Tennessee to plan the drill.", "Paris", "USA", (36.3, -88.33), 40),
        ("The tariffs on China hurt farmers in Houston, Texas, the professor said.", "China", "CHN", (35.0, 105.0), 50),
        # a town that modifies the name of a site, across lowercase words, whatever the model tags it
        ("Gunmen blew open the walls of the Lokoja medium security prison.", "Lokoja", "NGA", (7.8, 6.74), 15),
        ("Gunmen attacked the Jos main market on Sunday.", "Jos", "NGA", (9.93, 8.89), 15),
        # a town reached by a verb of motion
        ("On Friday the unrest spread to Kasese and Bundibugyo.", "Kasese", "UGA", (0.18, 30.08), 15),
        ("Thousands fled to Goma as the rebels advanced.", "Goma", "COD", (-1.68, 29.23), 15),
        # a town that is what was taken or bombarded
        ("The army recaptured Kidal, a desert town, on Tuesday.", "Kidal", "MLI", (18.44, 1.41), 15),
        ("Rebels in South Sudan seized Bor, the state capital.", "Bor", "SSD", (6.21, 31.56), 15),
        # a village known only by an alternate spelling, named with its unit: the place the district is named after
        (
            "A roadside bomb hit a police vehicle in the Sayyidabad district of Wardak province on Tuesday.",
            "Sayyidabad district",
            "AFG",
            (34.0, 68.71),
            15,
        ),
        # country aliases
        ("Aid arrived from the U.S. and Britain.", "U.S.", "USA", (39.76, -98.5), 50),
        ("Aid arrived from the U.S. and Britain.", "Britain", "GBR", (54.76, -2.7), 50),
        ("Rebels advanced in eastern DRC and Ivory Coast held elections.", "DRC", "COD", (-2.5, 23.5), 50),
        ("Rebels advanced in eastern DRC and Ivory Coast held elections.", "Ivory Coast", "CIV", (8.0, -5.0), 50),
    ],
)
def test_parser_finds_and_resolves_places(
    nlp: Any, geoparser: Geoparser, text: str, mention: str, country: str, near: tuple[float, float], km: float
) -> None:
    t = find(parse(nlp, geoparser, text), mention)
    assert t.country == country
    assert t.lat is not None and t.lon is not None
    assert haversine_km(t.lat, t.lon, *near) <= km
    assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Kenyan police dispersed the crowd.", "Kenyan", "KEN"),
        ("Russian peacekeepers stayed in the region.", "Russian", "RUS"),
        ("Two Somali fishermen were rescued.", "Somali", "SOM"),
    ],
)
def test_parser_demonyms_name_their_country(
    nlp: Any, geoparser: Geoparser, text: str, mention: str, country: str
) -> None:
    t = find(parse(nlp, geoparser, text), mention)
    assert (t.country, t.feature, t.precision) == (country, "demonym", "country")


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("In May the council met again.", "May"),
        ("Jack London wrote the book in 1903.", "London"),
        ("Police said the suspect fled on foot.", "Police"),
        ("The Holiday Inn manager called the guards.", "Holiday"),
    ],
)
def test_parser_filters_false_positives(nlp: Any, geoparser: Geoparser, text: str, not_a_place: str) -> None:
    assert not_a_place not in [t.text for t in parse(nlp, geoparser, text)]


@pytest.mark.parametrize(
    ("text", "mention", "precision", "feature"),
    [
        ("Riots broke out in Isiolo town.", "Isiolo town", "point", "city"),
        ("Clashes spread across Rift Valley Province.", "Rift Valley Province", "region", "region"),
        ("Floods hit Ohio last spring.", "Ohio", "admin1", "admin1"),
        ("Sanctions on Azerbaijan were discussed.", "Azerbaijan", "country", "country"),
    ],
)
def test_parser_precision_and_feature(
    nlp: Any, geoparser: Geoparser, text: str, mention: str, precision: str, feature: str
) -> None:
    t = find(parse(nlp, geoparser, text), mention)
    assert (t.precision, t.feature) == (precision, feature)


def test_parser_event_location_of_a_karabakh_story(nlp: Any, geoparser: Geoparser) -> None:
    text = (
        "Azerbaijan launched a military operation in Nagorno-Karabakh on Tuesday. "
        "Officials in Baku said the operation targeted positions near Stepanakert. "
        "Last year, activists set up a checkpoint on the Lachin corridor."
    )
    doc = nlp(text)
    tops = geoparser.parse(doc)
    focus = geoparser.focus_country(tops)
    assert focus == "AZE"
    sents = list(doc.sents)
    first = locate_event(tops, sents[0].start_char, sents[0].end_char, None, focus)
    assert first is not None and haversine_km(first.lat, first.lon, *STEPANAKERT) < 100
    second = locate_event(tops, sents[1].start_char, sents[1].end_char, None, focus)
    assert second is not None and second.name == "Khankendi"
    third = locate_event(tops, sents[2].start_char, sents[2].end_char, None, focus)
    assert third is not None and haversine_km(third.lat, third.lon, *LACHIN) < 60
