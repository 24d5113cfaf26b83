"""Each mention's actors (the ``actors`` step): who did it and to whom, resolved to ACLED actors with a country."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sitroom.extract.actors import (
    ActorResolver,
    acled_defaults,
    foreign_forces,
    identity_conflict,
    perpetrator_unknown,
    roles,
    scene_actors,
    span_tokens,
    state_name,
    subject_of,
)
from sitroom.extract.events import VIOLENT_TYPES, label_prefix
from sitroom.extract.force_senses import is_someone
from sitroom.extract.lexicons import country_names, country_words, reporting_verbs
from sitroom.model import AcledInter, Actor, Frame, Toponym

__all__ = ["resolve_actors"]

# state and external forces and civilians: who stays in the scene when the text says the culprit is unknown
_SPEECH = frozenset(reporting_verbs("actors"))
_NOT_ARMED_GROUPS = frozenset({AcledInter.STATE_FORCES, AcledInter.CIVILIANS, AcledInter.EXTERNAL_OTHER_FORCES})


def _a_town(tok: Any, toponyms: list[Toponym]) -> bool:
    """Is the phrase headed by ``tok`` a proper name of a place below a country (a town, a district, a region)?"""
    if not tok.text[:1].isupper():  # a name (the tagger may call "Homs" a noun)
        return False
    toks = span_tokens(tok)
    lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return any(
        t.start <= lo and hi <= t.end and t.feature not in ("country", "demonym") and t.lat is not None
        for t in toponyms
    )


def resolve_actors(
    mentions: list[Frame], doc: Any, text: str, toponyms: list[Toponym], focus: str | None, short: bool
) -> None:
    """Each mention's actors: its agent and patient resolved to ACLED actors, a country for an actor without one,
    ACLED's defaults where the text names no one, and the same actor never on both sides of one mention."""
    resolver = ActorResolver(focus)
    scene = scene_actors(doc, focus) if mentions else []
    if perpetrator_unknown(text):  # named groups the text mentions are context, not the culprit
        scene = [a for a in scene if a.acled_inter in _NOT_ARMED_GROUPS]
    told: tuple[int, Actor, str | None] | None = None  # the armed actor last named doing violence: sentence, sub-type
    sides: set[str] = set()  # every armed actor named doing violence so far
    for m in mentions:
        violent = m.etype.plover in ("ASSAULT", "COERCE")
        tok = doc[m.trigger.i]
        agent, patient = roles(tok)
        if (
            m.etype.plover == "REQUEST"
            and tok.dep_ == "ccomp"
            and {c.lower_ for c in tok.children} & {"must", "should"}
        ):
            patient, agent = agent, subject_of(tok.head)  # "X said Y must ...": X asks Y
        colon = text.find(":", m.sent_start, m.sent_start + 60)
        if agent is not None and colon >= 0 and agent.idx < colon and label_prefix(m.sent_text):
            agent = None  # "Movement of forces: ...": a coder's label, not an actor
        if patient is not None and _a_town(patient, toponyms):
            patient = None  # "overrunning Homs", "shelled Kharkiv": the town is where, not whom
        m.actor1 = resolver.resolve(agent, violent)
        m.actor2 = resolver.resolve(patient, violent) if patient is not None else None
        if not short and m.etype.acled_type in VIOLENT_TYPES:
            if m.actor1 is not None and _armed_doer(m.actor1):
                told = (m.sentence, m.actor1, m.etype.acled_sub)
                sides.add(m.actor1.name)
            elif (
                m.actor1 is None
                and not _doer_named(
                    agent
                )  # "settlers shot dead ten men": a doer the dictionary lacks is no one told before
                and _told_as_new(tok)
                and told is not None
                and len(sides) == 1
                and told[2] == m.etype.acled_sub
                and m.sentence - told[0] <= _TOLD_SENTENCES
            ):
                # "Russia fired a barrage of missiles ... A missile struck the hospital": an article that has named
                # one side doing violence goes on telling that side's acts of the same kind (with two sides named,
                # or another kind of act, an unnamed doer stays unnamed)
                a = told[1]
                m.actor1 = replace(a)
                told = (m.sentence, a, told[2])
        if m.actor1 is not None and m.actor1.country is None and agent is not None:
            toks = span_tokens(agent)
            lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            m.actor1.country = next((t.country for t in toponyms if lo <= t.start < hi and t.country), None)
        if m.actor1 is None or m.actor1.country is None:
            hurt = patient is not None and m.etype.plover in ("ASSAULT", "COERCE")  # "Malian soldiers were shot"
            skip = {t.i for t in span_tokens(patient)} if hurt else set()
            _country_from_sentence(doc, focus, short, m, resolver, skip)
        a1, a2 = m.actor1, m.actor2
        if (
            a1 is not None
            and a2 is not None
            and a1.acled_inter == a2.acled_inter == AcledInter.STATE_FORCES
            and a1.country == a2.country
        ):
            # a state does not fight itself: the second mention restates the first (a state may accuse its own)
            m.actor2 = None if m.etype.acled_type is not None else a2
        here = next(
            (
                t.country
                for t in toponyms
                if m.sent_start <= t.start < m.sent_end and t.country and t.feature != "demonym"
            ),
            None,
        )  # forces that act in a place are, by default, that place's
        identity = identity_conflict(tok)
        remote = m.etype.acled_type == "Explosions/Remote violence"
        own = _reporting_side(tok, focus) if agent is None and remote and not short else None
        # "the Armenian authorities said shells had landed in Stepanakert ... 16 of their servicemen killed": a side
        # that reports violence without naming its doer reports what was done to it, not its own act (its state's
        # forces, or forces its nationality names: "ethnic Armenian troops")
        here_scene = [a for a in scene if not _same_side(a, own)] if own is not None else scene
        acled_defaults(m, here or focus, here_scene, identity, doc)
        if own is not None and _unnamed_group(m.actor1):
            # shells, missiles and drones that fell on one side of a war between states were the other side's
            other = [a for a in here_scene if a.acled_inter in _STATES and a.sector == "MIL" and a.country != own[0]]
            if other:
                m.actor1 = replace(other[0])
        if m.etype.acled_type is not None:
            homes = {c for c in (here, focus) if c}
            foreign_forces(m.actor1, homes)
            foreign_forces(m.actor2, homes)
        a1, a2 = m.actor1, m.actor2
        if a1 is not None and a2 is not None and a1.name == a2.name:
            two_sides = m.etype.acled_type in ("Battles", "Riots") and (
                a1.acled_inter in (AcledInter.IDENTITY_MILITIA, AcledInter.RIOTERS)
                or a1.name.startswith("Unidentified")
            )  # rioters against rioters, an unnamed group against another; else one mention read twice
            if not two_sides:
                m.actor2 = None


def _doer_named(agent: Any) -> bool:
    """Does the text name who did it: people ("settlers"), not a weapon or an act ("Other missiles hit ...")?"""
    if agent is None or agent.head.lemma_.lower() in reporting_verbs("source"):
        return False  # "..., the mayor said": who tells it, not who did it
    return bool(is_someone(agent))


_HARMFUL = frozenset({"ASSAULT", "COERCE"})
_STATES = frozenset({AcledInter.STATE_FORCES, AcledInter.EXTERNAL_OTHER_FORCES})


def _unnamed_group(a: Actor | None) -> bool:
    return a is None or a.name.startswith("Unidentified")


def _same_side(a: Actor, own: tuple[str, frozenset[str]]) -> bool:
    """Is ``a`` of the reporting side: its state's or foreign forces of its country, or an armed actor named by the
    speaker's nationality word?"""
    country, words = own
    if a.country == country and a.acled_inter in _STATES:
        return True
    return a.acled_inter in _STATES | {AcledInter.REBEL_GROUP} and bool(words & set(a.text.lower().split()))


def _reporting_side(tok: Any, focus: str | None) -> tuple[str, frozenset[str]] | None:
    """The state whose officials report the clause of ``tok`` ("the Armenian authorities said shells had landed
    ..."), when the speaker is a state's government, army or officials: its country and the nationality words the
    speaker's name uses ("armenian"); else None."""
    head = tok
    for _ in range(6):
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in _SPEECH:
            speaker = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if speaker is None:
                return None
            found = ActorResolver(focus).resolve(speaker)
            if found is None or found.acled_inter not in _STATES or not found.country:
                return None
            names = country_words()
            words = frozenset(w.lower_ for w in speaker.subtree if names.get(w.lower_) is not None)
            return found.country, words
        if head.head.i == head.i:
            return None
        head = head.head
    return None


_TOLD_SENTENCES = 4  # how far an article's account of one side's violence carries to a sentence naming no doer


def _told_as_new(tok: Any) -> bool:
    """A trigger that tells an act as it happens: a verb ("a missile struck"), or a noun that is its clause's subject
    with no definite article ("a missile strike killed three"; "the attack" refers to one told before)."""
    if tok.pos_ == "VERB":
        return True
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return True  # "a missile strike on a depot killed three", however the parser hangs it
    return tok.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in tok.children
    )


def _armed_doer(a: Actor) -> bool:
    """A named organised armed side: state, rebel, militia or foreign forces (not civilians, crowds, speakers)."""
    if a.acled_inter == AcledInter.STATE_FORCES and not a.name.startswith(("Military Forces", "Police Forces")):
        return False  # a government (or a country named for it) orders and speaks; its forces fight
    return (
        a.sector not in ("GOV", "LEG", "JUD")
        and a.acled_inter
        in (
            AcledInter.STATE_FORCES,
            AcledInter.REBEL_GROUP,
            AcledInter.POLITICAL_MILITIA,
            AcledInter.IDENTITY_MILITIA,
            AcledInter.EXTERNAL_OTHER_FORCES,
        )
        and not a.name.startswith("Unidentified")
    )


def _country_from_sentence(
    doc: Any, focus: str | None, short: bool, m: Frame, resolver: ActorResolver, skip: set[int] | None = None
) -> None:
    """An actor without a country takes the first country named before the trigger in its sentence ("Norway says
    it will fund ..."), else the article's focus country; with no actor at all, that country is the actor.
    Words of the event's patient (``skip``: "three Malian soldiers were ambushed") name the victim, not the actor."""
    sent = doc[m.trigger.i].sent
    before = [t for t in sent if t.i < m.trigger.i and t.i not in (skip or set())]
    named = resolver.country_of(before)
    # the article's country stands in for an unnamed actor of a diplomatic (non-ACLED) act only
    iso = named or (focus if m.actor1 is not None or m.etype.acled_type is None else None)
    if iso is None:
        return
    if m.actor1 is None and not short and (m.etype.acled_type is not None or m.etype.plover in _HARMFUL):
        return  # in an article, no one named doing violence is no one: not the state of a country it names
    if m.actor1 is None:
        m.actor1 = Actor(
            country_names().get(iso, iso),
            state_name(iso, m.etype.plover == "ASSAULT"),
            iso,
            None,
            AcledInter.STATE_FORCES,
        )
    else:
        m.actor1.country = iso
