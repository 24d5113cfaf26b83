"""Event words used in another sense: the word is in the event lexicon, the sentence tells of no conflict event.

News about anything uses the words of violence for weather, sport, business and illness. A coder reading "a
perfect storm", "took over from Bruce Forsyth", "the hurricane destroyed the church", "battling cancer" or "the
unemployment rate hit 8.8 percent" codes no event; :func:`other_sense` tells such a trigger apart by the words its
syntax links it to (the rules were written from ordinary English usage, each with its test in
tests/test_senses.py):

* ``storm`` as a noun is weather ("the storm dumped snow", "a perfect storm"); only the verb storms a place;
* ``take over`` from someone, or a business or role ("take over the store", "took over the show"), is succession;
* a destruction or an attack whose doer is a natural force or a fire ("Hurricane Betsy destroyed the church", "a
  fire destroyed the roof, injuring two firefighters") is a disaster; firefighters battle fires, not enemies;
* a verb in the imperative ("Strike the shepherd", he said) is a command, not an act that happened;
* a fight or battle against an illness, a fire or a sports table ("battling cancer", "a relegation fight");
* ``hit`` a figure, a level or a place of sale ("hit 8.8 percent", "hit a record", "hit the shelves", "hit a
  snag"), or ``hardest-hit``;
* ``defuse`` tensions, a crisis or a row is diplomacy, not a bomb made safe;
* ``demonstrate`` with an object or a clause ("demonstrate the technique", "demonstrated that ...") shows something;
* ``seize`` or ``capture`` things (items, documents, the heat, a title) is no territory taken;
* ``gather`` things ("gathered 20 podiums"), or "it was gathered that" (learnt), is no crowd;
* a ``campaign`` that names something else ("campaign headquarters") or is someone's own ("launched her
  campaign") is an election or an advertising campaign;
* rooms, mills or tenants that ``occupy`` a floor or a block fill it;
* ``close``, ``shut`` or ``cut`` a road, a door, staff or costs is traffic, rescue work or business;
* ``deal with`` something handles it (no deal is made); the ``operation`` of a school or a business, or its
  day-to-day operation, is its running; what is set up or opened for a campaign or an election serves a vote;
* ``alert`` as a verb informs someone ("alerted the police"); forces put on alert are ``mobilize`` by other words.
"""

from __future__ import annotations

from typing import Any

__all__ = ["other_sense"]

NATURAL_FORCES = frozenset(
    {
        "hurricane",
        "storm",
        "tornado",
        "cyclone",
        "typhoon",
        "flood",
        "flooding",
        "floodwater",
        "earthquake",
        "quake",
        "tsunami",
        "landslide",
        "mudslide",
        "avalanche",
        "wildfire",
        "blaze",
        "flame",
        "wind",
        "gust",
        "hail",
        "lightning",
        "drought",
        "eruption",
        "volcano",
        "snowstorm",
        "blizzard",
    }
)
_AILMENTS = frozenset(
    {
        "cancer",
        "disease",
        "illness",
        "addiction",
        "flu",
        "virus",
        "infection",
        "obesity",
        "depression",
        "injury",
        "tumour",
        "tumor",
        "leukemia",
        "diabetes",
        "blaze",
        "fire",
        "flame",
        "wildfire",
        "relegation",
        "title",
        "promotion",
        "championship",
        "playoff",
        "cold",
        "weather",
        "traffic",
    }
)
_SUCCEEDED = frozenset(
    {
        "business",
        "store",
        "shop",
        "company",
        "firm",
        "restaurant",
        "farm",
        "family",
        "role",
        "job",
        "post",
        "position",
        "helm",
        "reins",
        "management",
        "leadership",
        "chairmanship",
        "team",
        "show",
        "programme",
        "program",
        "duty",
        "responsibility",
        "franchise",
        "brand",
        "account",
        "contract",
        "operation",
        "practice",
        "paper",
        "column",
    }
)
_LEVELS = frozenset(
    {
        "percent",
        "%",
        "record",
        "high",
        "low",
        "peak",
        "gear",
        "mark",
        "level",
        "milestone",
        "stride",
        "jackpot",
        "shelf",
        "shelves",
        "headline",
        "bottom",
        "ceiling",
        "subscription",
        "goal",
        "note",
        "button",
        "screen",
        "street",
        "market",
        "store",
        "cinema",
        "theater",
        "theatre",
        "wall",
        "snag",
        "nerve",
        "ground",
    }
)
_FIGURATIVE_DEFUSE = frozenset({"tension", "crisis", "row", "situation", "dispute", "standoff", "conflict", "issue"})
_THINGS = frozenset(
    {
        "item",
        "statement",
        "document",
        "record",
        "evidence",
        "computer",
        "phone",
        "cash",
        "money",
        "heat",
        "crown",
        "title",
        "championship",
        "trophy",
        "attention",
        "imagination",
        "moment",
        "opportunity",
        "image",
        "photo",
        "footage",
        "data",
        "sample",
        "notice",
        "report",
        "market",
        "share",
        "vote",
        "seat",
        "medal",
        "point",
        "podium",
        "win",
        "victory",
        "lead",
    }
)
_OCCUPANTS = frozenset(
    {
        "room",
        "bedroom",
        "bathroom",
        "kitchen",
        "floor",
        "building",
        "mill",
        "plant",
        "factory",
        "office",
        "shop",
        "store",
        "stable",
        "barn",
        "house",
        "home",
        "apartment",
        "business",
        "company",
        "restaurant",
        "school",
        "church",
        "tenant",
        "family",
        "resident",
        "student",
    }
)
_CLOSED_THINGS = frozenset(
    {
        "road",
        "street",
        "lane",
        "highway",
        "motorway",
        "bridge",
        "door",
        "roof",
        "lock",
        "staff",
        "job",
        "cost",
        "price",
        "tax",
        "rate",
        "budget",
        "spending",
        "sprinkler",
        "hour",
        "deal",
        "gap",
        "ribbon",
    }
)
_FIRE_KINDS = frozenset(
    {"huge", "massive", "large", "big", "small", "major", "minor", "raging", "devastating", "electrical", "accidental"}
    | {"house", "kitchen", "forest", "bush", "brush", "grass", "building", "warehouse", "factory", "chimney", "car"}
)
_FIRE_CREWS = frozenset({"firefighter", "fireman", "firemen", "firefighters", "crew", "brigade", "department"})
_HARMING = frozenset({"loot", "attack", "riot", "clash"})  # kinds a natural force or a fire can be the doer of
_SAY_WORDS = frozenset({"say", "said", "tell", "told", "shout", "shouted", "cry", "cried"})
_OPERATED = frozenset({"school", "business", "company", "board", "plant", "facility", "hospital", "store", "shop"})
_SHOW_OBJECTS = frozenset({"dobj", "ccomp", "dative"})


def _linked(tok: Any, deps: tuple[str, ...]) -> list[Any]:
    """The words ``tok`` governs through ``deps``, and the objects of its prepositions among them."""
    out = []
    for child in tok.children:
        if child.dep_ in deps:
            out.append(child)
        if child.dep_ == "prep" and "pobj" in deps:
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def _doers(tok: Any) -> list[Any]:
    """The subject of ``tok``, or of the verb it depends on when it has none of its own ("a fire destroyed the
    roof, injuring two": the fire injured them)."""
    for _ in range(4):  # "destroyed the roof, displacing the tenants and injuring two": up the chain of clauses
        own = _linked(tok, ("nsubj", "agent"))
        if own or tok.dep_ not in ("advcl", "xcomp", "conj") or tok.head is tok:
            return own
        tok = tok.head
    return []


def _accidental_fire(tok: Any) -> bool:
    """ "A fire", "the blaze of Tuesday": a fire named by no one's weapon ("Israeli fire", "sniper fire", "gunfire"
    are shooting)."""
    if tok.lemma_.lower() != "fire" or tok.pos_ != "NOUN":
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod", "nummod")]
    return all(c.lemma_.lower() in _FIRE_KINDS for c in mods)


def _imperative(tok: Any) -> bool:
    """A verb in the imperative: the base form heading its clause with no subject or auxiliary, first in it."""
    if tok.tag_ != "VB" or tok.dep_ not in ("ROOT", "ccomp", "parataxis", "xcomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in tok.children):
        return False
    before = [w for w in tok.doc[tok.sent.start : tok.i] if not (w.is_punct or w.is_space)]
    return not before or (tok.dep_ != "ROOT" and before[-1].lemma_.lower() in _SAY_WORDS)


def _lemmas(toks: list[Any]) -> set[str]:
    return {w.lemma_.lower() for t in toks for w in t.subtree}


def other_sense(tok: Any, kind: str, phrase: str) -> bool:
    """Is the trigger word ``tok`` (of event kind ``kind``; ``phrase`` its words, lower case) used in a sense that
    is no conflict event?"""
    lemma = tok.lemma_.lower()
    if lemma == "storm" and tok.pos_ != "VERB":
        return True
    if phrase.startswith(("take over", "took over", "taking over", "takes over", "taken over")):
        nxt = tok.doc[tok.i + 1 :][:2]
        if any(t.lower_ == "from" for t in nxt):
            return True
        objects = _linked(tok, ("dobj",)) + [t for t in tok.doc[tok.i + 1 : tok.i + 4] if t.dep_ == "dobj"]
        if any(o.lemma_.lower() in _SUCCEEDED for o in objects):
            return True
    fights = lemma in ("battle", "fight", "combat")
    doers = _doers(tok) if fights or kind in _HARMING else []  # only these rules ask who did it
    if kind in _HARMING and (_lemmas(doers) & NATURAL_FORCES or any(_accidental_fire(d) for d in doers)):
        return True
    if _imperative(tok):
        return True  # "Strike the shepherd": a command, quoted or not, tells of no act
    if fights and (
        _lemmas(_linked(tok, ("dobj", "pobj", "compound"))) & _AILMENTS
        or (tok.dep_ == "compound" and tok.head.lemma_.lower() in _AILMENTS)
        or _lemmas(doers) & _FIRE_CREWS  # "firefighters battled the incident"
    ):
        return True
    if lemma == "hit":
        if (tok.i > 0 and tok.doc[tok.i - 1].text == "-") or tok.text.lower().startswith("hardest"):
            return True
        objects = _linked(tok, ("dobj", "attr", "npadvmod"))
        if any(o.like_num or o.lemma_.lower() in _LEVELS for o in objects):
            return True
    if lemma == "defuse" and _lemmas(_linked(tok, ("dobj",))) & _FIGURATIVE_DEFUSE:
        return True
    if lemma == "demonstrate" and tok.pos_ == "VERB" and any(c.dep_ in _SHOW_OBJECTS for c in tok.children):
        return True
    if lemma in ("seize", "capture") and any(o.lemma_.lower() in _THINGS for o in _linked(tok, ("dobj", "nsubjpass"))):
        return True
    if lemma in ("seize", "capture") and tok.dep_ in ("amod", "acl") and tok.head.lemma_.lower() in _THINGS:
        return True  # "the items seized"
    if lemma == "gather" and (
        any(c.dep_ == "dobj" for c in tok.children)
        or any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in tok.children)
    ):
        return True
    if (
        lemma == "campaign"
        and tok.pos_ == "NOUN"
        and (tok.dep_ == "compound" or any(c.dep_ == "poss" for c in tok.children))
    ):
        return not any(c.dep_ == "prep" and c.lower_ in ("of", "against") for c in tok.children)
    if lemma == "occupy" and _lemmas(_linked(tok, ("nsubj", "agent"))) & _OCCUPANTS:
        return True
    if lemma in ("close", "shut", "cut") and any(
        o.lemma_.lower() in _CLOSED_THINGS for o in _linked(tok, ("dobj", "nsubjpass"))
    ):
        return True
    if lemma == "deal" and tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return True
    if lemma == "operation" and (
        tok.doc[max(0, tok.i - 6) : tok.i].text.lower().endswith(("daily", "day-to-day", "everyday", "smooth"))
        or _lemmas(_linked(tok, ("pobj",))) & _OPERATED
    ):
        return True
    objects = _linked(tok, ("dobj", "nsubjpass")) if kind == "hq" or phrase.startswith("set up") else []
    if any(c.dep_ == "compound" and c.lemma_.lower() in ("campaign", "election") for o in objects for c in o.children):
        return True  # "set up campaign headquarters"; burning election materials is still an act
    return lemma == "alert" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children)
