"""Partitives ("three of them", "five of whom", "one of the attackers") in casualty counts.

A partitive names a part of a set: the part is the count of victims when a casualty word governs it ("killing three
of them", "two of them died"), the set is not ("four of the five hostages were killed" is 4), and a partitive that
only describes a toll stated before it ("twelve killed, five of whom were children") gives the civilians among the
dead. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from sitroom.extract.casualties import find_casualties

PARTITIVE_KILLED = [
    ("Gunmen stormed the village and opened fire, killing three of them.", 3),
    ("Two of them died on the way to hospital.", 2),
    ("One of the attackers was shot dead by the guards.", 1),
    ("Soldiers fired on the crowd, wounding six of them and killing two of them.", 2),
    ("Militants ambushed a convoy of 30 soldiers, killing five of them.", 5),
    ("Four of the five hostages were killed in the rescue attempt.", 4),
    ("At least two of the attackers were killed.", 2),
    ("Both of them were killed.", 2),
    ("All three of them were shot dead.", 3),
    ("Two of the injured later died in hospital.", 2),
    ("Ten people were wounded, two of whom later died.", 2),
    ("A mob of 200 people attacked the station; three of the police officers were killed.", 3),
    ("Two soldiers and three of the attackers were killed.", 5),
    ("One of the three men killed in the attack was a teacher.", 3),
    ("Two of the 12 killed were soldiers.", 12),
]


@pytest.mark.parametrize(("sentence", "killed"), PARTITIVE_KILLED)
def test_casualties_partitive_counts_the_part(sentence: str, killed: int) -> None:
    assert find_casualties(sentence).killed == killed


PARTITIVE_CIVILIANS = [
    ("Twelve people were killed, five of whom were children.", 12, 5),
    ("Twelve people were killed, five of them children.", 12, 5),
    ("Ten people, three of whom were women, died in the blast.", 10, 3),
    ("The blast killed 14 people, six of them women and children.", 14, 6),
    ("Two of the children were killed.", 2, 2),
]


@pytest.mark.parametrize(("sentence", "killed", "civilians"), PARTITIVE_CIVILIANS)
def test_casualties_partitive_gives_civilians_among_the_dead(sentence: str, killed: int, civilians: int) -> None:
    c = find_casualties(sentence)
    assert (c.killed, c.civilians_killed) == (killed, civilians)


@pytest.mark.parametrize(
    ("sentence", "arrested"),
    [
        ("Police arrested 20 protesters, two of whom were later charged.", 20),
        ("Police said 40 people were arrested, 12 of whom were later released.", 40),
    ],
)
def test_casualties_partitive_of_another_kind_is_not_a_death(sentence: str, arrested: int) -> None:
    c = find_casualties(sentence)
    assert (c.killed, c.arrested) == (None, arrested)


@pytest.mark.parametrize(
    "sentence",
    ["One of the victims was a child.", "All of them were shot dead.", "Three of the wounded were taken to hospital."],
)
def test_casualties_partitive_without_count_or_death_gives_no_toll(sentence: str) -> None:
    assert find_casualties(sentence).killed is None


@pytest.mark.parametrize(
    ("sentence", "killed", "civilians"),
    [
        ("Seven people, including two women, three children and a soldier, were killed.", 7, 5),
        ("The attack killed 12 people, including 5 children and 3 women, and wounded 30.", 12, 8),
        ("5 persons, including 1 pedestrian, 1 student, 1 child and 1 police officer were killed.", 5, 3),
        ("The strike killed 4 people, including 10 children.", 4, 4),
    ],
)
def test_casualties_including_list_sums_its_civilians(sentence: str, killed: int, civilians: int) -> None:
    c = find_casualties(sentence)
    assert (c.killed, c.civilians_killed) == (killed, civilians)


@pytest.mark.parametrize(
    ("sentence", "killed", "civilians"),
    [
        ("At least 20 people, two of them police officers, were killed in the attack.", 20, None),
        ("Ten people, all of them civilians, were killed.", 10, 10),
        ("Ten people, most of them women, died.", 10, None),
    ],
)
def test_casualties_partitive_apposition_inside_the_subject(sentence: str, killed: int, civilians: int | None) -> None:
    c = find_casualties(sentence)
    assert (c.killed, c.civilians_killed) == (killed, civilians)
