"""Name normalisation shared by the gazetteer builder and the geoparser."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from sitroom.extract.lexicons import word_lists

__all__ = ["fold", "haversine_km", "in_country", "is_latin_name", "own_form", "spelling_key"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "`": "'", "ʼ": "'", "–": "-", "—": "-"})
_SPACES = re.compile(r"[\s\-]+")
_LATIN = re.compile(r"^[a-z][a-z .'&]*$")


@lru_cache(maxsize=1 << 16)  # the geoparser folds every capitalised word and window of every article: most recur
def fold(name: str) -> str:
    """Lower case, accents stripped, apostrophes unified, hyphens and runs of space as one space."""
    s = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss")
    return _SPACES.sub(" ", s.lower()).strip()


# GeoNames tells namesakes apart by a river or a region in brackets ("Halle (Saale)", "Frankfurt (Oder)"): a
# qualifier, not part of the name the town goes by
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")


def own_form(name: str) -> str:
    """The folded name a place goes by: ``fold`` without GeoNames' bracketed qualifier ("Halle (Saale)" is Halle)."""
    return fold(_QUALIFIER.sub("", name))


# consonants that transliterations of one name write differently ("Dzhalal-Abad" / "Jalal-Abad", "Gharyan" /
# "Garian", "Qunduz" / "Kunduz"), and vowels, which they write differently most of all ("Tarhouna" / "Tarhuna",
# "Tajoura" / "Tajura")
_CONSONANTS = tuple(word_lists("place_words.json").mapping("transliteration_consonants").items())
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")
SPELLING_MIN = 5  # letters a name needs before its spelling key can stand for it


def spelling_key(folded: str) -> str | None:
    """What the transliterations of one place name share: consonants unified, each run of vowels one vowel, a final
    "h" after a vowel dropped ("Tajurah" / "Tajoura"), doubled letters single, word breaks gone. None for a name
    too short (under five letters, or three consonants) or not in Latin letters, whose key would stand for too many
    other names. Looser than ``relative.skeleton`` (only the ending and doubled letters, for any town of a country
    the text names around the name): this key finds a name anywhere, so it serves only sizeable towns of the
    countries whose names English transliterates (``build.TRANSLITERATED``)."""
    if not is_latin_name(folded) or "." in folded or "&" in folded:  # "S.E. Paris": an abbreviation is no spelling
        return None
    s = folded.replace(" ", "").replace("'", "")
    if len(s) < SPELLING_MIN:
        return None
    for a, b in _CONSONANTS:
        s = s.replace(a, b)
    s = _DOUBLED.sub(r"\1", _VOWELS.sub("a", s))
    s = s[:-1] if s.endswith("ah") else s
    # with fewer than three consonants the key is shared by too many names ("Ghouta", "Gooty", "Goyty")
    return s if len(s) - s.count("a") >= 3 else None


def is_latin_name(folded: str) -> bool:
    """True for a folded name written in Latin letters (the only ones English text will match)."""
    return bool(_LATIN.match(folded))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=1)
def _country_parts() -> frozenset[tuple[str, str]]:
    text = resources.files("sitroom").joinpath("data", "geo", "country_parts.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset((r[0], r[1]) for r in rows[1:])


def in_country(cc: str | None, container: str | None) -> bool:
    """Does a place of country ``cc`` (ISO 3166-1 alpha-2) lie in ``container`` as texts name it: the same country,
    or a territory once part of it, claimed or administered by it, or its dependency ("PRISTINA, Serbia")."""
    return cc is not None and (cc == container or (cc, container) in _country_parts())
