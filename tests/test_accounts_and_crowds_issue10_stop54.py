"""Stop 54 of issue 10, read from set 45. "Gendarmes shot him and another militant" tells one shooting with two
victims, not another event; a relative clause in the past perfect ("a villa his men had occupied") is no scene the
story moved to. States that "agreed to send police" consent to help, and a government that uses a curfew "to settle
scores" agrees on nothing. Crowds that take over a town hall riot (ACLED codes territory taken by armed groups only),
and an opposition that "had taken control of the country" took power, not a town; a round-up's section "TALAS - " is
the town of the story's country, not a bigger city abroad that once bore the name. "The corner of Junin and Tucuman
streets" names streets, not towns; a group that "said in a statement issued in Beirut that it had carried out the
bombing" claims the bombing told. "On Saturday crowds in Tehran stormed the embassy" has the crowds as its doers;
"Baghdad gave a very different account" names a government that speaks, and the other side's account of a
demonstration met with force is that demonstration's. A lead placed only by its dateline and a title ("the commander
of the Ayacucho emergency zone said") is told in place by the next sentence. Articles written for these tests from
wire style, English syntax and the ACLED and PLOVER codebooks; real model."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.model import EventType, Frame, Location, Trigger
from tests.article_cases import MORE, PAD, acled_events, context_runner, events_in, show_events

pytestmark = pytest.mark.slow

ARTICLES = {
    # a leader shot with another militant at a villa; the villa described by a clause in the past perfect
    "marksmen": (
        "1986-03-17",
        "BASTIA, Corsica, March 17 - The killing of separatist leader Jean Orsoni by police marksmen at the weekend has"
        " left the island's nationalists without their most hardline figure.\n\nOrsoni, the self-styled commander of"
        " the movement founded in June, died on Saturday at a villa near Calvi that his men had occupied. Gendarmes of"
        " an elite unit, who had surrounded the villa, shot him and another militant, Paul Santini. The authorities"
        " said the men were armed." + PAD + MORE,
    ),
    # states that agree to send help; scores settled
    "help": (
        "2000-06-08",
        "HONIARA, June 8 - Militiamen fired on a police post in Honiara on Wednesday, wounding two officers.\n\nFiji,"
        " Samoa and Tonga have agreed to send police after the government asked for help on Tuesday. Opposition"
        " leaders accused the government of using the curfew to settle scores with its critics." + PAD + MORE,
    ),
    # a round-up: power taken after street battles; crowds take over a town hall; a section dateline's namesake
    "roundup": (
        "2005-03-25",
        "The Kyrgyz opposition said on Friday that it had taken control of the country after a day of street battles in"
        " the capital in which police fired on protesters. Following are reports from the regions.\n\nBISHKEK -"
        " Thousands of protesters stormed the presidential offices on Thursday and looted shops in the centre.\n\nTALAS"
        " - Crowds took over the regional administration building on Thursday afternoon, witnesses said. There were no"
        " reports of casualties." + PAD,
    ),
    # (guard) an armed group that captured a town: a change of territory, whoever names it
    "captured": (
        "2023-11-14",
        "YANGON, Nov 14 - Ethnic rebels said on Monday they had overrun an army base near Lashio.\n\nAnother member of"
        " the rebel alliance, the Kachin Independence Army, said it captured the mining town of Mogok on Sunday."
        + PAD
        + MORE,
    ),
    # an embassy bomb: the streets of its corner; the claim made in a statement
    "bomb": (
        "1994-07-20",
        "BUENOS AIRES, July 20 - A car bomb exploded outside a cultural centre in Buenos Aires on Tuesday, killing at"
        " least 30 people, police said.\n\nThe blast tore through the corner of Junin and Tucuman streets in the Once"
        " district. A group calling itself the Partisans of God, which is close to the Amal movement in Lebanon, said"
        " in a statement issued in Beirut on Wednesday that it had carried out the bombing." + PAD + MORE,
    ),
    # a clash told by each side; crowds that storm an embassy the next day
    "pilgrims": (
        "1990-08-05",
        "BAGHDAD, Aug 5 - Iraq said 40 people were killed in Karbala on Friday when thousands of Iranian pilgrims"
        " holding a political rally clashed with Iraqi police.\n\nThe interior minister said the police had not fired"
        " a single shot.\n\nTehran gave a very different account. Iranian officials said Iraqi police had opened fire"
        " on peaceful pilgrims chanting slogans, and called the dead martyrs.\n\nOn Saturday crowds in Tehran stormed"
        " the Iraqi embassy, smashing furniture and setting fire to offices." + PAD,
    ),
}


@pytest.fixture(scope="module")
def ctx_of(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, ARTICLES)


def test_a_shooting_of_him_and_another_militant_is_the_killing_told(ctx_of: Any) -> None:
    ctx = ctx_of("marksmen")
    killing = [e for e in acled_events(ctx) if e.acled_event_type in ("Battles", "Violence against civilians")]
    assert len(killing) == 1, show_events(ctx)
    assert str(killing[0].date) == "1986-03-15" and killing[0].location is not None, show_events(ctx)
    assert killing[0].location.name == "Calvi", show_events(ctx)


def test_states_that_agree_to_send_help_and_scores_settled_are_no_agreements(ctx_of: Any) -> None:
    ctx = ctx_of("help")
    assert not [e for e in ctx.events if e.acled_sub_event_type == "Agreement"], show_events(ctx)


def test_crowds_that_take_over_a_building_riot(ctx_of: Any) -> None:
    ctx = ctx_of("roundup")
    taken = events_in(ctx, "Crowds took over the regional administration building")
    assert taken and taken[0].acled_event_type == "Riots", show_events(ctx)


def test_an_armed_group_that_captured_a_town_took_territory(ctx_of: Any) -> None:
    ctx = ctx_of("captured")
    taken = events_in(ctx, "said it captured the mining town of Mogok")
    assert taken and taken[0].acled_sub_event_type == "Non-state actor overtakes territory", show_events(ctx)


def test_a_section_dateline_is_the_town_of_the_storys_country(ctx_of: Any) -> None:
    ctx = ctx_of("roundup")
    taken = events_in(ctx, "Crowds took over the regional administration building")
    assert taken and taken[0].location is not None and taken[0].location.name == "Talas", show_events(ctx)


def test_control_of_the_country_taken_after_street_battles_is_power_not_a_battle(ctx_of: Any) -> None:
    ctx = ctx_of("roundup")
    lead = events_in(ctx, "it had taken control of the country")
    assert lead, show_events(ctx)
    assert lead[0].acled_sub_event_type == "Non-violent transfer of territory", show_events(ctx)


def test_streets_named_after_towns_and_a_claim_in_a_statement_tell_no_other_bombing(ctx_of: Any) -> None:
    ctx = ctx_of("bomb")
    blasts = [e for e in acled_events(ctx) if e.acled_event_type == "Explosions/Remote violence"]
    assert len(blasts) == 1 and blasts[0].location is not None, show_events(ctx)
    assert blasts[0].location.name == "Buenos Aires", show_events(ctx)
    streets = [t.text for t in ctx.toponyms if t.text in ("Junin", "Tucuman")]
    assert not streets, streets


def test_the_crowds_on_saturday_stormed_the_embassy(ctx_of: Any) -> None:
    ctx = ctx_of("pilgrims")
    stormed = events_in(ctx, "On Saturday crowds in Tehran stormed the Iraqi embassy")
    assert stormed and stormed[0].acled_event_type == "Riots", show_events(ctx)
    assert str(stormed[0].date) == "1990-08-04", show_events(ctx)


def test_the_other_sides_account_of_the_clash_is_the_clash(ctx_of: Any) -> None:
    ctx = ctx_of("pilgrims")
    friday = [e for e in acled_events(ctx) if str(e.date) == "1990-08-03"]
    assert len(friday) == 1, show_events(ctx)
    assert friday[0].location is not None and friday[0].location.name == "Karbala", show_events(ctx)


def test_a_lead_placed_by_its_dateline_is_told_in_place_by_the_next_sentence() -> None:
    from sitroom.extract.coref import _filed_only, _no_new_place

    lead_text = (
        "AYACUCHO, Peru, May 3 - Six cattle traders were beaten to death by villagers, the army commander of the"
        " Ayacucho emergency zone said."
    )
    next_text = "The commander said the traders were killed on Tuesday at a hamlet of Huanta province."
    etype = EventType("ASSAULT", None, None, "Violence against civilians", "Attack", None)
    lead = Frame(Trigger("attack", 6, 53, "beaten", 0), 0, 0, len(lead_text), lead_text, "asserted", etype)
    lead.location = Location("Ayacucho", -13.16, -74.22, "PER", text="Ayacucho")
    told = Frame(Trigger("attack", 5, 160, "killed", 0), 1, 140, 140 + len(next_text), next_text, "asserted", etype)
    told.location = Location("Huanta", -12.93, -74.25, "PER", text="Huanta province")
    assert _filed_only(lead)
    assert _no_new_place(told, lead)
    # (a lead that tells the act "in Ayacucho" is placed by its own words)
    placed_text = lead_text.replace("by villagers,", "by villagers in Ayacucho,")
    placed = Frame(Trigger("attack", 6, 53, "beaten", 0), 0, 0, len(placed_text), placed_text, "asserted", etype)
    placed.location = Location("Ayacucho", -13.16, -74.22, "PER", text="Ayacucho")
    assert not _filed_only(placed)
    assert not _no_new_place(told, placed)
