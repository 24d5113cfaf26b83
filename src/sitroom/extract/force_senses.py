"""The senses of force and custody: when "fire" and "firing" are shooting, who fired, when shells are tear gas,
and when people "held" are detained (rules from ordinary English usage, Collins and Oxford dictionaries, and the
ACLED and PLOVER codebooks' distinction of shooting, riot control and arrests; each has its test)."""

from __future__ import annotations

from typing import Any

from sitroom.extract._casualty_lexicon import is_person
from sitroom.extract.actor_words import noun_entry
from sitroom.extract.lexicons import actor_data, word_lists
from sitroom.model import AcledInter

__all__ = [
    "came_under",
    "firing_doer",
    "firing_is_shooting",
    "held_in_custody",
    "is_someone",
    "riot_control",
    "shots_fired",
]

_words = word_lists("senses.json").words  # the word lists, with their source


_HARMED_IN = _words("harmed_in")
_RIOT_CONTROL = _words("riot_control_rounds")


def came_under(tok: Any) -> bool:
    """ "came under fire", "came under attack": the subject undergoes the act, fired on by someone the clause does
    not name."""
    return tok.lemma_.lower() == "come" and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(g.lemma_.lower() in ("fire", "attack") for g in c.children)
        for c in tok.children
    )


def firing_doer(tok: Any) -> Any | None:
    """Who fired, when the word "firing" names them: "police firing" (however it is parsed), "army's firing"."""
    nouns = actor_data()["nouns"]
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lemma_.lower() in nouns:
        return prev
    for c in tok.children:
        if c.dep_ in ("compound", "poss", "amod", "nmod") and (
            c.lemma_.lower() in nouns or c.ent_type_ in ("NORP", "ORG")
        ):
            return c
    return None


_ROUNDS = _words("rounds_fired")
_FORCES = _words("firing_forces")
_AIMED = word_lists("senses.json").words("aimed_prepositions")


def is_someone(tok: Any) -> bool:
    """A person or people, a named person or group, or a word for people who act ("the suspects", "two men")."""
    low = tok.lemma_.lower()
    return (
        is_person(tok.lower_)
        or is_person(low)
        or tok.ent_type_ in ("PERSON", "NORP", "ORG")
        or low in actor_data()["nouns"]
        or tok.pos_ in ("PROPN", "PRON")
        or any(c.dep_ == "nummod" for c in tok.children)  # "50 were held", "arrested 12"
    )


def held_in_custody(tok: Any) -> bool:
    """ "50 persons were held", "two suspects are being held": the passive "hold" of people is detention; a
    meeting, talks or a rally held, and people "held hostage" or "held responsible", are not."""
    if tok.lemma_.lower() != "hold" or tok.pos_ != "VERB":
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not (is_person(subj.lower_) or is_person(subj.lemma_.lower())):
        return False
    if subj.lower_ in _CAPTIVES:
        return False  # "700 hostages were being held in the auditorium": by their captors, not in custody
    return not any(c.dep_ in ("oprd", "acomp", "xcomp", "attr", "dobj", "npadvmod") for c in tok.children)


def picked_up(tok: Any) -> bool:
    """ "The 20 suspects were picked up in Kasese", "police picked up three men": people "picked up" by the state's
    forces, or with no one named, are detained; people picked up by a boat or a bus are not."""
    if tok.lemma_.lower() != "pick" or tok.pos_ != "VERB" or not any(c.lower_ == "up" for c in tok.children):
        return False
    people = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    if not people or not names_people(people[0], tok):
        return False
    doers = takers(tok)
    if not doers:
        return any(c.dep_ == "nsubjpass" for c in tok.children)
    return by_state(doers)


_PERSONAL = word_lists("event_frames.json").words("personal_pronouns")
_CAPTIVES = word_lists("event_frames.json").words("captive_nouns")
_GENDERED = word_lists("event_frames.json").words("gendered_pronouns")


# the sites and settlements a place word names ("Gamil airfield", "the town"): taken, they are places, not people
SITES = word_lists("place_words.json").words("site_nouns") | word_lists("place_words.json").words("settlement_nouns")


def names_people(t: Any, verb: Any) -> bool:
    """Is the noun ``t`` (a verb's object or passive subject) a person or people: a name, a word for people (or a name
    its apposition calls one), a nationality in the plural ("the 16 Americans"), or a number counting people ("Of
    the 879 inmates who escaped, 443 were recaptured")?"""
    if any(c.dep_ == "appos" and is_person(c.lemma_.lower()) for c in t.children):
        return True  # "Mitrione, 50, a former police chief from Richmond, ... was seized", whatever the tagger saw
    if t.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or t.lemma_.lower() in SITES:
        return False  # ("seized Gamil airfield", "captured the bridges": a site, whatever the tagger saw in its name)
    return (
        t.ent_type_ == "PERSON"
        or is_person(t.lower_)
        or is_person(t.lemma_.lower())
        or (t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS"))
        or (t.pos_ == "PRON" and t.lower_ in _PERSONAL)  # "they had been captured outside the capital"
        or (t.like_num and _counted_people(t, verb))
        or (t.pos_ == "PROPN" and _goes_on_with_a_person(t, verb))
    )


def _goes_on_with_a_person(name: Any, verb: Any) -> bool:
    """ "Laporte was seized by armed men outside his home ... as he played football": a name taken whose clause goes
    on with "he" or "she" (not in the takers' own words, "his men seized Gharyan") is a person's."""
    doers = {w.i for d in takers(verb) for w in d.subtree}
    return any(w.lower_ in _GENDERED and w.i not in doers and w.i > name.i for w in verb.subtree)


def _counted_people(number: Any, verb: Any) -> bool:
    """Does the number count people named in an "of" phrase on it or on its verb ("443 of the inmates", "Of the
    879 inmates who escaped, 443 ...", "five of them"), or the escapees a bare number says were recaptured?"""
    preps = [p for head in (number, verb) for p in head.children if p.dep_ == "prep" and p.lower_ == "of"]
    counted = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    if not counted and verb.lemma_.lower() == "recapture":
        return True  # "49 inmates escaped ... Two had been recaptured": places are retaken, escapees recaptured
    return any(is_person(g.lower_) or is_person(g.lemma_.lower()) or g.lower_ == "them" for g in counted)


def takers(verb: Any) -> list[Any]:
    """Who did what the verb tells: its subject, or the "by" agent of its passive."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return doers + [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def by_state(doers: list[Any]) -> bool:
    """Is one of them the state's forces ("police", "soldiers", "troops")?"""
    return any((e := noun_entry(d)) is not None and e[1] == AcledInter.STATE_FORCES for d in doers)


def shots_fired(tok: Any) -> bool:
    """The verb "fire" as shooting: "fired several rounds", "fired shots in the air", "fired at the crowd", "police
    fired to disperse the mob" (forces, no other object); not "fired 200 workers", "fired the kiln", nor a missile
    fired (its weapon word tells that event)."""
    doers = takers(tok)
    if doers and _into_the_air(tok) and not by_state(doers):
        return False  # "mourners fired into the air", at a funeral or a wedding: no one was shot at
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lemma_.lower() in _ROUNDS or o.lower_ in _ROUNDS for o in objs):
        return not any(m.lower_ in _RIOT_CONTROL for o in objs for m in o.children)  # tear-gas rounds: not shots
    if objs:
        return False
    if _into_the_air(tok):
        return True  # the state's warning shots ("police fired in the air"): force used
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _AIMED and any(g.dep_ == "pobj" for g in c.children):
            return True
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in _FORCES


def _into_the_air(tok: Any) -> bool:
    """ "Fired in the air", "fired into the air": shots at no one."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "into") and any(g.lower_ == "air" for g in c.children)
        for c in tok.children
    )


def firing_is_shooting(tok: Any) -> bool:
    """ "police firing", "firing by troops", "firing on the mob", "died in the firing": the word "firing" is
    shooting when it names who fired, at whom, or what killed or hurt someone."""
    if firing_doer(tok) is not None:
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("on", "at", "into", "by", "upon") for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("in", "during"):
        return head.head.lemma_.lower() in _HARMED_IN
    return False


def riot_control(tok: Any) -> bool:
    """A shell of tear gas or smoke ("tear-gas shells", "teargas shells", "gas shells")."""
    words = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    words |= {tok.doc[j].lower_ for j in range(max(0, tok.i - 3), tok.i)}
    return bool(words & _RIOT_CONTROL)
