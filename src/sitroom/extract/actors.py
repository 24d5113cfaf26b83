"""Actors normalised ACLED-style, and ACLED's conventions of who is actor 1 and actor 2 of each sub-event type.

The agent and patient come from the parse (:mod:`sitroom.extract.actor_syntax`).
A mention is normalised through ``data/actors.json`` (head nouns, named groups, ethnic groups) and
``data/demonyms.tsv`` (country names and nationality words) to a name, an ISO3 country, a CAMEO/PLOVER sector and
an ACLED inter code. Pronouns and definite descriptions ("it", "the group", "its operation") take the most recent
compatible actor of the document (:class:`ActorResolver` keeps that memory).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sitroom.extract.actor_syntax import (
    PRONOUNS,
    RELATIVES,
    judging_speaker,
    roles,
    span_tokens,
    speaker_of_clause,
    subject_of,
)
from sitroom.extract.actor_words import (
    COMMUNAL_HEADS,
    NAME_SUFFIXES,
    de_facto,
    identity_conflict,
    identity_marked,
    is_crowd,
    is_ethnic_actor,
    noun_entry,
    noun_of,
    victim_role,
)
from sitroom.extract.actor_words import perpetrator_unknown as _unknown_culprit
from sitroom.extract.lexicons import actor_data, country_names, country_words, event_lexicon
from sitroom.model import AcledInter, Actor
from sitroom.nlp import doc_lower, doc_text

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

STATE, REBEL, POLITICAL, IDENTITY = (
    AcledInter.STATE_FORCES,
    AcledInter.REBEL_GROUP,
    AcledInter.POLITICAL_MILITIA,
    AcledInter.IDENTITY_MILITIA,
)
RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = (
    AcledInter.RIOTERS,
    AcledInter.PROTESTERS,
    AcledInter.CIVILIANS,
    AcledInter.EXTERNAL_OTHER_FORCES,
)
_VIOLENT_INTERS = {STATE, REBEL, POLITICAL, IDENTITY, EXTERNAL}
_TEMPLATES = {
    STATE: "Military Forces of {c}",
    POLITICAL: "Unidentified Armed Group ({c})",
    IDENTITY: "Unidentified Communal Militia ({c})",
    RIOTERS: "Rioters ({c})",
    PROTESTERS: "Protesters ({c})",
    CIVILIANS: "Civilians ({c})",
}
_SECTORS = {STATE: "MIL", POLITICAL: "UAG", IDENTITY: "ETH", RIOTERS: "CVL", PROTESTERS: "OPP", CIVILIANS: "CVL"}
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG"})


@lru_cache(maxsize=1)
def _group_pattern() -> re.Pattern[str]:
    keys = sorted(actor_data()["groups"], key=len, reverse=True)
    # a name may open a hyphenated participle ("Al Shabaab-made", "ISIS-inspired"), not another word ("un-named")
    tail = r"(?!\w)(?!-(?!(?:" + "|".join(NAME_SUFFIXES) + r")\b))"
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")" + tail)


def _fill(template: str, iso3: str | None) -> str:
    if iso3 is None:
        return re.sub(r"\s*(?:of \{c\}|\(\{c\}\))", "", template).strip()
    return template.replace("{c}", country_names().get(iso3, iso3))


_ATTRIBUTION = re.compile(r"\b(?:blam\w*|suspect\w*|believed|attribut\w*|claim\w*|accus\w*|responsib\w*)\b")


def perpetrator_unknown(text: str) -> bool:
    """The text says who did it is unknown ("culprits unknown", "no group claimed") and names no group that a
    source blames, suspects or holds responsible: ACLED codes the group a report attributes an act to."""
    if not _unknown_culprit(text):
        return False
    low = text.lower()
    for hit in _group_pattern().finditer(low):
        if _ATTRIBUTION.search(low[max(0, hit.start() - 40) : hit.end() + 40]):
            return False
    return True


def state_name(iso3: str, violent: bool) -> str:
    return _fill("Military Forces of {c}" if violent else "Government of {c}", iso3)


def acled_actor(inter: AcledInter, iso3: str | None, text: str = "", police: bool = False) -> Actor:
    """A generic ACLED actor of type ``inter`` in country ``iso3`` ("Protesters (Kenya)", ...)."""
    template = "Police Forces of {c}" if police else _TEMPLATES.get(inter, "Unidentified Armed Group ({c})")
    sector = "COP" if police else _SECTORS.get(inter)
    return Actor(
        text=text or _fill(template, iso3), name=_fill(template, iso3), country=iso3, sector=sector, acled_inter=inter
    )


_PEOPLE_NOUNS = frozenset({"national", "citizen", "people", "man", "men", "woman", "women", "youth", "immigrant"})


def _names_people(tok: Any) -> bool:
    """A phrase headed by a nationality noun ("Ethiopians", "Somalis") or a word for people of a nationality
    ("Nigerian citizens"), which names people of a country, not its state (a country's name: "Ethiopia")."""
    low = tok.lower_
    if low in country_words() and country_names().get(country_words()[low], "").lower() == low:
        return False
    return (low.endswith("s") and low[:-1] in country_words()) or tok.lemma_.lower() in _PEOPLE_NOUNS


class ActorResolver:
    """Normalises actor mentions of one document, remembering them for pronouns and definite descriptions."""

    def __init__(self, focus_country: str | None) -> None:
        self.focus = focus_country
        self.memory: list[Actor] = []

    def country_of(self, toks: list[Any]) -> str | None:
        return self._country(toks)

    def _country(self, toks: list[Any]) -> str | None:
        words = country_words()
        lows = [t.lower_ for t in toks]
        for n in (4, 3, 2, 1):
            for k in range(len(lows) - n + 1):
                w = " ".join(lows[k : k + n])
                if w in words:
                    return words[w]
                if n == 1 and w.endswith("s") and w[:-1] in words:
                    return words[w[:-1]]
        return None

    def _recall(self, sector: str | None = None) -> Actor | None:
        for a in reversed(self.memory):
            if sector is None or a.sector == sector:
                return a
        return None

    def resolve(self, tok: Any | None, violent: bool = False) -> Actor | None:
        if tok is None:
            return None
        if tok.lower_ in RELATIVES and tok.head.dep_ == "relcl":
            tok = tok.head.head
        toks = span_tokens(tok)
        text = doc_text(tok.doc)[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        low = text.lower()
        data = actor_data()
        if tok.lower_ in PRONOUNS or tok.pos_ == "PRON":
            speaker = speaker_of_clause(tok)
            found = self.resolve(speaker, violent) if speaker is not None else self._recall()
            return Actor(text, found.name, found.country, found.sector, found.acled_inter) if found else None
        group = _group_pattern().search(low) or _group_pattern().match(doc_lower(tok.doc), toks[0].idx)
        country = self._country(toks)
        noun = noun_of(tok, toks)
        ethnic = next((t.text for t in toks if is_ethnic_actor(t)), None)
        if ethnic and ethnic.lower() in country_words() and (noun is None or noun[0] != "ETH") and "militia" not in low:
            ethnic = None  # "Somali gunmen", "a Somali trader": a nationality; "Somali clan militia" is communal
        actor: Actor | None
        breakaway = de_facto(low)
        if breakaway is not None and noun is not None and noun[0] in _STATE_SECTORS:
            region, iso3 = breakaway
            name = f"De Facto Authorities of {region}" if noun[0] in ("GOV", "LEG") else f"Military Forces of {region}"
            actor = Actor(text, name, iso3, noun[0], REBEL)  # unrecognised: not the recognised state's forces
        elif group:
            name, iso3, sector, inter = data["groups"][group.group(0)]
            if sector == "PTY" and noun is not None and noun[1] == RIOTERS:  # "ODM youths": party supporters riot
                iso = iso3 or country or self.focus
                actor = Actor(text, _fill(noun[2], iso), iso, "CVL", RIOTERS)
            else:
                actor = Actor(text, name, iso3 or country, sector, inter)
        elif ethnic and (noun is None or noun[1] in (POLITICAL, IDENTITY, CIVILIANS) or tok.text == ethnic):
            iso = country or self.focus
            cname = country_names().get(iso, iso) if iso else None
            label = ethnic.rstrip("s").capitalize() if ethnic.lower() not in data["ethnic"] else ethnic.capitalize()
            actor = Actor(text, f"{label} Ethnic Militia" + (f" ({cname})" if cname else ""), iso, "ETH", IDENTITY)
        elif identity_marked(tok, toks) and (
            (noun is not None and noun[1] in (POLITICAL, IDENTITY, CIVILIANS, None))
            or tok.lemma_.lower() in COMMUNAL_HEADS
        ):
            iso = country or self.focus
            actor = Actor(text, _fill("Unidentified Communal Militia ({c})", iso), iso, "ETH", IDENTITY)
        elif noun is not None:
            sector, inter, template = noun
            if sector in ("REB", "UAG", "ETH") and country is None:
                earlier = self._recall(sector)
                definite = any(t.lower_ in ("the", "this", "these", "those") for t in toks)
                if earlier is not None and definite:
                    return Actor(text, earlier.name, earlier.country, earlier.sector, earlier.acled_inter)
            # peacekeepers keep their contributing country (or none), never the host's
            iso = country if sector == "PKO" else country or self.focus
            actor = Actor(text, _fill(template, iso), iso, sector, inter)
        elif country is not None and violent and _names_people(tok):  # "Ethiopians killed ...": people, no state
            actor = acled_actor(POLITICAL, country, text)
        elif country is not None:
            template = "Military Forces of {c}" if violent else "Government of {c}"
            actor = Actor(text, _fill(template, country), country, None, STATE)
        elif tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
            actor = Actor(text, text, None, None, None)
        else:
            return None
        if "_" in (actor.name or ""):
            actor.name = actor.name.replace("_", " ")
        self.memory.append(actor)
        return actor


def is_armed(actor: Actor | None) -> bool:
    return actor is not None and actor.acled_inter in _VIOLENT_INTERS


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
_STATE_FIRST = _REMOTE | {"Armed clash", "Air/drone strike"}


def scene_actors(doc: Any, focus: str | None) -> list[Actor]:
    """Every actor the text names (head nouns of the dictionary, named and ethnic groups), in text order; ethnic
    names of places and of victims are left out."""
    resolver = ActorResolver(focus)
    out: list[Actor] = []
    seen: set[int] = set()
    low = doc_lower(doc)
    hits = sorted(
        [(mt.start(), None) for mt in _group_pattern().finditer(low)]
        + [
            (t.idx, t)
            for t in doc
            if t.pos_ in ("NOUN", "PROPN")
            and (noun_entry(t) is not None or (is_ethnic_actor(t) and not victim_role(t)))
        ],
        key=lambda h: h[0],
    )
    for start, tok in hits:
        if tok is None:
            tok = doc.char_span(start, start + 1, alignment_mode="expand")
            if tok is None:
                continue
            tok = tok.root
            while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
                tok = tok.head
        if tok.i in seen or judging_speaker(tok):
            continue  # who condemns or names an attack is a speaker, not a party to the scene
        seen.add(tok.i)
        actor = resolver.resolve(tok, True)
        if actor is not None:
            out.append(actor)
    return out


def _perpetrator(scene: list[Actor], patient: Actor | None, inters: tuple[AcledInter, ...]) -> Actor | None:
    """The first named armed actor of the scene that is not the victim: named groups, then militias."""
    for wanted in inters:
        for a in scene:
            if a.acled_inter == wanted and (patient is None or a.text != patient.text):
                return a
    return None


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
            _target_first(m, targeted_forces(doc, focus), focus)
    elif sub == "Arrests":
        if a1 is None or a1.acled_inter != STATE:
            m.actor1 = acled_actor(STATE, iso, text1, police=True)
    elif sub == "Government regains territory" and (a1 is None or a1.acled_inter != STATE):
        m.actor1 = acled_actor(STATE, iso, text1)
    elif sub in _NON_VIOLENT_ACTS and a1 is None:
        if is_armed(a2) and sub == "Change to group/activity":
            m.actor1, m.actor2 = a2, None  # "troops were deployed": the moved force acts
        else:  # a coder's note names its actor somewhere: a named group first, else the state's forces
            m.actor1 = _perpetrator(
                [a for a in scene or [] if not _unnamed(a)], None, (REBEL, IDENTITY, POLITICAL, EXTERNAL, STATE)
            )


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


_OPERATIONS = frozenset({"operation", "operations", "crackdown", "crackdowns"})
_AIMED_AT = frozenset({"at", "against", "towards", "toward"})


def targeted_forces(doc: Any, focus: str | None) -> Actor | None:
    """The state forces a remote attack is aimed at: "hurled a grenade at a police post", "fired mortars towards
    the army base", "targets police with an IED" (the aim, not the casualties). Found once per doc (it reads the
    whole doc, and every remote attack of the doc asks)."""
    key = f"sitroom_targeted_forces:{focus}"
    if key not in doc.user_data:
        doc.user_data[key] = _targeted_forces(doc, focus)
    found: Actor | None = doc.user_data[key]
    return None if found is None else Actor(found.text, found.name, found.country, found.sector, found.acled_inter)


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
    if _group_pattern().search(low) or any(words.get(w) == actor.country for w in re.findall(r"[a-z]+", low)):
        actor.acled_inter = EXTERNAL  # a named force ("UPDF") or one the text calls foreign ("Ugandan troops")
