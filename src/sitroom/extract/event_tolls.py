"""Each event's toll (the ``casualties`` step and the toll rules of ``rank``): the counts of its own sentence or the
next, not a toll told of another thing; a toll stated once given to one event; the article's toll to its main
event."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from sitroom.extract.casualties import find_casualties, first_stated_casualties, killing_words
from sitroom.extract.dates import COMPARED_SINCE
from sitroom.extract.events import TERRITORY_SUBS
from sitroom.extract.lexicons import event_lexicon
from sitroom.extract.tolls import coded_to_event
from sitroom.model import Casualties, Frame, clauses_apart

__all__ = ["count_tolls", "give_each_toll_once", "main_event_toll"]


def count_tolls(mentions: list[Frame], doc: Any, sents: list[str], short: bool) -> None:
    """Counts of the event's sentence; else of the next sentence when it states a toll and no event of its own."""
    with_events = {m.sentence for m in mentions}
    cache: dict[int, Casualties] = {}

    def counts(n: int) -> Casualties:
        if n not in cache:
            cache[n] = find_casualties(sents[n])
        return cache[n]

    clauses: dict[tuple[int, int], Casualties] = {}
    apart = clauses_apart(mentions)
    for m in mentions:
        if m.clause_span is not None:
            # coordinated clauses told apart ("a volunteer was shot dead in Sai Buri and a grenade was thrown at a
            # base in Raman, wounding one ranger"): each event counts its own clause
            if m.clause_span not in clauses:
                clauses[m.clause_span] = find_casualties(doc.text[m.clause_span[0] : m.clause_span[1]])
            m.fatalities = clauses[m.clause_span]
            continue
        found = counts(m.sentence)
        nxt = m.sentence + 1
        if found.is_empty() and nxt < len(sents) and nxt not in with_events:
            found = counts(nxt)
        elif not short and _toll_of_another(doc, m, found):
            found = Casualties()
        if found.text and _in_apart(m, found, apart.get(m.sentence, []) + m.asides):
            # "resigned on Tuesday, a day after police shot dead 19 people", "set it ablaze ... in mourning for the
            # 13 men shot dead by paratroopers": that clause's, those people's
            found = Casualties()
        if not short and found.killed is None and m.named_victim and killing_words(m.trigger.text):
            # "Colonel Tung ... was detained at the headquarters that afternoon and shot dead that night": a person
            # named and killed is one dead, however far the words of the killing stand from the name
            found = replace(found, killed=1, qualifier=found.qualifier or "exact")
        m.fatalities = found
    _toll_to_its_day(mentions, doc)
    if short:
        # a coder's note that states the figure it codes ("12 fatalities coded to this event", "coded as 0") gives
        # its event that figure, whatever else the note counts (reported claims, totals of the day)
        coded = next((c for c in (coded_to_event(s) for s in sents) if c is not None), None)
        if coded is not None:
            for m in mentions:
                if m.etype.acled_type in _VIOLENT:
                    m.fatalities = replace(m.fatalities, killed=coded, killed_low=None, killed_high=None)


def _in_apart(m: Frame, found: Casualties, spans: list[tuple[int, int]]) -> bool:
    """Is the toll ``found`` of ``m``'s sentence stated inside a clause told apart from ``m``'s?"""
    at = m.sent_text.find(found.text or "")
    return at >= 0 and any(lo <= m.sent_start + at < hi for lo, hi in spans)


def _toll_to_its_day(mentions: list[Frame], doc: Any) -> None:
    """A toll whose count an act's verb governs ("... resigned on Tuesday, a day after police shot dead 19 people")
    is that act's: the sentence's events of another day do not take it."""
    shared: dict[int, list[Frame]] = {}
    for m in mentions:
        if m.clause_span is None and m.fatalities.text:
            shared.setdefault(id(m.fatalities), []).append(m)
    for group in shared.values():
        if len({m.date[0] for m in group}) < 2:
            continue
        span = _toll_span(doc, group[0], group[0].fatalities)
        if span is None:
            continue
        triggers = {m.trigger.i: m for m in group}
        owner = next((triggers[t.i] for t in (span.root, *span.root.ancestors) if t.i in triggers), None)
        if owner is None or any(span.start <= i < span.end and m is not owner for i, m in triggers.items()):
            continue  # "40 people had been detained and 12 police officers injured": two acts count in it
        for m in group:
            if m.date[0] != owner.date[0]:
                m.fatalities = Casualties()


def _toll_span(doc: Any, m: Frame, found: Casualties) -> Any | None:
    """The tokens of the words that state the toll ``found`` in ``m``'s sentence (None when it is not stated there)."""
    if not found.text:
        return None
    at = m.sent_text.find(found.text)
    if at < 0:
        return None
    return doc.char_span(m.sent_start + at, m.sent_start + at + len(found.text), alignment_mode="expand")


def _toll_of_another(doc: Any, m: Frame, found: Casualties) -> bool:
    """Is the sentence's toll told in a clause that describes another thing ("to mark the anniversary of the
    explosion that killed more than 200 people")? It is that thing's toll, not the mention's."""
    span = _toll_span(doc, m, found)
    if span is None:
        return False
    trigger = doc[m.trigger.i]
    tok = span.root
    for _ in range(8):
        if tok.i == trigger.i or tok.head.i == tok.i:
            return False
        if tok.dep_ in ("relcl", "acl") and not (tok.head.left_edge.i <= trigger.i <= tok.head.right_edge.i):
            return True
        tok = tok.head
    return False


_VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}


def give_each_toll_once(mentions: list[Frame], order: list[int]) -> None:
    """A toll stated once belongs to one event: the best-ranked violent event that shares it (else the best-ranked
    one); the others sharing its sentence get none, so that summing ``killed`` over events does not double count."""
    owners: dict[int, int] = {}
    for i in order:
        f = mentions[i].fatalities
        if f.is_empty():
            continue
        owner = owners.get(id(f))
        if owner is None or (_is_violent(mentions[i]) and not _is_violent(mentions[owner])):
            owners[id(f)] = i
    for i, m in enumerate(mentions):
        if not m.fatalities.is_empty() and owners.get(id(m.fatalities)) != i:
            m.fatalities = Casualties()


def _is_violent(m: Frame) -> bool:
    return m.etype.acled_type in _VIOLENT or m.etype.plover == "ASSAULT"


# "The fighting, now in its second week, has killed hundreds", "the war has claimed 40,000 lives"
_WAR_TOTAL = re.compile(
    r"\b(?:war|fighting|conflict|insurgency|violence|unrest|crisis)\b[^.;]{0,80}?\b(?:has|have)\s+"
    r"(?:killed|left|claimed|cost)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _disaster_words() -> re.Pattern[str]:
    words = sorted(w for w, kind in event_lexicon().lemma_kinds.items() if kind == "disaster")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")s?\b", re.IGNORECASE)


def _disaster_told(sentence: str) -> bool:
    """Does the sentence tell of a natural disaster (the event lexicon's disaster words)?"""
    return _disaster_words().search(sentence) is not None


def main_event_toll(m: Frame, heads: list[Frame], sents: list[str], short: bool, max_sentences: int) -> None:
    """The toll an article states first belongs to its main event ``m`` when that has none of its own, no other
    event of another day is counted, and the article has at most ``max_sentences`` sentences."""
    # a toll stated for an event of another day is that event's, not the main one's
    others_counted = any(o.fatalities.killed is not None and o.date[0] != m.date[0] for o in heads if o is not m)
    # an agreement has no toll of its own; arrests "in connection with" a killing do not take the killing's toll;
    # in an article, a town seized after days of fighting does not take the fighting's toll
    untolled = {"Arrests"} if short else {"Arrests", *TERRITORY_SUBS}
    tolled = (short or m.etype.acled_type in _VIOLENT | {"Protests"}) and m.etype.acled_sub not in untolled
    if tolled and m.fatalities.killed is None and not others_counted and len(sents) <= max_sentences:
        # the article's toll belongs to its main event; a war's running total is no event's
        # nor the toll of a natural disaster the article recalls ("an earthquake killed more than 2,200 people")
        # (nor the toll of what a superlative is measured from: "the largest since those of 2015, when a fire ...
        # killed dozens of people")
        stated = first_stated_casualties(
            s for s in sents if not _WAR_TOTAL.search(s) and not _disaster_told(s) and not COMPARED_SINCE.search(s)
        )
        owned = not short and any(o is not m and o.fatalities.text and o.fatalities.text == stated.text for o in heads)
        if stated.killed is not None and not owned:  # unless another event already has that very statement
            m.fatalities = stated
