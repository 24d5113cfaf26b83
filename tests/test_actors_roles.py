"""ACLED actor typing: ethnonyms as groups or places, identity militias, de facto authorities, actor order and
the defaults of each sub-event type, on sentences and mentions written for these tests."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from sitroom.extract.actor_words import identity_conflict, is_ethnic_actor, perpetrator_unknown
from sitroom.extract.actors import ActorResolver, acled_actor, acled_defaults, foreign_forces, roles
from sitroom.model import Actor


def _token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Pokot raiders attacked the village at dawn.", "Pokot", True),
        ("Fighting between Turkana and Pokot herders left two dead.", "Turkana", True),
        ("Cattle were stolen from a ranch in West Pokot.", "Pokot", False),
        ("The Samburu County commissioner confirmed the raid.", "Samburu", False),
        ("Thieves broke into the office of the Meru Senator.", "Meru", False),
        ("The clinic in Elgeyo-Marakwet was looted.", "Marakwet", False),
        ("Most of the people killed were Kikuyu.", "Kikuyu", False),
    ],
)
def test_actors_ethnonym_names_group_not_place(nlp: Any, text: str, word: str, expected: bool) -> None:
    assert is_ethnic_actor(_token(nlp(text), word)) is expected


@pytest.mark.parametrize(
    ("text", "head", "inter"),
    [
        ("Pokot raiders attacked the herders.", "raiders", 4),
        ("Somali gunmen kidnapped two aid workers.", "gunmen", 3),
        ("A Somali clan militia attacked the settlement.", "militia", 4),
        ("Ethnic militiamen torched the houses.", "militiamen", 4),
        ("Two rival communities fought over the pasture.", "communities", 4),
        ("Angry youths burned the office of the ODM party.", "youths", 5),
        ("ODM youths stormed the tallying centre.", "youths", 5),
        ("An Al Shabaab-made bomb hit the truck.", "Al", 2),
        ("Separatist forces shelled the town.", "forces", 2),
        ("Suspected pirates boarded the tanker.", "pirates", 3),
        ("A local militia executed two men.", "militia", 4),
        ("A Somali trader was seen near the market.", "trader", 7),
    ],
)
def test_actors_mention_inter_code(nlp: Any, text: str, head: str, inter: int) -> None:
    actor = ActorResolver("KEN").resolve(_token(nlp(text), head), violent=True)
    assert actor is not None and actor.acled_inter == inter


@pytest.mark.parametrize(
    ("text", "head", "name"),
    [
        ("The authorities in Nagorno-Karabakh accepted the proposal.", "authorities", "De Facto Authorities of "),
        ("The government of Transnistria rejected the plan.", "government", "De Facto Authorities of "),
        ("The government of Azerbaijan rejected the plan.", "government", "Government of "),
    ],
)
def test_actors_de_facto_authorities_are_not_the_recognised_state(nlp: Any, text: str, head: str, name: str) -> None:
    actor = ActorResolver("AZE").resolve(_token(nlp(text), head))
    assert actor is not None and actor.name.startswith(name)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Ethnic clashes left four people dead near the border.", "left", True),
        ("Four died in clashes between two rival communities.", "died", True),
        ("A clan feud over pasture killed three.", "killed", True),
        ("Clashes between police and protesters injured ten.", "injured", False),
        ("Gunmen killed three traders on the highway.", "killed", False),
    ],
)
def test_actors_identity_conflict(nlp: Any, text: str, trigger: str, expected: bool) -> None:
    assert identity_conflict(_token(nlp(text), trigger)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A grenade was thrown at a bar; the perpetrators are unknown.", True),
        ("Unidentified gunmen shot a trader. The group has been active here.", True),
        ("No group has claimed the bombing.", True),
        ("Al Shabaab claimed the bombing of the convoy.", False),
    ],
)
def test_actors_perpetrator_unknown(text: str, expected: bool) -> None:
    assert perpetrator_unknown(text) is expected


def _mention(sub: str, acled_type: str, a1: Actor | None, a2: Actor | None) -> Any:
    etype = SimpleNamespace(acled_sub=sub, acled_type=acled_type, plover="ASSAULT")
    return SimpleNamespace(etype=etype, actor1=a1, actor2=a2)


_SHABAAB = Actor("Al Shabaab", "Al Shabaab", "SOM", "REB", 2)
_POLICE = acled_actor(1, "KEN", police=True)
_GUNMEN = acled_actor(3, "KEN", "gunmen")


@pytest.mark.parametrize(
    ("sub", "acled_type", "a1", "a2", "inters"),
    [
        # battles list state forces first: ACLED's actor order is not attacker-first
        ("Armed clash", "Battles", _SHABAAB, _POLICE, (1, 2)),
        ("Armed clash", "Battles", _GUNMEN, _POLICE, (1, 3)),
        # a remote attack keeps a named rebel group first, an unnamed one follows the forces it targeted
        ("Remote explosive/landmine/IED", "Explosions/Remote violence", _SHABAAB, _POLICE, (2, 1)),
        ("Grenade", "Explosions/Remote violence", _GUNMEN, _POLICE, (1, 3)),
        # civilians who turn violent are rioters; their victims are civilians
        ("Attack", "Violence against civilians", acled_actor(7, "KEN", "angry residents"), None, (5, 7)),
        # air strikes are flown by states
        ("Air/drone strike", "Explosions/Remote violence", None, None, (1, None)),
        ("Arrests", "Strategic developments", None, None, (1, None)),
    ],
)
def test_actors_acled_defaults_order_and_types(
    sub: str, acled_type: str, a1: Actor | None, a2: Actor | None, inters: tuple[int | None, int | None]
) -> None:
    m = _mention(sub, acled_type, a1, a2)
    acled_defaults(m, "KEN", [])
    got = (m.actor1.acled_inter if m.actor1 else None, m.actor2.acled_inter if m.actor2 else None)
    assert got == inters


def test_actors_acled_defaults_identity_clash_is_communal() -> None:
    m = _mention("Armed clash", "Battles", None, None)
    acled_defaults(m, "KEN", [], identity=True)
    assert m.actor1 is not None and m.actor2 is not None
    assert (m.actor1.acled_inter, m.actor2.acled_inter) == (4, 4)


@pytest.mark.parametrize(("homes", "inter"), [({"KEN"}, 8), ({"UGA"}, 1), (set(), 1)])
def test_actors_foreign_forces_are_external(homes: set[str], inter: int) -> None:
    actor = Actor("Ugandan troops", "Military Forces of Uganda", "UGA", "MIL", 1)
    foreign_forces(actor, homes)
    assert actor.acled_inter == inter


def test_actors_passive_patient_is_not_agent(nlp: Any) -> None:
    doc = nlp("Three Malian soldiers were hurt when a mine went off.")
    agent, patient = roles(_token(doc, "hurt"))
    assert agent is None and patient is not None and patient.text == "soldiers"
