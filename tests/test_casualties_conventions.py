"""Reporting conventions in casualty counts: tolls by "the number of", press words for killing ("martyrs",
"neutralised"), war totals, accidental deaths, ordinals and coordinated verbs. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitroom.extract.casualties import find_casualties
from sitroom.extract.numbers import find_numbers, ordinal_value


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("The number of dead rose to 30.", 30, None),
        ("The number of people killed in the attack has risen to 30.", 30, None),
        ("Number of deaths rises to 30.", 30, None),
        ("The number of injured rose to 45 on Tuesday.", None, 45),
        ("The death toll in the attack on the market in the north has risen to 30.", 30, None),
        ("Death toll from blast climbs to 40.", 40, None),
        ("The number of refugees rose to 3000.", None, None),
    ],
)
def test_casualties_toll_stated_as_a_number_or_a_rise(sentence: str, killed: int | None, injured: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.killed, c.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("15 militants eliminated in operation in the east.", 15),
        ("Security forces neutralised 12 terrorists in the district.", 12),
        ("12 insurgents neutralized in joint operation.", 12),
        ("A gunman was neutralised in the raid.", 1),
        ("6 martyrs in the bombing of the market.", 6),
        ("25 citizens were martyred under torture.", 25),
        ("Three soldiers embraced martyrdom in the attack.", 3),
        ("Suicide bombing claims 12 lives.", 12),
        ("Two protesters were shot down by police.", 2),
    ],
)
def test_casualties_press_words_for_killing(sentence: str, killed: int) -> None:
    assert find_casualties(sentence).killed == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops neutralised 3 IEDs on the road.",
        "3 devices neutralised by engineers.",
        "The threat was neutralised by police.",
        "The team was eliminated from the tournament.",
        "Two more were shot down by air defences.",
        "Helicopter shot down over the border.",
    ],
)
def test_casualties_press_words_need_people_as_victims(sentence: str) -> None:
    assert find_casualties(sentence).killed is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The country's death toll tops 136,000, talks uncertain.",
        "The war has killed tens of thousands of people.",
        "Fighting has killed hundreds of thousands since the uprising.",
        "More than 14,000 people have been killed in the conflict.",
    ],
)
def test_casualties_war_totals_are_not_event_tolls(sentence: str) -> None:
    assert find_casualties(sentence).killed is None


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A woman injured during the raid later died of her injuries.", 1),
        ("His brother, who was shot in the chest, died in hospital.", 1),
        ("An elderly man beaten by the mob died on Sunday.", 1),
        ("A major in the rebel forces killed in shelling.", 1),
        ("Commander of the rebel group killed in airstrike.", 1),
        ("A rider has died after a collision with an army truck.", None),
        ("He died in a car accident on Sunday.", None),
        ("A fifth victim of Sunday's blast died in hospital.", None),
        ("The men injured in the raid later died.", None),
    ],
)
def test_casualties_lone_victim_with_modifiers(sentence: str, killed: int | None) -> None:
    assert find_casualties(sentence).killed == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("At least 10-12 assailants beat and killed a villager.", 1),
        ("At least 15 people, including guards, beat and killed a man.", 1),
        ("Ten people were shot and killed by soldiers.", 10),
        ("5 persons, including 1 pedestrian, 1 student and 1 child were killed.", 5),
        ("Seven people, including two women, three children and a soldier, were killed.", 7),
        ("Twelve people from the clan were during the night killed when militia raided the village.", 12),
        ("3 men were killed to avenge the murder of 6 traders earlier in the day.", 3),
    ],
)
def test_casualties_agents_lists_and_adverbials(sentence: str, killed: int) -> None:
    assert find_casualties(sentence).killed == killed


@pytest.mark.parametrize(
    ("text", "value"),
    [("tens of thousands of people", 10_000), ("hundreds of thousands", 100_000), ("thousands of troops", 1000)],
)
def test_casualties_numbers_order_of_magnitude_phrases(text: str, value: int) -> None:
    (n,) = find_numbers(text)
    assert (n.value, n.vague) == (value, True)


@pytest.mark.parametrize(("word", "value"), [("fifth", 5), ("21st", 21), ("second", 2), ("five", None)])
def test_casualties_numbers_ordinals(word: str, value: int | None) -> None:
    assert ordinal_value(word) == value


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("A leader of the party was killed by the crowd, while a student was shot and killed.", 2),
        ("Gunmen killed a trader and a farmer was shot dead nearby.", 2),
        ("A man was shot and killed.", 1),
        ("He died in hospital after a police officer killed him.", 1),
        ("A policeman was killed in the attack; the officer was killed while on patrol.", 1),
    ],
)
def test_casualties_lone_victims_in_separate_clauses_add_up(sentence: str, killed: int) -> None:
    assert find_casualties(sentence).killed == killed


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Workers demanded that the body of a driver killed in a road accident be handed over.", None),
        ("Five people were killed in a bus crash on the highway.", None),
        ("Five people were killed when a bomb hit a bus.", 5),
    ],
)
def test_casualties_accidental_deaths_are_not_counted(sentence: str, killed: int | None) -> None:
    assert find_casualties(sentence).killed == killed


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("Several killed, wounded in attacks in the north.", None, None),
        ("Five killed, injured 20 others.", 5, 20),
        ("11 rebels killed, 5 policemen hurt in clash.", 11, 5),
    ],
)
def test_casualties_killed_comma_wounded_is_a_casualty_count(
    sentence: str, killed: int | None, injured: int | None
) -> None:
    c = find_casualties(sentence)
    assert (c.killed, c.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Police said a man and a woman were killed.", 2),
        ("The boy and his father were shot dead.", 2),
        ("The attack resulted in a soldier and a militiaman killed.", 2),
        ("A soldier and a civilian killed in ambush.", 2),
        ("They attacked the village and the chief was killed.", 1),
        ("Many fighters of the so-called brigade were killed during the day.", 10),
    ],
)
def test_casualties_coordinated_lone_victims(sentence: str, killed: int) -> None:
    assert find_casualties(sentence).killed == killed
