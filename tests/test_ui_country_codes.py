"""The dashboard's choropleth joins the API's ISO3 country codes to the world-atlas shapes through
``static/country-codes.json``: the file is what ``scripts/country_codes.py`` writes, and it names every country
shape of the vendored map but two that have no ISO code (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.modules import module_from_file

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "src" / "sitroom" / "api" / "static"


def _script() -> Any:
    return module_from_file("country_codes", ROOT / "scripts" / "country_codes.py")


def test_ui_country_codes_file_is_what_the_script_writes() -> None:
    shipped = json.loads((STATIC / "country-codes.json").read_text(encoding="utf-8"))
    assert shipped == _script().country_codes()


def test_ui_country_codes_name_every_shape_with_a_code() -> None:
    codes = json.loads((STATIC / "country-codes.json").read_text(encoding="utf-8"))
    world = json.loads((STATIC / "vendor" / "countries-110m.json").read_text(encoding="utf-8"))
    shapes = world["objects"]["countries"]["geometries"]
    unnamed = [s["properties"]["name"] for s in shapes if s.get("id") not in codes["by_id"]]
    assert sorted(set(unnamed) - set(codes["by_name"])) == ["N. Cyprus", "Somaliland"]
    assert codes["by_id"]["804"] == "UKR" and codes["by_id"]["144"] == "LKA" and codes["by_name"]["Kosovo"] == "XKX"
