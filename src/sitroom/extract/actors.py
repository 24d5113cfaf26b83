"""Actors normalised ACLED-style, and ACLED's conventions of who is actor 1 and actor 2 of each sub-event type.

The agent and patient come from the parse (:mod:`sitroom.extract.actor_syntax`).
A mention is normalised through ``data/actors.json`` (head nouns, named groups, ethnic groups) and
``data/demonyms.tsv`` (country names and nationality words) to a name, an ISO3 country, a CAMEO/PLOVER sector and
an ACLED inter code; pronouns and definite descriptions ("it", "the group", "its operation") take the most recent
compatible actor of the document (:class:`ActorResolver`; both in :mod:`sitroom.extract._actor_resolver`).
This module applies ACLED's conventions to a mention's actors (:func:`acled_defaults`, :func:`foreign_forces`).
"""

from __future__ import annotations

import re
from typing import Any

from sitroom.extract._actor_resolver import (
    CIVILIANS,
    EXTERNAL,
    IDENTITY,
    POLITICAL,
    PROTESTERS,
    REBEL,
    RIOTERS,
    STATE,
    ActorResolver,
    acled_actor,
    group_pattern,
    is_armed,
    perpetrator_unknown,
    scene_actors,
    state_name,
)
from sitroom.extract.actor_syntax import roles, span_tokens, subject_of
from sitroom.extract.actor_words import identity_conflict, is_crowd, noun_entry
from sitroom.extract.lexicons import country_words, event_lexicon, word_lists, word_pattern
from sitroom.model import AcledInter, Actor, is_brief
from sitroom.nlp import doc_lower

__all__ = [
    "ActorResolver",
    "acled_actor",
    "acled_defaults",
    "foreign_forces",
    "identity_conflict",
    "is_armed",
    "perpetrator_unknown",
    "roles",
    "scene_actors",
    "span_tokens",
    "state_name",
    "subject_of",
    "targeted_forces",
]


_ARMED_SUBS = frozenset(
    {
        "Attack",
        "Abduction/forced disappearance",
        "Sexual violence",
        "Armed clash",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Air/drone strike",
        "Looting/property destruction",
        "Non-state actor overtakes territory",
        "Disrupted weapons use",
    }
)
_VS_CIVILIANS = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
_REMOTE = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Shelling/artillery/missile attack"})
_NOT_FORCES = frozenset({"IGO", "NGO", "JUD", "GOV", "LEG", "MED", "REF"})
_NON_VIOLENT_ACTS = frozenset(
    {"Change to group/activity", "Non-violent transfer of territory", "Headquarters or base established", "Other"}
)
# the forces' own use of force on a crowd: shooting (fired, opened fire, firing, shot) or a baton charge
_FORCE_USED = word_pattern(word_lists("doers.json").ordered("force_used"))
_STATE_FIRST = _REMOTE | {"Armed clash", "Air/drone strike"}


def _perpetrator(scene: list[Actor], patient: Actor | None, inters: tuple[AcledInter, ...]) -> Actor | None:
    """The first named armed actor of the scene that is not the victim: named groups, then militias. An
    international organisation (the UN, the OSCE, the EU) mediates, condemns or counts: it is no one's doer."""
    for wanted in inters:
        for a in scene:
            # (nor a word of the victim's own name: "guerrilla" of "Sixteen left-wing guerrilla prisoners were shot")
            victim = patient is not None and (a.text == patient.text or _word_of(a.text, patient.text))
            if a.acled_inter == wanted and a.sector != "IGO" and not victim:
                return a
    return None


def _word_of(part: str, whole: str) -> bool:
    """Are the words of ``part`` words of ``whole`` ("guerrilla" of "left-wing guerrilla prisoners")?"""
    return re.search(r"\b" + re.escape(part.lower()) + r"\b", whole.lower()) is not None


def _unnamed(a: Actor | None) -> bool:
    return (
        a is None or a.acled_inter is None or (a.acled_inter == POLITICAL and (a.name or "").startswith("Unidentified"))
    )


def _once(doc: Any, name: str, compute: Any) -> Any:
    """A fact about the whole doc, computed once per doc (each of its mentions asks)."""
    key = f"sitroom_{name}"
    if key not in doc.user_data:
        doc.user_data[key] = compute(doc)
    return doc.user_data[key]


def _forces_named_first(story: str) -> bool | None:
    """Whether a report of forces acting on a demonstration names the forces before the gathering (None: it names
    only one of them). The party a report introduces first is the one ACLED lists first, since a coder's note
    follows the story's order."""
    context = event_lexicon().context
    forces = context["state_forces"].search(story)
    crowd = context["gathering"].search(story)
    if forces is None or crowd is None:
        return None if forces is None and crowd is None else crowd is None
    return forces.start() < crowd.start()


def acled_defaults(
    m: Any, focus: str | None, scene: list[Actor] | None = None, identity: bool = False, doc: Any = None
) -> None:
    """ACLED's coding of who acts in each sub-event type, where the syntax left a role empty or untyped.

    Demonstrators are actor 1 of a protest (Protesters, inter 6) or a riot (Rioters, inter 5); an attack on
    civilians has Civilians as actor 2; an unnamed perpetrator of violence is an unidentified armed group of the
    event's country (inter 3), or a communal militia (inter 4) when the violence is called ethnic, tribal or clan
    violence (``identity``); civilians who turn violent are rioters (inter 5); arrests are made by the police.
    Actor order carries no direction in ACLED (the codebook: actor 1 and actor 2 are not attacker and defender,
    and interaction codes put the lower type first), so state forces in a battle or a remote attack with a non-state
    armed group are listed first, as ACLED's data habitually do, and so are the forces a bomb or grenade was aimed
    at; a group that claimed an attack keeps its place; a security operation or crackdown is the state's; forces
    using excessive force and the protesters come in the order the report introduces them.
    """
    sub = m.etype.acled_sub
    if sub is None:
        return
    a1, a2 = m.actor1, m.actor2
    iso = (a1.country if a1 and a1.country and len(a1.country) == 3 and a1.country != "IGO" else None) or focus
    text1 = a1.text if a1 else ""
    if sub == "Excessive force against protesters":  # the forces that used it and the protesters they targeted
        forces = a1 if a1 is not None and a1.acled_inter == STATE else acled_actor(STATE, iso, police=True)
        first = _once(doc, "forces_first", lambda d: _forces_named_first(doc_lower(d))) if doc is not None else None
        m.actor1, m.actor2 = (
            (forces, acled_actor(PROTESTERS, iso)) if first in (True, None) else (acled_actor(PROTESTERS, iso), forces)
        )
    elif m.etype.acled_type == "Protests":
        m.actor1 = acled_actor(PROTESTERS, iso, text1)
        if sub != "Peaceful protest" and not is_armed(a2):
            m.actor2 = acled_actor(STATE, iso, police=True)
    elif (
        m.etype.acled_type == "Riots"
        and a1 is not None
        and a1.acled_inter == STATE
        and m.agent_text
        and (
            _FORCE_USED.search(m.trigger.text.lower()) is not None
            or (m.trigger.kind == "attack" and _FORCE_USED.search(m.sent_text.lower()) is not None)
        )  # not "clashes between forces and protesters", nor soldiers who riot themselves
    ):
        # "police opened fire on the stone-pelting mob": the forces its own clause names as the doer act (the
        # schema's actor 1 is the initiator); the rioters they fired on are the other party
        m.actor2 = acled_actor(RIOTERS, iso)
    elif m.etype.acled_type == "Riots" and a1 is not None and a1.acled_inter == STATE and _crowd(a2):
        # "police clashed with protesters": the crowd riots, the forces it fought are the other party
        m.actor1, m.actor2 = acled_actor(RIOTERS, iso, a2.text if a2 is not None else ""), a1
    elif m.etype.acled_type == "Riots":
        m.actor1 = acled_actor(RIOTERS, iso, text1)
        if a2 is None or a2.acled_inter is None:
            m.actor2 = acled_actor(CIVILIANS, iso) if sub == "Mob violence" else acled_actor(STATE, iso, police=True)
    elif sub in _ARMED_SUBS:
        claimed = doc is not None and bool(
            _once(doc, "claimed", lambda d: event_lexicon().context["claim"].search(doc_lower(d)) is not None)
        )
        operation = doc is not None and m.trigger.text.lower() in _OPERATIONS
        _armed_defaults(m, sub, iso, scene or [], identity, (claimed, operation), focus)
        if sub in _REMOTE and doc is not None:
            _target_first(m, targeted_forces(doc, focus, _told_with(doc, m)), focus)
    elif sub == "Arrests":
        state_arrests(m, iso, text1)
    elif sub == "Government regains territory" and (a1 is None or a1.acled_inter != STATE):
        m.actor1 = acled_actor(STATE, iso, text1)
    elif sub in _NON_VIOLENT_ACTS and a1 is None:
        if is_armed(a2) and sub == "Change to group/activity":
            m.actor1, m.actor2 = a2, None  # "troops were deployed": the moved force acts
        else:  # a coder's note names its actor somewhere: a named group first, else the state's forces
            m.actor1 = _perpetrator(
                [a for a in scene or [] if not _unnamed(a)], None, (REBEL, IDENTITY, POLITICAL, EXTERNAL, STATE)
            )


def state_arrests(m: Any, iso: str | None, text: str = "") -> None:
    """ACLED codes arrests as the state's: the country's police, unless the mention names a state actor; one named
    on the other side of an actor taken for the doer ("protesters ... arrested by police") takes the first place,
    the arrested the second."""
    a1, a2 = m.actor1, m.actor2
    if a1 is not None and a1.acled_inter == STATE:
        return
    if a1 is not None and a2 is not None and a2.acled_inter == STATE:
        m.actor1, m.actor2 = a2, a1
    else:
        m.actor1 = acled_actor(STATE, iso, text, police=True)


def _crowd(a: Actor | None) -> bool:
    return a is not None and a.acled_inter in (PROTESTERS, RIOTERS)


def _armed_defaults(
    m: Any,
    sub: str,
    iso: str | None,
    scene: list[Actor],
    identity: bool,
    cues: tuple[bool, bool] = (False, False),
    home: str | None = None,
) -> None:
    """``cues``: the text says a group claimed the attack; the trigger is a security operation or crackdown.
    ``home``: the country the event happens in (forces of another country are foreign there)."""
    claimed, operation = cues
    a1, a2 = m.actor1, m.actor2
    text1 = a1.text if a1 else ""
    if sub == "Air/drone strike" and (a1 is None or a1.acled_inter not in (STATE, EXTERNAL)):
        named = _perpetrator([a for a in scene if a is not a2], a2, (STATE, EXTERNAL))
        a1 = m.actor1 = named or acled_actor(STATE, iso, text1)  # aircraft and drones are flown by states' forces
    if operation and (a1 is None or a1.acled_inter not in (STATE, EXTERNAL)):
        state = _perpetrator(scene, None, (STATE, EXTERNAL))  # a security operation or crackdown is the state's
        if state is not None:
            a1, a2 = m.actor1, m.actor2 = state, a1 if is_armed(a1) else a2
    if sub in _REMOTE and _unnamed(a1) and a2 is not None and a2.acled_inter == REBEL:
        a1, a2 = m.actor1, m.actor2 = a2, None  # "hit an al Shabaab-planted mine": the group planted it
    if a1 is not None and a1.name.startswith("Unidentified"):
        named = _perpetrator(
            [a for a in scene if not a.name.startswith("Unidentified")], a2, (REBEL, IDENTITY, POLITICAL)
        )
        a1 = m.actor1 = named or a1  # unnamed gunmen said to belong to a group: the group the text names
    if a1 is not None and a1.acled_inter == CIVILIANS and sub not in _REMOTE and sub != "Disrupted weapons use":
        if sub == "Armed clash" and (identity or (a2 is not None and a2.acled_inter == IDENTITY)):
            a1 = m.actor1 = acled_actor(IDENTITY, iso, text1)  # "farmers clash with herders": communities fight
        elif is_crowd(a1):
            a1 = m.actor1 = acled_actor(RIOTERS, iso, text1)  # "angry residents lynched ...": a mob
    if not is_armed(a1) and not (a1 is not None and a1.acled_inter == RIOTERS):
        found = _perpetrator(
            scene,
            a2,
            (REBEL, IDENTITY, POLITICAL, EXTERNAL)
            if sub != "Armed clash"
            else (REBEL, IDENTITY, POLITICAL, EXTERNAL, STATE),
        )
        a1 = m.actor1 = found or acled_actor(IDENTITY if identity else POLITICAL, iso, text1)
    elif identity and _unnamed(a1):
        a1 = m.actor1 = acled_actor(IDENTITY, iso, text1)
    if identity and sub == "Armed clash" and _unnamed(a2):
        m.actor2 = acled_actor(IDENTITY, iso, a2.text if a2 else "")
    a2 = m.actor2
    if sub in _VS_CIVILIANS and (a2 is None or is_armed(a2) or a2.acled_inter in (None, RIOTERS)):
        # the victims of violence against civilians are civilians ("police shot dead a youth": not a rioter)
        m.actor2 = acled_actor(CIVILIANS, iso, a2.text if a2 else "")
    elif (
        sub in _STATE_FIRST
        and a1 is not None
        and a2 is not None
        and not _foreign(a2, home)
        and _state_first(sub, a1, a2, claimed)
    ):
        m.actor1, m.actor2 = a2, a1
    elif sub == "Armed clash" and not is_armed(a2):  # a battle has two armed sides: the other one the text names
        other = [
            a for a in scene if is_armed(a) and a.sector not in _NOT_FORCES and a.name != (a1.name if a1 else None)
        ]
        m.actor2 = _perpetrator(other, None, (STATE, EXTERNAL, REBEL, IDENTITY, POLITICAL)) or a2
        state2 = m.actor2 is not None and m.actor2.acled_inter == STATE and not _foreign(m.actor2, home)
        if (
            a1 is not None
            and m.actor2 is not None
            and state2
            and a1.acled_inter in ((POLITICAL,) if claimed else (REBEL, POLITICAL))
        ):
            m.actor1, m.actor2 = m.actor2, a1


_OPERATIONS = word_lists("doers.json").words("operation_nouns")
_AIMED_AT = word_lists("doers.json").words("aimed_at_prepositions")


def targeted_forces(doc: Any, focus: str | None, within: Any = None) -> Actor | None:
    """The state forces a remote attack is aimed at: "hurled a grenade at a police post", "fired mortars towards
    the army base", "targets police with an IED" (the aim, not the casualties). A note frames one event: found once
    per doc (it reads the whole doc, and every remote attack of the doc asks). In a whole article, ``within`` (the
    attack's sentence and the two after it, :func:`_told_with`): only where the attack is told is its aim told (stones
    thrown at the police a year later do not make the police its target)."""
    key = f"sitroom_targeted_forces:{focus}:{within.start if within is not None else ''}"
    if key not in doc.user_data:
        doc.user_data[key] = _targeted_forces(doc if within is None else within, focus)
    found: Actor | None = doc.user_data[key]
    return None if found is None else Actor(found.text, found.name, found.country, found.sector, found.acled_inter)


_TOLD_WITH = 2  # the sentences after an attack's own that may still tell its aim ("the first explosion targeted ...")


def _told_with(doc: Any, m: Any) -> Any:
    """The span of the sentence of mention ``m``'s trigger and the :data:`_TOLD_WITH` after it, in a whole article;
    None (the whole text) in a note or brief."""
    sents = _once(doc, "sentences", lambda d: list(d.sents))
    if is_brief(len(sents), doc.text):
        return None
    i = m.trigger.i
    n = next(k for k, s in enumerate(sents) if s.start <= i < s.end)
    return doc[sents[n].start : sents[min(n + _TOLD_WITH, len(sents) - 1)].end]


def _targeted_forces(doc: Any, focus: str | None) -> Actor | None:
    resolver = ActorResolver(focus)
    for tok in doc:
        entry = noun_entry(tok)
        if entry is None or entry[0] not in ("MIL", "COP"):
            continue
        head = tok
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
            head = head.head
        aimed = head.dep_ == "pobj" and head.head.lower_ in _AIMED_AT
        aimed = aimed or (head.dep_ == "dobj" and head.head.lemma_.lower() == "target")
        if aimed:
            actor = resolver.resolve(tok, True)
            if actor is not None and actor.acled_inter in (STATE, EXTERNAL):
                return actor
    return None


def _foreign(a: Actor, home: str | None) -> bool:
    """Forces acting outside their country (ACLED inter 8): the group that fights them keeps its place as actor 1,
    as the report names it (the codebook gives actor order no meaning; its interaction code orders the types)."""
    if a.acled_inter == EXTERNAL:
        return True
    return a.acled_inter == STATE and bool(a.country) and home is not None and a.country != home


def _target_first(m: Any, target: Actor | None, home: str | None = None) -> None:
    """State forces a remote attack was aimed at are listed first, before the non-state group that aimed it."""
    a1, a2 = m.actor1, m.actor2
    if (
        target is None
        or _foreign(target, home)
        or a1 is None
        or a1.acled_inter not in (REBEL, POLITICAL, IDENTITY)
        or is_armed(a2)
    ):
        return
    m.actor1, m.actor2 = target, a1


def _state_first(sub: str, a1: Actor, a2: Actor, claimed: bool = False) -> bool:
    """State forces (inter 1) and external forces (inter 8) are listed before the non-state armed group they fight;
    in a remote attack (a bomb, a grenade) only before an unnamed or communal group, a named rebel group keeping its
    place."""
    if a2.acled_inter not in (STATE, EXTERNAL) or (claimed and a1.acled_inter == REBEL):
        return False  # a named group that claimed the attack is its actor 1
    return a1.acled_inter in (
        (REBEL, POLITICAL, IDENTITY) if sub == "Armed clash" or a2.acled_inter == EXTERNAL else (POLITICAL, IDENTITY)
    )


def foreign_forces(actor: Actor | None, homes: set[str]) -> None:
    """State forces named as another country's, acting in ``homes`` (the event's and the article's countries), are
    external forces (ACLED inter 8: "state forces active outside their main country of operation")."""
    if actor is None or actor.acled_inter != STATE or not actor.country:
        return
    if not (actor.name or "").startswith(("Military Forces", "Police Forces")):
        return
    if not homes or actor.country in homes:
        return
    words = country_words()
    low = (actor.text or "").lower()
    if group_pattern().search(low) or any(words.get(w) == actor.country for w in re.findall(r"[a-z]+", low)):
        actor.acled_inter = EXTERNAL  # a named force ("UPDF") or one the text calls foreign ("Ugandan troops")
