"""Context rules for toponym recognition: the words around a name that make it a place or a person.

Locative prepositions ("in", "near"), frames ("the town of X", "X residents"), coordination with a place already
found ("Stepanakert and Goris"), containment ("X, Kenya"), titles before person names, and the administrative
words that turn a name into a unit ("Isiolo County"). Word lists are English grammar, written for sitroom.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from sitroom.extract._casualty_lexicon import is_person
from sitroom.extract.lexicons import word_lists
from sitroom.geo.gazetteer import Gazetteer
from sitroom.geo.locate import dateline_end
from sitroom.geo.names import fold, own_form

__all__ = [
    "CONNECTORS",
    "FRAME_AFTER",
    "FRAME_BEFORE",
    "LOCATIVE",
    "STRONG_LOCATIVE",
    "TITLES",
    "UNIT_SUFFIXES",
    "capitalised",
    "coordinated_with_place",
    "followed_by_place",
    "lookup_keys",
    "not_places",
    "own_named",
    "person_tokens",
    "place_frame",
    "preceded_by_locative",
    "reached_by",
    "strip_name",
]

LOCATIVE = word_lists("place_words.json").words("locative_prepositions")
STRONG_LOCATIVE = LOCATIVE - {"of", "from", "to", "between"}
TITLES = word_lists("place_words.json").words("titles")
_ORGANISATION_WORDS = word_lists("place_words.json").words("organisation_words")
LANDFORMS = word_lists("place_words.json").words("landform_plurals")
COMPASS_WORDS = word_lists("place_words.json").words("compass_words")
# generic words that turn a name into an administrative unit ("Isiolo County", "Feni district")
UNIT_SUFFIXES = word_lists("place_words.json").mapping("unit_suffixes")
CONNECTORS = word_lists("place_words.json").words("name_connectors")
_ORDINAL = re.compile(r"^\d")


def strip_name(text: str) -> str:
    t = text.strip()
    for pre in ("the ", "The "):
        if t.startswith(pre):
            t = t[len(pre) :]
    for suf in ("'s", "’s", "'", "’"):
        if t.endswith(suf):
            t = t[: -len(suf)]
    return t.strip(" .,;:") if not t.endswith(".") or len(t) <= 2 or t[-3] != "." else t.strip(" ,;:")


def lookup_keys(gaz: Gazetteer, text: str) -> tuple[str, str | None, tuple[int, ...]]:
    """The lookup key of a span, the unit its suffix names, and its candidate rows."""
    raw = fold(text.strip(" ,;:"))
    if raw.endswith((".", "'s", "’s")) and gaz.has_name(raw):
        return raw, None, gaz.lookup(raw)  # "St. George's", "St. John's": the "'s" is the name's own
    t = strip_name(text)
    key = fold(t)
    rows = gaz.lookup(key)
    if rows or key in gaz.counties:
        unit = "admin2" if key in gaz.counties else None
        return key, unit, rows
    words = key.split(" ")
    if len(words) > 1 and words[-1] in UNIT_SUFFIXES:
        base = " ".join(words[:-1])
        base_rows = gaz.lookup(base)
        if base_rows:
            return base, UNIT_SUFFIXES[words[-1]], base_rows
    if len(words) > 1 and words[0] in COMPASS_WORDS:
        base = " ".join(words[1:])
        base_rows = gaz.lookup(base) if base not in LANDFORMS else ()
        if base_rows:
            return base, "region", base_rows
    return key, None, ()


def own_named(gaz: Gazetteer, key: str, rows: tuple[int, ...]) -> bool:
    """True when some candidate bears the name as its own (not only as one of its many alternate spellings)."""
    return any(
        gaz.feature(r) != "city" or gaz.is_curated(r) or own_form(gaz.primary_name(r)) in (key, f"{key} city")
        for r in rows
    )


def capitalised(tok: Any) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and not _ORDINAL.match(t)


def person_tokens(doc: Any) -> set[str]:
    """Words that this document uses as parts of multi-word person names, or after a title. A wire dateline's city
    ("JUBA - South Sudan's forces", which the model reads as one name) is no part of a person's name."""
    out: set[str] = set()
    opening = dateline_end(doc.text)
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and not any(t.lower_ in _ORGANISATION_WORDS for t in ent):
            out.update(fold(t.text) for t in ent if t.text[:1].isupper() and t.idx >= opening)
    for tok in doc:
        if fold(tok.text).rstrip(".") in TITLES and tok.i + 1 < len(doc) and capitalised(doc[tok.i + 1]):
            out.add(fold(doc[tok.i + 1].text))
            # "Governor Ulises Ruiz": the given name and the surname after it (up to three words of one name; not
            # after "St.", a saint's name that names a place: "St. Joseph London")
            for nxt in doc[tok.i + 2 : tok.i + 4] if fold(tok.text).rstrip(".") != "st" else ():
                if not capitalised(nxt) or nxt.is_sent_start:
                    break
                out.add(fold(nxt.text))
        out.update(fold(t.text) for t in _appositive_name(tok))
    return out


def _appositive_name(tok: Any) -> list[Any]:
    """The words of a name of two or more words set in apposition to a noun for a person ("the attacker, Otoya
    Yamaguchi, was 17", "the youth, Kenji Matsumoto, had hidden a knife"), or with such a noun in apposition to it
    ("arrested Delfim Neves, a former speaker of parliament"): a person's given name and surname, whatever the model
    tagged them; empty otherwise."""
    if tok.pos_ != "PROPN":
        return []
    given = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and capitalised(c)]
    name = [*given, tok]
    if not given or not all(w.text.istitle() for w in name):
        return []
    if any(_described_as_person(c) for c in tok.children):
        return name
    if tok.dep_ != "appos" or not is_person(tok.head.lower_) or tok.doc[given[0].i - 1].text != ",":
        return []  # (not "the separatist Mombasa Republican Council", with no comma: a name of its own)
    return name


def _described_as_person(c: Any) -> bool:
    """ ", a former speaker of parliament": an indefinite noun for a person set off by a comma after a name."""
    return (
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and is_person(c.lower_)
        and c.doc[c.left_edge.i - 1].text == ","
        and c.left_edge.lower_ in ("a", "an")
    )


def aged_names(doc: Any) -> set[str]:
    """Words that this document writes with an age in apposition ("Aquino, 50, was hit"), as news writes a person's
    age after the name: persons' names, wherever else the model took them for places."""
    return {fold(tok.text) for tok in doc if _aged(tok)}


def _aged(tok: Any) -> bool:
    """Is the capitalised word followed by an age set off by commas ("Aquino, 50, was hit"), as news writes a person's
    age after the name?"""
    doc = tok.doc
    if not capitalised(tok) or tok.i + 3 >= len(doc):
        return False
    comma, age, close = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
    return comma.text == "," and close.text == "," and age.text.isdigit() and 0 < int(age.text) < 120


def preceded_by_locative(doc: Any, i: int, strong: bool = False) -> bool:
    j = i - 1
    while j >= 0 and doc[j].lower_ in {
        "the",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "rural",
        "downtown",
        "neighbouring",
        "neighboring",
        "nearby",
    }:
        j -= 1
    return j >= 0 and doc[j].lower_ in (STRONG_LOCATIVE if strong else LOCATIVE)


def followed_by_place(doc: Any, gaz: Gazetteer, end_tok: int) -> bool:
    """ "X, Y" where Y is a known country or first-level division."""
    if end_tok + 1 >= len(doc) or doc[end_tok].text != ",":
        return False
    for n in (3, 2, 1):
        if end_tok + 1 + n > len(doc):
            continue
        key = fold(strip_name(doc[end_tok + 1 : end_tok + 1 + n].text))
        if any(gaz.feature(r) in ("country", "admin1") for r in gaz.lookup(key)):
            return True
    return False


FRAME_BEFORE = word_lists("place_words.json").words("frame_before")
FRAME_AFTER = word_lists("place_words.json").words("frame_after")


def place_frame(doc: Any, span: Any) -> bool:
    """ "the town of X", "outskirts of X", "the capital X", "X town", "X residents", "X MP": words that frame a place
    name."""
    i, j = span.start, span.end
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in FRAME_BEFORE:
        return True
    if i >= 2 and doc[i - 1].lower_ == "for" and doc[i - 2].lower_ in ("bound", "headed", "heading", "destined"):
        return True
    comma = i >= 2 and doc[i - 1].text == ","
    before = i - 2 if comma else i - 1
    if before >= 0 and doc[before].lower_ == "capital":
        return True  # "Armenia's capital Yerevan", "the Ethiopian capital, Addis Ababa": a city in apposition
    if comma and doc[before].lower_ in ("city", "town", "port"):
        return True  # "the second city, Lae", "the port town, Hodeidah"
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("the", "a", "an"):
        # "Lashkar Gah, the capital of Helmand", "Mpondwe, a border town", "X, the provincial capital": a place in
        # apposition to a word for a settlement or a division
        # ("Lesotho, a mountain kingdom": the head of a compound)
        nouns = [t for t in doc[j + 2 : min(j + 5, len(doc))] if t.pos_ == "NOUN"]
        if nouns and (
            nouns[0].lower_ in _APPOSED or (nouns[0].dep_ == "compound" and nouns[1:2] and nouns[1].lower_ in _APPOSED)
        ):
            return True
    if j < len(doc) and doc[j].lower_ in FRAME_AFTER:
        return True
    return _names_a_facility(doc, span)


def _names_a_facility(doc: Any, span: Any) -> bool:
    """ "the Kuje medium security prison": a name that modifies a word for a site or a division, across only lowercase
    modifiers, names where the site is."""
    last = doc[span.end - 1]
    head = last.head
    return (
        last.dep_ in ("compound", "nmod")
        and head.i > last.i
        and head.i - span.end <= 3
        and head.lower_ in FRAME_AFTER
        and all(t.is_lower and t.is_alpha for t in doc[span.end : head.i])
    )


_MOTION = word_lists("place_words.json").words("motion_verbs")
_TAKING = word_lists("place_words.json").words("taking_verbs")


def reached_by(doc: Any, i: int) -> bool:
    """ "the violence spread to X", "fled to X": "to" or "towards" after a verb of motion makes X a place; so does
    being the object of a verb of taking or bombarding ("seized X, the main supply base", "shelled X")."""
    tok = doc[i]
    if tok.dep_ == "dobj":
        return tok.head.pos_ == "VERB" and tok.head.lemma_ in _TAKING
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in ("to", "towards", "toward")
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_ in _MOTION
    )


_APPOSED = word_lists("place_words.json").words("apposed_nouns")


def coordinated_with_place(doc: Any, i: int, taken: bytearray) -> bool:
    """ "Stepanakert and Goris", "Kisumu, Siaya or Busia": a conjunct of a place already found."""
    j = i - 1
    if j < 1 or doc[j].lower_ not in ("and", "or", ",", "&"):
        return False
    return bool(taken[j - 1]) or (doc[j - 1].text == "," and j >= 2 and bool(taken[j - 2]))


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    text = resources.files("sitroom").joinpath("data", "geo", "not_places.tsv").read_text(encoding="utf-8")
    rows = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(rows[1:])
