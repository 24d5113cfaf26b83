"""Victims counted without a number: "killed a man", "a police officer was killed", "Student shot dead",
"beat a prisoner to death", "he died" (private helper of :mod:`sitroom.extract.casualties`)."""

from __future__ import annotations

from sitroom.extract._casualty_lexicon import (
    KINDS,
    PUNCT_STOP,
    REASON_WORDS,
    Mention,
    is_participle,
    is_person,
    is_verbal,
    is_weekday,
    lexicon,
    match_at,
    object_follows,
)
from sitroom.extract.numbers import Token

__all__ = ["singular_mentions", "to_death_mentions"]


def _people_left(toks: list[Token], k: int) -> int:
    """Singular people named in the bare noun phrase ending just before token ``k`` ("Soldier, local chief")."""
    lex = lexicon()
    count = 0
    j = k - 1
    words = 0
    head_open = True  # the next person noun met (walking left) is the head of its noun phrase
    while j >= 0 and words < 8:
        w = toks[j].lower
        if w in (",", "and", "&"):
            head_open = True
            j -= 1
            continue
        if w in ("later", "subsequently", "reportedly", "allegedly", "eventually") and count == 0:
            j -= 1
            continue
        if toks[j].text in PUNCT_STOP or toks[j].text in ("|", "-", "–") or w in lex["auxiliaries"]:
            break
        if w in ("a", "an", "the", "his", "her", "their", "another", "its", "this", "that"):
            break
        if w in lex["clause_breaks"] or w in lex["object_starts"] or toks[j].text[:1].isdigit() or is_verbal(w):
            return 0  # a count or a verb: not a bare subject
        if w in lex["people_singular"]:
            count += 1 if head_open else 0
        elif is_person(w) and head_open:
            return 0  # a plural without a number: unknown count
        head_open = False
        j -= 1
        words += 1
    return count


def _people_right(toks: list[Token], j: int) -> tuple[int, int]:
    """Singular people in the object after an active verb ("a man", "Italian missionary", "doctor, his associate")."""
    lex = lexicon()
    n = len(toks)
    count = 0
    last = j - 1
    m = j
    words = 0
    while m < n and words < 5:
        w = toks[m].lower
        if toks[m].text in PUNCT_STOP or w in lex["clause_breaks"] or w in ("in", "on", "at", "near", "who", "while"):
            break
        if w in lex["people_singular"] and not (m + 1 < n and toks[m + 1].lower in lex["people_singular"]):
            count += 1
            last = m
            words = 0
            sep = toks[m + 1].lower if m + 2 < n else ""
            coordinated = sep == "and" or (sep == "," and toks[m + 2].lower not in ("a", "an"))
            if coordinated and not any(match_at(toks, m + 2, lex["_active"][kd]) for kd in KINDS):
                m += 2
                continue
            break
        if any(match_at(toks, m, lex["_active"][kd]) for kd in KINDS):
            break
        if is_person(w) and not (m + 1 < n and is_person(toks[m + 1].lower)):
            break
        if toks[m].text[:1].isdigit() or w in (",", "and"):
            break
        m += 1
        words += 1
    return count, last


_ING_NOUNS = {
    "morning",
    "evening",
    "building",
    "wedding",
    "meeting",
    "gathering",
    "ceiling",
    "king",
    "thing",
    "something",
    "nothing",
    "anything",
    "everything",
    "spring",
    "string",
    "ring",
    "wing",
    "during",
}


def _gerund(word: str) -> bool:
    return word.endswith("ing") and len(word) > 5 and word not in _ING_NOUNS


_NOUNS = {
    "death",
    "deaths",
    "lives",
    "bodies",
    "corpses",
    "fatalities",
    "fatality",
    "casualties",
    "injuries",
    "wounds",
    "arrests",
    "custody",
}
_AFTER_NAME = {",", ".", ";", "in", "on", "at", "near", "after", "while", "and", "during", "as", "outside", "inside"}


def _named_object(toks: list[Token], j: int) -> tuple[int, int]:
    """One victim named by a proper name right after an active verb ("killed John Doe in ...")."""
    lex = lexicon()
    m = j
    while m < len(toks) and m - j < 4 and toks[m].text[:1].isupper() and toks[m].lower not in lex["months"]:
        if is_weekday(toks[m].lower) or toks[m].lower in lex["object_starts"]:
            return 0, j - 1
        m += 1
    if m == j or (m < len(toks) and toks[m].lower not in _AFTER_NAME):
        return 0, j - 1
    return 1, m - 1


def to_death_mentions(toks: list[Token], covered: set[int]) -> list[Mention]:
    """ "beat a man to death", "stoned the suspect to death": a victim between a verb and "to death"."""
    out = []
    for k in range(1, len(toks) - 1):
        if (toks[k].lower, toks[k + 1].lower) != ("to", "death") or k in covered:
            continue
        j = k - 1
        while j > 0 and k - j <= 4 and toks[j].lower not in ("a", "an", "the", "his", "her", "their", "one"):
            j -= 1
        count, last = _people_right(toks, j)
        if count and last == k - 1 and j > 0 and toks[j - 1].lower not in ("was", "were", "is"):
            out.append(Mention("killed", count, j - 1, k + 1, singular=True))
    return out


def singular_mentions(toks: list[Token], covered: set[int]) -> list[Mention]:
    """Unnumbered victims: "killed a man", "a police officer was killed", "Student shot dead", "he died"."""
    lex = lexicon()
    out: list[Mention] = []
    n = len(toks)
    for k in range(n):
        if k in covered:
            continue
        before = {t.lower for t in toks[max(0, k - 2) : k]}
        if before & (REASON_WORDS | {"whether", "if", "for", "to", "not", "never"}):
            continue
        for kind in KINDS:
            width = match_at(toks, k, lex["_active"][kind])
            if width and toks[k + width - 1].lower != "of":
                j = k + width
                verb = tuple(t.lower for t in toks[k:j])
                if toks[k - 1].lower in ("the", "a", "an") if k > 0 else False:
                    continue  # an adjective: "the injured teen"
                if verb[0] in lex["needs_dead_after"] or verb[0] in lex["needs_lives_after"]:
                    continue
                if j < n and toks[j].lower in ("him", "her"):
                    out.append(Mention(kind, 1, k, j, singular=True))
                    break
                count, last = _people_right(toks, j)
                if not count and kind == "killed":
                    count, last = _named_object(toks, j)
                if count:
                    civ = count if any(t.lower in lex["civilian_words"] for t in toks[j : last + 1]) else 0
                    out.append(Mention(kind, count, k, last, singular=True, civilians=civ))
                    break
            width = match_at(toks, k, lex["_phrases"][kind])
            if not width or k == 0:
                continue
            verb = tuple(t.lower for t in toks[k : k + width])
            if verb in lex["_active"][kind] and object_follows(toks, k + width):
                continue
            if verb[0] in _NOUNS:
                continue
            # passive or intransitive with a singular subject: "was (on Monday) shot dead", "is lynched", "he died"
            j = k - 1
            while j > 0 and k - j <= 6 and toks[j].lower not in ("was", "is", "has") and toks[j].text not in PUNCT_STOP:
                if (
                    toks[j].lower in ("were", "are", "have", ",")
                    or _gerund(toks[j].lower)
                    or (toks[j].lower == "and" and not is_participle(toks[j - 1].lower))
                ):
                    break
                j -= 1
            subj_idx = j - 1 if toks[j].lower in ("was", "is", "has") else -1
            has_not_been = toks[j].lower == "has" and (j + 1 >= n or toks[j + 1].lower != "been")
            if subj_idx >= 0 and toks[subj_idx].lower not in lex["nonliteral_subjects"] and not has_not_been:
                out.append(Mention(kind, 1, subj_idx, k + width - 1, singular=True))
                break
            prev = toks[k - 1].lower
            if prev in ("later", "subsequently", "eventually") and k > 1:
                prev = toks[k - 2].lower
            who = k > 2 and prev == "who" and toks[k - 2 - (toks[k - 2].text == ",")].lower in lex["people_singular"]
            if verb[0] in ("died", "dies", "succumbed", "drowned") and (
                prev in ("he", "she") or prev in lex["people_singular"] or who
            ):
                out.append(Mention(kind, 1, k - 1, k + width - 1, singular=True))
                break
            count = _people_left(toks, k)
            if count:
                out.append(Mention(kind, count, k - 1, k + width - 1, singular=True))
                break
    return out
