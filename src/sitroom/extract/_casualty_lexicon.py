"""Vocabulary and token tests for the casualty counter (private: :mod:`sitroom.extract.casualties` is the API).

The word lists come from ``data/casualty_lexicon.json`` (participles, nouns for people, units, qualifiers); this
module turns them into phrase sets and small predicates over :class:`~sitroom.extract.numbers.Token` lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sitroom.extract.lexicons import word_lists
from sitroom.extract.numbers import Token, is_number_word

__all__ = [
    "KINDS",
    "PUNCT_STOP",
    "QUAL_STARTS",
    "REASON_WORDS",
    "SUBSET_BEFORE",
    "TO_DEATH",
    "CountMention",
    "Qty",
    "casualty_word_ahead",
    "civilians_in",
    "is_participle",
    "is_person",
    "is_verbal",
    "is_weekday",
    "lexicon",
    "list_from",
    "match_at",
    "match_ending",
    "np_end",
    "object_follows",
    "partitive_end",
    "phrase_set",
    "subset_list_end",
]

KINDS = ("killed", "injured", "arrested")
QUAL_STARTS = word_lists("casualty_lexicon.json").words("qualifier_starts")
TO_DEATH = ("to", "death")
PUNCT_STOP = {".", ";", ":", "(", ")", "!", "?", '"', "“", "”", "[", "]"}
SUBSET_BEFORE = word_lists("casualty_lexicon.json").words("subset_before")
REASON_WORDS = word_lists("casualty_lexicon.json").words("reason_words")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    lex: dict[str, Any] = dict(word_lists("casualty_lexicon.json").raw)
    lex["months"] = set(word_lists("time_words.json").counts("months"))
    for key in (
        "not_to_death",
        "killing_participles",
        "auxiliaries",
        "clause_breaks",
        "object_starts",
        "adjectives_ed",
        "people_singular",
        "people_plural_extra",
        "civilian_words",
        "non_person_units",
        "currency_before",
        "nonliteral_subjects",
        "needs_dead_after",
        "needs_lives_after",
        "needs_person",
        "accident_causes",
        "accident_nouns",
    ):
        lex[key] = set(lex[key])
    lex["_phrases"] = {
        "killed": phrase_set(lex["killed_words"]),
        "injured": phrase_set(lex["injured_words"]),
        "arrested": phrase_set(lex["arrested_words"]),
    }
    lex["_active"] = {
        "killed": phrase_set(lex["killed_active"]),
        "injured": phrase_set(lex["injured_active"]),
        "arrested": phrase_set(lex["arrested_active"]),
    }
    phrases = [
        w
        for key in (
            "killed_words",
            "killed_active",
            "injured_words",
            "injured_active",
            "arrested_words",
            "arrested_active",
        )
        for w in lex[key]
    ]
    lex["_cues"] = {p.split()[0] for p in phrases} | {p.split()[-1] for p in phrases} | {"toll", "death"}
    lex["_cues"] -= {"of", "the", "and", "in", "to", "up", "a", "all", "one"}
    lex["_none"] = re.compile(r"\b(?:" + "|".join(lex["no_casualty_patterns"]) + r")\b", re.I)
    lex["_no_arrest"] = re.compile(r"\b(?:" + "|".join(lex["no_arrest_patterns"]) + r")\b", re.I)
    lex["_qual"] = {tuple(k.split()): v for k, v in lex["qualifiers"].items()}
    return lex


def phrase_set(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(w.split()) for w in words}


@dataclass
class Qty:
    first: int  # first token, qualifier included
    last: int
    value: int
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    num_first: int = 0
    vague_text: str | None = None
    of_last: int | None = None  # a partitive's last token: "three [of them]", "two [of the wounded soldiers]"
    partitive: str | None = None  # "pronoun" (of them), "relative" (of whom), "noun" (of the soldiers)
    inner: bool = False  # the number of a partitive's set: "four of the [five] hostages"


@dataclass
class CountMention:
    kind: str
    value: int
    first: int
    last: int
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    civilians: int = 0
    singular: bool = False
    members: list[Qty] = field(default_factory=list)


def match_at(toks: list[Token], k: int, phrases: set[tuple[str, ...]]) -> int:
    """Length of the longest phrase of ``phrases`` starting at token ``k`` (0: none)."""
    if ("killed",) in phrases and k + 2 < len(toks) and is_participle(toks[k].lower):
        lex = lexicon()
        nxt = (toks[k + 1].lower, toks[k + 2].lower)
        if nxt == TO_DEATH and toks[k].lower not in lex["not_to_death"]:
            return 3  # "speared to death", "hacked to death"
        if nxt[0] == "and" and nxt[1] in lex["killing_participles"]:
            return 3  # "shot and killed", "abducted and killed"
    if k >= len(toks) or toks[k].lower not in _first_words(phrases):
        return 0  # the common case: no phrase starts with this word
    for width in (4, 3, 2, 1):
        if k + width <= len(toks) and tuple(t.lower for t in toks[k : k + width]) in phrases:
            return width
    return 0


_FIRSTS: dict[int, tuple[set[tuple[str, ...]], frozenset[str]]] = {}


def _first_words(phrases: set[tuple[str, ...]]) -> frozenset[str]:
    """The words that start a phrase of ``phrases``: one of the lexicon's phrase sets, built once and never changed."""
    cached = _FIRSTS.get(id(phrases))
    if cached is None or cached[0] is not phrases:
        cached = (phrases, frozenset(p[0] for p in phrases if p))
        _FIRSTS[id(phrases)] = cached
    return cached[1]


_IRREGULAR_PARTICIPLES = word_lists("casualty_lexicon.json").words("irregular_participles")


def is_participle(word: str) -> bool:
    """A past participle ("attacked", "shot", "beaten"), as far as spelling tells."""
    return (word.endswith("ed") and len(word) > 3) or word in _IRREGULAR_PARTICIPLES


def match_ending(toks: list[Token], k: int, phrases: set[tuple[str, ...]]) -> int:
    """Length of the longest phrase of ``phrases`` ending at token ``k`` (0: none)."""
    for width in (4, 3, 2, 1):
        if k - width + 1 >= 0 and tuple(t.lower for t in toks[k - width + 1 : k + 1]) in phrases:
            return width
    return 0


def is_person(word: str) -> bool:
    lex = lexicon()
    base = word[:-1] if word.endswith("s") else word
    if word.endswith("ies"):
        base = word[:-3] + "y"  # "deputies", "parties"
    elif word.endswith("men"):
        base = word[:-3] + "man"  # "guardsmen", "policemen"
    return word in lex["people_singular"] or base in lex["people_singular"] or word in lex["people_plural_extra"]


def object_follows(toks: list[Token], k: int) -> bool:
    """Does a direct object start at token ``k`` (so the casualty verb before it is active)?"""
    if k >= len(toks):
        return False
    t = toks[k]
    lex = lexicon()
    if k + 1 < len(toks) and toks[k + 1].lower in lex["non_person_units"] | {"ago", "later", "earlier", "before"}:
        return False  # "killed several weeks ago", "killed 3 hours later"
    if t.lower in QUAL_STARTS:
        return k + 1 < len(toks) and (
            toks[k + 1].lower in ("least", "than", "to", "of") or toks[k + 1].text[:1].isdigit()
        )
    if t.lower in lex["object_starts"] or t.text[:1].isdigit() or is_person(t.lower):
        return True
    return t.text[:1].isupper() and t.lower not in lex["months"] and not is_weekday(t.lower) and t.lower != "on"


def is_weekday(word: str) -> bool:
    return word in {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"}


def is_verbal(word: str) -> bool:
    lex = lexicon()
    if word in lex["adjectives_ed"] or is_person(word):
        return False
    return (word.endswith("ed") and len(word) > 4) or (word.endswith("ing") and len(word) > 5)


def civilians_in(toks: list[Token], a: int, b: int) -> bool:
    return any(t.lower in lexicon()["civilian_words"] for t in toks[a : b + 1])


def np_end(toks: list[Token], k: int, limit: int = 4) -> int:
    """Last token of the short noun phrase after a number (its head words), ``k - 1`` when there is none."""
    lex = lexicon()
    j = k
    while j < len(toks) and j - k < limit:
        w = toks[j].lower
        if w in lex["clause_breaks"] or w in lex["auxiliaries"] or toks[j].text in PUNCT_STOP or w in (",", "and"):
            break
        if is_verbal(w) or any(match_at(toks, j, lex["_phrases"][kind]) for kind in KINDS):
            break
        j += 1
    return j - 1


_PARTITIVE_PRONOUNS = word_lists("casualty_lexicon.json").mapping("partitive_pronouns")
_PARTITIVE_DETERMINERS = word_lists("casualty_lexicon.json").words("partitive_determiners")


def partitive_end(toks: list[Token], k: int) -> tuple[int, str] | None:
    """The "of ..." complement of a partitive starting at token ``k``, as (its last token, its kind).

    English partitives name a part of a set: "three [of them]", "five [of whom]", "one [of the attackers]",
    "four [of the five hostages]", "two [of the injured]". Kinds: "pronoun" (of them, of us), "relative" (of whom, of
    which: a clause about the antecedent) and "noun" (of + determiner + noun phrase; a casualty word right after
    the determiner or the set's number is a nominal, "the injured", "the 12 killed").
    """
    n = len(toks)
    if k + 1 >= n or toks[k].lower != "of":
        return None
    w = toks[k + 1].lower
    if w in _PARTITIVE_PRONOUNS:
        return k + 1, _PARTITIVE_PRONOUNS[w]
    if w not in _PARTITIVE_DETERMINERS:
        return None
    lex = lexicon()
    last: int | None = None
    j = k + 2
    while j < n and j - k <= 7:
        t = toks[j]
        lw = t.lower
        if t.text in PUNCT_STOP or lw in (",", "and", "or", "who", "that") or lw in lex["clause_breaks"]:
            break
        if lw in lex["auxiliaries"]:
            break
        if any(match_at(toks, j, lex["_phrases"][kind]) for kind in KINDS):
            nominal = last is None or toks[last].text[:1].isdigit() or is_number_word(toks[last].lower)
            if nominal and not (j + 1 < n and is_person(toks[j + 1].lower)):
                last = j  # "of the injured", "of the 12 killed"
            elif nominal:
                j += 1  # an adjective: "of the wounded soldiers"
                continue
            break
        if is_verbal(lw):
            break
        last = j
        j += 1
    return (last, "noun") if last is not None else None


def subset_list_end(toks: list[Token], j: int) -> int:
    """The token after an "including ..." ("among them ...") list inside a subject: "5 persons, including 1
    pedestrian, 1 student and 1 child(,) were killed" (a comma ends the list unless another item, a number, follows)."""
    lex = lexicon()
    n = len(toks)
    start = j
    while j < n and j - start < 24:
        t = toks[j]
        if t.text == ")" or match_at(toks, j, lex["_phrases"]["killed"]):
            break
        if t.text == ",":
            nxt = toks[j + 1] if j + 1 < n else None
            # (or one of them told with an article: "Four people, among them two policemen, a schoolboy and an
            # American correspondent, were killed")
            if nxt is not None and (
                nxt.text[:1].isdigit() or is_number_word(nxt.lower) or nxt.lower in ("and", "a", "an")
            ):
                j += 1
                continue
            break
        if t.lower in ("were", "was", "are", "have", "had"):
            break
        j += 1
    return j + 1 if j < n and toks[j].text in {",", ")"} else j


def casualty_word_ahead(toks: list[Token], j: int) -> int | None:
    """Index of a casualty word within a short adverbial phrase starting at ``j`` (no clause or punctuation)."""
    lex = lexicon()
    for x in range(j, min(len(toks), j + 5)):
        if any(match_at(toks, x, lex["_phrases"][kind]) for kind in KINDS):
            return x
        w = toks[x].lower
        if toks[x].text in PUNCT_STOP or w == "," or w in lex["clause_breaks"] or w in lex["auxiliaries"]:
            return None
    return None


def list_from(toks: list[Token], q: Qty, by_first: dict[int, Qty]) -> list[Qty]:
    """``q`` and the counts listed after it: "including [two women], [three children] and [a soldier]"."""
    parts = [q]
    k = np_end(toks, q.last + 1) + 1
    while k + 1 < len(toks) and toks[k].lower in (",", "and") and k + 1 in by_first:
        nxt = by_first[k + 1]
        parts.append(nxt)
        k = np_end(toks, nxt.last + 1) + 1
    return parts
