"""Event words used in another sense: the word is in the event lexicon, the sentence tells of no conflict event.

News about anything uses the words of violence for weather, sport, business and illness. A coder reading "a
perfect storm", "took over from Bruce Forsyth", "the hurricane destroyed the church", "battling cancer" or "the
unemployment rate hit 8.8 percent" codes no event; :func:`other_sense` tells such a trigger apart by the words its
syntax links it to (the rules were written from ordinary English usage, each with its test in
tests/test_senses.py):

* ``storm`` as a noun is weather ("the storm dumped snow", "a perfect storm"); only the verb storms a place;
* ``take over`` from someone, or a business, a role or a named group ("take over the store", "took over the show",
  "took over the Taliban"), is succession;
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
* ``alert`` as a verb informs someone ("alerted the police"); forces put on alert are ``mobilize`` by other words;
* an event word made into an adjective of a place or a mood ("riot-affected areas", "war-torn", "a confrontation-like
  situation", "curfew-free areas") describes the place, it reports no event;
* to ``intercept`` a conversation, a call or a message is intelligence, not a weapon stopped;
* an election or campaign ``rally`` is a party's campaign event, not a demonstration;
* ``march`` before a day or a year ("the march 15 deadline", lower-case text) is the month;
* ``blast`` a decision, a killing or a government, or blast someone for something, is to criticise it;
* ``occupy`` a post, a rank or the fifth position, ``capture`` the essence or the mood of something;
* shops, schools, markets and banks that ``close`` (for a strike, a holiday or fear) are closed by their owners
  (unless someone is ordered to close them); ``impose`` a tax, a prohibition or president's rule is law, not force;
* a fight or a campaign against a bill, corruption or terrorism in general is politics, and a fight within a party
  is a quarrel; to attack a virus is medicine; "a suicide bomber", "precision missiles" as the complement of
  "be" describe someone or something;
* "wound up" (wind up) ends something; balm or salt on wounds, or healing them, is grief; to crack the whip
  is to discipline; to liberate a state from misrule is an election slogan;
* "the kin of those killed", "in memory of those killed": the dead of an event told elsewhere, not a new one;
* things kept in "safe custody" are stored, not people held; to ``apprehend`` a threat, or that something will
  happen, is to fear it;
* to sign a petition or a letter, to strike a deal or a balance, to stage a musical or a comeback, to execute a
  project, to release footage, "green shoots", "House Majority Whip", disputes fought in the courts: no violence,
  protest, agreement or release of people;
* harm done by a car or in a crash is an accident; in a sports report, a sentence that tells of no harm and names
  no forces uses "beat", "strike", "shot", "blast", "attack" and "battle" for play.
"""

from __future__ import annotations

import re
from typing import Any

from sitroom.extract._codebook_words import is_armed, is_crowd
from sitroom.extract.force_senses import came_under, firing_is_shooting, is_someone, names_people
from sitroom.extract.lexicons import event_lexicon, word_lists

__all__ = ["other_sense"]

_words = word_lists("senses.json").words  # the word lists, with their source


NATURAL_FORCES = _words("natural_forces")
_AILMENTS = _words("ailments")
_CAUSES = _words("causes")
_PROVING = _words("proving_verbs")
_DESCRIBED_DOERS = _words("described_doers")
_SUCCEEDED = _words("succeeded")
_LEVELS = _words("levels")
_FIGURATIVE_DEFUSE = _words("figurative_defuse")
_THINGS = _words("things")
_OCCUPANTS = _words("occupants")
_CLOSED_THINGS = _words("closed_things")
_STRUCK_BARGAINS = _words("struck_bargains")
_SETTLED_SCORES = _words("settled_scores")
_STAGED_SHOWS = _words("staged_shows")
_CAMPAIGN_RALLIES = _words("campaign_rallies")
_CANDIDACY = _words("candidacy_words")
_MESSAGES = _words("intercepted_messages")
_EXECUTED_TASKS = _words("executed_tasks")
_PUBLISHED = _words("published_things")
_VEHICLES = _words("vehicles")
_MISHAPS = _words("mishaps")
_CRAFTS = _words("crafts")
_MISHAP_VERBS = _words("mishap_verbs")
_MOVERS = _CRAFTS | _VEHICLES  # what may crash or sink by accident
_MAKERS = frozenset({"boeing", "airbus"})  # an aircraft named by its maker ("an Air India Boeing 747")
_WHIP_TITLES = _words("whip_titles")
_SIGNED_PAPERS = _words("signed_papers")
_ACCEPTED_EXITS = _words("accepted_exits")
_COURTESIES = _words("courtesies")
_MET_OBSTACLES = _words("met_obstacles")
_SUFFERERS = _words("visited_sufferers")
_CALLING_ADVERBS = _words("calling_adverbs")
_SUBSTANCES = _words("released_substances")
_TENDENCY = _words("tendency_words")
_EXPLOSIVES = _words("explosives_defused")
_SOUNDS = _words("sound_verbs")
_SPORTS_WORDS = _words("sports_words")
_PLAYED = frozenset({"attack", "clash", "explosive", "shell", "protest", "riot", "air"})  # kinds sport borrows
_SPORT_QUORUM = 4  # distinct words of sport that make an article a sports report
_BUSINESSES = _words("businesses")
# a place or a mood described by an event word: "riot-affected areas", "war-torn", "confrontation-like"
_DESCRIBED_BY = _words("described_by")
_DESCRIBED_PLACES = _words("described_places")
_CRITICISED = _words("criticised")
_RIOT_OF = _words("riot_of_things")
_IDEAS = _words("criticised_ideas")
_MEDICAL = _words("medical_attacks")
_HELD_ROLES = _words("held_roles")
_RANKED = _words("ranked")  # "occupies the fifth position": a rank; "occupied positions": troops
_LAWS_IMPOSED = _words("laws_imposed")
_BY_DECREE = _words("by_decree")  # "imposed president's rule"
_GRIEF = _words("grief")
_ABSTRACT_YOKES = _words("abstract_yokes")
_MOURNERS = _words("mourners")
_FEARED = _words("feared")
_MONTH_BEFORE = _words("month_before")
_FIRE_KINDS = _words("fire_kinds")
_FIRE_CREWS = _words("fire_crews")
_HARMING = frozenset({"loot", "attack", "riot", "clash"})  # kinds a natural force or a fire can be the doer of
_SAY_WORDS = _words("say_words")
_OPERATED = _words("operated")
_WARNING_HEADS = _words("warning_heads")
_MINED = _words("mined_goods")
_EMERGENCY_VERBS = _words("emergency_verbs")
_COWING = _words("cowing_verbs")
_SHOW_OBJECTS = frozenset({"dobj", "ccomp", "dative"})


def _people_stopped(tok: Any) -> bool:
    """Is what the verb stopped a person or people ("intercepted two smugglers", "most of whom had been
    intercepted")?"""
    stopped = _linked(tok, ("dobj", "nsubjpass"))
    parts = [g for t in stopped for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(names_people(t, tok) or t.lower_ in ("who", "whom") for t in (*stopped, *parts))


def _linked(tok: Any, deps: tuple[str, ...]) -> list[Any]:
    """The words ``tok`` governs through ``deps``, and the objects of its prepositions among them."""
    out = []
    for child in tok.children:
        if child.dep_ in deps:
            out.append(child)
        if child.dep_ == "prep" and "pobj" in deps:
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


_SELVES = _words("reflexive_pronouns")


def _means_of_raid(tok: Any) -> bool:
    """ "Soldiers raided two suburbs, blowing up houses": a participle that tells how an attack was done."""
    kinds = event_lexicon().lemma_kinds
    return tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") and kinds.get(tok.head.lemma_.lower()) == "attack"


def _weapon_blew(tok: Any) -> bool:
    """ "A mine blew up the truck": the subject of "blew up" is a weapon, an event word of its own."""
    kinds = event_lexicon().lemma_kinds
    return any(kinds.get(w) in ("explosive", "grenade", "shell", "suicide", "air") for w in _lemmas(_doers(tok)))


def _doers(tok: Any) -> list[Any]:
    """The subject of ``tok``, or of the verb it depends on when it has none of its own ("a fire destroyed the
    roof, injuring two": the fire injured them)."""
    for _ in range(4):  # "destroyed the roof, displacing the tenants and injuring two": up the chain of clauses
        if came_under(tok):
            return []  # "a car came under fire, killing five": the car was the target; who fired is not told
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


def _described(tok: Any) -> bool:
    """ "riot-affected areas", "war-torn", "a confrontation-like situation", "the riot affected areas": the event
    word is part of an adjective of the place or the mood that follows."""
    doc = tok.doc
    nxt = doc[tok.i + 1 : tok.i + 4]
    if len(nxt) >= 2 and nxt[0].text == "-" and nxt[1].lower_ in _DESCRIBED_BY:
        return True
    return (
        len(nxt) >= 2
        and nxt[0].lower_ in _DESCRIBED_BY - {"hit", "free", "like", "related"}
        and nxt[1].lemma_.lower() in _DESCRIBED_PLACES
    )


def _the_month(tok: Any) -> bool:
    """ "march 15", "march 2002", "since march": the month, written in lower case."""
    if tok.lower_ != "march":
        return False
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and after.like_num and after.text.isdigit():
        value = int(after.text)
        return 1 <= value <= 31 or 1900 <= value <= 2100
    return tok.i > 0 and doc[tok.i - 1].lower_ in _MONTH_BEFORE


def _closed_things(tok: Any) -> set[str]:
    """What is closed, cut or shut, as its object or passive subject ("closed the road", "the road was closed")."""
    return _lemmas(_linked(tok, ("dobj", "nsubjpass")))


def _closed_by_owners(tok: Any) -> bool:
    """Shops, schools or banks that close of themselves ("the shops were closed", "most of the shops remained
    closed", "banks closed down their services", "with schools and institutions closed"), not closed by someone
    else ("militants closed the schools")."""
    subjects = _linked(tok, ("nsubjpass", "nsubj"))
    for aux in (c for c in tok.children if c.dep_ in ("aux", "auxpass")):
        subjects += _linked(aux, ("nsubjpass", "nsubj"))  # "the shops ... were closed", parsed on "were"
    if tok.dep_ in ("acomp", "oprd", "xcomp", "conj", "ccomp"):
        subjects += _linked(tok.head, ("nsubj", "nsubjpass"))
    if tok.dep_ in ("amod", "acl"):
        subjects.append(tok.head)
    if tok.i > 0 and tok.doc[tok.i - 1].pos_ == "NOUN":
        subjects.append(tok.doc[tok.i - 1])
    if _lemmas(subjects) & _BUSINESSES:
        return True
    agents = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
    return not agents and bool(_lemmas(_linked(tok, ("dobj", "pobj"))) & _BUSINESSES)


_INTO = word_lists("senses.json").words("into_prepositions")


def _criticism(tok: Any) -> bool:
    """ "went on to blast the killing", "blasted the minister for ...": to blast a person, a policy or an act is to
    criticise it; a bridge or a wall blasted is an explosion."""
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return True
    return bool(_lemmas(_linked(tok, ("dobj",))) & _CRITICISED)


def _verbal_attack(tok: Any) -> bool:
    """ "his attack on the centre and the Badal faction", "their attack on the government's policy": an attack noun
    that a possessive pronoun gives to its speaker, made on a government, a party, a policy or a person's words."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
        return False
    on = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"]
    targets = [g for c in on for g in c.children if g.dep_ == "pobj"]
    targets += [c for g in targets for c in g.conjuncts]
    # ("his attack on the centre and the ruling faction", the second target parsed as a conjunct of "attack")
    targets += [c for c in tok.children if c.dep_ == "conj" and on and c.i > on[0].i]
    return bool({g.lemma_.lower() for g in targets} & _CRITICISED)


def _naming(tok: Any) -> bool:
    """ "called the strike a war crime", "called the attack cowardly": "call" with an object and what it is called
    (an object predicative) names or judges; a request is "called for", "called on", "called to"."""
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "oprd" for c in tok.children):
        return True  # "called the bombing an act of terrorism" (also parsed with the act as the predicative)
    objects = _linked(tok, ("dobj",))
    return bool(objects) and any(
        c.dep_ in ("advmod", "acomp")
        and c.i > objects[0].i
        and (c.pos_ == "ADJ" or (c.lower_.endswith("ly") and c.lower_ not in _CALLING_ADVERBS))
        for c in tok.children
    )  # "called the raid cowardly"


def _figurative_hold(tok: Any) -> bool:
    """ "occupied a senior post", "occupies the fifth position", "occupied pride of place": a rank held."""
    for obj in _linked(tok, ("dobj", "nsubjpass")):
        lemma = obj.lemma_.lower()
        if lemma in _HELD_ROLES:
            return True
        if lemma in _RANKED and any(
            c.dep_ in ("amod", "nummod") and (c.tag_ in ("JJS", "CD") or c.ent_type_ == "ORDINAL" or c.lower_ == "top")
            for c in obj.children
        ):
            return True
    return False


def _mourned(tok: Any) -> bool:
    """ "the kin of those killed", "in memory of those killed": the dead of an event told elsewhere."""
    if tok.dep_ != "acl" or tok.head.lower_ not in ("those", "people", "persons"):
        return False
    prep = tok.head.head
    return tok.head.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lemma_.lower() in _MOURNERS


def _fought(tok: Any) -> list[Any]:
    """What is fought: the object, or the object of "against" ("the fight against the bill")."""
    found = _linked(tok, ("dobj",))
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "against":
            found.extend(g for g in prep.children if g.dep_ == "pobj")
    # "the fight against corruption and drug gangs", the first conjunct parsed as the second's modifier
    found.extend(
        m for g in list(found) for m in g.children if m.dep_ == "nmod" and any(c.dep_ == "cc" for c in m.children)
    )
    return found


def _party_campaign(rally: Any) -> bool:
    """A party's rally whose sentence names its candidates or slate and no protest: a campaign event."""
    if not any(c.lower_ == "party" for c in rally.subtree):
        return False
    words = {t.lemma_.lower() for t in rally.sent}
    return bool(words & _CANDIDACY) and not words & {"against", "protest", "demand", "denounce"}


def _heads(toks: list[Any]) -> set[str]:
    """The lemmas of nouns and of their conjuncts ("corruption and misrule"), not of their whole phrases."""
    return {w.lemma_.lower() for t in toks for w in (t, *t.conjuncts)}


def _sport(tok: Any) -> bool:
    """Is ``tok`` in a sports report's sentence that tells of no harm ("beat Ittihad 4-1", "a 90th-minute strike",
    "a three-run blast")? A report with no harm and no forces in the sentence is play."""
    doc = tok.doc
    ctx = event_lexicon().context
    if "sitroom_sport" not in doc.user_data:
        # a story whose lead tells of deaths is no sports report, however many games its background names ("the
        # blasts tore through crowds watching the World Cup final")
        lead = next(iter(doc.sents)).text.lower() if len(doc) else ""
        quorum = len({t.lower_ for t in doc} & _SPORTS_WORDS) >= _SPORT_QUORUM
        doc.user_data["sitroom_sport"] = quorum and len(set(_DEATHS_TOLD.findall(lead))) < 2
    if not doc.user_data["sitroom_sport"]:
        return False
    text = doc.text
    lo, hi = text.rfind("\n\n", 0, tok.idx) + 1, text.find("\n\n", tok.idx)
    if not set(re.findall(r"[a-z]+", text[lo : hi if hi >= 0 else len(text)].lower())) & _SPORTS_WORDS:
        # "Several thousand people marched through the capital", in a round-up whose last item is a fight between
        # football fans: a paragraph with no word of sport tells no play
        return False
    sent = tok.sent
    at = tok.idx - sent.start_char  # the trigger itself ("beat") is no harm told
    low = (sent.text[:at] + " " * len(tok.text) + sent.text[at + len(tok.text) :]).lower()
    return not (ctx["harm"].search(low) or ctx["state_forces"].search(low))


# words a lead uses to tell of deaths and bombs, none of them a word of play ("beat", "strike", "shot" are)
_DEATHS_TOLD = re.compile(
    r"\b(?:killed|killing|dead|died|deaths?|wounded|injured|bombings?|bomber|bombers|massacre|toll)\b"
)


def _drivers(doers: list[Any]) -> list[Any]:
    """The doers' head nouns, through "by" ("struck by a car"), not their modifiers ("a truck bomb")."""
    return [g for d in doers for g in ([d] if d.dep_ != "agent" else [c for c in d.children if c.dep_ == "pobj"])]


def _electric_shock(doers: list[Any]) -> bool:
    """ "apparently killed by an electric shock as he tried to cut the cables": a current, no attacker."""
    return any(d.lemma_.lower() == "shock" and any(c.lower_ == "electric" for c in d.children) for d in doers)


def _done_to_someone(tok: Any) -> bool:
    """ "Soldiers shot dead a driver when his truck crashed through a roadblock": a doer and a victim, the crash only
    the moment of the killing."""
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "dobj" in deps


def _in_mishap(tok: Any) -> bool:
    """ "killed in crashes", "injured in a rollover", "killed when their helicopter crashed": an accident."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _MISHAPS for g in c.children)
        for c in tok.children
    ) or (
        not _done_to_someone(tok)
        and any(
            c.dep_ == "advcl"
            and c.lemma_.lower() in _MISHAP_VERBS
            and any(s.dep_ == "nsubj" and s.lemma_.lower() in _MOVERS for s in c.children)
            for c in tok.children
        )
    )


def _lemmas(toks: list[Any]) -> set[str]:
    return {w.lemma_.lower() for t in toks for w in t.subtree}


def _noun_lemmas(toks: list[Any]) -> set[str]:
    """The nouns' lemmas of the phrases (not "police who stormed a cellblock": a storm is a doer as a noun only)."""
    return {w.lemma_.lower() for t in toks for w in t.subtree if w.pos_ in ("NOUN", "PROPN")}


_UNHURT = word_lists("senses.json").words("unhurt_words")


def _unhurt(tok: Any) -> bool:
    """ "escaped unhurt", "escaped injury", "escaped with minor injuries": the escape is from harm."""
    near = [c for c in tok.children if c.dep_ in ("acomp", "advmod", "advcl", "dobj", "oprd", "xcomp", "prep")]
    words = {c.lower_ for c in near} | {g.lower_ for c in near if c.dep_ == "prep" for g in c.subtree}
    return bool(words & _UNHURT)


def _heard_with_gunfire(tok: Any) -> bool:
    """Are the explosions told with gunfire, as what was heard ("gunfire and explosions echoed")?"""
    group = [tok, *[c for c in tok.children if c.dep_ == "conj"]]
    head = tok
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
        group.append(head)
    gunfire = any(w.lower_ in ("gunfire", "shooting", "shots", "gunshots") for w in group)
    return gunfire and head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in _SOUNDS


def _guard_post(tok: Any) -> bool:
    """Is the picket one of armed men ("a picket of gendarmes", "an army picket")?"""
    held = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    named = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    return any(is_armed(" ".join(w.lower_ for w in g.subtree)) for g in held) or any(is_armed(c.lower_) for c in named)


def _sat_somewhere(tok: Any) -> bool:
    """ "Sat in traffic": the "in" after "sat" is a preposition with its own object (where one sat), not the particle
    of a sit-in ("students sat in at the ministry")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ == "in" and nxt.dep_ == "prep" and any(c.dep_ == "pobj" for c in nxt.children)


_MULTITUDES = frozenset({"hundreds", "thousands"})


def _crowd_around(tok: Any) -> bool:
    """ "tens of thousands of Lithuanians had surrounded the parliament building": a crowd, with no arms, that
    gathered round a place (to guard it or to press its demands) demonstrates there."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.pos_ != "VERB" or subj is None or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    said = " ".join(w.text for w in subj.subtree)
    # ("thousands of Lithuanians": a crowd counted by the thousand, whoever they are)
    return is_crowd(said) or (subj.lower_ in _MULTITUDES and not is_armed(said.lower()))


def _campaign_of_protest(tok: Any) -> bool:
    """ "Began a campaign of mass action", "a campaign of strikes and boycotts": a campaign whose "of" phrase names
    demonstrations is made of them (its words trigger them), not an attack."""
    lex = event_lexicon()
    made_of = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(
        lex.lemma_kinds.get(g.lemma_.lower()) == "protest"
        or lex.context["demonstration"].search(" ".join(t.lower_ for t in g.subtree))
        for g in made_of
    )


_WHOLE_WARS = word_lists("reportability.json").words("abstract_nouns")


def _funeral_told(tok: Any) -> bool:
    """Is a definite "the procession" the one of a funeral its sentence or the one before names?"""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    sent = tok.sent
    before = tok.doc[sent.start - 1].sent if sent.start > 0 else None
    words = [w for s in (before, sent) if s is not None for w in s]
    demo = event_lexicon().context["demonstration"]
    return any(w.lemma_.lower() in ("funeral", "burial") for w in words) and not any(
        demo.fullmatch(w.lower_) for w in words if w.lemma_.lower() != "procession"
    )


def _left_behind(tok: Any) -> bool:
    """Is what was abandoned a vehicle ("abandoned their car"), or something found so ("police found the minibus
    abandoned")?"""
    if tok.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and tok.head.lemma_.lower() == "find":
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("find", "finds", "found") for c in tok.children):
        return True  # (the same, "found" read as an auxiliary of "abandoned")
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in _VEHICLES for o in objects)


def _emergency_declared(tok: Any) -> bool:
    """ "declared a 15-day state of emergency", "imposed a state of emergency on the province": a state of emergency
    that a verb of declaring sets up, a rule of exception (ACLED Codebook 2023: a change to group/activity)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() != "state":
        return False
    state = tok.head.head
    return state.dep_ in ("dobj", "nsubjpass") and state.head.lemma_.lower() in _EMERGENCY_VERBS


def _workings(tok: Any) -> bool:
    """ "At the pyrites mine of El Halia", "the mine's own workers", "a coal mine": a mine named by what is dug from
    it, by its place or as an owner is a workplace, no explosive device."""
    if tok.lemma_.lower() != "mine" or tok.pos_ != "NOUN":
        return False
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.lower_ in _MINED:
            return True
        if c.dep_ == "case" and c.lower_ in ("'s", "'"):
            return True  # "the mine's own workers"
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children):
            return True  # "the mine of El Halia"
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    ):
        return True  # "the Manifest Lipcowy mine": a mine named by its own name (not "a Claymore mine")
    return bool(tok.dep_ == "poss")


def other_sense(tok: Any, kind: str, phrase: str) -> bool:
    """Is the trigger word ``tok`` (of event kind ``kind``; ``phrase`` its words, lower case) used in a sense that
    is no conflict event?"""
    lemma = tok.lemma_.lower()
    if lemma == "storm" and tok.pos_ != "VERB":
        return True
    if lemma == "procession" and _funeral_told(tok):
        # "violence broke out on Sunday at the funeral of the dead policemen. As the procession reached the
        # cemetery, shots were fired": the funeral's procession, a rite (a demonstration only when told as one)
        return True
    if lemma in ("surround", "encircle") and not _crowd_around(tok):
        return True  # "troops surrounded the town": a siege or a cordon, no crowd that gathered round a place
    if (
        kind in ("explosive", "grenade", "shell")
        and tok.dep_ == "compound"
        and tok.head.lemma_.lower() in _WARNING_HEADS
    ):
        return True  # "a wave of bomb threats", "a bomb scare": a warning, no weapon went off
    if (
        kind in ("explosive", "grenade", "shell")
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "by"
        and tok.head.head.lemma_.lower() in _COWING
    ):
        return True  # "will not be blackmailed by petrol bombs": violence named as pressure, no device went off
    if kind == "explosive" and _workings(tok):
        return True  # "at the pyrites mine of El Halia": a mine where men dig, no device
    if lemma == "cut" and any(c.dep_ in ("advmod", "acomp", "oprd") and c.lower_ == "short" for c in tok.children):
        return True  # "the emperor, who cut short his tour": a visit ended early, nothing cut off
    if lemma == "emergency" and not _emergency_declared(tok):
        return True  # "emergency services", "an emergency session", "lift the state of emergency"
    if lemma == "move" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _WHOLE_WARS for c in tok.children):
        return True  # "the conflict moved out of Nagorno-Karabakh and onto Armenia": a war spreading, no troops moved
    if kind == "transfer" and _left_behind(tok):
        # "a minibus, which police found abandoned", "the gunmen abandoned their car": a thing left behind, no ground
        return True
    if lemma == "seize" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True  # "the court, which is seized of three petitions": a matter before a court
    if (
        lemma == "combat"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and tok.head.head.lemma_.lower() in _PROVING
    ):
        return True  # "the first time the Patriot system had been used in combat": a kind of use, no fight told
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ in _TENDENCY:
        return True  # "such groups are prone to attacks": a tendency, not an event
    if _described(tok) or _the_month(tok) or _mourned(tok):
        return True
    if lemma == "riot" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in _RIOT_OF for g in c.children) for c in tok.children
    ):
        return True  # "witnessed a riot of colours": an abundance of them, no riot
    if lemma == "attack" and _verbal_attack(tok):
        # "chose to focus his attack on the centre and the Badal faction": a speaker's words against a body, no
        # violence
        return True
    if lemma == "blast" and _criticism(tok):
        return True
    if lemma == "attack" and tok.pos_ == "NOUN" and any(c.lower_ in _MEDICAL for c in tok.children):
        return True  # "died of a heart attack": illness, no attacker
    if lemma == "attack" and tok.pos_ == "VERB" and _heads(_linked(tok, ("dobj",))) & _IDEAS:
        return True  # "leaders of the party attacked the pledge": criticism of a plan or a paper, no violence
    if lemma == "escape" and _unhurt(tok):
        return True  # "officers had been lucky to escape unhurt", "escaped injury": they survived, nothing changed
    if lemma == "intercept" and _heads(_linked(tok, ("dobj", "nsubjpass"))) & _MESSAGES:
        return True  # "intercepted a conversation": intelligence, no weapon stopped
    if lemma == "rally" and any(c.lemma_.lower() in _CAMPAIGN_RALLIES for c in tok.children if c.dep_ != "prep"):
        return True  # "at an election rally": a campaign event, no demonstration
    if lemma == "rally" and tok.pos_ == "NOUN" and _party_campaign(tok):
        return True  # "grenades thrown onto the stage of a Liberal Party rally ... among them the party's candidates"
    if lemma == "march" and any(c.dep_ == "compound" and c.lower_ in ("flag", "route") for c in tok.children):
        return True  # "the army carried out flag marches": troops showing their presence, no demonstration
    if kind == "explosive" and tok.pos_ == "NOUN" and _heard_with_gunfire(tok):
        return True  # "gunfire and explosions echoed across the city for hours": the noise of the fighting
    if lemma == "picket" and tok.pos_ == "NOUN" and _guard_post(tok):
        return True  # "overran a picket of gendarmes": armed men posted on guard, no strikers' picket
    if lemma == "sit" and tok.pos_ == "VERB" and _sat_somewhere(tok):
        return True  # "their car sat in traffic", "MPs sat in the chamber": "in" leads a place, no sit-in staged
    if lemma in ("slam", "smash", "crash") and any(c.dep_ == "prep" and c.lower_ in _INTO for c in tok.children):
        return True  # "shells slammed into the camp": a physical impact, not criticism
    if (
        lemma == "ally"
        and tok.lower_ == "allied"
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].pos_ in ("NOUN", "ADJ", "PROPN")
    ):
        return True  # "the army and allied armed groups": who the groups are, not an alliance made
    if lemma == "call" and " " not in phrase and _naming(tok):
        return True  # "called the bombing an act of terrorism": a judgement of an act, not a request
    if lemma in ("wound", "wind") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("up", "down"):
        return True  # "the camps should be wound up", "as the game wound down"
    if lemma == "strike" and (
        _heads(_linked(tok, ("dobj",))) & _STRUCK_BARGAINS
        or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "out")
    ):
        return True  # "struck a deal", "strike a balance", "strikes out"
    if lemma == "settle" and _heads(_linked(tok, ("dobj", "nsubjpass"))) & _SETTLED_SCORES:
        return True  # "to settle scores with its critics": revenge, no agreement
    if phrase.startswith("stage") and _heads(_linked(tok, ("dobj",))) & _STAGED_SHOWS:
        return True  # "stage a musical", "staged a comeback"
    if lemma in ("offer", "extend", "send") and _heads(_linked(tok, ("dobj", "nsubjpass"))) & _COURTESIES:
        return True  # "offered its condolences": a courtesy, not an offer to cooperate
    if tok.lower_ == "firing" and kind == "attack" and not firing_is_shooting(tok):
        return True  # "the firing of the coach", "a firing range": no shots at anyone
    if lemma == "meet" and _heads(_linked(tok, ("dobj", "nsubjpass"))) & _MET_OBSTACLES:
        return True  # "met little resistance", "met his death": no meeting between actors
    visited = _linked(tok, ("dobj", "nsubjpass"))
    if lemma == "visit" and (_lemmas(visited) | {w.lower_ for w in visited}) & _SUFFERERS:
        return True  # "visited the wounded in hospital": a visit to the hurt, no meeting between actors
    if lemma == "accept" and _heads(_linked(tok, ("dobj", "nsubjpass"))) & _ACCEPTED_EXITS:
        return True  # "had accepted the resignation of the board": an official's going, no accord between parties
    if lemma == "sign" and _heads(_linked(tok, ("dobj", "nsubjpass"))) & _SIGNED_PAPERS:
        return True  # "signed a petition", "signed copies of his book": no agreement between parties
    if lemma == "execute" and _heads(_linked(tok, ("dobj", "nsubjpass"))) & _EXECUTED_TASKS:
        return True  # "the projects were executed by army engineers"
    if lemma == "release" and _heads(_linked(tok, ("dobj", "nsubjpass"))) & _SUBSTANCES:
        return True  # "releasing a gas that caused people to choke": let out, not freed
    if lemma == "release" and _heads(_linked(tok, ("dobj", "nsubjpass"))) & _PUBLISHED:
        return True  # "footage was released": published, nobody freed
    if lemma == "intercept" and _people_stopped(tok):
        return True  # "migrants intercepted at sea by the coast guard": people stopped, no weapon in flight
    if lemma == "derail" and (derailed := _linked(tok, ("dobj", "nsubjpass"))) and not _heads(derailed) & _VEHICLES:
        return True  # "to derail a referendum", "the talks were derailed": a plan wrecked, no train
    if lemma == "shoot" and tok.pos_ == "NOUN":
        return True  # "green shoots", "a photo shoot": the noun is no shooting ("shots" are)
    blown = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if lemma == "blow" else []
    if lemma == "blow" and kind == "explosive" and any(c.lower_ in _SELVES for c in blown):
        return True  # "blew themselves up": the suicide bombing's own words
    exploded = not blown and any(
        w.lower_ in _MOVERS or w.lower_ in _MAKERS for c in tok.children if c.dep_ == "nsubj" for w in c.subtree
    )  # "an Air India Boeing 747 blew up and fell into the Atlantic": the aircraft exploded
    if (
        lemma == "blow"
        and kind == "explosive"
        and not exploded
        and (not blown or _weapon_blew(tok) or _means_of_raid(tok))
    ):
        # "the row blew up", "talks blew up": no thing destroyed; "a mine blew up the truck": the weapon's
        # word tells that blast; "raided two suburbs, blowing up houses used by exiles": how the raid was done
        return True
    if (
        lemma == "wound"
        and tok.pos_ == "NOUN"
        and (
            tok.head.lemma_.lower() in _GRIEF
            or any(w.lemma_.lower() in _GRIEF for w in tok.doc[max(0, tok.i - 4) : tok.i])
        )
    ):
        return True  # "balm to their wounds", "heal the wounds"
    if lemma == "custody" and any(c.lower_ == "safe" for c in tok.children):
        return True  # "kept in the safe custody of the magistrate": things in store, not people held
    if lemma == "apprehend" and (
        any(c.dep_ == "ccomp" for c in tok.children)
        or _heads(_linked(tok, ("dobj",))) & _FEARED
        or any(not is_someone(o) for o in _linked(tok, ("dobj",)))
    ):
        return True  # "apprehended a threat", "apprehended the hand of the ISI": feared or suspected, not arrested
    if lemma == "whip" and (
        tok.pos_ == "PROPN"  # "House Majority Whip": an office of parliament
        or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in _WHIP_TITLES)
        or tok.head.lemma_.lower() == "crack"  # "cracked the whip"
    ):
        return True
    if lemma in ("liberate", "free") and _lemmas(_linked(tok, ("pobj",))) & _ABSTRACT_YOKES:
        return True
    if phrase.startswith(("take over", "took over", "taking over", "takes over", "taken over")):
        nxt = tok.doc[tok.i + 1 :][:2]
        if any(t.lower_ == "from" for t in nxt):
            return True
        objects = _linked(tok, ("dobj",)) + [t for t in tok.doc[tok.i + 1 : tok.i + 4] if t.dep_ == "dobj"]
        if any(o.lemma_.lower() in _SUCCEEDED for o in objects):
            return True
        if any(o.pos_ == "PROPN" and o.ent_type_ in ("ORG", "NORP") for o in objects):
            return True  # "Mansour took over the Taliban": the leadership of a group, no place
    fights = lemma in ("battle", "fight", "combat")
    doers = _doers(tok) if fights or kind in _HARMING else []  # only these rules ask who did it
    if kind in _HARMING and (
        _noun_lemmas(doers) & NATURAL_FORCES
        or _heads(_drivers(doers)) & _VEHICLES
        or any(_accidental_fire(d) for d in doers)
        or _in_mishap(tok)
        or _electric_shock(_drivers(doers))
    ):
        return True  # a storm, a fire, a car, a crash: no attacker
    if kind in _PLAYED and _sport(tok):
        return True
    if _imperative(tok):
        return True  # "Strike the shepherd": a command, quoted or not, tells of no act
    if (fights or lemma in ("attack", "campaign")) and _heads(_fought(tok)) & (_AILMENTS | _CAUSES):
        return True  # "fight against the new bill", "to attack the virus", "his campaigns against corruption"
    if lemma == "campaign" and kind == "attack" and _campaign_of_protest(tok):
        return True  # "a campaign of mass action", "a campaign of strikes": the protests it is made of
    if fights and (
        (tok.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() in _AILMENTS)
        or (tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in _AILMENTS)
    ):
        return True  # "a disease to battle" (parsed either way)
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.lemma_.lower() in _DESCRIBED_DOERS:
        # "being a suicide bomber was OK", "these are precision missiles": what someone is or things are, not an
        # act; "the man killed was a suicide bomber" tells how the attack was done
        subjects = {c.lower_ for c in tok.head.children if c.dep_ == "nsubj"}
        if tok.head.tag_ == "VBG" or subjects & {"these", "those"}:
            return True
    if fights and (
        _lemmas(_linked(tok, ("dobj", "pobj", "compound"))) & _AILMENTS
        or (tok.dep_ == "compound" and tok.head.lemma_.lower() in _AILMENTS)
        or _lemmas(doers) & _FIRE_CREWS  # "firefighters battled the incident"
        # "the fight within the party" (not "Within hours, rebels were fighting": a time)
        or any(
            c.dep_ == "prep" and c.lower_ == "within" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
            for c in tok.children
        )
        or _lemmas(_linked(tok, ("pobj",))) & {"court"}  # "disputes fought in the courts"
    ):
        return True
    if lemma in ("regain", "recapture", "retake", "reclaim") and _heads(_linked(tok, ("dobj",))) & _LEVELS:
        return True  # "the shares regained the 1.76 level": a market, not a town
    if lemma == "hit":
        if (tok.i > 0 and tok.doc[tok.i - 1].text == "-") or tok.text.lower().startswith("hardest"):
            return True
        objects = _linked(tok, ("dobj", "attr", "npadvmod"))
        if any(o.like_num or o.lemma_.lower() in _LEVELS for o in objects):
            return True
    defused = _linked(tok, ("dobj", "nsubjpass"))
    if lemma == "defuse" and defused and not (_lemmas(defused) | {w.lower_ for w in defused}) & _EXPLOSIVES:
        return True  # "police defused a rasta roko": a blockade calmed, no weapon disarmed
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
    if lemma == "occupy" and (_lemmas(_linked(tok, ("nsubj", "agent"))) & _OCCUPANTS or _figurative_hold(tok)):
        return True
    ordered = tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in ("order", "force", "direct", "instruct")
    if (
        lemma in ("close", "shut", "cut")
        and not ordered
        and (_closed_things(tok) & _CLOSED_THINGS or (lemma != "cut" and _closed_by_owners(tok)))
    ):
        return True  # "ordered universities to close" is the authorities' act
    if lemma == "impose" and any(
        o.lemma_.lower() in _LAWS_IMPOSED or (o.lemma_.lower() == "rule" and _lemmas([o]) & _BY_DECREE)
        for o in _linked(tok, ("dobj", "nsubjpass"))
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
