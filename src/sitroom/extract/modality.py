"""Modality of an event mention: asserted, negated, hypothetical, future or reported, from the trigger's syntax."""

from __future__ import annotations

from typing import Any

from sitroom.extract.events import violent_word
from sitroom.extract.lexicons import event_lexicon, reporting_verbs, word_lists
from sitroom.extract.occurrence import past_perfect

__all__ = ["modality"]

_NEGATORS = word_lists("modality.json").words("negators")
_NEG_VERBS = word_lists("modality.json").words("negating_verbs")
_NEG_NOUNS = word_lists("modality.json").words("negating_nouns")
_POSTPONED = word_lists("modality.json").words("postponing_verbs")
_LIKELY = word_lists("modality.json").words("likely_adjectives")
_CANCELLED = word_lists("modality.json").words("cancelling_verbs")
_AVERTED = word_lists("modality.json").words("averting_verbs")
_MANNER_WITHOUT = word_lists("modality.json").words("manner_without")
_FORBIDDING = word_lists("modality.json").words("forbidding_verbs")
_WEEKDAYS = frozenset(word_lists("time_words.json").counts("weekdays"))


def _banned_then_held(noun: Any, verb: Any) -> bool:
    """ "Saturday's march ... had been banned on Thursday", in a report told after it: the past perfect sets the ban
    before a past day the noun's possessive names, and the report looks back on the day the march was held (not
    "Saturday's march has been banned", still to come)."""
    day = any(c.dep_ == "poss" and c.lower_ in _WEEKDAYS for c in noun.children)
    return day and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)


_HYPOTHETICAL_AUX = word_lists("modality.json").words("hypothetical_auxiliaries")
_FUTURE_AUX = word_lists("modality.json").words("future_auxiliaries")
_INTENT = word_lists("modality.json").words("intent_verbs")
# nouns of a demand, plan or promise whose "to" clause names what has not happened ("a demand to ban ...")
_INTENT_NOUNS = word_lists("modality.json").words("intent_nouns")
_NO_ONE = word_lists("modality.json").words("no_one")
_COUNTED_FROM = word_lists("event_frames.json").words("antecedent_marks")  # "after", "since": what a time runs from
# "ready to send troops", "willing to help": a disposition towards an act that has not happened
_DISPOSED = word_lists("modality.json").words("disposed_adjectives")
_UNABLE = word_lists("modality.json").words("unable_adjectives")
_ARRANGED = word_lists("modality.json").words("arranging_verbs")
_REPORT = reporting_verbs("modality")
_REPORT_ADV = word_lists("modality.json").words("report_adverbs")
_OCCURRING = word_lists("modality.json").words("occurrence_verbs")
_PREPARING = word_lists("modality.json").words("preparing_verbs")
_ANTICIPATING = word_lists("modality.json").words("anticipating_verbs")


_RETRACTED = word_lists("modality.json").words("retraction_adjectives")
_RETRACTED_SUBJECTS = word_lists("modality.json").words("retracted_subjects")


def retracted(sent: Any) -> bool:
    """Does the sentence take back what the one before it reported ("That proved wrong", "The reports turned out to be
    false")? Its subject is a pronoun or a noun of report; its verb "prove" or "turn out" and a word of falsehood."""
    root = sent.root
    lemma = root.lemma_.lower()
    if lemma not in ("prove", "turn") or (lemma == "turn" and not any(c.dep_ == "prt" for c in root.children)):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _RETRACTED_SUBJECTS:
        return False
    said = [w for c in root.children if c.dep_ in ("oprd", "acomp", "xcomp") for w in c.subtree]
    return any(w.lower_ in _RETRACTED for w in said) and not any(c.dep_ == "neg" for c in root.children)


def modality(tok: Any) -> str:
    """The modality of the event whose trigger is the spaCy token ``tok``."""
    verb = tok
    noun = tok
    while noun.pos_ == "NOUN" and noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
        noun = noun.head  # "to carry chemicals or grenades": the first conjunct's verb carries both
    count = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if (
        noun.pos_ == "NOUN"
        and count is not None
        and count.pos_ == "NOUN"
        and count.dep_ in ("dobj", "nsubj", "nsubjpass")
        and count.head.pos_ in ("VERB", "AUX")
    ):
        noun = count  # "would hold another round of protests": the verb of the count carries it
    if (
        noun.pos_ in ("NOUN", "PROPN")  # "wage WAR on the cartels", capitalised
        and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
        and noun.head.pos_ in ("VERB", "AUX")
    ):
        verb = noun.head  # "launched an attack": the verb carries the modality
    elif (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ == "VERB"
        # (not the act a time is counted from: "six days after the attack, none of the men has been arrested")
        and noun.head.lower_ not in _COUNTED_FROM
    ):
        verb = noun.head.head  # "would not take part in the agitation", "if he sat on a hunger strike"
    if verb is not tok and noun.dep_ in ("nsubj", "nsubjpass"):
        put_off = verb.lemma_.lower()
        called_off = put_off == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
        if put_off in _CANCELLED or called_off:
            return "negated"  # "the rally was cancelled", "the strike was called off": it will not take place
        if put_off in _POSTPONED:
            return "future"  # "the launch of an Ariane 5 rocket has been postponed": still to come
    if (
        verb is not tok
        and noun.dep_ == "nsubj"
        and verb.lemma_.lower() == "be"
        and any(c.dep_ == "acomp" and c.lower_ in _LIKELY for c in verb.children)
    ):
        return "hypothetical"  # "Demonstrations or further security operations are possible in the coming days"
    if _nothing_to_do_with(tok):
        return "negated"  # "much of the violence had nothing to do with protest": a link denied, nothing told
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 2) : tok.i]]
    if before in (["rather", "than"], ["instead", "of"]):
        return "negated"  # "took his own life rather than surrender", "withdrew instead of attacking": not done
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and _sought(tok.head.head):
        return "future"  # "a reward for the capture of a man", "a warrant for the arrest": what is sought
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _LENDING:
        return "future"  # "to let U.S. jets use its air base for strikes on the group": what it is to serve
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() in _INTENT:
        return "future"  # "called on its supporters to march", parsed with "to march" as a phrase: what is asked
    children = list(verb.children)
    lowers = {c.lower_ for c in children}
    auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass") or c.tag_ == "MD"}  # not "12 May"
    if (any(c.dep_ == "neg" for c in children) and not _said_of(noun, verb)) or (
        # (and a later conjunct: "there had been no shootings or bombings overnight")
        tok.pos_ == "NOUN" and any(c.lower_ == "no" for c in (*tok.children, *noun.children))
    ):
        return "negated"
    if _not_chosen(verb):
        return "negated"  # "came to salute peace rather than to drop bombs", "instead of attacking the town"
    if verb.head.lemma_.lower() in _NEG_VERBS and verb.dep_ == "xcomp":
        return "negated"
    if verb.head.lemma_.lower() in _NEG_NOUNS and verb.dep_ == "acl" and verb.tag_ == "VB":
        return "negated"  # "the failure of a guerrilla force to capture the port": the port was not captured
    if verb.head.lemma_.lower() == "deny" and verb.dep_ == "ccomp":
        return "negated"  # "denied that its forces had fired on Ganja": the speaker says it did not happen
    if tok.tag_ == "VBG" and tok.dep_ in ("dobj", "xcomp") and tok.head.lemma_.lower() in _NEG_VERBS | {"deny"}:
        return "negated"  # "the rebels denied firing on the city": the same, told with a gerund
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return "negated"  # "gave up the city without a fight": the fight did not happen
    if verb.dep_ == "pcomp" and _instead(verb.head) and (verb is tok or verb.lower_ not in _MANNER_WITHOUT):
        # (not "fired without warning on marchers", the marchers the parser hung on "warning": fired on)
        return "negated"  # "instead of shooting the messenger", "rather than attacking": the act not taken
    if verb is not tok and tok.dep_ == "dobj" and verb.lemma_.lower() in _AVERTED:
        return "negated"  # "avoided the bloody clashes", "foiled an attack": what was averted did not happen
    if (
        verb is not tok
        and noun.dep_ in ("dobj", "nsubjpass")
        and verb.lemma_.lower() in _FORBIDDING
        and not _banned_then_held(noun, verb)
    ):
        # (and a later conjunct, "public gatherings and strikes were banned")
        return "future"  # "the government banned the marches last week": still to come when forbidden
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "to"
        and tok.head.head.tag_ == "VBG"
        and tok.head.head.lemma_.lower() in _GOING
    ):
        return "future"  # "were travelling to a rally in the town, where they planned to demand": still to come
    if verb is not tok and tok.dep_ == "dobj" and verb.lemma_.lower() in _PREPARING and not _planned_before(verb, tok):
        return "future"  # "militants preparing attacks", "plotting bombings": what is made ready has not happened
    if (
        verb is not tok
        and tok.dep_ == "dobj"
        and verb.lemma_.lower() in _ANTICIPATING
        and not _planned_before(verb, tok)
    ):
        return "future"  # "police said they expected more attacks", "residents fear reprisals": awaited, not done
    # (a verb joined to one whose subject it shares: "none of the men has been named or arrested")
    subject_of = verb.head if verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in children) else verb
    if verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _NO_ONE or next(iter(c.subtree)).lower_ in _NO_ONE)
        for c in subject_of.children
    ):
        return "negated"  # "no one was hurt", "not a single activist has been arrested"
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORT and _no_one_says(verb.head):
        return "negated"  # "no group has said it carried out the attack": a claim nobody made
    if (
        auxes & _FUTURE_AUX
        or (verb.dep_ == "xcomp" and verb.head.lower_ in ("going", "about"))  # "were about to be overrun"
        or (verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and "to" in lowers)  # "is to hand back": arranged
    ):
        return "future"
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubjpass" and verb.lemma_.lower() in _ARRANGED:
        return "future"  # "further protests are planned for next week"
    if auxes & _HYPOTHETICAL_AUX or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children):
        return "hypothetical"
    if _seen_as_may_be(tok):
        return "hypothetical"  # "could no longer stand by and see innocent people injured": what one may see
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("whoever", "whatever", "whichever") for c in children):
        return "hypothetical"  # "whoever takes over will be looking over his shoulder": anyone who may, no one who did
    infinitive = verb.dep_ in ("xcomp", "ccomp") or (verb.dep_ == "advcl" and "to" in lowers)  # "offered to help"
    if infinitive and verb.head.lemma_.lower() in _INTENT and verb.head.i != verb.i:
        return "future"
    if "to" in lowers and (
        (verb.dep_ == "acl" and verb.head.lemma_.lower() in _INTENT_NOUNS)
        or any(c.dep_ == "nsubj" and c.lemma_.lower() in _INTENT_NOUNS for c in children)  # the same, misparsed
    ):
        return "future"  # "made a demand to ban ...", "a plan to attack": what is asked or planned
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _DISPOSED:
        return "future"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _UNABLE:
        return "negated"  # "most of the hostage-takers were unconscious or unable to fight": no fight
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "help" and verb.head.i != verb.i:
        return modality(verb.head)  # "ready to help train the army": as (un)realised as the helping
    if _whether(verb):
        return "hypothetical"  # "it was not clear whether X had fought": an open question asserts nothing
    if _count_not_given(verb):
        return "hypothetical"  # "did not say how many of the attackers had been killed or captured"
    until = any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in children)
    if until and verb.dep_ == "advcl" and verb.head.i != verb.i and _to_come(verb.head):
        # "would fight until the army chief was captured or killed", "would not restore ties until Washington
        # agreed": the end of a fight, or the condition of a step, to come
        return "future"
    joined = verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX")
    # "ordered universities to close and deployed troops": a past verb the parser joined to an infinitive is a
    # second finite verb of the clause, not part of what was ordered
    # (nor "ordered the column to stop and opened fire", the simple past the tagger took for a bare participle)
    finite = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in children))
    joined = joined and not (finite and verb.head.tag_ == "VB")
    if joined and (shared := modality(verb.head)) in ("future", "hypothetical"):
        return shared  # "if police tried to stop us and arrest us": the condition covers both verbs
    if joined and "to" in lowers and verb.head.dep_ == "xcomp" and verb.head.head.lemma_.lower() in _INTENT:
        return "future"  # "asked his supporters not to take revenge but to keep up their blockade": asked, not done
    purpose = verb.dep_ == "advcl" and "to" in lowers and verb.head.i != verb.i
    if purpose and verb is not tok and tok.dep_ == "dobj" and verb.lemma_.lower() in _PERFORMING:
        return "future"  # "had entered the country to carry out attacks": the attacks are what it came for
    if purpose and verb is tok and verb.head.lemma_.lower() in _ENABLING and violent_word(tok):
        # "trained both sides to fight Islamic State", "sent fighters to attack": what they were for ("deployed the
        # military to support the police" is the deployment's aim too, but no violence a coder could take for done)
        return "future"
    if (
        purpose
        and verb is tok
        and verb.head.lemma_.lower() in _GOING
        and event_lexicon().lemma_kinds.get(tok.lemma_.lower()) == "arrest"
    ):
        return "future"  # "police went into the village on Friday to arrest guerrillas": what they went for
    if verb.dep_ in ("xcomp", "advcl") and "to" in lowers and verb.head.lemma_.lower() in _SENDING:
        return "future"  # "police sent to take over the mine withdrew": the mission they were sent on, not an act
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        # "said it would go on fighting", "will keep attacking": an activity as unrealised as its aspect verb
        governing = modality(verb.head)
        if governing in ("future", "hypothetical"):
            return governing
        if any(c.dep_ == "nsubj" and c.lower_ in ("nothing", "nobody") for c in verb.head.children):
            return "negated"  # '"Nothing can justify burning children in their beds"': a judgement, no act told
    if verb.dep_ in ("xcomp", "advcl") and "to" in lowers and verb.head.i != verb.i:
        # a purpose ("would send an aircraft to evacuate the wounded") is as unrealised as the act it serves
        governing = modality(verb.head)
        if governing in ("future", "hypothetical", "negated"):
            return governing
        if _ongoing_purpose(verb):
            return "future"  # "our forces are pursuing the enemy to rescue those abducted": still to be done
    if lowers & _REPORT_ADV:
        return "reported"
    head = verb.head
    if verb.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in _REPORT:
        return "reported"
    return "asserted"


_SOUGHT = word_lists("modality.json").words("sought_nouns")


_CLAIMANTS = word_lists("modality.json").words("claimant_nouns")


def _to_come(verb: Any) -> bool:
    """Is ``verb`` to come: future or hypothetical, or refused for the future ("would not restore ties")?"""
    told = modality(verb)
    if told in ("future", "hypothetical"):
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux" or c.tag_ == "MD"}
    return told == "negated" and bool(auxes & (_FUTURE_AUX | _HYPOTHETICAL_AUX))


def _seen_as_may_be(tok: Any) -> bool:
    """Is ``tok`` a participle in the small clause of a verb in its base form that a modal governs, itself or the verb
    it is joined to ("could no longer stand by and see innocent people injured")?"""
    if tok.tag_ != "VBN" or tok.dep_ not in ("ccomp", "xcomp", "oprd") or tok.head.tag_ != "VB":
        return False
    governing = [tok.head, tok.head.head] if tok.head.dep_ == "conj" else [tok.head]
    return any(c.tag_ == "MD" and c.lower_ in _HYPOTHETICAL_AUX for v in governing for c in v.children)


def _no_one_says(speech: Any) -> bool:
    """Whether the subject of the verb of speech ``speech`` is no one who could claim the act ("no group has said",
    "nobody claimed"; not "no casualties reported", a toll)."""
    return any(
        c.dep_ == "nsubj"
        and (
            c.lower_ in ("nobody", "none")
            or (next(iter(c.subtree)).lower_ in _NO_ONE and c.lemma_.lower() in _CLAIMANTS)
        )
        for c in speech.children
    )


def _said_of(noun: Any, verb: Any) -> bool:
    """Whether the negated ``verb`` says something of the event ``noun`` that is its subject rather than deny that it
    happened: "the strike was not justified", "the raid did not kill anyone" (but "the march did not take place")."""
    return noun is not verb and noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() not in _OCCURRING


def _planned_before(verb: Any, noun: Any) -> bool:
    """ "a man who had planned an attack on a college that killed 40", "planned the bombing": the plan of an
    event that happened (told in the past perfect, or named as one the text has told)."""
    if past_perfect(verb):
        return True
    return any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "more", "further", "new") for c in noun.children
    )


def _sought(word: Any) -> bool:
    """A reward, bounty or warrant, or a verb that offers or issues one ("offered a reward ... for")."""
    return word.lemma_.lower() in _SOUGHT or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SOUGHT for c in word.children
    )


_PERFORMING = word_lists("modality.json").words("performing_verbs")
_ENABLING = word_lists("modality.json").words("enabling_verbs")
_GOING = word_lists("modality.json").words("going_verbs")
_SENDING = word_lists("modality.json").words("sending_verbs")
_LENDING = word_lists("modality.json").words("lending_verbs")


def _ongoing_purpose(verb: Any) -> bool:
    """The purpose of an act in progress ("are pursuing the enemy to rescue the hostages", "troops are searching
    the forest to find the attackers"): what it aims at has not happened yet."""
    head = verb.head
    progressive = head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    purpose = verb.dep_ == "advcl" or any(c.dep_ == "dobj" for c in head.children)
    return progressive and purpose


def _instead(prep: Any) -> bool:
    """ "instead of", "rather than", "without": a preposition that puts its gerund's act aside."""
    if prep.lower_ == "without":
        return True
    before = prep.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    return (prep.lower_, before) in (("of", "instead"), ("than", "rather"))


def _whether(verb: Any) -> bool:
    """Is the verb inside a "whether" (or "if") clause that is itself the object of a question or a doubt?"""
    t = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children):
            return True
        if t.dep_ not in ("relcl", "conj", "ccomp", "xcomp") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _count_not_given(verb: Any) -> bool:
    """Is the verb in a "how many" clause that a negated verb of speech leaves open ("the officials did not say how
    many of the attackers had been killed or captured", "would not say how many were held")? It tells no act."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "ccomp" or t.head.lemma_.lower() not in _REPORT:
        return False
    speech = t.head
    negated = any(c.dep_ == "neg" for c in speech.children) or (
        speech.dep_ == "xcomp" and (speech.head.lemma_.lower() in _NEG_VERBS or speech.head.lemma_.lower() == "decline")
    )
    opened = [w for w in t.subtree if w.i < t.i][:2]
    return negated and [w.lower_ for w in opened] in (["how", "many"], ["how", "much"])


def _not_chosen(verb: Any) -> bool:
    """Is ``verb`` the alternative set aside: the conjunct after "rather than", or the object of "instead of"?"""
    if verb.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "than" and any(g.lower_ == "rather" for g in c.children)
        for c in verb.head.children
        if c.i < verb.i
    ):
        return True
    prep = verb.head
    return verb.dep_ in ("pcomp", "pobj") and prep.lower_ == "of" and any(c.lower_ == "instead" for c in prep.children)


def _nothing_to_do_with(tok: Any) -> bool:
    """Is ``tok`` the object of "nothing to do with" ("the violence had nothing to do with protest")?"""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    do = tok.head.head
    return do.lemma_.lower() == "do" and (
        do.head.lower_ == "nothing" or any(c.lower_ == "nothing" for c in do.children)
    )
