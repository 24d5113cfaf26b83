"""Does a trigger, read in its parse, tell an occurrence? The syntactic tests of reportability
(:mod:`sitroom.extract.reportable`): a habitual or class statement (generic), the war named as a whole
(abstract), an event referred to under a verb of judgement or speech (referential), a definite description of one
already told (anaphoric), a toll, a modifier, a negative subject, a "since" clause, a present-tense state; and who
reports it (its source).

The word lists are in ``data/reportability.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sitroom.extract.actor_syntax import died_to_death, doer_in_clause, gapped_passive, participle_before_count
from sitroom.extract.dates import SUPERLATIVE_BEFORE
from sitroom.extract.events import VIOLENT_KINDS, claimed_new, gerund_on_people
from sitroom.extract.lexicons import event_lexicon, load_data, reporting_verbs, word_lists, word_pattern
from sitroom.model import Frame
from sitroom.nlp import first_conjunct

__all__ = [
    "Reportability",
    "abstract",
    "addressed",
    "anaphoric",
    "benchmark",
    "carried",
    "casualty_report",
    "continues",
    "counted_period",
    "course_of",
    "described",
    "disguise",
    "generic",
    "habitual_present",
    "history",
    "hit_by_a_thing",
    "modifier",
    "nationwide",
    "no_one",
    "only_possible",
    "opened_by_when",
    "passive",
    "present_perfect",
    "referential",
    "reportability",
    "said_common",
    "scene_of_violence",
    "series",
    "series_course",
    "side_in_war",
    "since_a_date",
    "since_clause",
    "source_of",
    "stative",
    "strong_act",
    "struck_while_there",
    "toll_only",
    "verb_of",
]


@dataclass(frozen=True)
class Reportability:
    habitual: re.Pattern[str]
    same_form_verbs: frozenset[str]
    historical: re.Pattern[str]
    series_modifiers: frozenset[str]
    frequency_predicates: frozenset[str]
    trend_verbs: frozenset[str]
    vague_periods: re.Pattern[str]
    experiential_adverbs: frozenset[str]
    nationwide: re.Pattern[str]
    cumulative: re.Pattern[str]
    abstract_nouns: frozenset[str]
    eventive_heads: frozenset[str]
    referring_verbs: frozenset[str]
    referring_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    toll_nouns: frozenset[str]
    territory_nouns: frozenset[str]
    things_taken: frozenset[str]  # weapons, drones, goods: taken, they change no territory
    structure_nouns: frozenset[str]
    intent_words: frozenset[str]
    signed_documents: frozenset[str]  # what makes a signing an agreement: a deal, an accord, a truce
    charge_words: frozenset[str]  # "arrested on suspicion of", "charged with": the act named is the charge
    aid_nouns: frozenset[str]
    gathering_purposes: frozenset[str]
    hypothetical_nouns: frozenset[str]
    conflict_scene: re.Pattern[str]
    political_figures: re.Pattern[str]
    civil_bodies: frozenset[str]  # a university, a hospital, a company: its own measures are no conflict act
    place_roles: frozenset[str]  # "a centre of protests", "the scene of fighting": what a place is known for
    act_nouns: frozenset[str]  # "the strike hit a car": a noun naming the act, as a subject, is no doer
    series_periods: frozenset[str]  # "two nights of protests": a counted period of events is a series
    long_periods: frozenset[str]  # "a weekend of clashes": a period of several days, even one of them


@lru_cache(maxsize=1)
def reportability() -> Reportability:
    raw = word_lists("reportability.json")
    return Reportability(
        word_pattern(raw.ordered("habitual")),
        raw.words("same_form_verbs"),
        word_pattern(raw.ordered("historical_spans")),
        raw.words("series_modifiers"),
        raw.words("frequency_predicates"),
        raw.words("trend_verbs"),
        word_pattern(raw.ordered("vague_periods")),
        raw.words("experiential_adverbs"),
        word_pattern(raw.ordered("nationwide_spans")),
        word_pattern(raw.ordered("cumulative")),
        raw.words("abstract_nouns"),
        raw.words("eventive_heads"),
        raw.words("referring_verbs"),
        raw.words("referring_nouns"),
        reporting_verbs("source"),
        raw.words("toll_nouns"),
        raw.words("territory_nouns"),
        raw.words("things_taken") | frozenset(load_data("event_lexicon.json")["context"]["seized_goods"]),
        raw.words("structure_nouns"),
        raw.words("intent_words"),
        raw.words("signed_documents"),
        raw.words("charge_words"),
        raw.words("aid_nouns"),
        raw.words("gathering_purposes"),
        raw.words("hypothetical_nouns"),
        word_pattern(raw.ordered("conflict_scene")),
        word_pattern(raw.ordered("political_figures")),
        raw.words("civil_bodies"),
        raw.words("place_roles"),
        raw.words("act_nouns"),
        raw.words("series_periods"),
        raw.words("long_periods"),
    )


def verb_of(tok: Any) -> Any:
    """The verb that carries a nominal trigger ("launched an attack"), else the trigger."""
    if (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
        and tok.head.pos_
        in (
            "VERB",
            "AUX",
        )
    ):
        return tok.head
    return tok


def generic(tok: Any) -> bool:
    """A habitual or class statement: a frequency adverb with a present-tense (or bare) verb."""
    lex = reportability()
    sent = tok.sent
    verb = verb_of(tok)
    if _class_subject(verb) or _every_time(verb) or _jailed_times(verb):
        return True
    if not lex.habitual.search(sent.text.lower()):
        return False
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    past = bool(tags & {"VBD", "VBN"}) and not tags & {"VBP", "VBZ"}
    return not past or _simple_present(verb)  # "militants sometimes lay mines": the present of "lay"


_QUANTIFIERS = word_lists("reportability.json").words("quantifiers")
_RECURRING = word_lists("time_words.json").words("recurring_times")


def _every_time(verb: Any) -> bool:
    """ "Every spring the union camped in the square", "barricades went up every night": "every" with a time on the
    verb (or on the first verb it is joined to) tells a habit, past or present, not one occurrence."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return any(
        c.dep_ in ("npadvmod", "advmod", "dobj")
        and c.lemma_.lower() in _RECURRING
        and any(d.dep_ == "det" and d.lower_ == "every" for d in c.children)
        for c in verb.children
    )


def _jailed_times(verb: Any) -> bool:
    """ "was jailed several times by the Somoza governments", "had been arrested many times": arrests counted vaguely
    in times are many arrests over the years, not one (a man "shot several times" was shot once, in one attack)."""
    if event_lexicon().lemma_kinds.get(verb.lemma_.lower()) != "arrest":
        return False
    vague = reportability().series_modifiers | {"several", "many"}
    return any(d.dep_ == "amod" and d.lower_ in vague for d in times_counted(verb))


def times_counted(verb: Any) -> list[Any]:
    """The words that count the times a verb's act was done ("several" of "arrested several times", "three" of
    "clashed three times"): the modifiers of its "times"."""
    return [d for c in verb.children if c.dep_ == "npadvmod" and c.lower_ == "times" for d in c.children]


def _class_subject(verb: Any) -> bool:
    """ "Most have hit the tribal regions", "many are planted on roads": a bare quantifier as the subject of a
    present or present perfect verb speaks of a class of acts (the earlier strikes), not of one."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in _QUANTIFIERS or any(c.dep_ == "prep" for c in subj.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def abstract(tok: Any) -> bool:
    """The war, a campaign or "the fighting" named as a whole, not an occurrence: a noun whose verb is not one of
    happening or harm ("the war has deep roots", "the campaign has resulted in")."""
    lex = reportability()
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in lex.abstract_nouns:
        return False
    if _definite(tok):
        return True  # "the unrest began after ...", "the war has killed": the one already going on, referred to
    if _hours_of(tok):
        return False  # "after several hours of fighting at his residence": fighting of one day, an occurrence
    if _witnessed(tok):
        return False  # "heavy fighting was reported on Friday in Sibiu": witnessed as it happened
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and head.lemma_.lower() in lex.eventive_heads:
        return False
    turned = tok.dep_ == "pobj" and head.lower_ == "into" and head.head.lemma_.lower() in TURNING_VERBS
    if turned and tok.lemma_.lower() not in _WHOLE_WARS:  # (not "the dispute turned into a war this spring")
        return False  # "their funeral on Friday turned into street fighting": what it became, an occurrence
    return not (tok.dep_ == "dobj" and head.lemma_.lower() in ("launch", "begin", "start", "mount", "wage", "resume"))


_SHOTS = word_lists("event_frames.json").words("shots_of_one_attack")
TURNING_VERBS = word_lists("reportability.json").words("turning_verbs")


_PERFORMING = word_lists("modality.json").words("performing_verbs")


_CLAIM_MESSAGES = word_lists("reportability.json").words("claim_messages")


def _claimed_as_done(noun: Any) -> bool:
    """ "A group said on an Islamist website that it had carried out the attacks": a definite event noun that a
    speaker says it carried out is a claim of responsibility for the events told (ACLED names the claimant as their
    perpetrator), no new one."""
    verb = noun.head
    if noun.dep_ != "dobj" or not _definite(noun) or verb.lemma_.lower() not in _PERFORMING:
        return False
    said = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in reportability().speech_verbs
    # "said in a statement issued in Beirut that it had carried out the bombing": the statement's content clause
    issued = (
        verb.dep_ == "acl"
        and verb.head.lemma_.lower() in _CLAIM_MESSAGES
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    )
    if not (said or issued):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


def _counter_claim(verb: Any) -> bool:
    """ "denied that his forces were responsible and suggested that government troops had shelled their own people":
    who denies an act and says another did it tells the act denied, told elsewhere, as done by another: a claim of
    who did it, no new act."""
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp":
        return False
    saying = verb.head
    return (
        saying.dep_ == "conj"
        and saying.head.lemma_.lower() == "deny"
        and saying.lemma_.lower() in reportability().speech_verbs
    )


def _asks_who(verb: Any) -> bool:
    """ "have not said who fired the fatal shots", "it was unclear who started the fighting": an indirect question on
    the doer of an act named with the definite article is asked of an act told elsewhere, not told anew."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("ccomp", "xcomp"):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children):
        return False
    kinds = event_lexicon().lemma_kinds
    return any(
        c.dep_ == "dobj" and _definite(c) and (c.lemma_.lower() in _SHOTS or c.lemma_.lower() in kinds)
        for c in verb.children
    )


def _set_off(verb: Any) -> bool:
    """ "Hani's murder set off days of unrest": "set off" as a verb of what an event led to."""
    return verb.lemma_.lower() == "set" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _hours_of(tok: Any) -> bool:
    """ "several hours of fighting", "90 minutes of clashes": an event noun counted in the hours it lasted."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    period = tok.head.head
    return period.lemma_.lower() in ("hour", "minute") and period.tag_ == "NNS"


def _ranked(copula: Any) -> bool:
    """Does the copula's predicate rank its subject by an ordinal or a superlative ("is the third attack this year",
    "was the deadliest bombing since 1998", "is the latest in a series")?"""
    for attr in (c for c in copula.children if c.dep_ == "attr"):
        if any(m.dep_ == "amod" and (m.ent_type_ == "ORDINAL" or m.tag_ == "JJS") for m in attr.children):
            return True
    return False


def referential(tok: Any) -> bool:
    """An event noun that a verb of judgement or speech takes as its object ("condemned the strike", "called the
    attack terrorism", "investigating the bombing"): it refers to an event reported elsewhere."""
    lex = reportability()
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and _news_of(tok):
        return True  # "the first official word on fighting that travellers have described": the news of it
    if _asks_who(tok):
        return True  # "police have not said who fired the fatal shots": who did an act told elsewhere
    if _counter_claim(tok):
        return True  # "denied that his forces were responsible and suggested that government troops had shelled"
    if tok.pos_ not in ("NOUN", "PROPN") or claimed_new(tok) or _witnessed(tok):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("over", "for", "with") and _judged(tok.head.head):
        return True  # "arrested 12 people in connection with Saturday's attack", "charged over the bombing"
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "over", "for", "behind")
        and tok.head.head.lemma_.lower() in ("suspect", "culprit", "perpetrator", "mastermind", "accomplice")
    ):
        return True  # "two suspects in the bombing", "the masterminds behind the attack": it refers to the event
    if (
        tok.dep_ in ("appos", "nmod", "npadvmod")
        and tok.i > 1
        and tok.doc[tok.i - 1].lower_ in ("a", "an")
        and (tok.doc[tok.i - 2].text == ",")
    ):
        return True  # "... rockets slammed into the town, an attack the government blamed on ...": its name
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _COMMANDS and _definite(tok):
        return True  # "said he had ordered the invasion": the act commanded, told elsewhere (not "ordered a ceasefire")
    if tok.tag_ == "NNS" and any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in tok.children):
        return True  # "admitted carrying out both attacks": the two events the article has told
    if tok.dep_ == "pobj" and tok.head.lower_ == "behind" and _definite(tok):
        return True  # "who was behind the killing": who is to answer for an event told elsewhere
    if tok.dep_ == "pobj" and tok.head.lower_ in ("over", "at", "about") and _felt_about(tok.head.head):
        return True  # "faced growing anger over the killing of rice farmers": what people feel about an event
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() == "responsible":
        return True  # "to hunt down those responsible for the killing of four contractors": who is to answer for it
    if _claimed_as_done(tok):
        return True  # "a group said on a website that it had carried out the attacks": a claim of the attacks told
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and _ranked(tok.head):
        return True  # "Schleyer's kidnapping is the third attack this year on ...": an event told, ranked among others
    if tok.dep_ == "dobj" and tok.tag_ == "NNS" and _dated_name(tok) and tok.head.dep_ == "relcl":
        # "the leaders of the cell that carried out the March 11 attacks": the attacks, named by their day, say
        # who the cell is; they are told elsewhere
        return True
    if (
        tok.dep_ == "attr"
        and tok.head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in tok.head.children)
    ):
        return True  # "It was the first protest in the capital since ...": said of the event told before
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and _definite(tok):
        return True  # "the attack was reprehensible", "the bombing was the second this year": said of it
    if tok.dep_ == "nsubj" and tok.head.lemma_ in ("come", "follow") and _definite(tok) and not _came_at(tok.head):
        return True  # "the bombing came two days after ...": placed in time against another event, told before
    named = _definite(tok) or any(c.dep_ == "poss" for c in tok.children)  # "Hani's murder"
    if tok.dep_ == "nsubj" and named and (tok.head.lemma_.lower() in _REACTIONS or _set_off(tok.head)):
        # "the killing of an American drew a quick response", "Hani's murder set off days of unrest": what followed
        # an event told before
        return True
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SHOWING and _definite(tok):
        return True  # "the capture proved that the United States was waging war": what an event told before shows
    if tok.dep_ == "pobj" and _news_of(tok):
        return True  # "reports of killings", "footage of the strike", "an inquiry into ..."
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in _ATTRIBUTED
        and tok.head.head.dep_ == "attr"
    ):
        return True  # "said any casualties were the result of Iranian shelling": a cause named, not an act told
    t = tok
    for _ in range(5):
        head = t.head
        if head.i == t.i:
            return False
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in lex.referring_verbs:
            if t.dep_ == "prep" and t.lower_ in ("after", "before", "following") and _hours_of(tok):
                return False  # "after several hours of fighting they announced ...": what came first, not what was said
            # "was shocked by the attacks": the agent of a verb of feeling names what was felt about
            return t.dep_ in ("dobj", "pobj", "nsubjpass", "oprd", "attr", "prep", "agent")
        if head.pos_ == "VERB" and t is not tok and t.dep_ == "dobj" and _judged(head):
            return True  # "accused the opposition's forces of colluding ... in the attack": what they are blamed for
        if t.dep_ in ("pobj", "prep", "dobj", "compound", "amod", "conj", "agent", "pcomp"):
            t = head  # "accused the opposition's forces of colluding with a militia in the attack": through the gerund
            continue
        return False
    return False


_WITNESSING = word_lists("reportability.json").words("witnessing_verbs")


def _dated_name(noun: Any) -> bool:
    """ "the March 11 attacks", "the Sept. 11 attacks": a definite event noun named by its date."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
        c.dep_ in ("nmod", "compound") and c.ent_type_ == "DATE" for c in noun.children
    )


def _came_at(verb: Any) -> bool:
    """ "The first attack came on Saturday afternoon, when a man fired ...": "came" told at a time of its own and
    placed against no other event (no "after", "before", "amid" or "as") tells when that event happened."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if verb.lemma_ != "come" or any(p.lower_ not in ("on", "at", "in") for p in preps):
        return False
    if any(t.lower_ == "of" for p in preps for t in p.subtree):
        return False  # "came on the sixth day of the offensive": a time counted in another event
    return any(t.ent_type_ in ("DATE", "TIME") for p in preps for t in p.subtree)


def _news_of(tok: Any) -> bool:
    """An event word in an "of", "about", "on" or "into" phrase of a noun of news or inquiry ("reports of killings",
    "word on fighting", "an inquiry into the shooting")."""
    return tok.head.lower_ in ("of", "about", "on", "into") and tok.head.head.lower_ in reportability().referring_nouns


def _witnessed(tok: Any) -> bool:
    """An indefinite event noun reported or heard as it happened, at a time the clause tells: the passive subject or
    the object of a verb of witnessing ("heavy fighting was reported on Friday in Sibiu", "residents heard shooting
    overnight"; not "reported the attack", nor "clashes were reported" with no time, which may sum up many)."""
    return (
        tok.dep_ in ("nsubjpass", "dobj")
        and tok.head.lemma_.lower() in _WITNESSING
        and any(t.ent_type_ in ("DATE", "TIME") for t in tok.head.subtree)
        and not _definite(tok)
        and not any(c.dep_ == "poss" for c in tok.children)
    )


_JUDGING = word_lists("reportability.json").words("judging_words")
_FEELINGS = word_lists("reportability.json").words("feeling_nouns")
_ATTRIBUTED = word_lists("reportability.json").words("attributed_nouns")
_COMMANDS = word_lists("reportability.json").words("command_verbs")
_REACTIONS = word_lists("event_frames.json").words("reaction_verbs")
_SHOWING = word_lists("event_frames.json").words("showing_verbs")


def _felt_about(head: Any) -> bool:
    """Is ``head`` a noun of feeling ("outrage at"), or a verb whose object is one ("faced growing anger over")?"""
    if head.lemma_.lower() in _FEELINGS:
        return True
    return head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _FEELINGS for c in head.children)


def _judged(head: Any) -> bool:
    """A verb (or "in connection with") by which someone is held to account for an event named after it."""
    return head.lemma_.lower() in _JUDGING or event_lexicon().lemma_kinds.get(head.lemma_.lower()) == "accuse"


def toll_only(tok: Any) -> bool:
    """A trigger that is the toll itself ("the death toll", "casualties"), or an event named only as what a toll
    counts ("the death toll from the bombing", "victims of the attack"): not an act told here."""
    nouns = reportability().toll_nouns
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.lower_ in nouns:
        return True
    prep = tok.head
    # (of a toll word used as a noun: not the verb of "wounded seven others, as a peaceful march ... was coming to an
    # end", the clause parsed as the verb's phrase)
    return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lower_ in nouns and prep.head.pos_ != "VERB"


_DEFINITE = word_lists("reportability.json").words("definite_determiners")


_EVENT_ARGS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _definite(noun: Any) -> bool:
    return (noun.pos_ == "PRON" and noun.lower_ in ("it", "they", "this", "that")) or any(
        c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in noun.children
    )


_GOING_ON = word_lists("reportability.json").words("going_on_verbs")


def continues(tok: Any) -> bool:
    """ "Fighting with soldiers and police continued into the weekend": the subject of a verb of continuing is the
    event already told, going on (its time is how long it lasted, not a new day's event); so is that of a phrasal
    verb of going on ("fighting went on until the deadline", "the siege dragged on")."""
    if tok.dep_ not in ("nsubj", "csubj"):
        return False
    head = tok.head
    if head.lemma_.lower() in _GOING_ON:
        return True
    return head.lemma_.lower() in _GOING_ON_PHRASAL and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)


_GOING_ON_PHRASAL = word_lists("reportability.json").words("going_on_phrasal")


def anaphoric(tok: Any) -> bool:
    """Does the mention refer back to an event already told (a definite description, "the attack", "this
    bombing"; or a verb whose event or weapon noun is definite or a pronoun: "the bomb had been planted", "it
    exploded")? An indefinite one ("a bomb exploded", "another attack") introduces a new event (Heim 1982; the
    familiarity theory of definiteness)."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return _definite(tok) or _part_of_a_crowd(tok)
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "NUM") and _definite(tok.head):
        return True  # "the prisoners killed on Wednesday", "among the 35 killed on Monday": victims already told of
    kinds = event_lexicon().lemma_kinds
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
        verb = verb.head  # "Some smashed windows and set fire to a kiosk": the first verb's subject
    if any(c.dep_ == "nsubj" and c.lower_ in _QUANTIFIERS and c.n_lefts + c.n_rights == 0 for c in verb.children):
        return True  # "Some smashed the building's windows": some of those the text told, in the event told
    for c in tok.children:
        if c.dep_ in _EVENT_ARGS and (
            (c.pos_ == "PRON" and c.lower_ in ("it",)) or (kinds.get(c.lemma_.lower()) is not None and _definite(c))
        ):
            return True
    return False


PARTICIPANT_NOUNS = word_lists("doers.json").words("participant_nouns")  # people named by what a crowd does


def _part_of_a_crowd(tok: Any) -> bool:
    """ "Some marchers wore uniforms", "many protesters carried flags": some of a crowd already told, named by what
    the crowd did, refer to its event; they introduce no new one."""
    return (
        tok.tag_ == "NNS"
        and tok.lemma_.lower() in PARTICIPANT_NOUNS
        and any(c.dep_ in ("det", "amod") and c.lower_ in _QUANTIFIERS for c in tok.children)
    )


def source_of(tok: Any) -> str | None:
    """Who reports the event: the subject of the verb of speech that governs it ("police said"), or the object of
    "according to"."""
    lex = reportability()
    sent = tok.sent
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(tok.doc) and tok.doc[t.i + 1].lower_ == "to":
            obj = [c for c in tok.doc[t.i + 1].children if c.dep_ == "pobj"]
            if obj:
                return " ".join(w.text for w in obj[0].subtree)
    v = verb_of(tok)
    for _ in range(6):
        head = v.head
        if head.i == v.i:
            break
        if head.lemma_.lower() in lex.speech_verbs and v.dep_ in ("ccomp", "parataxis", "advcl", "conj"):
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj and head.dep_ in ("xcomp", "advcl", "conj") and head.head.i != head.i:
                # "the police said adding three were stabbed": the speaker of the verb the participle goes with
                subj = [c for c in head.head.children if c.dep_ == "nsubj"]
            if subj:
                return " ".join(w.text for w in subj[0].subtree)
        v = head
    return None


_LIGHT_ANY = word_lists("reportability.json").words("light_verbs_any")


def _same_sentence(frames: list[Frame], n: int) -> list[Frame]:
    """The frames of frame ``n``'s sentence (frames come in text order, so they are neighbours)."""
    sent = frames[n].sentence
    lo = n
    while lo > 0 and frames[lo - 1].sentence == sent:
        lo -= 1
    hi = n
    while hi + 1 < len(frames) and frames[hi + 1].sentence == sent:
        hi += 1
    return frames[lo : hi + 1]


def carried(tok: Any, frames: list[Frame], n: int) -> bool:
    """Is this trigger a light verb whose object is another mention's trigger ("launched a military operation")?"""
    own = frames[n].trigger.i
    if frames[n].trigger.kind == "disrupt":
        return False  # "the devices had been made safe": the weapon is what the act disrupted, not an event it names
    return (
        any(
            g is not frames[n]
            and tok.doc[g.trigger.i].head.i == own
            and tok.doc[g.trigger.i].dep_ in ("dobj", "attr", "nsubjpass")
            for g in _same_sentence(frames, n)
        )
        and tok.lemma_.lower() in _LIGHT_ANY
    )


def _past_by_its_clause(verb: Any) -> bool:
    """ "police fired on a crowd ... and rioters set fire to buildings", "militants beat journalists and smashed their
    cameras": a verb whose present is written as its past, joined to a past-tense verb, is past whatever the tagger
    says."""
    if verb.lower_ not in reportability().same_form_verbs:
        return False
    if verb.dep_ == "conj" and verb.head.tag_ == "VBD":
        return True
    return any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)


def stative(tok: Any) -> bool:
    """A present-tense verb with no future: "the region is recognized as", "the deal calls for", "both sides
    discuss": a state or an ongoing matter, not an occurrence to code."""
    if tok.pos_ != "VERB" or _past_by_its_clause(tok):
        return False
    tags = {tok.tag_} | {c.tag_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return (bool(tags & {"VBZ", "VBP"}) and not tags & {"VBD", "VBN", "MD"}) or (
        tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
    )


def no_one(tok: Any) -> bool:
    """ "No group has claimed responsibility", "nobody was hurt": a negative subject or object denies the event."""
    verb = verb_of(tok)
    own_object = tok.dep_ == "dobj" and tok.head.i == verb.i  # a second object of its verb is a misparse
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and not (own_object and c.dep_ == "dobj" and c.i != tok.i)
        and (c.lower_ in ("nobody", "none", "noone") or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in verb.children
    )


_FOILED = word_lists("reportability.json").words("foiled_words")


def only_possible(tok: Any) -> bool:
    """An event noun named as what may come ("a veiled threat of confrontation", "fears of an attack"), or a verb
    named as what an intent aims at ("devise a strategy to beat them", "a plot to kill the governor")."""
    nouns = reportability().hypothetical_nouns
    if tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        if tok.dep_ in ("acl", "relcl"):  # "a strategy to beat them" (parsed either way)
            head = tok.head
            foiled = head.lemma_.lower() in ("attempt", "bid") and any(
                c.dep_ == "amod" and c.lower_ in _FOILED for c in head.children
            )  # "the aborted attempt to abduct a magnate": it did not happen
            return head.lemma_.lower() in nouns or foiled
        if tok.dep_ == "advcl":  # "devise strategy to beat them", parsed as a purpose clause
            return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in tok.head.children)
    return (
        tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in nouns
    )


_DECADE = re.compile(r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[0-9]|20)\d0s\b|\bthe\s+'\d0s\b", re.IGNORECASE)


# what is fired or thrown, counted by the piece ("fired 7,276 tear gas shells"): a count of munitions, not events
_MUNITIONS = word_lists("reportability.json").words("munitions")
# counted nouns that are no count of events: munitions fired ("2,000 shells") and people ("1,000 demonstrators")
_NOT_EVENT_COUNTS = _MUNITIONS | PARTICIPANT_NOUNS
_MANY_EVENTS = 10  # "17,000 murders", "300 attacks": so many acts counted together are a statistic


def _count(tok: Any) -> int:
    """The value of a number written in digits ("17,000"), 0 otherwise."""
    digits = tok.text.replace(",", "")
    return int(digits) if digits.isdigit() else 0


_SERIES_CAUSES = word_lists("reportability.json").words("series_causes")
_SERIES_COURSE = word_lists("reportability.json").words("series_course")


def series_course(tok: Any) -> bool:
    """ "The protests began last week", "triggering the protests": a definite plural event noun whose series starts,
    spreads or goes on, or that something set off; the time it gives is the series', not one event's."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in tok.children):
        return False  # "demonstrations began at her funeral on Saturday" may tell the first of them
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _SERIES_CAUSES:
        return True  # "the court reinstated them last month, triggering the protests": what set the series off
    return tok.dep_ == "nsubj" and course_of(tok.head)


def course_of(verb: Any) -> bool:
    """Is the verb one of a course starting, spreading or going on ("began", "started", "spread")?"""
    return verb.lemma_.lower() in _SERIES_COURSE


def series(tok: Any) -> bool:
    """A plural event noun counted vaguely ("numerous bombings", "repeated attacks", "a spate of killings"), pointed
    at as a set ("these riots") or told bare over a vague recent period ("killings recently rocked the area")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    words = reportability().series_modifiers
    if any(c.dep_ in ("amod", "nummod", "det") and c.lower_ in words for c in tok.children):
        return True
    if tok.lemma_.lower() not in _NOT_EVENT_COUNTS and any(
        c.dep_ == "nummod" and _count(c) >= _MANY_EVENTS for c in tok.children
    ):
        # "Mexico recorded 17,000 murders in the first half of the year": a count of events (not "about 1,000
        # demonstrators", a count of people)
        return True
    if any(c.dep_ == "det" and c.lower_ in ("these", "those") for c in tok.children):
        return True  # "700 people have been killed during these riots": the set of events the article is about
    if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and tok.head.pos_ not in ("VERB", "AUX"):
        return True  # "the riots and the distrust notwithstanding", "the toll of the riots": the known set
    bare = not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children)
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB" else None
    if bare and verb is not None:
        periods = reportability().vague_periods
        # "killings of local figures recently rocked the area", "attacks in recent weeks": many, over a vague
        # period told on the noun or its own verb (not a period of another clause)
        near = [*tok.children, *verb.children]
        return any(c.dep_ in ("advmod", "prep", "npadvmod") and periods.search(_text_of(c)) for c in near)
    head = tok.head  # "a spate of killings": the noun is the object of "of" after the series word
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in words


def counted_period(tok: Any) -> bool:
    """ "After two nights of protests", "weeks of clashes": the events of a counted period, many days' worth, not
    one event (whatever day the sentence names for its report)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head  # "three days of rioting and looting": each of them
    plural = tok.tag_ == "NNS" or tok.lower_.endswith("ing")  # "two nights of protests", "three days of rioting"
    # ("five days of fighting": the tagger may take the gerund for a verb)
    if (tok.pos_ != "NOUN" and tok.tag_ != "VBG") or not plural or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    period = tok.head.head
    counted = (
        period.tag_ == "NNS"
        or any(c.dep_ == "nummod" for c in period.children)
        or period.lower_ in reportability().long_periods  # "after a weekend of clashes": several days' worth
    )
    return counted and period.lower_ in reportability().series_periods


def _text_of(tok: Any) -> str:
    return " ".join(t.lower_ for t in tok.subtree)


_LANDING = word_lists("reportability.json").words("landing_prepositions")


def said_common(tok: Any) -> bool:
    """An event noun said to be common or rare, or to rise or fall: "kidnappings and violence are commonplace",
    "attacks have risen this year"."""
    subject = tok
    subject = first_conjunct(subject)
    head = subject.head
    if subject.dep_ == "pobj" and head.lower_ == "of" and subject.tag_ == "NNS":
        # "a frequent trigger of fights", "a common cause of clashes": a class of events a thing often leads to
        words = reportability().frequency_predicates
        if any(c.dep_ == "amod" and c.lower_ in words for c in head.head.children):
            return True
    if subject.dep_ != "nsubj":
        return False
    # (not "protesters climbed the walls", nor "shells fell on the UN compound": projectiles landing somewhere)
    trend = not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _LANDING) for c in subject.head.children)
    if subject.tag_ == "NNS" and subject.head.lemma_.lower() in reportability().trend_verbs and trend:
        return True  # "attacks on convoys have risen this year": a trend over many events
    if subject.tag_ == "NNS" and subject.head.lemma_.lower() == "continue" and present_perfect(subject.head):
        return True  # "attacks on civilians have continued": a series going on, no one occurrence
    if subject.head.lemma_ not in ("be", "remain", "become"):
        return False
    words = reportability().frequency_predicates
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in words for c in subject.head.children)


# "in more than 30 of Kenya's 47 counties", "in 12 of the 18 provinces": many of a country's divisions at once
_MANY_OF_ALL = re.compile(
    r"\bin (?:more than |over |at least |some |about |nearly )?\d+ of (?:the )?(?:[\w'’]+ )?(?:\d+ )?"
    r"(?:counties|provinces|states|districts|regions|governorates|prefectures|departments)\b"
)


_SCATTERED = word_pattern(word_lists("reportability.json").ordered("scattered_spans"))


# a small count written out or in figures ("two", "ten", "3"), as the counts of places and events below write it
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
# "spread across London and to three other English cities": a count of other places the sentence does not name
_OTHER_PLACES = re.compile(
    rf"\b(?:to|in|across)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?"
    rf"(?:{_FEW}|several|a\s+dozen)\s+other\s+"
    r"(?:[a-z]+\s+)?(?:cities|towns|villages|districts|provinces|regions|states)\b"
)


# "Gunmen killed five men in two separate shootings": a count of events the article goes on to tell one by one
_SEPARATE_EVENTS = re.compile(
    rf"\b(?:in|during)\s+(?:{_FEW}|several)\s+separate\s+(?:[a-z]+\s+)?"
    r"(?:attacks|shootings|incidents|bombings|blasts|explosions|raids|clashes|ambushes)\b"
)


# "set fire to buses in two suburbs of Lisbon", "in at least four Bosnian cities": a count of places the article goes
# on to tell one by one
_COUNTED_PLACES = re.compile(
    rf"\b(?:in|across)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+)?{_FEW}\s+(?:[a-z]+\s+)?"
    r"(?:suburbs|towns|cities|villages|districts|neighbou?rhoods|provinces|regions)\b"
)


def scattered(sentence: str) -> bool:
    """An act told as done in several places the sentence does not name ("fired on crowds in several cities",
    "spread to three other cities", "in two suburbs of Lisbon"): a summary of the events the article tells place by
    place, not one occurrence."""
    low = sentence.lower()
    return bool(_SCATTERED.search(low) or _OTHER_PLACES.search(low) or _COUNTED_PLACES.search(low))


def counted_events(sentence: str) -> bool:
    """ "Gunmen killed five men in two separate shootings": a count of events; in an article's lead, a summary of the
    events its body tells one by one (told later in a story, "killed by landmines in two separate incidents" may be
    all the article says of them)."""
    return _SEPARATE_EVENTS.search(sentence.lower()) is not None


def nationwide(sentence: str) -> bool:
    """An event told over a whole country, state or region ("the killing of innocent people throughout the
    country"): an aggregate of many, not one occurrence at one place."""
    low = sentence.lower()
    return bool(reportability().nationwide.search(low) or _MANY_OF_ALL.search(low))


# "banned for most of the past five decades", "over the last two centuries"
_PAST_DECADES = re.compile(
    r"\b(?:for|over|during|throughout)\s+(?:most\s+of\s+|much\s+of\s+)?the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:decades?|centur(?:y|ies))\b"
)

# "have fought the government for 18 years", "over the past 30 years": a span of years an activity has gone on
_COUNTED_YEARS = re.compile(
    r"\b(?:for|over)\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+|the\s+(?:past|last)\s+)?"
    r"(?:[2-9]|\d\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
    r"\s+years\b"
)


# "During the Vietnam War, U.S. planes dropped ...", "in World War II": a time told by a named war of the past
_NAMED_WAR = re.compile(
    r"\b(?:[Dd]uring|[Ii]n|[Tt]hroughout|[Aa]fter|[Bb]efore)\s+(?:the\s+)?(?:(?:[A-Z][\w-]+\s+){1,3}War\b"
    r"|World\s+War\s+(?:I|II|One|Two|1|2)\b)"
)


def history(sentence: str, tok: Any = None) -> bool:
    """A sentence dated by a decade or a century, or told over years ("in the 1990s", "the early 1920s", "over the
    centuries", "for years", "for 18 years"): history told in passing, not an occurrence with a date of its own. A
    span that a superlative compares with ("the deadliest violence in the region for years", "the worst since the
    1990s") is no time of the event."""
    low = sentence.lower()
    found = [*_DECADE.finditer(sentence), *reportability().historical.finditer(low), *_PAST_DECADES.finditer(low)]
    found += [*_COUNTED_YEARS.finditer(low)]
    found += [*_NAMED_WAR.finditer(sentence)]
    if tok is not None:
        # "Mountbatten, who had spent his summers here for 30 years, was killed": the years of a relative clause
        # describe the person, not the time of the act
        at = tok.sent.start_char
        asides = [
            (w.left_edge.idx - at, w.right_edge.idx + len(w.right_edge.text) - at)
            for w in tok.sent
            if w.dep_ == "relcl" and not (w.left_edge.i <= tok.i <= w.right_edge.i)
        ]
        found = [m for m in found if not any(lo <= m.start() < hi for lo, hi in asides)]
    return any(not SUPERLATIVE_BEFORE.search(low[: m.start()]) for m in found)


_WHOLE_WARS = word_lists("reportability.json").words("whole_wars")


def _veterans(verb: Any) -> bool:
    """ "About 2,000 former soldiers, many of whom fought with the Frontier Force in Burma, set out to march": a
    clause set off by commas that says what the people named once fought, at no time of its own, describes them."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
        return False
    if not any(w.lower_ in ("who", "whom") for w in verb.subtree):
        return False
    return not any(w.ent_type_ in ("DATE", "TIME") for w in verb.subtree)


def side_in_war(tok: Any) -> bool:
    """ "fought alongside federal forces in the war in the north", "fought in the civil war": a fighting verb told of
    a side taken over a whole war, not a battle on a day."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("fight", "battle"):
        return False
    if _veterans(tok):
        return True
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ == "alongside":
            return True
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ in ("in", "during", "throughout") and any(o.lemma_.lower() in _WHOLE_WARS for o in objs):
            return True
    return False


def habitual_present(f: Frame, tok: Any) -> bool:
    """ "They lay mines and booby traps", "militants attack convoys": a dynamic verb in the simple present (or a
    perfect of practice or experience), in the body of an article (not its headline or first sentence) and with no
    time of its own, tells what happens, not what happened (Carlson and Pelletier 1995)."""
    if f.own_time or f.sentence == 0 or not f.sent_text.rstrip().endswith((".", '"', "”")):
        return False
    verb = verb_of(tok)
    if verb.pos_ != "VERB" and tok.pos_ == "NOUN" and tok.sent.root.pos_ == "VERB":
        verb = tok.sent.root  # "Armed gangs, known locally as bandits, raid villages": the clause the doer acts in
    if _perfect_of_experience(verb):
        return True
    if verb.pos_ != "VERB" or not _simple_present(verb):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _perfect_of_experience(verb: Any) -> bool:
    """ "Militants have been using home-made IEDs", "the group has already used drones to drop bombs": a present
    perfect progressive, or a present perfect with an adverb of experience, tells a practice or an experience, not
    one occurrence (the verb of a purpose or a conjoined verb is read through the clause it belongs to)."""
    for _ in range(4):
        if verb.dep_ in ("xcomp", "conj") or (verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children)):
            verb = verb.head
            continue
        break
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if not {"has", "have", "'ve"} & set(auxes):
        return False
    if verb.tag_ == "VBG" and "been" in auxes:
        return True
    words = reportability().experiential_adverbs
    if verb.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ in words for c in verb.children):
        return True
    # "The Tupamaros have robbed banks and casinos, seized arms and carried out kidnappings": a list of deeds done
    # to things named by bare plurals is the group's record, not one occurrence
    deeds = [verb] + [v for v in verb.conjuncts if v.pos_ == "VERB" and v.tag_ in ("VBN", "VBD")]
    return (
        verb.tag_ == "VBN"
        and len(deeds) >= 2
        and all(any(_bare_plural(c) for c in v.children if c.dep_ == "dobj") for v in deeds)
    )


def _bare_plural(noun: Any) -> bool:
    """A plural noun with no determiner, number or possessor ("banks", "kidnappings"; not "the banks", "three")."""
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in noun.children)


def _simple_present(verb: Any) -> bool:
    """A verb in the simple present; a form shared with the past ("lay mines", "they hit convoys and cut roads")
    is present when it has an object ("lay") or is joined to a present-tense verb."""
    if verb.tag_ in ("VBP", "VBZ"):
        return not _past_by_its_clause(verb)
    if verb.lower_ not in reportability().same_form_verbs:
        return False
    if verb.lower_ == "lay" and any(c.dep_ == "dobj" for c in verb.children):
        return True
    return verb.dep_ == "conj" and verb.head.tag_ in ("VBP", "VBZ")


_ORDINALS = frozenset(load_data("number_words.json")["ordinals"])


def _misread_verb(tok: Any) -> bool:
    """ "government forces backed by Russian air power fought rebels": the parser read "power fought rebels" as one
    noun phrase. A past-tense form between a noun and the plural noun it would modify, with no hyphen or determiner
    before it, is the clause's verb (an adjectival participle comes after a determiner or an adverb, or is joined by
    a hyphen: "the wounded men", "rebel-held towns")."""
    if tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and tok.i >= 2:
        # "Minutes later a third wrecked Raja's restaurant": a count whose noun is left out is the subject
        one, count = tok.doc[tok.i - 2], tok.doc[tok.i - 1]
        if (one.lower_ == "a" and count.lower_ in _ORDINALS) or count.lower_ == "another":
            return True
    if tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and any(c.dep_ == "nsubj" for c in tok.children):
        # "National Guard planes bombed and machine-gunned Nationalist positions": a modifier has no subject
        return True
    if participle_before_count(tok):
        return True  # "flew over the capital, machine-gunned several districts and dropped leaflets"
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or tok.i == 0 or tok.head.i != tok.i + 1:
        return False
    before = tok.doc[tok.i - 1]
    joined = before.idx + len(before.text) == tok.idx  # "rebel-held": no space
    return before.pos_ in ("NOUN", "PROPN") and not joined and tok.head.tag_ in ("NNS", "NNPS")


_COMPOUND_HEADS = {k: frozenset(v) for k, v in load_data("reportability.json")["compound_heads"].items()}
_EVENT_COMPOUNDS = {k: frozenset(v) for k, v in load_data("reportability.json")["event_compound_heads"].items()}
_SETTING_UP = word_lists("reportability.json").words("event_compound_verbs")


def names_a_thing(tok: Any) -> bool:
    """An event word that with the noun after it names a thing ("a fire extinguisher", "a bomb shelter", "grenade
    launchers"): no act of its kind is told, nor does it type the act of its sentence."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.lemma_.lower() in _COMPOUND_HEADS.get(tok.lemma_.lower(), ())


def modifier(tok: Any) -> bool:
    """A trigger word that only modifies a noun ("the warring parties", "attack helicopters", "Ethiopian and
    allied Eritrean troops")."""
    if tok.dep_ == "conj" and tok.pos_ in ("VERB", "ADJ") and tok.head.dep_ == "amod":
        return True
    if participle_before_name(tok):
        return True  # "struck supply depots in occupied Kuwait": the place's state, however the parser read it
    if _misread_verb(tok):
        return False  # (also "machine-gunned several districts", hyphened)
    if tok.dep_ in ("nmod", "amod", "compound") and any(c.tag_ == "HYPH" for c in tok.children):
        return True  # '"shoot-at-sight" orders', "a shoot-to-kill policy": a hyphened phrase naming a kind of thing
    if names_a_thing(tok):
        return True  # "lifting a fire extinguisher", "a bomb shelter": a thing named, whatever the parse
    if (
        tok.tag_ == "VBG"
        and tok.dep_ in ("acl", "relcl")
        and any(c.dep_ == "advmod" and c.lower_ == "still" for c in tok.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    ):
        return True  # "the last rebel group still fighting the government": who the group is, no act told
    if gerund_on_people(tok):
        return False  # "went from room to room shooting pupils": a gerund and its object, parsed as a compound
    if (
        tok.dep_ == "compound"
        and tok.head.lemma_.lower() in _EVENT_COMPOUNDS.get(tok.lemma_.lower(), ())
        and tok.head.dep_ == "dobj"
        and tok.head.head.lemma_.lower() in _SETTING_UP
    ):
        return False  # "setting up a protest camp": the camp is the protest (not "cleared two protest camps")
    return (
        tok.dep_ in ("amod", "compound")
        and tok.pos_ in ("VERB", "ADJ", "NOUN")
        and tok.head.pos_
        in (
            "NOUN",
            "PROPN",
        )
        and tok.head.lower_ not in ("strike", "strikes", "attack", "attacks")
    )


def participle_before_name(tok: Any) -> bool:
    """A past participle between a preposition or determiner and the place it describes ("in occupied Kuwait", "the
    besieged Mariupol"), read by the parser as a verb with the name as its object."""
    doc = tok.doc
    if tok.tag_ != "VBN" or tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i - 1].pos_ not in ("ADP", "DET"):
        return False
    name = doc[tok.i + 1]
    joined = name.head.i == tok.i or (tok.dep_ == "amod" and tok.head.i == name.i)
    return name.pos_ == "PROPN" and joined and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def since_a_date(verb: Any) -> bool:
    """ "stored in a warehouse since 2014 caught fire": the parser made the year the subject of a "since" clause; a
    clause whose subject is a number is a misread time phrase ("since 2014") of the verb before it."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NUM" for c in verb.children)


def _with_over_a_period(t: Any) -> bool:
    """ "has been the scene of the worst violence since the war began, with armed men attacking ...": a "with"
    clause that elaborates a present perfect over a period since some start tells that period's events."""
    if not (t.dep_ == "pcomp" and t.head.lower_ == "with"):
        return False
    clause = t.head.head
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in clause.children)
    return perfect and any(w.lower_ == "since" and w.dep_ in ("mark", "prep") for w in clause.subtree)


def _since_compares(since: Any) -> bool:
    """ "in one of the deadliest incidents since the fighting erupted": a "since" after a superlative bounds a
    comparison, not a running period."""
    return SUPERLATIVE_BEFORE.search(since.sent.text[: since.idx - since.sent.start_char].lower()) is not None


def benchmark(tok: Any) -> bool:
    """A trigger in the "since" clause of a superlative ("the deadliest attack in Kenya since al Qaeda bombed the
    embassy in 1998, killing 200"; "the deadliest since June 1998, when rebels set fire to a school"): the event a
    comparison is measured from, told as history."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.lemma_ == "be":
        # "It was the deadliest attack since June 2015, when militants set fire to a market, killing 30": the
        # parser hangs the participle on the copula, which does no killing; it tells the result of the act before it
        before = [t for t in tok.doc[tok.head.i + 1 : tok.i] if t.pos_ == "VERB"]
        if before:
            return benchmark(before[-1])
    t = tok
    for _ in range(5):
        if any(c.dep_ in ("mark", "prep") and c.lower_ == "since" and _since_compares(c) for c in t.children):
            return True
        if t.head.i == t.i or t.dep_ not in ("advcl", "conj", "dobj", "pobj", "prep", "acl", "xcomp", "relcl"):
            return False
        t = t.head
    return False


def since_clause(tok: Any) -> bool:
    """A trigger inside a "since ..." clause or phrase: the start of the period a running total counts over."""
    t = tok
    below: Any = None  # the conjunct the walk came up from
    for _ in range(6):  # "since the government, backed by air strikes, launched": the strikes, four words down
        # "many draped in flags and drinking since the morning, gathered at the beach": a phrase between a verb and
        # its later conjunct is the first verb's alone
        own = [c for c in t.children if below is None or not t.i < c.i < below.i]
        if any(
            c.dep_ in ("mark", "prep") and c.lower_ == "since" and not _since_compares(c) for c in own
        ) and not since_a_date(t):
            return True
        perfect = t.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in t.children)
        # "has stepped up its attacks since the government launched ...": a trend over a running period
        if perfect and any(c.dep_ == "advcl" and any(g.lower_ == "since" for g in c.children) for c in t.children):
            return True
        if _with_over_a_period(t):
            return True
        if t.head.i == t.i:
            return False
        if t.head.lower_ == "since":
            return True
        if (
            t.dep_ == "relcl"
            and t.head.ent_type_ in ("DATE", "TIME")
            and any(c.lower_ == "when" for c in t.children)
            and t.lemma_.lower() not in _SERIES_COURSE
        ):
            # "had been rising since last Friday, when demonstrators surrounded the car": an act told of the day the
            # period began, dated by it, not the period (but "since December, when protesters began a sit-in": the
            # start of the period itself)
            return False
        below = t if t.dep_ == "conj" else None
        t = t.head
    return False


_HARM_VERBS = word_lists("reportability.json").words("harm_verbs")
# what strikes someone with no doer named: a thing thrown by hand, a round fired at a crowd
_THINGS_THAT_HIT = frozenset(
    word_lists("reportability.json").words("hand_thrown_things")
    | word_lists("reportability.json").words("crowd_control_rounds")
)


def hit_by_a_thing(tok: Any) -> bool:
    """ "one of them hit on the head by a paving stone", "was hit in the face by birdshot", "a stone struck one of his
    aides": struck by a thing thrown by hand or fired at a crowd, with no one named who threw or fired it."""
    if tok.lemma_.lower() not in ("hit", "strike"):
        return False
    by = [c for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
    things = [g for c in by for g in c.children if g.dep_ == "pobj"]
    # ("... threw stones at Mr. Nixon, and a stone struck one of his aides": the thing as the subject)
    things += [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    # "struck in the face by a heavy piece of wood thrown from the crowd": what the piece was of
    things = [
        next((w for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for w in p.children), g)
        if g.lemma_.lower() in ("piece", "lump", "chunk", "shard")
        else g
        for g in things
    ]
    return bool(things) and all(
        g.lemma_.lower() in _THINGS_THAT_HIT
        or f"{g.doc[g.i - 1].lemma_.lower()} {g.lemma_.lower()}" in _THINGS_THAT_HIT
        for g in things
    )


def casualty_report(tok: Any) -> bool:
    """ "At least 60 people were injured", "doctors treated 170 people": who was hurt, with no one doing it and no
    time of its own, reports the casualties of an event told elsewhere in the article."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and hit_by_a_thing(tok):
        return True  # the subject is the one hurt, the thing thrown no doer
    if (lemma not in _HARM_VERBS and not died_to_death(tok)) or tok.pos_ != "VERB":
        return False
    if doer_in_clause(tok) is not None:
        return False  # "a boy was killed when police fired on the mob": who did it is told with it
    if (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and any(c.dep_ == "nsubj" for c in tok.head.children)
        and event_lexicon().lemma_kinds.get(tok.head.lemma_.lower()) in (None, "release")
    ):
        # "commandos freed the hostages, killing the guerrillas guarding them": the harm the subject did in an act
        # that is no event of its own or a release (not "militants raided a market, killing 25": the raid's toll;
        # nor "police detained men who sheltered militants, killing 25", another act's)
        return False
    if lemma in ("die", "treat", "hospitalise", "hospitalize") or died_to_death(tok):
        return True  # the subject is the victim, or the doctor
    if (
        tok.dep_ == "conj"
        and tok.tag_ == "VBD"
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        and any(c.dep_ == "nsubj" for c in tok.head.children)
    ):
        return False  # "guerrillas went to the wreckage and killed 10 of the survivors": the subject before does it
    # "were injured", no one doing it; "killed by stray shells" or "in crossfire" names no doer: the fighting's;
    # "66 were detained and 50 officers injured": a gapped passive's subject is its victim
    gapped = gapped_passive(tok)
    return not any(
        (c.dep_ == "nsubj" and (gapped is None or c.i != gapped.i)) or (c.dep_ == "agent" and not _stray(c))
        for c in tok.children
    )


def _stray(agent: Any) -> bool:
    """ "by stray shells", "by crossfire": what hit them belongs to a fight, no one aimed it at them."""
    return any(
        g.lemma_.lower() == "crossfire" or any(m.lower_ == "stray" for m in g.children)
        for g in agent.children
        if g.dep_ == "pobj"
    )


def described(tok: Any) -> bool:
    """An act told in a relative clause ("the areas it captured", "the town rebels seized") describes a thing: it is
    background unless the clause dates it."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        # "the town captured last week", not a finite clause of its own ("information that they were killed")
        # nor the people killed "when Taliban gunmen stormed an army-run school": the clause tells the act
        return not any(c.dep_ in _FINITE for c in tok.children) and not _when_done(tok)
    if tok.dep_ != "relcl":
        return False
    edge = tok.left_edge
    if not (edge.i > 0 and tok.doc[edge.i - 1].text == ","):
        return not _force_met(tok.head)
    return _perfect_characterises(tok)


_FINITE = frozenset({"nsubj", "nsubjpass", "mark", "aux", "auxpass"})  # a clause with its own subject or tense


def opened_by_when(verb: Any) -> bool:
    """Is the clause one that "when" opens ("when gunmen opened fire")?"""
    return any(g.dep_ == "advmod" and g.lower_ == "when" for g in verb.children)


def _when_done(tok: Any) -> bool:
    """Does a "when" clause with a subject of its own tell the violent act the participle's people died in ("the 141
    people killed when Taliban gunmen stormed an army-run school")?"""
    kinds = event_lexicon().lemma_kinds
    return any(
        c.dep_ == "advcl"
        and opened_by_when(c)
        and any(g.dep_ == "nsubj" for g in c.children)
        and kinds.get(c.lemma_.lower()) in VIOLENT_KINDS
        for c in tok.children
    )


def place_role(tok: Any) -> bool:
    """ "a neighbourhood that has been a centre of protests", "the town has been the scene of fighting": an event noun
    that says what a place is known for, after a copula, tells no event."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    role = tok.head.head
    return (
        role.lemma_.lower() in reportability().place_roles
        and role.dep_ in ("attr", "acomp")
        and role.head.lemma_.lower() in ("be", "become", "remain")
    )


def _force_met(noun: Any) -> bool:
    """ "troops fired tear gas at young men who threw stones": the people force was used on, told with what they
    did, are in the scene of that act (what they did is told as happening with it, not as a description)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "on", "upon") else None
    if noun.dep_ == "dobj":
        verb = noun.head
    return verb is not None and verb.lemma_.lower() in _CAUSING


_CAUSING = word_lists("doers.json").words("causing_acts")


def present_perfect(tok: Any) -> bool:
    """Is the verb in the present perfect ("have been killed", "has fought", "they've attacked")?"""
    return any(c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in tok.children)


def past_perfect(tok: Any) -> bool:
    """Is the verb in the past perfect ("had fired", "had been captured"): told as before the time the text tells?"""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)


def _perfect_characterises(tok: Any) -> bool:
    """ ", which has deployed ..." tells news; ", whose troops have fought alongside ..." (a present perfect of a
    plural or repeated act, no time) characterises the thing named."""
    perfect = present_perfect(tok)
    return perfect and not any(c.dep_ == "dobj" for c in tok.children)


def passive(tok: Any) -> bool:
    """ "Peacekeepers have been accused of ...": the act is reported without its speaker, its target is known."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def strong_act(tok: Any) -> bool:
    """A trigger that is itself an act with a date of its own (a strike, a raid), not a toll or the war, nor the
    events a toll counts ("83 people had been killed in the protests")."""
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _HARM_VERBS:
        return False
    return not (abstract(tok) or toll_only(tok) or tok.lemma_.lower() in ("kill", "die", "dead", "death"))


def scene_of_violence(tok: Any) -> bool:
    """A gathering named as where an attack struck ("blew himself up at a rally") or as who its victims were
    ("killed 133 people who had gathered for the opening"): the attack is the event, the gathering its scene."""
    kinds = event_lexicon().lemma_kinds
    if struck_while_there(tok):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "on", "into"):
        verb = tok.head.head
    elif tok.dep_ == "relcl" and tok.head.dep_ in ("dobj", "nsubjpass", "pobj", "appos"):
        verb = tok.head.head if tok.head.dep_ != "pobj" else tok.head.head.head
    elif tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in tok.children):
        # "The blast tore through the gym as students gathered for Mass": the gathering is when and where it hit
        verb = tok.head
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(kinds.get(d.lemma_.lower()) in VIOLENT_KINDS for d in doers):
            return True
    else:
        return False
    return kinds.get(verb.lemma_.lower()) in VIOLENT_KINDS or verb.lemma_.lower() in ("blow", "detonate")


_PRETENDING = word_lists("reportability.json").words("pretending_verbs")


def met_as_obstacle(tok: Any) -> bool:
    """ "Armoured carriers smashed through the barricades", "blocked by lorries, buses and earth barricades", "police
    moved on the barricade": a barricade or blockade named in a phrase of another act, as what someone passed, was
    stopped by or moved on, is a thing in that act's scene, not a protest of its own (not "protesters erected
    barricades", where building it is the act)."""
    if tok.lemma_.lower() not in ("barricade", "blockade"):
        return False
    noun = first_conjunct(tok)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _OBSTACLE_VERBS:
        return True  # "crushing barricades with tanks", "police cleared the barricades": what the act removed
    if noun.dep_ == "pobj" and noun.head.lower_ == "into":
        return False  # "piled buses and lorries into barricades": what people built
    return bool(noun.dep_ == "pobj")


_OBSTACLE_VERBS = word_lists("reportability.json").words("obstacle_verbs")


_ADDRESSING = word_lists("reportability.json").words("addressing_verbs")


def addressed(tok: Any) -> bool:
    """ "Zakharchenko told a rally in Donetsk that ...", "a letter read out to a rally": a gathering that a speaker
    addresses is the audience of a statement, no demonstration told."""
    if tok.dep_ in ("dobj", "dative"):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "to":
        verb = tok.head.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _ADDRESSING


def disguise(tok: Any) -> bool:
    """ "attackers posing as demonstrators", "disguised as police": what someone pretended to be."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as":
        return False
    before = tok.doc[tok.head.i - 1] if tok.head.i > 0 else tok.head  # "the compound posing as": parsed as a noun
    return tok.head.head.lemma_.lower() in _PRETENDING or before.lower_ in _PRETENDING


def struck_while_there(tok: Any) -> bool:
    """ "was leaving a rally when a gunman fired at her": a gathering that someone attended, left or addressed when
    an attack struck is where it struck, no demonstration of its own."""
    kinds = event_lexicon().lemma_kinds
    return tok.dep_ == "dobj" and any(_struck_then(c, kinds) for c in tok.head.subtree if c.i != tok.i)


def _struck_then(clause: Any, kinds: dict[str, str]) -> bool:
    """Is ``clause`` a "when", "as" or "while" clause of a violent act ("when a gunman fired at her")?"""
    marked = any(
        (c.dep_ == "advmod" and c.lower_ == "when") or (c.dep_ == "mark" and c.lower_ in ("as", "when", "while"))
        for c in clause.children
    )
    lemma = clause.lemma_.lower()
    shot = lemma in ("fire", "open") and clause.pos_ == "VERB"  # "fired at her", "opened fire" (not "a fire")
    # "when" opens an adverbial clause, or one of a time noun ("on Thursday evening when a gunman fired")
    return clause.dep_ in ("advcl", "relcl") and marked and (kinds.get(lemma) in VIOLENT_KINDS or shot)
