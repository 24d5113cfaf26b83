"""Casualty counts in one sentence: killed (with civilians among them), injured and arrested.

Pure rules over tokens, no parser. A count is a number expression (digits, number words, "a dozen", "dozens")
with an optional qualifier ("at least", "about", "up to") or a range ("between 10 and 15", "10-12"). It counts
when it is the *victim* of a casualty word:

- subject of a passive or intransitive casualty word, possibly after a noun phrase and auxiliaries:
  "two soldiers and three civilians were killed" (a coordinated list sums), "15 militants killed in raids",
  "three people died", "five dead", "10 fatalities", "four wounded", "12 arrested";
- object of an active casualty verb or noun: "killing three", "killed 12 people", "left five dead",
  "claimed 30 lives", "the bodies of six", "arrested 40";
- a toll: "a death toll of at least 200".

One victim without a number counts as 1: "killed a man", "shot dead a farmer", "a police officer was killed",
"injuring him". "including 10 civilians" after a toll gives the civilians among the dead. A count is never an age
("a 19-year-old", "John, 45,"), a year, a date, a clock time, money, a unit ("3 hours", "50 cattle") or the
agent of an active verb ("300 soldiers were deployed", "20 gunmen killed a trader" counts 1, not 20).

Conventions (documented, ACLED's where it has one): a range gives ``killed`` = its low end (ACLED records the
most conservative figure), ``killed_low``/``killed_high`` its ends; vague quantities take the values of
``data/number_words.json`` ("dozens" = 12, "hundreds" = 100, qualifier ``at_least``), except that unnumbered
deaths ("several", "many", "an unknown number of" dead) count 10 (``data/casualty_lexicon.json``). Within a sentence a
coordinated list sums; separate mentions of the same kind take the largest (news sentences often restate a total).
A sentence saying nobody was hurt gives ``killed`` = 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitroom.extract._casualty_lexicon import (
    KINDS,
    PUNCT_STOP,
    REASON_WORDS,
    SUBSET_BEFORE,
    Mention,
    Qty,
    civilians_in,
    is_participle,
    is_person,
    is_verbal,
    lexicon,
    match_at,
    match_ending,
    np_end,
    object_follows,
)
from sitroom.extract._singular_victims import singular_mentions, to_death_mentions
from sitroom.extract.numbers import NumberSpan, Token, scan_numbers, tokenize
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
        qtys.append(q)
        i += 1
    return qtys


def _right(toks: list[Token], q: Qty, by_first: dict[int, Qty], claimed: set[int]) -> Mention | None:
    """``q`` (and what it is coordinated with) as the subject of a casualty word to its right."""
    lex = lexicon()
    n = len(toks)
    k = q.last + 1
    if k < n and toks[k].lower in lex["non_person_units"] and not (k + 1 < n and is_person(toks[k + 1].lower)):
        return None
    chain = [q]
    gap = 0
    aux = False
    civ = q.value if civilians_in(toks, q.last + 1, np_end(toks, q.last + 1)) else 0
    while k < n and gap <= 7:
        for kind in KINDS:
            width = match_at(toks, k, lex["_phrases"][kind])
            if width and k > 0 and toks[k - 1].lower == "the":
                width = 0  # a nominal use, "three of the injured", "the dead"
            if width:
                verb = tuple(t.lower for t in toks[k : k + width])
                active = verb in lex["_active"][kind] and verb not in {("dead",), ("deaths",), ("bodies",)}
                if active and not aux and object_follows(toks, k + width):
                    return None
                possessed = k > 0 and toks[k - 1].lower in ("their", "his", "her")
                claimed_lives = q.last + 1 == k and q.first > 0 and toks[q.first - 1].lower in ("claimed", "claiming")
                if verb == ("lives",) and not possessed and not claimed_lives:
                    return None
                if verb == ("death",) and not aux and gap > 2:
                    return None
                after = k + width
                if (
                    kind == "killed"
                    and after + 1 < n
                    and toks[after].lower in ("and", "or", "/")
                    and match_at(toks, after + 1, lex["_phrases"]["injured"])
                ):
                    return None  # "30 killed and wounded": casualties, not a death count
                total = sum(c.value for c in chain)
                return Mention(kind, total, q.first, k + width - 1, members=chain, civilians=min(civ, total))
        t = toks[k]
        w = t.lower
        np_words = toks[chain[-1].last + 1 : k]
        people_np = any(is_person(x.lower) for x in np_words) or all(x.text[:1].isupper() for x in np_words)
        if w in ("and", ",", "&", "plus") and k + 1 in by_first and k + 1 not in claimed and people_np:
            nxt = by_first[k + 1]
            chain.append(nxt)
            if civilians_in(toks, nxt.last + 1, np_end(toks, nxt.last + 1)):
                civ += nxt.value
            k = nxt.last + 1
            continue
        if t.text == "(":  # a parenthesis inside the subject: "At least 20 (some reports 30) have been killed"
            close = next((j for j in range(k + 1, min(n, k + 14)) if toks[j].text == ")"), None)
            if close is not None:
                k = close + 1
                continue
        if aux and is_participle(w) and k + 1 < n and toks[k + 1].lower in (",", "and", "or"):
            k += 2  # coordinated participles: "were shot, hacked and decapitated"
            continue
        if w in SUBSET_BEFORE or (w == "," and k + 1 < n and toks[k + 1].lower in SUBSET_BEFORE):
            j = k + 1
            while (
                j < n
                and j - k < 10
                and toks[j].text not in {",", ")"}
                and not match_at(toks, j, lex["_phrases"]["killed"])
            ):
                if toks[j].lower in lex["auxiliaries"] and toks[j].lower in ("were", "was", "are", "have", "had"):
                    break
                j += 1
            k = j + 1 if j < n and toks[j].text in {",", ")"} else j
            continue
        if w in lex["auxiliaries"] and w not in ("in",):
            aux = True
            k += 1
            continue
        if w in lex["clause_breaks"] or t.text in PUNCT_STOP or t.text[:1].isdigit() or w == ",":
            return None
        if is_verbal(w) and not w.endswith("ing"):
            return None
        if w in lex["civilian_words"] and len(chain) == 1:
            civ = q.value
        gap += 1
        k += 1
    return None


def _left(toks: list[Token], q: Qty, by_first: dict[int, Qty], claimed: set[int]) -> Mention | None:
    """``q`` as the object of an active casualty verb or noun to its left ("killing three", "the bodies of 6")."""
    lex = lexicon()
    p = q.first - 1
    if p < 0:
        return None
    for kind in KINDS:
        width = match_ending(toks, p, lex["_active"][kind])
        if not width:
            continue
        verb = tuple(t.lower for t in toks[p - width + 1 : p + 1])
        before = {t.lower for t in toks[max(0, p - width - 3) : p - width + 1]}
        if verb[-1] == "of" and before & (REASON_WORDS | {"following", "after", "prior", "recent", "since"}):
            return None
        end = np_end(toks, q.last + 1)
        unit_next = q.last + 1 < len(toks) and toks[q.last + 1].lower in lex["non_person_units"]
        if unit_next and not (q.last + 2 < len(toks) and is_person(toks[q.last + 2].lower)):
            return None
        after = toks[end + 1].lower if end + 1 < len(toks) else ""
        if verb[0] in lex["needs_dead_after"]:
            if after == "dead" or (end + 1 < len(toks) and match_at(toks, end + 1, lex["_phrases"]["killed"])):
                kind = "killed"
            elif match_at(toks, end + 1, lex["_phrases"]["injured"]):
                kind = "injured"
            else:
                return None
        elif verb[0] in lex["needs_lives_after"] and after != "lives" and toks[q.last + 1].lower != "lives":
            return None
        chain = [q]
        k = end + 1
        while k + 1 < len(toks) and toks[k].lower in ("and", ",", "&") and k + 1 in by_first and k + 1 not in claimed:
            nxt = by_first[k + 1]
            nend = np_end(toks, nxt.last + 1)
            if nend + 1 < len(toks) and is_verbal(toks[nend + 1].lower) and toks[nend + 1].lower not in ("dead",):
                break
            chain.append(nxt)
            end = nend
            k = nend + 1
        total = sum(c.value for c in chain)
        civ = total if civilians_in(toks, q.last + 1, end) else 0
        return Mention(kind, total, p - width + 1, end, members=chain, civilians=civ)
    return None


def _tolls(toks: list[Token], by_first: dict[int, Qty]) -> list[Mention]:
    """ "a death toll of at least 200", "the toll rose to 12"."""
    out = []
    for k, t in enumerate(toks):
        if t.lower != "toll" or (k + 1 < len(toks) and toks[k + 1].lower in ("free", "road", "roads", "booth", "gate")):
            continue
        for j in range(k + 1, min(len(toks), k + 6)):
            if j in by_first:
                q = by_first[j]
                out.append(Mention("killed", q.value, k, q.last, members=[q]))
                break
            if toks[j].text in PUNCT_STOP:
                break
    return out


def find_casualties(sentence: str) -> Casualties:
    """Counts stated in one sentence; empty Casualties when it states none."""
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
    mentions: list[Mention] = _tolls(toks, by_first)
    claimed = {q.first for m in mentions for q in m.members}
    subsets: list[Qty] = []
    for q in qtys:
        prev = toks[q.first - 1].lower if q.first > 0 else ""
        nxt = " ".join(t.lower for t in toks[q.last + 1 : q.last + 3])
        if prev in SUBSET_BEFORE or prev in ("whom", "them") or nxt in ("of them", "of whom"):
            subsets.append(q)
            claimed.add(q.first)
    for q in qtys:
        if q.first in claimed:
            continue
        m = _right(toks, q, by_first, claimed) or _left(toks, q, by_first, claimed)
        if m is not None:
            mentions.append(m)
            claimed.update(c.first for c in m.members)
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
    result = Casualties()
    spans: list[tuple[int, int]] = []
    for kind in KINDS:
        mine = [m for m in mentions if m.kind == kind]
        if not mine:
            continue
        numbered = [m for m in mine if not m.singular] or mine
        best = max(numbered, key=lambda m: m.value)
        spans.append((best.first, best.last))
        if kind == "killed":
            result.killed = best.value
            result.qualifier = best.qualifier if best.members == [] else _qualifier(best)
            if len(best.members) == 1 and best.members[0].low is not None:
                result.killed_low, result.killed_high = best.members[0].low, best.members[0].high
            civ = best.civilians
            for s in subsets:
                if s.first > best.first and civilians_in(toks, s.last + 1, min(len(toks) - 1, s.last + 3)):
                    civ = max(civ, s.value)
            result.civilians_killed = civ if civ else None
        elif kind == "injured":
            result.injured = best.value
        else:
            result.arrested = best.value
        if result.qualifier is None:
            result.qualifier = _qualifier(best)
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


def first_stated_casualties(sentences: Iterable[str]) -> Casualties:
    """The counts of the first sentence that states a death toll (else the first that states any count).

    For an event reported over several sentences (a short report, or an event and its aftermath): news and
    coders give the toll of the event first; later sentences tend to add other sources' claims and background.
    """
    fallback = Casualties()
    for sentence in sentences:
        found = find_casualties(sentence)
        if found.killed is not None:
            return found
        if fallback.is_empty() and not found.is_empty():
            fallback = found
    return fallback


def _qualifier(m: Mention) -> str:
    if not m.members:
        return "exact"
    if len(m.members) == 1:
        return m.members[0].qualifier
    quals = {q.qualifier for q in m.members}
    return quals.pop() if len(quals) == 1 else "about"
