"""Place names that reach English by transliteration (issue 10: wrong places, places missed in other wars): a town
the gazetteer spells otherwise ("Tajoura" for Tajura, "Tarhouna" for Tarhuna) is found by its spelling key, but
only in the country the article names and is about; an English name is never read as a misspelt town. Sentences
written for these tests; real model, real gazetteer."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.geo import Geoparser
from sitroom.geo.names import haversine_km, spelling_key
from tests.article_cases import PAD, context_runner, events_in, show_events
from tests.test_geo_relative_issue10 import places

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("tajoura", "tajurah"),  # vowels written two ways, a final h
        ("shashemene", "shashamane"),
        ("dzhalal abad", "jalal abad"),  # Russian "dzh", English "j"; a word break
        ("gharyan", "gharian"),
        ("qunduz", "kunduz"),
        ("misrata", "misratah"),
    ],
)
def test_spelling_transliterations_share_a_key(a: str, b: str) -> None:
    assert spelling_key(a) is not None and spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize("name", ["gao", "ghouta", "bahai", "s.e. paris", "marie"])
def test_spelling_short_or_abbreviated_names_have_no_key(name: str) -> None:
    # fewer than five letters or three consonants: a key shared by too many names; an abbreviation is no spelling
    assert spelling_key(name) is None


@pytest.mark.parametrize(("a", "b"), [("tajoura", "tagiura"), ("kandahar", "kunduz"), ("misrata", "masirah")])
def test_spelling_different_names_keep_different_keys(a: str, b: str) -> None:
    assert spelling_key(a) != spelling_key(b)


def test_spelling_variant_found_in_the_named_country(nlp: Any, geoparser: Geoparser) -> None:
    found = places(nlp, geoparser, "Fighting broke out in Tajoura, east of Tripoli, Libya's capital, on Tuesday.")
    t = found["Tajoura"]
    assert t.country == "LBY" and t.lat is not None and t.lon is not None
    assert haversine_km(t.lat, t.lon, 32.88, 13.35) < 10


def test_spelling_variant_tagged_as_an_organisation_is_placed_by_its_syntax(nlp: Any, geoparser: Geoparser) -> None:
    # the model reads "Tarhouna" here as an organisation; "In X and Y," makes it a place, spelt Tarhuna
    text = "In Zawiya and Tarhouna, crowds set fire to hotels, shops and cars, residents of Libya's capital said."
    t = places(nlp, geoparser, text).get("Tarhouna")
    assert t is not None and t.country == "LBY" and t.name == "Tarhuna", t


def test_spelling_variant_needs_its_country_named(nlp: Any, geoparser: Geoparser) -> None:
    # nothing in the text says Libya: a name known only by another spelling is no place
    assert "Tajoura" not in places(nlp, geoparser, "Fighting broke out in Tajoura on Tuesday, residents said.")


def test_spelling_variant_must_lie_in_the_article_s_country(nlp: Any, geoparser: Geoparser) -> None:
    # the article is about Burkina Faso (named twice) and names Japan once: a Japanese town spelt alike is not it
    text = (
        "Burkinabe soldiers searched the forests around Koutougou on Sunday after an ambush in Burkina Faso's Soum"
        " province, a week after a visit by Japan's ambassador."
    )
    t = places(nlp, geoparser, text).get("Koutougou")
    assert t is None or t.country == "BFA", t


def test_spelling_english_names_are_not_transliterations(nlp: Any, geoparser: Geoparser) -> None:
    # "Lindenwald" is no spelling of Lindenwold: names of Latin-script countries are written one way
    found = places(nlp, geoparser, "Firefighters were called to a house in Lindenwald, New Jersey, on Sunday.")
    assert "Lindenwald" not in found or found["Lindenwald"].name != "Lindenwold"


ARTICLES = {
    "listed-burning": (
        "2019-06-05",
        "In Zawiya and Tarhouna, crowds set fire to hotels, shops and cars on Tuesday, residents said. The unrest in"
        " Libya followed the killing of a militia commander. Shops stayed shut in the capital." + PAD,
    ),
    "site-in-town": (
        "2021-05-11",
        "In Kandahar, gunmen set fire to a girls' school on Sunday, residents said. Security forces on Monday arrested"
        " 12 men after a gunfight at the Kabul headquarters of a militia, police said. The militia denied any role."
        + PAD,
    ),
    "dateline-read-as-a-name": (
        "2025-03-05",
        "JUBA - South Sudan's security forces detained the petroleum minister on Wednesday, after a militia overran"
        " an army garrison in the country's northeast, his party said. The White Army took control of the army base"
        " in the town of Nasir in Upper Nile state on Tuesday, an army spokesman said. He gave no casualty figures."
        + PAD,
    ),
    "village-in-county": (
        "2015-03-31",
        "Three suspected carjackers were lynched by a mob in the village of Kamwelu, Meru County, on Monday, police"
        " said." + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Geoparser) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_spelling_burning_in_two_listed_towns_is_two_events(ctx_of: Any) -> None:
    # ACLED codes one event per location: crowds burning property in two towns are two events
    ctx = ctx_of("listed-burning")
    evs = events_in(ctx, "crowds set fire to hotels")
    names = sorted(e.location.name for e in evs if e.location is not None)
    assert len(evs) == 2 and names == ["Tarhuna", "Zawiya"], show_events(ctx)


def test_spelling_unknown_village_keeps_its_division_s_name(ctx_of: Any) -> None:
    # a village the gazetteer lacks, kept at its county's centre, lies in that county: admin1 is Meru, not the
    # village's own name
    ctx = ctx_of("village-in-county")
    loc = events_in(ctx, "lynched by a mob")[0].location
    assert loc is not None and (loc.name, loc.admin1) == ("Kamwelu", "Meru"), loc


def test_spelling_a_town_naming_the_site_is_the_event_s_place(ctx_of: Any) -> None:
    # "at the Kabul headquarters of a militia": the site lies in Kabul, where the arrests were made, not in the
    # town the sentence before named
    ctx = ctx_of("site-in-town")
    evs = [e for e in events_in(ctx, "arrested 12 men") if e.acled_sub_event_type == "Arrests"]
    assert evs and evs[0].location is not None and evs[0].location.name == "Kabul", show_events(ctx)


def test_spelling_a_dateline_the_model_reads_as_a_name_is_still_the_city(ctx_of: Any) -> None:
    # the model reads "JUBA - South Sudan's" as one person's name: the dateline's city is no part of a name, and
    # the arrest its lead tells without another place is there
    ctx = ctx_of("dateline-read-as-a-name")
    arrests = [e for e in events_in(ctx, "detained the petroleum minister") if e.acled_sub_event_type == "Arrests"]
    assert arrests and arrests[0].location is not None and arrests[0].location.name == "Juba", show_events(ctx)
