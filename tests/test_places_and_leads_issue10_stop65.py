"""Rules read from set 66 of whole articles about other wars (issue 10, stop 65), each on invented articles: a
village the gazetteer knows only by another spelling, vouched for as a settlement by the text; a town's name of
several words tagged as an organisation; demonyms before words for armed forces, which say whose forces act, not
where the story happens; a wire's agency of several words in its dateline; the dateline's town when the text names
no other; flights' origins, destinations and stops; the reporter's village told by its distance from a city; a
member of a protective detail, who is armed; the day of a "when" clause's act on its target; a lead's act of a
counted clause told again with its town; a relative clause's period, which is no running total; two people named
and killed together; a weak mention that refers to the main clause's event, not to one a count of days set apart.
Then rules read from set 67: a place the text puts a distance and a bearing from another; a report told after the act
and its time; police who charge a crowd; civilians killed in a sweep against guerrillas; a force's base and where
people fled to; who criticised; what a subject did, told to say who it is; a fight and the ground it won in one
sentence."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.extract.casualties import find_casualties
from sitroom.extract.events import find_triggers
from sitroom.geo.locate import dateline_end, focus_country
from tests.article_cases import MORE, PAD, acled_in, context_runner, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # a village the gazetteer knows only by another spelling ("Tebnine"), framed as a town
    "hilltown": (
        "1996-05-04",
        "TYRE, Lebanon, May 4 - Israeli jets struck the hill town of Tibnin on Thursday, killing three people,"
        " residents said." + PAD + MORE,
    ),
    # the reporter's town told by its distance and bearing from a city
    "bearing": (
        "1996-04-19",
        "BINT JBEIL, Lebanon, April 19 - Shells crashed into a school in this hill town, about 15 km south-east of"
        " Tyre, on Thursday, killing 12 people, officials said." + PAD + MORE,
    ),
    # no town named but the dateline's, and continents named in passing
    "homecity": (
        "2016-09-05",
        "MASERU, Lesotho, Sept 5 - Soldiers shot dead Lesotho's army commander at his home early on Monday, hours"
        " after a bomb killed his deputy. The country has become a transit point for smuggling from Asia to Europe."
        " An explosion tore through the army headquarters at about 8 p.m. on Sunday, killing the deputy and two"
        " guards, officers said." + PAD + MORE,
    ),
    # where airliners came from and were bound for
    "flights": (
        "1989-09-20",
        "NIAMEY, Sept 20 - A bomb exploded aboard Air Sahel Flight 772 from Brazzaville on Tuesday, killing all 170"
        " people on board, officials said. Another airliner, bound from Bamako to Abidjan, was hit by gunfire on"
        " landing on Tuesday, and Air Sahel Flight 12, also from Bamako, was fired on as it took off." + PAD + MORE,
    ),
    # a president killed by one of his own guards
    "detail": (
        "1994-03-08",
        "ALGIERS, March 8 - President Ali Mansour was shot dead by a member of his own security detail as he spoke"
        " to officials in the port city of Oran on Monday, the government said." + PAD + MORE,
    ),
    # a lead that tells the shooting in a clause a count of days sets apart, then the shooting with its day and town
    "lead": (
        "2021-05-07",
        "LAHORE, May 7 - Supporters of Nawaz Ahmed blocked roads, burned tyres and clashed with police in several"
        " Pakistani cities on Friday, a day after a gunman shot and wounded the former minister as he led a march"
        " towards the capital.\n\nThe former"
        " minister was hit in the leg when a man opened fire on the van carrying him through Gujrat on Thursday"
        " afternoon. One supporter was killed, police said." + PAD,
    ),
    # a colonel's death told in the lead and again with its place; two generals named and killed together
    "shootout": (
        "2017-06-26",
        "NAIROBI, June 26 - Security forces shot dead the colonel accused of leading a mutiny in the western region on"
        " Monday, two days after the regional governor was gunned down in Eldoret and the army chief was killed in"
        " the capital, the government said.\n\nColonel Daniel Wekesa was killed in a shoot-out at a farm on the"
        " outskirts of Kitale, where he had been hiding since Saturday, officials said.\n\nHours later in Nairobi,"
        " General Peter Otieno, the army chief, and Major General John Kamau, a retired officer who was visiting"
        " him, were shot dead at Otieno's home by his bodyguard." + PAD,
    ),
    # read from set 67: an airfield told by its distance from a city, taken after a fight
    "airfield": (
        "1948-12-20",
        "SEMARANG, Dec 20 - Dutch paratroops dropped on Kalibanteng airfield, about 5 km west of Semarang, at dawn on"
        " Sunday and seized it after a short fight." + PAD + MORE,
    ),
    # the act's day told before the report of it
    "announced": (
        "1979-06-27",
        "ACCRA, June 27 - Three former ministers were executed by firing squad at the Teshie military range, on the"
        " eastern edge of Accra, on June 26, the ruling council announced." + PAD + MORE,
    ),
    # civilians killed in a sweep against guerrillas
    "sweep": (
        "1982-01-29",
        "SAN SALVADOR, Jan 29 - Soldiers killed 40 men, women and children in the village of Tres Rios on Monday"
        " during a sweep against left-wing guerrillas, survivors said." + PAD + MORE,
    ),
    # a force's base, and where residents fled to
    "base": (
        "1960-12-17",
        "VIENTIANE, Dec 17 - Government forces, which advanced up the river from their base at Pakse, about 400 km to"
        " the south, attacked the city on Tuesday, and thousands of residents fled across the river into Thailand as"
        " shells set houses on fire." + PAD + MORE,
    ),
    # who criticised an operation
    "criticism": (
        "2013-01-20",
        "ALGIERS, Jan 20 - Algerian helicopters and troops attacked the militants at the gas plant on Thursday, an"
        " operation that drew criticism from Britain, Japan and the United States." + PAD + MORE,
    ),
    # what the subject did, told to say who he is, and the day the story gives it
    "gunman": (
        "1996-04-30",
        "HOBART, April 30 - A gunman who killed 20 people at a market in Launceston was captured on Monday morning"
        " when he ran out of a burning farmhouse, where he had fired at police through the night, police said.\n\nThe"
        " killing began at about 1 p.m. on Sunday in a"
        " cafe beside the market, where the man opened fire on diners." + PAD + MORE,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_village_known_by_another_spelling_is_a_place_where_the_text_calls_it_a_town(ctx_of: Any) -> None:
    ctx = ctx_of("hilltown")
    struck = acled_in(ctx, "Israeli jets struck the hill town of Tibnin")
    assert [e.location and e.location.name for e in struck] == ["Tebnine"], show_events(ctx)


def test_a_towns_name_of_several_words_tagged_as_an_organisation_is_that_town(nlp: Any, geoparser: Any) -> None:
    text = "EILAT, Aug 3 - A rocket fired from Gaza landed in an orchard near Be'er Ora on Tuesday, police said."
    names = [t.text for t in geoparser.parse(nlp(text)) if t.lat is not None]
    assert "Be'er Ora" in names and "Ora" not in names, names


def test_demonyms_before_words_for_armed_forces_do_not_make_the_story_theirs(nlp: Any, geoparser: Any) -> None:
    text = (
        "AMMAN, June 5 - Israeli paratroops landed on the hills behind the town of Salt on Wednesday, a Jordanian"
        " spokesman said. Israeli jets, Israeli artillery and Israeli armour supported the Israeli troops, and Israeli"
        " tanks crossed into Jordan at dawn. Israeli forces withdrew by nightfall. Israel said the raid answered an"
        " attack on a bus near Beersheba."
    )
    assert focus_country(geoparser.parse(nlp(text)), text) == "JOR"


def test_a_wires_agency_of_several_words_ends_its_dateline() -> None:
    assert dateline_end("KIGALI, May 3 (Lakeside Press Wire) - Troops") == len("KIGALI, May 3 (Lakeside Press Wire) - ")
    assert dateline_end("KIGALI (Lakeside) - Troops") == len("KIGALI (Lakeside) - ")
    assert dateline_end("Troops (Lakeside Press Wire) fired on - ") == 0


def test_the_reporters_town_told_by_its_distance_from_a_city_is_the_datelines(ctx_of: Any) -> None:
    ctx = ctx_of("bearing")
    shelled = acled_in(ctx, "Shells crashed into a school in this hill town")
    assert [e.location and e.location.country for e in shelled] == ["LBN"], show_events(ctx)
    assert all(e.location and e.location.name != "Tyre" for e in shelled), show_events(ctx)


def test_no_town_named_but_the_datelines_places_the_story_there_not_on_a_continent(ctx_of: Any) -> None:
    ctx = ctx_of("homecity")
    blast = acled_in(ctx, "An explosion tore through the army headquarters")
    assert [e.location and e.location.name for e in blast] == ["Maseru"], show_events(ctx)


def test_where_an_airliner_came_from_or_was_bound_for_is_not_where_it_was_hit(ctx_of: Any) -> None:
    ctx = ctx_of("flights")
    hit = acled_in(ctx, "Another airliner, bound from Bamako to Abidjan")
    assert hit and all(e.location and e.location.name not in ("Bamako", "Abidjan") for e in hit), show_events(ctx)


def test_a_member_of_a_protective_detail_is_armed_not_a_mob(ctx_of: Any) -> None:
    ctx = ctx_of("detail")
    shot = acled_in(ctx, "President Ali Mansour was shot dead")
    assert [e.acled_event_type for e in shot] == ["Violence against civilians"], show_events(ctx)


def test_a_lead_shooting_of_the_day_before_told_again_with_its_town_is_one_event_of_that_day(ctx_of: Any) -> None:
    ctx = ctx_of("lead")
    shot = [e for e in ctx.events if e.acled_event_type == "Violence against civilians"]
    told = [(str(e.date), e.location and e.location.name, e.fatalities.killed) for e in shot]
    assert told == [("2021-05-06", "Gujrat", 1)], show_events(ctx)


def test_a_death_told_in_the_lead_and_again_at_its_place_is_the_main_clauses_event(ctx_of: Any) -> None:
    ctx = ctx_of("shootout")
    lead = acled_in(ctx, "Security forces shot dead the colonel accused of leading a mutiny")
    monday = [e for e in lead if str(e.date) == "2017-06-26"]
    assert [(e.location and e.location.name, e.fatalities.killed) for e in monday] == [("Kitale", 1)], show_events(ctx)


def test_two_people_named_and_killed_together_are_two(ctx_of: Any) -> None:
    ctx = ctx_of("shootout")
    generals = acled_in(ctx, "General Peter Otieno, the army chief, and Major General John Kamau")
    assert [e.fatalities.killed for e in generals] == [2], show_events(ctx)
    assert find_casualties("Ahmed Ali and Omar Hassan were killed in the blast.").killed == 2
    assert find_casualties("In Kabul and Herat, police were deployed.").killed is None


def test_a_place_the_text_puts_a_distance_from_a_town_is_placed_there_and_taken_once(ctx_of: Any) -> None:
    ctx = ctx_of("airfield")
    taken = acled_in(ctx, "Dutch paratroops dropped on Kalibanteng airfield")
    assert [e.location and e.location.name for e in taken] == ["Kalibanteng airfield"], show_events(ctx)


def test_the_day_told_before_the_report_of_an_act_dates_the_act(ctx_of: Any) -> None:
    ctx = ctx_of("announced")
    executed = acled_in(ctx, "Three former ministers were executed by firing squad")
    assert [str(e.date) for e in executed] == ["1979-06-26"], show_events(ctx)


def test_police_who_charge_a_crowd_use_force_and_a_charge_laid_is_none(nlp: Any) -> None:
    def kinds(text: str) -> list[str]:
        return [t.kind for t in find_triggers(nlp(text)[:])]

    assert "attack" in kinds("Police charged a crowd of students outside the church.")
    assert "attack" not in kinds("Police charged two students with theft.")


def test_civilians_killed_in_a_sweep_against_guerrillas_are_an_attack_on_civilians(ctx_of: Any) -> None:
    ctx = ctx_of("sweep")
    killed = acled_in(ctx, "Soldiers killed 40 men, women and children")
    assert [e.acled_event_type for e in killed] == ["Violence against civilians"], show_events(ctx)


def test_a_forces_base_and_where_people_fled_to_do_not_place_the_attack(ctx_of: Any) -> None:
    ctx = ctx_of("base")
    attack = acled_in(ctx, "attacked the city on Tuesday")
    assert [e.location and e.location.name for e in attack] == ["Vientiane"], show_events(ctx)


def test_who_criticised_an_operation_is_not_where_it_was(ctx_of: Any) -> None:
    ctx = ctx_of("criticism")
    attack = acled_in(ctx, "Algerian helicopters and troops attacked the militants")
    assert attack and all(e.location and e.location.country == "DZA" for e in attack), show_events(ctx)


def test_what_a_subject_did_told_to_say_who_he_is_takes_the_day_the_story_gives_it(ctx_of: Any) -> None:
    ctx = ctx_of("gunman")
    killed = [m for m in ctx.mentions if m.trigger.text == "killed"]
    assert killed and not any(m.own_time for m in killed), [(m.date, m.own_time) for m in killed]
