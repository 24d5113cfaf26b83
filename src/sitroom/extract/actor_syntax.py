"""Who acts and who is acted on, read off the dependency parse: the agent and the patient of an event's trigger,
the noun phrase of an actor mention, the subject of a verb through control, coordination and relative clauses."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sitroom.extract.events import LIGHT_VERBS, ROUSING_VERBS, UNIT_DAYS, VIOLENT_KINDS, hung_on_search, violent_word
from sitroom.extract.force_senses import came_under, firing_doer
from sitroom.extract.lexicons import actor_data, event_lexicon, reporting_verbs, word_lists
from sitroom.geo.locate import dateline_end
from sitroom.nlp import first_conjunct

__all__ = [
    "PRONOUNS",
    "RELATIVES",
    "doer_in_clause",
    "doer_named",
    "gapped_passive",
    "judging_speaker",
    "judging_verbs",
    "reporting_speaker",
    "roles",
    "span_tokens",
    "speaker_of_clause",
    "subject_of",
]

PRONOUNS = word_lists("doers.json").words("pronouns")
_SELF_AGENTS = word_lists("doers.json").words("self_agents")
RELATIVES = word_lists("doers.json").words("relative_pronouns")
_SPEECH = reporting_verbs("actors")
# the kinds of violence a speaker reports and did not do ("officials said 33 people had been killed"); a speaker who
# reports a curfew or an arrest is often its authority, and keeps it
_HARM_KINDS = VIOLENT_KINDS | {"riot"}


@lru_cache(maxsize=1)
def judging_verbs() -> frozenset[str]:
    """Verbs of judgement whose subject talks about the event named by their object ("the EU condemned the
    attack"): ``data/reportability.json``'s referring verbs without those that own the event ("claimed the attack")
    and without the plain reporting verbs, whose subject often reports its own act ("the army announced an
    offensive"); with the verbs of witnessing, whose subject saw or heard it ("residents reported heavy fighting")."""
    raw = word_lists("reportability.json")
    judging = raw.words("referring_verbs") - raw.words("owning_verbs") - reporting_verbs("lead")
    return judging | raw.words("witnessing_verbs")


@lru_cache(maxsize=1)
def _undergoing_verbs() -> frozenset[str]:
    """Verbs whose subject undergoes the event their object names ("survived an attack")."""
    return word_lists("reportability.json").words("undergoing_verbs")


def judging_speaker(tok: Any) -> bool:
    """Is ``tok`` the subject of a verb of judgement ("the European Union condemned ...")?"""
    tok = first_conjunct(tok)  # "the United Nations, the European Union and the United States condemned ..."
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in judging_verbs()


_TELLING = word_lists("doers.json").words("telling_verbs")


def reporting_speaker(tok: Any) -> bool:
    """Is ``tok`` the subject of a plain verb of saying ("police said", "officials added")? Who tells what happened
    is a source, not a party to the scene."""
    tok = first_conjunct(tok)
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _TELLING


# prepositions of a gerund adjunct whose subject is the clause's ("after storming the camp, the rebels ..."); not
# those of a complement whose subject is the object ("stopped the crowd from reaching the square")
_ADJUNCT_PREPS = word_lists("doers.json").words("adjunct_prepositions")
_CUT = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "prep"})
_KEEP_PREP = word_lists("doers.json").words("kept_prepositions")


def span_tokens(tok: Any) -> list[Any]:
    """The words of the noun phrase headed by ``tok``, without relative clauses, appositions and long PPs."""
    head_end = dateline_end(tok.doc.text) if tok.i < 12 else 0
    if head_end > tok.idx:
        # "NOUMEA, New Caledonia, May 6 - French army commandos stormed ...": the parser made the dateline the
        # subject and hung the real one on it as an apposition (or a conjunct: "CAMP DAVID, Maryland - Egypt and
        # Israel signed ...")
        told = next((c for c in tok.children if c.dep_ in ("appos", "conj") and c.idx >= head_end), None)
        if told is not None:
            return span_tokens(told)
    keep = [tok]
    stack = [c for c in tok.children]
    while stack:
        c = stack.pop()
        if c.dep_ in _CUT and not (c.dep_ == "prep" and c.lower_ in _KEEP_PREP and c.head.i == tok.i):
            continue
        if c.dep_ == "prep" and any(g.lemma_.lower() in ("uniform", "fatigue", "fatigues") for g in c.children):
            continue  # "gunmen in army-style uniforms": what they wore, not whose forces they were
        keep.append(c)
        stack.extend(c.children)
    keep.sort(key=lambda t: t.i)
    if keep[0].i < 12 and (end := dateline_end(tok.doc.text)) > 0:
        # "KATHMANDU (Reuters) - Nepal's prime minister": the dateline the parser hung on the subject is no part of it
        # (a subject that is all dateline, "UNITED NATIONS - The ... Council", the parser's, stays as it was)
        keep = [t for t in keep if t.idx >= end] or keep
    text = tok.doc.text
    para = text.rfind("\n\n", 0, keep[0].idx) + 2
    if para >= 2 and (line := dateline_end(text[para : para + 80])) > 0 and para + line > keep[0].idx:
        # "BAGHLAN - Taliban fighters attacked ...": a round-up's paragraph opens with its own dateline
        keep = [t for t in keep if t.idx >= para + line] or keep
    while keep and keep[0].is_punct:
        keep.pop(0)
    while keep and keep[-1].is_punct:
        keep.pop()
    return keep[:14] or [tok]


def _harm_host(verb: Any) -> Any | None:
    """ "arrested 20 people suspected of helping rebels who attacked a school, killing 42 people": a participle of
    harm the parser hangs on a verb that harms no one (an arrest, a report) tells the result of the violent act
    told between them, the nearest before it; that act's doer is its doer."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not violent_word(verb) or violent_word(verb.head):
        return None
    if not verb.head.i < verb.i:
        return None
    between = [t for t in verb.doc[verb.head.i + 1 : verb.i] if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN")]
    return next((t for t in reversed(between) if violent_word(t)), None)


def _misread_acl(verb: Any) -> Any | None:
    """The object of a past participle the parser hung on a noun that is in fact its subject ("June 17 - Rebel navy
    aircraft bombed and machine-gunned the Plaza de Mayo", read as aircraft that were bombed): a participle with an
    object of its own, or of a verb joined to it, and no passive marker, tells what its noun did to that object."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent", "nsubj") for c in verb.children):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs = objs or [c for k in verb.conjuncts for c in k.children if c.dep_ == "dobj"]
    return objs[0] if objs else None


def participle_before_count(tok: Any) -> bool:
    """Is ``tok`` a past form the parser hung as an adjective on a noun that a determiner or a count follows it in
    ("flew over the capital, machine-gunned several districts")? A determiner or a count comes before a noun's
    adjectives, never after one: the form is the clause's verb and the noun its object."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or tok.i + 1 >= tok.head.i:
        return False
    after = tok.doc[tok.i + 1]
    return after.head.i == tok.head.i and (after.tag_ in ("DT", "CD", "PDT") or after.lower_ in ("several", "many"))


def _dated_subject(verb: Any) -> Any | None:
    """The subject the parser took for the object of a fronted time ("On Saturday crowds in Tehran stormed the
    embassies", parsed as "on Saturday crowds"): the noun a day or a month word modifies right after the opening
    preposition, in a clause with no subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.i > verb.i or c.i != c.sent.start or c.lower_ not in ("on", "in", "by", "at"):
            continue
        for g in c.children:
            time = [w for w in g.children if w.dep_ == "compound" and w.ent_type_ == "DATE"]
            if g.dep_ == "pobj" and g.pos_ == "NOUN" and time and time[0].i == c.i + 1:
                return g
    return None


def _subject(verb: Any) -> Any | None:
    """The subject of ``verb``, climbing through xcomp, conj and relative clauses."""
    for _ in range(6):
        if (dated := _dated_subject(verb)) is not None:
            return dated
        # of two subjects the parser gave, the one next to the verb ("In Larkana, her home district, crowds set
        # fire ...": the crowds; the district was an apposition of the place)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        for c in sorted(subjects, key=lambda c: (c.i < verb.i, c.i), reverse=True):
            if c.lower_ in RELATIVES and verb.dep_ == "relcl":
                return verb.head
            return c
        for c in verb.children:
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if (stranded := _stranded_subject(verb)) is not None:
            return stranded
        if verb.dep_ == "ccomp" and verb.tag_ != "VBG" and verb.head.lemma_.lower() in _SPEECH:
            return None  # "officials said a strike killed 10": the speaker tells of the act, did not do it
        if (charged := _charged(verb)) is not None:
            return charged  # "accused Russian troops of killing civilians": the troops, not who accuses them
        if (host := _harm_host(verb)) is not None:
            verb = host
            continue
        if (roused := _roused_doers(verb)) is not None:
            return roused
        if hung_on_search(verb):
            return None  # "searched for whoever planted the bomb ..., killing four girls": not the searchers' act
        if (outer := _misjoined(verb)) is not None:
            verb = outer
            continue
        if (nearer := _list_goes_on(verb)) is not None:
            verb = nearer
            continue
        if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in _ADJUNCT_PREPS:
            verb = verb.head.head  # "flew over twice before dropping their bombs": a gerund adjunct's subject
            if verb.dep_ == "npadvmod" and verb.lemma_.lower() in UNIT_DAYS and verb.head.i != verb.i:
                verb = verb.head  # "seized Palmyra on Wednesday, a day after overrunning Homs"
            continue
        if (
            verb.dep_ in ("relcl", "acl")
            and verb.head.i != verb.i
            and not any(c.dep_ == "nsubjpass" for c in verb.children)
        ):
            return verb.head if verb.dep_ == "relcl" else None
        return None
    return None


def _stranded_subject(verb: Any) -> Any | None:
    """The noun just before a verb with no subject, which the parser joined to the object of the clause before
    ("vehicles drove into the crowd and soldiers opened fire": the soldiers opened fire, not the crowd). None
    otherwise."""
    if verb.i == 0 or verb.tag_ != "VBD":
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.head.dep_ not in ("pobj", "dobj") or noun.head.i > verb.i:
        return None
    if not any(c.dep_ == "cc" for c in noun.head.children) and verb.doc[noun.i - 1].lower_ != "and":
        return None
    return noun


def _roused_doers(verb: Any) -> Any | None:
    """The people a participle of emotion describes, whom the parser took for its subject and so cut off from their own
    verb ("patrolled the city, a day after mobs enraged by an assault on police burned the hotel": the mobs burned
    it, not those who patrolled). None otherwise."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    for c in verb.head.children:
        if (
            c.dep_ == "advcl"
            and c.i < verb.i
            and c.tag_ == "VBN"
            and c.lemma_.lower() in ROUSING_VERBS
            and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
            and any(a.dep_ == "agent" for a in c.children)
        ):
            return next((a for a in c.children if a.dep_ == "nsubj"), None)
    return None


def _misjoined(verb: Any) -> Any | None:
    """The verb of the outer clause that a past verb with an object, which the parser joined to a progressive verb of a
    relative clause, goes with: "the rebels searched the places where civilians were sheltering and shot those ...":
    "shot those" cannot share "were" (the rebels shot), so it is a second verb of "searched". None otherwise."""
    head = verb.head
    if not (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and any(c.dep_ == "dobj" for c in verb.children)
        and head.dep_ == "relcl"
        and head.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    ):
        return None
    outer = head.head
    for _ in range(3):
        if outer.pos_ == "VERB":
            return outer
        if outer.head.i == outer.i:
            return None
        outer = outer.head
    return None


def _list_goes_on(verb: Any) -> Any | None:
    """The verb of a relative clause whose list of acts a past verb after a comma goes on, where the parser joined
    that verb to the main clause's: "Troops patrolled the city after a night in which crowds smashed and looted
    shops, burned churches and broke into homes": the crowds burned the churches, not the troops."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    nearer = verb.doc[verb.i - 2]
    for _ in range(6):
        if nearer.pos_ == "VERB" or nearer.head.i == nearer.i:
            break
        nearer = nearer.head
    if nearer.pos_ != "VERB" or nearer.tag_ != "VBD" or not verb.head.i < nearer.i < verb.i:
        return None
    return nearer if nearer.dep_ in ("relcl", "conj") and nearer.head.i != verb.head.i else None


_CHARGING = word_lists("doers.json").words("charging_verbs")
_WATCHING = word_lists("doers.json").words("watching_verbs")


def _charged(verb: Any) -> Any | None:
    """The one a charging verb names as the doer of the gerund after its "of", "for" or "with" ("accused the army of
    bombing civilians", "the army was blamed for shelling the town"), or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "with"):
        return None
    charging = prep.head
    if charging.dep_ == "dobj" and charging.head.lemma_.lower() in _CHARGING:
        return charging  # "accused the army, which controls the skies, of bombing": "of" hung on the one charged
    if charging.lemma_.lower() not in _CHARGING:
        return None
    return next((c for c in charging.children if c.dep_ in ("dobj", "nsubjpass")), None)


def speaker_of_clause(pron: Any) -> Any | None:
    """The speaker a pronoun subject of reported speech stands for: "the army said it had reinforced its
    positions" (it = the army), "police said they arrested two men" (they = police); and the subject of the main
    clause a time clause hangs on: "security forces fired tear gas as they moved in" (they = the forces). Only a
    noun that agrees in number ("it" is no plural noun) and only for "it" and "they"."""
    low = {"its": "it", "their": "they"}.get(pron.lower_, pron.lower_)
    if pron.dep_ == "poss" and pron.lower_ in ("its", "their") and pron.head.dep_ in ("nsubj", "nsubjpass"):
        pron = pron.head  # "the ministry said its missiles had destroyed a warship": the ministry's missiles
    elif low not in ("it", "they") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pron.head
    reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SPEECH
    timed = clause.dep_ == "advcl" and clause.head.pos_ == "VERB" and any(c.dep_ == "mark" for c in clause.children)
    if not (reported or timed):
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN") or (low == "it" and speaker.tag_ in ("NNS", "NNPS")):
        return None
    return speaker


def subject_of(verb: Any) -> Any | None:
    """The subject of ``verb`` (through xcomp, conj and relative clauses)."""
    return _subject(verb)


_DIE = word_lists("doers.json").words("dying_verbs")
# the means of a killing named by who used it: "police firing", "an Israeli air strike", "army shelling"
_MEANS = word_lists("doers.json").words("means_nouns")


_FIRING = word_lists("doers.json").words("firing_words")


def _doer_in_means(tok: Any) -> Any | None:
    """Who is named as using the means by which the event happened ("killed in police firing": the police)."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "during", "by"):
            continue
        for obj in (g for g in c.children if g.dep_ == "pobj"):
            if obj.lemma_.lower() in actor_data()["nouns"] and any(
                a.dep_ == "acl" and a.lemma_.lower() in _FIRING for a in obj.children
            ):
                return obj  # "killed in police firing" parsed as "police" described by "firing"
            if obj.lemma_.lower() not in _MEANS:
                continue
            for m in obj.children:
                if m.dep_ == "poss" or (
                    m.dep_ in ("compound", "amod", "nmod")
                    and (
                        m.pos_ == "PROPN"
                        or m.lemma_.lower() in actor_data()["nouns"]
                        or m.ent_type_ in ("NORP", "GPE", "ORG")
                    )
                ):
                    return m
    return None


# verbs of shooting or assault whose subject, in a clause of time ("when police fired", "as troops shelled the
# village"), is who caused the harm its main clause reports
_CAUSING_ACTS = word_lists("doers.json").words("causing_acts")
_WHEN = word_lists("doers.json").words("time_clause_marks")


def doer_in_clause(tok: Any) -> Any | None:
    """Who caused the harm, named in a clause of time on the harm verb or its coordinated verb: "a boy was killed
    and two injured when police fired several rounds" (the police), "two died when soldiers opened fire"."""
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    verbs += [
        a for c in verbs[1:] if c.pos_ in ("NOUN", "PRON") for a in c.children if a.dep_ == "acl"
    ]  # "and six others injured"
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        verbs.append(tok.head)
    for v in verbs:
        for c in v.children:
            if c.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in _WHEN for m in c.children):
                continue
            lemma = c.lemma_.lower()
            fired = lemma == "open" and any(o.dep_ == "dobj" and o.lemma_.lower() == "fire" for o in c.children)
            if lemma not in _CAUSING_ACTS and not fired:
                continue
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.lower_ not in RELATIVES:
                return subj
    return None


def doer_named(tok: Any) -> Any | None:
    """The doer a harm verb's own sentence names by the means ("in police firing") or in a clause of time ("when
    police fired"), if any."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    return _doer_in_means(tok) or doer_in_clause(tok)


_DYING_MANNER = word_lists("doers.json").words("dying_manner_verbs")


def died_to_death(verb: Any) -> bool:
    """ "23 of the victims burned to death", "he bled to death": the verb, with no object and not passive, tells
    how its subject died; the subject is the victim, not a doer ("gang members burned them to death" is a doer's)."""
    if verb.lemma_.lower() not in _DYING_MANNER or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    # ("Shepheard's Hotel burned to the ground": what burned, not who burned it)
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in ("death", "ground") for g in c.children)
        for c in verb.children
    )


_HARMED = word_lists("reportability.json").words("harm_verbs")  # verbs whose bare participle tells who was harmed
_COUNTS = frozenset(word_lists("number_words.json").raw["vague"])  # "scores", "dozens", "hundreds"


def _count_noun(tok: Any) -> bool:
    """ "scores", "dozens", "hundreds", "30", "30 others": a number or a word of counting heads the phrase."""
    return tok.pos_ == "NUM" or tok.lower_ in _COUNTS or any(c.dep_ == "nummod" for c in tok.children)


def gapped_passive(verb: Any) -> Any | None:
    """The subject of a passive whose auxiliary is gapped in coordination ("66 people had been detained and 50
    officers injured", "12 were killed and 30 others wounded"): the participle shares its conjunct's passive voice,
    so its subject is who underwent it (Quirk et al., ellipsis in coordinated clauses). The parser reads that
    subject as an active one."""
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass", "conj") for c in verb.children):
        # "reported several dead and scores wounded": a bare participle after a count is a passive with its verb
        # left out, as in a headline ("3 killed, dozens hurt"); the count is who underwent it (not "15 people
        # assaulted and killed a man", an active verb sharing its object with the one joined to it)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and verb.lemma_.lower() in _HARMED and _count_noun(subject):
            return subject
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in verb.children):
        return None
    first = verb.head
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in first.children):
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is None and verb.tag_ == "VBN":
        # "The fourth hijacker was badly wounded and captured": a participle with no subject of its own shares its
        # conjunct's passive subject
        return next((c for c in first.children if c.dep_ == "nsubjpass"), None)
    return own


def roles(tok: Any) -> tuple[Any | None, Any | None]:
    """(agent, patient) head tokens of the event whose trigger is ``tok``."""
    agent = patient = None
    if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _SELF_AGENTS:
        return tok, None  # "gunmen", "attackers": the trigger names its own agent
    if tok.lower_ == "firing" and (doer := firing_doer(tok)) is not None:
        return doer, None  # "died in police firing": the police fired
    if died_to_death(tok):
        return None, _subject(tok)  # "23 of the victims had burned to death": they died, no one is named as doing it
    if came_under(tok):
        return None, _subject(tok)  # "a patrol came under fire": the patrol was fired on, by someone not named
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "fall":
        # "the town fell to the rebels": the taker follows "to"; the place that fell is where, not who
        to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        return (next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None), None
    if (acted := _misread_acl(tok)) is not None:
        return tok.head, acted  # "Rebel navy aircraft bombed and machine-gunned the square", read as a participle
    if participle_before_count(tok) and tok.head.dep_ == "dobj":
        return _subject(tok.head.head), tok.head  # "a plane flew low, machine-gunned several districts"
    if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
        dated = _dated_subject(tok)
        for c in tok.children:
            if c.dep_ == "dobj" and c.lower_ == "fire" and tok.lemma_.lower() == "open":
                # "a band opened fire on the barracks": the fire is no target; what it was opened on is
                patient = patient or next(
                    (g for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "at") for g in p.children), None
                )
            elif c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and patient is None):
                patient = c
            elif dated is not None and dated.head.i == c.i:
                continue  # "On Saturday crowds ... stormed": the doers, not a target "on" them
            elif c.dep_ == "prep" and c.lower_ in ("against", "on", "with") and patient is None:
                # (not a day: "bombed the square on Thursday")
                objs = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
                patient = objs[0] if objs else None
        if patient is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
            patient = tok.head  # "three soldiers killed near the border": a reduced passive
        if patient is None and tok.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in tok.children):
            patient = tok.head  # "a pilot they seized a week ago": the relative clause's object is its noun
        gapped = gapped_passive(tok)
        patient = patient or gapped
        doer = _doer_in_means(tok) or doer_in_clause(tok)
        if doer is not None and tok.lemma_.lower() in _DIE:
            return doer, _subject(tok)  # "a youth perished in police firing": the police did it to the youth
        if gapped is not None or any(c.dep_ == "nsubjpass" for c in tok.children):
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
        if agent is not None and agent.dep_ == "poss" and agent.pos_ == "PRON" and tok.dep_ == "dobj":
            # "the jets flew over twice before dropping their bombs": the jets drop them (only the verb's own subject
            # or a gerund's controller; a subject found further up is another clause's)
            own = any(c.dep_ == "nsubj" for c in head.children) or head.dep_ == "pcomp"
            doer = _subject(head) if own else None
            agent = doer if doer is not None and doer.pos_ in ("NOUN", "PROPN") else agent
        if agent is None and tok.dep_ in ("dobj", "attr", "pobj") and head.i != tok.i:
            verb = head.head if tok.dep_ == "pobj" else head
            if verb.lemma_.lower() in judging_verbs():
                return None, patient  # the speaker who condemns or names the attack did not carry it out
            if verb.lemma_.lower() in _WATCHING and tok.dep_ == "dobj":
                return None, patient  # "monitors watched the shelling": who saw it did not carry it out
            if verb.lemma_.lower() in _undergoing_verbs():
                return None, patient or _subject(verb)  # "the president survived an attack": its target
            gone_on = tok.dep_ == "pobj" and head.lower_ == "on" and verb.lemma_.lower() == "go"
            if verb.lemma_.lower() in LIGHT_VERBS or tok.dep_ == "dobj" or gone_on:
                agent = _subject(verb)  # "launched an attack"; "soldiers went on a rampage"
        if agent is None and tok.dep_ in ("nsubj", "nsubjpass"):
            for c in head.children:
                if c.dep_ == "dobj" and patient is None:
                    patient = c
    if agent is None and tok.pos_ in ("VERB", "AUX"):
        # "two were killed in an Israeli air strike", "... in police firing", "... when police fired"
        agent = _doer_in_means(tok) or doer_in_clause(tok)
    if agent is None:
        anc, path = tok.head, [tok.dep_]
        for _ in range(6):
            if anc.lemma_.lower() in _SPEECH:
                # "officials said 33 people had been killed": an act the speaker tells in a clause of its own is
                # not the speaker's; "the army claimed to have hit three gunmen" (through an infinitive) and "police
                # reported arresting five" (a gerund) are the speaker's own; a noun the speaker uses ("stated that
                # there is a genocide") stays the speaker's charge
                clause = tok.pos_ in ("VERB", "AUX") or (  # "petrol bombs were thrown ..., police said"
                    tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" and tok.head.head.i == anc.i
                )
                harm = event_lexicon().lemma_kinds.get(tok.lemma_.lower()) in _HARM_KINDS
                told = clause and harm and tok.tag_ != "VBG" and "xcomp" not in path
                agent = None if told else _subject(anc)
                break
            if anc.head.i == anc.i:
                break
            path.append(anc.dep_)
            anc = anc.head
    return agent, patient
