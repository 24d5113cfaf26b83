"""Issue 10: sentences that tell history, a series or a class of events, not one occurrence ACLED could code on a
date. The sentences are written for these tests from the ACLED codebook (events are coded for a specific date and
place) and the linguistics of genericity (Carlson and Pelletier 1995), not from any dataset record."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.extract._codebook_words import lethal_here
from sitroom.extract.events import background_triggers, find_triggers
from sitroom.extract.modality import modality
from sitroom.extract.occurrence import history, said_common, series
from tests.article_cases import context_runner, events_in, show_events


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Federal troops were deployed to repel incursions by militants in the 1990s.", True),
        ("The valley saw fierce fighting in the early 1920s.", True),
        ("Several peoples have fought over the valleys over the centuries.", True),
        ("Militants attacked a convoy near the town on Monday.", False),
        ("Gunmen killed 1990 cattle.", False),  # a number, not a decade
    ],
)
def test_history_dated_only_by_a_decade_or_century(sentence: str, expected: bool) -> None:
    assert history(sentence) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The republic has seen numerous bombings.", "bombings", True),
        ("The town suffered repeated attacks by the rebels.", "attacks", True),
        ("A spate of killings has shaken the district.", "killings", True),
        ("Two bombings hit the market on Monday.", "bombings", False),
        ("Killings of local tribal figures recently rocked the east bank.", "Killings", True),
        ("The two killings recently shocked the town.", "killings", False),  # counted: two events
        ("Attacks in recent weeks have forced traders to close.", "Attacks", True),
        ("In recent months, scores of people who took part in protests were arrested.", "protests", False),
        ("The attacks killed 12 people.", "attacks", False),
    ],
)
def test_series_of_events_is_no_single_occurrence(nlp: Any, text: str, word: str, expected: bool) -> None:
    assert series(_tok(nlp(text), word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Kidnappings are commonplace in the region.", "Kidnappings", True),
        ("Attacks on convoys remain frequent.", "Attacks", True),
        ("The attack was deadly.", "attack", False),
        ("Attacks on convoys have risen this year.", "Attacks", True),  # a trend
        ("Clashes erupted in the capital on Monday.", "Clashes", False),
    ],
)
def test_event_said_to_be_common_is_a_class_statement(nlp: Any, text: str, word: str, expected: bool) -> None:
    assert said_common(_tok(nlp(text), word)) is expected


def test_cause_after_due_to_is_background(nlp: Any) -> None:
    doc = nlp("He was granted asylum due to ethnic clashes in his home country.")
    sent = next(doc.sents)
    triggers = find_triggers(sent)
    back = background_triggers(sent, triggers)
    clash = next(t for t in triggers if t.text.startswith("clashes"))
    assert back.get(clash.i) == "cause"


def test_conjoined_object_shares_its_verbs_modality(nlp: Any) -> None:
    doc = nlp("Drones could in future be used to carry chemicals or grenades in cities.")
    assert modality(_tok(doc, "grenades")) == "hypothetical"


ARTICLE = (
    "2024-06-12",
    "Gunmen attacked a police post near Garissa on Tuesday, killing two officers, police said. "
    "The attackers fled towards the border after the raid. "
    "\u201cThey come at night, lay mines and booby traps,\u201d a local chief said. "
    "The area has seen numerous bombings. "
    "British forces fought rebels in the region in the 1950s. "
    "Security was tightened in the town on Wednesday. "
    "Residents said they feared more attacks.",
)


def test_whole_article_codes_the_occurrence_not_history_or_habit(nlp: Any, geoparser: Any) -> None:
    ctx = context_runner(nlp, geoparser, {"garissa": ARTICLE})("garissa")
    for sentence in (
        "lay mines and booby traps",  # the simple present of "lay": what they do, not what they did
        "The area has seen numerous bombings.",
        "British forces fought rebels in the region in the 1950s.",
    ):
        assert not events_in(ctx, sentence), f"{sentence!r} became an event:\n{show_events(ctx)}"
    assert events_in(ctx, "Gunmen attacked a police post near Garissa on Tuesday"), show_events(ctx)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the article told of a missile hitting the town: "the strike" later is that strike, not a walkout (a missile
        # strike, stop 63: the kind the article's strike from afar tells)
        ("A Russian missile struck the town hall on Tuesday. Video of the strike showed a fireball.", "shell"),
        ("Teachers walked out on Tuesday. Video of the strike showed empty classrooms.", "protest"),
    ],
)
def test_the_strike_after_a_missile_is_the_missile_strike(nlp: Any, text: str, kind: str) -> None:
    doc = nlp(text)
    second = list(doc.sents)[1]
    strike = next(t for t in find_triggers(second) if t.text == "strike")
    assert strike.kind == kind


def test_cutting_ties_with_a_possessive_is_a_sanction(nlp: Any) -> None:
    """PLOVER SANCTION: reducing or breaking relations ("cut its ties with", as "cut ties with")."""
    doc = nlp("The party has cut its ties with the ruling coalition.")
    assert [t.kind for t in find_triggers(next(doc.sents))] == ["sanction"]


RAIDS = {
    "raids": (
        "2024-06-04",
        "Police arrested six men in Leeds on Sunday over a plot to bomb a shopping centre, officials said. "
        "Police and counter-terror officers launched further raids early Monday in east London. "
        "Gunmen raided a village near Maiduguri on Monday, killing four farmers, residents said. "
        "The men appeared in court on Tuesday. "
        "The investigation is continuing. "
        "Officials did not say what the raids found. "
        "The suspects' lawyers declined to comment.",
    )
}


def test_police_raid_without_harm_is_a_search_not_an_attack(nlp: Any, geoparser: Any) -> None:
    ctx = context_runner(nlp, geoparser, RAIDS)("raids")
    search = events_in(ctx, "Police and counter-terror officers launched further raids")
    assert search and all(e.plover_event == "COERCE" and e.acled_event_type is None for e in search), show_events(ctx)
    attack = events_in(ctx, "Gunmen raided a village near Maiduguri")
    assert attack and attack[0].plover_event == "ASSAULT", show_events(ctx)


ASSASSINATION = {
    "parade": (
        "2018-08-06",
        "The president survived an attack on his life during a military parade in Caracas on Saturday, officials "
        "said. Two drones loaded with explosives blew up near the stand where he was speaking. "
        "Seven soldiers were wounded. Prosecutors said six people involved in the failed attack had been detained. "
        "Video purporting to show the explosion circulated on social media. "
        "The opposition denied any role. The government called the attack an attempt on democracy.",
    )
}


def test_who_survives_an_attack_is_its_target_and_its_retellings_join_it(nlp: Any, geoparser: Any) -> None:
    ctx = context_runner(nlp, geoparser, ASSASSINATION)("parade")
    attacks = [e for e in ctx.events if e.plover_event == "ASSAULT"]
    assert len(attacks) == 1, show_events(ctx)
    attack = attacks[0]
    assert attack.actor1 is None or "president" not in (attack.actor1.text or "").lower(), show_events(ctx)
    told = " ".join(m.sentence for m in attack.mentions)
    assert "involved in the failed attack" in told and "Video purporting to show the explosion" in told


def test_tear_gas_shells_are_repression_not_artillery(nlp: Any) -> None:
    """CAMEO 175 (violent repression, under 17 COERCE): tear gas on a crowd; artillery shells are a shelling."""
    doc = nlp("Police fired tear-gas shells to disperse the crowd.")
    shells = [t for t in find_triggers(next(doc.sents)) if t.text == "shells"]
    assert shells and shells[0].kind == "coerce"
    doc = nlp("Artillery shells hit the market on Monday.")
    assert [t.kind for t in find_triggers(next(doc.sents)) if t.text == "shells"] == ["shell"]


TEAR_GAS = {
    "teargas": (
        "2002-03-04",
        "Police fired ten rounds in the air to scare away an unruly mob pelting stones in Surat on Sunday and lobbed "
        "five tear gas shells to control the situation. "
        "Curfew was imposed in the area on Monday. "
        "Shops remained shut. "
        "The police commissioner said the situation was under control. "
        "Twelve people were detained. "
        "Schools will reopen on Wednesday.",
    )
}


def test_tear_gas_on_a_crowd_is_the_police_coercing_it(nlp: Any, geoparser: Any) -> None:
    """The riot keeps its ACLED coding; the police's tear gas is PLOVER COERCE (CAMEO 175) by the police."""
    ctx = context_runner(nlp, geoparser, TEAR_GAS)("teargas")
    told = events_in(ctx, "lobbed five tear gas shells")
    assert not [e for e in told if e.acled_sub_event_type == "Shelling/artillery/missile attack"], show_events(ctx)
    coerce = [e for e in told if e.plover_event == "COERCE" and e.acled_event_type is None]
    assert coerce and coerce[0].actor1 is not None and coerce[0].actor1.sector == "COP", show_events(ctx)


PRACTICE = {
    "practice": (
        "2024-10-05",
        "Three militants were killed on Friday when the bomb they were planting near Kandahar exploded, police said. "
        "The men had tried to plant the device on a road used by army patrols. "
        "Militants have been using home-made bombs to target security forces. "
        "The group has already used drones to drop bombs on army posts. "
        "For years, the group was known for attacking convoys. "
        "Police said they had found more explosives nearby. "
        "No group claimed responsibility.",
    )
}


def test_practices_and_experiences_are_no_occurrences(nlp: Any, geoparser: Any) -> None:
    """The perfect of a practice ("have been using") or of experience ("has already used"), and "for years":
    what a group does or has done, not an event with a date (Comrie 1976; ACLED: a specific occurrence)."""
    ctx = context_runner(nlp, geoparser, PRACTICE)("practice")
    told = [m.sentence for e in ctx.events for m in e.mentions]
    for sentence in (
        "Militants have been using home-made bombs",
        "The group has already used drones to drop bombs",
        "For years, the group was known for attacking convoys.",
    ):
        assert not [t for t in told if sentence in t], f"{sentence!r} is told as an event:\n{show_events(ctx)}"
    assert events_in(ctx, "Three militants were killed on Friday"), show_events(ctx)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police opened fire on the protesters, killing two.", True),
        ("Two protesters were shot dead near the square.", True),
        # the mourned dead and the dead of an accident are no force used on a demonstration
        ("The rally began with a silence in memory of those killed in last year's riots.", False),
        ("Members protested in the house, which had paid tribute to a speaker killed in a helicopter crash.", False),
        ("Protesters marched after a student was killed in a road accident.", False),
    ],
)
def test_force_on_protesters_needs_a_death_of_force(sentence: str, expected: bool) -> None:
    """ACLED Codebook 2023, Excessive force against protesters: lethal or serious force used on the protest."""
    assert lethal_here(sentence) is expected


CONNECTION = {
    "connection": (
        "2002-03-10",
        "Two more people have been arrested in connection with the attack on a train on February 27, police said. "
        "The attack killed 58 passengers. "
        "The two were produced before a magistrate on Sunday. "
        "Police are looking for six others. "
        "The town remained calm on Sunday.",
    )
}


def test_arrest_in_connection_with_a_killing_is_an_arrest_without_its_toll(nlp: Any, geoparser: Any) -> None:
    """ACLED Codebook 2023, Arrests: the arrest is the event; the killing it answers is background with its own
    date, and its deaths are not the arrest's."""
    ctx = context_runner(nlp, geoparser, CONNECTION)("connection")
    arrests = [e for e in ctx.events if e.acled_sub_event_type == "Arrests"]
    assert arrests, show_events(ctx)
    assert arrests[0].fatalities.killed in (None, 0), show_events(ctx)


NATIONWIDE = {
    "nationwide": (
        "2002-03-20",
        "A mob set fire to four shops in Vadodara on Tuesday, police said. "
        "No one was hurt in the fire. "
        "\u201cThis has resulted in the killing of innocent people throughout the country,\u201d the minister added. "
        "The shops belonged to traders from the old city. "
        "Police patrolled the area on Wednesday. "
        "Traders demanded compensation. "
        "Schools in the area stayed open.",
    )
}


def test_killing_throughout_the_country_is_no_point_event(nlp: Any, geoparser: Any) -> None:
    """ACLED Codebook 2023: a nationwide aggregate is not an event at one place on one day."""
    ctx = context_runner(nlp, geoparser, NATIONWIDE)("nationwide")
    assert not events_in(ctx, "the killing of innocent people throughout the country"), show_events(ctx)
