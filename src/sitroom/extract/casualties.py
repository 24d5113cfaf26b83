"""Casualty counts in one sentence: killed (with civilians among them), injured and arrested.

Pure rules over tokens, no parser. A count is a number expression (digits, number words, "a dozen", "dozens")
with an optional qualifier ("at least", "about", "up to") or a range ("between 10 and 15", "10-12"). It counts
when it is the *victim* of a casualty word:

- subject of a passive or intransitive casualty word, possibly after a noun phrase and auxiliaries:
  "two soldiers and three civilians were killed" (a coordinated list sums), "15 militants killed in raids",
  "three people died", "five dead", "10 fatalities", "four wounded", "12 arrested";
- object of an active casualty verb or noun: "killing three", "killed 12 people", "left five dead",
  "claimed 30 lives", "the bodies of six", "arrested 40";
- a toll: "a death toll of at least 200", "the number of people killed has risen to 30";
- a partitive, the part and not the set: "killing three of them", "two of them died", "four of the five hostages
  were killed" (4); a partitive after a toll ("five of whom were children") gives civilians among the dead.

One victim without a number counts as 1: "killed a man", "shot dead a farmer", "a police officer was killed",
"injuring him". "including 10 civilians" after a toll gives the civilians among the dead. A count is never an age
("a 19-year-old", "John, 45,"), a year, a date, a clock time, money, a unit ("3 hours", "50 cattle") or the
agent of an active verb ("300 soldiers were deployed", "20 gunmen killed a trader" counts 1, not 20).

Conventions (documented, ACLED's where it has one): a range gives ``killed`` = its low end (ACLED records the
most conservative figure), ``killed_low``/``killed_high`` its ends; vague quantities take the values of
``data/number_words.json`` ("dozens" = 12, "hundreds" = 100, qualifier ``at_least``), except that unnumbered
deaths ("several", "many", "an unknown number of" dead) count 10 (``data/casualty_lexicon.json``). Within a sentence a
coordinated list sums; separate mentions of the same kind take the largest (news sentences often restate a total).
Victims named one by one in separate clauses add up ("a leader was killed, while a student was shot dead" is 2).
A sentence saying nobody was hurt gives ``killed`` = 0. A figure of 10,000 deaths or more is a war's running total,
not an event's, and deaths in accidents ("killed in a road accident") are not political violence: neither counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from sitroom.extract._casualty_lexicon import (
    KINDS,
    SUBSET_BEFORE,
    CountMention,
    Qty,
    civilians_in,
    is_person,
    lexicon,
    list_from,
    partitive_end,
)
from sitroom.extract._singular_victims import lone_victims, singular_mentions, to_death_mentions
from sitroom.extract._victim_roles import object_count, subject_count, toll_mentions
from sitroom.extract.numbers import NumberSpan, Token, scan_numbers, tokenize
from sitroom.extract.tolls import bodies_found, coded_to_event, cumulative_count, pooled_count
from sitroom.model import Casualties

__all__ = ["find_casualties", "first_stated_casualties"]


def _excluded(toks: list[Token], s: NumberSpan) -> bool:
    """Ages, years, dates, clock times, money, ordinals and measures are not counts of people."""
    lex = lexicon()
    nxt = toks[s.last + 1] if s.last + 1 < len(toks) else None
    nxt2 = toks[s.last + 2] if s.last + 2 < len(toks) else None
    prv = toks[s.first - 1] if s.first > 0 else None
    if nxt is not None and nxt2 is not None and is_person(nxt2.lower) and nxt.lower in lex["non_person_units"]:
        nxt = None
    if nxt is not None:
        if nxt.start == toks[s.last].end and nxt.lower in {"st", "nd", "rd", "th", "%", "am", "pm", "h", "hrs", "km"}:
            return True
        if nxt.lower in lex["non_person_units"] or nxt.lower in lex["months"]:
            return True
        if nxt.text in {":", "/", "%", "."} and nxt2 is not None and nxt2.text[:1].isdigit():
            return True
        if (
            nxt.text == "-"
            and nxt2 is not None
            and (nxt2.lower.startswith("year") or nxt2.lower in lex["non_person_units"])
        ):
            return True
        if nxt.lower.startswith("year-") or nxt.lower.startswith("years-"):
            return True
    if prv is not None:
        if prv.lower in lex["currency_before"] or prv.lower in lex["months"] or prv.lower in {"aged", "age", "ages"}:
            return True
        if prv.text in {"/", ":", "#", "№"} and prv.end == toks[s.first].start:
            return True
        if prv.lower in {"number", "route", "page", "article", "section", "no.", "#"}:
            return True
        if prv.text == "," and nxt is not None and nxt.text == "," and s.value < 120 and s.first == s.last:
            return True  # "John Doe, 45, was ..."
    raw = s.text.replace(",", "")
    return raw.isdigit() and len(raw) == 4 and 1800 <= s.value <= 2100 and "," not in s.text


def _quantities(toks: list[Token], spans: list[NumberSpan]) -> list[Qty]:
    lex = lexicon()
    qtys: list[Qty] = []
    i = 0
    while i < len(spans):
        s = spans[i]
        if _excluded(toks, s):
            i += 1
            continue
        q = Qty(s.first, s.last, s.value, num_first=s.first)
        if s.vague:
            q.qualifier = "at_least"
            q.vague_text = s.text.lower()
        # ranges: "10-12", "10 to 15", "10 or 12", "between 10 and 15"
        if i + 1 < len(spans):
            t = spans[i + 1]
            joiner = toks[s.last + 1].lower if s.last + 1 < len(toks) else ""
            between = s.first > 0 and toks[s.first - 1].lower in ("between", "from")
            if (
                t.first == s.last + 2
                and (joiner in ("-", "–", "to", "or") or (joiner == "and" and between))
                and t.value > s.value
                and not _excluded(toks, t)
            ):
                q = Qty(s.first - (1 if between else 0), t.last, s.value, s.value, t.value, "about", s.first)
                i += 1
        # qualifier before the number ("at least", "more than", "some")
        for width in (3, 2, 1):
            start = q.first - width
            if start >= 0:
                key = tuple(tk.lower for tk in toks[start : q.first])
                if key in lex["_qual"]:
                    if q.low is None:
                        q.qualifier = lex["_qual"][key]
                    q.first = start
                    break
        part = partitive_end(toks, q.last + 1)
        if part is not None:
            q.of_last, q.partitive = part
        qtys.append(q)
        i += 1
    for q in qtys:  # the set of a partitive is not a count of victims: "four of the [five] hostages were killed"
        if q.partitive == "noun" and q.of_last is not None:
            for r in qtys:
                if q.last + 2 < r.first <= q.of_last:
                    r.inner = True
    return qtys


def _accidental(toks: list[Token], m: CountMention) -> bool:
    """A death in an accident ("killed in a road accident", "died in a crash") is not one of political violence."""
    return any(t.lower in lexicon()["accident_nouns"] for t in toks[m.last + 1 : m.last + 7])


def _civilian_part(toks: list[Token], s: Qty) -> bool:
    tail = s.of_last if s.of_last is not None else s.last
    return civilians_in(toks, tail + 1, min(len(toks) - 1, tail + 3))


def killing_words(words: str) -> bool:
    """Do an event trigger's words say someone was killed ("shot dead", "assassinated", "killed")?"""
    return tuple(words.lower().split()) in lexicon()["_phrases"]["killed"]


def find_casualties(sentence: str, running_totals: bool = True, war_totals: bool = False) -> Casualties:
    """Counts stated in one sentence; empty Casualties when it states none.

    A total over a stated period, a coder's pool and bodies recovered are never counted. A running total ("since
    the war began", "bringing the toll to 8,000") is counted unless ``running_totals`` is False: ``reportable``
    reads it as the article's toll report and keeps it from the event (the event's own count comes before it).
    A new object on every call (steps tell shared tolls by identity); the reading itself is cached, as several
    steps read the same sentences. A war's total (``war_total_from`` and more) is no event's count; only a toll
    report reads it, with ``war_totals``."""
    return replace(_casualties_of(sentence, running_totals, war_totals))


@lru_cache(maxsize=4096)
def _casualties_of(sentence: str, running_totals: bool, war_totals: bool) -> Casualties:
    lex = lexicon()
    negated = [(m.start(), m.end()) for m in lex["_none"].finditer(sentence)]
    masked = re.sub(r"[\"“”‘’']", " ", sentence)
    for a, b in negated:
        masked = masked[:a] + " " * (b - a) + masked[b:]
    toks = tokenize(masked)
    if not negated and lex["_cues"].isdisjoint(t.lower for t in toks):
        return Casualties()  # no casualty word at all: the common case, answered fast
    qtys = _quantities(toks, scan_numbers(toks, masked))
    by_first = {q.first: q for q in qtys}
    by_num = {q.num_first: q for q in qtys}
    by_first.update({k: v for k, v in by_num.items() if k not in by_first})
    mentions: list[CountMention] = toll_mentions(toks, by_first)
    claimed = {q.first for m in mentions for q in m.members}
    subsets: list[list[Qty]] = []  # each an "including ..." list or a partitive: parts of a toll
    partitives: set[int] = set()
    for q in qtys:
        prev = toks[q.first - 1].lower if q.first > 0 else ""
        if q.first in claimed:
            continue
        if prev in SUBSET_BEFORE or prev in ("whom", "them"):
            subsets.append(list_from(toks, q, by_first))
            claimed.update(s.first for s in subsets[-1])
        elif q.partitive in ("pronoun", "relative"):
            partitives.add(q.first)  # a count of its own, never a member of another's list:
            claimed.add(q.first)  # "killed 12 people, five of them children"
    for q in qtys:
        if q.first in claimed and q.first not in partitives:
            continue
        m = subject_count(toks, q, by_first, claimed) or object_count(toks, q, by_first, claimed)
        if m is not None:
            mentions.append(m)
            claimed.update(c.first for c in m.members)
        elif q.first in partitives:
            subsets.append([q])  # "..., five of whom were children": a part of a toll stated elsewhere
    for m in mentions:
        if m.kind == "killed":
            vague_values = [lex["vague_fatalities"].get(q.vague_text or "") for q in m.members]
            if len(m.members) == 1 and vague_values[0] is not None:
                if m.civilians == m.value:
                    m.civilians = int(vague_values[0])
                m.value = int(vague_values[0])
    covered = {i for m in mentions for i in range(m.first, m.last + 1)}
    mentions.extend(singular_mentions(toks, covered))
    mentions.extend(to_death_mentions(toks, covered))
    mentions = [m for m in mentions if m.kind == "arrested" or war_totals or m.value < lex["war_total_from"]]
    mentions = [m for m in mentions if m.kind != "killed" or not _accidental(toks, m)]
    mentions = _own_counts(masked, toks, mentions, running_totals)
    result = Casualties()
    spans: list[tuple[int, int]] = []
    for kind in KINDS:
        mine = [m for m in mentions if m.kind == kind]
        if not mine:
            continue
        numbered = [m for m in mine if not m.singular]
        best = max(numbered, key=lambda m: m.value) if numbered else lone_victims(toks, mine)
        spans.append((best.first, best.last))
        if kind == "killed":
            result.killed = best.value
            result.qualifier = best.qualifier if best.members == [] else _qualifier(best)
            if len(best.members) == 1 and best.members[0].low is not None:
                result.killed_low, result.killed_high = best.members[0].low, best.members[0].high
            civ = best.civilians
            for parts in subsets:
                among = sum(s.value for s in parts if s.first > best.first and _civilian_part(toks, s))
                civ = max(civ, min(among, best.value))
            result.civilians_killed = civ if civ else None
        elif kind == "injured":
            result.injured = best.value
        else:
            result.arrested = best.value
        if result.qualifier is None:
            result.qualifier = _qualifier(best)
    coded = coded_to_event(sentence)
    if coded is not None:  # a coder's note states this event's part of a pooled toll
        result.killed, result.qualifier = coded, "exact"
    if result.killed is None and negated:
        result.killed = 0
        result.qualifier = result.qualifier or "exact"
        if result.injured is None and re.search(r"hurt|injur|wound|casualt|unharmed|harmed", sentence, re.I):
            result.injured = 0
    if result.arrested is None and lex["_no_arrest"].search(sentence):
        result.arrested = 0
    if spans:
        result.text = sentence[toks[min(a for a, _ in spans)].start : toks[max(b for _, b in spans)].end]
    return result


def _own_counts(text: str, toks: list[Token], mentions: list[CountMention], running: bool) -> list[CountMention]:
    """The counts that are this sentence's own: no pooled or period total, no bodies recovered, and no running
    total unless ``running``."""

    def span(m: CountMention) -> tuple[int, int]:
        first = toks[m.members[0].first].start if m.members else toks[m.first].start
        return first, toks[m.last].end

    def whole(m: CountMention) -> bool:
        return m.kind == "arrested" or m.singular

    def number(m: CountMention) -> tuple[int, int]:
        if not m.members:
            return span(m)
        return toks[m.members[0].first].start, toks[m.members[0].last].end

    kept = [m for m in mentions if whole(m) or not (pooled_count(text, *span(m)) or bodies_found(text, *number(m)))]
    if running:
        return kept
    return [m for m in kept if whole(m) or not cumulative_count(text, *span(m))]


def first_stated_casualties(sentences: Iterable[str]) -> Casualties:
    """The counts of the first sentence that states a death toll (else the first that states any count).

    For an event reported over several sentences (a short report, or an event and its aftermath): news and
    coders give the toll of the event first; later sentences tend to add other sources' claims and background.
    """
    fallback = Casualties()
    sentences = list(sentences)
    for sentence in sentences:
        if coded_to_event(sentence) is not None:  # a coder's note names this event's figure: it is the toll
            return find_casualties(sentence)
    for sentence in sentences:
        found = find_casualties(sentence, running_totals=False)
        if found.killed is not None:
            return found
        if fallback.is_empty() and not found.is_empty():
            fallback = found
    return fallback


def _qualifier(m: CountMention) -> str:
    if not m.members:
        return "exact"
    if len(m.members) == 1:
        return m.members[0].qualifier
    quals = {q.qualifier for q in m.members}
    return quals.pop() if len(quals) == 1 else "about"
