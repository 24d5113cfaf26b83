"""Issue 10: who speaks about an event is not who did it, and a pronoun in reported speech is its speaker. The
sentences are written for these tests from English syntax (verbs of judgement and speech, Levin 1993) and the
ACLED codebook's actor conventions, not from any dataset record."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.extract.actor_syntax import roles, speaker_of_clause
from sitroom.extract.actors import ActorResolver, scene_actors


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The European Union condemned the attack on Monday.", "attack"),
        ("The prime minister called the bombing an act of terrorism.", "bombing"),
        ("Rights groups denounced the killings.", "killings"),
    ],
)
def test_judging_speaker_is_no_agent(nlp: Any, text: str, trigger: str) -> None:
    agent, _ = roles(_tok(nlp(text), trigger))
    assert agent is None, f"{agent.text!r} judges the event, it did not carry it out"


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Al-Shabaab claimed the attack on Monday.", "attack", "Shabaab"),  # a claim names the perpetrator
        ("The rebels launched an attack on the town.", "attack", "rebels"),
        ("The jets circled the town before dropping their bombs.", "bombs", "jets"),  # a gerund adjunct's subject
        ("Three others died in police firing in the town.", "firing", "police"),  # who fired
    ],
)
def test_owning_and_acting_subjects_stay_agents(nlp: Any, text: str, trigger: str, agent: str) -> None:
    found, _ = roles(_tok(nlp(text), trigger))
    assert found is not None and found.text == agent


def test_object_controls_a_complement_gerund(nlp: Any) -> None:
    """ "stopped the crowd from reaching the square": the troops do not reach it (after "from" the object is the
    gerund's subject; after "before", "after", "by" the clause's subject is)."""
    doc = nlp("Troops stopped the crowd from reaching the square.")
    agent, _ = roles(_tok(doc, "reaching"))
    assert agent is None or agent.text != "Troops"


def test_judging_speaker_is_not_in_the_scene(nlp: Any) -> None:
    doc = nlp("A roadside bomb killed three soldiers on Tuesday. The European Union condemned the attack.")
    assert not [a for a in scene_actors(doc, "MLI") if a.name.startswith("European Union")]


@pytest.mark.parametrize(
    ("text", "pronoun", "speaker"),
    [
        ("The army said it had reinforced its positions.", "it", "army"),
        ("Police said they arrested two men.", "they", "Police"),
    ],
)
def test_pronoun_of_reported_speech_is_its_speaker(nlp: Any, text: str, pronoun: str, speaker: str) -> None:
    found = speaker_of_clause(_tok(nlp(text), pronoun))
    assert found is not None and found.text == speaker


def test_plural_speaker_is_not_it(nlp: Any) -> None:
    assert speaker_of_clause(_tok(nlp("Witnesses said it exploded at noon."), "it")) is None


def test_pronoun_resolves_to_the_speaker_actor(nlp: Any) -> None:
    doc = nlp("Gunmen attacked a village. The army said it had reinforced its positions.")
    resolver = ActorResolver("MLI")
    resolver.resolve(_tok(doc, "Gunmen"))
    actor = resolver.resolve(_tok(doc, "it"))
    assert actor is not None and actor.name == "Military Forces of Mali"


def test_rights_groups_are_no_armed_group(nlp: Any) -> None:
    doc = nlp("Human rights groups urged the authorities to protect civilians.")
    actor = ActorResolver("MLI").resolve(_tok(doc, "groups"))
    assert actor is not None and actor.acled_inter is None and actor.sector == "NGO"


def test_possessive_of_reported_speech_is_its_speaker(nlp: Any) -> None:
    """ "the defence ministry said its missiles had destroyed a warship": "its" is the ministry (the speaker of the
    clause, agreeing in number), so the missiles are the ministry's."""
    doc = nlp("Russia's defence ministry said its missiles had destroyed a Ukrainian warship.")
    its = _tok(doc, "its")
    speaker = speaker_of_clause(its)
    assert speaker is not None and speaker.text == "ministry"
    doc = nlp("The ministries said its missiles had destroyed a warship.")  # "its" is no plural speaker
    assert speaker_of_clause(_tok(doc, "its")) is None
