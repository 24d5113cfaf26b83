"""Actors from the syntax and their ACLED-style normalisation, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.extract.actors import ActorResolver, acled_actor, roles


def _trigger(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country", "inter"),
    [
        ("Azerbaijani soldiers shelled the village.", "shelled", "Military Forces of Azerbaijan", "AZE", 1),
        ("Kenyan police arrested the suspects.", "arrested", "Police Forces of Kenya", "KEN", 1),
        ("Al Shabaab fighters attacked the camp.", "attacked", "Al Shabaab", "SOM", 2),
        ("Unidentified gunmen attacked the bus.", "attacked", "Unidentified Armed Group (Kenya)", "KEN", 3),
        ("Pokot raiders attacked the herders.", "attacked", "Pokot Ethnic Militia (Kenya)", "KEN", 4),
    ],
)
def test_actors_agent_normalised(nlp: Any, text: str, trigger: str, name: str, country: str, inter: int) -> None:
    doc = nlp(text)
    agent, _ = roles(_trigger(doc, trigger))
    actor = ActorResolver("KEN").resolve(agent, violent=True)
    assert actor is not None
    assert (actor.name, actor.country, actor.acled_inter) == (name, country, inter)


def test_actors_passive_agent_and_patient(nlp: Any) -> None:
    doc = nlp("Two farmers were attacked by bandits.")
    agent, patient = roles(_trigger(doc, "attacked"))
    assert agent is not None and agent.text == "bandits"
    assert patient is not None and patient.text == "farmers"


def test_actors_relative_pronoun_takes_its_head(nlp: Any) -> None:
    doc = nlp("Russia, which has deployed peacekeepers to the region, called for calm.")
    agent, _ = roles(_trigger(doc, "deployed"))
    actor = ActorResolver(None).resolve(agent)
    assert actor is not None and actor.country == "RUS"


def test_actors_pronoun_corefers(nlp: Any) -> None:
    doc = nlp("The Sudanese army launched an offensive. It said the operation would continue.")
    resolver = ActorResolver(None)
    first = resolver.resolve(_trigger(doc, "army"), violent=True)
    again = resolver.resolve(_trigger(doc, "It"))
    assert first is not None and again is not None
    assert (again.country, again.name) == ("SDN", first.name)


@pytest.mark.parametrize(
    ("inter", "name"),
    [
        (6, "Protesters (Kenya)"),
        (5, "Rioters (Kenya)"),
        (7, "Civilians (Kenya)"),
        (3, "Unidentified Armed Group (Kenya)"),
    ],
)
def test_actors_acled_generic_names(inter: int, name: str) -> None:
    assert acled_actor(inter, "KEN").name == name
