"""Reportability: which event mentions report a specific occurrence that a coder would code.

The ACLED codebook codes events "for a specific date and location"; PLOVER codes verbal events with the speaker as
the source actor. So, per mention (a :class:`~sitroom.model.Frame`):

- what did not happen, may happen or will happen (negated, hypothetical, future) is not an event (a threat or a
  demand keeps its PLOVER type: saying it is the act);
- a habitual or class statement ("militants often attack convoys") is generic, never an event;
- a cumulative, nationwide or war-long toll ("8,525 killed since 7 October") is an article-level toll report
  (:class:`~sitroom.model.TollReport`), never an event or an event's ``fatalities``;
- a mention that names the war or a campaign in the abstract, or refers to an event under a verb of judgement or
  speech ("condemned the strike", "called the attack terrorism"), is *weak*: it joins the event it refers to (see
  :mod:`sitroom.extract.coref`) and never makes one of its own in a whole article;
- a verbal event needs a speaker and a verb: a statement's reporting clause ("police said") is its source, not an
  event, and the speaker or source is never an actor of the event reported.

The syntactic tests of a trigger (generic, abstract, referential, anaphoric, a modifier, ...) and its source are in
:mod:`sitroom.extract.occurrence`; the word lists are in ``data/reportability.json``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from sitroom.extract._actor_resolver import acled_actor
from sitroom.extract._casualty_lexicon import is_person
from sitroom.extract._codebook_words import POWER_TAKEN, body_members
from sitroom.extract.actor_syntax import PRONOUNS, doer_named
from sitroom.extract.actor_words import noun_entry
from sitroom.extract.actors import acled_defaults, state_arrests
from sitroom.extract.casualties import find_casualties
from sitroom.extract.dates import COMPARED_SINCE, SUPERLATIVE_BEFORE, relative_clause
from sitroom.extract.events import (
    HUNTING_VERBS,
    INSTRUMENTS,
    TERRITORY_SUBS,
    TOLLED_TYPES,
    VAGUE_SD,
    VIOLENT_TYPES,
    armed_blockers,
    captured_weapon,
    carried_weapon,
    classify,
    forces_advancing,
    gathered_for,
    onlookers,
    people_taken,
    remembered,
    rule_of_exception,
    violent_word,
)
from sitroom.extract.force_senses import is_someone, names_people, riot_control, takers
from sitroom.extract.lexicons import (
    actor_data,
    country_names,
    country_words,
    event_lexicon,
    reporting_verbs,
    taxonomy,
    word_lists,
    word_pattern,
)
from sitroom.extract.modality import modality
from sitroom.extract.numbers import parse_number
from sitroom.extract.occurrence import (
    PARTICIPANT_NOUNS,
    TURNING_VERBS,
    Reportability,
    abstract,
    addressed,
    anaphoric,
    benchmark,
    carried,
    casualty_report,
    continues,
    counted_events,
    counted_period,
    described,
    disguise,
    generic,
    habitual_present,
    history,
    hit_by_a_thing,
    met_as_obstacle,
    modifier,
    nationwide,
    no_one,
    only_possible,
    passive,
    past_perfect,
    place_role,
    present_perfect,
    referential,
    reportability,
    said_common,
    scattered,
    scene_of_violence,
    series,
    series_course,
    side_in_war,
    since_clause,
    source_of,
    stative,
    strong_act,
    times_counted,
    toll_only,
    verb_of,
)
from sitroom.extract.rank import salience
from sitroom.extract.time_grammar import words as time_words
from sitroom.extract.timing import inside_quotation
from sitroom.model import AcledInter, Actor, Casualties, EventType, Frame, TollReport
from sitroom.nlp import first_conjunct

__all__ = [
    "MAX_STATEMENTS",
    "Reportability",
    "decide",
    "limit_statements",
    "report",
    "reportability",
    "source_of",
    "story_summaries",
]

CONFLICT_WORDS = 3  # different conflict words that make a whole article one about conflict
MAX_STATEMENTS = 3  # verbal events kept per whole article: its principal statements, not every quote
NOT_HAPPENED = frozenset({"negated", "hypothetical", "future"})
_SAYING_ACTS = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT"})  # saying it is doing it


_LARGE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{4,}\b(?<!\b1[89]\d\d)(?<!\b20\d\d)")  # 8,400 or 12000, not a year


_PEOPLE_PRONOUNS = word_lists("reportability.json").words("people_pronouns")


def _testimony(f: Frame, tok: Any) -> bool:
    """Is the trigger a violent or destructive act, done by no one named ("they", or no doer), inside a direct
    quotation ('"They were shooting at people," a witness said') opened in its sentence or the one before? A
    witness's words with no time of their own are testimony of an event the article reports, not a new one. (An
    official's quoted report of arrests, or a claim that names who acted, "our forces have seized the town", is a
    report.)"""
    if f.etype.acled_type not in VIOLENT_TYPES and f.etype.acled_sub != "Looting/property destruction":
        return False
    told = f.agent_text is not None and f.agent_text.lower() not in PRONOUNS and f.agent_text != "I"
    if told and f.actor1 is not None and not f.actor1.name.startswith("Unidentified"):
        return False  # "our forces have seized the town": a claim by the side that acted ("I" is the witness)
    return _quoted(tok)


def _self_defence(tok: Any) -> bool:
    """Is the trigger inside a reported clause ("X said ...") that tells an act as self-defence ("fired in
    self-defence", "had defended themselves when attacked", "acted in self-defence")? The clause is a side's
    justification of force the article reports."""
    v = verb_of(tok)
    speech = reportability().speech_verbs
    for _ in range(6):
        head = v.head
        if head.i == v.i:
            return False
        if head.lemma_.lower() in speech and v.dep_ in ("ccomp", "parataxis"):
            break
        v = head
    else:
        return False
    for t in v.subtree:
        if t.lower_ in ("defence", "defense") and any(c.lower_ == "self" for c in t.children):
            return True
        if t.lemma_.lower() == "defend" and any(
            c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in t.children
        ):
            return True
    return False


def _fights_an_idea(tok: Any) -> bool:
    """Is what the verb fights only an -ism ("soldiers who died fighting Nazism", "fighting terrorism"), a cause or an
    evil, not an armed party?"""
    foes = [c for c in tok.children if c.dep_ == "dobj"]
    foes += [
        g for p in tok.children if p.dep_ == "prep" and p.lower_ == "against" for g in p.children if g.dep_ == "pobj"
    ]
    # ("fought to the end against ...", parsed with "against" on "end")
    foes += [
        g
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for e in p.children
        if e.lower_ == "end"
        for a in e.children
        if a.dep_ == "prep" and a.lower_ == "against"
        for g in a.children
        if g.dep_ == "pobj"
    ]
    if tok.pos_ != "VERB":
        return False
    if not foes:
        # "We went across the ocean to fight for free elections": a cause fought for, with no foe named
        sides = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in ("with", "between", "among", "alongside")]
        return (
            tok.lemma_.lower() == "fight"
            and not sides
            and any(
                p.dep_ == "prep" and p.lower_ == "for" and any(g.lemma_.lower() in _CAUSES for g in p.children)
                for p in tok.children
            )
        )
    # (or foes the speaker names in quotation marks: "had fought to the end against 'international groups'")
    return all(o.lower_.endswith("ism") or _quoted_label(o) for o in foes)


def _quoted_label(tok: Any) -> bool:
    """Is the noun phrase set in quotation marks, a label the speaker gives ("against \"international groups\"")?"""
    first = tok.doc[tok.left_edge.i]
    quotes = ('"', "\u201c", "'", "\u2018")
    return first.text in quotes or (first.i > 0 and tok.doc[first.i - 1].text in quotes)


def _toll_of_the_named(tok: Any, frames: list[Frame]) -> Frame | None:
    """The frame of the event noun whose "in which" or "during which" clause tells people harmed by the trigger ("a
    riot in which 156 people were killed", "a riot in which, the government says, 156 were killed"; not "an offensive
    in which the rebels took Sake", an act of its own), if there is one."""
    if not any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    verb = tok
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in reportability().speech_verbs:
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    which = [
        c
        for v in (tok, verb)
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in ("in", "during") and any(g.lower_ == "which" for g in c.children)
    ]
    if not which:
        return None
    return next((g for g in frames if g.trigger.i == verb.head.i), None)


def _quoted(tok: Any) -> bool:
    """Is the token inside a direct quotation opened in its sentence or the one before?"""
    text: str = tok.doc.text
    start = tok.sent.start_char
    if tok.sent.start > 0 and "\n" not in text[tok.doc[tok.sent.start - 1].sent.start_char : start]:
        start = tok.doc[tok.sent.start - 1].sent.start_char  # a quotation may open a sentence earlier
    return inside_quotation(text, start, tok.idx)


_CESSATION = word_lists("reportability.json").words("cessation_verbs")


def _ceased(tok: Any) -> bool:
    """ "Both sides agreed to stop fighting", "would cease attacks", "a plan to end the fighting": the activity whose
    doers stop it (a gerund complement), or whose end is yet to come, is referred to, not told as happening ("police
    ended the sit-in" tells a sit-in that happened)."""
    head = tok.head
    if head.lemma_.lower() not in _CESSATION:
        return False
    if tok.dep_ == "xcomp" or (tok.dep_ == "dobj" and modality(head) in ("future", "hypothetical")):
        return True
    # "agreed to suspend air strikes", "halted shelling": an activity named by a bare plural or a mass noun is the
    # kind of act that stops, not one occurrence of it (a definite "ended the sit-in" tells one that happened)
    return tok.dep_ == "dobj" and not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in tok.children)


def _bare_claim(f: Frame, tok: Any) -> bool:
    """ "Islamic State claimed responsibility.": a claim that names no act of its own (no "for the bombing", no
    object but the responsibility) claims the act just told; it refers to that event and tells no new one."""
    if f.trigger.kind != "claim" or tok.pos_ != "VERB":
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "advcl")]
    return bool(objects) and all(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in objects)


_INQUIRY = word_lists("reportability.json")
_UNDER_INQUIRY = re.compile(
    r"\b(?:"
    + "|".join(sorted(_INQUIRY.words("inquiry_nouns")))
    + r")\s+into\s+(?:[\w'-]+\s+){0,8}?(?:"
    + "|".join(sorted(_INQUIRY.words("allegation_nouns")))
    + r")\s+(?:that|of)\b",
    re.IGNORECASE,
)


def _under_inquiry(f: Frame) -> bool:
    """ "demanded an inquiry into reports that detained protesters had been beaten": the act told after an inquiry
    "into reports (allegations, claims) that" is what the inquiry is to look into, not an occurrence the sentence
    reports (the parser often misreads such a clause, so it is found in the words before the trigger)."""
    return _UNDER_INQUIRY.search(f.sent_text, 0, max(0, f.trigger.start - f.sent_start)) is not None


_WHILE = frozenset({"when", "as"})  # a clause told as the moment of another act
_JUDGES = word_lists("doers.json").words("judging_bodies")
_FINDING = word_lists("doers.json").words("finding_verbs")


def _found_by_judges(tok: Any) -> bool:
    """ "The court found that the commanders had ordered a system of kidnappings and killings": what a court, a jury
    or an inquiry finds is its judgement of acts done before, not a report of them as news."""
    t = tok
    for _ in range(6):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in _FINDING:
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in _JUDGES for c in t.head.children)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


_SEATS = word_lists("reportability.json").words("seat_nouns")
_CROWD = frozenset({AcledInter.RIOTERS, AcledInter.PROTESTERS, AcledInter.CIVILIANS})
_ARMS = word_lists("reportability.json").words("arms_words")
_COLLECTIVES = word_lists("reportability.json").words("collective_nouns")


def _unarmed_doers(verb: Any) -> bool:
    """Are the verb's doers people of no armed force: civilians, a crowd, protesters or rioters named ("the group of
    peasants and students", "a crowd of workers"), and no armed actor, no "armed", no weapon among their words?"""
    doers = takers(verb)
    words = [t for d in doers for t in d.subtree]
    weapons = event_lexicon().context["weapon_named"]
    if any(t.lower_ in _ARMS or weapons.search(t.lower_) for t in words):
        return False
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in _COLLECTIVES]
    entries = [noun_entry(t) for t in nouns]
    # (a name as the doer may be an armed group's, "Hamas took over the building"; not a place named in its phrase)
    if any(d.pos_ == "PROPN" for d in doers) or any(e is not None and e[1] in _ARMED for e in entries):
        return False
    if any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in words):
        return False  # "Prigozhin's men took control of the headquarters": a leader's men, his force, no crowd
    return any(e is not None and e[1] in _CROWD for e in entries)


_WITNESS_ROLES = word_lists("reportability.json").words("witness_roles")


def _witnessed_signing(tok: Any) -> bool:
    """ "Envoys of the United Nations, the European Union and China signed as witnesses": their signature witnesses
    the agreement the parties signed; it is that agreement, no agreement of theirs."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ in _WITNESS_ROLES for g in c.children)
        for c in tok.children
    )


_TOLD_VICTIMS = word_lists("reportability.json").words("told_victims")


def _part_of_the_toll(tok: Any) -> bool:
    """ "Several of the dead were shot in Mzuzu", "most of the victims were hacked to death": a part of the people a
    toll told before counted is the subject; the verb tells how they died, it reports no new act."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subj in subjects:
        for prep in subj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                told = [g for g in prep.children if g.dep_ == "pobj" and g.lower_ in _TOLD_VICTIMS]
                if any(any(c.dep_ == "det" and c.lower_ == "the" for c in g.children) for g in told):
                    return True
    return False


def _named_by_act(tok: Any) -> bool:
    """ "Until everyone detained has been released", "those arrested included a journalist", "two of the wounded": a
    past participle on a pronoun or after "the" names people by what was done to them; it refers to that act, it
    tells no new one."""
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if tok.dep_ == "acl" and tok.head.lower_ in _PEOPLE_PRONOUNS:
        return True
    if tok.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    ):
        return True  # "two of the wounded died in hospital": the people an attack told before wounded
    # the parser may read the pronoun as the subject of a bare participle, which no finite clause has
    return any(c.dep_ == "nsubj" and c.lower_ in _PEOPLE_PRONOUNS for c in tok.children)


# "628 people have been kidnapped", "more than 300 have been abducted": a count of people in the present perfect,
# with a cue of a period ("so far this year"), is a running total whatever was done to them
_COUNTED_PERFECT = re.compile(r"\b(?:\d[\d,]*|dozens|hundreds|thousands)\s+(?:[a-z-]+\s+){0,3}(?:have|has)\s+been\b")


# "On March 12 last year", "in May this year": "last year" completes a date, it bounds no running total
_MONTHS = "|".join(sorted(time_words()["months"], key=len, reverse=True))
_DATE_BEFORE = re.compile(
    rf"\b(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s*$|\b\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s*$"
)


# "had blocked the road since Monday, when a Serb was wounded in a drive-by shooting": the day a state began, and what
# happened on it, not a total counted since
_SINCE_THE_DAY_WHEN = re.compile(
    r"\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:night|morning|evening|afternoon))?,?\s+when\b"
)


# "began three days of mourning for the 141 people killed when gunmen stormed a school": a period of something other
# than violence counts no running total
_QUIET_PERIOD = re.compile(
    r"\s*(?:national\s+|official\s+)?(?:"
    + "|".join(sorted(word_lists("reportability.json").words("quiet_periods")))
    + r")\b"
)


@lru_cache(maxsize=256)
def cumulative_at(sentence: str) -> int | None:
    """Where a cumulative-total cue starts in a sentence that states a toll ("since", "so far", "bringing the
    toll to"), or None. Cached: every mention of a sentence asks, and counting its casualties is the dear part."""
    low = sentence.lower()
    # "the deadliest day in a month of unrest since ..." compares the event with a period: not a running total
    m = next(
        (
            c
            for c in reportability().cumulative.finditer(low)
            if not SUPERLATIVE_BEFORE.search(low[: c.start()])
            and not _DATE_BEFORE.search(low[: c.start()])
            and not _SINCE_THE_DAY_WHEN.match(low, c.end())
            and not _QUIET_PERIOD.match(low, c.end())
            and not _aside_period(sentence, c.start())
        ),
        None,
    )
    if m is None:
        return None
    counts = find_casualties(sentence)
    if (
        counts.killed is None
        and counts.injured is None
        and "toll" not in low
        and not _LARGE.search(sentence)
        and not _COUNTED_PERFECT.search(low)
    ):
        return None
    return m.start()


def _aside_period(sentence: str, at: int) -> bool:
    """Is the cue at ``at`` told in a relative clause set off by commas (", where he had been hiding since
    Saturday,") while the sentence's toll stands outside it ("was killed in a shoot-out at the farm")? The period is
    the clause's, no running total."""
    clause = relative_clause(sentence, 0, len(sentence), at)
    if clause is None:
        return False
    rest = find_casualties(sentence[: clause[0]] + sentence[clause[1] :])
    return rest.killed is not None or rest.injured is not None


def _demonstrators(agent: str | None) -> bool:
    """Does the agent's head word name demonstrators (the actor dictionary's protesters, inter 6)?"""
    if not agent:
        return False
    nouns = actor_data()["nouns"]
    head = agent.lower().split()[-1]
    entry = nouns.get(head) or nouns.get(head[:-1] if head.endswith("s") else head)
    return entry is not None and entry[1] == AcledInter.PROTESTERS


_CROWD_WORDS = frozenset(w for w, entry in actor_data()["nouns"].items() if entry[1] == AcledInter.RIOTERS)


def _forces_fought(f: Frame) -> bool:
    """Is whom the mention's doer fought the police or another state force ("fought police with stones")?"""
    forces = event_lexicon().context["state_forces"]
    return any(forces.search(p.lower()) for p in f.patient_text)


def _crowd(agent: str | None) -> bool:
    """Is the agent an unorganised crowd ("mobs", "youths", "groups of young people"): a word the actor dictionary
    codes as rioters (inter 5)?"""
    if not agent or body_members(agent.lower()):
        return False  # ("men of the Imperial Bodyguard": an armed body's soldiers)
    words = _YOUNG.sub("youth", agent.lower()).split()
    if any(w in _CROWD_WORDS or (w.endswith("s") and w[:-1] in _CROWD_WORDS) for w in words):
        return True
    if len(words) == 2 and words[0] in _ANGRY and is_person(words[1]):
        return True  # "angry residents", "enraged mourners": people roused to act together, no organised group
    # "hundreds of settlers", "thousands of villagers": a multitude of people who are no armed force is a crowd
    multitude = _MULTITUDE.match(agent.lower())
    if multitude is None:
        return False
    nouns = actor_data()["nouns"]
    entry = nouns.get(multitude.group(1).rstrip("s")) or nouns.get(multitude.group(1))
    return entry is None or entry[1] not in _ARMED


_ANGRY = word_lists("doers.json").words("roused_adjectives")
_YOUNG = re.compile(r"\byoung (?:people|men|women)\b")  # "gangs of young men": youths
_MULTITUDE = re.compile(r"(?:many\s+)?(?:hundreds|thousands|scores)\s+of\s+(?:\w+\s+)?(\w+)$")


def _buildings_attacked(f: Frame, tok: Any) -> bool:
    """ "The homes of several leaders were attacked": buildings attacked by no one named, no one hurt, is damage to
    property (ACLED: property destruction), not violence against people."""
    return (
        f.trigger.kind == "attack"
        and f.agent_text is None
        and f.fatalities.is_empty()
        and tok.pos_ == "VERB"
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
        and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in reportability().structure_nouns for c in tok.children)
    )


_NAMING = word_lists("doers.json").words("naming_verbs")


def _called(tok: Any) -> bool:
    """ "Armed gangs, known locally as bandits, raid villages": a noun after "known as", "called", "described as"
    names what people are called; the verb of their clause tells what they do."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("pobj", "oprd", "attr"):
        return False
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
    return head.lemma_.lower() in _NAMING


def _retold(f: Frame, tok: Any) -> bool:
    """ "The Home Secretary said the troops had fired in self-defence": a reported act in the past perfect, by doers
    named definitely ("the troops"), with no time or place of its own, is a speaker's account of an
    event told before (how or why it happened), not another one."""
    if (
        f.modality != "reported"
        or f.own_time
        or f.placed_here()
        or tok.pos_ != "VERB"
        or f.etype.acled_sub in TERRITORY_SUBS
    ):
        return False
    if not past_perfect(tok):
        return False
    doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    # (not "its forces had taken control of 90 positions": a side's own report of its act is news)
    return doer is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in doer.children)


def _retold_as_noun(f: Frame, tok: Any) -> bool:
    """ "blamed agitators who it said had turned a strike into an attack on property": a demonstration, and what it
    became, named by nouns that a reported verb of change in the past perfect governs ("turned X into Y"), with no
    time or place of their own, are the speaker's account of the demonstration told before, not another one."""
    if f.modality != "reported" or f.own_time or f.placed_here() or tok.pos_ != "NOUN":
        return False
    if f.trigger.kind == "protest" and tok.dep_ == "dobj" and any(c.lower_ == "into" for c in tok.head.children):
        verb = tok.head  # ("had turned a strike into ...", not "had used the rallies as a pretext")
    elif tok.dep_ == "pobj" and tok.head.lower_ == "into" and tok.head.head.dep_ != "pobj":
        verb = tok.head.head  # (and what it was turned into: "had turned a strike into an attack on property")
    else:
        return False
    return verb.pos_ == "VERB" and past_perfect(verb)


def _heard(tok: Any) -> bool:
    """ "Neighbours said they heard long bursts of gunfire and explosions in the early hours": a noun of violence
    that someone heard (its object, or an object joined to it) tells the sound of an event, not one of its own."""
    tok = first_conjunct(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj":
        tok = tok.head.head  # "bursts of gunfire"
    return bool(tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "hear")


def _telling_of_another(f: Frame, tok: Any) -> str | None:
    """Why a mention tells of an event another one reports (it is weak: it joins that event if the article reports
    it), or None: the dead named by the event they died in, a speaker's account of it, its sounds, what its victims
    were doing, what a court or an inquiry found or looks into."""
    if _killed_in_an_event(tok):
        return "weak: people named as killed in an event its noun tells ('soldiers killed in an ambush')"
    if _retold(f, tok) or _retold_as_noun(f, tok):
        return "weak: a speaker's account of what the doers told before had done ('said the troops had fired')"
    if _heard(tok):
        return "weak: sounds heard ('neighbours heard gunfire and explosions'), the event they came from"
    if _victims_doing(tok):
        return "weak: what the people an act harmed were doing ('shot dead two men who were looting shops')"
    if _found_by_judges(tok):
        return "weak: acts a court or an inquiry found were done, not a report of them (joins them if reported)"
    if _under_inquiry(f):  # "an inquiry into reports that detainees had been beaten": what is to be looked into
        return "weak: an allegation under inquiry, not a report of the act (joins it if reported)"
    return None


def _killed_in_an_event(tok: Any) -> bool:
    """ "The bodies of 13 soldiers killed in a guerrilla ambush were brought to Colombo": a participle that names the
    dead by the event they died in (its noun) refers to that event; the sentence tells what came after."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("acl", "advcl") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False  # (a bare participle, which the parser may also hang on the main verb)
    if any(c.dep_ == "dobj" for c in tok.children):
        return False  # "gangs ... killed at least 70 men in a night attack": a verb with its object is no passive
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(g.dep_ == "pobj" and violent_word(g) for g in c.children)
        for c in tok.children
    )


def _victims_doing(tok: Any) -> bool:
    """ "Police shot dead two men who were looting shops": a relative clause on the people a violent act harmed tells
    what they were doing when it was done to them, the circumstance of that act (ACLED codes the act)."""
    if tok.dep_ != "relcl" or tok.head.dep_ not in ("dobj", "nsubjpass"):
        return False
    return violent_word(tok.head.head)


def _dated_by_own_words(f: Frame, tok: Any) -> bool:
    """ "The death toll from Thursday's gun battles rose to seven": an event that a toll counts, dated to the day by
    its own words ("Thursday's"), is one occurrence the article reports (ACLED codes it, with that toll); "the toll
    from the war" and "victims of the attack" name no day of their own."""
    when = f.date[2]
    if not f.own_time or f.date[1] != "day" or when is None or tok.lower_ in reportability().toll_nouns:
        return False
    return when in tok.doc.text[tok.left_edge.idx : tok.idx]


def _nationwide_count(f: Frame, tok: Any) -> bool:
    """ "About 2,000 people had been detained across the country on Monday night": a count of the people an act was
    done to over a whole country, even of one day, is a nationwide figure (ACLED: no event), not one occurrence."""
    if not nationwide(f.sent_text):
        return False
    return any(
        c.dep_ in ("nsubjpass", "dobj") and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
        for c in tok.children
    )


def _period_time(f: Frame) -> bool:
    """Is the mention's own time a running period ("this year", "so far this month"), one that bounds a total or a
    series rather than dating one act?"""
    when = f.date[2]
    return when is not None and reportability().cumulative.search(when.lower()) is not None


def _spans_total(f: Frame) -> bool:
    """Is the mention a count of people over a period that its time names ("628 people have been kidnapped so far
    this year": "this year" bounds the count, it is no day of an act; "spread across the country on Tuesday" keeps
    its day, and "have fired 2,000 tear gas shells at crowds this month" counts munitions used, an act)?"""
    return _period_time(f) and _COUNTED_PERFECT.search(f.sent_text.lower()) is not None


def report(
    frames: list[Frame], doc: Any, article_id: str, short: bool, published: date | None = None
) -> tuple[list[bool], list[TollReport]]:
    """The ``report`` step: :func:`decide` over the article's frames; a short text keeps at least its best one."""
    weak, tolls = decide(frames, doc, article_id, short, published)
    if short and frames and all(f.decision == "dropped" for f in frames):
        best = frames[salience(frames)[0]]
        best.decision, best.reason = "kept", "the note's only event"
    return weak, tolls


def decide(
    frames: list[Frame], doc: Any, article_id: str, short: bool, published: date | None = None
) -> tuple[list[bool], list[TollReport]]:
    """Mark each frame generic, dropped or weak (returned per frame); collect the article's cumulative tolls.

    A short text (a coder's note or a brief) always keeps at least its best mention: it was written about one
    event."""
    weak = [False] * len(frames)
    tolls: list[TollReport] = []
    seen_tolls: set[int] = set()
    for n, f in enumerate(frames):
        tok = doc[f.trigger.i]
        if not short and _toll_of_a_comparison(f):
            # "The protests are the largest since those of November 2015, when ... a fire at the Colectiv nightclub
            # killed dozens of people": the toll of the event a comparison is measured from, not of the protests
            f.fatalities = Casualties()
        f.source = source_of(tok)
        f.anaphoric = anaphoric(tok)
        if not short and not f.own_time and f.date_anchor != "publication" and _testimony(f, tok):
            # '"They shot my father," said a survivor': testimony with no time of its own (a relative one that no
            # publication date resolves is one) tells of the event the article reports; alone, it reports one
            f.anaphoric = True
        f.continues = continues(tok)
        # "the ministry said officers had fired in self-defence after a crowd set fire to police cars": one side's
        # account of why it used force tells of the force the article reports
        f.justified = not short and f.source is not None and not f.own_time and _self_defence(tok)
        if f.justified:
            f.anaphoric = True
        told_in = None if short else _toll_of_the_named(tok, frames)
        if told_in is not None and told_in.etype.acled_type in TOLLED_TYPES:
            # "two days after a riot in which the government says 156 people were killed": the dead of the event the
            # noun names, of its kind (a riot's dead make no attack of their own)
            f.etype = told_in.etype
        acled = f.etype.acled_type is not None or f.etype.non_acled is not None
        if acled and not short and _speaker_as_actor(f, tok):
            # "..., police said": the police report the attack, not did it (but "gunmen shot dead two police officers,
            # police said": the officers the act struck are a side of it, whoever reports it)
            f.actor1 = f.actor1 if _struck(f) else None
            f.agent_text = None
        if f.modality in NOT_HAPPENED and (acled or f.etype.plover not in _SAYING_ACTS):
            _drop(f, f"not an occurrence: {f.modality}")
            continue
        if f.modality == "negated" or no_one(tok):
            _drop(f, "not an occurrence: negated")
            continue
        if not short and modifier(tok):
            _drop(f, "a modifier ('warring parties', 'rebel-held'), not an act")
            continue
        if not short and f.trigger.kind == "explosive" and _explosives_handled(tok):
            _drop(f, "explosives stored or moved ('went to remove the stocks of explosives'), no blast")
            continue
        if not short and f.trigger.kind == "clash" and _fights_an_idea(tok):
            _drop(f, "a cause fought ('died fighting Nazism', 'fighting terrorism'), not a fight with an armed party")
            continue
        if not short and _called(tok):
            _drop(f, "a name people are known by ('armed gangs, known locally as bandits'), not an act")
            continue
        if not short and f.trigger.kind == "protest" and met_as_obstacle(tok):
            _drop(f, "a barricade met as an obstacle ('smashed through the barricades'), not a protest")
            continue
        if not short and f.trigger.kind == "protest" and addressed(tok):
            _drop(f, "the audience a speaker addressed ('told a rally in Donetsk that ...'), not a protest")
            continue
        if not short and f.etype.acled_sub == "Abduction/forced disappearance" and _KILLINGS.search(f.sent_text):
            # people killed or shot at as well as taken in one attack: the violence makes it an attack on them (in
            # a note, the coder's own wording decides)
            f.etype = classify("attack", "Attack")
        if not short and f.etype.plover == "THREATEN" and acled:
            f.etype = _plover_only(f)  # a threat to attack is a statement: the attack has not happened
            acled = False
        if f.trigger.kind == "coerce" and riot_control(tok):
            if not short and _crowd_told_only_here(f, frames):
                # "In Brest and Grodno, police dispersed crowds with stun grenades": the sentence's only report of
                # the crowd is the force used on it, a protest with intervention (ACLED)
                police = f.actor1 if f.actor1 is not None and f.actor1.acled_inter == AcledInter.STATE_FORCES else None
                f.etype = classify("protest", "Protest with intervention")
                f.actor1, f.actor2 = None, police
                acled_defaults(f, f.location.country if f.location is not None else None)
            else:
                f.etype = _plover_only(f)  # tear gas on a crowd: PLOVER COERCE; ACLED codes the crowd's event
                acled = False
        if not short and _civil_measure(f, tok):
            _drop(f, "a civilian institution's own measure or a rescue, not a conflict actor's act")
            continue
        if not short and (_police_search(f) or _manhunt(f, tok)):
            coerce = classify("coerce", None)  # "police launched raids in east London": a search, no attack
            f.etype = EventType(coerce.plover, coerce.mode, coerce.cameo, None, None, None)
            acled = False
        if not short and only_possible(tok):
            _drop(f, "not an occurrence: named as a threat, risk or plan ('a threat of confrontation')")
            continue
        if (
            generic(tok)
            or (not short and f.etype.acled_type in _ACT_FAMILIES and habitual_present(f, tok))
            or (not short and said_common(tok))
        ):
            f.generic = True
            _drop(f, "generic: a habitual or class statement")
            continue
        if not short and not f.own_time and history(f.sent_text, tok):
            _drop(f, "history: told over decades, centuries or years ('in the 1990s', 'for years')")
            continue
        if not short and benchmark(tok) and not (f.own_time and f.date[1] == "day"):
            # "the deadliest attack since al Qaeda bombed the embassy in 1998, killing 200": the event a comparison
            # is measured from is history, and its toll is its own
            _drop(f, "history: the event a comparison is measured from ('the deadliest since ...')")
            continue
        if not short and _past_year_only(f, published):
            _drop(f, "history: dated only by a year before the last ('in 2017'); ACLED codes a day, week or month")
            continue
        if not short and not (f.own_time and f.date[1] == "day") and side_in_war(tok):
            _drop(f, "history: a side taken in a war ('fought alongside the army in the war'), not a battle")
            continue
        telling = None if short else _telling_of_another(f, tok)
        if telling is not None:
            weak[n] = True
            f.reason = telling
            continue
        if not short and carried(tok, frames, n):
            _drop(f, "a verb that carries another mention's event noun ('launched an operation')")
            continue
        if not short and f.trigger.kind == "loot" and f.etype.acled_type == "Riots" and _crowd_named(f):
            # "Enraged mourners then set fire to shops and cars": a crowd's arson in its riot is that riot (PLOVER's
            # riot mode too, not a seizure)
            f.etype = classify("riot", f.etype.acled_sub)
        elif not short and not _own_kind(f):
            f.etype = classify(f.trigger.kind, None)  # "agreed to suspend the operation" is an agreement
            acled = f.etype.acled_type is not None or f.etype.non_acled is not None
            if f.etype.acled_sub == "Arrests":
                # "authorities arrested 20 people suspected of helping rebels who attacked a school": typed by the
                # attack at first, its doer was the rebels; arrests are the state's
                state_arrests(f, f.location.country if f.location is not None else None, f.agent_text or "")
        if not short and f.etype.acled_type not in _ACT_FAMILIES and stative(tok):
            _drop(f, "a state of affairs in the present tense, not an occurrence")
            continue
        if not short and _speech_kind(f) and f.etype.acled_type is not None:
            f.etype = classify(f.trigger.kind, None)  # a statement about violence is a verbal event, not violence
            acled = f.etype.acled_type is not None or f.etype.non_acled is not None
        if not short and _described_now(tok):
            _drop(f, "what someone is doing now, told to describe them ('the alliance that is leading the protests')")
            continue
        if not short and _proved_false(tok):
            _drop(f, "a report said to be false ('a report that a student had been killed now appears false')")
            continue
        if not short and _war_total(tok):
            _drop(f, "cumulative toll: a war's running total ('the war has killed tens of thousands')")
            continue
        if not short and _war_waged(tok):
            _drop(f, "a war waged: the war named as a whole ('fought a civil war from 2013 to 2018'), not one event")
            continue
        if not f.own_time and _counted_over_time(tok):
            if f.sent_start not in seen_tolls:
                seen_tolls.add(f.sent_start)
                tolls.append(_sentence_toll(article_id, f, find_casualties(f.sent_text, war_totals=True)))
            _drop(
                f, "cumulative toll: hundreds or thousands harmed or fled over a period ('hundreds have been killed')"
            )
            continue
        cut = cumulative_at(f.sent_text)
        if cut is not None and (f.etype.plover in ("ASSAULT", "COERCE") or f.etype.acled_type in _ACT_FAMILIES):
            if f.sent_start not in seen_tolls:
                seen_tolls.add(f.sent_start)
                tolls.append(_sentence_toll(article_id, f, find_casualties(f.sent_text, war_totals=True)))
            if f.etype.acled_sub in TERRITORY_SUBS:
                # "seized the town, after five days of fighting that has killed dozens": the total is the
                # fighting's; a change of territory is a point event whatever its sentence adds up
                f.fatalities = Casualties()
            elif not (
                f.own_time
                and f.date[1] == "day"
                and strong_act(tok)
                and not _spans_total(f)
                and not _nationwide_count(f, tok)
            ):
                _drop(f, "cumulative toll: an article-level toll report, not an event")
                continue
            # the event's own toll comes before a running total that its sentence adds ("killed four, bringing the
            # toll to 8,000"); a total stated first ("8,000 killed since ...") leaves it none
            lead = f.sent_text[:cut]
            f.fatalities = find_casualties(lead) if _ADDED_TOTAL.match(f.sent_text, cut) else Casualties()
        if since_clause(tok):
            _drop(f, "background: the start of a running period ('since the war began')")
            continue
        if not short and _announced(tok):
            # "Today we are taking to the streets, and we ask every officer to do the same": a statement's own words
            # of what its authors do as they speak, an announcement, not a report of an event
            _drop(f, "a speaker's announcement ('we are taking to the streets'), not an event")
            continue
        if not short and f.trigger.kind in ("change", "retreat") and _describes_speaker(tok):
            # '"When the fire came, the women had nowhere to go," said the wife of a constable, who escaped from the
            # burning quarters': who the witness is, not an event
            _drop(f, "who a speaker is ('said a woman who escaped'), not an event")
            continue
        if not short and not _acted(f, tok):
            _drop(f, "named by a noun or adjective, not reported as an act")
            continue
        if not short and f.etype.acled_sub == "Looting/property destruction" and _spread(tok):
            # "Looting and arson spread to neighbouring St Paul": the looting of a wave of unrest, by crowds no one
            # names, is rioting (ACLED: Riots, mob violence)
            f.etype = classify("riot", "Mob violence")
        if not short:
            literal = _literal(f, tok)
            if literal == "drop":
                _drop(f, "a figurative use of the word, not the act ('the truce collapsed', 'delivered orders')")
                continue
            if literal == "plover":
                f.etype = _plover_only(f)  # "pledged aid", "handed over the hostages": no ACLED event
                acled = False
            if literal == "other":
                f.etype = classify("coerce", "Other")  # "soldiers dismantled the camp": no weapon use disrupted
            if literal == "weak":
                weak[n] = True
                f.reason = "weak: damage told without its cause (joins the event that did it)"
            elif f.trigger.kind in ("overtake", "regain") and _in_mutiny(f) and _by_state(f):
                # "The mutiny began at the military camp in Kati, where soldiers seized the armoury and took control
                # of the base": the state's own troops took their post from no enemy, a transfer without a fight
                f.etype = classify("transfer", "Non-violent transfer of territory")
            elif f.trigger.kind == "clash" and _demonstration_ended_in(tok):
                # "an opposition student march in Caracas ended in clashes with police": the march turned violent
                # (ACLED: a violent demonstration, typed by its most severe form)
                f.etype = classify("riot", "Violent demonstration")
            elif _buildings_attacked(f, tok):
                f.etype = classify("loot", "Looting/property destruction")
            elif f.etype.acled_sub == "Looting/property destruction" and _demonstrators(f.agent_text):
                # "protesters burned tyres and blocked roads": demonstrators destroying property demonstrate
                # violently (ACLED: a violent demonstration, not property destruction of its own)
                f.etype = classify("riot", "Violent demonstration")
            elif f.etype.acled_sub == "Looting/property destruction" and _crowd_did(f):
                # "groups of young people broke shop windows and looted stores after a march": a crowd's looting
                # and destruction is rioting (ACLED codes looting apart only outside rioting or fighting)
                marched = event_lexicon().context["demonstration"].search(f.sent_text.lower()) is not None
                f.etype = classify("riot", "Violent demonstration" if marched else "Mob violence")
            elif f.etype.acled_sub == "Armed clash" and _unarmed_fight(f, tok):
                # "police had to break up fighting between white and coloured men", "white men fought among
                # themselves and with officers": a fight of ordinary people, no armed group on either side, is mob
                # violence (ACLED: Battles are fights between organised armed groups)
                f.etype = classify("riot", "Mob violence")
                police = f.actor1 if f.actor1 is not None and f.actor1.acled_inter == AcledInter.STATE_FORCES else None
                if police is not None:
                    # (the police who broke it up, or whom the crowd fought, are its other side; the crowd riots)
                    f.actor1, f.actor2 = acled_actor(AcledInter.RIOTERS, police.country), police
            elif f.trigger.kind == "clash" and _crowd(f.agent_text) and _forces_fought(f):
                # "Young men fought police with stones": a crowd that fights the police riots (ACLED: Riots, a
                # violent demonstration in a story of protests), it fights no battle of armed groups
                lead = doc.text[: doc.text.find("\n\n")] if "\n\n" in doc.text else doc.text
                protests = event_lexicon().context["demonstration"]
                marched = bool(protests.search(f.sent_text.lower()) or protests.search(lead.lower()))
                f.etype = classify("riot", "Violent demonstration" if marched else "Mob violence")
        if not short and f.trigger.kind == "arrest" and _died_in_custody(tok):
            # "Floyd died on Monday evening after officers detained him": a death in the forces' hands is their
            # violence against him (ACLED: violence against civilians), not an arrest
            f.etype = classify("attack", "Attack")
            f.fatalities = replace(f.fatalities, killed=f.fatalities.killed or 1)
        if not short and f.trigger.kind in ("abduct", "overtake") and _doer_seized(tok) and _doer_taken(tok, frames):
            # "Worshippers seized the gunman", "passers-by overpowered the attacker": the doer of the attack told,
            # taken at its scene, is arrested (as when police take him), not abducted by a mob
            f.etype = classify("arrest", "Arrests")
        if not short and _gave_up_to(f, tok) and not _armed_actor(f):
            # "Mossadegh gave himself up on Thursday to the forces of General Zahedi": one who is no armed group,
            # surrendering to the forces, is taken into their custody (ACLED: Arrests)
            f.etype = classify("arrest", "Arrests")
        if (
            not short
            and f.etype.acled_sub == "Government regains territory"
            and _only_crowds_opposed(frames)
            and not _fight_told(tok)
            and not _crowds_among_doers(tok)  # (not "royalist troops and crowds seized control of the capital")
        ):
            # "In the evening the army's Third Corps took control of the city", in a story of riots and marches:
            # troops that take a city over from crowds regain it from no armed group (ACLED: a strategic development)
            f.etype = classify("coerce", "Other")
        if not short and f.trigger.kind == "surrender" and _garrison_gave_up(tok):
            # "the garrison of Aurangabad surrendered to an Indian column": a town's defenders who give up hand the
            # town over without a fight (ACLED: non-violent transfer of territory)
            f.etype = classify("transfer", "Non-violent transfer of territory")
        # (a state of emergency or martial law is a change to group activity whoever declares it)
        if not short and f.etype.acled_sub in VAGUE_SD and not _armed_actor(f) and not rule_of_exception(f):
            f.etype = _plover_only(f)  # who moved, fled or was freed: PLOVER codes it, ACLED does not
            acled = False
        if (
            not short
            and f.etype.acled_sub in _POLITICAL_SD
            and not (_political(f) or about_conflict(doc.text) or _doer_taken(tok, frames))
        ):
            f.etype = _plover_only(f)  # a council's budget deal, a burglar arrested: PLOVER codes it, ACLED does not
            acled = False
        if not short and f.etype.acled_sub == "Agreement" and _consents_to_help(tok):
            # "Portugal had agreed to send police investigators": one state consenting to help is no agreement
            # between conflict actors (ACLED Codebook 2023, Agreement); PLOVER codes its consent
            f.etype = _plover_only(f)
            acled = False
        if not short and f.etype.acled_sub == "Arrests" and _ORDINARY_OFFENCE.search(f.sent_text.lower()):
            # "the lorry's driver was detained on suspicion of dangerous driving": no politics
            f.etype = _plover_only(f)
            acled = False
        if f.etype.acled_type not in _ACT_FAMILIES and f.etype.non_acled not in _HARMS:
            arrested = f.fatalities.arrested
            f.fatalities = Casualties(arrested=arrested)  # an agreement or a statement has no toll of its own
        if not acled and f.agent_text is None and f.source is None and not passive(tok):
            _drop(f, "verbal event without a speaker")
            continue
        if not short and series_course(tok):
            f.own_time = False  # "the protests began last week": the series' time, not an event's
            f.course = True
            weak[n] = True
            f.reason = "weak: the course of a series of events, not one (joins an event if reported)"
            continue
        # "On Thursday the unrest spread to the Shati beach camp": the unrest told before, now at a new place on a
        # day of its own, is an event there
        # (not "spread to several towns on Thursday": a summary of the towns the article tells one by one)
        spread_on = not short and f.own_time and _spread_to(tok) and not _in_many_places(tok)
        if not spread_on and (
            abstract(tok)
            or referential(tok)
            or (toll_only(tok) and not _dated_by_own_words(f, tok))
            or (described(tok) and not f.own_time)
            or (not short and place_role(tok))  # "a neighbourhood that has been a centre of protests"
            or (not short and _hurt_only(f, tok))
            # "the deal ending the fighting": background, unless the text dates it ("after Monday's attack")
            or (not short and f.background and not _dated_itself(f, tok))
            # "has seen numerous bombings", "a string of attacks this year": a series, undated or over a period
            or (not short and series(tok) and (not f.own_time or _period_time(f)))
            or (not short and counted_period(tok))  # "after two nights of protests": many days of them
            or (not short and _toll_of_period(tok))  # "two nights of rioting ... in which six people were killed"
            or (not short and _named_by_act(tok))  # "until everyone detained has been released"
            or (not short and _part_of_the_toll(tok))  # "several of the dead were shot in Mzuzu"
            or (not short and _witnessed_signing(tok))  # "envoys of the U.N. signed as witnesses"
            or (not short and _bare_claim(f, tok))  # "Islamic State claimed responsibility."
            or (not short and _ceased(tok))  # "the plan calls for both sides to stop fighting"
            or (not short and nationwide(f.sent_text) and not f.own_time)  # "killings throughout the country"
            # "troops fired on crowds in several cities" (not "deployed troops in several cities")
            # ("hundreds of people were arrested" with disturbances "in at least ten other towns": a count of many)
            or (not short and _summed_up(f) and (f.etype.acled_type in TOLLED_TYPES or f.trigger.kind == "arrest"))
            # "the Pentagon said there had been only one suicide bomber": how many did it, of an attack told
            or (not short and _there_were(tok))
            # "Youths fought police, looted shops and set buildings on fire in several English cities overnight"
            or (not short and f.etype.acled_type in TOLLED_TYPES and _in_many_places(tok))
            # "followed protests in which police shot dead three young men in Corrientes and Rosario": events of
            # two towns summed up in one plural noun
            or (not short and _in_named_towns(tok))
            or (not short and not f.own_time and _campaign_described(tok))
            or (not short and not f.own_time and _kept_up(tok))  # "continued to abduct people during the truce"
            # "Somali soldiers had been fighting Soviet and Cuban invaders": an activity over a period, no one fight
            or (not short and not f.own_time and f.trigger.kind == "clash" and _went_on(tok))
            or (not short and _for_weeks(tok))  # "forces who had raided Rohingya villages for weeks"
            or (not short and _many_times(tok))  # "the navies of the two Koreas have clashed several times"
            # "140,000 people had died by the end of 1945 from the blast": the event told before, what they died of
            or (not short and f.anaphoric and not f.own_time and _died_of(tok))
            or (not short and _ended_the_fight(f, tok))  # "the fighting went on until the guards surrendered"
            # '"... a sign that this attack has failed," she told delegates': a speaker's words on the event told
            or (not short and not f.own_time and f.anaphoric and tok.pos_ == "NOUN" and _quoted(tok))
        ):
            weak[n] = True
            f.reason = "weak: refers to an event (joins it if reported)"
    if not short:
        _country_summaries(frames, weak, article_id, tolls)
        _lead_counts(frames, weak, article_id, tolls)
        _met_and_agreed(frames)
    return weak, tolls


_STORES = word_lists("reportability.json").words("explosive_stores")
_HANDLING = word_lists("reportability.json").words("explosive_handling_verbs")


def _explosives_handled(tok: Any) -> bool:
    """Is the explosive noun a material kept, moved or taken ("to remove the stocks of explosives kept there", "the
    explosives were taken out of the mine"), in a sentence that tells no blast?"""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _MATERIALS or _BLAST_TOLD.search(tok.sent.text):
        return False  # (a material: not "carried out the concert bombing", an act)
    noun = tok
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _STORES:
        noun = noun.head.head  # "the stocks of explosives"
    head = noun.head
    if any(c.dep_ == "prt" for c in head.children):
        return False  # ("carry out", "take out": a phrasal verb of its own)
    return noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in _HANDLING


_MATERIALS = word_lists("reportability.json").words("explosive_materials")


_BLAST_TOLD = re.compile(r"\b(?:explod\w*|detonat\w*|went off|blew up|blast\w*)\b", re.IGNORECASE)


def _in_protest(tok: Any) -> bool:
    """ "in protest against ...": the noun bare after "in", no determiner ("in a protest" is one)."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and not any(c.dep_ == "det" for c in tok.children)
    )


def _gave_up_to(f: Frame, tok: Any) -> bool:
    """A surrender to the state's forces ("gave himself up to the forces of General Zahedi", "surrendered to
    police"): the forces named after "to"."""
    if f.trigger.kind != "surrender":
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    taken_by = [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.subtree]
    words = " ".join(w.lower_ for w in taken_by)
    return _FORCES_TAKING.search(words) is not None or event_lexicon().context["state_forces"].search(words) is not None


_FORCES_TAKING = re.compile(r"\b(?:forces|troops|soldiers|police|army|military|gendarmes|authorities)\b")


def _unarmed_fight(f: Frame, tok: Any) -> bool:
    """Is the fight that types the mention's scene ("Petrol bombs were thrown at houses, and some West Indians fought
    back") one of ordinary people (:func:`_unarmed_sides`)?"""
    if _FIREARMS.search(f.sent_text):
        return False  # "police exchanged fire with gang members", "and gunmen opened fire": an armed fight
    if f.trigger.kind == "clash":
        return _unarmed_sides(tok)
    kinds = event_lexicon().lemma_kinds
    fights = [w for w in tok.sent if w.i != tok.i and kinds.get(w.lemma_.lower()) == "clash"]
    return bool(fights) and all(_unarmed_sides(w) for w in fights)


def _unarmed_sides(tok: Any) -> bool:
    """Are the sides a fight names ordinary people, with no armed group among them (the police at most): its subject,
    and whom it was "with" or "between" ("fighting between white and coloured men", "white men fought among themselves
    and with officers")?"""
    verb = tok if any(c.dep_ == "nsubj" for c in tok.children) else first_conjunct(tok)
    sides = [c for c in verb.children if c.dep_ == "nsubj"] if verb.pos_ == "VERB" else []
    for prep in (c for c in (*verb.children, *tok.children) if c.dep_ == "prep" and c.lower_ in ("with", "between")):
        sides += [g for g in prep.children if g.dep_ == "pobj"]
    sides += [c for d in sides for c in d.conjuncts]
    if any(body_members(" ".join(w.lower_ for w in d.subtree)) for d in sides):
        return False  # ("men of the Imperial Bodyguard fought army units": an armed body's soldiers)
    people = [d for d in sides if _PEOPLE.fullmatch(" ".join(w.lower_ for w in d.subtree if w.i >= d.i))]
    if not people:
        return False
    for w in (w for d in sides for w in d.subtree):
        entry = noun_entry(w)
        if entry is not None and entry[1] in _ARMED and entry[0] != "COP":
            return False  # (soldiers, rebels, gunmen, militiamen, "gang members": a battle)
    return True


# weapons that make a fight an armed one, and the words of their use
_FIREARMS = re.compile(
    r"\b(?:fire[ds]?|firing|shots?|shooting|shot|guns?|gunmen|gunfire|rifles?|pistols?|tanks?|grenades?)\b",
    re.IGNORECASE,
)


_PEOPLE = re.compile(r"(?:people|men|women|youths?|crowds?|gangs?|\w+ians|\w+ers)(?:\s.*)?")


def _only_crowds_opposed(frames: list[Frame]) -> bool:
    """Does the story tell of crowds (rioters, protesters) and of no armed group, on either side of any of its acts?"""
    # (the sides the text names: an unnamed doer, given by default, is no group the story tells of)
    sides = [a.acled_inter for f in frames for a in (f.actor1, f.actor2) if a is not None and a.text != a.name]
    return any(i in _CROWDS for i in sides) and not any(i in _NON_STATE_ARMED for i in sides)


def _crowds_among_doers(tok: Any) -> bool:
    """Is a crowd among the subjects of the verb ``tok`` ("royalist troops and crowds drove him from his home and seized
    control of the capital")?"""
    verb = first_conjunct(tok)
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [c for d in doers for c in d.conjuncts]
    return any(d.lemma_.lower() in _CROWD_WORDS for d in doers)


_CROWDS = frozenset({AcledInter.RIOTERS, AcledInter.PROTESTERS})
_HARM_VERBS = word_lists("reportability.json").words("harm_verbs")


def _garrison_gave_up(tok: Any) -> bool:
    """Is ``tok`` a verb of surrender whose subject is the garrison of a place ("the garrison of Aurangabad
    surrendered", "the town's garrison gave itself up")?"""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "nsubj" and c.lemma_.lower() == "garrison" for c in verb.children)


def _ended_the_fight(f: Frame, tok: Any) -> bool:
    """ "The fighting went on until the guards surrendered", "surrendered after several hours of fighting": a surrender
    told as what ended a fight is that fight's end, the battle's outcome (ACLED codes the battle), not an event of its
    own."""
    if f.trigger.kind != "surrender":
        return False
    fights = {"clash", "attack"}
    kinds = event_lexicon().lemma_kinds
    for prep in tok.children:  # "surrendered ... after several hours of fighting"
        if prep.dep_ == "prep" and prep.lower_ == "after":
            nouns = [o for o in prep.children if o.dep_ == "pobj"]
            nouns += [g for o in nouns for p in o.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            if any(kinds.get(n.lemma_.lower()) in fights for n in nouns):
                return True
    # (the fight named after "after": not "Chavez, who had directed the operation, surrendered")
    after = [a.head if a.dep_ == "mark" else a for a in tok.subtree if a.lower_ == "after" and a.i != tok.i]
    if f.fatalities.killed is None and any(
        w.pos_ == "NOUN"
        and (kinds.get(w.lemma_.lower()) in fights or kinds.get(w.lower_.removesuffix("ing")) in fights)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in w.children)
        for a in after
        for w in a.subtree
    ):
        # "He surrendered to an armed police unit that reached the island more than an hour after the shooting
        # began": the shooting told, and how it ended
        return True
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "until" for c in tok.children):
        return False
    fight = tok.head
    return bool({kinds.get(t.lemma_.lower()) for t in (fight, *fight.children)} & fights)


def _met_and_agreed(frames: list[Frame]) -> None:
    """ "Commanders met on Tuesday and agreed to halt troop movements": the meeting at which the sentence's agreement
    was reached is that agreement's, no diplomatic event of its own."""
    deals = {f.sentence for f in frames if f.decision != "dropped" and f.etype.acled_sub == "Agreement"}
    for f in frames:
        if f.sentence in deals and f.decision != "dropped" and f.etype.plover == "CONSULT" and not f.etype.acled_type:
            _drop(f, "the meeting at which the sentence's agreement was reached")


COUNTRY_SUMMARY = "nationwide: a country's toll that the article tells place by place, not an event"


def story_summaries(frames: list[Frame], weak: list[bool]) -> list[Frame]:
    """The mentions that sum up events the article tells one by one, no event of their own, whose day is still the
    story's: a country's toll told place by place, and a count of separate events with a day ("Gunmen killed six
    men in two separate shootings on Tuesday")."""
    return [
        f for n, f in enumerate(frames) if f.reason == COUNTRY_SUMMARY or (weak[n] and f.own_time and _summed_up(f))
    ]


def _toll_of_period(tok: Any) -> bool:
    """Is ``tok`` the verb of a relative clause on a counted period of events ("after two nights of rioting, arson and
    gunfire in which at least six people were killed"), or on its events? The toll of many days, no event of its own."""
    tok = first_conjunct(tok)  # ("in which workers fought the police, burned cars and held the centre": each verb)
    if tok.dep_ != "relcl":
        return False
    head = tok.head
    told = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return counted_period(head) or any(counted_period(g) for g in told)


def _there_were(tok: Any) -> bool:
    """A doer counted with "there was" ("there had been only one suicide bomber"): who took part in an attack,
    not an attack told (the trigger's noun names people, as "bomber" or "gunman" does)."""
    head = tok.head
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "attr"
        and head.lemma_.lower() == "be"
        and any(c.dep_ == "expl" for c in head.children)
        and is_person(tok.lower_)
    )


_MANY = word_lists("reportability.json").words("vague_quantities")
_TOWNS = word_lists("reportability.json").words("town_nouns")
_SPOTS = word_lists("reportability.json").words("spot_nouns")
_SCORES = 10  # spots counted from this many are many: a summary of events told place by place


def _in_named_towns(tok: Any) -> bool:
    """Is ``tok`` a plural event noun whose relative clause places what it tells in two or more towns it names
    ("protests in which police shot dead three young men in Corrientes and Rosario"), or the verb of such a clause? A
    summary of events the article tells town by town."""
    kinds = event_lexicon().lemma_kinds
    if tok.pos_ == "VERB" and tok.dep_ == "relcl" and tok.head.tag_ == "NNS" and tok.head.lemma_.lower() in kinds:
        verbs = [tok]  # "in which police shot dead three young men in Corrientes and Rosario": the clause itself
    elif tok.pos_ == "NOUN" and tok.tag_ == "NNS":
        verbs = [c for c in tok.children if c.dep_ == "relcl"]
    else:
        return False
    for verb in verbs:
        for prep in (c for c in verb.subtree if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            places = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if any(c.dep_ == "conj" and c.pos_ == "PROPN" for p in places for c in p.children):
                return True
    return False


def _in_many_places(tok: Any) -> bool:
    """Is the act, or an act coordinated with it, told as done in many towns the phrase does not name ("set
    buildings on fire in several English cities", "in dozens of towns")? A summary of the events the article tells
    town by town (ACLED Codebook 2023: one event per location)."""
    verbs = [tok, *tok.conjuncts] if tok.pos_ in ("VERB", "AUX") else []
    named = [
        g
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in ("in", "at")
        for g in p.children
        if g.dep_ == "pobj" and g.pos_ == "PROPN"
    ]
    if named:
        # "About 50,000 people marched in Cluj-Napoca, ..., and tens of thousands more in dozens of other towns": the
        # act named at its own town is that town's event, whatever the clause joined to it sums up
        verbs = [tok]
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") and tok.head.pos_ == "VERB":
        verbs.append(tok.head)  # "attacked army posts at some 30 points across Algeria, killing at least seven"
    # "Protests over the price of bread spread to several Sudanese cities on Thursday" (the verb read as the noun's
    # participle, too)
    moved = [tok.head] if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" else []
    moved += [c for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB"] if tok.pos_ == "NOUN" else []
    verbs += moved
    for verb in verbs:
        preps = ("in", "at", "across", "throughout", "to") if verb in moved else ("in", "at", "across", "throughout")
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                counts = [c for c in place.children if c.dep_ in ("amod", "nummod", "det")]
                many = any(c.lower_ in _MANY for c in counts)
                if place.tag_ == "NNS" and place.lemma_.lower() in _TOWNS and many:
                    return True
                if place.tag_ == "NNS" and place.lemma_.lower() in _TOWNS and _bare_plural_within(place):
                    # "fought troops in refugee camps in the occupied Gaza Strip and West Bank": settlements of an
                    # area, counted by no one
                    return True
                # "attacked army posts ... at some 30 points across Algeria": places counted by the dozen (not "at
                # several points" along one front)
                scores = [parse_number(c.text) or 0 for c in counts]
                if place.tag_ == "NNS" and place.lemma_.lower() in _SPOTS and max(scores, default=0) >= _SCORES:
                    return True
                if place.lower_ in _MANY or (place.lower_ == "number" and place.head.lower_ != "of"):
                    # "in dozens of towns", "in a number of cities"
                    counted = [g for c in place.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
                    if counted and counted[0].lemma_.lower() in _TOWNS:
                        return True
    return False


def _bare_plural_within(place: Any) -> bool:
    """Is ``place`` a plural with no determiner or count ("camps", "refugee camps"), placed in an area it names
    ("in the occupied Gaza Strip")?"""
    if any(c.dep_ in ("det", "nummod", "poss", "amod") for c in place.children):
        return False
    return any(
        g.dep_ == "pobj" and g.pos_ == "PROPN"
        for c in place.children
        if c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout")
        for g in c.children
    )


def _summed_up(f: Frame) -> bool:
    """Is the mention's sentence a summary of events told one by one: done in several places, or, in the lead, a
    count of separate events?"""
    return scattered(f.sent_text) or (f.sentence == 0 and counted_events(f.sent_text))


def _country_summaries(frames: list[Frame], weak: list[bool], article_id: str, tolls: list[TollReport]) -> None:
    """ "At least six people were killed in Bangladesh on Tuesday as students clashed with police", then "In
    Rangpur, police fired ...", "In Chattogram, three were killed ...": a toll told of a whole country, whose
    events the article then tells place by place, sums up those events (ACLED Codebook 2023: nationwide figures
    are not events). It is an article-level toll report, and each place keeps its own event."""
    names = {iso: name.lower() for iso, name in country_names().items()}
    for n, f in enumerate(frames):
        killed = f.fatalities.killed
        if f.decision == "dropped" or weak[n] or killed is None or killed < 2 or f.placed_here():
            continue
        if f.etype.acled_type not in TOLLED_TYPES or f.location is None or f.location.country is None:
            continue
        country = names.get(f.location.country)
        if country is None or not re.search(rf"\bin {re.escape(country)}\b", f.sent_text.lower()):
            continue
        places = {
            g.location.name
            for g in frames
            if g.sentence > f.sentence
            and g.decision != "dropped"
            and g.etype.acled_type in TOLLED_TYPES
            and g.location is not None
            and g.location.precision == "point"
            and g.placed_here()
            and (not g.own_time or g.date[0] == f.date[0])
        }
        if len(places) < 2:
            continue
        for g in frames:
            if g.sent_start == f.sent_start and g.decision != "dropped" and g.etype.acled_type in TOLLED_TYPES:
                _drop(g, COUNTRY_SUMMARY)  # the sentence's other words for the same day ("as students clashed")
            elif g.fatalities.killed == killed and not (g.fatalities.text and g.fatalities.text in g.sent_text):
                g.fatalities = Casualties()  # the country's toll, carried to a place's event that did not state it
        if not any(t.start == f.sent_start for t in tolls):
            tolls.append(_sentence_toll(article_id, f, find_casualties(f.sent_text)))


# "Four bombs tore through three Underground trains and a bus": a count of the blasts of the lead
_COUNTED_BLASTS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:bombs|explosions|blasts|bombings|explosive\s+devices)\b"
)


def _lead_counts(frames: list[Frame], weak: list[bool], article_id: str, tolls: list[TollReport]) -> None:
    """ "Four bombs tore through three Underground trains and a bus in central London", then the blasts one by one,
    each at its station: the lead that counts the blasts sums up the events the article tells place by place (ACLED:
    one event per location); it joins them, it is no event of its own. A lead that counts blasts the article tells
    at no other place ("two car bombs went off within moments of each other") is the one event."""
    for n, f in enumerate(frames):
        if f.sentence != 0 or weak[n] or f.decision == "dropped" or f.etype.acled_type not in VIOLENT_TYPES:
            continue
        if _COUNTED_BLASTS.search(f.sent_text.lower()) is None:
            continue
        places = {
            g.location.name
            for k, g in enumerate(frames)
            if g.sentence > 0
            and not weak[k]
            and g.decision != "dropped"
            and g.etype.acled_sub == f.etype.acled_sub
            and g.location is not None
            and g.location.precision == "point"
            and (f.location is None or g.location.name != f.location.name)
        }
        if len(places) >= 2:
            weak[n] = True
            f.reason = "weak: the lead counts the events the article tells one by one (joins them)"
            if f.fatalities.killed is not None and not any(t.start == f.sent_start for t in tolls):
                tolls.append(_sentence_toll(article_id, f, f.fatalities))  # the toll of all of them
            f.fatalities = Casualties()  # no one blast's toll


def _sentence_toll(article_id: str, f: Frame, whole: Casualties) -> TollReport:
    """The article-level toll report of the mention's sentence, counted as ``whole``."""
    return TollReport(article_id, whole.killed, whole.injured, whole.text or "", f.sent_text, f.sent_start, f.sent_end)


def _hurt_only(f: Frame, tok: Any) -> bool:
    """A casualty report with no time of its own ("At least 60 people were injured"), weak; marked on the frame, with
    a time or without, when it is told in the past, as one event's casualties are (the present perfect tells a
    running total: "99 people have been killed in police firing")."""
    if not casualty_report(tok):
        return False
    if not f.own_time and f.placed_here() and _cause_named(tok):
        # "On the same day five U.S. soldiers were killed when a roadside bomb destroyed their armoured vehicle near
        # Habbaniya": the harm told with the act that did it and the place where: a report of that act
        return False
    if not f.own_time and f.sentence <= 1 and _in_one_night_of(tok):
        # "One asylum seeker was killed and 77 were injured in a night of violence at the detention centre": the lead
        # tells the harm of one night's violence, named by no other word: the report of that event
        return False
    if not f.own_time:
        f.hurt_only = not present_perfect(tok)
        return True
    # with a time of its own and no other event named in its sentence ("dozens were injured on Sunday", not "an
    # officer was killed in the standoff") it stands as a report of its own, unless the article tells a
    # demonstration met with force that day there (coreference: its casualties)
    kinds = event_lexicon().lemma_kinds
    others = any(t.i != tok.i and t.lemma_.lower() in kinds for t in tok.sent)
    f.hurt_only = not present_perfect(tok) and not others
    # ("students threw stones at Mr. Nixon ..., and a stone struck one of his aides": who the riot's stones hurt)
    return others and tok.pos_ == "VERB" and hit_by_a_thing(tok)


_ONE_NIGHT = re.compile(
    r"\bin\s+(?:a|one|the)\s+(?:[\w-]+\s+)?(?:night|day|evening|morning)\s+of\s+(?:[\w-]+\s+)?"
    r"(?:violence|unrest|rioting|riots|clashes|fighting)\b",
    re.IGNORECASE,
)


def _in_one_night_of(tok: Any) -> bool:
    """Is the harm told "in a night of violence", "in a day of clashes": one night's or day's unrest, not a period?"""
    sent = tok.sent
    return _ONE_NIGHT.search(sent.text, tok.idx - sent.start_char) is not None


def _cause_named(tok: Any) -> bool:
    """Does a "when" clause of the verb ``tok`` tell the act that did the harm by its weapon ("were killed when a
    roadside bomb destroyed their vehicle")?"""
    kinds = event_lexicon().lemma_kinds
    for clause in (c for c in tok.children if c.dep_ == "advcl"):
        if not any(c.lower_ == "when" for c in clause.children):
            continue
        if any(kinds.get(w.lemma_.lower()) in INSTRUMENTS for w in clause.subtree):
            return True
    return False


def _grievance(tok: Any) -> bool:
    """Is the event noun what a demonstration is against ("marched through Bogota against the FARC and its
    kidnappings")? The demonstration's day does not date it."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in ("against", "over")
        and event_lexicon().lemma_kinds.get(prep.head.lemma_.lower()) == "protest"
    )


def _many_times(tok: Any) -> bool:
    """ "The navies of the two Koreas have clashed several times near the sea border": an act told in the perfect
    with a count of times, and with no one it was done to, happened many times, each an event of its own day, none
    told here (not "shot him several times": one shooting, many shots)."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in tok.children):
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children):
        return False
    return any(g.dep_ in ("amod", "nummod") for g in times_counted(tok))


def _dated_itself(f: Frame, tok: Any) -> bool:
    """A background event's own time. An event named as remembered or as a point in time ("the anniversary of the
    explosion", "days after the blast", "the time of the blast") is of another day than its sentence's: only a time
    expression within the words that name it ("after Monday's attack") dates it, not the time of the sentence's
    event ("On Wednesday ... the time of the blast")."""
    when = f.date[2]
    if not f.own_time or not when or _grievance(tok):
        return False
    named = tok.head if tok.dep_ in ("relcl", "acl") else tok  # "the bombing that killed 40": the bombing's
    if not remembered(named):
        return True
    doc = tok.doc
    return when in doc[tok.left_edge.i : tok.right_edge.i + 1].text


_LIGHT = word_lists("reportability.json").words("light_verbs_of_acts")
_DECREED = frozenset({"agree", "curfew"})  # the kinds of an act an order makes: a ceasefire, a curfew
_PARENT = {sub: parent for parent, subs in taxonomy()["acled_sub_types"].items() for sub in subs}
_DEMO = frozenset({"Protests", "Riots"})
_ACT_FAMILIES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"})


def _speech_kind(f: Frame) -> bool:
    """A trigger of a verbal kind (accuse, request, threaten, reject ...): PLOVER types it, not ACLED."""
    return _verbal(f.trigger.kind)


def _verbal(kind: str | None) -> bool:
    """Is the event kind a verbal one (accuse, request, threaten, reject ...), which PLOVER types and ACLED does not?"""
    return kind is not None and event_lexicon().kind_map[kind][0] == "plover" and kind not in ("coerce", "mobilize")


_SELF_AGENTS = word_lists("doers.json").words("self_agents")
_CAUGHT_DOERS = word_lists("doers.json").words("caught_doers")
_SPEAKING = reporting_verbs("source")


_HAPPENING = word_lists("reportability.json").words("happening_verbs")


_DISCOVERING = word_lists("reportability.json").words("discovering_verbs")


def _found_among(tok: Any) -> bool:
    """Is the weapon one item of a list of things found ("found rifles, grenades, ammunition and dried fruit")?"""
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    listed = len(first.conjuncts) >= 1
    return listed and first.dep_ == "dobj" and first.head.lemma_.lower() in _DISCOVERING


def _announced(tok: Any) -> bool:
    """Is the verb in the present progressive with "we" or "I" as its subject ("we are taking to the streets")?"""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG":
        return False
    kids = list(tok.children)
    now = any(c.dep_ == "aux" and c.lower_ in ("am", "are", "'re", "'m") for c in kids)
    return now and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in kids)


def _describes_speaker(tok: Any) -> bool:
    """Is the verb a relative clause of the one who speaks ("said the wife of a constable, who escaped ...")?"""
    if tok.dep_ != "relcl":
        return False
    noun = tok.head
    for _ in range(3):  # "the wife of a constable": up through "of"
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "of":
            noun = noun.head.head
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _SPEAKING


def _spread(tok: Any) -> bool:
    """Is the noun (or the first of nouns joined to it) the subject of a verb of happening ("Looting and arson spread
    to St Paul", "looting broke out")?"""
    head = first_conjunct(tok)
    if tok.pos_ != "NOUN" or head.dep_ != "nsubj" or head.head.lemma_.lower() not in _HAPPENING:
        return False
    # (not "when the looting starts, the shooting starts": what happens whenever it does, no event told)
    return not any(c.dep_ in ("advmod", "mark") and c.lower_ in _WHENEVER for c in head.head.children)


_WHENEVER = word_lists("reportability.json").words("whenever_words")


def _spread_to(tok: Any) -> bool:
    """Is the noun the subject of a verb of happening that takes it to a named place ("the unrest spread to the
    Shati beach camp", "the rioting spread to Gaza City")?"""
    if not _spread(tok):
        return False
    verb = first_conjunct(tok).head
    return any(
        w.pos_ == "PROPN" and w.text[:1].isupper()
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
        for w in g.subtree
    )


def _acted(f: Frame, tok: Any) -> bool:
    """Strategic, non-ACLED and verbal events are acts someone performs: a verb ("signed", "seized", "arrested"),
    or a noun carried by one ("signed an agreement", "imposed a curfew"). A noun or adjective alone ("the truce
    deal", "aid trucks", "the Houthi movement") names a thing, not an act. Violence and demonstrations named by a
    noun ("an air strike", "the protest") are events."""
    if _company_kept(tok):
        return False  # "accused of complicity with the rioters": who they are, not what they did
    if tok.lemma_.lower() in _SELF_AGENTS and (
        # "police seized the gunman", "offered the kidnappers safe passage", "a gunman who killed 35 people was
        # captured": the doers, taken or addressed, do nothing here
        (tok.dep_ in ("dobj", "dative", "nsubjpass") and tok.head.pos_ == "VERB")
        or (
            (tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX"))
            and event_lexicon().lemma_kinds.get(tok.head.lemma_.lower()) is None
        )
    ):
        # "had done nothing to stop the gunmen", "hunting at least one more gunman", "linked to the attacker", "the
        # gunman ... had been sentenced in April last year": the doers of an event, named, not acting (as the subject
        # of a verb, "gunmen entered the village", they act)
        return False
    if tok.lemma_.lower() in PARTICIPANT_NOUNS and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPEAKING:
        return False  # "Many marchers said they had feared a 'Chinese solution'": people of a crowd told, speaking
    if tok.lemma_.lower() in _SELF_AGENTS and tok.dep_ == "nsubj" and _says(tok.head):
        return False  # "His kidnappers demanded the release of 23 prisoners": the doers, named, speaking
    head = first_conjunct(tok)
    if f.trigger.kind == "explosive" and head.dep_ == "pobj" and head.head.lower_ == "for" and tok.pos_ == "NOUN":
        return False  # "searching the rubble for remains and explosives": what is looked for, a thing
    if f.etype.acled_type in _ACT_FAMILIES:
        return True
    if _spread(tok):
        return True  # "Looting and arson spread to neighbouring St Paul on Thursday": the looting happened there
    if _present_state(tok):
        return False  # "the university lies close to the academy, in an area ... patrolled by the army": a state
    if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound") and not (tok.dep_ == "acl" and tok.tag_ == "VBN"):
        return True  # "forces backed by Russia" describes the forces: no act is reported
    if f.trigger.kind == "accuse" and f.source is not None:
        return True  # "X stated that genocide is being committed": the statement is the accusation
    if f.trigger.kind == "coerce" and riot_control(tok):
        return True  # "lobbed five tear-gas shells": the shells name what was fired
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "a number of preventive arrests have been made": the count is what the verb carries
    if tok.dep_ == "pobj" and tok.head.lower_ == "into" and tok.head.head.lemma_.lower() in ("take", "place"):
        return True  # "had taken two persons of interest into custody": an arrest
    if tok.dep_ in ("oprd", "acomp") and tok.pos_ == "ADJ" and tok.head.pos_ == "VERB":
        return True  # "a bomb was found unexploded": a state the verb reports of the device, found so
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() == "order" and f.trigger.kind in _DECREED:
        return True  # "ordered a ceasefire in Khorog", "ordered a curfew": declared one (not "ordered the arrest")
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _LIGHT


def _says(verb: Any) -> bool:
    """Is the verb one of speech ("said") or of a verbal act PLOVER codes (demanded, threatened, accused)?"""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in _SPEAKING or _verbal(event_lexicon().lemma_kinds.get(lemma)))


def _present_state(tok: Any) -> bool:
    """A bare participle joined to a verb in the present ("lies in an area under curfew and patrolled by the army"):
    it shares that present and describes a state, not an act."""
    if tok.tag_ != "VBN" or tok.dep_ != "conj" or tok.head.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)


def _company_kept(tok: Any) -> bool:
    """People named by what they do, after "with" on a noun ("complicity with the rioters", "talks with the
    protesters") or as the agent of a verb that names no event ("a school used by protesters"): a relation to them,
    not their act."""
    head = tok.head
    if tok.dep_ != "pobj" or tok.lemma_.lower() not in PARTICIPANT_NOUNS:
        return False
    if (
        head.lower_ == "by"
        and head.dep_ == "agent"
        and event_lexicon().lemma_kinds.get(head.head.lemma_.lower()) is None
    ):
        return True  # "a school used as a dormitory by protesters": who used it, no act of theirs
    return head.lower_ == "with" and head.head.pos_ in ("NOUN", "PROPN")


def _own_kind(f: Frame) -> bool:
    """Does the mention's ACLED type belong to its own trigger's kind (or is it a violent scene)? A speech act or an
    agreement about a violent event ("agreed to suspend its operation") takes the scene's type only in a note."""
    family, label = event_lexicon().kind_map[f.trigger.kind]
    if family != "acled" or f.etype.acled_sub is None:
        return True
    own_parent = _PARENT.get(label)
    scene = f.etype.acled_type
    if own_parent == scene or (f.trigger.kind in ("overtake", "regain") and f.etype.acled_sub in _SEIZED_SUBS):
        return True  # (what a seizure takes when it takes no place: people, arms, goods; the codebook's own rules)
    if f.etype.acled_sub == "Non-violent transfer of territory" and _power_taken(f):
        return True  # "had taken control of the country": the state changed hands, no place was won
    if f.trigger.kind == "loot" and f.etype.acled_sub in _DESTROYED_FROM_AFAR:
        return True  # "air force jets destroyed several vehicles": the destruction is the strike
    if own_parent in VIOLENT_TYPES:  # an attack on protesters is typed by the protest it broke up
        return scene in _ACT_FAMILIES
    return own_parent in _DEMO and scene in _DEMO


def _crowd_named(f: Frame) -> bool:
    """Is the doer people named as a crowd, as demonstrators or in the plural ("students", "mourners"), whom the
    actors step took for rioters or protesters (not "they", not "the camp")?"""
    if not f.agent_text or f.actor1 is None or f.actor1.acled_inter not in (AcledInter.RIOTERS, AcledInter.PROTESTERS):
        return False
    head = f.agent_text.lower().split()[-1]
    # (people named in the plural, "enraged mourners", "students"; not "they", nor a place the parser took for the
    # doer, "the camp")
    return _crowd_did(f) or _demonstrators(f.agent_text) or (head.endswith("s") and head not in PRONOUNS)


def _crowd_did(f: Frame) -> bool:
    """Is the doer a crowd ("crowds of Ingush villagers, who set fire to several army trucks": the crowd the
    relative clause's doers are counted in)?"""
    if not f.agent_text:
        return False
    if _crowd(f.agent_text):
        return True
    at = f.sent_text.find(f.agent_text)
    if at > 0 and _SOME_OF_THEM.fullmatch(f.agent_text.lower()) and _crowd(f.sent_text[:at]):
        return True  # "Crowds gathered in the square ..., and some people set fire to a building": some of the crowd
    return at > 0 and _CROWD_OF.search(f.sent_text[:at]) is not None


_SOME_OF_THEM = re.compile(r"(?:some|several|a few|many|others)(?:\s+(?:people|of them|men|youths))?")


_CROWD_OF = re.compile(r"\b(?:crowds?|mobs?|throngs?)\s+of\s+$", re.IGNORECASE)

_HARMS = frozenset({"Natural disaster", "Man-made disaster", "Organized crime"})
_DESTROYED_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def _power_taken(f: Frame) -> bool:
    """Is what the taking took the state itself ("power", "control of the country")?"""
    return (
        f.trigger.kind == "overtake"
        and bool(f.patient_text)
        and all(POWER_TAKEN.fullmatch(p.strip().lower()) for p in f.patient_text)
    )


_SEIZED_SUBS = frozenset(
    {"Arrests", "Abduction/forced disappearance", "Disrupted weapons use", "Looting/property destruction"}
)
_POLITICAL_SD = frozenset({"Agreement", "Arrests"})
_ORDINARY_OFFENCE = word_pattern(word_lists("reportability.json").ordered("ordinary_offences"))
_ORGANISED = frozenset(
    {AcledInter.STATE_FORCES, AcledInter.REBEL_GROUP, AcledInter.POLITICAL_MILITIA, AcledInter.EXTERNAL_OTHER_FORCES}
)
_ARMED = _ORGANISED | {AcledInter.IDENTITY_MILITIA}
_NON_STATE_ARMED = _ARMED - {AcledInter.STATE_FORCES}


def _armed_actor(f: Frame) -> bool:
    """State forces, rebels, militias or external forces: whose movements ACLED codes as strategic developments."""
    a = f.actor1
    return (
        a is not None
        and a.acled_inter in _ARMED
        and a.sector != "GOV"
        and not a.name.startswith("Government")  # a government named as such, not its forces
    )


def _political(f: Frame) -> bool:
    """Is an agreement or an arrest one of political conflict (ACLED Strategic developments)? Its sentence names a
    party or object of conflict (rebels, a ceasefire, protesters, hostages); an agreement may also be made by armed
    forces, and an arrest be of a political figure (a lawmaker, an official)."""
    low = f.sent_text.lower()
    words = reportability()
    if words.conflict_scene.search(low):
        return True
    if f.etype.acled_sub == "Agreement":
        return any(_party_to_conflict(a) for a in (f.actor1, f.actor2))
    return bool(words.political_figures.search(low))


def _died_in_custody(tok: Any) -> bool:
    """ "X died after officers detained him", "died hours after police arrested her": an arrest told as what came
    before the death of the one taken, the subject of "died"."""
    if tok.pos_ != "VERB" or tok.dep_ != "advcl" or tok.head.lemma_.lower() != "die":
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "after" for c in tok.children):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in tok.children)


def _doer_seized(tok: Any) -> bool:
    """Is what the verb took the doer of an attack named by his act ("seized the gunman", "the attacker was
    overpowered")?"""
    captive = _captive(tok)
    return captive is not None and _doer_by_act(captive)


def _captive(tok: Any) -> Any | None:
    """Who or what the verb took: its object, or its passive subject."""
    return next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _doer_by_act(captive: Any) -> bool:
    """ "the driver", "the gunman": one named definitely by what he did in an attack (``doers.json``)."""
    return captive.lemma_.lower() in _CAUGHT_DOERS and any(c.lower_ == "the" for c in captive.children)


def _doer_taken(tok: Any, frames: list[Frame]) -> bool:
    """ "A gunman who killed 35 people ... was captured", "Police seized the gunman" after "A gunman fired three shots":
    the one taken is the doer of violence the article tells, so the arrest is that violence's (ACLED codes the arrest
    of an attacker), whatever else the article is about."""
    captive = _captive(tok)
    if captive is None or captive.pos_ != "NOUN":
        return False
    if any(c.dep_ == "relcl" and violent_word(c) for c in captive.children):
        return True
    word = captive.lemma_.lower()
    # (or named by what he did in it: "A man drove his car into a crowd ... The driver was arrested")
    doer = _doer_by_act(captive)
    return any(
        g.etype.acled_type in VIOLENT_TYPES
        and g.agent_text is not None
        and (doer or g.agent_text.lower().split()[-1] in (word, captive.lower_))
        for g in frames
    )


@lru_cache(maxsize=4)  # asked once per agreement or arrest of an article: read the article once
def about_conflict(text: str) -> bool:
    """Is a whole article about political conflict: does it name at least :data:`CONFLICT_WORDS` different parties
    or objects of one (a truce, hostages, militants)? Then its agreements and arrests are the conflict's."""
    low = text.lower()
    found = {m.group(0) for m in reportability().conflict_scene.finditer(low)}
    # "Lofven said everything pointed to an act of terrorism": an act the article names terror is political
    # violence on its own (ACLED codes terror attacks, and the arrests of their suspects)
    return len(found) >= CONFLICT_WORDS or bool(_terror_words().search(low))


@lru_cache(maxsize=1)
def _terror_words() -> re.Pattern[str]:
    return word_pattern(word_lists("reportability.json").ordered("terror_words"))


def _party_to_conflict(a: Actor | None) -> bool:
    """A named armed group or an army ("Hamas", "the RSF"), not the police, an office's officer or an unidentified
    group (a pronoun's default)."""
    return a is not None and a.sector != "UAG" and (a.acled_inter in _NON_STATE_ARMED or a.sector == "MIL")


def _police_search(f: Frame) -> bool:
    """A raid, search or sweep by the police that its sentence tells no harm of: a law-enforcement search
    (PLOVER COERCE), not an attack; ACLED codes only the arrests it makes (Codebook 2023, Arrests)."""
    if f.etype.plover != "ASSAULT" or f.actor1 is None or f.actor1.sector != "COP":
        return False
    context = event_lexicon().context
    if not context["raid_search"].search(f.trigger.text.lower()):
        return False
    told = f.fatalities
    return told.killed is None and told.injured is None and not context["harm"].search(f.sent_text.lower())


def _manhunt(f: Frame, tok: Any) -> bool:
    """ "The army had launched an operation to track down the militants": an operation told only by its purpose of
    finding someone, with no harm in its sentence, is a manhunt (PLOVER COERCE); ACLED codes the clashes or the
    arrests it leads to, not the search."""
    if tok.pos_ != "NOUN" or f.fatalities.killed is not None or f.fatalities.injured is not None:
        return False
    purpose = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in HUNTING_VERBS]
    return bool(purpose) and not event_lexicon().context["harm"].search(f.sent_text.lower())


_HELPING = word_lists("reportability.json").words("helping_verbs")
_CONSENTS = word_lists("reportability.json").words("consent_objects")
_BODIES = word_lists("reportability.json").words("deciding_bodies")


def _consents_to_help(tok: Any) -> bool:
    """ "Portugal had agreed to send investigators", "Kenya agreed to host the talks": named states, not two parties
    to a conflict, agreeing to give help, with no partner ("with X") to the agreement. States listed together ("New
    Zealand, Malaysia and Portugal agreed to send troops") each consent to help the one that asked; they agree on
    nothing with each other."""
    if tok.lemma_.lower() != "agree" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    if not doers and tok.dep_ == "conj":
        # ("The Security Council met ... and agreed to send a special mission": the subject of the verb joined to)
        doers = [c for c in tok.head.children if c.dep_ == "nsubj"]
    # (a state the tagger took for an organisation, "Fiji, Samoa and Tonga", is still named as one)
    # (or one agency, "the FBI had agreed to help with the investigation")
    states = len(doers) == 1 and all(
        d.ent_type_ == "GPE"
        or d.lower_ in country_words()
        # (a state's name of two words the tagger took for a person's: "Sri Lanka had agreed to tour")
        or " ".join(w.lower_ for w in d.lefts if w.dep_ == "compound").strip() + " " + d.lower_ in country_words()
        or (d.ent_type_ == "ORG" and not d.conjuncts)
        or (d.lemma_.lower() in _BODIES and not d.conjuncts)
        for d in [doers[0], *doers[0].conjuncts]
    )
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in _HELPING for c in tok.children):
        return states
    # "Thatcher ... had agreed to the use of British bases": one side's consent to what another asked
    to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    one = len(doers) == 1 and not doers[0].conjuncts and doers[0].tag_ != "NNS"
    return one and any(g.lemma_.lower() in _CONSENTS for g in to)


def _plover_only(f: Frame) -> EventType:
    t = f.etype
    return EventType(t.plover, t.mode, t.cameo, None, None, None)


_KILLINGS = re.compile(
    r"(?i)\b(?:killed|killing|killings|massacred|shot dead|slain|slaughtered"
    r"|shooting at|shot at|opened fire|open fire)\b"
)
_ADDED_TOTAL = re.compile(r"(?i)bringing|brings|raising|raises|taking|takes|pushing|pushes")


_STREETS = word_lists("reportability.json").words("street_places")
_ORDER_AREAS = word_lists("reportability.json").words("order_areas")
_ABSTRACT_HOLDINGS = word_lists("reportability.json").words("abstract_holdings")
_CAUSES = word_lists("reportability.json").words("causes_fought_for")
_COVER = word_lists("reportability.json").words("cover_terrain")
_MANNERS = word_lists("reportability.json").words("withdrawal_manners")


_WAR_MACHINES = word_lists("reportability.json").words("war_machines")
_MANY_MACHINES = 20  # aircraft or tanks destroyed in such numbers were destroyed in many strikes, a total


def _war_machines(obj: Any) -> bool:
    """Is what was destroyed an armed side's fighting machines ("destroyed dozens of tanks", "burned two armoured
    cars")?"""
    if obj.dep_ == "dobj" and obj.lemma_.lower() not in _WAR_MACHINES:
        # "dozens of tanks": the noun counted
        obj = next((g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), obj)
    words = {obj.lemma_.lower(), *(c.lower_ for c in obj.children if c.dep_ in ("amod", "compound"))}
    return bool(words & _WAR_MACHINES)


def _burning_by_itself(tok: Any) -> bool:
    """Is the verb "burn" told of the thing on fire, its subject, with no object and in the active ("the houses
    burned", "the ship was burning"), not of people who burn something ("rioters burned and looted")?"""
    if any(c.dep_ in ("dobj", "auxpass", "agent") for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN" and not is_person(subj.lower_)


def _obj(tok: Any) -> Any | None:
    """The verb's object (the subject of its passive); of two, the one after it ("announced that it had taken over
    the administration", where the parser took the conjunction "that" for an object too). A participle that
    completes another verb takes that verb's object: "the kidnappers' car was found abandoned" abandoned the car."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and tok.dep_ in ("xcomp", "oprd") and tok.tag_ == "VBN":
        objs = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return next((c for c in objs if c.tag_ != "WDT" or len(objs) == 1), None)


_RITES = word_lists("reportability.json").words("rite_words")
_STOPPAGE = word_lists("reportability.json").words("stoppage_verbs")


def _stopped_in_protest(tok: Any) -> bool:
    """ "Merchants kept their shops shut today in protest", "thousands of workers stayed away in protest": work or
    trade stopped in protest is a strike, a demonstration of its own (not "resigned in protest")."""
    verb = tok.head.head
    lemma = verb.lemma_.lower()
    if lemma not in _STOPPAGE:
        return False
    if lemma == "refuse":  # "refused food and duty in protest": a refusal of something, not to do something
        return any(c.dep_ == "dobj" for c in verb.children)
    return lemma != "stay" or any(c.lower_ in ("away", "home") for c in verb.children)


def _in_manner(tok: Any) -> bool:
    """Is the verb's only prepositional phrase one of manner ("withdrew in good order", "pulled back in
    disarray", "withdrew without a fight")?"""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    return bool(preps) and all(
        (c.lower_ == "in" and any(g.lemma_.lower() in _MANNERS for g in c.children)) or c.lower_ == "without"
        for c in preps
    )


def _more_of_them(tok: Any) -> bool:
    """ "Thousands more gathered in the main square in Krakow": more of those the text told of before (the
    demonstrators), not onlookers."""
    return any(
        c.dep_ == "nsubj" and any(g.lower_ == "more" and g.dep_ in ("amod", "advmod") for g in c.children)
        for c in tok.children
    )


def _protested_too(tok: Any) -> bool:
    """ "Thousands gathered outside the building and built barricades": a gathering whose next act is a protest or a
    riot's (a barricade, a march) is a demonstration, not onlookers."""
    kinds = event_lexicon().lemma_kinds
    return any(
        c.dep_ == "conj"
        and c.pos_ == "VERB"
        and any(kinds.get(w.lemma_.lower()) in ("protest", "riot") for w in c.subtree)
        for c in tok.children
    )


_MUTINY = re.compile(r"\bmutin(?:y|ies|ous|eers?|ied)\b", re.IGNORECASE)


def _in_mutiny(f: Frame) -> bool:
    """Is the taking told as part of a mutiny named before it in its sentence ("The mutiny began at the camp, where
    soldiers seized the armoury"; not "retaking the district two weeks after a mutiny killed 22 soldiers")?"""
    found = _MUTINY.search(f.sent_text, 0, max(0, f.trigger.start - f.sent_start))
    return found is not None and _AFTER_MUTINY.search(f.sent_text, max(0, found.start() - 24), found.start()) is None


_AFTER_MUTINY = re.compile(r"\b(?:after|since|before|following)\b[^,.;]*$", re.IGNORECASE)


def _by_state(f: Frame) -> bool:
    """Is the mention's doer the state's forces?"""
    return f.actor1 is not None and f.actor1.acled_inter == AcledInter.STATE_FORCES


def _demonstration_ended_in(tok: Any) -> bool:
    """Is ``tok`` what a demonstration "ended in" or "turned into" ("the march ended in clashes with police")?"""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "into"):
        return False
    verb = tok.head.head
    if verb.lemma_.lower() not in _ENDED_IN:
        return False
    demo = event_lexicon().context["demonstration"]
    return any(c.dep_ == "nsubj" and demo.fullmatch(c.lower_) for c in verb.children)


_ENDED_IN = TURNING_VERBS | {"end"}


def _declared_so(tok: Any) -> bool:
    """Is ``tok`` a bare participle that a verb of declaring says of its object ("declared the country liberated",
    "proclaimed the city freed")?"""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ in ("ccomp", "oprd", "xcomp")
        and tok.head.lemma_.lower() in ("declare", "proclaim", "pronounce")
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def _nth_time(noun: Any) -> bool:
    """Is ``noun`` "(it was) the second time" (a count of times, an ordinal before "time", told as what something
    was; not "fired tear gas on Thursday, the first time the gas has been used ... after a crowd threw stones")?"""
    return (
        noun.lemma_.lower() == "time"
        and noun.dep_ == "attr"
        and any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ == "last") for c in noun.children)
    )


_STAFF = word_lists("reportability.json").words("staff_nouns")


def _unarmed_subject(tok: Any) -> bool:
    """Does ``tok`` (a verb of surrender) have for its subject the staff of a place, no armed side ("the staff in
    the chancery", "the diplomats")? (A named person who gives himself up, "Mossadegh gave himself up on Thursday",
    is taken by the other side.)"""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lemma_.lower() in _STAFF | {w.rstrip("s") for w in _STAFF}


def _began_with(verb: Any) -> bool:
    """Is ``verb`` "began" or "opened" with the acts an event began with ("began ... with aircraft striking ...")?"""
    return verb.lemma_.lower() in ("begin", "start", "open") and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in verb.children
    )


_SELF_HARM = word_lists("reportability.json").words("self_harm_verbs")
_REFLEXIVES = word_lists("reportability.json").words("reflexive_pronouns")
# acts of armed violence whose purpose a "to protest" infinitive tells (not "occupied the square to protest", "stoned
# police to protest": a crowd's own acts, which are its demonstration)
_ARMED_KINDS = frozenset({"explosive", "shell", "air", "suicide", "grenade", "chemical", "abduct", "clash"})
_ARMED_ACTS = word_lists("reportability.json").words("armed_acts")


_OVER_A_PERIOD = re.compile(
    r"\b(?:(?:this|last|the\s+past|the\s+last|in\s+recent)\s+(?:\w+\s+)?(?:years?|decades?|months?|weeks?)"
    r"|since\b|so\s+far\b)",
    re.IGNORECASE,
)


def _times_over_a_period(tok: Any) -> bool:
    """Does the verb count its acts in times over a period ("bombed pipelines more than 50 times this year",
    "hundreds of times in the past decade")? Not "shot him three times", the shots of one attack."""
    counts = [c for c in tok.children if c.dep_ in ("npadvmod", "dobj", "advmod")]
    times = any(
        (c.lower_ == "times" and any(g.dep_ in ("nummod", "amod") for g in c.children))
        or any(p.lower_ == "of" and any(g.lower_ == "times" for g in p.children) for p in c.children)
        for c in counts
    )
    if not times:
        return False
    return _OVER_A_PERIOD.search(tok.doc.text, tok.idx, tok.sent.end_char) is not None


def _toll_of_a_comparison(f: Frame) -> bool:
    """Does the mention's toll lie in the clause of what a superlative is measured from, after the mention ("The
    protests are the largest since those of November 2015, when a fire ... killed dozens of people")?"""
    toll = f.fatalities.text
    if not toll:
        return False
    at = f.sent_text.find(toll)
    cue = COMPARED_SINCE.search(f.sent_text, max(0, f.trigger.start - f.sent_start))
    return at >= 0 and cue is not None and cue.start() < at


def _at_a_seat(tok: Any) -> bool:
    """Is the gathering outside or at a seat of power ("several thousand people had gathered outside the government
    headquarters")? A crowd before a government's, a parliament's or an embassy's door demonstrates (not a crowd at a
    station, which waits)."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("outside", "at", "before", "in")):
        places = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "in":  # "in front of the parliament"
            places = [
                g for p in places if p.lower_ == "front" for o in p.children if o.lower_ == "of" for g in o.children
            ]
        if any(g.lemma_.lower() in _SEATS and g.lemma_.lower() != "station" for g in places):
            return True
    return False


def _protest_as_purpose(tok: Any) -> bool:
    """Is the protest verb an infinitive of purpose on an act of violence ("bombed pipelines ... to protest
    against the presence of foreign companies")?"""
    if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "xcomp") or not any(c.lower_ == "to" for c in tok.children):
        return False
    head = tok.head.lemma_.lower()
    return event_lexicon().lemma_kinds.get(head) in _ARMED_KINDS or head in _ARMED_ACTS


def _literal(f: Frame, tok: Any) -> str | None:
    """Words with a literal and a figurative reading (ACLED Codebook 2023, CAMEO 03/057/07): "drop" when the
    mention is figurative, "plover" when it is a statement of intent or not about territory, "other" when it is a
    strategic development of another kind than its word's, else None."""
    lex = reportability()
    lemma = tok.lemma_.lower()
    obj = _obj(tok)
    if (
        f.etype.acled_sub == "Looting/property destruction"
        and tok.pos_ == "VERB"
        and obj is not None
        and _war_machines(obj)
    ):
        # "its fighters had destroyed dozens of tanks": an armed side's losses are of a fight, told of it, no
        # destruction of property of its own (ACLED codes that "where no other form of violence is occurring")
        return "weak"
    if (
        f.etype.acled_type == "Explosions/Remote violence"
        and tok.lemma_.lower() == "destroy"
        and obj is not None
        and _war_machines(obj)
        and any(c.dep_ == "nummod" and (parse_number(c.text) or 0) >= _MANY_MACHINES for c in obj.children)
    ):
        # "its air force had destroyed more than 400 Arab aircraft, most of them on the ground, on the first day of
        # its war": the sum of a day's strikes on many bases, told as a total; the strikes are the events
        return "weak"
    if (
        f.trigger.kind in ("explosive", "grenade")
        and f.agent_text
        and event_lexicon().context["crowd_control"].search(f.agent_text.lower())
    ):
        # "a tear gas grenade fired by police exploded at the entrance of a mosque": riot police's gas, no bomb; it
        # tells the force met by the unrest it was fired into
        return "weak"
    if f.trigger.kind == "protest" and armed_blockers(tok):
        # "rebels cut the telephone lines and blocked the roads around the town": fighters cutting a town off, part
        # of their attack; a roadblock is a demonstration when a crowd puts it up
        return "drop"
    if f.trigger.kind == "protest" and forces_advancing(tok):
        return "drop"  # "Army units ... had marched on the capital": a movement of forces, no demonstration
    if (
        f.trigger.kind == "attack"
        and lemma in _SELF_HARM
        and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in tok.children)
    ):
        # "Vargas shot himself in the heart": a suicide, no act of one party on another (a bomber who blew himself
        # up is told by the explosion)
        return "drop"
    if tok.pos_ == "VERB" and _times_over_a_period(tok):
        # "has bombed oil pipelines hundreds of times in the past decade", "more than 50 times this year": a count
        # of acts over a period, a series, no one occurrence (ACLED Codebook 2023: cumulative figures are not events)
        return "drop"
    if f.trigger.kind == "surrender" and obj is not None and _building_held(obj, lex.structure_nouns):
        # "forced sheriff's deputies ... to surrender the county jail after an all-night siege": a building handed
        # over, the end of the fight for it, which is the event (no one taken by anyone)
        return "drop"
    if f.trigger.kind == "protest" and _protest_as_purpose(tok):
        # "which has bombed oil pipelines hundreds of times ... to protest against the presence of foreign oil
        # companies": the purpose an armed act is said to serve, no demonstration
        return "drop"
    if f.trigger.kind == "protest" and onlookers(tok):
        return "drop"  # "crowds gathered around the tanks, taking photographs": onlookers, no demonstration
    if _declared_so(tok):
        # "Rajapaksa declared the country liberated": a declaration of a state of things, no act of taking told
        return "drop"
    if tok.dep_ in ("relcl", "acl") and _nth_time(tok.head):
        # "It was the second time this year that the embassy has been overrun": a count of times, of this event
        # and of others the article tells or not, no report of one
        return "weak"
    if f.trigger.kind == "surrender" and _unarmed_subject(tok):
        # "the staff in the chancery gave themselves up": people taken by those who stormed the building, part of
        # the seizure; ACLED's change to group activity is fighters giving themselves up
        return "drop"
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and _began_with(tok.head):
        # "The attack began shortly before two o'clock with Egyptian aircraft striking airfields and a massive
        # artillery barrage": the acts it began with are the events; the noun names them all
        return "weak"
    if f.trigger.kind == "transfer" and f.etype.acled_type is not None:
        place = False
        if obj is not None:
            place = (
                obj.ent_type_ in ("GPE", "LOC", "FAC")
                or obj.lemma_.lower() in lex.territory_nouns
                or (f.location is not None and f.location.precision == "point" and obj.text in (f.location.text or ""))
            )  # "Lashkar Gah was handed over to the insurgents": a town the geoparser found
            if not place and obj.pos_ in ("NOUN", "PROPN", "PRON"):
                return "plover"  # "handed over the hostages", "withdrew the bill": no place changed hands
        if not _armed_actor(f) and not place:
            return "plover"  # "the United States retreated from its position": a government's stance, not ground
        police = f.actor1 is not None and f.actor1.name.startswith("Police Forces")
        if police and not place and obj is None and not any(c.dep_ == "prep" for c in tok.children):
            return "plover"  # "that evening the police withdrew": officers leaving a scene, no territory handed over
        # "pulled back from", "pulled out of" (the parser may take "out" for a preposition)
        heads = [
            tok,
            *(c for c in tok.children if c.dep_ in ("advmod", "prt") or (c.dep_ == "prep" and c.lower_ == "out")),
        ]
        left = [
            g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children
        ]
        if not place and any(g.lemma_.lower() in _STREETS for g in left if g.dep_ == "pobj"):
            # "police pulled back from the intersection", "troops pulled out of the compound": no territory
            return "plover"
        into = [
            g
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("into", "to", "towards", "toward")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not place and obj is None and not left and not into and _in_manner(tok):
            # "its fighters had killed dozens and withdrawn in good order": a withdrawal told by its manner, from no
            # place named, ends a raid; no ground is handed over
            return "plover"
        if not place and any(
            g.lemma_.lower() in _COVER or any(c.dep_ == "compound" and c.lemma_.lower() in _COVER for c in g.children)
            for g in into
        ):
            # "the attackers withdrew into the jungle", "melted back into the hills": raiders leaving the scene for
            # cover, no territory handed over
            return "plover"
        # "when they withdrew", "as they pulled back": the moment of another act (not "after ... pulled out of
        # the city", where the place left is named)
        timed = tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHILE for c in tok.children)
        named = any(c.dep_ == "prep" for h in heads for c in h.children)  # "pulled out of the city"
        if not place and obj is None and not left and not named and timed:
            return "plover"  # "carried off young women when they withdrew": the end of a raid told, no ground left
    if (
        f.trigger.kind == "release"
        and obj is not None
        and not (obj.like_num or is_someone(obj) or names_people(obj, tok))
    ):
        return "drop"  # "reforms which include freeing most prices": no one freed
    if f.trigger.kind in ("overtake", "regain") and obj is not None and obj.lower_ in _ABSTRACT_HOLDINGS:
        return "drop"  # "had to win back the trust of the people", "seized the initiative": no ground changed hands
    if (
        f.trigger.kind in ("overtake", "regain")
        and obj is not None
        and _things(obj, lex.things_taken)
        and not _power_taken(f)
    ):
        # (but "army officers seized power": the state changed hands, a coup; ACLED codes it, as "taken control of
        # the country")
        return "plover"  # "capturing drones", "seized weapons": things taken, no territory changed hands
    if (
        f.trigger.kind == "overtake"
        and obj is not None
        and _building_held(obj, lex.structure_nouns | _SEATS)
        and _unarmed_doers(tok)
    ):
        # "peasants and students took over the embassy", "a crowd of workers took over the city hall": a building
        # occupied by a crowd is its protest or its riot, no territory taken (ACLED Codebook 2023)
        return "drop"
    if (
        f.etype.acled_sub == "Government regains territory"
        and obj is not None
        and not tok.lower_.startswith("re")
        and _building_held(obj, lex.structure_nouns | _SEATS)
        and not _fight_told(tok)
    ):
        # "troops under the plotting generals seized the national police headquarters and the radio station": the
        # state's own forces taking its buildings, with no fight told, regain no territory from anyone; a strategic
        # development (not "recaptured the radio station", taken back from those who held it)
        return "other"
    if (
        f.trigger.kind in ("overtake", "regain")
        and obj is not None
        and obj.lower_ in _ORDER_AREAS
        and _by_state(f)
        and not _fight_told(tok)
        and not event_lexicon().context["nonstate_armed"].search(tok.sent.text.lower())
    ):
        # "British and Indian troops were called out and took over the worst affected districts": forces deployed to
        # restore order, no territory taken back from anyone
        return "other"
    if f.trigger.kind == "disrupt" and tok.lemma_.lower() == "dismantle" and obj is not None:
        ctx = event_lexicon().context
        taken_apart = " ".join(t.lower_ for t in obj.subtree)
        if not (ctx["weapon_named"].search(taken_apart) or ctx["projectile"].search(taken_apart)):
            return "other"  # "dismantled the protest camp": a strategic development, no weapon made safe
    if f.trigger.kind == "disrupt" and tok.lemma_.lower() == "intercept" and obj is not None:
        ctx = event_lexicon().context
        stopped = " ".join(t.lower_ for t in obj.subtree)
        if not (ctx["weapon_named"].search(stopped) or ctx["projectile"].search(stopped)):
            return "drop"  # "police patrols intercepted several of their cars": no weapon's use disrupted
    if (
        f.trigger.kind == "overtake"
        and obj is None
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)
    ):
        return "drop"  # "who takes over as president next month": an office taken up, no territory
    if f.trigger.kind in ("overtake", "regain") and obj is not None and obj.lower_ == "control":
        held = [
            g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
        if held and all(_things(g, lex.things_taken) for g in held):
            return "plover"  # "took control of the military": an institution taken over, no territory
    if f.trigger.kind == "regain" and obj is not None and _building_held(obj, lex.structure_nouns):
        return "drop"  # "regained control of the buildings" from rioters: the end of the riot, no territory
    if tok.lemma_.lower() in ("raid", "sweep", "operation") and tok.dep_ == "pobj":
        kinds = event_lexicon().lemma_kinds
        held = tok.head.head.head if tok.head.head.pos_ == "NOUN" else tok.head.head  # "detained suspects in raids"
        picked_up = held.lemma_.lower() == "pick" and any(c.dep_ == "prt" and c.lower_ == "up" for c in held.children)
        # (or "police captured Raul Sendic ... in a raid on a house": people the state took)
        if kinds.get(held.lemma_.lower()) == "arrest" or picked_up or people_taken(held) is True:
            return "drop"  # "police arrested 53 people in dawn raids": the raids are how the arrests were made
    if f.trigger.kind == "crime" and tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return (
            "drop"  # "rifles, many of them smuggled into the highlands": a participle that says where goods came from
        )
    if f.trigger.kind in ("shell", "air", "explosive") and tok.pos_ == "NOUN" and _intercepted(tok):
        return "drop"  # "intercepted a missile": the weapon of the disrupted attack, which is the event
    if f.trigger.kind in ("explosive", "grenade", "suicide") and tok.pos_ == "NOUN" and carried_weapon(tok):
        return "drop"  # "the attackers, carrying rifles and explosives": a weapon held, not one that went off
    if f.trigger.kind in ("explosive", "grenade", "shell") and tok.pos_ == "NOUN" and captured_weapon(tok):
        return "drop"  # "routed three brigades and captured tanks and artillery": the spoils of a fight, not fired
    if f.trigger.kind in ("explosive", "grenade", "shell") and tok.pos_ == "NOUN" and _found_among(tok):
        return "drop"  # "They found rifles, grenades, ammunition and dried fruit in bags": what was found, not used
    if (
        f.etype.acled_sub == "Looting/property destruction"
        and f.agent_text is None
        and tok.pos_ == "VERB"
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
        and not (f.clause is not None and f.own_time and f.placed_here())
    ):
        # "vehicles were set ablaze": the damage an attack told nearby did, no one doing it (not "and a church hall
        # in Zwolle was set on fire early on Tuesday", a clause with a day and a town of its own)
        return "weak"
    if (
        f.etype.acled_sub == "Looting/property destruction"
        and lemma == "burn"
        and tok.pos_ == "VERB"
        and _burning_by_itself(tok)
        and not (f.clause is not None and f.own_time and f.placed_here())
    ):
        # "the whole fore part of the ship was burning", "the houses on our street burned": a thing on fire, no one
        # setting it alight, is the damage of an event told nearby
        return "weak"
    if lemma == "protest" and _in_protest(tok) and not _stopped_in_protest(tok):
        # "a boycott of imported goods, called in protest against high prices", "resigned in protest": the purpose of
        # the act it qualifies, which is the event (a march, a strike) or no demonstration at all (a boycott)
        return "drop"
    if lemma == "procession" and any(w.lemma_.lower() in _RITES for w in tok.subtree if w.i != tok.i):
        return "drop"  # "an Ashura procession", "a procession of Shi'ite mourners": a rite, no demonstration
    if lemma == "gather" and f.etype.acled_type is not None:
        purpose = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"]
        if gathered_for(tok) or any(c.lemma_.lower() in lex.gathering_purposes for c in purpose):
            return "drop"  # "crowds gathered to wait for the buses", "mourners gathered for funerals": no demonstration
        causes = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "for", "over")]
        if (
            not purpose
            and not causes
            and not event_lexicon().context["demonstration"].search(f.sent_text.lower())
            and not _more_of_them(tok)
            and not _protested_too(tok)
            and not _at_a_seat(tok)
        ):
            return "drop"  # "a crowd gathered around the cordoned-off street": onlookers, no demonstration
    if f.etype.acled_sub == "Agreement" and lemma in lex.intent_words:
        return "plover"
    if f.etype.acled_sub == "Agreement" and lemma == "agree":
        meet = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if meet and all(event_lexicon().lemma_kinds.get(c.lemma_.lower()) == "consult" for c in meet):
            return "plover"  # "agreed to meet a delegation": a meeting to come, no agreement (PLOVER CONSULT)
        if _one_person_gave_way(tok):
            # "Milosevic agreed on Monday night that the fate of Brcko should be settled by arbitration": one
            # negotiator's concession, no agreement between parties (PLOVER CONCEDE)
            return "plover"
    if f.trigger.kind == "agree" and lemma == "sign" and _signed_no_agreement(tok, obj, lex.signed_documents):
        return "drop"  # "banners signed by the cartel", "signed a decree": no parties agreed on anything
    participle = tok.tag_ == "VBG" and not any(c.dep_ == "aux" for c in tok.children)
    if f.trigger.kind in ("mobilize", "change") and tok.dep_ in ("acl", "ccomp") and participle:
        return "drop"  # "struck reinforcements massing near the town": who was struck, not a deployment told
    if _charged_with(tok, lex.charge_words):
        return "weak"  # "arrested on suspicion of throwing petrol bombs": the charge names an event, it tells none
    if f.trigger.kind == "protest" and disguise(tok):
        return "drop"  # "attackers posing as demonstrators": a disguise, no demonstration
    if f.trigger.kind == "protest" and scene_of_violence(tok):
        return "drop"  # "a bomber blew himself up at a rally", "killed people who had gathered": the attack's scene
    if lemma == "collapse" and f.etype.non_acled is not None:
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in lex.structure_nouns:
            return "drop"
    if f.etype.plover == "AID" and f.etype.acled_type is None and f.trigger.kind == "aid" and tok.pos_ == "VERB":
        things = [obj] if obj is not None else []
        things += [c for t in things for c in t.children if c.dep_ in ("compound", "amod", "conj")]
        if not any(t.lemma_.lower() in lex.aid_nouns or t.like_num for t in things):
            return "drop"
    return None


_WARS = word_lists("reportability.json").words("war_nouns")


_GROUP_NOUNS = word_lists("reportability.json").words("group_nouns")


def _described_now(tok: Any) -> bool:
    """ "Police had detained 20 leaders of the alliance that is leading the protests": an event noun in a relative
    clause in the present, in a sentence told in the past, says what someone is doing, to describe them; the
    sentence's act is another. So does a participle on a group's noun set in apposition to a name, with no time of its
    own ("Frelimo, the guerrilla movement fighting in Mozambique, said ...")."""
    if (
        tok.tag_ == "VBG"
        and tok.dep_ == "acl"
        and (noun_entry(tok.head) is not None or tok.head.lemma_.lower() in _GROUP_NOUNS)
        and tok.head.dep_ == "appos"  # a description set beside the name, not "officers firing on the crowd"
        and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)
    ):
        return True
    t = tok
    for _ in range(4):
        if t.dep_ == "relcl":
            break
        if t.head.i == t.i or t.dep_ not in ("dobj", "pobj", "prep"):
            return False
        t = t.head
    else:
        return False
    if t.dep_ != "relcl" or tok.pos_ != "NOUN":
        return False
    # the present ("leads", "is leading"), not the perfect ("civilians who have taken part in demonstrations")
    present = t.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" and c.tag_ in ("VBZ", "VBP") for c in t.children
    )
    root = t.sent.root
    return present and root.tag_ in ("VBD", "VBN") and not any(c.lower_ in ("where", "when") for c in t.children)


_FALSE = re.compile(r"^(?:false|untrue|unfounded|baseless|groundless|fabricated|hoax|incorrect|wrong)$")


def _proved_false(tok: Any) -> bool:
    """ "A report that a student had been beaten to death that night ... now appears to have been false": the act a
    report, rumour or claim tells, when the sentence says the report was false, did not happen."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("acl", "ccomp") and _HEARSAY.match(t.head.lemma_.lower()):
            noun = t.head
            verb = noun.head
            if noun.dep_ not in ("nsubj", "nsubjpass") or verb.i == noun.i:
                return False
            rest = [w for w in verb.subtree if not noun.left_edge.i <= w.i <= noun.right_edge.i]
            return any(_FALSE.match(w.lower_) for w in rest)
        t = t.head
    return False


_HEARSAY = re.compile(r"^(?:report|rumou?r|claim|story|allegation|account)$")


def _died_of(tok: Any) -> bool:
    """Is ``tok`` an event noun told as what people died of or were hurt in ("had died from the blast", "were killed
    in the attack")?"""
    prep = tok.head
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and prep.lower_ in ("from", "in", "of")
        and prep.head.lemma_.lower() in _HARM_VERBS
    )


def _for_weeks(tok: Any) -> bool:
    """ "Security forces who had blockaded and raided villages for weeks": acts a verb tells over weeks, months or
    years ("for weeks", "for two months") are a series of many days, not one event."""
    verb = first_conjunct(tok)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in _LONG_UNITS for g in c.children)
        for c in (*tok.children, *verb.children)
    )


_LONG_UNITS = reportability().long_periods | {"year"}


def _kept_up(tok: Any) -> bool:
    """ "Maoist cadres had continued to extort money and abduct people during the ceasefire": acts said to have gone on
    over a period (after "continue to", "keep", with "during" or "throughout" it) are a series, not one event."""
    tok = first_conjunct(tok)
    if tok.dep_ not in ("xcomp", "advcl") or tok.head.lemma_.lower() not in ("continue", "keep", "go"):
        return False
    words = [*tok.head.children, *tok.subtree]
    return any(c.dep_ == "prep" and c.lower_ in ("during", "throughout") for c in words)


def _went_on(tok: Any) -> bool:
    """Is the verb in the perfect progressive ("had been fighting", "have been fighting"): going on over a time?"""
    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return tok.tag_ == "VBG" and "been" in auxes and any(a in ("had", "has", "have", "'d", "'ve") for a in auxes)


_WHOLE_WARS = word_lists("reportability.json").words("whole_war_nouns")


def _war_total(tok: Any) -> bool:
    """ "The war, which erupted in April, has killed tens of thousands": a war, an insurgency or the violence as the
    subject of a perfect of harm tells its running total, not one event (ACLED: cumulative figures are no event)."""
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.lemma_.lower() in _WARS:
        tok = tok.head  # "The fighting, now in its second week, has killed hundreds": the noun names the war too
    if tok.pos_ == "VERB" and tok.dep_ == "relcl" and tok.head.lemma_.lower() in _WHOLE_WARS:
        return True  # "ending a decade-long insurgency that killed more than 13,000 people": a war's whole toll
    if (
        tok.pos_ == "VERB"
        and event_lexicon().lemma_kinds.get(tok.lemma_.lower()) == "attack"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _WHOLE_WARS for c in tok.children)
    ):
        return True  # "The 1998-2000 border war with Ethiopia killed some 70,000 people": the same, told as its subject
    if tok.pos_ != "VERB" or not present_perfect(tok):
        return False
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() in _WARS:
        return True  # "a war that has killed tens of thousands": the relative pronoun stands for the war
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _WARS for c in tok.children)


def _campaign_described(tok: Any) -> bool:
    """ "a member of the U.S.-led coalition carrying out air strikes against Islamic State": a plural event noun that
    a present participle describing someone takes as its object names what they do over time, not one act; so does
    "the fight against" someone that a role is "in"."""
    verb = tok.head
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "of", "to")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)
    ):
        return True  # "a key partner in the fight against Islamist insurgents": a campaign, not one act
    return (
        tok.tag_ == "NNS"
        and tok.dep_ == "dobj"
        and verb.tag_ == "VBG"
        and verb.dep_ == "acl"
        and not any(c.dep_ == "nummod" for c in tok.children)
    )


def _war_waged(tok: Any) -> bool:
    """ "the two leaders fought a civil war from 2013 to 2018", "the group has waged an insurgency since 2009": the
    war as a whole is the object, which is no event ACLED codes for a day and a place."""
    return (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in ("fight", "wage")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _WARS for c in tok.children)
    )


_COUNTED = word_lists("reportability.json").words("counted_verbs")
_MAGNITUDES = word_lists("reportability.json").words("magnitudes")


def _counted_over_time(tok: Any) -> bool:
    """ "Doctors say hundreds of people have been killed in the city", "tens of thousands have fled": a harm or a
    flight counted in hundreds or thousands in the present perfect, with no time of its own, sums up a period; no
    one event has that toll."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _COUNTED or not present_perfect(tok):
        return False
    counted = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
    return any(w.lower_ in _MAGNITUDES for c in counted for w in c.subtree)


def _fight_told(tok: Any) -> bool:
    """Does the verb's sentence tell fighting ("seized the airfield after a sharp fight")?"""
    kinds = event_lexicon().lemma_kinds
    return any(kinds.get(t.lemma_.lower()) in ("clash", "attack", "shell", "air") for t in tok.sent if t.i != tok.i)


def _building_held(obj: Any, structures: frozenset[str]) -> bool:
    """What was retaken is buildings ("control of the buildings", "the building"), not a place of territory."""
    held = next((g for p in obj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
    if obj.lemma_.lower() == "control" and held is None:
        # "gunmen stormed the studio ... before police regained control": control of the scene the sentence told,
        # the building an act of its own sentence was done to
        done_to = [t for t in obj.sent if t.i < obj.i and t.dep_ == "dobj" and t.head.pos_ == "VERB"]
        return any(t.lower_ in structures or t.lemma_.lower() in structures for t in done_to)
    held = held if obj.lemma_.lower() == "control" and held is not None else obj
    return held.lower_ in structures or held.lemma_.lower() in structures


def _things(obj: Any, things: frozenset[str]) -> bool:
    """What was taken is things: the object, or what a quantity of it counts ("large quantities of weapons")."""
    if obj.lower_ in things:
        return True
    counted = obj.lemma_.lower() in ("quantity", "number", "amount", "cache", "stock", "haul", "lot", "stockpile")
    return counted and any(t.lower_ in things for t in obj.subtree)


def _signed_no_agreement(tok: Any, obj: Any, documents: frozenset[str]) -> bool:
    """What was signed is named, and it is no agreement (a passive joined to another verb takes that verb's
    subject: "banners left at the scene were signed by the cartel")."""
    if obj is None and any(c.dep_ == "auxpass" for c in tok.children):
        # the parser may hang "banners left at the scene" on the passive as a clause of its own
        clause = tok.head if tok.dep_ == "conj" else next((c for c in tok.children if c.dep_ == "csubjpass"), None)
        if clause is not None:
            obj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.lemma_.lower() in documents for c in obj.subtree)


def _one_person_gave_way(tok: Any) -> bool:
    """ "agree" with one named person as its subject, a "that" clause as what was agreed, and no one agreed with."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].ent_type_ != "PERSON":
        return False
    if any(c.dep_ == "conj" for c in subjects[0].children):
        return False  # ("Arafat and Rabin agreed that ...")
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False  # ("agreed with the rebels that ...")
    return any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in tok.children
    )


def _charged_with(tok: Any, charges: frozenset[str]) -> bool:
    """The trigger names what someone is charged with, suspected or convicted of: the object of "of", "with" or
    "for" after a charge word ("on suspicion of throwing", "charged with murder", "jailed for the attack")."""
    node = tok.head if tok.dep_ in ("dobj", "compound") and tok.head.tag_ == "VBG" else tok  # "throwing bombs"
    node = first_conjunct(node)  # "on suspicion of riotous assembly and throwing petrol bombs"
    if node.dep_ in ("dobj", "compound") and node.head.tag_ == "VBG":
        node = node.head  # ("causing serious injury and kidnapping": the conjunct's gerund)
    doc = node.doc
    listed = node.tag_ == "VBG" and node.dep_ == "advcl" and node.i >= 2 and doc[node.i - 1].text == ","
    if listed and doc[node.i - 2].dep_ == "pobj":
        # "found Fujimori guilty of murder, causing serious injury and kidnapping": the list of charges, its gerund
        # hung on the main verb by the parser, goes on from the charge before the comma
        node = first_conjunct(doc[node.i - 2])
    if node.dep_ == "acl" and node.tag_ == "VBG":
        return node.head.lower_ in charges or node.head.lemma_.lower() in charges  # parsed onto "suspicion"
    if node.dep_ == "pcomp" or node.dep_ == "pobj":
        prep = node.head
    elif node.dep_ == "compound" and node.head.dep_ == "pobj":
        prep = node.head.head
    else:
        return False
    if prep.dep_ != "prep" or prep.lower_ not in ("of", "with", "for", "including"):
        return False  # "convicted him on 11 counts, including murder and rape": what the counts charge
    charging = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "accused the army, which ..., of bombing"
    heads = {prep.head, charging}
    if prep.head.dep_ == "pobj" and prep.head.head.dep_ == "prep":
        heads.add(prep.head.head.head)  # "sentenced them to life imprisonment for murder"
    return any(w.lower_ in charges or w.lemma_.lower() in charges for w in heads)


def _speaker_as_actor(f: Frame, tok: Any) -> bool:
    """Is the mention's actor only the one who reports it (the speaker of "X said", the source of "according to
    X")? Not when the trigger's own clause names it as the doer ("police said they shot two robbers")."""
    a = f.actor1
    if a is None or not a.text or f.source is None:
        return False
    actor, source = _squeezed(a.text), _squeezed(f.source)  # "Iraq's" as written, "Iraq 's" as tokens joined
    agent = _squeezed(f.agent_text or "")
    if not (actor in source or source in actor or (agent and agent == source)):
        return False  # (the agent is the speaker's pronoun, "..., he said", resolved to the spokesman's name)
    actor = agent if agent == source else actor
    verb = verb_of(tok)
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    if (named := doer_named(tok)) is not None:
        doers.append(named)  # "a boy was killed when police fired ..., police said": the clause names the police
    own = _squeezed(" ".join(w.text for d in doers for w in d.subtree))
    return not own or not (actor in own or own in actor or _pronoun_subject(doers))


def _struck(f: Frame) -> bool:
    """Is the mention's actor named among those its act struck ("shot dead two police officers")?"""
    actor = (f.actor1.text or "") if f.actor1 is not None else ""
    if len(actor) < 3 or actor.lower() in PRONOUNS:
        return False
    named = re.compile(r"\b" + re.escape(actor) + r"\b", re.IGNORECASE)
    return any(named.search(p) for p in f.patient_text)


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _pronoun_subject(doers: list[Any]) -> bool:
    return any(d.pos_ == "PRON" and d.lower_ in ("they", "he", "she", "it", "we") for d in doers)


def _intercepted(tok: Any) -> bool:
    """Is the weapon noun the object of a verb of interception ("intercepted a surface-to-surface missile")?"""
    head = tok.head
    lex = event_lexicon()
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = head.lemma_.lower()
    # "the devices had been made safe": a phrase of disruption ("make safe", "render safe") told by its verb and a
    # word of it
    phrased = any(((verb, c.lemma_.lower()), "disrupt") in lex.phrases.get(verb, []) for c in head.children)
    return lex.lemma_kinds.get(verb) == "disrupt" or phrased


def _crowd_told_only_here(f: Frame, frames: list[Frame]) -> bool:
    """Does the sentence of ``f`` (riot-control gear used) name a crowd that no demonstration or riot mention of the
    sentence tells?"""
    if not event_lexicon().context["gathering"].search(f.sent_text.lower()):
        return False
    return not any(
        g.sentence == f.sentence and g.etype.acled_type in ("Protests", "Riots")
        for g in frames
        if g.trigger.i != f.trigger.i  # not itself, nor its copy at another town of a list
    )


def _civil_measure(f: Frame, tok: Any) -> bool:
    """ "The university suspended classes and deployed extra security", "a warship rescued 21 sailors": what a
    civilian institution does on its own ground, and rescues, are no strategic development of a conflict actor
    (ACLED Codebook 2023, Strategic developments). Violence and demonstrations are never dropped here."""
    if f.etype.acled_type not in (None, "Strategic developments") or f.etype.acled_sub in ("Arrests", "Agreement"):
        return False
    if tok.lemma_.lower() == "rescue":
        return True
    words = (f.agent_text or "").lower().split()
    return bool(words) and words[-1] in reportability().civil_bodies


def _past_year_only(f: Frame, published: date | None) -> bool:
    """ "Marawi was largely destroyed in 2017", "fighting began in 2017": an event its own sentence dates only by a
    year before the last one is history told in passing (ACLED Codebook 2023: an event is coded with a time
    precision of a day, a week or a month). Last year's ("in 2022, activists established a checkpoint", told in
    2023) is the recent background the story stands on, and is kept."""
    day, precision, _ = f.date
    past = published is not None and day is not None and day.year < published.year - 1
    return f.own_time and precision == "year" and past


def _drop(f: Frame, why: str) -> None:
    f.decision = "dropped"
    f.reason = why


def limit_statements(frames: list[Frame], heads: list[int], order: list[int]) -> None:
    """In a whole article, keep as verbal events (statements, demands, diplomatic acts without an ACLED type) only
    the principal ones: by a political actor (a state, an armed or political group, an international body), at most
    :data:`MAX_STATEMENTS`, in salience order. Quotes, reactions and asides of anyone else are the article's
    colour, not events a coder records. ``heads`` are the event heads, ``order`` their salience order."""
    kept = 0
    principal = frames[heads[order[0]]] if order else None
    top = principal.location if principal is not None else None
    home = top.country if top is not None else None  # where the article's principal event happened
    sides = {home} | {a.country for a in (principal.actor1, principal.actor2) if a is not None} if principal else set()
    for r in order:
        f = frames[heads[r]]
        if f.etype.non_acled == "Diplomatic event" and not _international(f, home):
            # "the court suspended the governor", "the government defended its use of force": a state's acts at
            # home are PLOVER events, no diplomacy (relations between states and international bodies)
            f.etype = replace(f.etype, non_acled=None)
        visit = f.placed_here() and f.location is not None and f.location.country in sides
        if f.etype.non_acled == "Diplomatic event" and _third_party(f.actor1, sides) and not visit:
            # "the UN chief urged the Security Council", "a foreign minister telephoned his counterpart": the
            # diplomacy of those outside the conflict is its commentary (PLOVER keeps it; a coder of the conflict
            # does not, ACLED Codebook 2023: events are those of the actors of political violence and
            # demonstrations); a visit to the conflict's country ("Chad's president flew to Niamey") is an act there
            f.etype = replace(f.etype, non_acled=None)
        if f.etype.acled_type is not None or f.etype.non_acled not in (None, "Diplomatic event"):
            continue
        if f.etype.plover not in _SAYING:
            continue  # a material act (coercion, sanctions, aid delivered) is not a statement
        political = f.actor1 is not None and (f.actor1.acled_inter in _ORGANISED or f.actor1.sector in _POLITICAL)
        if political and kept < MAX_STATEMENTS:
            kept += 1
            continue
        f.decision = "dropped"
        f.reason = "statement: not by a political actor" if not political else "statement: beyond the principal ones"


def _third_party(actor: Actor | None, sides: set[str | None]) -> bool:
    """An international body, or a state that is neither where the article's principal event happened nor one of
    its sides."""
    if actor is None:
        return False
    return actor.sector == "IGO" or (actor.country is not None and None not in sides and actor.country not in sides)


def _international(f: Frame, home: str | None) -> bool:
    """Does the act involve more than one state or an international body: its sides, the country where it is placed,
    the countries its sentence names and the country of the article's principal event ("Chad's president flew to
    Niamey", "the bloc closed its borders with Niger", "the U.S. welcomed the deal" in an article about Ethiopia)?"""
    sides = [a for a in (f.actor1, f.actor2) if a is not None]
    if any(a.sector == "IGO" for a in sides):
        return True
    states = {a.country for a in sides if a.country} | ({home} if home else set())
    if f.location is not None and f.location.country:
        states.add(f.location.country)
    words = re.findall(r"[A-Za-z][A-Za-z.'-]*", f.sent_text)
    names = country_words()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            name = " ".join(words[i : i + n])
            if name[0].isupper() and name.lower() in names:  # a name is capitalised: "US", not "told us"
                states.add(names[name.lower()])
    return len(states) > 1


_SAYING = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "CONSULT", "CONCEDE", "AGREE", "COOPERATE"})
_POLITICAL = frozenset({"GOV", "MIL", "COP", "REB", "INS", "OPP", "PTY", "IGO", "JUD", "LEG", "PKO"})
