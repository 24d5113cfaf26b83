"""A building's name is not a place (issue 10: wrong places): the first word of a mosque's, a shrine's or a school's
name that a village abroad happens to bear ("the Abu Bakr al-Siddiq mosque": Abu, a town in India) is part of the
building's name, in the entity the model reads as a facility; a well-known city that names a facility ("Kabul
airport") still places it. "The city of X" names the town, not the state called after it (Gedaref: a city and a
state of Sudan, the city's own name in GeoNames being Al Qadarif). Sentences written for these tests; real model,
real gazetteer."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.geo import Geoparser

pytestmark = pytest.mark.slow


def _names(nlp: Any, gp: Geoparser, text: str) -> dict[str, str]:
    # for_events: the reading that also takes names only the gazetteer supports, as event places are read
    return {t.text: t.name for t in gp.parse(nlp(text), for_events=True)}


def test_facility_first_word_of_a_mosque_s_name_is_no_town(nlp: Any, geoparser: Geoparser) -> None:
    found = _names(nlp, geoparser, "Police fired tear gas near the Abu Bakr al-Siddiq mosque in Mosul on Friday.")
    assert "Abu" not in found and found.get("Mosul") == "Mosul", found


def test_facility_a_city_that_names_an_airport_places_it(nlp: Any, geoparser: Geoparser) -> None:
    found = _names(nlp, geoparser, "A suicide bomber struck a crowd outside Kabul airport on Thursday.")
    assert found.get("Kabul") == "Kabul", found


def test_facility_the_city_of_a_state_s_name_is_the_city(nlp: Any, geoparser: Geoparser) -> None:
    found = {t.text: t for t in geoparser.parse(nlp("Crowds marched in the town of Gedaref on Monday."))}
    assert "Gedaref" in found and found["Gedaref"].feature == "city", found


def test_facility_a_town_the_model_tags_as_an_organisation_is_the_town(nlp: Any, geoparser: Geoparser) -> None:
    # "the town of Tal Afar", tagged ORG: the frame says it is a town, so the whole name is read, not its last word
    # (Afar, a region of Ethiopia)
    found = {t.text: t for t in geoparser.parse(nlp("Iraqi troops took control of the town of Tal Afar on Monday."))}
    assert "Tal Afar" in found and found["Tal Afar"].country == "IRQ", found
