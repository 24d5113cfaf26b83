"""Actors from the syntax: who acts (agent) and who is acted on (patient), normalised ACLED-style.

A mention is normalised through ``data/actors.json`` (head nouns, named groups, ethnic groups) and
``data/demonyms.tsv`` (country names and nationality words) to a name, an ISO3 country, a CAMEO/PLOVER sector and
an ACLED inter code. Pronouns and definite descriptions ("it", "the group", "its operation") take the most recent
compatible actor of the document (:class:`ActorResolver` keeps that memory).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sitroom.extract.events import LIGHT_VERBS
from sitroom.extract.lexicons import actor_data, country_names, country_words
from sitroom.model import Actor

__all__ = [
    "ActorResolver",
    "acled_actor",
    "acled_defaults",
    "is_armed",
    "roles",
    "scene_actors",
    "span_tokens",
    "state_name",
    "subject_of",
]

_PRONOUNS = frozenset(
    [
        "it",
        "they",
        "he",
        "she",
        "we",
        "which",
        "who",
        "that",
        "its",
        "their",
        "his",
        "her",
        "them",
        "this",
        "these",
        "those",
        "whom",
    ]
)
_SELF_AGENTS = frozenset({"gunman", "gunmen", "attacker", "assailant", "bandit", "kidnapper", "abductor"})
_REL = frozenset({"which", "who", "that", "whom"})
_SPEECH = frozenset(
    [
        "say",
        "state",
        "tell",
        "claim",
        "announce",
        "report",
        "allege",
        "add",
        "declare",
        "accuse",
        "warn",
        "write",
        "note",
        "insist",
    ]
)
_CUT = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "prep"})
_KEEP_PREP = frozenset({"in", "of", "from"})
_VIOLENT_INTERS = {1, 2, 3, 4, 8}
_TEMPLATES = {
    1: "Military Forces of {c}",
    3: "Unidentified Armed Group ({c})",
    4: "Unidentified Communal Militia ({c})",
    5: "Rioters ({c})",
    6: "Protesters ({c})",
    7: "Civilians ({c})",
}
_SECTORS = {1: "MIL", 3: "UAG", 4: "ETH", 5: "CVL", 6: "OPP", 7: "CVL"}


@lru_cache(maxsize=1)
def _group_pattern() -> re.Pattern[str]:
    keys = sorted(actor_data()["groups"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")


def _fill(template: str, iso3: str | None) -> str:
    if iso3 is None:
        return re.sub(r"\s*(?:of \{c\}|\(\{c\}\))", "", template).strip()
    return template.replace("{c}", country_names().get(iso3, iso3))


def state_name(iso3: str, violent: bool) -> str:
    return _fill("Military Forces of {c}" if violent else "Government of {c}", iso3)


def acled_actor(inter: int, iso3: str | None, text: str = "", police: bool = False) -> Actor:
    """A generic ACLED actor of type ``inter`` in country ``iso3`` ("Protesters (Kenya)", ...)."""
    template = "Police Forces of {c}" if police else _TEMPLATES.get(inter, "Unidentified Armed Group ({c})")
    sector = "COP" if police else _SECTORS.get(inter)
    return Actor(
        text=text or _fill(template, iso3), name=_fill(template, iso3), country=iso3, sector=sector, acled_inter=inter
    )


def span_tokens(tok: Any) -> list[Any]:
    """The words of the noun phrase headed by ``tok``, without relative clauses, appositions and long PPs."""
    keep = [tok]
    stack = [c for c in tok.children]
    while stack:
        c = stack.pop()
        if c.dep_ in _CUT and not (c.dep_ == "prep" and c.lower_ in _KEEP_PREP and c.head.i == tok.i):
            continue
        keep.append(c)
        stack.extend(c.children)
    keep.sort(key=lambda t: t.i)
    while keep and keep[0].is_punct:
        keep.pop(0)
    while keep and keep[-1].is_punct:
        keep.pop()
    return keep[:14] or [tok]


def _subject(verb: Any) -> Any | None:
    """The subject of ``verb``, climbing through xcomp, conj and relative clauses."""
    for _ in range(6):
        for c in verb.children:
            if c.dep_ in ("nsubj", "csubj"):
                if c.lower_ in _REL and verb.dep_ == "relcl":
                    return verb.head
                return c
        for c in verb.children:
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
            continue
        if (
            verb.dep_ in ("relcl", "acl")
            and verb.head.i != verb.i
            and not any(c.dep_ == "nsubjpass" for c in verb.children)
        ):
            return verb.head if verb.dep_ == "relcl" else None
        return None
    return None


def subject_of(verb: Any) -> Any | None:
    """The subject of ``verb`` (through xcomp, conj and relative clauses)."""
    return _subject(verb)


def roles(tok: Any) -> tuple[Any | None, Any | None]:
    """(agent, patient) head tokens of the event whose trigger is ``tok``."""
    agent = patient = None
    if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _SELF_AGENTS:
        return tok, None  # "gunmen", "attackers": the trigger names its own agent
    if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
        for c in tok.children:
            if c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and patient is None):
                patient = c
            elif c.dep_ == "prep" and c.lower_ in ("against", "on", "with") and patient is None:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                patient = objs[0] if objs else None
        if patient is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
            patient = tok.head  # "three soldiers killed near the border": a reduced passive
        if any(c.dep_ == "nsubjpass" for c in tok.children):
            for c in tok.children:
                if c.dep_ == "agent":
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    agent = objs[0] if objs else None
        else:
            agent = _subject(tok)
    else:
        nouns = actor_data()["nouns"]
        for c in tok.children:
            if c.dep_ == "poss" or (
                c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.lemma_.lower() in nouns)
            ):
                agent = agent or c
            elif c.dep_ == "prep" and c.lower_ in ("between", "among", "amongst"):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    agent = agent or objs[0]
                    conj = [g for g in objs[0].children if g.dep_ == "conj"]
                    patient = patient or (conj[0] if conj else None)
            elif c.dep_ == "prep" and c.lower_ == "by":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                agent = objs[0] if objs else agent
            elif c.dep_ == "prep" and c.lower_ in ("against", "on", "of"):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                patient = patient or (objs[0] if objs else None)
        head = tok.head
        if agent is None and tok.dep_ in ("dobj", "attr", "pobj") and head.i != tok.i:
            verb = head.head if tok.dep_ == "pobj" else head
            if verb.lemma_.lower() in LIGHT_VERBS or tok.dep_ == "dobj":
                agent = _subject(verb)
        if agent is None and tok.dep_ in ("nsubj", "nsubjpass"):
            for c in head.children:
                if c.dep_ == "dobj" and patient is None:
                    patient = c
    if agent is None:
        anc = tok.head
        for _ in range(6):
            if anc.lemma_.lower() in _SPEECH:
                agent = _subject(anc)
                break
            if anc.head.i == anc.i:
                break
            anc = anc.head
    return agent, patient


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
        if tok.lower_ in _REL and tok.head.dep_ == "relcl":
            tok = tok.head.head
        toks = span_tokens(tok)
        text = tok.doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        low = text.lower()
        data = actor_data()
        if tok.lower_ in _PRONOUNS or tok.pos_ == "PRON":
            found = self._recall()
            return Actor(text, found.name, found.country, found.sector, found.acled_inter) if found else None
        group = _group_pattern().search(low)
        country = self._country(toks)
        head_lemma = tok.lemma_.lower()
        noun = data["nouns"].get(head_lemma) or data["nouns"].get(tok.lower_)
        if noun is None:
            for t in toks:
                noun = data["nouns"].get(t.lemma_.lower())
                if noun:
                    break
        ethnic = next(
            (t.text for t in toks if t.lower_ in data["ethnic"] or t.lower_.rstrip("s") in data["ethnic"]), None
        )
        actor: Actor | None
        if group:
            name, iso3, sector, inter = data["groups"][group.group(0)]
            actor = Actor(text, name, iso3 or country, sector, inter)
        elif ethnic and (noun is None or noun[1] in (3, 4) or tok.text == ethnic):
            iso = country or self.focus
            cname = country_names().get(iso, iso) if iso else None
            label = ethnic.rstrip("s").capitalize() if ethnic.lower() not in data["ethnic"] else ethnic.capitalize()
            actor = Actor(text, f"{label} Ethnic Militia" + (f" ({cname})" if cname else ""), iso, "ETH", 4)
        elif noun is not None:
            sector, inter, template = noun
            if sector in ("REB", "UAG", "ETH") and country is None:
                earlier = self._recall(sector)
                definite = any(t.lower_ in ("the", "this", "these", "those") for t in toks)
                if earlier is not None and definite:
                    return Actor(text, earlier.name, earlier.country, earlier.sector, earlier.acled_inter)
            iso = country or self.focus
            actor = Actor(text, _fill(template, iso), iso, sector, inter)
        elif country is not None:
            template = "Military Forces of {c}" if violent else "Government of {c}"
            actor = Actor(text, _fill(template, country), country, None, 1)
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


def scene_actors(doc: Any, focus: str | None) -> list[Actor]:
    """Every actor the text names (head nouns of the dictionary, named and ethnic groups), in text order."""
    data = actor_data()
    resolver = ActorResolver(focus)
    out: list[Actor] = []
    seen: set[int] = set()
    low = doc.text.lower()
    hits = sorted(
        [(mt.start(), None) for mt in _group_pattern().finditer(low)]
        + [
            (t.idx, t)
            for t in doc
            if t.pos_ in ("NOUN", "PROPN")
            and (
                t.lemma_.lower() in data["nouns"]
                or t.lower_ in data["ethnic"]
                or t.lower_.rstrip("s") in data["ethnic"]
            )
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
        if tok.i in seen:
            continue
        seen.add(tok.i)
        actor = resolver.resolve(tok, True)
        if actor is not None:
            out.append(actor)
    return out


def _perpetrator(scene: list[Actor], patient: Actor | None, inters: tuple[int, ...]) -> Actor | None:
    """The first named armed actor of the scene that is not the victim: named groups, then militias."""
    for wanted in inters:
        for a in scene:
            if a.acled_inter == wanted and (patient is None or a.text != patient.text):
                return a
    return None


def acled_defaults(m: Any, focus: str | None, scene: list[Actor] | None = None) -> None:
    """ACLED's coding of who acts in each sub-event type, where the syntax left a role empty or untyped.

    Demonstrators are actor 1 of a protest (Protesters, inter 6) or a riot (Rioters, inter 5); an attack on
    civilians has Civilians as actor 2; an unnamed perpetrator of violence is an unidentified armed group of the
    event's country (inter 3); arrests are made by the police.
    """
    sub = m.etype.acled_sub
    if sub is None:
        return
    a1, a2 = m.actor1, m.actor2
    iso = (a1.country if a1 and a1.country and len(a1.country) == 3 and a1.country != "IGO" else None) or focus
    text1 = a1.text if a1 else ""
    if sub == "Excessive force against protesters":  # the forces that used it act; protesters are the target
        m.actor1 = a1 if a1 is not None and a1.acled_inter == 1 else acled_actor(1, iso, police=True)
        m.actor2 = acled_actor(6, iso)
    elif m.etype.acled_type == "Protests":
        m.actor1 = acled_actor(6, iso, text1)
        if sub != "Peaceful protest" and not is_armed(a2):
            m.actor2 = acled_actor(1, iso, police=True)
    elif m.etype.acled_type == "Riots":
        m.actor1 = acled_actor(5, iso, text1)
        if a2 is None or a2.acled_inter is None:
            m.actor2 = acled_actor(7, iso) if sub == "Mob violence" else acled_actor(1, iso, police=True)
    elif sub in _ARMED_SUBS:
        if a1 is not None and a1.name.startswith("Unidentified"):
            named = _perpetrator([a for a in scene or [] if not a.name.startswith("Unidentified")], a2, (2, 4, 3))
            a1 = m.actor1 = named or a1  # "gunmen linked to Al Shabaab": the group the text names
        if not is_armed(a1) and not (a1 is not None and a1.acled_inter == 5):
            found = _perpetrator(scene or [], a2, (2, 4, 3, 8) if sub != "Armed clash" else (2, 4, 3, 8, 1))
            m.actor1 = found or acled_actor(3, iso, text1)
        if sub in _VS_CIVILIANS and (a2 is None or is_armed(a2) or a2.acled_inter is None):
            m.actor2 = acled_actor(7, iso, a2.text if a2 else "")
    elif sub == "Arrests":
        if a1 is None or a1.acled_inter != 1:
            m.actor1 = acled_actor(1, iso, text1, police=True)
    elif sub == "Government regains territory" and (a1 is None or a1.acled_inter != 1):
        m.actor1 = acled_actor(1, iso, text1)
    elif sub == "Change to group/activity" and a1 is None and a2 is not None:
        m.actor1, m.actor2 = a2, None
