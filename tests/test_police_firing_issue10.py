"""Issue 10: who fired, told in a clause of time or a coordinated clause, and who reports it. The sentences are
written for these tests from English syntax (adverbial clauses of time, coordination with ellipsis) and the ACLED
codebook's one event per actor pair, place and day, not from any dataset record."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.extract.actor_syntax import doer_in_clause, roles
from sitroom.extract.occurrence import casualty_report, source_of
from tests.article_cases import context_runner, events_in, show_events


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("A boy was killed when troops fired on the crowd.", "killed", "troops"),
        ("Two men were killed and three injured when soldiers opened fire on the market.", "killed", "soldiers"),
        ("A farmer was wounded as militiamen shelled the village.", "wounded", "militiamen"),
        ("Two protesters died when police opened fire on the march.", "died", "police"),
    ],
)
def test_doer_named_in_a_clause_of_time(nlp: Any, text: str, trigger: str, agent: str) -> None:
    found, _ = roles(_tok(nlp(text), trigger))
    assert found is not None and found.text == agent


@pytest.mark.parametrize(
    "text",
    [
        "A boy was killed when a wall fell on him.",  # no act of force: no doer
        "A boy was killed when it rained.",
        "Two men were injured after the bus overturned.",
    ],
)
def test_no_doer_without_an_act_of_force(nlp: Any, text: str) -> None:
    doc = nlp(text)
    harm = next(t for t in doc if t.lemma_ in ("kill", "injure"))
    assert doer_in_clause(harm) is None


def test_harm_with_its_doer_is_no_bare_casualty_report(nlp: Any) -> None:
    doc = nlp("A boy was killed when troops fired on the crowd. Three people were injured.")
    assert not casualty_report(_tok(doc, "killed"))
    assert casualty_report(_tok(doc, "injured"))


def test_speaker_of_a_participle_of_speech(nlp: Any) -> None:
    """ "the police said, adding that three were stabbed": the police report it, they did not stab anyone."""
    doc = nlp("The curfew was extended, the police said adding at least three people were stabbed in the city.")
    assert source_of(_tok(doc, "stabbed")) == "the police"


CASES = {
    "two_acts": (
        "2004-05-12",
        "A woman was burnt alive and a youth perished in police firing in Ranipur on Tuesday. "
        "The woman was attacked in her house by a mob, witnesses said. "
        "Shops were set on fire in the market. "
        "A curfew was imposed in the town. "
        "The district collector appealed for calm. "
        "Schools stayed closed. "
        "Buses did not run on the highway.",
    ),
    "one_act": (
        "2004-05-12",
        "A man was killed and four others were injured when soldiers opened fire on a crowd in Ranipur on Tuesday. "
        "The crowd had blocked the highway. "
        "A curfew was imposed in the town. "
        "The district collector appealed for calm. "
        "Schools stayed closed. "
        "Buses did not run on the highway. "
        "Shops stayed shut.",
    ),
    "speaker": (
        "2004-05-12",
        "No curfew was imposed in the old city, the police said adding that two men were stabbed in Ranipur on "
        "Sunday. "
        "The men were taken to the civil hospital. "
        "The district collector appealed for calm. "
        "Schools stayed closed. "
        "Buses did not run on the highway. "
        "Shops stayed shut. "
        "Traders demanded protection.",
    ),
    "complicity": (
        "2004-05-12",
        "The opposition said the state government had been accused of complicity with the rioters. "
        "The minister rejected the charge in the assembly on Tuesday. "
        "The assembly was adjourned twice. "
        "The speaker called a meeting of party leaders. "
        "Members walked out of the house. "
        "The session ends on Friday. "
        "A vote is expected next week.",
    ),
    "count": (
        "2004-05-12",
        "Patrols were stepped up in the old city of Ranipur on Tuesday after two days of communal riots, and an "
        "unspecified number of preventive arrests have been made to keep trouble-makers off the streets. "
        "The district collector appealed for calm. "
        "Schools stayed closed. "
        "Buses did not run on the highway. "
        "Shops stayed shut. "
        "Traders demanded protection. "
        "A meeting of community leaders is planned for Friday.",
    ),
    "doer_later": (
        "2004-05-12",
        "Rioting broke out in the old city of Ranipur on Tuesday night. "
        "One person was killed when police fired on a mob throwing stones in the old city. "
        "The district collector appealed for calm. "
        "Schools stayed closed on Wednesday. "
        "Buses did not run on the highway. "
        "Shops stayed shut. "
        "Traders demanded protection.",
    ),
}


@pytest.fixture(scope="module")
def ctx(nlp: Any, geoparser: Any) -> Any:
    return context_runner(nlp, geoparser, CASES)


def test_coordinated_clauses_with_two_doers_are_two_events(ctx: Any) -> None:
    """ACLED codes one event per actor pair: a mob's burning and the police's firing, told in one sentence, are
    two events, and the firing is the police's."""
    c = ctx("two_acts")
    lead = [e for e in events_in(c, "A woman was burnt alive") if e.acled_event_type]
    assert len(lead) == 2, show_events(c)
    firing = [e for e in lead if e.actor1 is not None and e.actor1.acled_inter == 1]
    assert firing, show_events(c)


def test_killing_and_its_wounded_stay_one_event(ctx: Any) -> None:
    """ "A man was killed and four others were injured when soldiers opened fire": one event, the soldiers' (the
    schema's actor 1 is who acts), with its dead and wounded."""
    c = ctx("one_act")
    lead = [e for e in events_in(c, "A man was killed") if e.acled_event_type]
    assert len(lead) == 1, show_events(c)
    e = lead[0]
    assert e.actor1 is not None and e.actor1.acled_inter == 1, show_events(c)
    assert e.fatalities.killed == 1, show_events(c)


def test_speaker_adding_a_report_is_not_its_doer(ctx: Any) -> None:
    c = ctx("speaker")
    stab = [e for e in events_in(c, "two men were stabbed") if e.acled_event_type]
    assert stab, show_events(c)
    assert all(e.actor1 is None or e.actor1.acled_inter != 1 for e in stab), show_events(c)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police fired several rounds in the air to disperse the crowd.", True),
        ("The troops fired at the protesters.", True),
        ("The police fired to disperse the mob.", True),
        ("The guards fired into the air.", True),
        ("The company fired 200 workers last year.", False),
        ("The club fired its coach after the defeat.", False),
        ("Police fired tear gas shells at the crowd.", False),  # the shells name what was fired (riot control)
        ("Police fired rubber bullets.", False),  # riot control rounds, no shots
    ],
)
def test_fire_as_shooting(nlp: Any, text: str, expected: bool) -> None:
    from sitroom.extract.force_senses import shots_fired

    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "fire" and t.pos_ == "VERB")
    assert shots_fired(verb) is expected


def test_demonstrative_plural_is_the_set_of_events(nlp: Any) -> None:
    from sitroom.extract.occurrence import series

    doc = nlp("An estimated 700 people have been killed during these riots.")
    assert series(_tok(doc, "riots"))
    doc = nlp("Two riots broke out in the old city on Monday.")
    assert not series(_tok(doc, "riots"))


def test_the_known_set_of_riots_is_no_new_event(nlp: Any) -> None:
    from sitroom.extract.occurrence import series

    doc = nlp("Despite the riots, the party kept him in office.")
    assert series(_tok(doc, "riots"))
    doc = nlp("The riots spread to three more towns on Monday.")
    assert not series(_tok(doc, "riots"))  # the subject of its own verb tells what the riots did


def test_company_of_rioters_is_no_riot(ctx: Any) -> None:
    """ "accused of complicity with the rioters" names a relation to the rioters, not a riot."""
    c = ctx("complicity")
    assert not [e for e in c.events if e.acled_event_type == "Riots"], show_events(c)


def test_event_told_without_its_doer_takes_the_doer_another_report_names(ctx: Any) -> None:
    """One riot told first without a doer, then with the police firing on the mob: the event is the police's
    (who acted, named by one of its reports), with the rioters as the other party."""
    c = ctx("doer_later")
    riots = [e for e in c.events if e.acled_event_type == "Riots"]
    assert riots, show_events(c)
    assert any(e.actor1 is not None and e.actor1.acled_inter == 1 for e in riots), show_events(c)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the raids, 50 persons were held and weapons were seized.", "arrest"),
        ("Two suspects are being held at the district jail.", "arrest"),
        ("Talks were held in the capital on Monday.", None),
        ("Two men were held hostage for a week.", None),  # an abduction, told by its own phrase
        ("He was held responsible for the violence.", None),
        ("Police apprehended two suspects near the station.", "arrest"),
        ("The former minister apprehended the hand of a foreign agency in the massacre.", None),
    ],
)
def test_held_and_apprehended_are_arrests_only_of_people(nlp: Any, text: str, expected: str | None) -> None:
    from sitroom.extract.events import find_triggers
    from sitroom.extract.senses import other_sense

    doc = nlp(text)
    kinds = {
        t.kind
        for s in doc.sents
        for t in find_triggers(s)
        if t.kind == "arrest" and not other_sense(doc[t.i], t.kind, t.text.lower())
    }
    assert (expected in kinds) if expected else not kinds


def test_arrests_counted_as_a_number_are_made(ctx: Any) -> None:
    """ "an unspecified number of preventive arrests have been made": the count carries the light verb."""
    c = ctx("count")
    assert [e for e in c.events if e.acled_sub_event_type == "Arrests"], show_events(c)


def test_who_tells_of_a_clash_is_not_its_party(nlp: Any) -> None:
    from sitroom.extract.actors import scene_actors

    doc = nlp("The areas continued to witness group clashes, police said on Thursday.")
    assert not [a for a in scene_actors(doc, "IND") if a.acled_inter == 1]


@pytest.mark.parametrize(
    "text",
    [
        "A woman was hacked to death and her son was shot by the gunmen.",  # one attack told with ellipsis
        "A policeman was shot dead and a protester was beaten by the crowd.",
        "Two soldiers were killed and a civilian was wounded when militants attacked a checkpoint.",
    ],
)
def test_coordinated_clauses_without_the_state_on_one_side_stay_one(nlp: Any, text: str) -> None:
    from sitroom.extract.detect import _coordinated_apart
    from sitroom.extract.events import find_triggers

    doc = nlp(text)
    triggers = [t for s in doc.sents for t in find_triggers(s)]
    assert not _coordinated_apart(doc, triggers, {t.i: roles(doc[t.i])[0] for t in triggers})
