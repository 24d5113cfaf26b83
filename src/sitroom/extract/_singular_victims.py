"""Victims counted without a number: "killed a man", "a police officer was killed", "Student shot dead",
"beat a prisoner to death", "he died" (private helper of :mod:`sitroom.extract.casualties`)."""

from __future__ import annotations

from sitroom.extract._casualty_lexicon import (
    KINDS,
    PUNCT_STOP,
    REASON_WORDS,
    CountMention,
    is_participle,
    is_person,
    is_verbal,
    is_weekday,
    lexicon,
    match_at,
    object_follows,
)
from sitroom.extract.lexicons import word_lists
from sitroom.extract.numbers import Token, ordinal_value, parse_number

__all__ = ["lone_victims", "singular_mentions", "to_death_mentions"]


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
            if w not in ("this", "that", "its") and count and j > 1 and toks[j - 1].lower in ("and", ","):
                j -= 1  # another conjunct: "a soldier and [a militiaman] killed"
                continue
            break
        if ordinal_value(w) is not None and ordinal_value(w) != 1:
            return 0  # "a fifth victim of Sunday's blast died": an update of an earlier event's toll
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


_PP_STARTS = word_lists("casualty_lexicon.json").words("victim_phrase_prepositions")
_HARM_PARTICIPLES = word_lists("casualty_lexicon.json").words("harm_participles")
_HARM_PARTICIPLES |= {"burned", "burnt", "hit", "struck", "lynched", "macheted", "slashed", "abducted", "kidnapped"}
_SINGULAR_DETERMINERS = word_lists("casualty_lexicon.json").words("singular_determiners")
_STOP_LEFT = word_lists("casualty_lexicon.json").words("victim_left_stops")


def _subject_with_modifier(toks: list[Token], k: int) -> bool:
    """A singular subject whose modifier tells how they were harmed, before "died": "A woman injured during the
    raid later died", "His brother, who was shot in the chest, died" (not "a rider died after a collision")."""
    lex = lexicon()
    j = k - 1
    seen = 0
    while j >= 0 and seen < 9:
        w = toks[j].lower
        if w == ",":  # skip a non-restrictive relative clause back to its comma: ", who was shot in the chest,"
            start = next((c for c in range(j - 2, max(-1, j - 14), -1) if toks[c].text == ","), None)
            if start is None or toks[start + 1].lower not in ("who", "whom"):
                return False
            j = start - 1
            continue
        if toks[j].text in PUNCT_STOP or w in _STOP_LEFT or toks[j].text[:1].isdigit():
            return False
        if w in lex["people_singular"]:
            harmed = any(t.lower in _HARM_PARTICIPLES for t in toks[j + 1 : k])
            return harmed and any(t.lower in _SINGULAR_DETERMINERS for t in toks[max(0, j - 3) : j])
        if is_person(w):
            return False  # a plural: "the men injured in the raid later died" gives no count
        j -= 1
        seen += 1
    return False


def _people_before_pp(toks: list[Token], k: int) -> int:
    """A singular head noun before a short prepositional phrase: "A major [in the regime forces] killed"."""
    lex = lexicon()
    for p in range(k - 2, max(0, k - 6), -1):
        w = toks[p].lower
        if toks[p].text in PUNCT_STOP or w == "," or is_verbal(w) or w in lex["auxiliaries"] - _PP_STARTS:
            return 0
        if w in _PP_STARTS and p > 0 and toks[p - 1].lower in lex["people_singular"]:
            return _people_left(toks, p)
    return 0


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


def _numbered_after(toks: list[Token], last: int) -> tuple[int, int]:
    """ "killed a guard from the civil defence corps and four inmates", "a commander of the militia and two of his
    guards": a numbered group of people coordinated after the singular victim, within its object (up to ten words
    on, before any punctuation or other act), is killed with it. Returns how many, and the group's last word."""
    lex = lexicon()
    n = len(toks)
    for m in range(last + 1, min(n - 2, last + 11)):
        w = toks[m].lower
        if (
            toks[m].text in PUNCT_STOP
            or w in lex["clause_breaks"]
            or any(match_at(toks, m, lex["_active"][kd]) for kd in KINDS)
        ):
            break
        if w != "and":
            continue
        # "a police officer and at least four of the suspects": the group's number after its qualifier
        quals = lex["_qual"]
        m += next((w for w in (3, 2, 1) if tuple(t.lower for t in toks[m + 1 : m + 1 + w]) in quals), 0)
        if m + 2 >= n:
            break
        value = parse_number(toks[m + 1].text)
        if value is None or value < 1 or (toks[m + 1].text[:1].isdigit() and len(toks[m + 1].text) == 4):
            continue
        head = toks[m + 2].lower
        if head == "of":
            # "two of his guards": the part, its people named up to three words on
            end = next((k for k in range(m + 3, min(n, m + 6)) if is_person(toks[k].lower)), None)
            return (value, end) if end is not None else (0, last)
        if is_person(head) or head in lex["people_singular"]:
            return value, m + 2
        if m + 3 < n and is_person(toks[m + 3].lower):
            return value, m + 3  # "and four other inmates"
        break
    return 0, last


_ING_NOUNS = word_lists("casualty_lexicon.json").words("ing_nouns")


def _gerund(word: str) -> bool:
    return word.endswith("ing") and len(word) > 5 and word not in _ING_NOUNS


_NOUNS = word_lists("casualty_lexicon.json").words("harm_nouns")
_AFTER_NAME = word_lists("casualty_lexicon.json").words("after_name")


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


def to_death_mentions(toks: list[Token], covered: set[int]) -> list[CountMention]:
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
            out.append(CountMention("killed", count, j - 1, k + 1, singular=True))
    return out


def singular_mentions(toks: list[Token], covered: set[int]) -> list[CountMention]:
    """Unnumbered victims: "killed a man", "a police officer was killed", "Student shot dead", "he died"."""
    lex = lexicon()
    out: list[CountMention] = []
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
                    out.append(CountMention(kind, 1, k, j, singular=True))
                    break
                count, last = _people_right(toks, j)
                if not count and kind == "killed":
                    count, last = _named_object(toks, j)
                if count:
                    civ = count if any(t.lower in lex["civilian_words"] for t in toks[j : last + 1]) else 0
                    more, end = _numbered_after(toks, last)
                    if more and any(t.lower in lex["civilian_words"] for t in toks[last + 1 : end + 1]):
                        civ += more
                    count, last = count + more, end
                    out.append(CountMention(kind, count, k, last, singular=True, civilians=civ))
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
            vague_verb = " ".join(verb) in lex["needs_person"] and not (
                subj_idx >= 0 and is_person(toks[subj_idx].lower)
            )
            if vague_verb:
                continue  # "the threat was neutralised"
            if " ".join(verb) in lex["needs_someone"] and not (
                subj_idx >= 0 and (is_person(toks[subj_idx].lower) or toks[subj_idx].text[:1].isupper())
            ):
                continue  # "a minute of silence was held", "the meeting was held": no one held
            pair = _people_left(toks, j) if toks[j].lower in ("were", "are") and j > 0 else 0
            if toks[j].lower == "were" and pair < 2:
                pair = max(pair, _named_pair(toks, j))
            if pair >= 2:  # coordinated singular subjects: "a man and a woman were killed"
                out.append(CountMention(kind, pair, j - 1, k + width - 1, singular=True))
                break
            if subj_idx >= 0 and toks[subj_idx].lower not in lex["nonliteral_subjects"] and not has_not_been:
                out.append(CountMention(kind, 1, subj_idx, k + width - 1, singular=True))
                break
            prev = toks[k - 1].lower
            if prev in ("later", "subsequently", "eventually") and k > 1:
                prev = toks[k - 2].lower
            who = k > 2 and prev == "who" and toks[k - 2 - (toks[k - 2].text == ",")].lower in lex["people_singular"]
            if verb[0] in ("died", "dies") and any(t.lower in lex["accident_causes"] for t in toks[k + 1 : k + 9]):
                continue  # "a rider died after a collision", "died of illness": not a death by violence
            if verb[0] in ("died", "dies", "succumbed", "drowned") and (
                prev in ("he", "she") or prev in lex["people_singular"] or who or _subject_with_modifier(toks, k)
            ):
                out.append(CountMention(kind, 1, k - 1, k + width - 1, singular=True))
                break
            count = _people_left(toks, k) or _people_before_pp(toks, k)
            if count:
                out.append(CountMention(kind, count, k - 1, k + width - 1, singular=True))
                break
    return out


_NAME_PARTICLES = word_lists("casualty_lexicon.json").words("name_particles")
_SETTINGS = word_lists("casualty_lexicon.json").words("adverbial_starts")


def _name_run(chunk: list[Token]) -> bool:
    """Is ``chunk`` a person's name with its title ("Major General Gezai Abera"): capitalised words and particles,
    not a setting ("In Kabul") or a body ("Police")?"""
    words = [t for t in chunk if t.lower not in _NAME_PARTICLES]
    return (
        len(words) >= 2
        and chunk[0].lower not in _SETTINGS
        and all(t.text[:1].isupper() and t.text[:1].isalpha() for t in words)
    )


def _named_pair(toks: list[Token], j: int) -> int:
    """People named by name and joined by "and" as the subject before ``toks[j]`` ("were"): "General Seare Mekonnen,
    chief of staff of the armed forces, and Major General Gezai Abera, a retired officer who was visiting him, were
    shot dead" is 2. Asides set off by commas that open in lower case (a title, a description) are skipped; 0 unless
    at least two names are joined."""
    k = j - 1
    chunks: list[list[Token]] = [[]]
    while k >= 0 and toks[k].text not in PUNCT_STOP and j - k <= 40:
        if toks[k].text == ",":
            chunks.append([])
        else:
            chunks[-1].insert(0, toks[k])
        k -= 1
    names = 0
    joined = False
    for chunk in chunks:  # from the verb leftwards
        if not chunk:
            continue
        parts: list[list[Token]] = [[]]
        for t in chunk:
            if t.lower == "and":
                parts.append([])
            else:
                parts[-1].append(t)
        if len(parts) == 1 and not chunk[0].text[:1].isupper():
            continue  # an aside: ", a retired officer who was visiting him,"
        if parts[0] == [] and len(parts) == 2 and _name_run(parts[1]):
            names, joined = names + 1, True  # ", and Major General Gezai Abera"
            continue
        if all(_name_run(p) for p in parts):
            names += len(parts)
            joined = joined or len(parts) > 1
        break  # the first name of the list (or what stands before the subject) ends it
    return names if joined and names >= 2 else 0


_ANAPHORS = word_lists("casualty_lexicon.json").words("anaphors")
_NEW_REFERENT = word_lists("casualty_lexicon.json").words("new_referent")


def lone_victims(toks: list[Token], mentions: list[CountMention]) -> CountMention:
    """Victims named one by one in separate clauses add up: "A leader was killed by the crowd, while a student was
    shot dead" is 2. A later victim counts only when introduced as new ("a student", "another man"): overlapping
    mentions, pronouns and definite noun phrases ("killing him", "the farmer was killed") tell of one already named."""
    kept: list[CountMention] = []
    for m in sorted(mentions, key=lambda m: m.first):
        if kept:
            words = {t.lower for t in toks[max(0, m.first - 3) : m.last + 1]}
            if m.first <= kept[-1].last or words & _ANAPHORS or not words & _NEW_REFERENT:
                continue
        kept.append(m)
    if len(kept) == 1:
        return kept[0]
    return CountMention(
        kept[0].kind,
        sum(m.value for m in kept),
        kept[0].first,
        kept[-1].last,
        singular=True,
        civilians=sum(m.civilians for m in kept),
    )
