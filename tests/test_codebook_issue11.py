"""The codebook decision table (``data/codebook.json``), the actor catalogue (``data/actor_catalogue.json``) and
the tolls that are not an event's (``extract.tolls``): issue 11. No spaCy model needed."""

from __future__ import annotations

import pytest

from sitroom.extract.acled_rules import acled_sub_type, codebook_rule, codebook_rules
from sitroom.extract.casualties import find_casualties
from sitroom.extract.lexicons import actor_catalogue, actor_data, load_data, taxonomy
from sitroom.extract.tolls import coded_to_event


def test_codebook_issue11_every_rule_cites_and_names_a_category() -> None:
    raw = load_data("codebook.json")
    subs = {s for group in taxonomy()["acled_sub_types"].values() for s in group}
    non_acled = set(taxonomy()["non_acled_plover"])
    for rule in codebook_rules():
        assert rule.cite, rule.id
        assert rule.sub in subs | non_acled | {"@label", "@territory"}, rule.id
    used = {f for r in raw["rules"] for f in (*r["when"], *r["unless"])}
    assert used <= set(raw["features"])
    ids = [r["id"] for r in raw["rules"]]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("kinds", "scope", "patients", "agent", "own", "expected"),
    [
        # a fight both sides take part in stays a battle when one side also fires shells in it
        (
            {"clash", "shell"},
            "fighters clashed with troops and fired mortar shells at them.",
            ["troops"],
            "fighters",
            "clash",
            "Armed clash",
        ),
        ({"shell"}, "militants fired mortar shells at the army camp.", ["the army camp"], "militants", "shell", None),
        # tanks and warships strike from a distance
        ({"attack"}, "tanks struck targets east of the town.", ["targets"], "tanks", "attack", None),
        # seizing goods is looting; seizing a town is territory
        (
            {"overtake"},
            "militants seized two motorbikes in the village.",
            ["two motorbikes"],
            "militants",
            "overtake",
            None,
        ),
        # an attack that burns property and hurts no one is property destruction
        (
            {"attack", "loot"},
            "gunmen attacked the village and burned the school. no casualties were reported.",
            ["the village"],
            "gunmen",
            "attack",
            "Looting/property destruction",
        ),
        # abductees who are killed make the event an attack
        (
            {"abduct"},
            "gunmen abducted two teachers; their bodies were found a week later.",
            ["two teachers"],
            "gunmen",
            "abduct",
            "Attack",
        ),
        # disasters and crime, with no political perpetrator
        (
            {"attack", "disaster"},
            "floods killed 12 people in the town.",
            ["12 people"],
            "floods",
            "attack",
            "Natural disaster",
        ),
        (
            {"accident", "attack"},
            "a building collapsed, killing 12 people.",
            [],
            "a building",
            "attack",
            "Man-made disaster",
        ),
        (
            {"crime"},
            "armed robbers robbed a bank in the city.",
            ["a bank"],
            "armed robbers",
            "crime",
            "Organized crime",
        ),
        (
            {"attack"},
            "al shabaab claimed responsibility for the attack.",
            [],
            "al shabaab",
            "attack",
            "Claim of responsibility",
        ),
        (
            {"change"},
            "militants set up a base in the forest.",
            [],
            "militants",
            "change",
            "Headquarters or base established",
        ),
    ],
)
def test_codebook_issue11_table_decides(
    kinds: set[str], scope: str, patients: list[str], agent: str, own: str, expected: str | None
) -> None:
    if expected is None:  # the rule's own expectation, written beside it
        expected = {
            "militants fired mortar shells at the army camp.": "Shelling/artillery/missile attack",
            "tanks struck targets east of the town.": "Shelling/artillery/missile attack",
            "militants seized two motorbikes in the village.": "Looting/property destruction",
        }[scope]
    assert acled_sub_type(kinds, scope, patients, None, agent, scope, own) == expected
    rule = codebook_rule(kinds, scope, patients, None, agent, scope, own)
    assert rule is not None and rule.cite


def test_catalogue_issue11_entries_are_complete() -> None:
    entries = actor_catalogue()
    assert len(entries) >= 60
    for e in entries:
        assert e["name"] and e["aliases"] and e["inter"] in range(1, 9), e
        assert e["country"] is None or len(e["country"]) == 3, e
        assert all(a == a.lower() for a in e["aliases"]), e
    names = {e["name"] for e in entries}
    parents = {e["parent"] for e in entries if e["parent"]}
    assert parents - names <= {"Fatah", "NUG: National Unity Government"}  # parents outside the catalogue


@pytest.mark.parametrize(
    ("alias", "inter"),
    [
        ("rsf", 2),
        ("jnim", 2),
        ("ansaroul islam", 2),
        ("isgs", 2),
        ("iswap", 2),
        ("al-shabaab", 2),
        ("m23", 2),
        ("hamas", 3),
        ("islamic jihad", 3),
        ("hezbollah", 3),
        ("houthis", 2),
        ("pkk", 2),
        ("hts", 2),
        ("wagner", 8),
        ("africa corps", 8),
        ("ttp", 2),
        ("tatmadaw", 1),
        ("arakan army", 2),
        ("eln", 2),
        ("cjng", 3),
        ("vdp", 3),
        ("koglweogo", 4),
        ("idf", 1),
        ("minusma", 8),
    ],
)
def test_catalogue_issue11_joins_the_actor_dictionary(alias: str, inter: int) -> None:
    assert actor_data()["groups"][alias][3] == inter


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Israeli strikes killed four people, bringing the death toll since the war began to 8,000.", 4),
        ("Shelling killed two more people, raising the toll since Monday to 30.", 2),
        ("The Ministry of Health reported 8525 fatalities between 7 October - 30 October.", None),
        ("The death toll from the war has reached 8,525.", None),
        ("More than 24,000 people had been killed in the conflict since the war began.", None),
        ("489 fatalities not attributed to specific events were split across 12 events.", None),
        ("40 fatalities coded to this event.", 40),
        ("Gunmen killed 12 people in the village on Monday.", 12),
        ("The death toll from the blast rose to 12.", 12),
        ("Clashes between the army and rebels killed 5 people.", 5),
        ("On 9 April, 409 bodies were recovered from the hospital grounds since the withdrawal.", None),
        ("The bodies of 12 men were recovered from the forest.", 12),
        ("The authorities handed over the bodies of 88 people.", None),
        ("Police found the bodies of three men who had been shot dead.", 3),
    ],
)
def test_tolls_issue11_cumulative_is_not_the_events(sentence: str, killed: int | None) -> None:
    assert find_casualties(sentence, running_totals=False).killed == killed


def test_tolls_issue11_a_running_total_is_left_to_the_toll_report() -> None:
    # by default a running total is counted: reportable reads it as the article's toll report
    assert find_casualties("The death toll from the war has reached 8,525.").killed == 8525
    # a period total or a pool never is
    assert find_casualties("The ministry reported 8525 fatalities between 7 October - 30 October.").killed is None


def test_tolls_issue11_coded_to_event() -> None:
    assert coded_to_event("Unspecified fatalities coded as 10 split across 9 events, with 2 coded to this event.") == 2
    assert coded_to_event("Palestinian fatalities on May 15 were coded as 30.") == 30
    assert coded_to_event("Gunmen killed 30 people.") is None
