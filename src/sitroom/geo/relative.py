"""What the text itself says about where a place lies, used after the gazetteer scores: containment and distances.

Two statements of the text outrank the population and coherence priors:

* **Containment.** "the town of Palma in northern Mozambique", "Koya, Iraq": the place lies in the named country or
  first-level division. When the resolver's choice lies in another country and no candidate of that name lies
  inside, the gazetteer does not know the place under this spelling. Transliterations vary in their vowels ("Koya",
  "Koye"; "Kuyah"), so spellings that differ only so are looked up inside the container's country; failing that,
  the place is kept by its own name at the container's centre, with the container's precision, instead of a
  namesake abroad. (First-level divisions are drawn differently by news and gazetteer: only the country decides.)
* **Distance and bearing.** "Mocimboa da Praia, about 60 km south of Palma": two places stand in a known relation.
  When one is known and the other is not (or the other's chosen entry lies nowhere near the stated distance), the
  other is put where the statement says, as an estimated point (ACLED's geo_precision 2).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from sitroom.extract.lexicons import word_lists
from sitroom.geo.names import fold, haversine_km, in_country

if TYPE_CHECKING:
    from sitroom.geo.gazetteer import Gazetteer
    from sitroom.geo.recognize import NameMention
    from sitroom.geo.resolve import Candidate

__all__ = ["CONTAINER_GAP", "DISTANCE_BEARING", "SETTLEMENT_APPOSITIVE", "apply_text_geometry", "skeleton"]

_DIRECTIONS = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central|far[- ]north|far[- ]south"
    r"|far[- ]east|far[- ]west)"
)
# the text between a place and the one that contains it: "X, Y", "X (Y", "X in Y", "X in northern Y", "X in the
# north of Y", "X in Y's north"
CONTAINER_GAP = re.compile(
    rf"^\s*(?:,|\(|,?\s*in(?:\s+the)?(?:\s+{_DIRECTIONS}(?:ern)?|\s+{_DIRECTIONS}\s+of)?)\s*$", re.IGNORECASE
)
_BEARING = word_lists("place_words.json").numbers("bearings")
_UNIT_KM = word_lists("place_words.json").numbers("kilometre_units")
_UNIT_KM |= {"mile": 1.609, "miles": 1.609, "mi": 1.609}
# "X, (about|some) 60 km (37 miles) south of Y": the gap between mention X and mention Y
# "(about) 60 km (37 miles) south of ": a distance and a bearing from the place named next
DISTANCE_BEARING = (
    r"(?:about|some|around|roughly|nearly|almost|approximately|just|only)?\s*"
    r"(?P<num>\d{1,4}(?:[.,]\d+)?)\s*-?\s*(?P<unit>km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\b"
    r"\s*(?:\([^)]{0,20}\)\s*)?(?P<dir>north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"\s+of\s+"
)
# "Hizyaz, a village about 10 km south of Sanaa": the kind of place, told in apposition before its distance
SETTLEMENT_APPOSITIVE = (
    r"(?:an?\s+(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted(word_lists("place_words.json").words("settlement_nouns")))
    + r")\s+(?:of\s+[\w,\s]{1,30}?\s+)?)?"
)
_RELATION = re.compile(
    r"^\s*,?\s*(?:which\s+is\s+|is\s+|lies\s+)?"
    + SETTLEMENT_APPOSITIVE
    + DISTANCE_BEARING
    + r"(?:the\s+)?(?:town\s+of\s+|village\s+of\s+|city\s+of\s+)?$",
    re.IGNORECASE,
)
_GAP_MAX = 60  # characters between the two mentions of a relation
# "Machuca, a settlement of a few hundred people, belongs to the gold-mining municipality of Segovia": a place the
# gazetteer lacks, in the division named after it, whose seat bears the division's name
_BELONGS_TO = re.compile(
    r"^\s*,?\s*(?:an?\s+[^,;.]{1,60},\s*)?(?:belongs\s+to|lies\s+in|is\s+(?:part\s+of|in))\s+the\s+"
    r"(?:[\w-]+\s+){0,2}(?:municipality|district|county|commune|parish|department|prefecture|municipio|canton)"
    r"\s+of\s+$",
    re.IGNORECASE,
)
_BELONGS_GAP_MAX = 120
AREA_CONTAINERS = ("country", "admin1")


def skeleton(folded: str) -> str:
    """A spelling key that transliterations of one name share: letters only, ``ou`` as ``u``, doubled letters once,
    a final ``h`` dropped and a final vowel written ``a`` ("Koya", "Koye", "Koyah" -> "koya")."""
    s = re.sub(r"[^a-z]", "", folded).replace("ou", "u")
    s = re.sub(r"(.)\1+", r"\1", s)
    if len(s) > 3 and s.endswith("h"):
        s = s[:-1]
    if len(s) > 3 and s[-1] in "aeiy":
        s = s[:-1] + "a"
    return s


_ENDINGS = ("", "a", "e", "i", "y", "ah", "eh", "e h")


def _variants(key: str) -> set[str]:
    """Spellings of ``key`` that differ in the ways ``skeleton`` forgives: the final vowel (or an ``h`` after it),
    ``ou`` for ``u``, a doubled letter. Looked up one by one in the name index: no scan of the gazetteer."""
    stem = key
    if len(stem) > 4 and stem[-2:] in ("ah", "eh"):
        stem = stem[:-2]
    elif len(stem) > 3 and stem[-1] in "aeiy":
        stem = stem[:-1]
    stems = {stem, stem.replace("ou", "u"), stem.replace("u", "ou")}
    stems |= {re.sub(r"([a-z])\1", r"\1", x) for x in list(stems)}
    stems |= {x[:k] + x[k] + x[k:] for x in list(stems) for k in range(1, len(x)) if x[k].isalpha() and len(x) < 16}
    want = skeleton(key)
    return {x + e for x in stems for e in _ENDINGS if skeleton(x + e) == want} - {key}


def _spelled_alike(gaz: Gazetteer, key: str, cc: str) -> list[int]:
    """Towns of country ``cc`` whose name is a variant spelling of ``key``."""
    return [r for v in _variants(key) for r in gaz.lookup(v) if gaz.country(r) == cc and gaz.feature(r) == "city"]


def apply_text_geometry(
    mentions: list[NameMention], chosen: list[Candidate | None], gaz: Gazetteer, text: str
) -> list[Candidate | None]:
    """``chosen`` with the places that the text's containment and distance statements put elsewhere corrected. Every
    mention of a corrected name takes the correction (one name, one place in an article)."""
    out = list(chosen)
    fixed: dict[str, Candidate] = {}
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        area = out[i + 1]
        if a.key in fixed or area is None or area.feature not in AREA_CONTAINERS or b.demonym is not None:
            continue
        if a.demonym is not None or len(text[a.end : b.start]) > 30 or not CONTAINER_GAP.match(text[a.end : b.start]):
            continue
        mine = out[i]
        if mine is not None and (mine.feature in AREA_CONTAINERS or in_country(mine.cc, area.cc)):
            continue  # first-level divisions are drawn differently by news and gazetteer: only the country decides
        fixed[a.key] = _placed_inside(a, area, gaz)
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = text[a.end : b.start]
        if len(gap) > _BELONGS_GAP_MAX or not _BELONGS_TO.match(gap):
            continue
        # (the division's seat outranks a country the text put the place in: "the hamlet of Machuca in north-western
        # Colombia")
        x, y = fixed.get(a.key, out[i]), fixed.get(b.key, out[i + 1])
        if y is not None and y.feature == "city" and (x is None or _estimated(x) or x.feature in AREA_CONTAINERS):
            fixed[a.key] = _moved(_named(a, y), y, 0.0, 0.0)
    countries = Counter(c.cc for c in out if c is not None)
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = text[a.end : b.start]
        if len(gap) > _GAP_MAX:
            continue
        rel = _RELATION.match(gap)
        if rel is None:
            continue
        km = float(rel.group("num").replace(",", "")) * _UNIT_KM[rel.group("unit").lower()]
        bearing = _BEARING[rel.group("dir").lower().replace("-", "")]
        x, y = fixed.get(a.key, out[i]), fixed.get(b.key, out[i + 1])
        if km <= 0 or km > 1500:
            continue
        if y is None and x is not None and b.source == "framed":
            y = _named(b, x)  # "..., 30 km north of the village of X": a settlement the gazetteer lacks
        elif x is None and y is not None and a.source == "framed":
            x = _named(a, y)
        if x is None or y is None:
            continue
        if _estimated(y) and not _estimated(x) and x.feature == "city":  # a is dist km bearing of b: b from a
            fixed[b.key] = _moved(y, x, km, (bearing + 180.0) % 360.0)
        elif _estimated(x) and not _estimated(y) and y.feature == "city":
            fixed[a.key] = _moved(x, y, km, bearing)
        elif x.feature == "city" == y.feature and x.cc != y.cc and not _consistent(x, y, km):
            # the text's distance rules out the pair: the one in the country the article names less is wrong, or
            # else the more ambiguous name (more places bear it)
            if (countries[y.cc], -len(b.candidates)) <= (countries[x.cc], -len(a.candidates)):
                if b.key not in fixed:
                    fixed[b.key] = _moved(_named(b, x), x, km, (bearing + 180.0) % 360.0)
            elif a.key not in fixed:
                fixed[a.key] = _moved(_named(a, y), y, km, bearing)
    if fixed:
        for i, m in enumerate(mentions):
            if m.key in fixed:
                out[i] = fixed[m.key]
    return out


def _consistent(x: Candidate, y: Candidate, km: float) -> bool:
    return haversine_km(x.lat, x.lon, y.lat, y.lon) <= 2.0 * km + 30.0


def _estimated(c: Candidate) -> bool:
    """A place kept by its name at a container's centre (or a partner's point): its own point is not known."""
    return c.idx is None and c.feature in AREA_CONTAINERS and not c.estimated


def _named(m: NameMention, area: Candidate) -> Candidate:
    from sitroom.geo.resolve import Candidate

    name = m.text.strip()
    admin1 = area.admin1 if area.feature != "country" else ""
    return Candidate(
        None, name, area.lat, area.lon, area.cc, admin1, 0, "country" if not admin1 else "admin1", None, True
    )


def _placed_inside(m: NameMention, area: Candidate, gaz: Gazetteer) -> Candidate:
    from sitroom.geo.resolve import Candidate

    rows = _spelled_alike(gaz, m.key, area.cc)
    if area.feature == "admin1":
        rows = [r for r in rows if gaz.admin1_code(r) == area.admin1]
    if rows:
        r = max(rows, key=gaz.population)
        p = gaz.place(r)
        return Candidate(r, p.name, p.lat, p.lon, p.cc, p.admin1, p.population, p.feature, p.geonames_id, False)
    return _named(m, area)


def _moved(c: Candidate, origin: Candidate, km: float, bearing: float) -> Candidate:
    """``c`` put ``km`` from ``origin`` on ``bearing`` (degrees from north), as a town of ``origin``'s division."""
    lat1, lon1 = math.radians(origin.lat), math.radians(origin.lon)
    d, th = km / 6371.0, math.radians(bearing)
    lat2 = math.asin(math.sin(lat1) * math.cos(d) + math.cos(lat1) * math.sin(d) * math.cos(th))
    lon2 = lon1 + math.atan2(math.sin(th) * math.sin(d) * math.cos(lat1), math.cos(d) - math.sin(lat1) * math.sin(lat2))
    return replace(
        c,
        idx=None,
        lat=round(math.degrees(lat2), 5),
        lon=round((math.degrees(lon2) + 540.0) % 360.0 - 180.0, 5),
        cc=origin.cc,
        admin1=origin.admin1,
        feature="city",
        geonames_id=None,
        population=0,
        name=c.name if c.idx is None else fold(c.name).title(),
        estimated=True,
    )
