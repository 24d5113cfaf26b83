"""Name normalisation shared by the gazetteer builder and the geoparser."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "haversine_km", "is_latin_name"]

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


def is_latin_name(folded: str) -> bool:
    """True for a folded name written in Latin letters (the only ones English text will match)."""
    return bool(_LATIN.match(folded))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
