"""Event detection: the triggers of every sentence, typed, as one mention (a :class:`~sitroom.model.Frame`) per
sentence and type; an article with no trigger word that is a note or a brief still reports its lead sentence."""

from __future__ import annotations

import re
from typing import Any

from sitroom.extract._casualty_lexicon import is_person
from sitroom.extract.actor_syntax import doer_named, roles, span_tokens
from sitroom.extract.actor_words import noun_entry
from sitroom.extract.events import (
    OBSTRUCTING_VERBS,
    ONE_MORE,
    UNIT_DAYS,
    accusation,
    acled_sub_type,
    answered_act,
    armed_blockers,
    background_triggers,
    captured_weapon,
    claimed_new,
    classify,
    complained,
    demote_speech_acts,
    find_triggers,
    label_prefix,
    remembered,
    rousing_cause,
    shift_for_modality,
    violent_word,
)
from sitroom.extract.force_senses import SITES, by_state
from sitroom.extract.lexicons import event_lexicon, reporting_verbs, taxonomy, word_lists
from sitroom.extract.modality import modality, retracted
from sitroom.extract.occurrence import (
    addressed,
    course_of,
    disguise,
    met_as_obstacle,
    names_a_thing,
    opened_by_when,
    reportability,
    series_course,
    struck_while_there,
)
from sitroom.model import AcledInter, Frame, Trigger

__all__ = ["WEAPON_KINDS", "detect"]

_SAY = reporting_verbs("lead")
WEAPON_KINDS = frozenset({"suicide", "air", "shell", "grenade", "explosive", "disrupt"})
_FIGHT_KINDS = frozenset({"clash", "attack", "riot", "regain", "overtake", "loot"})
_POLICY_KINDS = word_lists("event_frames.json").words("policy_kinds")
_TAKING_KINDS = frozenset({"regain", "overtake"})


def detect(doc: Any, sents: list[Any], text: str, short: bool, places: frozenset[int] = frozenset()) -> list[Frame]:
    """Triggers of every sentence, typed; one mention per sentence and type (the shallowest trigger). ``places``:
    where the geoparser found place names (character offsets), so that "Herat fell" is read as a place taken.

    The ACLED type of a trigger comes from the asserted kinds of its sentence (its scene), leaving out the events
    that the sentence names as antecedents or grievances ("arrested over the killing"); a speech act about an ACLED
    event ("accused of bombing") takes that event's ACLED type, and a coder's label types the note's first event.
    """
    mentions: list[Frame] = []
    label = label_prefix(text)
    doc_scope = text.lower()
    lex = event_lexicon()
    body_start = text.index(":") + 1 if label else 0  # a coder's label ("Arrests: ...") is not a trigger
    per_sent = [[t for t in find_triggers(sent, places) if t.start >= body_start] for sent in sents]
    if not short:
        _add_elided(doc, sents, per_sent)
    about: dict[int, Trigger] = {}
    back: dict[int, str] = {}
    for sent, triggers in zip(sents, per_sent, strict=True):
        about.update(demote_speech_acts(sent, triggers))
        back.update(background_triggers(sent, triggers))
    mods = {t.i: modality(doc[t.i]) for ts in per_sent for t in ts}
    for n in range(len(sents) - 1):
        if not short and retracted(sents[n + 1]):
            # "Early reports said the rebel soldiers had taken control of the air base. That proved wrong": what was
            # reported is taken back
            mods.update({t.i: "negated" for t in per_sent[n] if mods[t.i] == "reported"})
    factual = ("asserted", "reported")
    doc_kinds = {t.kind for ts in per_sent for t in ts if mods[t.i] in factual and back.get(t.i) not in _NOT_SCENE}
    lead = next((n for n, ts in enumerate(per_sent) if ts), 0)  # a coder's label types the note's first event
    # a statement reports violence and demonstrations; a policy act in one (an offer, a withdrawal) is its topic
    policy = {None, *taxonomy()["acled_sub_types"]["Strategic developments"]}
    for n, sent in enumerate(sents):
        triggers = per_sent[n]
        if not triggers:
            continue
        facts = [t for t in triggers if mods[t.i] in factual]
        if not short:  # "leaving a rally when a gunman fired", "posing as demonstrators": no demonstration told
            facts = [
                t
                for t in facts
                if t.kind != "protest"
                or not (
                    struck_while_there(doc[t.i])
                    or disguise(doc[t.i])
                    or met_as_obstacle(doc[t.i])
                    or addressed(doc[t.i])
                    # "sent a protest to the embassy against the shelling": a complaint, no demonstration's scene
                    or complained(doc[t.i])
                    or armed_blockers(doc[t.i])  # "rebels ... blocked the roads around the town": their attack's
                )
            ]
            facts = [t for t in facts if not names_a_thing(doc[t.i])]  # "with grenade launchers": a weapon carried
            # "considering murder charges over the deaths": the name of a charge or a trial, no act of the scene
            facts = [t for t in facts if not _names_a_charge(doc[t.i])]
            # "captured tanks and artillery": the spoils of a fight, no shelling in its scene
            facts = [
                t for t in facts if not (t.kind in ("shell", "explosive", "grenade") and captured_weapon(doc[t.i]))
            ]
        asserted = {t.kind for t in facts if t.i not in back} or {t.kind for t in facts} or {t.kind for t in triggers}
        # "armed men in military uniforms": what they wore, not who they were
        own_text = _UNIFORMED.sub(" ", sent.text if short else _without_remembered(sent, triggers, back))
        scope = doc_scope if short else own_text.lower()
        note_label = label if n == lead else None
        subs: dict[int, str | None] = {}
        sides: dict[int, tuple[str | None, list[str]]] = {}
        doers: dict[int, str | None] = {}  # the agent that types the event: no mere speaker, a pronoun resolved
        agents: dict[int, Any] = {}  # trigger index -> its agent token (roles), for the coordinated clauses
        for t in triggers:
            if t.kind == "explosive" and not short and _dropped(doc[t.i]):
                t.kind = "air"  # "two bombs fell on the market": a bomb that falls was dropped from an aircraft
            agent, patient = roles(doc[t.i])
            if agent is not None and not short and _names_the_act(agent, doc[t.i]):
                subject = agent.dep_ == "nsubj" and agent.head.i == t.i  # not a relative clause's antecedent
                named = next((u for u in triggers if u.i == agent.i and u.kind in WEAPON_KINDS), None)
                if subject and named is not None and t.kind in ("attack", "clash") and named.kind != "disrupt":
                    t.kind = named.kind  # "a drone strike in Beirut killed an official": the killing is the strike
                agent = None  # "The strike hit a car carrying Mansour": the act told before, not who did it
            if (
                agent is not None
                and not short
                and t.kind in ("attack", "clash")
                and (weapon := _weapon_subject(agent, t, triggers))
            ):
                # "Missiles also struck a mosque", "a bomb fixed to an embassy car wounded a diplomat's wife": the
                # weapon that struck types the strike, and is no one who fired it
                t.kind = weapon
                agent = None
            if agent is not None and t.kind == "explosive" and _blew_up_itself(doc[t.i]):
                agent = None  # "an Air India Boeing 747 blew up": what exploded, no one who did it
            doer = agent
            if agent is not None and not short and _speaker(agent, doc[t.i]):
                doer = None  # "explosives launched at the station, residents said": the residents only tell it
            elif agent is not None:
                agent = doer = _reported_self(agent)  # "the army said it had taken Kidal": it is the army
                if n > 0 and agent.lower_ in ("it", "they"):
                    agent = doer = _previous_subject(agent, sents[n - 1])  # "The army began its push. It took ..."
            agents[t.i] = agent
            patients = [" ".join(w.text for w in span_tokens(patient))] if patient is not None else []
            agent_text = " ".join(w.text for w in span_tokens(agent)) if agent is not None else None
            sides[t.i] = (agent_text, patients)
            doers[t.i] = _UNIFORMED.sub(" ", " ".join(w.text for w in span_tokens(doer))) if doer is not None else None
            if (
                t.kind == "riot"
                and _gone_on(doc[t.i])
                and lex.context["state_forces"].search((doers[t.i] or "").lower())
            ):
                t.kind = "attack"  # "soldiers went on a rampage": the forces attack, they do not riot (ACLED: VAC)
                asserted = {u.kind for u in facts if u.i not in back} or {u.kind for u in facts} or asserted
            elif t.kind == "arrest" and not short and doer is not None and _armed_group(doer, doc[t.i]):
                # "Gunmen on motorcycles rounded up farm workers", "a group of armed men rounded up the injured":
                # people an armed group seizes are abducted, not arrested (ACLED codes arrests by the state)
                t.kind = "abduct"
                asserted = {u.kind for u in facts if u.i not in back} or {u.kind for u in facts} or asserted
        apart = _coordinated_apart(doc, triggers, agents, places) if not short else {}
        if not short:
            apart.update(_takings_apart(doc, triggers))
        counted: dict[int, int] = {}
        if not short:
            counted = _another_day_apart(doc, triggers)
            apart.update(counted)
        clause_of = {b.i: _clause_index(doc[b.i]) for b in triggers} if apart else {}
        calm: dict[int, int] = {}  # a demonstration's clause told as having gone peacefully: an event apart
        for t in triggers:
            if lex.kind_map[t.kind][0] != "acled":
                continue
            kinds = asserted if mods[t.i] in factual else {t.kind}
            own_scope: str | None = None
            own_words: str | None = None
            spans: list[tuple[int, int]] = []  # the clauses of another day's act, when this trigger is not in one
            if not short and mods[t.i] in factual:
                aside = {b.i for b in facts if _told_aside(doc, b.i, t.i)}
                if aside:  # "X, whose songs became anthems of the protest movement, was shot dead": not a protest
                    kinds = {b.kind for b in facts if b.i not in back and b.i not in aside} | {t.kind}
                    for b in aside:  # nor by the words of that clause
                        clause = _relative_clause(doc[b])
                        if clause is not None:
                            cut = doc[clause.left_edge.i : clause.right_edge.i + 1].text
                            own_scope, own_words = _cut_out(cut, own_scope, scope, own_words, own_text)
            if t.i in apart:  # a clause told apart is typed by its own words
                # (those of another day's act included: "three days after twin bombings ... killed 20", whose
                # bombings are told as the antecedent of the sentence's own act)
                told = {b.kind for b in facts if clause_of[b.i] == apart[t.i] and (b.i not in back or t.i in counted)}
                kinds = told | {t.kind}
            elif counted:  # "shot dead the president on Monday, hours after a bomb killed the army chief"
                spans = [_clause_span(doc[v]) for v in set(counted.values())]
                kinds = {b.kind for b in facts if b.kind in kinds and not _in_any(doc[b.i], spans)} | {t.kind}
                for lo, hi in spans:  # nor by the words of that other act
                    cut = doc.text[lo:hi]
                    own_scope, own_words = _cut_out(cut, own_scope, scope, own_words, own_text)
            if t.i not in back and not short:
                for w in facts:
                    if back.get(w.i) == "carried" and (verb := _carrying_verb(doc[w.i])) is not None:
                        # "attackers, wearing paramilitary uniforms and suicide vests, ... went from room to room
                        # shooting pupils": a weapon carried types no act
                        cut = doc[verb.left_edge.i : verb.right_edge.i + 1].text
                        own_scope, own_words = _cut_out(cut, own_scope, scope, own_words, own_text)
            doer_tok = agents.get(t.i)
            if doer_tok is not None and not short:
                for clause in (c for c in doer_tok.children if c.dep_ == "relcl"):
                    if clause.left_edge.i <= t.i <= clause.right_edge.i:
                        continue
                    # "militiamen who were let into the camps by the army killed hundreds of men, women and children":
                    # who the doers are is not the scene of their act (the army named there fought no one)
                    cut = doc[clause.left_edge.i : clause.right_edge.i + 1].text
                    own_scope, own_words = _cut_out(cut, own_scope, scope, own_words, own_text)
            peaceful = _went_peacefully(doc[t.i]) if t.kind == "protest" else None
            if peaceful is not None and not any(
                b.kind in _HARM_KINDS | {"riot", "loot", "clash"}
                and not peaceful.left_edge.i <= b.i <= peaceful.right_edge.i
                for b in facts
            ):
                peaceful = None  # no violence told beside it: "The march ended peacefully" ends the march told
            if peaceful is not None:
                # "While a march passed off peacefully, small groups smashed windows": two events; the march is
                # typed by its own clause
                own_scope = own_words = doc[peaceful.left_edge.i : peaceful.right_edge.i + 1].text
                own_scope = own_scope.lower()
                calm[t.i] = peaceful.i
            if (t.i in back and t.i not in counted) or peaceful is not None:
                # an antecedent is typed by its own word (one a count of days sets apart, by its clause's) and by the
                # weapon it names as its object ("a day after both ships struck mines": a mine blast)
                kinds = {t.kind} | {
                    b.kind
                    for b in facts
                    if b.kind in WEAPON_KINDS and doc[b.i].dep_ == "dobj" and doc[b.i].head.i == t.i
                }
                if (
                    t.kind in _HARM_KINDS
                    and t.i in back
                    and any(b.kind == "protest" and _done_to(doc[b.i], doc[t.i]) for b in facts)
                ):
                    # and by the crowd it was done to ("two days after his guards opened fire on people marching
                    # on his palace"): force used on a demonstration, whichever clause tells it
                    kinds = kinds | {"protest"}
                if (
                    t.i in back
                    and not short
                    and t.kind in _HARM_KINDS
                    and own_scope is None
                    and (marked := _marked_clause(doc[t.i])) is not None
                ):
                    # and by its own clause ("Mobs roamed ... after Indira Gandhi was shot dead": no mob killed her)
                    own_words = marked.text
                    own_scope = own_words.lower()
                    # with the acts that clause tells of its scene ("a day after a woman student was killed when
                    # thousands of demonstrators broke into the grounds and fought riot police": killed in a riot)
                    # (not a clause joined to it by "and": "a day after he was wounded by gunfire, and thousands of
                    # supporters protested overnight", another event)
                    kinds = kinds | {b.kind for b in facts if b.i != t.i and _under_own_clause(doc[b.i], doc[t.i])}
            elif t.kind in WEAPON_KINDS | _FIGHT_KINDS:  # fighting before a fight is part of its scene
                before = {b.kind for b in facts if back.get(b.i) == "temporal" and not _in_any(doc[b.i], spans)}
                if t.kind in _TAKING_KINDS or lex.context["nonstate_armed"].search((doers[t.i] or "").lower()):
                    # "took control of the country after street battles in which forces fired on protesters": the
                    # fighting won the place; the demonstration fired on is no part of the taking; nor is an armed
                    # group's attack after its own rally ("After the rally, militiamen attacked the house of an
                    # independence leader") force used on that demonstration
                    before -= {"protest"}
                kinds = kinds | before
            if short and t.kind not in _POLICY_KINDS:  # a brief's truce is no shelling though it tells of some
                kinds = kinds | {k for k in doc_kinds if k in WEAPON_KINDS and k != "disrupt"}
                if t.kind == "attack" and "clash" in doc_kinds:
                    kinds = kinds | {"clash"}  # a note's raid that turns into a fight is one battle
            if t.kind == "curfew" and not short and "arrest" in kinds:
                # "declared a state of emergency, imposed a curfew, gave the army powers of arrest": a decree is not
                # typed by the powers of arrest it names (but "declared a state of emergency and detained several
                # hundred": by the arrests made under it)
                kinds = kinds - {"arrest"} | {
                    b.kind for b in facts if b.kind == "arrest" and doc[b.i].pos_ == "VERB" and mods[b.i] in factual
                }
            patients = sides[t.i][1]
            here = own_scope if own_scope is not None else scope
            words = own_words if own_words is not None else own_text
            subs[t.i] = acled_sub_type(kinds | {t.kind}, here, patients, note_label, doers[t.i], words, t.kind)
        described = [span for t in triggers if t.kind in _HARM_KINDS and (span := _described_by(doc[t.i]))]
        described += [span for t in triggers if t.kind in _HARM_KINDS and (span := rousing_cause(doc[t.i]))]
        described += [span for t in triggers if t.kind in _HARM_KINDS and (span := answered_act(doc[t.i]))]
        best: dict[tuple[str, str | None, int, bool], Frame] = {}
        for t in triggers:
            if back.get(t.i) == "ranked":
                continue  # "in the bloodiest labour clash Nigeria has known": a ranking, no mention of its own
            sub = subs.get(t.i)
            if t.i not in subs:
                reported = about.get(t.i)
                if t.kind == "claim" and reported is not None and claimed_new(doc[reported.i]) and not short:
                    # "claimed a suicide bombing that killed 46": the bombing, told here, is the event, and names
                    # it in the claim's place (not "killing", a participle of its toll)
                    reported.depth = min(reported.depth, t.depth)
                    continue
                if note_label is not None:
                    sub = note_label
                elif (
                    reported is not None
                    and mods[reported.i] in factual
                    and subs.get(reported.i) not in policy
                    and not (short and _told_before(doc[reported.i], per_sent[:n]))
                    # "accused drug traffickers of financing the unrest": whom one accuses is no act
                    and not (doc[t.i].lemma_.lower() == "accuse" and doc[reported.i].dep_ == "dobj")
                ):
                    sub = subs.get(reported.i)  # "accused of bombing", not "rejected an offer"
            etype, mod = shift_for_modality(classify(t.kind, sub), mods[t.i], doc[t.i])
            if not short and complained(doc[t.i]):
                etype = accusation()  # "the government protested that troops had crossed the border": no demonstration
            m = Frame(t, n, sent.start_char, sent.start_char + len(sent.text), sent.text, mod, etype, sides[t.i][1])
            m.agent_text = sides[t.i][0]
            m.background = t.i in back
            m.clause = apart.get(t.i, calm.get(t.i))
            # a clause a count of days ties to the sentence's event tells another day's act, whatever its kind: "fired
            # tear gas at protesters on Thursday, a day after 74 people were killed in a riot" (Wednesday's, in Port
            # Said); one of another kind than the main clause's keeps its own words' type, dated by the count
            other_day = None if short or m.clause is not None else _counted_clause_above(doc[t.i])
            # (the act the count marks, or one joined to it, told of the main clause: not the clause of "when
            # separatists attacked the post" below "The crisis began on April 22, two days before the election",
            # which the full date times, nor "after a student died on Monday, three days after she was detained", an
            # antecedent's antecedent)
            m.counted_clause = (
                other_day is not None
                and (other_day.i == t.i or any(c.i == t.i for c in other_day.conjuncts))
                and _dated_host(other_day)
            )
            if other_day is not None and not (
                _day_told_before(other_day) and _act_outside(other_day, [u for u in facts if u.i not in back])
            ):
                # ("said they saw bodies, a week after warplanes bombed the town": no day to count from; "Troops
                # patrolled Aden on Sunday, a day after crowds burned the offices": no act of the main clause's own,
                # the clause's act is the story)
                other_day = None
            m.counted_from = t.i in counted or other_day is not None
            m.other_day_act = not short and _act_of_another_day(doc[t.i])
            m.named_victim = _named_victim(doc[t.i])
            if m.clause is not None:
                m.clause_span = _clause_span(doc[m.clause])
            elif other_day is not None:
                # (the whole clause the count sets apart, its conjuncts too: "hours after gunmen stormed a college and
                # killed 14 students")
                m.clause_span = (other_day.left_edge.idx, other_day.right_edge.idx + len(other_day.right_edge.text))
            m.asides = [(lo, hi) for lo, hi in described if not lo <= t.start < hi]
            if t.kind in _TAKING:
                m.taken_span = _taken_list(doc[t.i])
            elif (t.kind in _GATHERED or (t.kind == "attack" and etype.acled_type in _LISTED_ATTACKS)) and not short:
                # (and a crowd's attacks, "crowds attacked police stations in Coalisland and in Newry", or planes',
                # "Israeli planes attacked the air bases at Amman and Mafraq")
                m.taken_span = _listed_where(doc[t.i])
            elif t.kind in _REMOTE and not short:
                m.taken_span = _towns_struck(sent, doc[t.i])
            # (an antecedent, "after Indira Gandhi was shot dead", is another event than its sentence's own act)
            key = (
                etype.plover,
                etype.acled_sub or etype.non_acled,
                apart.get(t.i, -1),
                m.background and not short and back.get(t.i) != "since",
            )
            if key not in best or _trigger_rank(m, doc) < _trigger_rank(best[key], doc):
                best[key] = m
        mentions.extend(sorted(best.values(), key=lambda m: m.trigger.i))
    if not mentions and sents and (short or label):  # a whole article with no event word reports no event
        mentions.append(_fallback(sents[0], label, doc_scope if short else sents[0].text.lower()))
    return mentions


_FALLING = word_lists("senses.json").words("falling_verbs")


def _dropped(tok: Any) -> bool:
    """ "Two bombs fell on the market", "bombs were dropped on the town": a bomb as the subject of a verb of falling
    came from above (not "a bomb exploded in the market")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _FALLING


def _carrying_verb(tok: Any) -> Any | None:
    """The verb of carrying whose object is the carried weapon ``tok`` ("wearing ... suicide vests"), or None."""
    for t in tok.ancestors:
        if t.pos_ == "VERB":
            return t if t.i != tok.i and t.i < tok.i and t.tag_ == "VBG" else None
    return None


_CHARGES = word_lists("event_frames.json").words("charge_heads")


def _names_a_charge(tok: Any) -> bool:
    """Is the trigger the first word of a charge's or a trial's name ("murder charges", "an assault trial")?"""
    return tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in _CHARGES


def _under_own_clause(tok: Any, verb: Any) -> bool:
    """Is ``tok`` in a clause that "when", "as" or "while" opens under ``verb`` ("was killed when thousands of
    demonstrators broke into the grounds")? (Not a clause joined to it, "and thousands protested", nor a phrase that
    times it, "shot dead on the third night of rioting".)"""
    for anc in [tok, *tok.ancestors]:
        if anc.head.i == verb.i and anc.i != verb.i:
            return anc.dep_ == "advcl" and any(
                c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "while") for c in anc.children
            )
    return False


def _marked_clause(tok: Any) -> Any | None:
    """The clause an "after" or "before" marks that holds the trigger ("after Indira Gandhi was shot dead by two of
    her bodyguards"), from its mark to its end; None when the trigger is in no such clause."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    if verb is None or verb.dep_ != "advcl":
        # or the phrase "after" or "before" opens that holds it ("after a day of street battles in the capital in
        # which security forces fired on protesters"): the antecedent's own words
        prep = next((a for a in tok.ancestors if a.dep_ == "prep" and a.lower_ in ("after", "before")), None)
        return None if prep is None else tok.doc[prep.i : prep.right_edge.i + 1]
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    return None if mark is None else tok.doc[mark.i : verb.right_edge.i + 1]


def _named_victim(tok: Any) -> bool:
    """Is the one the verb harms a person named by name ("Indira Gandhi was shot dead", "killed Chamorro")?"""
    if tok.pos_ != "VERB":
        return False
    victim = next((c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if victim is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        # "Colonel Tung was detained that afternoon and shot dead that night": the subject of the first verb
        victim = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
    return victim is not None and victim.pos_ == "PROPN" and victim.ent_type_ == "PERSON"


def _gone_on(tok: Any) -> bool:
    """ "went on a rampage": the noun of what its subject went on doing (not "police rioted", which ACLED codes as
    the police's riot, nor "dispersed the rioters")."""
    return bool(tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() == "go")


def _told_before(tok: Any, earlier: list[list[Trigger]]) -> bool:
    """ "UN rights chief condemned the killings", after sentences that told them: the definite noun refers to an event
    told before, so the statement is about that event, not another one of its type."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in tok.children):
        return False
    kind_map = event_lexicon().kind_map
    return any(kind_map[t.kind][0] == "acled" for ts in earlier for t in ts)


_TAKING = frozenset({"overtake", "regain", "transfer"})


def _taken_list(tok: Any) -> tuple[int, int] | None:
    """The characters of what a verb of taking took when it is a list of names ("captured Kandahar and Herat", "the
    cities of Kandahar and Herat"): each is a place taken, an event of its own (ACLED: one event per location)."""
    if tok.pos_ != "VERB":
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return None
    if not _lists_names(obj):
        # "took over the town hall in San Cristobal and the towns of Ocosingo and Altamirano": the sites taken, in
        # the towns listed after them
        where = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
        listed = next((g for g in where if g.dep_ == "pobj" and _lists_names(g)), None)
        if listed is None and _settlement_named(obj):
            listed = obj  # "took over the town of Pando": the one town taken
        obj = listed
        if obj is None:
            return None
    first, last = obj.left_edge, obj.right_edge
    return first.idx, last.idx + len(last.text)


_SETTLEMENT_NOUNS = word_lists("place_words.json").words("settlement_nouns")


def _settlement_named(phrase: Any) -> bool:
    """ "the town of Pando", "the village of Jayuya": a settlement's noun and its name after "of"."""
    return phrase.lemma_.lower() in _SETTLEMENT_NOUNS and any(
        g.pos_ == "PROPN" for c in phrase.children if c.lower_ == "of" for g in c.children
    )


def _lists_names(phrase: Any) -> bool:
    return any(w.dep_ == "conj" and w.pos_ == "PROPN" for w in phrase.subtree)


# crowds, the force used on them, what they burn, fights and bombs: told "in X and Y", one event per town
_GATHERED = frozenset({"protest", "riot", "coerce", "loot", "clash", "explosive"})


_MUNITIONS = word_lists("event_frames.json").words("air_munitions")


def _weapon_subject(agent: Any, t: Trigger, triggers: list[Trigger]) -> str | None:
    """The kind of weapon the subject of a verb of attack names, told as new: a missile or a rocket fired ("Missiles
    struck a mosque": shelling), or, in a main clause, an explosive ("a bomb fixed to a car wounded a diplomat's
    wife"; not "hours after a bomb killed the army chief"). "The missile hit the vehicle" and "the bomb" are the
    weapons of a strike told before."""
    if agent.dep_ != "nsubj" or agent.head.i != t.i:
        return None
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in agent.children):
        return None
    lemma_kinds = event_lexicon().lemma_kinds
    if agent.lower_ in _MUNITIONS and "shell" in {
        lemma_kinds.get(w) for w in (agent.lemma_.lower(), agent.lower_.rstrip("s"))
    }:
        return "shell"
    if agent.head.dep_ in ("advcl", "pcomp", "relcl", "acl"):
        return None
    return next((u.kind for u in triggers if u.i == agent.i and u.kind in ("explosive", "grenade")), None)


def _nearest_verb(tok: Any) -> Any:
    """``tok`` if a verb, else the nearest verb above it (at most three steps up), else the last token reached."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


_REMOTE = frozenset({"shell", "air"})
_LISTED_ATTACKS = frozenset({"Riots", "Explosions/Remote violence"})  # an attack told of a list of towns
# "near the towns of Goris and Sotk", "the villages of Ain Zara, Tajoura and Qasr Bin Ghashir": settlements listed
_TOWNS_OF = re.compile(
    # (or the sites "around Tripoli and Misrata", "near Goris and Sotk")
    r"\b(?:(?:towns|villages|cities|settlements)\s+of|around|near)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?"
    r"(?:,\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)*,?\s+and\s+[A-Z]"
)


def _towns_struck(sent: Any, tok: Any) -> tuple[int, int] | None:
    """The characters from "the towns of X and Y" after a strike to the sentence's end ("struck Armenian positions
    ..., hitting targets near the towns of Goris and Sotk and in and around the spa resort of Jermuk"): one strike
    event per town (ACLED: one event per location)."""
    found = _TOWNS_OF.search(sent.text, tok.idx - sent.start_char)
    if found is not None:
        return sent.start_char + found.start(), sent.end_char
    # "Scud missiles hit Tel Aviv and the northern port of Haifa": the towns the strike verb takes as its objects
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if tok.pos_ != "VERB" or obj is None or not obj.conjuncts:
        return None
    last = max(obj.conjuncts, key=lambda c: c.i)
    if not any(w.pos_ == "PROPN" for w in last.subtree):
        return None
    return obj.left_edge.idx, last.right_edge.idx + len(last.right_edge.text)


def _listed_where(tok: Any) -> tuple[int, int] | None:
    """The characters of "in X and Y" (or "in the cities of X and Y") told of a demonstration's clause ("In Brest
    and Grodno, police dispersed crowds"): one event per town (ACLED: one event per location)."""
    verb = _nearest_verb(tok)
    named = []
    # "in Kairouan, in Sfax, and in Ben Guerdane": the parser may hang the last phrase on the one before it
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
    preps += [g for c in preps for g in c.conjuncts if g.lower_ == "in" and g not in preps]
    # "went off at government offices and police buildings in Larnaca and Limassol": the sites' towns
    sites = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "outside") for g in c.children]
    preps += [c for g in sites if g.dep_ == "pobj" for c in g.children if c.dep_ == "prep" and c.lower_ == "in"]
    for prep in sorted(preps, key=lambda c: c.i):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and any(w.dep_ == "conj" and w.pos_ == "PROPN" for w in obj.subtree):
            return obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
        if obj is not None and any(w.pos_ == "PROPN" for w in obj.subtree):
            named.append((prep, obj))
        elif obj is not None and (capital := _capital_named(obj)) is not None:
            named.append((prep, capital))  # "in Cali and in the capital, Bogota"
    if len(named) >= 2:
        # "In Omdurman, across the Nile, and in the eastern city of Gedaref, security forces fired tear gas": two
        # phrases of place joined by "and" (not "in Kerdasa, in Giza province", which places one town twice); the
        # "and" may hang on the first phrase with the second ("in Sousse and in Meknassy")
        (first, first_obj), (last, last_obj) = named[0], named[-1]
        if any(w.lower_ == "and" for w in tok.doc[first_obj.right_edge.i + 1 : last.i]):
            end = max(last.right_edge, last_obj.right_edge, key=lambda w: w.i)
            return first.idx, end.idx + len(end.text)
    return None


def _capital_named(obj: Any) -> Any | None:
    """The name set beside "the capital" after a comma ("in the capital, Bogota"), which the parser may hang
    elsewhere."""
    doc = obj.doc
    if obj.lower_ != "capital" or obj.i + 2 >= len(doc) or doc[obj.i + 1].text != ",":
        return None
    name = doc[obj.i + 2]
    return name if name.pos_ == "PROPN" else None


# the background marks of a trigger whose kind never types a note's scene: a grievance or cause, the start of a period
# compared with, a weapon only carried
_NOT_SCENE = frozenset({"cause", "since", "carried", "ranked"})
_SAYING = frozenset(reporting_verbs("source")) - {"claim"}  # a claimant did what it claims


def _names_the_act(agent: Any, tok: Any) -> bool:
    """Is the agent a noun naming an act of violence ("the strike", "the blast"), the subject of another verb?"""
    return agent.i != tok.i and agent.pos_ == "NOUN" and agent.lower_ in reportability().act_nouns


def _speaker(agent: Any, tok: Any) -> bool:
    """Is the agent found for the trigger the subject of a verb of saying other than the trigger itself ("...,
    residents said")? The one who tells of an act is not its doer."""
    return agent.dep_ == "nsubj" and agent.head.i != tok.i and agent.head.lemma_.lower() in _SAYING


def _noun_subject(verb: Any) -> Any | None:
    """The verb's subject when a noun or a name (not a pronoun) fills it."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _agrees(pronoun: Any, noun: Any) -> bool:
    """Number agreement of "it" or "they" with a noun ("we" stands for an organisation or a group either way)."""
    plural = noun.tag_ in ("NNS", "NNPS")
    return bool(pronoun.lower_ == "we" or (pronoun.lower_ == "they") == plural)


def _previous_subject(agent: Any, before: Any) -> Any:
    """A pronoun subject of a main clause at the start of a sentence stands for the subject of the sentence before
    when they agree in number (the centering preference: "The army began its push toward Kidal. It took the
    village of Anefis")."""
    verb = agent.head
    if agent.dep_ != "nsubj" or verb.dep_ != "ROOT" or agent.i != agent.sent.start:
        return agent
    root = before.root
    saying = root.lemma_.lower() in _SAYING
    told = next((c for c in root.children if c.dep_ == "ccomp"), None) if saying else None
    reported = _noun_subject(told) if told is not None else None
    if saying and reported is None and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in root.children):
        # "Survivors said several hundred rebels ... came out of the bush", parsed with the rebels as what was said
        reported = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if reported is not None and _agrees(agent, reported):
        # "Survivors said several hundred rebels came out of the bush. They overpowered the guards": the sentence
        # before told of the rebels; its speakers only told it
        return reported
    subject = _noun_subject(root)
    return subject if subject is not None and _agrees(agent, subject) else agent


def _reported_self(agent: Any) -> Any:
    """A pronoun subject of a clause reported by a verb of saying stands for that verb's subject when they agree in
    number ("Mali's army said it had taken control of Kidal", "the rebels said they had withdrawn")."""
    if agent.lower_ not in ("it", "they", "we") or agent.dep_ != "nsubj":
        return agent
    verb = agent.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING:
        return agent
    speaker = _noun_subject(verb.head)
    return speaker if speaker is not None and _agrees(agent, speaker) else agent


def _trigger_rank(m: Frame, doc: Any) -> tuple[bool, bool, bool, bool, bool, bool, bool, bool, int, int]:
    """Which of a sentence's triggers of one type names it: for a strategic development the word of that very
    sub-type first ("preventive arrests" for an arrest, not "patrols" typed by its scene), then one that tells what
    happened ("said it was sending doctors and would evacuate the injured": the sending, not what it would do), then
    one that is not a ranking ("the toll from an attack ... rose to 305, making it the deadliest attack": the first
    names it, the second compares it), then the shallowest, then the kind's priority."""
    lex = event_lexicon()
    developments = m.etype.acled_type == "Strategic developments"  # typed by the sentence's scene otherwise
    own = not developments or lex.kind_map[m.trigger.kind][1] == m.etype.acled_sub
    told = m.modality in ("asserted", "reported")
    tok = doc[m.trigger.i]
    ranked = any(c.dep_ == "amod" and c.tag_ == "JJS" for c in tok.children)
    # "The seven attackers ... went from room to room shooting pupils": the gerund the tagger took for a noun on
    # the people it harms names the act, before the noun for its doers
    gerund = tok.dep_ == "compound" and tok.lower_.endswith("ing") and tok.head.tag_ == "NNS"
    # "Several guardsmen were killed in an exchange of fire, and the raiders seized the deputies": a verb told with
    # its doer as its subject names the act, before the dead told by the event they died in
    died_in = tok.tag_ == "VBN" and any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(g.lemma_.lower() in lex.lemma_kinds or g.lemma_.lower() in lex.phrases for g in c.children)
        for c in tok.children
    )
    doer_told = died_in and any(
        u.i != tok.i
        and u.pos_ == "VERB"
        and lex.lemma_kinds.get(u.lemma_.lower()) in ("attack", "abduct", "clash", "overtake")
        and any(c.dep_ == "nsubj" for c in u.children)
        for u in tok.sent
    )
    # "searched for the gunmen who shot two officers on Saturday": the verb of a relative clause that dates its own
    # act names that act, before the noun for its doers (not "a gunman who killed 35 people was captured on
    # Monday", a man described by what he did)
    doers_told = (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in _SELF_AGENTS
        and any(
            c.dep_ == "relcl" and c.pos_ == "VERB" and any(w.ent_type_ in ("DATE", "TIME") for w in c.subtree)
            for c in tok.children
        )
    )
    return (
        not own,
        not told,
        ranked,
        not gerund,
        doer_told,
        doers_told,
        # "The clashes began on Thursday, when bodyguards and soldiers exchanged fire at a checkpoint": the noun whose
        # series begins names the series; the act its clause tells is the event
        # (a crowd's series, "the protests started on Wednesday, when workers rallied", stays told by its noun)
        m.trigger.kind not in _CROWD_KINDS and _of_series_course(tok),
        _begun_when(tok),
        m.trigger.depth,
        -lex.priority[m.trigger.kind],
    )


def _begun_when(tok: Any) -> bool:
    """ "The fighting started on Sunday morning, when gunmen in a passing car opened fire on a crowd": the noun whose
    course begins with a "when" clause names what that clause tells, the act it began with."""
    head = tok.head
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "nsubj"
        and course_of(head)
        and any(
            opened_by_when(c)
            and (
                (c.dep_ == "advcl" and c.head.i == head.i)
                # "The unrest began on Wednesday in Pristina, the provincial capital, when thousands marched": the
                # parser hangs the clause on the town's noun, but a "when" clause times no place
                or (c.dep_ == "relcl" and c.head.i != tok.i and c.head.ent_type_ not in ("DATE", "TIME"))
            )
            for c in head.subtree
        )
    )


def _of_series_course(tok: Any) -> bool:
    """The noun whose series begins ("the clashes began on Thursday"), or a verb joined to its verb that shares it
    as subject ("the strikes began after 1 a.m. and hit nine sites"): both tell the series, not one act of it."""
    if series_course(tok):
        return True
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and series_course(c) for c in tok.head.children)


# verbs that tell only the harm, not how it was done: coordinated with another clause, they share its doer
# ("a boy was killed and two injured when police fired")
_HARM_KINDS = frozenset({"attack", "shell", "air", "grenade", "explosive", "suicide"})
_SELF_AGENTS = word_lists("doers.json").words("self_agents")  # "gunmen", "attackers": nouns that name their act
_RESULT_LEMMAS = word_lists("doers.json").words("result_verbs")
# "marched in X, and in Y traders shut their shops": two protests; "set fire to mosques in X", another town: two riots
_CROWD_KINDS = frozenset({"protest", "riot", "loot"})


def _has_subject(verb: Any) -> bool:
    """A verb with a subject of its own, or a finite verb parsed as a clause on its subject noun ("and a youth
    perished": the tagger's past tense, not a participle, marks a clause)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True
    if verb.dep_ != "acl":
        return False
    head = verb.head  # "... and a youth perished": a noun coordinated with a verb heads a clause, not a phrase
    return verb.tag_ == "VBD" or (head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"))


def _clause_verb(tok: Any) -> Any | None:
    """The verb of the finite clause the trigger is told in: the nearest verb above it with a subject of its own
    ("perished in police firing": perished)."""
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX") and _has_subject(tok):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _own_doer(tok: Any, verb: Any, agent: Any) -> Any | None:
    """The doer the trigger's own clause names (its subject, its "by" agent, who fired in "police firing", who
    fired in a clause of time), not a speaker found further up."""
    if agent is None:
        return None
    near = {tok.i, verb.i}
    if agent.head.i in near or agent.head.head.i in near or tok.head.i == agent.i or agent.i == tok.i - 1:
        return agent
    named = {d.i for d in (doer_named(tok), doer_named(verb)) if d is not None}
    return agent if agent.i in named else None


def _about_people(verb: Any) -> bool:
    """Is the clause's subject a person or people ("a woman was burnt alive", "a youth perished")?"""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "acl":
        subj = verb.head
    return subj is not None and is_person(subj.lower_)


def _partners(verb: Any) -> list[Any]:
    """The verbs coordinated with ``verb`` (through a subject noun coordinated with another clause's subject)."""
    out = [c for c in verb.children if c.dep_ == "conj"]
    out += [a for c in out if c.pos_ in ("NOUN", "PROPN") for a in c.children if a.dep_ == "acl"]
    if verb.dep_ == "conj":
        out.append(verb.head)
    elif verb.dep_ == "acl" and verb.head.dep_ == "conj":
        out.append(verb.head.head)
    return [p for p in out if p.pos_ in ("VERB", "AUX") and _has_subject(p)]


def _takings_apart(doc: Any, triggers: list[Trigger]) -> dict[int, int]:
    """ "British paratroopers seized Gamil airfield ..., while French paratroopers captured the bridges at Raswa": two
    verbs of taking in one sentence, each with a subject and an object of its own, the subjects different, take two
    places (ACLED: one event per location). Returns trigger index -> its verb's index for each."""
    own: dict[int, str] = {}
    for t in triggers:
        tok = doc[t.i]
        if t.kind not in ("overtake", "regain") or tok.pos_ != "VERB":
            continue  # (not "as soldiers abandoned their posts": the other side of the same taking)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if subj is not None and obj is not None and (obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_ in SITES):
            own[t.i] = " ".join(w.lower_ for w in subj.subtree)
    if len(set(own.values())) < 2:
        return {}
    return {i: i for i in own}


def _coordinated_apart(
    doc: Any, triggers: list[Trigger], agents: dict[int, Any], places: frozenset[int] = frozenset()
) -> dict[int, int]:
    """Triggers told in coordinated clauses, each with its own subject, its own manner of harm and a different doer,
    the state's forces in one and not in the other: "a woman was burnt alive and a youth perished in police firing"
    reports two events (two actor pairs), so each
    keeps its own mention (by its clause verb's index); a killing and its wounded ("killed and two injured") stay
    one. Returns trigger index -> clause verb index for the triggers kept apart."""
    own: dict[int, int] = {}
    doers: dict[int, str] = {}
    state: dict[int, bool] = {}
    for t in triggers:
        tok = doc[t.i]
        if t.kind not in _HARM_KINDS or tok.lemma_.lower() in _RESULT_LEMMAS:
            continue
        verb = _clause_verb(tok)
        if verb is None or not _partners(verb) or not _about_people(verb):
            continue  # "missiles hit the port and two more were shot down": one strike and its interception
        doer = _own_doer(tok, verb, agents.get(t.i))
        if tok.pos_ not in ("VERB", "AUX") and doer is None:
            continue  # a noun naming an act without its doer ("points to the attack") refers to one told already
        own[t.i] = verb.i
        doers[t.i] = doer.text.lower() if doer is not None else ""
        state[t.i] = doer is not None and by_state([doer])
    apart: dict[int, int] = {}
    for i, v in own.items():
        # the state's forces and someone else (or no one named): two actor pairs; two clauses about unnamed or
        # non-state doers may be one attack told with ellipsis ("a woman was hacked to death and her son was shot
        # by the gunmen")
        rivals = [
            j
            for j, w in own.items()
            if w != v and doers[j] != doers[i] and state[j] != state[i] and not _one_account(doc[w], doc[v])
        ]
        if rivals:
            apart[i] = v
    # "a volunteer was shot dead in Sai Buri and a grenade was thrown at a base in Raman": coordinated clauses that
    # name two different places are two events (ACLED: one event per place)
    placed: dict[int, tuple[int, frozenset[str]]] = {}
    crowds = {c.i for t in triggers if t.kind in _CROWD_KINDS and (c := _clause_verb(doc[t.i])) is not None}
    for t in triggers:
        tok = doc[t.i]
        if t.kind not in _HARM_KINDS | _CROWD_KINDS or tok.lemma_.lower() in _RESULT_LEMMAS:
            continue
        verb = _clause_verb(tok)
        if verb is not None and _partners(verb):
            names = _places_of(verb)
            known = not places or any(w.idx in places for w in verb.subtree if w.lower_ in names)
            if verb.i in crowds and not known:
                continue  # a crowd's clause is told apart by its place only where the place it names is known
            if names:
                placed[t.i] = (verb.i, names)
    for i, (v, names) in placed.items():
        if any(w != v and not (other & names) for j, (w, other) in placed.items() if j != i):
            apart[i] = v
    verbs = set(apart.values())
    for t in triggers:  # "..., wounding one ranger": the harm told in a clause kept apart is that clause's
        if t.i not in apart and (v := _clause_index(doc[t.i])) in verbs:
            apart[t.i] = v
    return apart


_CLAUSE_LINKS = frozenset({"conj", "advcl", "ccomp", "parataxis", "xcomp"})


def _speaker_verb(verb: Any) -> Any | None:
    """The verb of speech whose reported clause holds ``verb`` ("saying that ... and that ..."), if any."""
    for anc in [verb, *verb.ancestors][:6]:
        if anc.dep_ == "ccomp" and anc.head.lemma_.lower() in _SAYING:
            return anc.head
    return None


def _one_account(a: Any, b: Any) -> bool:
    """Are two clauses both of what one speaker says ("a statement saying that the police fired from three sides
    and that the two policemen were struck by the bullets of their colleagues")? One side's account of one event,
    whoever each clause makes the doer."""
    sa, sb = _speaker_verb(a), _speaker_verb(b)
    return sa is not None and sb is not None and sa.i == sb.i


def _done_to(word: Any, act: Any) -> bool:
    """Is ``word`` in what ``act`` was done to ("opened fire on people marching on his palace"), not in a clause
    joined to it ("were wounded ..., and thousands protested overnight")?"""
    tok = word
    for _ in range(12):
        if tok.i == act.i:
            return True
        if tok.dep_ in _CLAUSE_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _went_peacefully(tok: Any) -> Any | None:
    """ "a march by union members passed off peacefully", "the rally ended peacefully": the clause verb of a
    demonstration (its subject, or the verb itself) said to have gone peacefully."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    return verb if any(c.dep_ == "advmod" and c.lower_ == "peacefully" for c in verb.children) else None


def _relative_clause(tok: Any) -> Any | None:
    """The relative clause (its verb) that holds ``tok``, if one does within a few steps up."""
    for _ in range(8):
        if tok.dep_ == "relcl":
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _told_aside(doc: Any, b: int, t: int) -> bool:
    """Is trigger ``b`` told in a relative clause that describes someone named in the sentence ("Hachalu Hundessa,
    whose songs became anthems of the protest movement"), a clause that does not hold trigger ``t``? What it tells
    of them does not type ``t``'s event; a clause of the scene's place or time ("where mobs torched houses") does."""
    tok = _relative_clause(doc[b])
    if tok is None:
        return False
    scene = any(w.lower_ in ("where", "when") for w in tok.subtree if w.i < tok.i)
    named = tok.head.pos_ == "PROPN" or tok.head.dep_ == "appos"  # "X, a singer whose songs ..."
    # "the coalition of farmers and groups that is leading the protests": what someone does now, told in the present,
    # describes them; it is no part of a scene told in the past
    present = any(w.dep_ in ("aux", "auxpass") and w.tag_ in ("VBZ", "VBP") for w in tok.children) or (
        tok.tag_ in ("VBZ", "VBP") and doc[t].tag_ in ("VBD", "VBN")
    )
    return (named or present) and not scene and not (tok.left_edge.i <= t <= tok.right_edge.i)


def _in_any(tok: Any, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= tok.idx < hi for lo, hi in spans)


def _described_by(tok: Any) -> tuple[int, int] | None:
    """The characters of a noun phrase that describes people or things by what was done to them ("a day of mourning
    for the 13 men shot dead by British paratroopers in Londonderry on Sunday"), when ``tok`` is its participle."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None  # (a participle the tagger may read as a past tense: "a boy shot dead by a police officer")
    if not any(c.dep_ == "agent" or _place_phrase(c) for c in tok.children):
        # "treated 100 people injured during the night": a count of the hurt, no act told of its own; "buried three
        # of those killed in Thursday's raid in the village of Sitra": where the event they died in was is not said
        return None
    words = list(tok.head.subtree)  # (the people it describes with it: "the 13 men ...")
    return (words[0].idx, words[-1].idx + len(words[-1].text))


def _place_phrase(prep: Any) -> bool:
    """ "in Londonderry", "at the checkpoint": a phrase of place, not one naming an event ("in Thursday's raid")."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "at", "near")
        and not any(c.dep_ == "pobj" and violent_word(c) for c in prep.children)
    )


def _clause_span(verb: Any) -> tuple[int, int]:
    """The characters of the clause of ``verb``, less the clauses coordinated with it."""
    # (a noun the parser joined to the verb is its object's list: "killed 13 service members and at least 170 Afghans")
    joined = {w.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for w in c.subtree}
    own = [w for w in verb.subtree if w.i not in joined]
    return (own[0].idx, own[-1].idx + len(own[-1].text))


def _clause_index(tok: Any) -> int:
    """The index of the verb of the finite clause ``tok`` is told in (itself when there is none)."""
    verb = _clause_verb(tok)
    return int(verb.i) if verb is not None else int(tok.i)


def _places_of(verb: Any) -> frozenset[str]:
    """The proper names of the places the clause of ``verb`` itself names ("in Pattani's Sai Buri district"), not
    those of a clause coordinated with it."""
    names: set[str] = set()
    # a verb coordinated with it that shares its subject is its clause too ("burned effigies and shouted slogans
    # in Jammu")
    own = {verb.i} | {c.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _has_subject(c)}
    for w in verb.subtree:
        if w.dep_ != "pobj" or w.head.lower_ not in ("in", "at", "near", "outside"):
            continue
        up = w.head
        while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head
        if up.i in own:
            names.update(x.lower_ for x in w.subtree if x.pos_ == "PROPN")
    return frozenset(names)


def _cut_out(cut: str, own_scope: str | None, scope: str, own_words: str | None, own_text: str) -> tuple[str, str]:
    """A trigger's scope (lower case) and words with the clause ``cut`` blanked out: another act's clause, an aside,
    a weapon carried, who the doers are. Nothing cut yet, they start from the sentence's (``scope``, ``own_text``)."""
    base_scope = own_scope if own_scope is not None else scope
    base_words = own_words if own_words is not None else own_text
    return base_scope.replace(cut.lower(), " "), base_words.replace(cut, " ")


def _without_remembered(sent: Any, triggers: list[Trigger], back: dict[int, str]) -> str:
    """The sentence's words that tell its own scene, less the phrases naming an event of another day
    ("to mark the anniversary of the bombing that killed 40 people", "days after the explosion"): a march that
    remembers a bombing is no bombing, and the bombing's dead are not the march's."""
    text = str(sent.text)
    doc = sent.doc
    for t in triggers:
        tok = doc[t.i]
        # ("in the bloodiest labour clash Nigeria has known": the ranking's words tell no scene either)
        if back.get(t.i) not in ("cause", "ranked"):
            continue
        if back.get(t.i) == "cause" and not remembered(tok):
            tok = _clause_of_another_day(tok)  # "..., a day after gunmen attacked three military sites"
            if tok is None or not any(
                not (tok.left_edge.i <= u.i <= tok.right_edge.i) and u.i not in back for u in triggers
            ):
                continue  # "This comes a day after Azerbaijan launched an operation": the clause tells the event
        a = tok.left_edge.idx - sent.start_char
        b = tok.right_edge.idx + len(tok.right_edge.text) - sent.start_char
        text = text[:a] + " " * (b - a) + text[b:]
    own = {t.i for t in triggers}
    for said in (t for t in sent if t.lemma_.lower() in _SAY and t.i not in own):
        if not own or said.i <= min(own):
            continue
        # (not a subject the parse stretched over the event's own words: "Thousands marched on the town, where crowds
        # stormed the party offices, travellers said" tells no speaker in the march)
        speakers = [
            c for c in said.children if c.dep_ == "nsubj" and not any(c.left_edge.i <= i <= c.right_edge.i for i in own)
        ]
        for c in speakers:
            # "..., the army said": who tells of the scene is not in it (the army is no side of the attack)
            a = c.left_edge.idx - sent.start_char
            b = c.right_edge.idx + len(c.right_edge.text) - sent.start_char
            text = text[:a] + " " * (b - a) + text[b:]
        comma = next((t for t in reversed(doc[max(sent.start, said.i - 8) : said.i]) if t.text == ","), None)
        if not speakers and comma is not None and said.i == sent.end - 2:
            # "... attacking girls with machetes, police and army officials said.", the speakers parsed into the
            # clause before them: the words between the last comma and the sentence-final "said"
            a = comma.idx + 1 - sent.start_char
            b = said.idx - sent.start_char
            text = text[:a] + " " * (b - a) + text[b:]
    return text


_APART_UNITS = frozenset(UNIT_DAYS) | {"hour"}  # "hours after a bomb killed the army chief": another act, told apart


def _blew_up_itself(tok: Any) -> bool:
    """Is ``tok`` "blew up" with no object ("the airliner blew up and fell into the sea"), its subject what exploded?"""
    return tok.lemma_.lower() == "blow" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)


def _armed_group(doer: Any, verb: Any) -> bool:
    """Is the doer, the active subject of ``verb``, an armed group other than the state's forces ("gunmen", "a group
    of armed men", "rebels")?"""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "armed men reached the site, rounded up the injured": the subject of the first verb
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if passive or doer.dep_ != "nsubj" or doer.head.i != first.i or by_state([doer]):
        return False  # (not "members of the group surrendered and were arrested": who was taken)
    named = [doer, *(c for c in doer.children if c.dep_ in ("amod", "compound"))]
    named += [g for p in doer.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]  # "a group of"
    named += [c for g in named if g.dep_ == "pobj" for c in g.children if c.dep_ == "amod"]
    if any(w.lower_ == "armed" for w in named):
        return True  # "a group of armed men" (not "armed police")
    entries = [noun_entry(w) for w in named if w.lower_ != "group"]
    return any(e is not None and e[1] in _NON_STATE_ARMED for e in entries)


_NON_STATE_ARMED = frozenset({AcledInter.REBEL_GROUP, AcledInter.POLITICAL_MILITIA, AcledInter.IDENTITY_MILITIA})


def _clause_of_another_day(tok: Any) -> Any | None:
    """The clause verb of ``tok`` when a count of days ties it to the sentence's event ("a day after gunmen attacked
    three military sites", "two days before troops shelled the town"): another day's event, whose words do not type
    this one."""
    verb = _nearest_verb(tok)
    return verb if _count_mark(verb) is not None else None


def _count_mark(verb: Any) -> Any | None:
    """The "after" or "before" right after a unit of time ("a day after", "two days before") that marks ``verb``'s
    clause; None when there is none."""
    marks = [c for c in verb.children if c.dep_ in ("mark", "prep", "advmod")]
    if verb.dep_ == "pcomp":
        marks.append(verb.head)  # "a day after overrunning Mosul": the gerund hangs on "after"
    return next(
        (
            c
            for c in marks
            if c.lower_ in ("after", "before") and c.i > 0 and c.doc[c.i - 1].lemma_.lower() in _APART_UNITS
        ),
        None,
    )


# the weekdays, and the one-word days counted from the report ("today", "yesterday"); not the short forms ("sat",
# "sun", "wed"), which are also words of their own
_DAYS_NAMED = frozenset(
    w
    for w in (*word_lists("time_words.json").counts("weekdays"), *word_lists("time_words.json").counts("day_offsets"))
    if " " not in w and len(w) > 4
)


_MONTHS = frozenset(w for w in word_lists("time_words.json").counts("months") if len(w) > 3)


def _dated_host(verb: Any) -> bool:
    """Is the clause a count of days marks (``verb``) counted from a day the sentence's main clause tells ("Troops
    patrolled Aden on Sunday, a day after crowds burned the offices"), not one a subordinate clause tells ("began after
    a student died on Monday, three days after she was detained": an antecedent's antecedent)?"""
    days = [
        g
        for g in verb.sent
        if g.i < verb.left_edge.i and (g.ent_type_ == "DATE" or g.lower_ in _DAYS_NAMED or g.lower_ in _MONTHS)
    ]
    if not days:
        return False
    t = days[-1].head
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t.dep_ not in ("advcl", "relcl", "acl", "pcomp")


def _counted_clause_above(tok: Any) -> Any | None:
    """The verb of the clause a count of days sets apart that holds ``tok``, itself or through the participle, the
    conjunct or the object it hangs on ("two days after guards opened fire on protesters marching on the palace,
    killing 28": "killing" too)."""
    for _ in range(5):
        verb = _clause_of_another_day(tok)
        if verb is not None:
            return verb
        if tok.dep_ not in ("advcl", "conj", "xcomp", "acl", "pcomp", "pobj", "prep", "dobj") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _act_outside(verb: Any, acts: list[Trigger]) -> bool:
    """Does the sentence tell an act of its own outside the clause of ``verb`` (the main clause's event)?"""
    return any(not verb.left_edge.i <= u.i <= verb.right_edge.i for u in acts)


def _day_told_before(verb: Any) -> bool:
    """Does the sentence name a day before the count of days that ties ``verb``'s clause to it ("fired on protesters
    on Thursday, a day after ...")? Then the count runs from that day."""
    mark = _count_mark(verb)
    if mark is None:
        return False
    # (a day of the main clause, not of a cause it names: "began after a student died on Monday, three days after she
    # was detained")
    return any(w.lower_ in _DAYS_NAMED and not _in_marked_clause(w) for w in verb.sent if w.i < mark.i - 1)


def _in_marked_clause(tok: Any) -> bool:
    """Is ``tok`` told in a clause marked as another event's time ("after a student died on Monday")?"""
    for a in tok.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until") for c in a.children)
    return False


def _act_of_another_day(tok: Any) -> bool:
    """Is ``tok`` a noun that names an act by the count of days its sentence's event lies from it ("on Monday, four
    days after the bloodiest clash yet between police and militiamen")?"""
    # (the parser may take the noun for a clause whose mark is "after")
    links = [c for c in tok.children if c.dep_ == "mark"] + ([tok.head] if tok.dep_ == "pobj" else [])
    return tok.pos_ == "NOUN" and any(
        c.lower_ in ("after", "before")
        and c.i > 0
        and tok.doc[c.i - 1].lemma_.lower() in _APART_UNITS
        and any(n.dep_ == "nummod" or n.lower_ in ("a", "an") for n in tok.doc[c.i - 1].children)  # a count of days
        for c in links
    )


def _same_family(a: str, b: str) -> bool:
    """Are two trigger kinds the same, or both acts of force, one of them by a weapon ("killed ... in a drone strike,
    two days after a suicide bombing ... killed 183": a strike and a bombing, each its own day's event; not gangs that
    "exchanged gunfire for hours before breaking in", after they "attacked" the prison)?"""
    force = WEAPON_KINDS | _FIGHT_KINDS
    return a == b or (a in force and b in force and bool({a, b} & WEAPON_KINDS))


def _another_day_apart(doc: Any, triggers: list[Trigger]) -> dict[int, int]:
    """Triggers told in a clause that a count of days ties to the sentence's event ("seized Tikrit on Wednesday, a
    day after overrunning Mosul"): another day's event of the main clause's kind, kept apart from it (one of
    another kind is a mention of its own already). Returns trigger index -> that clause's verb index."""
    apart: dict[int, int] = {}
    for t in triggers:
        verb = _clause_of_another_day(doc[t.i])
        if verb is None:
            continue
        if any(_same_family(u.kind, t.kind) and not (verb.left_edge.i <= u.i <= verb.right_edge.i) for u in triggers):
            apart[t.i] = verb.i
    return apart


# "a third wrecked Raja's restaurant", "another exploded outside a bank": a count whose noun is left out
_ELIDED = re.compile(
    ONE_MORE + r"\s+(" + "|".join(sorted(word_lists("event_frames.json").words("elided_strike_verbs"))) + r")\b"
)
_ELIDED_KINDS = frozenset({"explosive", "shell", "air", "suicide", "grenade"})  # weapons counted one by one


def _add_elided(doc: Any, sents: list[Any], per_sent: list[list[Trigger]]) -> None:
    """ "Two blasts hit cafes on Jimbaran beach. Minutes later a third wrecked a restaurant in Kuta": a blast or a
    strike counted on with its noun left out is one more event of the kind told just before (in its sentence or the
    one before it), its verb the trigger."""
    for n, sent in enumerate(sents):
        for m in _ELIDED.finditer(sent.text):
            told = [t for ts in per_sent[max(0, n - 1) : n + 1] for t in ts if t.start < sent.start_char + m.start()]
            kinds = [t.kind for t in told if t.kind in _ELIDED_KINDS and doc[t.i].pos_ == "NOUN"]
            span = doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1))
            if not kinds or span is None or any(t.i == span[0].i for t in per_sent[n]):
                continue
            tok = span[0]
            depth = sum(1 for _ in tok.ancestors)
            per_sent[n].append(Trigger(kinds[-1], tok.i, tok.idx, tok.text, depth))
            per_sent[n].sort(key=lambda t: t.start)


# the clothes of a force that doers wore, or a force they passed themselves off as: no side of the event
_UNIFORMED = re.compile(
    r"\b(?:in|wearing|wore|dressed in|clad in)\s+(?:\w+\s+)?(?:military|army|police|security|combat)\s+"
    r"(?:uniforms?|fatigues|clothing|clothes|gear)\b"
    r"|\b(?:disguised|dressed|posing|masquerading)\s+as\s+(?:\w+\s+)?(?:soldiers|troops|police(?:men)?|officers)\b",
    re.IGNORECASE,
)


def _fallback(sent: Any, label: str | None, scope: str) -> Frame:
    """An article that names no trigger word still reports something: its lead sentence, typed by its cues."""
    lex = event_lexicon()
    by_label = {v[1]: k for k, v in lex.kind_map.items() if v[0] == "acled"}
    root = sent.root
    if root.lemma_.lower() in _SAY:  # "X did Y, an official said": the reported clause is the event
        root = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis")), root)
    for said in (t for t in sent if t.lemma_.lower() in _SAY and t is not root):
        for c in said.children:  # the speaker is not the scene: "..., French border police said"
            if c.dep_ in ("nsubj", "nsubjpass"):
                scope = scope.replace(" ".join(w.text for w in c.subtree).lower(), " ")
    if label is not None:
        kind = by_label.get(label, "change")
    elif root.lemma_.lower() in OBSTRUCTING_VERBS:
        kind = "protest"  # "workers blocked the bridge": PLOVER's protest by obstruction
    elif lex.context["demonstration"].search(scope):
        kind = "protest"
    elif lex.context["armed_actor"].search(scope) or lex.context["lethal_force"].search(scope):
        kind = "attack"
    elif re.search(r"\b(?:violence|violent|unrest|chaos|chased?|chasing)\b", scope):
        kind = "riot"
    else:
        kind = "consult"
    trig = Trigger(kind, root.i, root.idx, root.text, 0)
    sub = acled_sub_type({kind}, scope, [], label) if lex.kind_map[kind][0] == "acled" else None
    end = sent.start_char + len(sent.text)
    return Frame(trig, 0, sent.start_char, end, sent.text, "asserted", classify(kind, sub))
