"""Word-level tests for actor mentions: which noun heads a phrase, whether an ethnonym names a group or a place,
whether a group is marked by ethnicity or community, and whether a text names an unrecognised breakaway entity.

The words come from ``data/actors.json`` (see its ``_source`` note).
"""

from __future__ import annotations

import re
from typing import Any

from sitroom.extract.lexicons import actor_data, word_lists
from sitroom.model import AcledInter, Actor

__all__ = [
    "COMMUNAL_HEADS",
    "NAME_SUFFIXES",
    "de_facto",
    "identity_conflict",
    "identity_marked",
    "is_crowd",
    "is_ethnic_actor",
    "noun_entry",
    "noun_of",
    "perpetrator_unknown",
    "victim_role",
]

NAME_SUFFIXES = word_lists("doers.json").ordered("name_suffixes")
COMMUNAL_HEADS = word_lists("doers.json").words("communal_heads")
_GENERIC_HEADS = word_lists("doers.json").words("generic_heads")
_PLACE_PREPS = word_lists("doers.json").words("place_prepositions")


def noun_entry(tok: Any) -> Any:
    """The dictionary entry of one word, by its lemma or its form; a capitalised plural the tagger took for a
    name ("Islamists", "Rebels") by its singular."""
    nouns = actor_data()["nouns"]
    found = nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)
    if found is None and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "air":
        found = nouns.get(f"air {tok.lower_}")  # "air defences": the forces; a "defence ministry" is no force
    if found is None and tok.pos_ == "PROPN" and tok.lower_.endswith("s"):
        found = nouns.get(tok.lower_[:-1])
    return found


def noun_of(tok: Any, toks: list[Any]) -> Any:
    """The dictionary entry of the phrase's head noun; a generic head ("forces", "group") yields to a more specific
    armed, communal or civic modifier ("separatist forces", "clan militia", "rights groups")."""
    noun = noun_entry(tok)
    if tok.lemma_.lower() in ("gang", "band", "group"):
        # "gangs of young men", "bands of youths", "groups of youths": a crowd that came together, not an organised
        # armed gang
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for member in (c for c in prep.children if c.dep_ == "pobj"):
                young = any(c.lower_ == "young" for c in member.children) and member.lemma_.lower() in ("man", "boy")
                other = actor_data()["nouns"].get("youth") if young else noun_entry(member)
                if other is not None and other[1] == AcledInter.RIOTERS:
                    return other
    if noun is None or tok.lemma_.lower() in _GENERIC_HEADS:
        for t in toks:
            if t.i == tok.i:
                continue
            other = noun_entry(t)
            if other and (noun is None or (other[0] in ("REB", "ETH", "NGO") and t.i < tok.i)):
                return other
    return noun


def de_facto(low: str) -> tuple[str, str] | None:
    for key, (region, iso3) in actor_data()["de_facto"].items():
        if re.search(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", low):
            return str(region), str(iso3)
    return None


def identity_marked(tok: Any, toks: list[Any]) -> bool:
    """A group named by ethnicity, clan or community ("ethnic militiamen", "rival clans", "two communities")."""
    mods = set(actor_data()["identity_modifiers"])
    if any(t.lower_ in mods for t in toks):
        return True
    if tok.lemma_.lower() in ("militia", "militiaman", "militiamen") and _local(tok):
        return True  # "a local militia", "a Zintan militia", "a militia from the town": a community's
    if tok.lemma_.lower() in COMMUNAL_HEADS:
        return any(c.dep_ in ("amod", "nummod", "compound") for c in tok.children) or tok.head.lower_ == "between"
    return False


def _local(tok: Any) -> bool:
    """A militia named by its locality: "local", a place name before it, or "from"/"of" a place after it."""
    groups = actor_data()["groups"]
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in ("local", "village", "community-based"):
            return True
        if c.dep_ in ("compound", "nmod") and c.ent_type_ in ("GPE", "LOC", "FAC") and c.lower_ not in groups:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("from", "of")
            and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children)
        ):
            return True
    return False


def _is_place_word(t: Any) -> bool:
    return t.lower_ in actor_data()["place_words"] or t.lemma_.lower() in actor_data()["place_words"]


def _is_ethnic_word(t: Any) -> bool:
    ethnic = actor_data()["ethnic"]
    return bool(t.lower_ in ethnic or t.lower_.rstrip("s") in ethnic)


def is_ethnic_actor(t: Any) -> bool:
    """``t`` names an ethnic or clan group acting as such, not a place named after it ("in West Pokot", "Samburu
    County", "Elgeyo-Marakwet") nor the victims' identity ("most victims were Kikuyu")."""
    if not _is_ethnic_word(t):
        return False
    doc = t.doc
    if len(t.text) > 1 and t.text.isupper() and not t.sent.text.isupper():
        return False  # "a TWA airliner": an airline's initials, not the Twa people
    prev = doc[t.i - 1] if t.i > 0 else None
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is not None and _is_place_word(nxt):
        return False
    if nxt is not None and nxt.text == "-" and t.i + 2 < len(doc) and not _is_ethnic_word(doc[t.i + 2]):
        return False  # "Tharaka-Nithi", "Elgeyo-Marakwet": a double-barrelled county name
    if prev is not None and (_is_place_word(prev) or (prev.text == "-" and t.i > 1 and _is_place_word(doc[t.i - 2]))):
        return False
    if t.dep_ in ("compound", "amod", "nmod") and (
        _is_place_word(t.head) or t.head.lemma_.lower() in actor_data()["titles"]
    ):
        return False  # "Samburu County", "Meru Senator": a place, an office
    head = t
    while head.dep_ in ("compound", "amod", "nmod", "conj") and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head
    if head.dep_ in ("compound", "amod", "nmod") and (
        _is_place_word(head.head) or head.head.lemma_.lower() in actor_data()["titles"]
    ):
        return False  # "Samburu County", "Meru Senator": a place, an office
    if head.dep_ == "pobj" and head.i == t.i:
        prep = head.head
        if prep.lower_ in _PLACE_PREPS or (prep.lower_ == "of" and _is_place_word(prep.head)):
            return False
    return not (head.i == t.i and t.dep_ in ("attr", "acomp"))


def victim_role(t: Any) -> bool:
    """``t`` heads the object of an act ("attacked Luos", "against the Turkana")."""
    if t.dep_ in ("dobj", "nsubjpass", "attr"):
        return True
    return t.dep_ == "pobj" and t.head.lower_ in ("against", "on", "targeting", "for")


def is_crowd(a: Actor) -> bool:
    words = set(actor_data()["crowd"])
    return any(w in words or w.rstrip("s") in words for w in re.findall(r"[a-z]+", (a.text or "").lower()))


def identity_conflict(trigger: Any) -> bool:
    """The event's sentence names ethnic, tribal, clan or communal fighting ("ethnic clashes", "clan feud", "a clash
    between two communities", "clashes between Pokot and Turkana herders")."""
    data = actor_data()
    mods = set(data["identity_modifiers"])
    conflict = set(data["conflict_nouns"]) - {"violence", "attack"}  # "ethnic violence" is too broad a frame
    for t in trigger.sent:
        if t.lower_ in mods and t.dep_ in ("amod", "compound", "nmod") and t.head.lemma_.lower() in conflict:
            return True
        if t.dep_ == "prep" and t.lower_ in ("between", "among", "amongst") and t.head.lemma_.lower() in conflict:
            for obj in (g for g in t.children if g.dep_ == "pobj"):
                parties = [obj, *(g for g in obj.children if g.dep_ == "conj")]
                if any(identity_marked(p, [p, *p.children]) or is_ethnic_actor(p) for p in parties):
                    return True
    return False


_UNKNOWN = re.compile(
    r"\b(?:perp[ae]trators?|attackers?|assailants?|culprits?)\b[^.;]{0,25}?"
    r"\b(?:unknown|not known|unidentified|not (?:been )?identified|not clear)\b"
    r"|\b(?:unknown|unidentified|unnamed)\s+(?:perp|attack|assail|gun|group|people|person|men|man|armed)"
    r"|\bno (?:group|one) (?:has )?claimed\b|\bnot carried out by\b",
    re.IGNORECASE,
)


def perpetrator_unknown(text: str) -> bool:
    """The text says who did it is unknown ("culprits unknown", "unidentified attackers", "no group claimed"): a
    named group mentioned elsewhere in it is context, not the perpetrator (ACLED's unidentified armed group)."""
    return _UNKNOWN.search(text) is not None
