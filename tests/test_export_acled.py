"""``sitroom export --format acled``: ACLED's columns, code lists and types (issue 14, item 1)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sitroom.cli import cli
from sitroom.export_acled import ACLED_COLUMNS, AcledOptions, acled_dtypes, acled_row, interaction
from sitroom.model import AcledInter
from sitroom.store import open_store
from sitroom.store.base import add_many
from sitroom.testing.synthetic import synthetic_articles

# the "ACLED Data Columns at a Glance" table of the ACLED Codebook, in its order
ACLED_CODEBOOK_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]


def _record(**over: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "event_id": "0123456789abcdef",
        "article_id": "a1",
        "published": "2023-02-17",
        "plover_event": "ASSAULT",
        "acled_event_type": "Violence against civilians",
        "acled_sub_event_type": "Abduction/forced disappearance",
        "non_acled_type": None,
        "actor1": {"name": "Unidentified Armed Group (Ethiopia)", "acled_inter": 3},
        "actor2": {"name": "Civilians (Ethiopia)", "acled_inter": 7},
        "other_actors": [],
        "date": "2023-02-16",
        "date_precision": "day",
        "location": {
            "name": "Abomsa",
            "country": "ETH",
            "admin1": "Oromia",
            "lat": 8.590712,
            "lon": 39.858812,
            "precision": "point",
        },
        "fatalities": {"killed": None, "injured": None},
        "modality": "asserted",
        "duplicate_of": None,
    }
    record.update(over)
    return record


def test_export_acled_columns_are_acleds_in_acleds_order() -> None:
    assert list(ACLED_COLUMNS) == ACLED_CODEBOOK_COLUMNS
    assert list(acled_row(_record())) == ACLED_CODEBOOK_COLUMNS


@pytest.mark.parametrize(
    ("inter1", "inter2", "label", "code"),
    [
        (1, 2, "State forces-Rebel group", 12),
        (2, 1, "State forces-Rebel group", 12),
        (3, 7, "Political militia-Civilians", 37),
        (7, 8, "External/Other forces-Civilians", 78),
        (8, 8, "External/Other forces-External/Other forces", 88),
        (6, None, "Protesters only", 60),
        (None, 5, "Rioters only", 50),
        (None, None, None, None),
    ],
)
def test_export_acled_interaction_labels_and_codes(
    inter1: int | None, inter2: int | None, label: str | None, code: int | None
) -> None:
    a = None if inter1 is None else AcledInter(inter1)
    b = None if inter2 is None else AcledInter(inter2)
    assert interaction(a, b) == label
    assert interaction(a, b, numeric=True) == code


@pytest.mark.parametrize(
    ("kind", "sub", "disorder"),
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Explosions/Remote violence", "Air/drone strike", "Political violence"),
        ("Violence against civilians", "Attack", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Protests", "Protest with intervention", "Demonstrations"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Strategic developments", "Arrests", "Strategic developments"),
        ("Battles", None, "Political violence"),
        (None, None, None),
    ],
)
def test_export_acled_disorder_type_follows_the_codebook(kind: str | None, sub: str | None, disorder: str) -> None:
    assert acled_row(_record(acled_event_type=kind, acled_sub_event_type=sub))["disorder_type"] == disorder


def test_export_acled_row_holds_acleds_code_lists() -> None:
    row = acled_row(_record())
    assert row["event_id_cnty"] == "ETH-0123456789abcdef"
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2023-02-16", 2023, 1)
    assert (row["inter1"], row["inter2"]) == ("Political militia", "Civilians")
    assert row["interaction"] == "Political militia-Civilians"
    assert row["civilian_targeting"] == "Civilians targeted"
    assert (row["iso"], row["region"], row["country"], row["admin1"]) == (231, "Eastern Africa", "Ethiopia", "Oromia")
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == (8.5907, 39.8588, 1)
    assert row["fatalities"] == 0  # none reported
    assert row["timestamp"] == 1676592000  # 2023-02-17T00:00:00Z
    numeric = acled_row(_record(), AcledOptions(numeric=True))
    assert (numeric["inter1"], numeric["inter2"], numeric["interaction"]) == (3, 7, 37)


@pytest.mark.parametrize(
    ("iso3", "iso", "country", "region"),
    [
        ("COD", 180, "Democratic Republic of Congo", "Middle Africa"),
        ("PSE", 275, "Palestine", "Middle East"),
        ("AZE", 31, "Azerbaijan", "Caucasus and Central Asia"),
        ("UKR", 804, "Ukraine", "Europe"),
        ("LKA", 144, "Sri Lanka", "South Asia"),
        ("SDN", 729, "Sudan", "Northern Africa"),
        ("MEX", 484, "Mexico", "Central America"),
        ("XKX", 0, "Kosovo", "Europe"),
    ],
)
def test_export_acled_country_codes_names_and_regions(iso3: str, iso: int, country: str, region: str) -> None:
    row = acled_row(_record(location={"name": "X", "country": iso3, "lat": 0.0, "lon": 0.0, "precision": "point"}))
    assert (row["iso"], row["country"], row["region"]) == (iso, country, region)


@pytest.mark.parametrize(
    ("fatalities", "expected"),
    [({"killed": 3}, 3), ({"killed": 0}, 0), ({"killed": None, "killed_low": 5, "killed_high": 9}, 5), ({}, 0)],
)
def test_export_acled_fatalities_zero_when_none_reported(fatalities: dict[str, Any], expected: int) -> None:
    assert acled_row(_record(fatalities=fatalities))["fatalities"] == expected


@pytest.mark.parametrize(
    ("date_precision", "location_precision", "time_code", "geo_code"),
    [("day", "point", 1, 1), ("week", "admin2", 2, 2), ("month", "admin1", 3, 3), ("year", "country", None, 3)],
)
def test_export_acled_precision_codes(
    date_precision: str, location_precision: str, time_code: int | None, geo_code: int
) -> None:
    loc = {**_record()["location"], "precision": location_precision}
    row = acled_row(_record(date_precision=date_precision, location=loc))
    assert (row["time_precision"], row["geo_precision"]) == (time_code, geo_code)


def test_export_acled_notes_are_one_sentence_from_the_fields() -> None:
    record = _record(
        acled_event_type="Battles",
        acled_sub_event_type="Armed clash",
        actor1={"name": "Military Forces of Ethiopia", "acled_inter": 1},
        actor2={"name": "OLF-Shane", "acled_inter": 2},
        fatalities={"killed": 4, "injured": 2},
    )
    note = acled_row(record)["notes"]
    assert note == (
        "On 16 February 2023, Military Forces of Ethiopia clashed with OLF-Shane in Abomsa (Oromia, Ethiopia); "
        "4 reported killed, 2 injured."
    )
    lone = acled_row(_record(actor2=None, location=None, date=None, date_precision=None))["notes"]
    assert lone == "On an unreported date, Unidentified Armed Group (Ethiopia) abducted people."


def test_export_acled_notes_never_break_a_line() -> None:
    record = _record(actor1={"name": "Armed\nGroup", "acled_inter": 3})
    row = acled_row(record)
    assert "\n" not in row["notes"] and row["actor1"] == "Armed Group"


def test_export_acled_source_of_fused_reports() -> None:
    articles = {"a1": {"source": "Reuters"}, "a2": {"source": None, "url": "https://www.bbc.co.uk/news/1"}}
    options = AcledOptions(article=articles.get)
    reports = [{"article_id": "a1"}, {"article_id": "a2"}, {"article_id": "a3"}, {"article_id": "a1"}]
    assert acled_row(_record(reports=reports), options)["source"] == "Reuters; bbc.co.uk; article a3"
    assert acled_row(_record(reports=[{"article_id": "a2", "source": "AFP"}]), options)["source"] == "AFP"


@pytest.mark.parametrize(
    ("article", "record_sources", "expected"),
    [
        ({"source": "Reuters", "url": "https://www.reuters.com/x"}, None, "Reuters"),
        ({"source": None, "url": "https://www.reuters.com/x"}, None, "reuters.com"),
        (None, None, "article a1"),
        ({"source": "Reuters"}, ["AFP", "Reuters", "AFP"], "AFP; Reuters"),
    ],
)
def test_export_acled_source_from_the_reports(
    article: dict[str, Any] | None, record_sources: list[str] | None, expected: str
) -> None:
    options = AcledOptions(article=lambda _aid: article)
    assert acled_row(_record(sources=record_sources), options)["source"] == expected


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "acled.duckdb")
    store = open_store(path)
    add_many(store, synthetic_articles(20, per_article=3, seed=14))
    store.close()
    return path


@pytest.mark.parametrize("numeric", [False, True])
def test_export_acled_cli_loads_in_pandas_with_acleds_dtypes(db: str, tmp_path: Path, numeric: bool) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is a dev dependency (pip install -e .[dev])")
    out = tmp_path / "acled.csv"
    args = ["export", "--db", db, "--format", "acled", "-o", str(out)] + (["--numeric-codes"] if numeric else [])
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    dtypes = acled_dtypes(numeric)
    frame = pd.read_csv(out, dtype=dtypes, keep_default_na=False, na_values=[""])
    assert list(frame.columns) == ACLED_CODEBOOK_COLUMNS
    assert {c: str(t) for c, t in frame.dtypes.items()} == dtypes
    assert len(frame) == 20
    for column in ("event_id_cnty", "event_date", "year", "actor1", "iso", "country", "region", "source", "notes"):
        assert frame[column].notna().all(), column
    assert (frame["fatalities"] >= 0).all()
    if numeric:
        assert set(frame["inter1"].dropna()) <= set(range(1, 9))
    else:
        assert set(frame["inter1"].dropna()) <= {i.label for i in AcledInter}
    assert set(frame["source"]) == {"synthetic"}


def test_export_acled_csv_rows_have_no_line_breaks(db: str, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    assert CliRunner().invoke(cli, ["export", "--db", db, "--format", "acled", "-o", str(out)]).exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 21 == len(list(csv.DictReader(out.open(newline="")))) + 1


@pytest.mark.skipif(shutil.which("Rscript") is None, reason="Rscript is not installed (the R check is optional)")
def test_export_acled_loads_in_r(db: str, tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    assert CliRunner().invoke(cli, ["export", "--db", db, "--format", "acled", "-o", str(out)]).exit_code == 0
    script = (
        f"d <- read.csv('{out}', stringsAsFactors = FALSE); "
        "stopifnot(ncol(d) == 31, is.numeric(d$fatalities), is.numeric(d$latitude), is.numeric(d$iso)); "
        "cat(nrow(d))"
    )
    done = subprocess.run(["Rscript", "-e", script], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "20"


@pytest.mark.slow
def test_export_acled_demo_store_fills_every_column_the_event_has(tmp_path: Path) -> None:
    """The done-when of issue 14: the demo store's ACLED export loads with ACLED's dtypes, and a column is blank only
    where the event lacks the fact."""
    pd = pytest.importorskip("pandas", reason="pandas is a dev dependency (pip install -e .[dev])")
    from sitroom.core import Sitroom, demo_corpus_path
    from sitroom.query import EventQuery

    db, out = str(tmp_path / "demo.duckdb"), tmp_path / "acled.csv"
    core = Sitroom(db)
    try:
        core.ingest(core.read([demo_corpus_path()]))
        records = list(core.events(EventQuery()))
    finally:
        core.close()
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", "acled", "-o", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out, dtype=acled_dtypes(), keep_default_na=False, na_values=[""])
    assert list(frame.columns) == ACLED_CODEBOOK_COLUMNS and len(frame) == len(records) > 100
    by_id = {r["event_id"]: r for r in records}
    for _, row in frame.iterrows():
        r = by_id[row["event_id_cnty"].split("-")[-1]]
        loc = r.get("location") or {}
        has = {
            "event_date": r.get("date"),
            "year": r.get("date"),
            "event_type": r.get("acled_event_type"),
            "disorder_type": r.get("acled_event_type"),
            "sub_event_type": r.get("acled_sub_event_type"),
            "actor1": (r.get("actor1") or {}).get("name"),
            "inter1": (r.get("actor1") or {}).get("acled_inter"),
            "actor2": (r.get("actor2") or {}).get("name"),
            "inter2": (r.get("actor2") or {}).get("acled_inter"),
            "country": loc.get("country"),
            "iso": loc.get("country"),
            "region": loc.get("country"),
            "admin1": loc.get("admin1"),
            "location": loc.get("name"),
            "latitude": loc.get("lat"),
            "geo_precision": loc.get("precision"),
        }
        for column, fact in has.items():
            assert pd.isna(row[column]) == (fact is None), (column, r["event_id"])
        for column in ("source", "notes", "fatalities", "timestamp"):
            assert not pd.isna(row[column]), column


def _readme_block(name: str) -> str:
    text = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    return text.split(f"<!-- BEGIN {name} -->")[1].split(f"<!-- END {name} -->")[0]


def test_export_acled_readme_documents_every_column_of_every_format() -> None:
    from sitroom.export import FLAT_COLUMNS

    flat, acled = _readme_block("FLAT COLUMNS"), _readme_block("ACLED COLUMNS")
    for column in FLAT_COLUMNS:
        role, _, field = column.partition("_")
        assert f"`{column}`" in flat or (role in ("actor1", "actor2") and f"`_{field}`" in flat), column
    for column in ACLED_COLUMNS:
        assert f"`{column}`" in acled, column


def test_export_acled_numeric_codes_only_with_acled(db: str, tmp_path: Path) -> None:
    args = ["export", "--db", db, "--format", "csv", "--numeric-codes", "-o", str(tmp_path / "x.csv")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0 and not (tmp_path / "x.csv").exists()
    assert "--numeric-codes applies to --format acled" in str(result.exception)
