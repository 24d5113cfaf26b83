"""ACLED's conventions of actor order and actor type (issue 3): who comes first when forces meet protesters, when a
bomb is aimed at forces, when a group claims an attack or the state runs an operation; what generic fighters,
nationalities and attributed attacks are. Sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from sitroom.extract.actors import (
    ActorResolver,
    acled_actor,
    acled_defaults,
    foreign_forces,
    perpetrator_unknown,
    targeted_forces,
)
from sitroom.model import Actor


def _token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def _mention(sub: str, acled_type: str, a1: Actor | None, a2: Actor | None, trigger: str = "attack") -> Any:
    etype = SimpleNamespace(acled_sub=sub, acled_type=acled_type, plover="ASSAULT")
    return SimpleNamespace(etype=etype, actor1=a1, actor2=a2, trigger=SimpleNamespace(text=trigger))


def _inters(m: Any) -> tuple[int | None, int | None]:
    return (m.actor1.acled_inter if m.actor1 else None, m.actor2.acled_inter if m.actor2 else None)


_SHABAAB = Actor("Al Shabaab", "Al Shabaab", "SOM", "REB", 2)
_POLICE = acled_actor(1, "KEN", "police", police=True)
_GUNMEN = acled_actor(3, "KEN", "gunmen")


@pytest.mark.parametrize(
    ("text", "inters"),
    [
        ("Traders marched against new taxes. Police fired live bullets at them, killing two.", (6, 1)),
        ("Police fired live bullets at traders who were protesting new taxes, killing two.", (1, 6)),
        ("Two marchers were shot dead during a protest over fuel prices.", (6, 1)),
        ("Two men were shot dead on Sunday night.", (1, 6)),
    ],
)
def test_actors_excessive_force_order_follows_the_report(nlp: Any, text: str, inters: tuple[int, int]) -> None:
    m = _mention("Excessive force against protesters", "Protests", None, None)
    acled_defaults(m, "KEN", [], doc=nlp(text))
    assert _inters(m) == inters


@pytest.mark.parametrize(
    ("text", "inter"),
    [
        ("Gunmen hurled a grenade at a police post in the town.", 1),
        ("Fighters fired mortar rounds towards the army base overnight.", 1),
        ("A grenade exploded in a busy market, wounding six.", None),
        ("Gunmen hurled explosives at the offices of the county government.", None),
    ],
)
def test_actors_targeted_forces_are_the_aim_of_a_remote_attack(nlp: Any, text: str, inter: int | None) -> None:
    target = targeted_forces(nlp(text), "KEN")
    assert (target.acled_inter if target else None) == inter


def test_actors_forces_a_grenade_was_aimed_at_come_first(nlp: Any) -> None:
    m = _mention("Grenade", "Explosions/Remote violence", _SHABAAB, None)
    acled_defaults(m, "KEN", [], doc=nlp("Al Shabaab hurled a grenade at a police post near the border."))
    assert _inters(m) == (1, 2)


@pytest.mark.parametrize(
    ("text", "inters"),
    [
        ("Al Shabaab claimed responsibility for the attack on the police station.", (2, 1)),
        ("Al Shabaab attacked the police station at dawn.", (1, 2)),
    ],
)
def test_actors_group_that_claimed_the_attack_keeps_its_place(nlp: Any, text: str, inters: tuple[int, int]) -> None:
    m = _mention("Armed clash", "Battles", _SHABAAB, _POLICE)
    acled_defaults(m, "KEN", [], doc=nlp(text))
    assert _inters(m) == inters


@pytest.mark.parametrize(("trigger", "inter"), [("operation", 1), ("crackdown", 1), ("attack", 2)])
def test_actors_security_operation_is_the_states(nlp: Any, trigger: str, inter: int) -> None:
    doc = nlp("An operation against Al Shabaab cells was carried out by police in the county.")
    m = _mention("Attack", "Violence against civilians", _SHABAAB, None, trigger)
    acled_defaults(m, "KEN", [_SHABAAB, _POLICE], doc=doc)
    assert m.actor1 is not None and m.actor1.acled_inter == inter


def test_actors_named_group_of_a_planted_mine_is_its_perpetrator() -> None:
    m = _mention("Remote explosive/landmine/IED", "Explosions/Remote violence", _GUNMEN, _SHABAAB)
    acled_defaults(m, "KEN", [])
    assert m.actor1 is _SHABAAB


@pytest.mark.parametrize(
    ("text", "head", "inter", "country"),
    [
        ("Militants stormed the village at night.", "Militants", 3, "KEN"),
        ("Jihadists ambushed a convoy near the border.", "Jihadists", 3, "KEN"),
        ("Separatist rebels shelled the town.", "rebels", 2, "KEN"),
        ("Ethiopians raided the village and killed three herders.", "Ethiopians", 3, "ETH"),
        ("Ethiopia sent troops across the border.", "Ethiopia", 1, "ETH"),
    ],
)
def test_actors_unnamed_fighters_and_nationals_are_no_rebels_or_states(
    nlp: Any, text: str, head: str, inter: int, country: str
) -> None:
    actor = ActorResolver("KEN").resolve(_token(nlp(text), head), violent=True)
    assert actor is not None and (actor.acled_inter, actor.country) == (inter, country)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unknown attackers threw a grenade at a bar.", True),
        ("Unknown attackers threw a grenade at a bar; police blamed Al Shabaab.", False),
        ("No group has claimed the blast, though officials suspect al Shabaab.", False),
        ("No group has claimed the blast, which came a week after al Shabaab raided the town.", True),
    ],
)
def test_actors_attributed_attack_names_its_perpetrator(text: str, expected: bool) -> None:
    assert perpetrator_unknown(text) is expected


@pytest.mark.parametrize(("text", "inter"), [("UPDF", 8), ("Ugandan troops", 8), ("the troops", 1)])
def test_actors_named_foreign_force_is_external(text: str, inter: int) -> None:
    actor = Actor(text, "Military Forces of Uganda", "UGA", "MIL", 1)
    foreign_forces(actor, {"KEN"})
    assert actor.acled_inter == inter
