"""Event triggers and their types: which words of a sentence signal an event, and what kind of event it is.

Triggers come from ``data/event_lexicon.json`` (lemmas and lemma phrases per *kind*); a kind is typed into the
PLOVER event and mode, the CAMEO root code and the ACLED event type and sub-type (or a non-ACLED type) by
:func:`classify`, which applies the ACLED codebook's tie-breaks to the words around the event.
"""

from __future__ import annotations

import re
from typing import Any

from sitroom.extract._casualty_lexicon import is_person
from sitroom.extract._codebook_words import POLITICAL_ARMED, is_armed
from sitroom.extract.acled_rules import acled_sub_type
from sitroom.extract.force_senses import (
    by_state,
    held_in_custody,
    names_people,
    picked_up,
    riot_control,
    shots_fired,
    takers,
)
from sitroom.extract.lexicons import event_lexicon, taxonomy, word_lists
from sitroom.extract.numbers import parse_number
from sitroom.extract.senses import other_sense
from sitroom.model import EventType, Frame, Trigger
from sitroom.nlp import doc_lower

__all__ = [
    "LIGHT_VERBS",
    "ONE_MORE",
    "TERRITORY_SUBS",
    "UNIT_DAYS",
    "EventType",
    "Trigger",
    "accusation",
    "acled_sub_type",
    "background_triggers",
    "captured_weapon",
    "carried_weapon",
    "claimed_new",
    "classify",
    "commemorated",
    "complained",
    "days_apart",
    "demote_speech_acts",
    "find_triggers",
    "label_prefix",
    "people_taken",
    "remembered",
    "rule_of_exception",
    "shift_for_modality",
    "violent_word",
]

# Verbs that carry an event noun ("launched an attack", "staged a protest"): the noun is the event.
LIGHT_VERBS = word_lists("event_frames.json").words("light_verbs")
_LABELS = word_lists("event_frames.json").mapping("note_headings")


def _depth(tok: Any) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


# "another", "a second", "a third": one more of what was told, counted on ("a third wrecked a restaurant in Kuta")
ONE_MORE = r"\b(?:[Aa]nother|[Aa]\s+(?:second|third|fourth|fifth|sixth))"
_ON_FIRE = word_lists("event_frames.json").words("fire_complements")


_ARMED_DOERS = word_lists("doers.json").words("armed_patients")  # (the state's among them are left out by by_state)


def _armed_took_people(tok: Any) -> bool:
    """ "About 100 armed men stopped the vehicles and took the passengers to a hilltop": people an armed group (not
    the state's forces) took somewhere were abducted."""
    to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    # "was taken from his room at a private hospital by armed men": taken away, by a doer the passive names
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    # (the parser may hang the "by" phrase on the last noun of the place: "at a private hospital by armed men")
    by = [
        g
        for p in tok.children
        if p.dep_ == "prep"
        for n in p.children
        if n.dep_ == "pobj"
        for b in n.children
        if b.dep_ == "prep" and b.lower_ == "by"
        for g in b.children
        if g.dep_ == "pobj"
    ]
    away = passive and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)
    away = away and (any(c.dep_ == "agent" for c in tok.children) or bool(by))
    if tok.pos_ != "VERB" or not (to or away) or any(g.lemma_.lower() in ("safety", "hospital") for g in to):
        return False  # (not "took residents and priests to safety")
    taken = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if taken is None or not names_people(taken, tok):
        return False
    doers = takers(tok) or (takers(tok.head) if tok.dep_ == "conj" else []) or (by if away else [])
    # "He was taken by helicopter to the air base": a bare singular noun after "by" is how, not who
    doers = [d for d in doers if not (d.head.lower_ == "by" and d.tag_ == "NN" and not list(d.children))]
    armed = any(any(c.lower_ == "armed" for c in d.children) or d.lower_ in _ARMED_DOERS for d in doers)
    return armed and not by_state(doers)


_ARMS = word_lists("reportability.json").words("arms_words")


def _swung_at(tok: Any) -> bool:
    """ "swung his rifle at Prime Minister Rajiv Gandhi": a weapon swung "at" someone."""
    weapon = any(c.dep_ == "dobj" and c.lower_ in _ARMS for c in tok.children)
    return weapon and any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children)


def _armed_marched(tok: Any) -> bool:
    """Are those who marched the state's forces or armed men ("soldiers", "columns of young fighters")?"""
    doers = takers(tok)
    doers += [g for d in doers for c in d.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return by_state(doers) or any(d.lower_ in _ARMED_DOERS for d in doers)


def _set_burning(tok: Any) -> bool:
    """ "set a mosque ablaze", "set the building alight", "set cars on fire": "set" with its object, then the fire."""
    for c in tok.children:
        if c.lower_ in _ON_FIRE and c.dep_ in ("oprd", "dobj", "advmod", "acomp", "xcomp"):
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children):
            return True
    return False


def _phrase_with_object(verb: Any, lex: Any) -> str | None:
    """The kind of a two-word phrase of fighting in the lexicon (a verb and its object) told with words between them
    ("the two sides exchanged rifle and machine-gun fire": "exchange fire")."""
    entries = lex.phrases.get(verb.lemma_.lower(), [])
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # (the parser may make the first modifier the object: "exchanged rifle and machine-gun fire")
    for c in [*objects, *(g for o in objects for g in o.conjuncts)]:
        if c.i > verb.i + 1:
            pair = (verb.lemma_.lower(), c.lemma_.lower())
            # (only fights: a light verb's noun, "imposed a curfew", and a thrown thing are read on their own)
            if any(words == pair and kd == "clash" for words, kd in entries):
                return "clash"
    return None


def find_triggers(sent: Any, places: frozenset[int] = frozenset()) -> list[Trigger]:
    """The event triggers of one spaCy sentence span, one per token (phrases first). ``places``: the character
    offsets of the place names the geoparser found."""
    lex = event_lexicon()
    if lex.context["link_list"].match(sent.text.lstrip(" \t\n\"'•*-=").lower()):
        return []  # "Related stories: ..." lists other articles' headlines
    toks = list(sent)
    lemmas = [t.lemma_.lower() for t in toks]
    lowers = [t.lower_ for t in toks]
    found: dict[int, Trigger] = {}
    covered: set[int] = set()
    for k in range(len(toks)):
        for words, pkind in lex.phrases.get(lemmas[k], []) + lex.phrases.get(lowers[k], []):
            n = len(words)
            seq_l, seq_w = tuple(lemmas[k : k + n]), tuple(lowers[k : k + n])
            if words in (seq_l, seq_w) and not covered.intersection(range(k, k + n)):
                head = max(toks[k : k + n], key=lambda t: -_depth(t))
                if pkind == "loot" and (_symbolic(head) or _self_burning(head)):
                    pkind = "protest"  # "set fire to flags": a crowd saying what it thinks, not damage
                if pkind == "protest" and head.lemma_.lower() == "block" and _forces_did(head, lex):
                    covered.update(range(k, k + n))  # "police blocked the streets around the ministry": no protest
                    break
                found[head.i] = Trigger(pkind, head.i, head.idx, " ".join(t.text for t in toks[k : k + n]), 0)
                covered.update(range(k, k + n))
                break
    for k, tok in enumerate(toks):
        if k in covered or tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ"):
            continue
        found_kind = lex.lemma_kinds.get(lemmas[k]) or lex.lemma_kinds.get(lowers[k])
        if tok.pos_ == "VERB" and any(c.dep_ == "prt" for c in tok.children):
            # "police beat them off", "fought the raiders back": a phrasal verb of fighting, its object between its
            # words
            parted = f"{lemmas[k]} {next(c.lower_ for c in tok.children if c.dep_ == 'prt')}"
            found_kind = next(
                (kd for words, kd in lex.phrases.get(lemmas[k], []) if " ".join(words) == parted and kd == "clash"),
                found_kind,
            )
        if found_kind is None and tok.tag_ == "NNPS" and not tok.ent_type_ and lowers[k].endswith("s"):
            # "KUTA, Indonesia, Oct. 2 - Bombs tore through three restaurants": a capitalised plural after a
            # dateline, which the tagger took for a name
            found_kind = lex.lemma_kinds.get(lowers[k][:-1])
        if found_kind is None and (held_in_custody(tok) or picked_up(tok)):
            found_kind = "arrest"  # "50 persons were held"
        if found_kind is None and lemmas[k] == "fall" and place_fell(tok, places):
            found_kind = "overtake"  # "Herat fell on Thursday evening", "the town fell to the rebels"
        if found_kind is None and lemmas[k] == "set" and tok.pos_ == "VERB" and _set_burning(tok):
            # "a crowd set a mosque ablaze", "set cars on fire": the object between the words; "set himself on fire"
            # is a protest (ACLED codes self-immolation as one), no damage to property
            found_kind = "protest" if _self_burning(tok) else "loot"
        if found_kind is None and lemmas[k] == "smash" and tok.pos_ == "VERB" and _property_smashed(tok):
            found_kind = "loot"  # "gangs smashed cars and shop windows", not "smashed a record"
        if found_kind is None and lemmas[k] == "block" and tok.pos_ == "VERB" and _way_blocked(tok, lex):
            found_kind = "protest"  # "residents blocked the East Coast road with burning tyres"
        if found_kind is None and tok.pos_ == "VERB":
            found_kind = _phrase_with_object(tok, lex)  # "exchanged rifle and machine-gun fire"
        if found_kind is None and lemmas[k] in ("throw", "hurl") and tok.pos_ == "VERB" and _stones_among(tok):
            found_kind = "riot"  # "hurled eggs and stones at the parliament": stones among what was thrown
        if found_kind is None and lemmas[k] == "swing" and tok.pos_ == "VERB" and _swung_at(tok):
            found_kind = "attack"  # "a sailor swung his rifle at the prime minister": an assault with a weapon
        if found_kind is None and lemmas[k] == "pelt" and tok.pos_ == "VERB" and _with_stones(tok):
            found_kind = "attack"  # "they were pelted with stones and bottles" (not "pelted the office with eggs")
        if found_kind == "protest" and lemmas[k] == "march" and tok.pos_ == "VERB" and _armed_marched(tok):
            # "soldiers of the Highlanders marched back into the district", "columns of rebel fighters marched into
            # the city": armed men moving, no protest
            continue
        if found_kind == "attack" and tok.pos_ == "VERB" and _with_stones(tok):
            found_kind = "riot"  # "officers had been attacked with stones": a crowd's violence, not an armed attack
        if found_kind is None and lemmas[k] == "throw" and _stones_thrown_at(tok):
            found_kind = "riot"  # "rocks and flares were thrown at officers": "threw stones", in the passive
        if found_kind == "accuse" and lemmas[k] == "charge" and tok.pos_ == "VERB" and _crowd_charged(tok, lex):
            found_kind = "attack"  # "police charged a crowd of students": force on a crowd, not a charge laid
        if found_kind is None and lemmas[k] == "take" and _armed_took_people(tok):
            found_kind = "abduct"  # "armed men stopped the vehicles and took the passengers to a hilltop"
        if found_kind is None and (gerund := _gerund_of_harm(tok, lex.lemma_kinds)) is not None:
            found_kind = gerund  # "went from room to room shooting pupils", parsed as a noun and its compound
        if found_kind == "attack" and lemmas[k] == "raid" and _raid_of_arrests(tok, lex.lemma_kinds):
            continue  # "detaining the president and other leaders in pre-dawn raids": the arrests' manner
        if found_kind is None and lemmas[k] == "hang" and _hanged(tok):
            found_kind = "attack"  # "the nine men were hanged on Friday", "called the hangings judicial murder"
        if found_kind is None and lemmas[k] == "strip" and _stripped(tok):
            found_kind = "loot"  # "soldiers stripped supermarkets, factories and warehouses"
        if found_kind is None and _crowd_filled(tok):
            found_kind = "protest"
        if found_kind == "mobilize" and _crowd_massed(tok):
            found_kind = "protest"
        if found_kind is None and _crowd_gerund(tok, lex.lemma_kinds):
            found_kind = "protest"  # "a crowd of several thousand marching on the governor's office", tagged a noun
        if found_kind is None and lemmas[k] == "take" and place_taken(tok, places):
            found_kind = "overtake"  # "Azerbaijani forces had taken Shusha", "Kidal was taken by the army"
            if any(c.dep_ == "prt" and c.lower_ == "back" for c in tok.children):
                found_kind = "regain"  # "Palmach units took Kastel back": retook it
        if found_kind is None:
            continue
        named = tok.pos_ == "PROPN" and tok.ent_type_ and not _named_operation(tok)
        if tok.lower_ in ("according", "accordingly") or named:
            continue  # "according to"; names such as "Warsaw Pact" (but "launched Operation Barkhane" is one)
        kind = found_kind
        if lemmas[k] == "strike" and tok.pos_ == "NOUN":
            # a labour strike, or a military one: the sentence's words tell them apart ("workers went on strike",
            # "the strike left a crater")
            kind = _strike_kind(sent) if _military_strike(sent) else "protest"
        if lemmas[k] in ("fire", "mine", "exchange", "back", "gather", "rally") and tok.pos_ not in ("NOUN", "VERB"):
            continue
        if lemmas[k] == "gather" and gathered_for(tok):
            continue  # "as they gathered for a meeting": no demonstration, nor the scene of one
        if lemmas[k] == "fire" and tok.pos_ == "VERB":
            if tok.lower_ != "firing" and not shots_fired(tok):
                continue  # "fired 200 workers"; "police fired several rounds" is shooting
            kind = lex.lemma_kinds["firing"]  # "died in police firing", parsed with "firing" as a verb
        if lemmas[k] in lex.verb_only and (tok.pos_ != "VERB" or tok.dep_ == "prep"):
            continue  # ("slowed to go round the traffic circle": a preposition the tagger took for a verb)
        if lemmas[k] == "fire" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "open":
            # "opened heavy artillery fire on the town": the phrase "open fire" with the weapon between its words
            heavy = any(lex.lemma_kinds.get(c.lemma_.lower()) == "shell" for c in tok.children if c.dep_ == "compound")
            kind = "shell" if heavy else lex.lemma_kinds["firing"]
        thrown_by = tok.head.head if tok.dep_ == "conj" else tok.head  # "petrol bombs and other missiles were thrown"
        if kind == "shell" and thrown_by.lemma_.lower() in _THROWING and not riot_control(tok):
            kind = "attack"  # "missiles were thrown at police": stones and bottles, thrown by hand
        if (kind in ("shell", "grenade") and riot_control(tok)) or (kind == "explosive" and _riot_bomb(tok)):
            # "lobbed tear-gas shells", "fired stun grenades", "fired smoke bombs": violent repression of a crowd
            # (CAMEO 175), not artillery, a grenade or a bomb attack
            kind = "coerce"
        if kind == "loot" and _symbolic(tok):
            kind = "protest"  # "burned effigies of the president": a crowd saying what it thinks, not damage
        if kind == "loot" and _bodies_burned(tok):
            continue  # "bodies had been thrown into the canals or burned": the dead disposed of, no damage done
        if kind == "loot" and _people_burned(tok):
            kind = "attack"  # "Sikhs were beaten and set alight", "many of them badly burned": harm to people
        if lemmas[k] == "blockade" and any(c.lower_ in _SIEGE_BLOCKADE for c in tok.children):
            kind = "coerce"  # a naval or economic blockade restricts movement (PLOVER COERCE); a crowd's is a protest
        if lemmas[k] == "operation" and any(
            c.dep_ in ("compound", "amod") and lex.context["civil_operation"].fullmatch(c.lower_) for c in tok.children
        ):
            continue  # "a relief operation", "rescue operations"
        if lemmas[k] == "close" and (tok.pos_ == "NOUN" or (k + 1 < len(toks) and lowers[k + 1] == "in")):
            continue  # "at the close of a day of mourning": a time; "as troops closed in": an approach, no closure
        if kind == "protest" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "from":
            continue  # "a bus carrying Palestinians back from a rally": where they came from, not the scene
        if lemmas[k] == "stone" and tok.pos_ != "VERB":
            continue  # "threw stones": the crowd's weapon; "stoned a man": the attack
        if tok.tag_ == "VBG" and tok.dep_ == "amod" and kind in ("clash", "attack"):
            continue  # "the warring parties", "fighting factions" describe who they are, not an event
        if lemmas[k] == "shooting" and not _broke_out(tok) and not gerund_on_people(tok):
            continue  # "the shooting had died down", "the shooting revived memories": a shooting referred to
        if lemmas[k] == "mine" and not _BLAST_WORDS.search(sent.text.lower()):
            continue  # "near the gold mine": a place; a mine that explodes, kills or is hit is a weapon
        if kind == "riot" and (
            (k + 1 < len(toks) and lowers[k + 1] in _RIOT_GEAR)
            or (k > 0 and lowers[k - 1] in ("anti", "anti-"))
            # "officers from riot and special units": the word on a noun of such gear, joined to another modifier
            or (tok.dep_ in ("nmod", "compound", "amod") and tok.head.lemma_.lower() in _RIOT_GEAR)
            or any(c.dep_ == "conj" and c.lemma_.lower() in _RIOT_GEAR for c in tok.children)
        ):
            continue  # "riot police", "anti-riot gear" name equipment, not a riot
        if (
            tok.pos_ == "ADJ"
            and lemmas[k] not in ("joint", "humanitarian", "explosive", "willing", "ready")
            and not (lemmas[k] == "unexploded" and tok.dep_ in ("oprd", "acomp"))
        ):
            continue  # but "a bomb was found unexploded" tells a device disarmed (not "unexploded shells")
        found[tok.i] = Trigger(kind, tok.i, tok.idx, tok.text, 0)
    found = {i: t for i, t in found.items() if not other_sense(sent.doc[i], t.kind, t.text.lower())}
    found = {i: t for i, t in found.items() if not _quoted_text(sent, sent.doc[i])}
    found = {i: t for i, t in found.items() if not (t.kind == "coerce" and _targeted(sent.doc[i], lex))}
    for trig in found.values():
        if trig.kind == "transfer" and _carries_aid(sent.doc[trig.i], lex.context["aid_objects"]):
            trig.kind = "aid"  # "handed over medicine", "evacuated the wounded"
        if sent.doc[trig.i].lemma_.lower() in _DOWN_VERBS and _downs_projectile(
            sent.doc[trig.i], lex.context["projectile"]
        ):
            trig.kind = "disrupt"  # "air defences shot down 25 drones": the interception of explosives in the air
        if trig.kind in ("overtake", "regain") and (taker := people_taken(sent.doc[trig.i], places)) is not None:
            # "were seized by armed men at a petrol station", "police captured three suspects": people taken are
            # abducted, or arrested by the state's forces (ACLED), not territory; escaped inmates "recaptured" are
            # arrested again
            trig.kind = "arrest" if taker or trig.kind == "regain" else "abduct"
        if trig.kind in ("shell", "grenade") and _exchanged(sent.doc[trig.i]):
            trig.kind = "clash"  # "exchanged artillery and machine-gun fire": both sides fire, a battle (ACLED)
        tok = sent.doc[trig.i]
        depth = _depth(tok)
        if tok.dep_ in ("dobj", "attr", "nsubjpass", "pobj") and tok.head.lemma_.lower() in LIGHT_VERBS:
            depth -= 1
        trig.depth = max(0, depth)
    return sorted(found.values(), key=lambda t: t.i)


_GATHERING_PURPOSES = word_lists("reportability.json").words("gathering_purposes")


def gathered_for(tok: Any) -> bool:
    """ "Mourners gathered for funerals", "as they gathered for a meeting": a gathering for an occasion of no protest is
    no demonstration, nor the scene of one (unlike "gathered to await his return", a crowd of supporters)."""
    causes = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "for", "over")]
    occasions = [g for c in causes if c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return (
        bool(causes)
        and len(occasions) == len(causes)
        and all(g.lemma_.lower() in _GATHERING_PURPOSES and not _defied_ban(g) for g in occasions)
    )


def _defied_ban(occasion: Any) -> bool:
    """ "gathered in the square for a meeting called by local Socialists in defiance of a ban on public meetings": an
    occasion held against a ban is a demonstration (ACLED Codebook 2023, Protests: a gathering held in defiance of
    the authorities)."""
    return any(w.lemma_.lower() in ("defiance", "defy") for w in occasion.subtree)


_STRIKING = frozenset({"attack", "clash", "shell", "explosive", "air", "grenade", "suicide"})
_POSTS = word_lists("event_frames.json").words("posts")


def _targeted(tok: Any, lex: Any) -> bool:
    """A post or a roadblock that an attack was aimed at ("fired rockets at a checkpoint", "attacked a checkpoint")
    is its target, not one set up (a measure of control)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _POSTS:
        return False
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "near") else tok.head
    if tok.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma == "fire" or lex.lemma_kinds.get(lemma) in _STRIKING


def _exchanged(tok: Any) -> bool:
    """Is the weapon what two sides exchange ("exchanged artillery fire", "an exchange of mortar fire")?"""
    for _ in range(3):
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "exchange":
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "exchange":
            return True
        if tok.dep_ not in ("nmod", "compound", "conj", "amod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_TAKING_PEOPLE = word_lists("event_frames.json").words("taking_people_verbs")
_BARE_COUNTS = word_lists("event_frames.json").words("bare_people_counts")


def people_taken(tok: Any, places: frozenset[int] = frozenset()) -> bool | None:
    """For "seize" or "capture" whose object is a person or people: whether the state's forces took them (True:
    an arrest) or anyone else (False: an abduction); None when what was taken is no person (nor a place the
    gazetteer knows that the model took for a person's name: "seized Gharyan")."""
    if tok.lemma_.lower() not in _TAKING_PEOPLE or tok.pos_ != "VERB":
        return None
    taken = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    # "Ingrid Betancourt, who was seized at a roadblock": "who" names a person, whatever noun the parser hung it on
    # (a clause set off by a comma, which tells something new of that person; not "a soldier who had been captured
    # on October 7", which says which one)
    person = (
        taken is not None
        and taken.lower_ in ("who", "whom")
        and tok.dep_ == "relcl"
        and taken.i > 0
        and tok.doc[taken.i - 1].text == ","
    )
    # "the army said dozens had already been captured": a bare count of what was taken counts people
    counted = taken is not None and (taken.like_num or taken.lower_ in _BARE_COUNTS) and not list(taken.children)
    if taken is None or taken.idx in places or not (person or counted or names_people(taken, tok)):
        return None
    doers = takers(tok)
    if not doers and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and _counted(taken):
        # "Troops killed ten rebels and captured five others": the joined verb's doers took a number of people in
        # their act (not "soldiers attacked the president's house, seized Aristide": one man seized in a coup)
        doers = takers(tok.head)
    if not doers and tok.dep_ == "ccomp":
        # "the army said dozens had already been captured": a capture that the forces report, naming no one else
        doers = [c for c in tok.head.children if c.dep_ == "nsubj"]
    # "bystanders and police officers seized the attacker": the state's forces among those who took him
    return by_state([*doers, *(c for d in doers for c in d.conjuncts)])


def _counted(taken: Any) -> bool:
    """Is what was taken a number of people ("five others", "dozens", "20 fighters")?"""
    return taken.like_num or taken.lower_ in _BARE_COUNTS or any(c.dep_ == "nummod" for c in taken.children)


_HELD_PLACES = word_lists("event_frames.json").words("held_places")


def place_fell(tok: Any, places: frozenset[int] = frozenset()) -> bool:
    """ "Herat fell on Thursday", "the town fell to the rebels": a place (the geoparser's, the model's or a word for
    one) as the subject of "fall", with no state it fell into ("Kabul fell silent"); not a quantity or a thing that
    dropped ("shells fell on the town")."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("acomp", "oprd", "attr") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    first = min((t.idx for t in subj.subtree if t.dep_ == "compound" or t is subj), default=subj.idx)
    return (
        subj.ent_type_ in ("GPE", "LOC", "FAC")
        or subj.idx in places
        or first in places
        or subj.lemma_.lower() in _HELD_PLACES
    )


def place_taken(tok: Any, places: frozenset[int] = frozenset()) -> bool:
    """ "forces had taken Shusha", "Kidal was taken by the army": "take" with a place named (the geoparser's or the
    model's) as what was taken, by a doer told; not "took Kabul by surprise", "taken to Kabul", "took Paris's side"."""
    if tok.pos_ != "VERB" or any(c.dep_ == "dative" or (c.dep_ == "prt" and c.lower_ != "back") for c in tok.children):
        return False  # (but "took Kastel back": retook it)
    if any(c.dep_ == "prep" and c.lower_ in ("by", "to", "into", "for", "as") for c in tok.children):
        return False  # "took the city by surprise", "took Kabul as a model" (a passive's doer is its "agent")
    place = next((c for c in tok.children if c.dep_ == "dobj"), None)
    doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if place is None:
        place = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        doer = next((c for c in tok.children if c.dep_ == "agent"), None)
    if doer is None and place is not None and tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "advcl"):
        # "patrolled the streets of Kinshasa on Sunday after taking the capital": the doer of the clause it is in
        governing = tok.head.head if tok.dep_ == "pcomp" else tok.head
        doer = next((c for c in governing.children if c.dep_ == "nsubj"), None)
    if place is None or doer is None or any(c.dep_ in ("poss", "case") for c in place.children):
        return False
    if place.ent_type_ in ("GPE", "LOC", "FAC") or place.idx in places:
        return True
    # "after taking the capital", "took the town": a settlement the story has named, called by its noun
    settlement = place.lower_ == "capital" or place.lemma_.lower() in _TOWNS
    return settlement and any(c.dep_ == "det" and c.lower_ == "the" for c in place.children)


_TOWNS = word_lists("reportability.json").words("town_nouns")


_UNARMED_DRONE = re.compile(r"\b(?:surveillance|reconnaissance|spy|observation|scout)\b")
_THROWING = word_lists("event_frames.json").words("throwing_verbs")
_DOWN_VERBS = word_lists("event_frames.json").words("downing_words")


def _downs_projectile(tok: Any, projectile: re.Pattern[str]) -> bool:
    """A verb of bringing down ("shot down", "downed", "destroyed", "intercepted") whose object is a drone, a
    missile or a rocket in flight: "shot down 25 of 30 drones", "two missiles were intercepted"."""
    if tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() == "shoot" and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children
    ):
        return False
    # the parser may take "25 of 30 drones" for an adverbial noun phrase
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "npadvmod" and c.i > tok.i)]
    # "destroyed an Iraqi Scud fired at this city", parsed as a clause whose subject is the missile
    objs += [
        g
        for c in tok.children
        if c.dep_ == "ccomp" and c.i > tok.i and c.lemma_.lower() in ("fire", "launch")
        for g in c.children
        if g.dep_ == "nsubj"
    ]
    for o in objs:
        # the thing brought down is the object's head, or what a quantity counts ("25 of 30 drones"); "a depot of
        # missiles" destroyed is a strike on a depot
        head = next((g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), o)
        heads = [head, *(c for c in head.children if c.dep_ == "conj")] if o.like_num or o.pos_ == "NUM" else [o]
        words = " ".join(w.lower_ for w in o.subtree)
        # a surveillance drone carries no explosive: shooting it down destroys property, it disrupts no weapon
        if any(projectile.fullmatch(h.lower_) for h in heads) and not _UNARMED_DRONE.search(words):
            return True
    return False


def _carries_aid(tok: Any, aid: re.Pattern[str]) -> bool:
    """The object of a handover or an evacuation is aid or people in need, not ground."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    # "evacuate the most seriously injured" is parsed with "injured" as a clause of its own
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or [
        c for c in verb.children if c.dep_ in ("advcl", "oprd") and c.i > verb.i
    ]
    return any(aid.search(" ".join(w.lower_ for w in o.subtree)) for o in objs)


_SIEGE_BLOCKADE = word_lists("event_frames.json").words("siege_modifiers")
_LAUNCH_VERBS = word_lists("event_frames.json").words("launch_verbs")


def _named_operation(tok: Any) -> bool:
    """ "Operation" opening a name that a launch verb governs ("launched Operation Ndofou")."""
    if tok.text != "Operation":
        return False
    head = tok
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in _LAUNCH_VERBS


_MILITARY_STRIKE = re.compile(
    r"\b(?:air|aerial|drone|missile|rocket|artillery|warplanes?|jets?|aircraft|bomb\w*|crater|rubble|targets?"
    r"|targeted|killed|killing|dead|wounded|precision|retaliatory|pre-emptive)\b"
)
_STRUCK_FROM_AFAR = re.compile(
    r"\b(?:air ?strikes?|drone strikes?|missile strikes?|airstrikes?|rocket strikes?|"
    r"(?:missiles?|rockets?|drones?|warplanes?|jets|shells|bombs) (?:struck|hit|slammed|rained)|shelling)\b"
)
_LABOUR = re.compile(
    r"\b(?:workers?|unions?|general strike|hunger strike|on strike|strikers?|staff|employees|teachers|students|doctors"
    r"|nurses|drivers|traders|wages?|pay|salar(?:y|ies)|walk-?out|shutdown|bandh|hartal|labou?r)\b"
)


_SYMBOLS = word_lists("event_frames.json").words("symbolic_objects")


_SMASHED = word_lists("event_frames.json").words("smashed_objects")
_STONES = word_lists("event_frames.json").words("stones_thrown")


def _property_smashed(tok: Any) -> bool:
    """ "smashed cars and shop windows", "smashed the windows of dozens of parked cars", "shops were smashed": what
    was smashed is property (the object, its conjuncts, or what a count or "windows of" names); not a participle
    after a verb ("covered smashed windows", which the parser may read as two verbs)."""
    if tok.i > 0 and tok.doc[tok.i - 1].pos_ == "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in list(objs) for g in o.conjuncts]
    objs += [g for o in list(objs) for p in o.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(o.lower_ in _SMASHED for o in objs)


_WAYS = word_lists("event_frames.json").words("blocked_ways")


def _way_blocked(tok: Any, lex: Any) -> bool:
    """ "hundreds of residents blocked the East Coast road", "farmers had blocked the access roads to the port": a
    road or crossing blocked by people who are no forces of order (police who block a road stop a march) nor a
    thing (a landslide): a demonstration (ACLED codes road blockades as protests)."""
    ways = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    ways += [g for o in list(ways) for g in o.conjuncts]
    if not any(o.lemma_.lower() in _WAYS for o in ways):
        return False
    doers = takers(tok) or ([tok.head] if tok.dep_ == "acl" else [])  # "fired on the crowds blocking its path"
    words = " ".join(w.lower_ for d in doers for w in d.subtree)
    people = (
        any(w.ent_type_ in ("NORP", "PERSON", "ORG") for d in doers for w in d.subtree)
        or lex.context["demonstrating_agent"].search(words) is not None
        or lex.context["gathering"].search(words) is not None
        or _PEOPLE_DOING.search(words) is not None
    )
    return people and not _forces_did(tok, lex)


def _forces_did(tok: Any, lex: Any) -> bool:
    """Is the verb's doer a force of order ("police blocked the streets") or an armed group ("gunmen blocked the
    roads out of the suburbs"), whose roadblocks are no demonstration?"""
    words = " ".join(w.lower_ for d in takers(tok) for w in d.subtree)
    return bool(words) and (
        lex.context["state_forces"].search(words) is not None or lex.context["nonstate_armed"].search(words) is not None
    )


def _crowd_charged(tok: Any, lex: Any) -> bool:
    """Did forces of order charge a crowd ("police charged a crowd of students outside the church", "mounted police
    charged the marchers")? A charge laid has a person and "with" a crime, or a clause ("charged that")."""
    if any(c.dep_ in ("ccomp", "prep") and c.lower_ in ("that", "with") for c in tok.children):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    words = " ".join(w.lower_ for o in objects for w in o.subtree)
    crowd = bool(words) and (
        lex.context["gathering"].search(words) is not None
        or lex.context["demonstrating_agent"].search(words) is not None
        or lex.context["unarmed_agent"].search(words) is not None
    )
    return crowd and _forces_did(tok, lex)


# people named by what they do or where they live ("farmers", "residents", "villagers", "activists", "people")
_PEOPLE_DOING = re.compile(r"\b(?:people|men|women|youths?|crowds?|\w+(?:ers|ents|ants|ists|ians))\b")


def _stones_among(tok: Any) -> bool:
    """ "hurled eggs and stones", "threw bottles and rocks": stones among the things thrown (the event lexicon's
    phrases find them only right after the verb)."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for o in list(objs) for g in o.conjuncts]
    return any(o.lower_ in _STONES for o in objs)


def _with_stones(tok: Any) -> bool:
    """ "officers had been attacked with stones", "attacked the police with rocks and sticks": stones are what the
    attack was made with."""
    objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    objs += [g for o in list(objs) for g in o.conjuncts]
    return any(o.lower_ in _STONES for o in objs)


def _stones_thrown_at(tok: Any) -> bool:
    """ "Rocks and flares were thrown at officers": stones thrown, in the passive, at someone."""
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    subj += [g for o in list(subj) for g in o.conjuncts]
    aimed = any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children)
    return aimed and any(o.lower_ in _STONES for o in subj)


def _self_burning(tok: Any) -> bool:
    """ "set himself on fire", "set fire to herself", "burned themselves": the doer set alight is the object."""
    fire = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "fire"]
    objs = [c for c in tok.children if c.dep_ == "dobj" and c not in fire]
    objs += [g for c in fire for p in c.children if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    return any(_REFLEXIVE.match(o.lower_) for o in objs)


_REFLEXIVE = re.compile(r"^(?:him|her|them|my|your|one)sel(?:f|ves)$")


def gerund_on_people(tok: Any) -> bool:
    """Is ``tok`` a gerund that the tagger took for a noun modifying the plural people after it ("went from room to
    room shooting pupils"): a verb and its object, parsed as a compound?"""
    return (
        tok.dep_ == "compound" and tok.lower_.endswith("ing") and tok.head.tag_ == "NNS" and is_person(tok.head.lower_)
    )


def _gerund_of_harm(tok: Any, kinds: dict[str, str]) -> str | None:
    """The kind of a gerund of harm that the tagger took for a noun modifying the people it harms ("went from room to
    room shooting pupils"): the kind of its verb; None for any other word."""
    if not gerund_on_people(tok):
        return None
    low = tok.lower_
    base = low[:-3]
    kind = kinds.get(base) or (kinds.get(base[:-1]) if len(base) > 3 and base[-1] == base[-2] else None)
    return kind if kind in ("attack", "abduct") else None


_PREMISES = word_lists("reportability.json").words("premises_stripped")


ROUSING_VERBS = word_lists("event_frames.json").words("rousing_verbs")
HUNTING_VERBS = word_lists("event_frames.json").words("hunting_verbs")


def hung_on_search(tok: Any) -> bool:
    """Is ``tok`` a participle the parser hung on a verb of searching ("searched on Monday for whoever planted the bomb
    ..., killing four girls")? It tells the act of the one sought, done before the search and by no searcher."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in HUNTING_VERBS


def rousing_cause(tok: Any) -> tuple[int, int] | None:
    """The characters of the phrase that names ``tok`` as what roused people ("mobs enraged by a British assault on
    Egyptian police in Ismailia burned the hotel"): an earlier event told as a cause, with a place of its own."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent" or tok.head.head.lemma_.lower() not in ROUSING_VERBS:
        return None
    words = list(tok.subtree)
    return (words[0].idx, words[-1].idx + len(words[-1].text))


def answered_act(tok: Any) -> tuple[int, int] | None:
    """The characters of the phrase that names ``tok`` as the act an answer replies to ("attacked the headquarters in
    response to the killing of three Israelis in the port of Larnaca"): an earlier event with a place of its own."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "for") or tok.head.head.lemma_.lower() not in _REPRISALS:
        return None
    words = list(tok.subtree)
    return (words[0].idx, words[-1].idx + len(words[-1].text))


_REPRISALS = word_lists("time_words.json").words("reprisal_nouns")
_QUOTING_NOUNS = word_lists("event_frames.json").words("quoting_nouns")
_QUOTES = frozenset('"\u201c\u201d')


def _quoted_text(sent: Any, tok: Any) -> bool:
    """Is ``tok`` inside a quotation that follows a noun of words written or called out ("with the words \"Good
    evening, liberated Serbia\"", "a banner reading \"Free the prisoners\"")? The quotation is a text cited, no
    event."""
    marks = [w.i for w in sent if w.i < tok.i and w.text in _QUOTES]
    if len(marks) % 2 == 0:
        return False
    before = [w for w in sent.doc[max(sent.start, marks[-1] - 3) : marks[-1]] if w.pos_ in ("NOUN", "VERB")]
    return any(w.lemma_.lower() in _QUOTING_NOUNS for w in before)


def _raid_of_arrests(tok: Any, kinds: dict[str, str]) -> bool:
    """Is the raid the way people were arrested ("detaining Aung San Suu Kyi ... in pre-dawn raids", "arrested 40
    in raids on their homes")? ACLED codes the arrests, not a raid of its own."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during"):
        return False
    # (the parser may hang the phrase on the last of the people named, "detaining X, Y and other leaders in raids":
    # the verb told last before it, not one that only describes a noun, "the ruling party")
    before = tok.doc[tok.sent.start : tok.head.i]
    verb = next((w for w in reversed(before) if w.pos_ == "VERB" and w.dep_ not in ("amod", "compound")), None)
    return verb is not None and kinds.get(verb.lemma_.lower()) == "arrest"


_EXECUTION_FORMS = word_lists("event_frames.json").words("execution_forms")


def _hanged(tok: Any) -> bool:
    """Is ``tok`` a form of "hang" that puts people to death ("were hanged", "the hangings"), not one who hanged
    himself or a thing hung up?"""
    if tok.lower_ not in _EXECUTION_FORMS or (tok.lower_ != "hanged" and tok.pos_ != "NOUN"):
        return False
    return not any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in tok.children)


def _stripped(tok: Any) -> bool:
    """Is what the verb strips premises ("stripped supermarkets and warehouses"), not a person of a rank?"""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if tok.pos_ == "VERB" else []
    return any(o.lemma_.lower() in _PREMISES for o in objs)


def _crowd_gerund(tok: Any, kinds: dict[str, str]) -> bool:
    """Is ``tok`` a gerund of demonstrating that the tagger took for a noun, told of a crowd or going somewhere ("a
    crowd of several thousand marching on the governor's office")?"""
    low = tok.lower_
    if tok.pos_ != "NOUN" or not low.endswith("ing") or len(low) < 7:
        return False
    base = low[:-3]
    if "protest" not in (kinds.get(base), kinds.get(base + "e")):
        return False
    of_crowd = tok.dep_ == "pobj" and tok.head.lower_ == "of"
    return of_crowd or any(c.dep_ == "prep" and c.lower_ in ("on", "through", "to", "towards") for c in tok.children)


_FILLING = word_lists("reportability.json").words("filling_verbs")
_PUBLIC_SPACES = word_lists("reportability.json").words("public_spaces")


def _crowd_filled(tok: Any) -> bool:
    """ "About 200,000 people filled Palace Square", "a crowd packed the market square": people who take a public
    space demonstrate there (not "fans filled the stadium", nor a crowd that filled the square to celebrate)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _FILLING:
        return False
    crowd = [c for c in tok.children if c.dep_ == "nsubj" and _crowd_noun(c)]
    spaces = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _PUBLIC_SPACES]
    return bool(crowd and spaces) and not _gathered_for_a_rite(tok)


def _gathered_for_a_rite(tok: Any) -> bool:
    """Does the verb's purpose clause tell a rite or a show ("filled the square to celebrate")?"""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _GATHERING_PURPOSES for c in tok.children)


_FILLING_CROWDS = word_lists("reportability.json").words("filling_crowds")
_MAGNITUDES = word_lists("reportability.json").words("magnitudes")


def _crowd_noun(tok: Any) -> bool:
    """A crowd, people counted or demonstrators ("a crowd", "200,000 people", "thousands of supporters"; a bare
    "thousands"), not tourists or fans."""
    for _ in range(3):  # ("hundreds of thousands of Filipinos": a magnitude of a magnitude)
        if not (tok.lower_ in _MAGNITUDES or tok.lemma_.lower() in ("ten", "dozen")):
            break
        counted = [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not counted:
            return tok.lower_ in _MAGNITUDES  # "thousands filled the square"
        if counted[0].ent_type_ == "NORP":
            return True  # "tens of thousands of Malaysians": a people, counted
        tok = counted[0]
    return tok.lemma_.lower() in _FILLING_CROWDS


def _crowd_massed(tok: Any) -> bool:
    """ "Hundreds of thousands of Filipinos massed outside two military camps": a crowd that masses gathers (troops
    that mass are mobilised; a crowd that masses to celebrate is no demonstration)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "mass":
        return False
    return any(c.dep_ == "nsubj" and _crowd_noun(c) for c in tok.children) and not _gathered_for_a_rite(tok)


_DEAD_BODIES = word_lists("event_frames.json").words("dead_bodies")


def _bodies_burned(tok: Any) -> bool:
    """Are what the verb burns the bodies of the dead ("bodies were burned", "thrown into the river or burned", the
    passive subject of the verb it is joined to)?"""
    if tok.lemma_.lower() != "burn":
        return False
    verb = tok.head if tok.dep_ == "conj" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) else tok
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _DEAD_BODIES for c in verb.children)


def _people_burned(tok: Any) -> bool:
    """Are the ones the verb burns (its object, or its subject in the passive or of a bare participle) people
    ("Sikhs were set alight", "dozens of wounded, many of them badly burned"), not property?"""
    if tok.lemma_.lower() not in ("burn", "set", "torch"):
        return False  # ("destroyed 11 MiG fighters": aircraft)
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and tok.tag_ == "VBN")]

    def people(o: Any) -> bool:
        if is_person(o.lower_) or o.lower_ in _HURT_PEOPLE:
            return True
        part = [g for p in o.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        # "dozens of wounded", "many of them": a part of the people told (not "dozens of houses", nor "41 stations
        # were damaged, some of them burned out")
        return any(
            is_person(g.lower_) or g.lower_ in _HURT_PEOPLE or (g.lower_ == "them" and _people_before(o)) for g in part
        )

    return bool(objs) and all(people(o) for o in objs)


_HURT_PEOPLE = word_lists("event_frames.json").words("hurt_people")


def _people_before(tok: Any) -> bool:
    """Is the plural noun told last before ``tok`` in its sentence, which "them" refers to, one for people?"""
    before = [t for t in tok.doc[tok.sent.start : tok.i] if t.pos_ in ("NOUN", "ADJ") and t.tag_ in ("NNS", "JJ")]
    return bool(before) and (is_person(before[-1].lower_) or before[-1].lower_ in _HURT_PEOPLE)


def _riot_bomb(tok: Any) -> bool:
    """ "Police fired smoke bombs to break up a march", "tear-gas bombs" at a crowd: a bomb named by the gas or smoke
    it lets out, at a gathering, is a round of crowd control (not "a bomb" alone, nor "petrol bombs"; smoke bombs
    fired near towers, with no crowd told, stay the codebook's other use of force)."""
    if tok.lemma_.lower() != "bomb" or tok.pos_ != "NOUN" or not riot_control(tok):
        return False
    return event_lexicon().context["demonstration"].search(tok.sent.text.lower()) is not None


def _symbolic(tok: Any) -> bool:
    """Is what the verb burns or destroys (its object, or its subject in the passive) a symbol ("burned effigies of
    Pakistan", "flags were set on fire"), or the phrase's own object ("set fire to portraits")?"""
    fire = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "fire"]  # "set fire to": the phrase's noun
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c not in fire]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    objs += [g for c in fire for p in c.children if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    return bool(objs) and all(o.lower_ in _SYMBOLS for o in objs)


def _military_strike(sent: Any) -> bool:
    """Is the noun "strike" in this sentence a military one? When the sentence names weapons, aircraft, targets or
    harm; or when the article tells of an air, drone or missile strike ("a missile struck", "shelling") and the
    sentence has no word of labour."""
    low = sent.text.lower()
    if _MILITARY_STRIKE.search(low):
        return True
    return bool(_STRUCK_FROM_AFAR.search(doc_lower(sent.doc))) and not _LABOUR.search(low)


_STRIKE_FROM_THE_AIR = re.compile(
    r"\b(?:air|airstrikes?|aerial|drones?|warplanes?|jets?|aircraft|planes?|helicopters?)\b"
)
_STRIKE_FROM_THE_GROUND = re.compile(r"\b(?:missiles?|rockets?|artillery|shells?|shelling)\b")


def _strike_kind(sent: Any) -> str:
    """The kind of a military "strike" told by its noun alone ("a strike on apartment buildings killed a dozen"): an
    air strike or a missile strike by the strike from afar the article tells ("missiles struck the city": missile
    strikes; not by other weapons its sentence names: "fired rockets in response to an Israeli strike"); an attack
    when it tells none."""
    if _LABOUR.search(sent.text.lower()):
        return "attack"  # (as it was before sub-events were told apart: a sentence that also tells of a stoppage)
    told = _STRUCK_FROM_AFAR.search(doc_lower(sent.doc))
    if told is None:
        return "attack"
    if _STRIKE_FROM_THE_AIR.search(told.group(0)):
        return "air"
    return "shell" if _STRIKE_FROM_THE_GROUND.search(told.group(0)) else "attack"


_BLAST_WORDS = re.compile(
    r"\b(?:land ?mines?|exploded|explodes|explosion|blast|detonat\w*|hit|hits|struck|strikes|stepped on|steps on|"
    r"ran over|runs over|planted|laid|lay|lays|laying|killed|kills|wounded|injured|dead|"
    r"mines? (?:killed|exploded|blast)|anti-\w+ mines?|"
    r"mine-?clearing|demining|de-mining|minefields?)\b"
)
_RIOT_GEAR = word_lists("event_frames.json").words("riot_gear")
_EMBEDDING = frozenset({"dobj", "ccomp", "xcomp", "prep", "pobj", "advcl", "attr", "acomp", "oprd", "pcomp", "acl"})


_TIME_UNITS = word_lists("event_frames.json").words("time_units")


def _timed_from(clause: Any) -> bool:
    """Is ``clause`` an act told as another day's, counted from ("a day after army engineers blew up the building",
    "two days after ...")?"""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _ANTECEDENT_MARKS for c in clause.children)
        and any(c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_UNITS for c in clause.children)
    )


def demote_speech_acts(sent: Any, triggers: list[Trigger]) -> dict[int, Trigger]:
    """A statement, demand or denial outranks an ACLED event only when the event is what it is about.

    "condemned the attack" is an accusation (the attack is its object); in "protesters marched, demanding pay" or
    "a protest called for by the opposition" the protest is the event and the speech act its detail. Returns, for
    each speech act that is about an ACLED event, that event's trigger (by the speech act's token index): the
    accusation keeps its PLOVER type and takes the ACLED type of what it reports ("accused of bombing").
    """
    kind_map = event_lexicon().kind_map
    acled = [t for t in triggers if kind_map[t.kind][0] == "acled"]
    about: dict[int, Trigger] = {}
    if not acled:
        return about
    doc = sent.doc
    for p in triggers:
        if kind_map[p.kind][0] == "acled":
            continue
        embedded = kept = False
        for a in acled:
            embedded = False
            tok = doc[a.i]
            purpose = a.kind == "protest" and tok.dep_ in ("pobj", "advcl", "xcomp")  # "in/to protest"
            aside = False  # told in a clause that describes the object or that a count of time sets apart
            for _ in range(20):
                if tok.head.i == tok.i:
                    break
                if tok.head.i == p.i:
                    embedded = tok.dep_ in _EMBEDDING and not purpose
                    # (not an act a time clause counts from, "closed all universities on Monday, a day after army
                    # engineers blew up the union building", nor what a clause tells of the object, "closed the
                    # airport, which was damaged in the fighting": the speech act keeps its rank, not their type)
                    aside = aside or _timed_from(tok)
                    break
                # (a clause that tells what the act's own object is: "closed the airport, which was damaged")
                aside = aside or (tok.dep_ == "relcl" and tok.head.dep_ == "dobj" and tok.head.head.i == p.i)
                tok = tok.head
            kept = kept or embedded
            if embedded and not aside:
                about[p.i] = a
                break
        if not kept:
            p.depth += 10
    return about


# Prepositions and subordinators that put an event before or behind the one a clause reports: "arrested over the
# killing", "protest against the attacks", "after an earlier clash", "in the wake of", "to avenge". Such an event
# is the antecedent or the grievance, not part of the scene that types the clause's own event.
_ANTECEDENT_PREPS = word_lists("event_frames.json").words("antecedent_prepositions")
_ANTECEDENT_NOUNS = word_lists("event_frames.json").words("antecedent_nouns")
INSTRUMENTS = frozenset({"suicide", "air", "shell", "grenade", "explosive"})
_ANTECEDENT_MARKS = word_lists("event_frames.json").words("antecedent_marks")
_CAUSAL_PREPS = frozenset(tuple(p.split()) for p in word_lists("event_frames.json").ordered("causal_prepositions"))
# a grievance, an antecedent, or a purpose or plan ("to end the raids", "planning an attack"): not the event itself
_ANTECEDENT_VERBS = word_lists("event_frames.json").words("antecedent_verbs")


def _claimed(tok: Any) -> bool:
    """What a claim of responsibility is for ("claimed responsibility for the bombing", "claimed the bombing")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        return bool(tok.head.head.lower_ in ("responsibility", "credit"))
    return bool(tok.dep_ == "dobj" and tok.head.lemma_.lower() == "claim")


_USED = word_lists("event_frames.json").words("weapon_use_verbs")
_CARRY = word_lists("event_frames.json").words("carrying_verbs")
_CAPTURING = word_lists("event_frames.json").words("capturing_verbs")
_OUTBREAK = word_lists("event_frames.json").words("outbreak_verbs")
_BRING = word_lists("event_frames.json").words("coming_with_verbs")


def _broke_out(tok: Any) -> bool:
    """Is the noun the subject of a verb of outbreak ("shooting broke out again on Friday", "the shooting erupted")?"""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _OUTBREAK | {"take"} or verb.tag_ in ("VBZ", "VBP"):
        return False  # (not "when the looting starts, the shooting starts": a saying, no shooting told)
    if verb.lemma_.lower() == "take":
        # "The shooting took place at about half past three in the morning in the cell block"
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return verb.lemma_.lower() != "break" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def captured_weapon(tok: Any) -> bool:
    """A weapon that is what a side captured ("routed three brigades and captured tanks and artillery"): the spoils of
    a fight, no weapon used."""
    t = tok
    modified = False  # (the participle read as the list's modifier: "routed three brigades and captured tanks")
    while True:
        modified = modified or any(c.dep_ == "amod" and c.lemma_.lower() in _CAPTURING for c in t.children)
        if t.dep_ != "conj" or t.head.pos_ not in ("NOUN", "PROPN"):
            break
        t = t.head
    # the object of a verb, or a noun the parser joined to the verb of the list before it ("routed three brigades and
    # captured tanks"), not "heavy fire from rifles and captured Japanese artillery" (a captured gun that fired)
    if t.dep_ not in ("dobj", "conj") or t.head.pos_ != "VERB":
        return False
    verb = t.head
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.tag_ == "VBG":
        return modified  # ("meeting heavy fire from rifles and captured Japanese artillery": the participle of a gun)
    return modified or verb.lemma_.lower() in _CAPTURING


def carried_weapon(tok: Any) -> bool:
    """A weapon that is the object of a verb of carrying ("carrying rifles and what appeared to be explosives",
    "wearing an explosive vest")."""
    if any(w.lemma_.lower() in _USED for w in tok.sent):
        return False  # "a woman wearing a suicide vest detonated it": carried, then used
    t = tok
    brought = False  # the path passed through "with": "came with explosives", "armed with grenades"
    for _ in range(5):
        # the nearest verb decides ("carried out a strike" is doing it, not carrying), through "what appeared to be"
        if t.pos_ in ("VERB", "ADJ") and brought and t.lemma_.lower() in _BRING:
            return True
        if t.pos_ == "VERB" and t.lemma_.lower() not in ("appear", "seem", "look"):
            return t.lemma_.lower() in _CARRY and not any(c.dep_ == "prt" for c in t.children)
        brought = brought or (t.dep_ == "prep" and t.lower_ == "with")
        if t.dep_ not in ("dobj", "attr", "xcomp", "conj", "compound", "amod", "pobj", "prep", "appos"):
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def claimed_new(tok: Any) -> bool:
    """What a claim of responsibility is for, told here as news ("claimed responsibility for a suicide bombing that
    tore through a mosque"): the event itself, not one the article refers to."""
    return _claimed(tok) and _told_new(tok)


def _told_new(tok: Any) -> bool:
    """An event noun introduced as new ("a suicide bombing that tore through a mosque", "an attack on a convoy
    that killed five"): an indefinite article, or a clause of its own that tells what it did."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) or any(
        c.dep_ == "relcl" for c in tok.children
    )


_COMMEMORATED = word_lists("commemoration.json").words("nouns")  # word lists, with their source
_COMMEMORATING = word_lists("commemoration.json").words("verbs")


UNIT_DAYS = word_lists("time_words.json").counts("period_days")


def days_apart(tok: Any) -> tuple[int, str] | None:
    """ "Days after the explosion", "two weeks before the attack", "within a week of the blast": the word names an
    event of another day, background to the sentence's event, not part of its scene (as "hours after" may be); "the
    time of the blast" names it as a time, not as a happening. Returns how many days the sentence's event lies
    after that one (negative: before) and how precisely that places it, or None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "of":  # "within a week of the blast"; "at 6:07 p.m., the time of the blast"
        unit = prep.head
        if unit.lemma_.lower() == "time" and any(c.lower_ == "the" for c in unit.children):
            return 0, "day"
        if unit.head.lower_ != "within":
            return None  # "the first day of the strike" is a day of it, not a day after it
        sign = 1
    elif prep.lower_ in _ANTECEDENT_MARKS:
        sign = -1 if prep.lower_ == "before" else 1
        units = [c for c in prep.children if c.dep_ == "npadvmod"]
        unit = prep.head if prep.head.lemma_.lower() in UNIT_DAYS else (units[0] if units else prep)
    else:
        return None
    days = UNIT_DAYS.get(unit.lemma_.lower())
    if days is None:
        return None
    count = next((c for c in unit.children if c.dep_ == "nummod" and c.like_num), None)
    n = parse_number(count.text) if count is not None else None
    if n is None:
        n = 2 if unit.tag_ == "NNS" else 1  # "days after": a few
    precision = "month" if days * n < 90 or (days == 30 and count is not None) else "year"
    if count is not None and days == 1:
        precision = "day"  # "two days after the attacks": a day the count fixes
    return sign * days * int(n), precision


def remembered(tok: Any) -> bool:
    """An event word named as remembered or as a point in time of another day (:func:`commemorated`,
    :func:`days_apart`): background to its sentence's event."""
    return commemorated(tok) or days_apart(tok) is not None


def commemorated(tok: Any) -> bool:
    """ "the anniversary of the explosion", "to commemorate the massacre": the word names a past event that the
    sentence remembers, not one that happens in it."""
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _COMMEMORATED:
            return True
        if tok.dep_ == "compound" and head.lemma_.lower() in _COMMEMORATED:
            return True  # "the bombing anniversary"
        if tok.dep_ == "dobj" and head.lemma_.lower() in _COMMEMORATING:
            return True
        if tok.dep_ not in ("pobj", "prep", "conj", "appos"):
            return False
        tok = head
    return False


def _antecedent_mark(mark: Any) -> str:
    """ "after", "before", "following" tie an antecedent to the event ("temporal"), unless a count of days sets it
    apart ("came two days after soldiers had killed 11 militants": an event of another day, "cause", no part of the
    scene); "since" names only the start of a period the event is measured against ("the deadliest since fighting
    erupted": "since"); any other preposition names a grievance or cause."""
    word = mark.lower_
    if mark.i > 0 and mark.doc[mark.i - 1].lemma_.lower() in UNIT_DAYS:
        return "cause"
    if word == "since":
        return "since"
    return "temporal" if word in _ANTECEDENT_MARKS else "cause"


def _superlative(tok: Any) -> bool:
    """Does a superlative ("the bloodiest", "the worst", "the most serious") rank the noun, within the three words
    before it? (The tagger may take a superlative in "-est" for a plain adjective, and the parser hang it on a
    compound.)"""
    before = list(tok.doc[max(0, tok.i - 3) : tok.i])
    for k, w in enumerate(before):
        low = w.lower_
        ranked = (
            w.tag_ == "JJS"
            or low == "worst"
            or (low.endswith(("iest", "llest", "ggest", "dest", "rest")) and low not in _NOT_SUPERLATIVE)
            or (low == "most" and k + 1 < len(before))
        )
        if ranked and w.i > 0 and tok.doc[w.i - 1].lower_ == "the":
            return True
    return False


_NOT_SUPERLATIVE = word_lists("event_frames.json").words("not_superlatives")


def background_triggers(sent: Any, triggers: list[Trigger]) -> dict[int, str]:
    """The triggers that name an antecedent ("temporal": "after an earlier clash"; "since": the start of a period,
    "since fighting erupted") or a grievance or cause ("cause": "arrested over the killing", "protest against the
    attacks") of another trigger's event."""
    doc = sent.doc
    marked = {t.i for t in triggers}
    kinds = event_lexicon().lemma_kinds
    out: dict[int, str] = {}
    owner: dict[int, int] = {}  # trigger index -> the nearest trigger above it
    for t in triggers:
        if remembered(doc[t.i]):
            out[t.i] = "cause"  # "marched to mark the anniversary of the explosion", "days after the blast"
            continue
        tok = doc[t.i]
        if claimed_new(tok):
            continue  # "claimed responsibility for a suicide bombing that killed 46": the claim tells the bombing
        if t.kind in INSTRUMENTS and tok.pos_ == "NOUN" and carried_weapon(tok):
            out[t.i] = "carried"  # "the attackers, carrying rifles and explosives": no blast is part of the scene
            continue
        if t.kind in INSTRUMENTS and not _claimed(tok):
            # a bomb or a shell is the means of an event, never its grievance ("ran over an IED"); it is background
            # only as the means of a background event
            above = next((a for a in tok.ancestors if a.i in marked), None)
            if above is not None:
                owner[t.i] = above.i
            continue
        for _ in range(12):
            head = tok.head
            if head.i == tok.i:
                break
            if tok.dep_ == "pobj" and head.lower_ == "under" and t.kind == "agree":
                out[t.i] = "cause"  # "withdrew under the ceasefire": the agreement is the act's frame
                break
            if tok.dep_ in ("pobj", "pcomp") and head.lower_ in _ANTECEDENT_PREPS:
                if head.lower_ == "against" and kinds.get(head.head.lemma_.lower()) not in ("protest", "accuse"):
                    break  # "whips against people", "an attack against police": the target, not a grievance
                out[t.i] = _antecedent_mark(head)
                break
            if tok.dep_ == "pobj" and (head.head.lower_, head.lower_) in _CAUSAL_PREPS:
                out[t.i] = "cause"  # "granted asylum due to ethnic clashes", "closed because of the riots"
                break
            if (
                tok.dep_ in ("pobj", "pcomp")
                and head.lower_ in ("of", "for", "to", "with")  # "in connection with the attack"
                and head.head.lemma_.lower() in _ANTECEDENT_NOUNS
            ):
                out[t.i] = "cause"
                break
            mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in _ANTECEDENT_MARKS), None)
            if tok.dep_ == "advcl" and mark is not None:
                out[t.i] = _antecedent_mark(mark)
                break
            if tok.dep_ in ("xcomp", "advcl", "dobj") and head.lemma_.lower() in _ANTECEDENT_VERBS and head.i != t.i:
                out[t.i] = "cause"
                break
            if head.i in marked:
                if remembered(head):
                    out[t.i] = "cause"  # "the anniversary of the bombing that killed 40": the bombing's toll
                owner[t.i] = head.i
                break  # the nearest trigger above it owns it
            tok = head
    # "two days after soldiers, backed by air strikes, had killed 11": what the background event's own words tell
    # (the air strikes of that killing) is background too
    for i, head in sorted(owner.items()):
        while head in owner and head not in out:
            head = owner[head]
        if i not in out and head in out:
            out[i] = out[head]
    for t in triggers:
        tok = doc[t.i]
        if t.i not in out and t.kind == "clash" and tok.dep_ in ("pobj", "attr", "appos", "dep") and _superlative(tok):
            # "killing 21 of them, in the bloodiest labour clash Nigeria has known": a ranking of the act told, in
            # the loose word for any violence, which types no scene of its own (a ranking's "protest" still tells a
            # crowd's scene; "four days after the bloodiest clash yet" is another day's act)
            out[t.i] = "ranked"
        elif t.i not in out and _per_single_act(tok):
            # "the heaviest loss suffered by the police in a single attack since the Emergency": the class a record
            # is measured over, not an act (the act whose toll it ranks is told on its own)
            out[t.i] = "ranked"
    return out


def _per_single_act(tok: Any) -> bool:
    """Is the event noun the unit of a record ("in a single attack", "in a single day") under a superlative noun
    ("the heaviest loss ... in a single attack")?"""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    kids = {c.lower_ for c in tok.children}
    if "a" not in kids or "single" not in kids:
        return False
    return any(_superlative(a) for a in list(tok.ancestors)[:4] if a.pos_ == "NOUN")


def label_prefix(text: str) -> str | None:
    """An ACLED sub-event label that opens a coder's note ("Arrests: ...", "Movement of forces: ...")."""
    head, sep, _ = text[:60].partition(":")
    if not sep:
        return None
    return _LABELS.get(head.strip().lower())


def _parent_type(sub: str) -> str:
    for parent, subs in taxonomy()["acled_sub_types"].items():
        if sub in subs:
            return str(parent)
    raise KeyError(sub)


def classify(kind: str, acled_sub: str | None) -> EventType:
    """The full type of an event of ``kind`` whose ACLED sub-type (if any) was decided by :func:`acled_sub_type`."""
    tax = taxonomy()
    family, label = event_lexicon().kind_map[kind]
    if acled_sub in tax["non_acled_plover"]:  # the codebook table found no political violence: a disaster, a crime
        plover, mode, cameo = tax["non_acled_plover"][acled_sub]
        return EventType(plover, mode, cameo, None, None, acled_sub)
    if acled_sub is not None:
        if family == "plover":  # a speech act or policy act keeps its PLOVER type; ACLED types the events it is about
            plover, mode, cameo = label, tax["plover_modes"].get(label), tax["plover_cameo"][label]
        else:  # PLOVER follows the trigger itself ("arrested protesters" is COERCE), ACLED the whole scene
            own = "Violent demonstration" if kind == "riot" else label
            if acled_sub == "Arrests":
                own = acled_sub  # a raid or a sweep that ends in arrests hurt no one: PLOVER COERCE (arrest)
            plover, mode, cameo = tax["sub_type_plover"][own] if family == "acled" else tax["non_acled_plover"][own]
            if kind in tax["kind_plover"]:
                plover = tax["kind_plover"][kind]
                mode, cameo = tax["plover_modes"].get(plover), tax["plover_cameo"][plover]
        return EventType(plover, mode, cameo, _parent_type(acled_sub), acled_sub, None)
    if family == "non_acled":
        plover, mode, cameo = tax["non_acled_plover"][label]
        return EventType(plover, mode, cameo, None, None, label)
    if family == "plover":
        non_acled = "Diplomatic event" if label in ("CONSULT", "SANCTION", "SUPPORT", "AID", "COOPERATE") else None
        other = "Other" if label in ("COERCE", "MOBILIZE") else None
        return EventType(
            label,
            tax["plover_modes"].get(label),
            tax["plover_cameo"][label],
            "Strategic developments" if other else None,
            other,
            None if other else non_acled,
        )
    plover, mode, cameo = tax["sub_type_plover"][label]
    if kind in tax["kind_plover"]:
        plover = tax["kind_plover"][kind]
        mode, cameo = tax["plover_modes"].get(plover), tax["plover_cameo"][plover]
    return EventType(plover, mode, cameo, _parent_type(label), label, None)


_YIELDING = frozenset({"AGREE", "CONCEDE", "COOPERATE", "SUPPORT", "AID", "CONSULT", "RETREAT"})
_COERCIVE = frozenset({"COERCE", "SANCTION", "ASSAULT", "RETREAT", "REJECT", "MOBILIZE"})
_CONDITION = re.compile(r"\b(?:unless|or face|or else|otherwise|if (?:it|they|he|she) (?:does|do|did) not)\b")


_DECISION_VERBS = word_lists("event_frames.json").words("decision_verbs")


def _decided(tok: Any) -> bool:
    """The act is the content of an announced decision ("announced Wednesday it would prohibit ...")."""
    head = tok
    while head.dep_ in ("xcomp", "conj") and head.head is not head:
        head = head.head
    return head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() in _DECISION_VERBS


# the ACLED event types of political violence; what a demand or a threat names of them has not been done
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# the types whose events have a toll: violence and demonstrations
TOLLED_TYPES = VIOLENT_TYPES | {"Protests", "Riots"}
# the event kinds of acts of armed violence (a fight, an attack, a weapon used): what a speaker reports and did not
# do, and what makes a gathering an attack's scene
VIOLENT_KINDS = frozenset({"attack", "explosive", "shell", "air", "suicide", "chemical", "grenade", "clash"})


def violent_word(tok: Any) -> bool:
    """Is ``tok`` a word of armed violence (fighting, attacking, shelling, bombing)?"""
    return event_lexicon().lemma_kinds.get(tok.lemma_.lower()) in VIOLENT_KINDS


# the sub-event types of a change of territory (ACLED Battles): a point event, apart from the fighting that led to it
TERRITORY_SUBS = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
# the strategic developments of no single act: a change of a group's activity (a curfew, a deployment) and "Other"
VAGUE_SD = frozenset({"Change to group/activity", "Other"})


_EMERGENCY = re.compile(r"\b(?:state of emergency|martial law)\b", re.IGNORECASE)


def rule_of_exception(f: Frame) -> bool:
    """Is the mention a curfew-kind measure told with a state of emergency or martial law ("declared a 15-day state
    of emergency", "declared a state of emergency across Kosovo, imposing a night curfew")?"""
    return f.trigger.kind == "curfew" and _EMERGENCY.search(f.sent_text) is not None


def complained(tok: Any) -> bool:
    """ "Pakistan protested that the missiles had flown through its airspace", "protested to the ambassador": a
    protest made in words, by a state or to someone, with what it says (PLOVER ACCUSE, CAMEO's complaint), not a
    demonstration (ACLED's protests are public gatherings)."""
    if tok.lemma_.lower() != "protest":
        return False
    if tok.pos_ == "NOUN":
        # "lodged a strong protest with Ankara", "sent a protest to the Allied commander": a complaint handed over
        return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _HANDED_IN
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ in ("advcl", "xcomp") and tok.head.lemma_.lower() in _SUMMONING:
        return True  # "summoned Pakistan's envoy to protest": a complaint made to a state's envoy
    if any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and _in_office(c) for c in tok.children):
        return True  # "Tran Van Do, foreign minister of the State of Vietnam, protested against the partition"
    said = any(c.dep_ == "ccomp" for c in tok.children)
    addressed = any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children) for c in tok.children
    )
    # "Pakistan protested", "the Thai government protested against the use of its territory": a state's complaint
    by_state = any(
        c.dep_ == "nsubj"
        and (c.ent_type_ == "GPE" or (c.lemma_.lower() == "government" and any(d.ent_type_ for d in c.children)))
        for c in tok.children
    )
    return said or addressed or by_state


OBSTRUCTING_VERBS = word_lists("event_frames.json").words("obstructing_verbs")


def armed_blockers(tok: Any) -> bool:
    """ "rebels cut the telephone lines and blocked the roads around the town": a road blocked by fighters (rebels,
    militants, guerrillas, named as such) cuts a place off as part of their attack; ACLED's demonstration by
    obstruction is a crowd's (the subject of the first verb of a clause joined by "and" is the blocker's)."""
    if tok.lemma_.lower() not in OBSTRUCTING_VERBS or tok.pos_ != "VERB":
        return False
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and POLITICAL_ARMED.search(" ".join(w.lower_ for w in subj.subtree)) is not None


_ADVANCE_PREPS = word_lists("event_frames.json").words("advance_prepositions")
_MUSTERING = word_lists("event_frames.json").words("muster_verbs")
_QUANTITY_NOUNS = word_lists("event_frames.json").words("quantity_nouns")


def forces_advancing(tok: Any) -> bool:
    """ "Army units from garrisons across the country had marched on the capital": troops or fighters marching on,
    into or towards a place move against it; ACLED's demonstration is a gathering of people, not a movement of armed
    forces (their arrival, unopposed, is no event; a fight or a taking is told by its own words). So is "Several
    hundred armed volunteers gathered at the air force base": armed men, not protesters, mustering."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    words = " ".join(w.lower_ for w in subj.subtree)
    ctx = event_lexicon().context
    if lemma in _MUSTERING:
        # who they are, told by the people noun and its modifiers ("armed Volksfront volunteers"; not "dozens of
        # supporters of the militia", the militia's crowd)
        people = next((w for w in subj.subtree if w.pos_ == "NOUN" and w.lemma_.lower() not in _QUANTITY_NOUNS), subj)
        named = " ".join(w.lower_ for w in (*[c for c in people.children if c.dep_ in ("amod", "compound")], people))
        return is_armed(named) and ctx["demonstrating_agent"].search(named) is None
    if lemma != "march" or not any(c.dep_ == "prep" and c.lower_ in _ADVANCE_PREPS for c in tok.children):
        return False
    return ctx["state_forces"].search(words) is not None or POLITICAL_ARMED.search(words) is not None


_WATCHING = word_lists("doers.json").words("watching_verbs")
_PICTURES = word_lists("event_frames.json").words("picture_nouns")


def onlookers(tok: Any) -> bool:
    """ "Crowds gathered around the tanks parked near Government House, taking photographs and handing soldiers
    flowers": people come together to look (to watch, to take pictures), with no grievance told, are onlookers, not a
    demonstration (ACLED Codebook 2023: a demonstration is a public gathering to protest or to press a claim)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _MUSTERING:
        return False
    for c in tok.children:
        if c.dep_ not in ("advcl", "xcomp") or c.pos_ != "VERB":
            continue
        if c.lemma_.lower() in _WATCHING:
            return True
        if c.lemma_.lower() == "take" and any(g.dep_ == "dobj" and g.lemma_.lower() in _PICTURES for g in c.children):
            return True
    return False


_HANDED_IN = word_lists("event_frames.json").words("complaint_verbs")
_OFFICES = word_lists("event_frames.json").words("office_nouns")
_SUMMONING = word_lists("event_frames.json").words("summoning_verbs")


def _in_office(person: Any) -> bool:
    """Is the named person told by an office ("Tran Van Do, foreign minister of ...", "the premier, Ali Mahdi")?"""
    return any(c.dep_ == "appos" and c.lemma_.lower() in _OFFICES for c in person.children) or (
        person.dep_ == "appos" and person.head.lemma_.lower() in _OFFICES
    )


def accusation() -> EventType:
    tax = taxonomy()
    return EventType("ACCUSE", tax["plover_modes"].get("ACCUSE"), tax["plover_cameo"]["ACCUSE"], None, None, None)


_NOT_YET = frozenset({"Arrests", "Agreement", "Non-violent transfer of territory", "Disrupted weapons use"})


def shift_for_modality(etype: EventType, modality: str, tok: Any) -> tuple[EventType, str]:
    """PLOVER codes what a statement does: a refusal to agree is REJECT, an announced coercive step (or one made
    conditional) is THREATEN, an obligation laid on another ("X must ...") is REQUEST. ACLED typing is kept,
    except for a refusal (what was refused did not happen) and for violence demanded or threatened, arrests and
    disarmament: "the army should take over", "they would be arrested", "the militias must be disarmed" report no
    battle, no arrest and no weapons seized."""
    tax = taxonomy()

    def to(plover: str, acled: bool = True) -> EventType:
        return EventType(
            plover,
            tax["plover_modes"].get(plover),
            tax["plover_cameo"][plover],
            etype.acled_type if acled else None,
            etype.acled_sub if acled else None,
            etype.non_acled if acled else None,
        )

    # what is demanded, threatened or made conditional did not happen: no violence, arrest, agreement or handover
    forced = etype.acled_type in VIOLENT_TYPES or etype.acled_sub in _NOT_YET
    sent = tok.sent.text.lower()
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"} | {c.lower_ for c in tok.head.children if c.dep_ == "aux"}
    if modality == "negated" and etype.plover in _YIELDING:
        return to("REJECT", acled=False), "asserted"  # "did not agree", "refused to withdraw": nothing ACLED codes
    if modality == "future" and etype.plover in _YIELDING - {"AGREE", "CONSULT"} and not _CONDITION.search(sent):
        # a promise or offer to help is an agreement to (CAMEO 03, intent); what is promised has not happened
        return to("AGREE", acled=False), "asserted"
    if aux & {"must", "should"} and etype.plover != "REQUEST":
        addressed = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("you", "we") for c in tok.children)
        if tok.dep_ == "ROOT" and not addressed:
            # "Under the constitution, the speaker should take over as interim president": what a rule prescribes,
            # asked of no one by a speaker, is no occurrence and no demand
            return etype, "hypothetical"
        return to("REQUEST", acled=not forced), "asserted"
    decided = modality in ("future", "hypothetical") and etype.plover == "SANCTION" and _decided(tok)
    if decided and not _CONDITION.search(sent):
        return etype, "asserted"  # "announced it would suspend aid": the decision is the sanction, not a threat
    if modality in ("future", "hypothetical") and (etype.plover in _COERCIVE or _CONDITION.search(sent)):
        return to("THREATEN", acled=not forced), "asserted"
    return etype, modality
