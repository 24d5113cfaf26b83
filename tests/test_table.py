"""The CLI table (issue 14, item 5): a place column, actor names whole at 80 columns, columns to choose."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sitroom.cli import cli, main
from sitroom.errors import UsageError
from sitroom.store import open_store
from sitroom.store.base import add_many
from sitroom.table import COLUMNS, DEFAULT_COLUMNS, parse_columns, render_table, short_actor
from sitroom.testing.synthetic import synthetic_articles


def _record(**over: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "event_id": "0123456789abcdef",
        "article_id": "a1",
        "date": "2023-09-19",
        "acled_sub_event_type": "Shelling/artillery/missile attack",
        "actor1": {"name": "Military Forces of Azerbaijan", "country": "AZE"},
        "actor2": {"name": "Military Forces of Nagorno-Karabakh", "country": None},
        "location": {"name": "Stepanakert", "admin1": "Nagorno-Karabakh", "country": "AZE"},
        "fatalities": {"killed": 27},
        "evidence": {"sentence": "Azerbaijan shelled Stepanakert on Tuesday, killing 27 people, officials said."},
        "confidence": 0.8,
        "modality": "asserted",
    }
    record.update(over)
    return record


def _table(records: list[dict[str, Any]], columns: tuple[str, ...] = DEFAULT_COLUMNS, width: int = 80) -> str:
    out = io.StringIO()
    assert render_table(records, out, columns, width) == len(records)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "country", "short"),
    [
        ("Military Forces of Azerbaijan", "AZE", "Military (AZE)"),
        ("Police Forces of Bangladesh", "BGD", "Police (BGD)"),
        ("Protesters (Kenya)", "KEN", "Protesters (KEN)"),
        ("Government of Sri Lanka", "LKA", "Gov. (LKA)"),
        ("Unidentified Armed Group (Ethiopia)", "ETH", "Unid. Armed Group (ETH)"),
        ("Military Forces of Nagorno-Karabakh", None, "Military of Nagorno-Karabakh"),
        ("Al Shabaab", "SOM", "Al Shabaab"),
        ("Military Forces of Russia", "UKR", "Military of Russia"),  # the country is not the one named: kept
    ],
)
def test_table_short_actor_follows_the_written_rule(name: str, country: str | None, short: str) -> None:
    assert short_actor(name, country) == short


@pytest.mark.parametrize("width", [80, 100, 120])
def test_table_fits_the_width_and_keeps_actor_names_whole(width: int) -> None:
    long_name = {"name": "Unidentified Communal Militia of the Upper Nile Borderlands", "country": None}
    records = [_record(), _record(actor1=long_name, fatalities={"killed": None})]
    lines = _table(records, width=width).splitlines()
    assert max(len(line) for line in lines) <= width
    cells = " ".join(" ".join(_column(lines, "ACTORS")).split()).replace("- ", "-").replace("/ ", "/")
    for name in ("Military (AZE)", "> Military of Nagorno-Karabakh", "Unid. Communal Militia of the Upper Nile"):
        assert name in cells
    assert "Borderlands" in cells and "\u2026" not in cells


def _column(lines: list[str], header: str) -> list[str]:
    """The text of one column in every line, by the header's position and the dashes under it."""
    start = lines[0].index(header)
    dashes = lines[1]
    end = dashes.find(" ", start)
    return [line[start : end if end != -1 else None] for line in lines[2:]]


def test_table_has_a_place_column_with_the_first_level_division() -> None:
    lines = _table([_record()]).splitlines()
    place = " ".join(" ".join(_column(lines, "PLACE")).split())
    assert place == "Stepanakert, Nagorno- Karabakh" or place == "Stepanakert, Nagorno-Karabakh"


def test_table_actor2_starts_a_new_line_only_when_both_do_not_fit() -> None:
    wide = [c.strip() for c in _column(_table([_record()], ("date", "actors"), 80).splitlines(), "ACTORS")]
    assert wide == ["Military (AZE) > Military of Nagorno-Karabakh"]
    narrow = [c.strip() for c in _column(_table([_record()], ("date", "killed", "actors"), 40).splitlines(), "ACTORS")]
    assert narrow[0] == "Military (AZE)" and narrow[1].startswith("> Military of")


def test_table_clips_evidence_to_the_rows_height() -> None:
    lines = _table([_record()]).splitlines()
    evidence = [c.strip() for c in _column(lines, "EVIDENCE")]
    assert evidence[-1].endswith("\u2026") and len(evidence) == len(lines) - 2


def test_table_escapes_control_characters() -> None:
    text = _table([_record(location={"name": "Evil\x1b[2JTown", "country": "AZE"})], ("date", "place"))
    assert "\x1b" not in text and "\\x1b" in text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, DEFAULT_COLUMNS),
        ("date,place", ("date", "place")),
        (" Date , PLACE ,date", ("date", "place")),
        (["id", "actor1"], ("id", "actor1")),
    ],
)
def test_table_parse_columns(value: Any, expected: tuple[str, ...]) -> None:
    assert parse_columns(value) == expected


@pytest.mark.parametrize("value", ["date,nowhere", "", " , "])
def test_table_parse_columns_refuses_unknown_or_none(value: str) -> None:
    with pytest.raises(UsageError) as info:
        parse_columns(value)
    assert "choose from" in str(info.value)


@pytest.mark.parametrize("name", list(COLUMNS))
def test_table_every_column_renders_alone_and_with_the_rest(name: str) -> None:
    assert _table([_record()], (name,)).splitlines()[0].strip() == name.upper()
    assert max(len(line) for line in _table([_record()], tuple(COLUMNS), 200).splitlines()) <= 200


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "table.duckdb")
    store = open_store(path)
    add_many(store, synthetic_articles(6, per_article=2, seed=3))
    store.close()
    return path


def test_table_cli_events_columns_chooses_the_columns(db: str) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", db, "--columns", "id,place,actor1,killed"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["ID", "PLACE", "ACTOR1", "KILLED"]
    assert max(len(line) for line in lines) <= 80
    assert lines[-1] == "6 events (schema 1.1)"


def test_table_cli_events_default_table_has_a_place_column(db: str) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split() == [c.upper() for c in DEFAULT_COLUMNS]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--columns", "date,nowhere"], "unknown column nowhere"),
        (["--columns", "date", "--format", "csv"], "--columns applies to --format table"),
    ],
)
def test_table_cli_events_columns_errors_are_one_line(db: str, args: list[str], message: str) -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["events", "--db", db, *args])
    assert code == 1
    assert message in err.getvalue() and len(err.getvalue().splitlines()) == 1


def test_table_cli_overview_top_events_are_a_table_with_places(db: str) -> None:
    result = CliRunner().invoke(cli, ["overview", "--db", db, "--top", "3"])
    assert result.exit_code == 0, result.output
    top = result.output.split("Top events:\n")[1].splitlines()
    assert top[0].split() == ["DATE", "TYPE", "PLACE", "KILLED", "ACTORS"]
    assert sum(line.startswith("    \u201c") for line in top) == 3
    assert max(len(line) for line in top) <= 80
