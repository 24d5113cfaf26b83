"""Counts in the role of victim of a casualty word (private: :mod:`sitroom.extract.casualties` is the API).

A count found in a sentence is a casualty count only when it is the victim of a casualty word: the subject of a
passive or intransitive one to its right (:func:`subject_count`: "two soldiers and three civilians were killed"),
the object of an active verb or noun to its left (:func:`object_count`: "killing three", "the bodies of 6"), or the
figure of a toll (:func:`toll_mentions`: "a death toll of at least 200").
"""

from __future__ import annotations

from sitroom.extract._casualty_lexicon import (
    KINDS,
    PUNCT_STOP,
    REASON_WORDS,
    SUBSET_BEFORE,
    CountMention,
    Qty,
    casualty_word_ahead,
    civilians_in,
    is_participle,
    is_person,
    is_verbal,
    lexicon,
    match_at,
    match_ending,
    np_end,
    object_follows,
    subset_list_end,
)
from sitroom.extract.lexicons import word_lists
from sitroom.extract.numbers import Token, is_number_word

__all__ = ["object_count", "subject_count", "toll_mentions"]


_ADVERBIAL_STARTS = word_lists("casualty_lexicon.json").words("adverbial_starts")


def _appositive_partitive(toks: list[Token], j: int) -> bool:
    """Does a partitive about the noun before it start at ``j``: "three of whom", "two of them", "all of them"?"""
    for k in range(j + 1, min(len(toks) - 1, j + 4)):
        if toks[k].lower == "of":
            return toks[k + 1].lower in ("them", "whom", "which")
        if toks[k].text in PUNCT_STOP or toks[k].text == ",":
            return False
    return False


def _one_before_others(toks: list[Token], q: Qty) -> int:
    """1 when a single victim is named before "and ``q`` others": "Leo Ryan and four other people were shot dead"
    (5), "a soldier and two others were killed" (3); 0 otherwise (a count before "and" is summed as a list)."""
    j = q.first
    if (
        j < 2
        or toks[j - 1].lower != "and"
        or q.last + 1 >= len(toks)
        or toks[q.last + 1].lower not in ("other", "others")
    ):
        return 0
    one = toks[j - 2]
    start = j - 2  # the noun phrase before "and", back to a punctuation mark ("PESHAWAR, May 9 - A judge and ...")
    while start > max(0, j - 6) and toks[start - 1].text not in PUNCT_STOP and toks[start - 1].text not in ",-:;":
        start -= 1
    phrase = toks[start : j - 1]
    if any(is_verbal(t.lower) or t.lower in ("was", "were", "is", "are") for t in phrase):
        return 0  # "a man was killed and four others were injured": a clause before "and", not a noun phrase
    article = any(t.lower in ("a", "an", "one") for t in phrase)  # "a district judge and three other people"
    named = one.text[:1].isupper() or (not one.lower.endswith("s") and (is_person(one.lower) or article))
    counted = any(t.text[:1].isdigit() or is_number_word(t.lower) for t in phrase if t.lower not in ("a", "an", "one"))
    return int(named and not counted)


_POSSESSIVES = word_lists("casualty_lexicon.json").words("possessives")
_ADJECTIVAL = word_lists("casualty_lexicon.json").words("adjectival_tolls")


def subject_count(toks: list[Token], q: Qty, by_first: dict[int, Qty], claimed: set[int]) -> CountMention | None:
    """``q`` (and what it is coordinated with) as the subject of a casualty word to its right."""
    lex = lexicon()
    n = len(toks)
    k = q.last + 1
    if k < n and toks[k].lower in lex["non_person_units"] and not (k + 1 < n and is_person(toks[k + 1].lower)):
        return None
    chain = [q]
    gap = 0
    aux = False
    if q.of_last is not None:  # a partitive: "two [of them] died", "one [of the attackers] was shot dead"
        civ = q.value if civilians_in(toks, q.last + 1, q.of_last) else 0
        k = q.of_last + 1
    else:
        civ = q.value if civilians_in(toks, q.last + 1, np_end(toks, q.last + 1)) else 0
    while k < n and gap <= 7:
        for kind in KINDS:
            width = match_at(toks, k, lex["_phrases"][kind])
            if width and k > 0 and toks[k - 1].lower == "the":
                width = 0  # a nominal use, "three of the injured", "the dead"
            if width and k > 0 and toks[k - 1].lower in _POSSESSIVES and toks[k].lower in _ADJECTIVAL:
                width = 0  # "holding photographs of their dead relatives", "mourned their dead"
            if width:
                if q.inner and aux:
                    return None  # "four of the five hostages were killed": the verb's subject is "four"
                verb = tuple(t.lower for t in toks[k : k + width])
                active = verb in lex["_active"][kind] and verb not in {("dead",), ("deaths",), ("bodies",)}
                if len(verb) == 3 and verb[1] == "and" and (verb[2],) in lex["_active"][kind]:
                    active = True  # "assailants beat and killed a villager": coordinated active verbs
                if active and not aux and object_follows(toks, k + width):
                    return None
                possessed = k > 0 and toks[k - 1].lower in ("their", "his", "her")
                claimed_lives = q.last + 1 == k and q.first > 0 and toks[q.first - 1].lower in ("claimed", "claiming")
                if verb == ("lives",) and not possessed and not claimed_lives:
                    return None
                if verb == ("death",) and not aux and gap > 2:
                    return None
                if " ".join(verb) in lex["needs_person"] and not any(is_person(t.lower) for t in toks[q.last + 1 : k]):
                    return None  # "12 terrorists neutralised", never "3 devices neutralised"
                after = k + width
                if (
                    kind == "killed"
                    and after + 1 < n
                    and toks[after].lower in ("and", "or", "/", ",")
                    and (width2 := match_at(toks, after + 1, lex["_phrases"]["injured"]))
                    and not object_follows(toks, after + 1 + width2)
                ):
                    return None  # "30 killed and wounded", "several killed, wounded": casualties, not a death count
                named = _one_before_others(toks, q)  # "Leo Ryan and four other people": the named one counts too
                total = sum(c.value for c in chain) + named
                first = q.first - 2 if named else q.first
                return CountMention(kind, total, first, k + width - 1, members=chain, civilians=min(civ, total))
        t = toks[k]
        w = t.lower
        np_words = toks[chain[-1].last + 1 : k]
        people_np = any(is_person(x.lower) for x in np_words) or all(x.text[:1].isupper() for x in np_words)
        if w in ("and", ",", "&", "plus") and k + 1 in by_first and k + 1 not in claimed and people_np:
            nxt = by_first[k + 1]
            chain.append(nxt)
            nxt_end = nxt.of_last if nxt.of_last is not None else np_end(toks, nxt.last + 1)
            if civilians_in(toks, nxt.last + 1, nxt_end):
                civ += nxt.value
            k = (nxt.of_last if nxt.of_last is not None else nxt.last) + 1
            continue
        if w == "," and _appositive_partitive(toks, k + 1):
            # inside the subject: "Ten people, three of whom were women, died", "20 people, all of them civilians,"
            close = next((j for j in range(k + 2, min(n, k + 16)) if toks[j].text in {",", ";"}), None)
            if close is None or toks[close].text == ";":
                return None
            if toks[k + 1].lower == "all" and len(chain) == 1 and civilians_in(toks, k + 1, close):
                civ = q.value
            k = close + 1
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
            k = subset_list_end(toks, k + 1)
            continue
        if w == "," and k + 2 < n and toks[k + 1].lower == "among" and toks[k + 2].lower in ("them", "whom"):
            # "Four people, among them two policemen, a schoolboy and an American correspondent, were killed" (not
            # "a girl among six killed", whose six are the toll)
            k = subset_list_end(toks, k + 2)
            continue
        if aux and w in _ADVERBIAL_STARTS:  # "were during the night killed", "were on Monday shot dead"
            j = casualty_word_ahead(toks, k + 1)
            if j is not None:
                k = j
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


def object_count(toks: list[Token], q: Qty, by_first: dict[int, Qty], claimed: set[int]) -> CountMention | None:
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
        end = q.of_last if q.of_last is not None else np_end(toks, q.last + 1)
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
        else:
            no_lives = verb[0] in lex["needs_lives_after"] and "lives" not in (after, toks[q.last + 1].lower)
            people = any(is_person(t.lower) for t in toks[q.last + 1 : end + 1])
            if no_lives or (" ".join(verb) in lex["needs_person"] and not people):
                return None  # "claimed 30" without "lives"; "neutralised 3 devices"
        chain = [q]
        k = end + 1
        while k + 1 < len(toks) and toks[k].lower in ("and", ",", "&") and k + 1 in by_first and k + 1 not in claimed:
            nxt = by_first[k + 1]
            nend = nxt.of_last if nxt.of_last is not None else np_end(toks, nxt.last + 1)
            if nend + 1 < len(toks) and is_verbal(toks[nend + 1].lower) and toks[nend + 1].lower not in ("dead",):
                break
            chain.append(nxt)
            end = nend
            k = nend + 1
        total = sum(c.value for c in chain)
        civ = total if civilians_in(toks, q.last + 1, end) else 0
        return CountMention(kind, total, p - width + 1, end, members=chain, civilians=civ)
    return None


_TOLL_NOUNS = word_lists("casualty_lexicon.json").mapping("toll_noun_kinds")
_TOLL_NOUNS |= {"bodies": "killed", "martyrs": "killed", "injured": "injured", "wounded": "injured"}
_TOLL_NOUNS |= {"injuries": "injured"}
_TOLL_LINKS = word_lists("casualty_lexicon.json").words("toll_links")


# how far after "toll" its figure may come ("the death toll from an attack on a mosque in the town of Bir al-Abed
# rose to 305": the figure after a linking "to" or "at", however long the phrase that says whose toll it is)
_TOLL_REACH = 22


def toll_mentions(toks: list[Token], by_first: dict[int, Qty]) -> list[CountMention]:
    """ "a death toll of at least 200", "the toll rose to 12", "the number of people killed has risen to 30"."""
    out = []
    n = len(toks)
    for k, t in enumerate(toks):
        kind = None
        if t.lower == "toll" and not (k + 1 < n and toks[k + 1].lower in ("free", "road", "roads", "booth", "gate")):
            kind = "killed"
        elif t.lower == "number" and k + 2 < n and toks[k + 1].lower == "of":
            kind = next((_TOLL_NOUNS[x.lower] for x in toks[k + 2 : k + 5] if x.lower in _TOLL_NOUNS), None)
        if kind is None:
            continue
        for j in range(k + 1, min(n, k + _TOLL_REACH)):
            if toks[j].text in PUNCT_STOP:
                break
            if j in by_first:
                q = by_first[j]
                near = t.lower == "toll" and j - k <= 5
                if near or (q.first > 0 and toks[q.first - 1].lower in _TOLL_LINKS):
                    out.append(CountMention(kind, q.value, k, q.last, members=[q]))
                    break
    return out
