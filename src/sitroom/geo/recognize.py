"""Toponym recognition: which spans of a parsed ``Doc`` name places.

Sources, in order of trust: spaCy GPE/LOC/FAC entities; NORP entities that are demonyms of a country or region;
place names inside ORG entities ("Rapides Parish Fire District"); PERSON/ORG entities that the gazetteer knows
and the syntax marks as places ("fled to Stepanakert", "Goris, Armenia"); capitalised gazetteer names the model
missed. False positives are filtered: person names (a token seen as part of a multi-word PERSON, or after a title),
calendar words, and common words listed in ``data/geo/not_places.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sitroom.extract.lexicons import word_lists
from sitroom.extract.time_grammar import calendar_names, words
from sitroom.geo.context import (
    COMPASS_WORDS,
    CONNECTORS,
    LANDFORMS,
    TITLES,
    UNIT_SUFFIXES,
    aged_names,
    capitalised,
    coordinated_with_place,
    followed_by_place,
    lookup_keys,
    not_places,
    own_named,
    person_tokens,
    place_frame,
    preceded_by_locative,
    reached_by,
    strip_name,
)
from sitroom.geo.gazetteer import Gazetteer
from sitroom.geo.locate import dateline_end, round_up_sections
from sitroom.geo.names import fold, own_form
from sitroom.geo.relative import DISTANCE_BEARING, SETTLEMENT_APPOSITIVE
from sitroom.nlp import UNPARSED, doc_text

__all__ = ["NameMention", "find_mentions"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}
ALT_NAME_MIN_POP = 10000  # a name known only as an alternate spelling must belong to a sizeable town
INNER_MIN_POP = 100000  # a town inside an organisation's name ("Holiday Inn") must be a well-known one


@dataclass
class NameMention:
    """A span that may name a place, with the gazetteer rows it could be."""

    start: int
    end: int
    text: str
    key: str
    source: str  # ent | demonym | inner | promoted | gazetteer | framed (a settlement the gazetteer lacks) | variant
    # (a name the gazetteer spells otherwise)
    unit: str | None = None  # admin level named by a suffix ("county" -> admin2)
    candidates: tuple[int, ...] = ()
    demonym: int | None = None
    token_start: int = 0
    token_end: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    dateline: bool = False  # the town of a dateline that opens a paragraph ("WASHINGTON, April 6 - ")


def find_mentions(doc: Any, gaz: Gazetteer, weak: bool = False) -> list[NameMention]:
    """All place-name mentions of the document, without overlaps, in text order.

    With ``weak``, also the capitalised gazetteer names that no context confirms (source ``weak``): too unsure for
    a list of the article's places, but better than nothing as the place of an event that names no other.
    """
    mentions: list[NameMention] = []
    taken = bytearray(len(doc))
    for start, end in doc.user_data.get(UNPARSED, ()):  # only tokenized (the relevance cascade): not read
        taken[start:end] = b"\x01" * (end - start)
    persons = person_tokens(doc)
    aged = aged_names(doc)
    stop = not_places()
    place_strings: set[str] = set()

    def add(span: Any, source: str, key: str, unit: str | None, rows: tuple[int, ...], dem: int | None) -> None:
        if any(taken[span.start : span.end]) or (
            rows and _acronym(span, gaz, rows) and not _paragraph_dateline(doc, span)
        ):
            return  # taken, or an organisation's initials ("a UN police spokesman", not the Indian village of Un)
        if key in aged:
            return  # "Aquino, 50, was hit in the back of the head": a person, named with the age
        if _month_and_day(doc, span):
            return  # "SAIGON, Nov 2 - ": a date, not the Tajik town of Nov
        if rows and _state_abbreviation_alone(doc, span, gaz, rows):
            return  # "while he was saying an evening Mass.": a service, not Massachusetts ("Boston, Mass.")
        if unit is None and rows and _settlement_frame(doc, span):
            unit = "city"  # "the eastern city of Gedaref": the town, not the state named after it
        for i in range(span.start, span.end):
            taken[i] = 1
        mentions.append(
            NameMention(
                span.start_char,
                span.end_char,
                span.text,
                key,
                source,
                unit,
                rows,
                dem,
                span.start,
                span.end,
                dateline=_paragraph_dateline(doc, span),
            )
        )
        place_strings.add(key)

    _joined_names(doc, gaz, add, taken)
    ents = list(doc.ents)
    for ent in ents:
        if ent.label_ in PLACE_LABELS:
            span = _trim(ent)
            if span is None:
                continue
            span = _extend(doc, _named_with_s(doc, _widen(doc, span, gaz), gaz), gaz)
            if all(t.is_lower for t in span):
                continue  # "on the east bank" of a canal, tagged LOC: common words, no name (not East Bank, W.Va.)
            key, unit, rows = lookup_keys(gaz, span.text)
            dem = gaz.demonyms.get(key)
            if _surname(doc, span, key, persons, gaz, rows):
                continue  # "the retired general Lino Oviedo ... His allies blamed Oviedo": the man, not Oviedo in Spain
            if (
                rows
                and not _district_of(ent.label_, span.text)
                and not _settlement_frame(doc, span)
                and not own_named(gaz, key, rows)
                and max(gaz.population(r) for r in rows) < ALT_NAME_MIN_POP
            ):
                # only a village's alternate spelling: more likely a person or a misspelling, unless the text names
                # the district called after it ("the Reasi district", a GPE: districts take their seat's name) or
                # says it is a settlement ("the hill town of Kfar Tala": the text vouches for the place)
                rows = ()
            if rows or unit == "admin2" or dem is not None:
                if _adjective_only(gaz, key, rows):
                    # "the Kazakh Central Committee": a country's adjective, not a town that has it only as another
                    # name
                    add(span, "demonym", key, None, (), dem)
                else:
                    add(span, "ent", key, unit, rows, None)
            elif not _with_person(span) and (variants := _spelled_otherwise(gaz, span, key)):
                # "Tajoura", "Tarhouna": a town the gazetteer spells otherwise (Tajura, Tarhuna); kept only where
                # the article names its country and places most of its other names there (``resolve``)
                add(span, "variant", key, None, variants, None)
            elif _settlement_frame(doc, span):
                # "the town of Adi Daero": a settlement the gazetteer lacks; the text may still say where it lies
                add(span, "framed", key, None, (), None)
            else:
                _inner(doc, span, gaz, add, stop, persons)
        elif ent.label_ == "NORP":
            span = _trim(ent)
            if span is None:
                continue
            key = fold(strip_name(span.text))
            dem = gaz.demonyms.get(key)
            if dem is None and key.endswith("s"):
                dem = gaz.demonyms.get(key[:-1])
            if dem is not None:
                add(span, "demonym", key, None, (), dem)
    for ent in ents:
        if ent.label_ in ("PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT"):
            span = _trim(ent)
            if span is None:
                continue
            extended = _extend(doc, span, gaz)
            key, unit, rows = lookup_keys(gaz, extended.text)
            if rows and extended.end > span.end and own_named(gaz, key, rows):
                add(extended, "promoted", key, unit, rows, None)
                continue
            span = extended
            if not rows and ent.label_ in ("PERSON", "ORG") and _distance_told(doc, span):
                add(span, "framed", key, None, (), None)  # "Dhubaira, a village about 12 km north of Mukalla"
                continue
            if (
                not rows
                and ent.label_ in ("PERSON", "ORG")
                and (variants := _spelled_otherwise(gaz, span, key))
                and _promote(doc, span, key, gaz, variants, persons, ent.label_, taken)
            ):
                add(span, "variant", key, None, variants, None)  # "In Zawiya and Tarhouna, crowds ...", tagged ORG
                continue
            if not rows and ent.label_ in ("PERSON", "ORG") and _settlement_frame(doc, span):
                add(span, "framed", key, None, (), None)  # "the town of Adi Daero", tagged as a person
                continue
            named = own_named(gaz, key, rows) or place_frame(doc, span)  # "the southern city of Khan Younis"
            if rows and named and _promote(doc, span, key, gaz, rows, persons, ent.label_, taken):
                add(span, "promoted", key, unit, rows, None)
            elif ent.label_ == "ORG" and len(span) > 1 and rows and own_named(gaz, key, rows):
                # "Be'er Ora" told with no place-like setting: the whole name may still be a place ("the White
                # House"), but its words name no other town ("Ora")
                _inner(doc, span, gaz, add, stop, persons, whole_only=True)
            elif ent.label_ in ("ORG", "EVENT", "WORK_OF_ART", "PRODUCT") or len(span) > 1:
                # (a person's whole name that a place bears, "the Vietminh government of Ho Chi Minh", was judged
                # just now as a whole: only a shorter name inside it may still be a place)
                whole = ent.label_ == "PERSON" and bool(rows) and named and _city_of_a_name(gaz, key, rows)
                _inner(doc, span, gaz, add, stop, persons, whole_judged=whole)
    _opening_dateline(doc, gaz, add, taken)
    _demonyms(doc, gaz, add, taken)
    _scan(doc, gaz, add, taken, stop, persons, place_strings)
    _placed_by_distance(doc, add, taken, persons | set(stop))
    if weak:
        _scan_weak(doc, gaz, add, taken, stop, persons)
    mentions.sort(key=lambda m: m.start)
    return mentions


_MONTHS = frozenset(words()["months"])  # full names and abbreviations, lower case


def _month_and_day(doc: Any, span: Any) -> bool:
    """Is the name a month's, written out or cut short, before a day's number ("Nov 2", "Sept. 18")?"""
    if span.end >= len(doc) or span.text.lower().rstrip(".") not in _MONTHS:
        return False
    day = doc[span.end]
    return day.text.isdigit() and 1 <= int(day.text) <= 31


def _state_abbreviation_alone(doc: Any, span: Any, gaz: Gazetteer, rows: tuple[int, ...]) -> bool:
    """A state's dotted abbreviation ("Mass.") that ends its sentence after a common word that modifies it ("while he
    was saying an evening Mass.", "at the funeral Mass."): the word, not the state (not "Springfield, Ill.", "from
    northern B.C.", "S.C. 5", "Mass. legislators")."""
    if not span.text.endswith(".") or len(span) != 1 or not all(gaz.feature(r) == "admin1" for r in rows):
        return False
    if span.end < len(doc) and not doc[span.end].is_sent_start:
        return False
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.tag_ in ("NN", "JJ", "DT") and before.is_lower and _DIRECTION.search(before.lower_) is None


_DIRECTION = re.compile(r"north|south|east|west|central|upper|lower")


_JOINERS = ("-", "'s", "’s")


def _joined_names(doc: Any, gaz: Gazetteer, add: Any, taken: bytearray) -> None:
    """Names the model splits at a hyphen or a possessive ("Qasr-e Shirin", "Fraser's Hill", "King's Lynn"), read
    as one place where the gazetteer knows the whole as a place's own name: the longest such run of capitalised words
    and joiners, not inside a longer name (a body's). A name the gazetteer knows only as another spelling counts where a
    preposition of place comes before it ("around Fraser's Hill")."""
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if taken[i] or not (tok.is_alpha and tok.text[:1].isupper()) or tok.whitespace_ or _inside_a_name(doc, i):
            # (not "the Islamic State of Iraq and Al-Sham", "Liwaa Al-Quds": a body's name, not the town)
            i += 1
            continue
        best = None
        for j in range(i + 2, min(i + 7, n) + 1):
            span = doc[i:j]
            last = doc[j - 1]
            if any(taken[i:j]):
                break
            if last.text in _JOINERS:
                continue
            if not last.is_alpha:
                break
            joined = any(
                w.text in _JOINERS and k > 0 and not span[k - 1].whitespace_
                for k, w in enumerate(span)
                if k < len(span) - 1
            )
            if not joined or not last.text[:1].isupper():
                continue
            key, unit, rows = lookup_keys(gaz, span.text)
            known = (
                own_named(gaz, key, rows) or max(gaz.population(r) for r in rows) >= ALT_NAME_MIN_POP if rows else False
            )
            if rows and (known or preceded_by_locative(doc, i)):
                best = (span, key, unit, rows)
        if best is None:
            i += 1
            continue
        span, key, unit, rows = best
        add(span, "ent", key, unit, rows, None)
        i = span.end


def _adjective_only(gaz: Gazetteer, key: str, rows: tuple[int, ...]) -> bool:
    """Is the name a country's adjective that no place bears as its own name ("the Kazakh Central Committee": Kazakh is
    only another name of a town)?"""
    return key in gaz.demonyms and not (rows and own_named(gaz, key, rows))


def _landform_of_a_region(doc: Any, start: int, key: str) -> bool:
    """Is the name at ``start`` a landform's plural after a compass word ("the Central Highlands"): a region's common
    noun, not a town called Highlands?"""
    return key in LANDFORMS and start > 0 and doc[start - 1].lower_ in COMPASS_WORDS


def _mid_name(doc: Any, start: int, end: int) -> bool:
    """Do capitalised words go on both before and after the words ``start:end`` inside one sentence ("All| Star|
    Bowling Lanes")?"""
    if start == 0 or end >= len(doc) or doc[start].is_sent_start:
        return False
    before, after = doc[start - 1], doc[end]
    if before.pos_ == "DET":
        return False  # "The Malacca Straits": a sentence's article, no word of the name
    return bool(before.is_alpha and before.text[:1].isupper() and after.is_alpha and after.text[:1].isupper())


def _inside_a_name(doc: Any, i: int) -> bool:
    """Does the word at ``i`` go on a proper name begun before it ("Liwaa Al-Quds", "the State of Iraq and
    Al-Sham")?"""
    if i == 0 or (doc[i - 1].is_sent_start and not doc[i - 1].is_alpha):
        return False
    prev = doc[i - 1]
    if prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start:
        return True
    return (
        prev.lower_ in ("and", "of", "&") and i >= 2 and doc[i - 2].text[:1].isupper() and not doc[i - 2].is_sent_start
    )


# ", about 6 km east of ": a distance and a bearing from a place named next, said of the name before it
_DISTANCE_FROM = re.compile(r"\s*,\s*" + SETTLEMENT_APPOSITIVE + DISTANCE_BEARING, re.IGNORECASE)
_SETTLEMENTS = word_lists("place_words.json").words("settlement_nouns")
_SITES_NAMED = word_lists("place_words.json").words("site_nouns") | _SETTLEMENTS


def _placed_by_distance(doc: Any, add: Any, taken: bytearray, stop: set[str]) -> None:
    """A capitalised name the model and the gazetteer left alone, said to lie a distance and a bearing from another
    place ("dropped on Maguwo airfield, about 6 km east of Jogjakarta", "the hotel at Kikambala, about 30 km north of
    Mombasa"): the text vouches that it is a place, which ``relative`` puts where the statement says. Its site noun
    ("airfield") goes with the name."""
    text = doc.text
    for m in _DISTANCE_FROM.finditer(text):
        end = doc.char_span(0, m.start(), alignment_mode="contract")
        if end is None or end.end == 0:
            continue
        j = end.end  # the token after the name (and its site noun)
        k = j - 1 if doc[j - 1].lower_ in _SITES_NAMED and j >= 2 else j
        i = k
        while i > 0 and k - i < 3 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha:
            i -= 1
        if i == k or any(taken[i:j]) or doc[i].is_sent_start:
            continue
        if i > 0 and doc[i - 1].lower_ in _PARTICLES:
            continue  # "Mocimboa da Praia": the end of a longer name
        if any(t.lower_ in stop for t in doc[i:k]):
            continue  # a person's name or a word that names no place
        add(doc[i:j], "framed", fold(doc[i:j].text), None, (), None)


def _opening_dateline(doc: Any, gaz: Gazetteer, add: Any, taken: bytearray) -> None:
    """The town of a wire story's opening dateline in capitals ("ASUNCION - ", "VICTORIA, Seychelles - "), and of a
    round-up's paragraph that opens with a dateline of its own ("ROME - In the capital, ..."), when the model left it
    untagged and no place was found in it: its first name, up to a comma, a slash or the dash, as the gazetteer knows a
    town by it."""
    text = doc.text  # spaCy joins the tokens again on every access
    for at in (0, *round_up_sections(text)):
        end = dateline_end(text[at : at + 80])
        first = re.match(r"\s*([A-Z][A-Z .'-]*?[A-Z])\s*(?:,|/|\(|-\s|–|—)", text[at : at + end]) if end else None
        if first is None:
            continue
        span = doc.char_span(at + first.start(1), at + first.end(1), alignment_mode="expand")
        if span is None or any(taken[span.start : span.end]):
            continue
        key, unit, rows = lookup_keys(gaz, first.group(1).title())
        if rows and any(gaz.feature(r) == "city" for r in rows):
            add(span, "ent", key, unit, rows, None)


def _surname(doc: Any, span: Any, key: str, persons: set[str], gaz: Gazetteer, rows: tuple[int, ...]) -> bool:
    """A one-word name that this document uses in a person's full name ("Lino Oviedo") or after a title, told here
    with no preposition of place before it: the person again (not "in Oviedo"), unless a country or a capital."""
    if len(span) != 1 or key not in persons or preceded_by_locative(doc, span.start):
        return False
    return not any(gaz.feature(r) == "country" or r in gaz.capitals for r in rows)


def _with_person(span: Any) -> bool:
    """ "two brothers, Hillel and Yagel Yaniv": a name joined by "and" to a person's name is a given name too."""
    root = span.root
    linked = [*root.conjuncts]
    return any(t.ent_type_ == "PERSON" for t in linked)


def _spelled_otherwise(gaz: Gazetteer, span: Any, key: str) -> tuple[int, ...]:
    """The towns a capitalised name the gazetteer does not know may be another spelling of (``spelled_otherwise``);
    none for a lower-case text, where the model's entities are guesses."""
    if not span.text[:1].isupper() or gaz.has_name(key):
        return ()
    return gaz.spelled_otherwise(key)


_GENERIC_HEADS = word_lists("place_words.json").words("generic_name_heads")


def _in_compound(doc: Any, span: Any, gaz: Gazetteer, rows: tuple[int, ...]) -> bool:
    """Is a one-word town's name part of a compound place name the gazetteer lacks, as its English generic head
    ("Point" of "Point Salines") or the word after that head ("Rupert" of "Fort Rupert")? A country's or a region's
    name stays ("Lake Chad")."""
    if len(span) != 1 or any(gaz.feature(r) != "city" for r in rows):
        return False
    i = span.start
    head = span[0].lower_ in _GENERIC_HEADS and i + 1 < len(doc) and capitalised(doc[i + 1])
    after = i > 0 and doc[i - 1].lower_ in _GENERIC_HEADS and capitalised(doc[i - 1])
    return head or after


def _settlement_frame(doc: Any, span: Any) -> bool:
    """ "the town of X", "the village of X": the words before a capitalised name say it is a settlement; so does a
    distance told after it with the settlement's kind ("X, a village about 12 km north of Y")."""
    i = span.start
    if not all(capitalised(t) or t.lower_ in ("al", "el", "de", "da") for t in span):
        return False
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _SETTLEMENTS:
        return True
    return _distance_told(doc, span)


def _distance_told(doc: Any, span: Any) -> bool:
    """ "X, a village about 12 km north of Y": the text says what X is and where it lies (``relative`` places it)."""
    after = doc_text(doc)[span.end_char : span.end_char + 80]
    return _DISTANCE_FROM.match(after) is not None and after.lstrip(" ,")[:2].lower() in ("a ", "an")


def _demonyms(doc: Any, gaz: Gazetteer, add: Any, taken: bytearray) -> None:
    """Demonyms the model left untagged ("Two Somali fishermen"), two words first ("South Korean")."""
    caps = [capitalised(t) for t in doc]  # once: most words are not, and no span need be made for them
    i = 0
    while i < len(doc):
        if taken[i] or not caps[i]:
            i += 1
            continue
        for n in (2, 1):
            if i + n > len(doc) or any(taken[i : i + n]) or not all(caps[i : i + n]):
                continue
            span = doc[i : i + n]
            if any(t.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART") for t in span):
                continue
            key = fold(span.text)
            dem = gaz.demonyms.get(key)
            if dem is None and key.endswith("s"):
                dem = gaz.demonyms.get(key[:-1])
            if dem is not None:
                add(span, "demonym", key, None, (), dem)
                i += n - 1
                break
        i += 1


def _hyphenated(doc: Any, span: Any, gaz: Gazetteer) -> Any:
    """The whole of a hyphenated name the tokenizer split ("Croix-des-Bouquets", "Mocimboa-da-Praia") when the
    gazetteer knows it: the model often tags only its first part."""
    end = span.end
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "\u2011")
        and doc[end - 1].whitespace_ == ""
        and doc[end].whitespace_ == ""
        and doc[end + 1].is_alpha
    ):
        end += 2
    if end > span.end and end - span.start <= 9 and gaz.has_name(fold(doc[span.start : end].text)):
        return doc[span.start : end]
    return span


def _widen(doc: Any, span: Any, gaz: Gazetteer) -> Any:
    """ "Port of Spain", "PORT OF SPAIN", which the model tags as "Port" and "Spain" or as "SPAIN" alone: the longest
    run of capitalised words and name connectors around the entity (five words at most) that the gazetteer knows by
    its own name."""
    best = span
    for start in range(max(0, span.start - 2), span.start + 1):
        for end in range(min(len(doc), span.end + 2), span.end - 1, -1):
            if (start, end) == (span.start, span.end) or end - start > 5 or end - start <= len(best):
                continue
            run = doc[start:end]
            if not (capitalised(run[0]) and capitalised(run[-1])) or any(
                not capitalised(t) and t.lower_ not in CONNECTORS for t in run
            ):
                continue
            if any(t.ent_type_ in ("DATE", "TIME", "PERSON") for t in run) or "\n" in run.text:
                continue
            key, _, rows = lookup_keys(gaz, run.text)
            if rows and own_named(gaz, key, rows) and " " in run.text:
                best = run
    return best


def _extend(doc: Any, span: Any, gaz: Gazetteer) -> Any:
    """Take in a following unit word the model left out: "Lachin corridor", "Isiolo town", "Feni district"."""
    span = _hyphenated(doc, span, gaz)
    if span.end < len(doc) and span.end - span.start <= 4:
        nxt = doc[span.end]
        if nxt.lower_ in UNIT_SUFFIXES and nxt.ent_type_ in ("", span.label_ if hasattr(span, "label_") else ""):
            longer = doc[span.start : span.end + 1]
            if gaz.has_name(fold(longer.text)) or gaz.lookup(fold(span.text)):
                return longer
    return span


def _named_with_s(doc: Any, span: Any, gaz: Gazetteer) -> Any:
    """ "St. George's", "St. John's": a name whose own last word ends in "'s", which ``_trim`` took for a possessive,
    when the gazetteer knows the name with it."""
    end = span.end
    if end < len(doc) and doc[end].text in ("'s", "’s") and doc[end - 1].whitespace_ == "":
        longer = doc[span.start : end + 1]
        if gaz.has_name(fold(longer.text)):
            return longer
    return span


def _trim(ent: Any) -> Any | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’", ","):
        end -= 1
    return doc[start:end] if end > start else None


def _promote(
    doc: Any,
    span: Any,
    key: str,
    gaz: Gazetteer,
    rows: tuple[int, ...],
    persons: set[str],
    label: str,
    taken: bytearray,
) -> bool:
    """A PERSON/ORG span that is really a place: known name, place-like syntax, not a person elsewhere."""
    if key in persons or key in not_places():
        return False
    if _settlement_frame(doc, span):
        return True  # "the town of Tal Afar", tagged ORG: the words before it say it is a town
    whole = span.end >= len(doc) or not doc[span.end].is_upper  # (not "ULAN" of "ULAN BATOR")
    if whole and _paragraph_dateline(doc, span) and own_named(gaz, key, rows):
        return True  # "BANDAR SERI BEGAWAN, May 3 - ", tagged ORG: a dateline's town in capitals, by its own name
    feats = {gaz.feature(r) for r in rows}
    if label == "ORG" and len(span) > 1 and not feats & {"country", "admin1", "region"}:
        # (but "a mine near Kfar Saba", tagged ORG: a town's own name of several words, where things are)
        return own_named(gaz, key, rows) and preceded_by_locative(doc, span.start, strong=True)
    strong_feat = bool(feats & {"country", "admin1", "region", "continent"})
    if strong_feat and label != "PERSON":
        return True
    if "country" in feats and own_named(gaz, key, rows) and _office_of(doc, span.end):
        return True  # "Lesotho's prime minister", tagged PERSON: a country's office holder, not a person's
    if followed_by_place(doc, gaz, span.end):
        return True
    if preceded_by_locative(doc, span.start, strong=not strong_feat):
        return True
    if coordinated_with_place(doc, span.start, taken) or place_frame(doc, span) or reached_by(doc, span.end - 1):
        return True
    return strong_feat and preceded_by_locative(doc, span.start)


def _city_of_a_name(gaz: Gazetteer, key: str, rows: tuple[int, ...]) -> bool:
    """Is the name a city's only with "City" after it ("Ho Chi Minh" of Ho Chi Minh City, "Quezon" of Quezon City):
    a person's name a city was named after, told without "City"?"""
    return all(gaz.feature(r) == "city" and own_form(gaz.primary_name(r)) == f"{key} city" for r in rows)


def _office_of(doc: Any, end: int) -> bool:
    """Does a possessive right after the name hold an office ("Lesotho's prime minister", "Chad's president")?"""
    if end >= len(doc) or doc[end].lower_ not in ("'s", "\u2019s"):
        return False
    return any(w.lower_ in TITLES for w in doc[end + 1 : end + 3])


def _inner(
    doc: Any,
    span: Any,
    gaz: Gazetteer,
    add: Any,
    stop: frozenset[str],
    persons: set[str],
    whole_judged: bool = False,
    whole_only: bool = False,
) -> None:
    """Place names inside a longer entity: the longest known capitalised run of words (not the whole entity when it
    was ``whole_judged`` no place; only the whole entity when ``whole_only``)."""
    i = span.start
    while i < span.end:
        found = False
        for j in range(min(span.end, i + 5), i, -1):
            if whole_judged and i == span.start and j == span.end:
                continue
            if whole_only and (i != span.start or j != span.end):
                continue
            sub = doc[i:j]
            if not capitalised(doc[i]) or not capitalised(doc[j - 1]):
                continue
            key, unit, rows = lookup_keys(gaz, sub.text)
            if not rows and not (unit == "admin2" and j - i > 1):
                continue
            if rows and not own_named(gaz, key, rows):
                continue
            if j - i == 1 and (key in stop or key in persons or doc[i].is_stop):
                continue
            if unit is not None and key in stop:
                continue  # "the Justice Department": a ministry, not a word that names no place and a unit's name
            if _landform_of_a_region(doc, i, key):
                continue
            if (j - i == 1 and _in_compound(doc, sub, gaz, rows)) or _name_goes_on(doc, j, span.end):
                continue  # "San" of "San Quentin", "Villa Maria" of "Villa Maria del Triunfo": a longer name's part
            feats = {gaz.feature(r) for r in rows}
            pops = max((gaz.population(r) for r in rows), default=0)
            if unit is None and not feats & {"country", "admin1", "region", "continent"} and pops < INNER_MIN_POP:
                continue
            add(sub, "inner", key, unit, rows, None)
            i = j
            found = True
            break
        if not found:
            i += 1


_PARTICLES = word_lists("place_words.json").words("name_particles")


def _name_goes_on(doc: Any, j: int, end: int) -> bool:
    """Does the name go on after word ``j`` inside its entity, through a connector to a capitalised word ("Villa
    Maria| del Triunfo", "Puerto| de la Cruz")?"""
    k = j
    while k < end - 1 and doc[k].lower_ in _PARTICLES:
        k += 1
    return k > j and k < end and capitalised(doc[k])


def _scan(
    doc: Any,
    gaz: Gazetteer,
    add: Any,
    taken: bytearray,
    stop: frozenset[str],
    persons: set[str],
    place_strings: set[str],
) -> None:
    """Capitalised gazetteer names outside every entity, kept when the context makes them places."""
    i = 0
    n = len(doc)
    while i < n:
        if taken[i]:
            i += 1
            continue
        tok = doc[i]
        if not capitalised(tok) or (
            tok.ent_type_ in ("PERSON", "ORG", "DATE", "TIME", "NORP", "FAC")
            and not _paragraph_dateline(doc, doc[i : i + 1])
            and not (tok.ent_type_ == "DATE" and _country_named(doc, gaz, i))
            and not (tok.ent_type_ in ("DATE", "TIME") and _settlement_frame(doc, doc[i : i + 1]))
            and not _misread_date(doc, gaz, i)
        ):
            # a word of another kind of name is no place, but for a dateline's town in capitals the model read as an
            # organisation ("ULAN BATOR, July 3 - ") and a country the model joined to the date after a dateline
            # ("July 3 - Mongolia's capital")
            i += 1
            continue
        hit = _longest_name(doc, gaz, i, 5, taken, _known_or_county)
        if hit is None:
            end = _division_named(doc, gaz, i, taken)
            if end is not None:  # "Enga province": a division known only with its unit word
                span = doc[i:end]
                key, unit, rows = lookup_keys(gaz, span.text)
                if rows and key not in stop:
                    add(span, "gazetteer", key, unit, rows, None)
                    i = end
                    continue
            i += 1
            continue
        j, key, unit, rows = hit
        span = _extend(doc, doc[i:j], gaz)
        if span.end > j:
            key, unit, rows = lookup_keys(gaz, span.text)
            j = span.end
        if _name_goes_on(doc, j, n):
            i = j  # "Villa Maria del Triunfo": the start of a longer name the gazetteer lacks
            continue
        if not _in_compound(doc, span, gaz, rows) and _accept_scanned(
            doc, span, key, unit, rows, gaz, stop, persons, place_strings, taken
        ):
            add(span, "gazetteer", key, unit, rows, None)
        i = j


def _country_named(doc: Any, gaz: Gazetteer, i: int) -> bool:
    """Is the word at ``i`` a country's own name ("Mongolia" in "July 3 - Mongolia's capital")?"""
    return doc[i].pos_ == "PROPN" and any(gaz.feature(r) == "country" for r in gaz.lookup(fold(doc[i].text)))


def _division_named(doc: Any, gaz: Gazetteer, i: int, taken: bytearray) -> int | None:
    """The end of "Enga province", "Sagaing region": capitalised words from ``i`` and a lower-case unit word after
    them, which together the gazetteer names (a division it knows only with its unit word)."""
    for j in range(min(len(doc) - 1, i + 4), i, -1):
        if any(taken[i : j + 1]) or doc[j].lower_ not in UNIT_SUFFIXES or not capitalised(doc[j - 1]):
            continue
        if all(capitalised(t) or t.lower_ in CONNECTORS for t in doc[i:j]) and gaz.has_name(fold(doc[i : j + 1].text)):
            return j + 1
    return None


def _accept_scanned(
    doc: Any,
    span: Any,
    key: str,
    unit: str | None,
    rows: tuple[int, ...],
    gaz: Gazetteer,
    stop: frozenset[str],
    persons: set[str],
    place_strings: set[str],
    taken: bytearray,
) -> bool:
    if key not in stop and rows and _paragraph_dateline(doc, span):
        # "MITROVICA - The trouble began ...", "PRIZREN - In the south, crowds ...": a round-up's paragraph that opens
        # with a town in capitals and a dash names where it was filed, by its own name or a common spelling of a
        # sizeable town's
        return own_named(gaz, key, rows) or max(gaz.population(r) for r in rows) >= ALT_NAME_MIN_POP
    if key in stop or (rows and not own_named(gaz, key, rows)):
        return False
    if _landform_of_a_region(doc, span.start, key):
        return False
    if key in persons and not (key in place_strings and span[0].pos_ == "PROPN"):
        # a word of a person's name is no place, unless the model named that very place elsewhere in the text
        # ("a rally in Donetsk" after "the Donetsk People's Republic" read as a person)
        return False
    if len(span) == 1 and (span[0].is_stop or span[0].pos_ not in ("PROPN",)):
        return False
    if span.text.isupper() and len(span.text) <= 4 and not any(gaz.feature(r) == "country" for r in rows):
        return False
    if key in place_strings:
        return True
    feats = {gaz.feature(r) for r in rows}
    pop = max((gaz.population(r) for r in rows), default=0)
    sentence_initial = span.start == span.sent.start
    if feats & {"country", "admin1", "continent"} and not sentence_initial:
        return True
    if unit is not None:
        return True
    if followed_by_place(doc, gaz, span.end):
        return True
    if preceded_by_locative(doc, span.start, strong=True) and pop >= 500:
        return True
    if (coordinated_with_place(doc, span.start, taken) or place_frame(doc, span)) and pop >= 500:
        return True
    return pop >= 100000 and preceded_by_locative(doc, span.start)


def _acronym(span: Any, gaz: Gazetteer, rows: tuple[int, ...]) -> bool:
    """A name of three capitals or fewer that is no country or division nor a city of a million: initials (a
    four-letter name in capitals is as often a dateline's town: "JUBA - ", "GOMA - ")."""
    if not span.text.isupper() or len(span.text) > 3:
        return False
    return not any(gaz.feature(r) in ("country", "admin1") or gaz.population(r) >= 1000000 for r in rows)


def _paragraph_dateline(doc: Any, span: Any) -> bool:
    """Is ``span`` a town of a dateline in capitals that opens a paragraph: the story's own ("JUBA - ", its first town
    only: "GAZA/JERUSALEM - " is filed from both) or a round-up's paragraph's ("PRIZREN - ", "BELGRADE AND NIS - ")?"""
    if not span.text.isupper():
        return False
    start = span.start
    while start > 0 and span.start - start < 8 and "\n\n" not in doc[start - 1].text_with_ws:
        prev = doc[start - 1]
        if not (prev.text.isupper() or prev.text in (",", "/", "&")):
            return False
        start -= 1  # "BELGRADE AND NIS": the words in capitals before it
    if (start > 0 and "\n\n" not in doc[start - 1].text_with_ws) or (start == 0 and span.start > 0):
        return False
    line = doc[start : min(len(doc), span.end + 16)]
    return bool(dateline_end(line.text) >= span.end_char - line.start_char)


def _known_or_county(
    start: int, end: int, key: str, unit: str | None, rows: tuple[int, ...]
) -> tuple[str, tuple[int, ...]] | None:
    """A name the gazetteer knows, or an unknown one named with a district word ("Riverside District")."""
    return (key, rows) if rows or (unit == "admin2" and end - start > 1) else None


_CALENDAR = calendar_names()
MISREAD_DATE_POP = 100000  # a city this big, read by the model as a date after "in", is the city


def _misread_date(doc: Any, gaz: Gazetteer, i: int) -> bool:
    """ "landed in Montevideo, where they asked for asylum", with "Montevideo" tagged a date: one word that names no
    day, month or season, after a locative preposition, whose own name is a big city's, is that city."""
    tok = doc[i]
    if tok.ent_type_ != "DATE" or tok.ent_iob_ != "B" or tok.text.title() in _CALENDAR:
        return False
    if i + 1 < len(doc) and doc[i + 1].ent_type_ == "DATE" and doc[i + 1].ent_iob_ == "I":
        return False  # (a longer date: "Easter Sunday")
    if not preceded_by_locative(doc, i, strong=True):
        return False
    rows = gaz.lookup(fold(tok.text))
    return any(gaz.feature(r) == "city" and gaz.population(r) >= MISREAD_DATE_POP for r in rows) and own_named(
        gaz, fold(tok.text), rows
    )


WEAK_MIN_POP = 1000  # an unconfirmed name must belong to a town, not a hamlet
_NOT_WEAK = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "FAC"}


def _scan_weak(doc: Any, gaz: Gazetteer, add: Any, taken: bytearray, stop: frozenset[str], persons: set[str]) -> None:
    """Capitalised names the gazetteer knows as a town's own name, whatever the model tagged them ("Kebili",
    "Maxixe" as persons), and run-on possessives of large places ("Nairobis Uhuru Park")."""

    def judge(
        start: int, end: int, key: str, unit: str | None, rows: tuple[int, ...]
    ) -> tuple[str, tuple[int, ...]] | None:
        if not rows and end - start == 1 and key.endswith("s") and len(key) >= 6:
            base = gaz.lookup(key[:-1])
            if any(gaz.feature(r) in ("admin1", "country") or gaz.population(r) >= 100000 for r in base):
                key, rows = key[:-1], base
        # a hamlet's name only after "in", "at", "near"
        least = 0 if preceded_by_locative(doc, start, strong=True) else WEAK_MIN_POP
        rows = tuple(r for r in rows if gaz.feature(r) != "city" or gaz.population(r) >= least)
        if _adjective_only(gaz, key, rows):
            return None  # "the Kazakh party chief": a country's adjective, not a town known by it as another name
        if " " in key and key in person_names and any(f" {key} " in f" {n} " and n != key for n in person_names):
            return None  # "U Aung San ... a rival of Aung San": a person's name, not the village named after him
        if key in person_names and rows and _city_of_a_name(gaz, key, rows):
            return None  # "the Vietminh government of Ho Chi Minh", a person: not Ho Chi Minh City
        if key in named_sites and all(gaz.population(r) < SITE_NAME_MAX_POP for r in rows):
            return None  # "Central High School", then "Central High": a school's name, not a hamlet in Oklahoma
        if _mid_name(doc, start, end):
            return None  # "the All Star Bowling Lanes": a word inside a business's name, not Star, Idaho
        if rows and len(key) >= 4 and key not in stop and key not in persons and _own_or_known(gaz, key, rows):
            return key, rows
        return None

    n = len(doc)
    named_sites = _site_name_words(doc)
    # the names of persons of two words or more ("U Aung San", "Aung San"): a name the gazetteer knows that the text
    # tags as a person on its own and as part of a longer person's name is that person's
    person_names = {fold(strip_name(e.text)) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    i = 0
    while i < n:
        if taken[i] or not capitalised(doc[i]) or doc[i].ent_type_ in _NOT_WEAK or doc[i].is_stop:
            i += 1
            continue
        hit = _longest_name(doc, gaz, i, 4, taken, judge)
        if hit is None:
            i += 1
            continue
        j, key, unit, rows = hit
        if not _in_compound(doc, doc[i:j], gaz, rows):
            add(doc[i:j], "weak", key, unit, rows, None)
        i = j


_SITE_NOUNS = word_lists("place_words.json").words("site_nouns") | word_lists("place_words.json").words(
    "business_nouns"
)
SITE_NAME_MAX_POP = 20000  # a hamlet's name that the text uses for a site ("Central High School") is the site's


def _site_name_words(doc: Any) -> set[str]:
    """The names the text gives a site, the capitalised words before a capitalised site noun ("Central High School":
    "central high", "high"), folded."""
    names: set[str] = set()
    for k, tok in enumerate(doc):
        if k == 0 or not tok.is_title or tok.lower_ not in _SITE_NOUNS:
            continue
        start = k
        while start > 0 and k - start < 3 and capitalised(doc[start - 1]) and not doc[start - 1].is_stop:
            start -= 1
            names.add(fold(doc[start:k].text))
    return names


# judge(start, end, key, unit, rows) of a run doc[start:end]: the key and rows to keep, or None to reject it
Judge = Callable[[int, int, str, "str | None", tuple[int, ...]], "tuple[str, tuple[int, ...]] | None"]


def _longest_name(
    doc: Any, gaz: Gazetteer, i: int, width: int, taken: bytearray, judge: Judge
) -> tuple[int, str, str | None, tuple[int, ...]] | None:
    """The longest run ``doc[i:j]`` (at most ``width`` tokens, none taken) of capitalised words and connectors,
    ending on a capitalised word, whose gazetteer lookup ``judge`` accepts, as ``(j, key, unit, rows)`` with the
    key and rows the judge returns."""
    for j in range(min(len(doc), i + width), i, -1):
        if any(taken[i:j]) or not capitalised(doc[j - 1]):
            continue
        if not all(capitalised(t) or t.lower_ in CONNECTORS for t in doc[i:j]):
            continue
        key, unit, rows = lookup_keys(gaz, doc[i:j].text)
        judged = judge(i, j, key, unit, rows)
        if judged is not None:
            return j, judged[0], unit, judged[1]
    return None


def _district_of(label: str, text: str) -> bool:
    """ "the Reasi district": a name the model tags as a place (GPE), followed by the word "district"."""
    return label == "GPE" and text.split()[-1].lower() == "district"


def _own_or_known(gaz: Gazetteer, key: str, rows: tuple[int, ...]) -> bool:
    """``own_named``, the own name written as one word ("Elwak" for El Wak), or the usual English spelling of a
    sizeable town whose own name carries diacritics or an article ("Daraa" for Dar‘ā, "Misrata" for Misratah)."""
    return (
        own_named(gaz, key, rows)
        or any(fold(gaz.primary_name(r)).replace(" ", "") == key for r in rows)
        or max(gaz.population(r) for r in rows) >= ALT_NAME_MIN_POP
    )
