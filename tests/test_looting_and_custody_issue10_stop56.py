"""Stop 56 of issue 10, read from set 49. "The looting began on Tuesday" and "looting went on" tell looting that
happened (the model lemmatizes the noun as "looting", which no list held), but "when the looting starts" tells none;
"a crowd of several thousand marching on the town hall", tagged a noun, is a demonstration; patrols that "intercepted
their cars" disrupted no weapon; troops that "took over the security of the border" took no ground; a group that "has
robbed banks, seized arms and carried out kidnappings" has a record, no event. Bombs "in X and Y" are one event per
town, and a hotel's name read as a town abroad is none of them. A man named, "detained ... and shot dead that night",
is one killing with one dead; "had burned houses and killed villagers" is an attack on civilians; tanks destroyed are
a fight's losses; a death "by an electric shock" is no attack; a prison opened in a town just taken is part of the
taking. "National Guard planes bombed and strafed" is an air strike even when the parser hangs the verb on the noun
after it; the years of a relative clause ("who had lived there for 30 years") do not make the sentence history. "Tan
Son Nhut airport" does not place an event in the village of Tan Son, nor "SAIGON, Nov 2" in the town of Nov; the
dateline's city is the article's main place when another is named as often. Soldiers who "stripped shops" looted
them; "took over the town of Pando" places the taking in Pando, however often the sentence names the capital. Coup
troops that "seized the radio station" regained no territory (but "recaptured the radio station" did); a day's
shelling told after the next day's is an event of its own. Articles written for these tests from wire style, English
syntax and the ACLED codebook; real model."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from sitroom.extract.coref import _same_unit
from tests.article_cases import MORE, PAD, acled_events, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # looting told by a noun with a verb of happening; a saying of what happens whenever looting starts
    "looting": (
        "1993-01-30",
        "LUBUMBASHI, Jan 30 - Unpaid soldiers went on the rampage in Lubumbashi for a third day on Saturday.\n\nThe"
        " looting began on Thursday, when troops at the airport barracks refused new banknotes.\n\nLooting went on in"
        " the suburbs on Friday, residents said. A general warned that when the looting starts, the killing starts."
        + PAD
        + MORE,
    ),
    # a crowd marching, tagged a noun, met with tear gas
    "marching": (
        "2011-01-12",
        "TUNIS, Jan 12 - Police in Kasserine fired tear gas on Wednesday to break up a crowd of about two thousand"
        " marching on the town hall, witnesses said.\n\nThe government said calm had returned." + PAD + MORE,
    ),
    # patrols that intercepted cars; troops that took over the security of a border; a group's record
    "record": (
        "1971-03-10",
        "MONTEVIDEO, March 10 - Police patrols intercepted two cars of guerrillas on the coast road on Tuesday and"
        " arrested five men after a chase.\n\nThe navy took over the security of the port on Wednesday.\n\nThe"
        " group, founded a decade ago, has robbed banks, seized weapons and carried out kidnappings." + PAD + MORE,
    ),
    # bombs in two towns of the country, and hotels named after towns abroad
    "bombs": (
        "1956-06-05",
        "NICOSIA, June 5 - Bombs exploded at police stations in Famagusta and Larnaca early on Tuesday, wounding two"
        " constables.\n\nOther devices went off at the Savoy and Palermo hotels in Nicosia, police said." + PAD + MORE,
    ),
    # a man named, detained and shot dead; houses burned and villagers killed
    "custody": (
        "1965-10-04",
        "JAKARTA, Oct 4 - The army said on Monday it had crushed the plot.\n\nMajor Anwar Sudibyo, the commander of"
        " the palace guard, was detained at army headquarters on Saturday afternoon and shot dead that night.\n\nIn"
        " the hills of Central Java, residents said armed men had burned houses and killed villagers on Sunday."
        + PAD
        + MORE,
    ),
    # tanks destroyed in a fight; a death by an electric shock
    "tanks": (
        "1970-09-19",
        "BEIRUT, Sept 19 - Artillery pounded guerrilla positions in Irbid on Saturday, residents said.\n\nThe"
        " guerrillas' radio said its fighters had destroyed twenty tanks.\n\nIn Amman, a worker was killed by an"
        " electric shock while repairing a power line on Saturday." + PAD + MORE,
    ),
    # a prison opened in a town just taken
    "prison": (
        "2004-02-20",
        "PORT-AU-PRINCE, Feb 20 - Rebels captured Hinche on Thursday, residents said.\n\nThe police fled after a"
        " short gunfight, and the rebels opened the town's jail and freed the prisoners." + PAD + MORE,
    ),
    # planes that bombed and strafed, parsed as modifiers; years in a relative clause
    "planes": (
        "1932-01-25",
        "SAN SALVADOR, Jan 25 - Government troops retook the town of Juayua on Monday.\n\nAir force planes bombed"
        " and machine-gunned rebel positions in the town on Sunday, and soldiers entered it at dawn.\n\nA landowner,"
        " who had farmed there for 30 years, was killed by the rebels." + PAD + MORE,
    ),
    # an airport's name that begins with a village's; a month in a dateline; the dateline's city named as often as
    # another
    "airport": (
        "1963-11-03",
        "SAIGON, Nov 3 - Troops guarded the road near Tan Son Nhut airport on Sunday.\n\nAfter dark on Saturday,"
        " armoured units attacked the barracks of the palace guard with tanks.\n\nIn Hue, students marched on"
        " Friday. Saigon was quiet on Sunday morning, and Hue was calm too." + PAD + MORE,
    ),
    # coup troops that seized buildings; troops that recaptured one
    "coup": (
        "1981-08-02",
        "BANJUL, Aug 2 - Troops loyal to the plotters seized the radio station and the police headquarters on"
        " Thursday, the government said.\n\nOn Saturday, troops sent by Senegal recaptured the airport." + PAD + MORE,
    ),
    # the next day's shelling told first, then the first day's
    "second": (
        "1970-09-18",
        "BEIRUT, Sept 18 - Tanks and artillery shelled guerrilla positions in Amman for a second day on Friday.\n\nThe"
        " offensive began at dawn on Thursday. Army artillery also shelled the Wahdat refugee camp." + PAD + MORE,
    ),
    # premises stripped, and an officer stripped of his rank
    "stripped": (
        "1993-01-30",
        "LUBUMBASHI, Jan 30 - Soldiers stripped shops and warehouses in the city centre on Friday, residents said."
        "\n\nA colonel was stripped of his rank on Saturday." + PAD + MORE,
    ),
    # the West African regional force, named by its acronym
    "ecomog": (
        "1999-01-08",
        "CONAKRY, Jan 8 - ECOMOG Alpha Jets bombed rebel positions in the eastern districts of Freetown on Thursday,"
        " residents said." + PAD + MORE,
    ),
    # a town taken, told in a sentence that names the capital twice more
    "pando": (
        "1970-10-09",
        "MONTEVIDEO, Oct 9 - Guerrillas took over the town of Pando, 20 miles from the capital, on Thursday before"
        " driving back to Montevideo, police said.\n\nOvernight, police searched houses across Montevideo. Montevideo"
        " was calm on Friday, and shops in Montevideo opened." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_looting_that_began_or_went_on_happened(ctx_of: Any) -> None:
    ctx = ctx_of("looting")
    began = events_in(ctx, "The looting began on Thursday")
    assert began and str(began[0].date) == "1993-01-28", show_events(ctx)
    # (the looting that went on is the same looting, going on: reported, not a noun naming a thing)
    went = [m for m in ctx.mentions if m.trigger.text == "Looting"]
    assert went and went[0].decision != "dropped", [(m.trigger.text, m.decision, m.reason) for m in ctx.mentions]
    warned = events_in(ctx, "when the looting starts, the killing starts")
    assert not [e for e in warned if e.acled_event_type is not None], show_events(ctx)


def test_a_crowd_marching_tagged_a_noun_is_a_demonstration(ctx_of: Any) -> None:
    ctx = ctx_of("marching")
    crowd = [e for e in acled_events(ctx) if e.acled_event_type in ("Protests", "Riots")]
    assert [e.acled_sub_event_type for e in crowd] == ["Protest with intervention"], show_events(ctx)


def test_cars_intercepted_security_taken_over_and_a_groups_record_are_no_such_events(ctx_of: Any) -> None:
    ctx = ctx_of("record")
    subs = [e.acled_sub_event_type for e in acled_events(ctx)]
    assert "Disrupted weapons use" not in subs, show_events(ctx)
    assert not [s for s in subs if s and "territory" in s], show_events(ctx)
    assert not events_in(ctx, "has robbed banks, seized weapons and carried out kidnappings"), show_events(ctx)
    assert "Arrests" in subs, show_events(ctx)


def test_bombs_in_two_towns_are_two_events_and_hotels_are_no_towns(ctx_of: Any) -> None:
    ctx = ctx_of("bombs")
    towns = sorted(e.location.name for e in events_in(ctx, "Bombs exploded at police stations") if e.location)
    assert towns == ["Famagusta", "Larnaca"], show_events(ctx)
    hotels = events_in(ctx, "Other devices went off at the Savoy and Palermo hotels")
    assert [e.location.name for e in hotels if e.location] == ["Nicosia"], show_events(ctx)


def test_a_man_detained_and_shot_dead_is_one_killing(ctx_of: Any) -> None:
    ctx = ctx_of("custody")
    guard = events_in(ctx, "was detained at army headquarters on Saturday afternoon")
    assert [e.acled_sub_event_type for e in guard] == ["Attack"], show_events(ctx)
    assert guard[0].fatalities.killed == 1, show_events(ctx)


def test_houses_burned_and_villagers_killed_is_an_attack(ctx_of: Any) -> None:
    ctx = ctx_of("custody")
    hills = events_in(ctx, "armed men had burned houses and killed villagers")
    assert [e.acled_event_type for e in hills] == ["Violence against civilians"], show_events(ctx)


def test_tanks_destroyed_are_no_property_destruction_and_an_electric_shock_no_attack(ctx_of: Any) -> None:
    ctx = ctx_of("tanks")
    assert not [e for e in acled_events(ctx) if e.acled_sub_event_type == "Looting/property destruction"], show_events(
        ctx
    )
    assert not events_in(ctx, "killed by an electric shock"), show_events(ctx)
    assert events_in(ctx, "Artillery pounded guerrilla positions in Irbid"), show_events(ctx)


def test_a_prison_opened_in_a_town_just_taken_is_part_of_the_taking(ctx_of: Any) -> None:
    ctx = ctx_of("prison")
    assert len(acled_events(ctx)) == 1, show_events(ctx)
    assert acled_events(ctx)[0].acled_event_type == "Battles", show_events(ctx)


def test_planes_that_bombed_are_an_air_strike_whatever_the_parse(ctx_of: Any) -> None:
    ctx = ctx_of("planes")
    bombed = events_in(ctx, "Air force planes bombed")
    assert [e.acled_sub_event_type for e in bombed] == ["Air/drone strike"], show_events(ctx)
    assert str(bombed[0].date) == "1932-01-24", show_events(ctx)


def test_years_of_a_relative_clause_do_not_make_a_killing_history(ctx_of: Any) -> None:
    ctx = ctx_of("planes")
    killed = [m for m in ctx.mentions if m.trigger.text == "killed"]
    assert killed and killed[0].decision != "dropped", [(m.trigger.text, m.decision, m.reason) for m in ctx.mentions]


def test_an_airport_a_month_and_a_tie_do_not_place_the_palace_attack_elsewhere(ctx_of: Any) -> None:
    ctx = ctx_of("airport")
    names = {t.text for t in ctx.toponyms}
    assert "Nov" not in names, names
    attacked = events_in(ctx, "armoured units attacked the barracks")
    assert attacked and attacked[0].location is not None, show_events(ctx)
    assert attacked[0].location.name == "Ho Chi Minh City", show_events(ctx)


def test_coup_troops_that_seized_buildings_regained_no_territory(ctx_of: Any) -> None:
    ctx = ctx_of("coup")
    seized = events_in(ctx, "seized the radio station and the police headquarters")
    assert seized and all(e.acled_event_type == "Strategic developments" for e in seized), show_events(ctx)
    retook = events_in(ctx, "recaptured the airport")
    assert [e.acled_sub_event_type for e in retook] == ["Government regains territory"], show_events(ctx)


def test_the_first_days_shelling_told_after_the_seconds_is_its_own_event(ctx_of: Any) -> None:
    ctx = ctx_of("second")
    days = sorted(str(e.date) for e in acled_events(ctx))
    assert days == ["1970-09-17", "1970-09-18"], show_events(ctx)
    # the unit of one actor pair, place and day: a mention with no time of its own, told after the story moved to
    # the day before, is not the later day's event however alike
    head = next(m for m in ctx.mentions if m.own_time and str(m.date[0]) == "1970-09-18")
    thursday = (date(1970, 9, 17), "day", "on Thursday")
    told = replace(head, own_time=False, date=thursday, date_anchor="narrative", sentence=head.sentence + 2)
    assert not _same_unit(told, head)
    assert _same_unit(replace(told, date=head.date), head)


@pytest.mark.parametrize(
    ("text", "name", "elsewhere"),
    [
        ("Troops guarded the road near Tan Son Nhut airport on Sunday.", "Tan Son", True),
        ("Troops guarded the road near Kabul International Airport on Sunday.", "Kabul", False),
        ("Students of the Bungoma High School protested on Monday.", "Bungoma", False),
    ],
)
def test_a_name_matched_in_part_before_a_sites_noun_names_the_site(text: str, name: str, elsewhere: bool) -> None:
    from sitroom.geo.locate import not_the_place
    from sitroom.model import Toponym

    start = text.index(name)
    town = Toponym(start, start + len(name), name, name, 10.0, 106.0, country="VNM")
    assert not_the_place(town, text) is elsewhere


def test_premises_stripped_were_looted_and_a_rank_stripped_was_not(ctx_of: Any) -> None:
    ctx = ctx_of("stripped")
    shops = events_in(ctx, "Soldiers stripped shops and warehouses")
    assert [e.acled_sub_event_type for e in shops] == ["Looting/property destruction"], show_events(ctx)
    assert not events_in(ctx, "stripped of his rank"), show_events(ctx)


def test_a_town_taken_places_its_taking(ctx_of: Any) -> None:
    ctx = ctx_of("pando")
    taken = events_in(ctx, "Guerrillas took over the town of Pando")
    assert [e.location.name for e in taken if e.location] == ["Pando"], show_events(ctx)


def test_the_west_african_force_is_named_as_such(ctx_of: Any) -> None:
    ctx = ctx_of("ecomog")
    bombed = events_in(ctx, "ECOMOG Alpha Jets bombed rebel positions")
    assert [e.actor1.name for e in bombed if e.actor1] == [
        "ECOMOG: Economic Community of West African States Monitoring Group"
    ], show_events(ctx)
    assert bombed[0].actor1.acled_inter == 8, show_events(ctx)
