"""The gold formats ``sitroom eval`` takes and refuses (data/gold_formats.json), and ACLED exports (CSV)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitroom.cli import main
from sitroom.errors import InputError
from sitroom.evaluate import (
    confusions_for,
    detect_format,
    evaluate,
    format_report,
    gold_exports,
    gold_format,
    gold_formats,
    load_jsonl,
)
from sitroom.evaluate.acled_export import parse_event_date, parse_inter, read_acled_export
from sitroom.evaluate.registry import _data, registered
from sitroom.model import Rejection
from tests.evaluate_pairs import synthetic
from tests.test_evaluate_agreement import SCORE_PY

EXPORT = Path(__file__).parent / "data" / "acled_export.csv"
ACLED_CSV = gold_exports()[0]

# one minimal record per format, as score.py tells them apart
MINIMAL: dict[str, dict[str, Any]] = {
    "agreements": {"agreements": [], "violations": [], "stale": False},
    "clusters": {"cluster": "7", "best": 1, "low": 1, "high": 1, "event_date": "2020-01-01"},
    "articles": {"articles_events": [{"label": "x", "acled_event_type": "Battles"}]},
    "acled": {"acled_event_type": "Battles"},
    "plover": {"plover_event": "ASSAULT"},
    "case": {"case_subtype": "ARMED_CLASH"},
    "ucdp": {"best": 1, "low": 1, "high": 1, "location": {}},
    "geo": {"toponyms": []},
    "police": {"police": {"kill": False}},
    "event_location": {"verb": {"start": 0, "end": 4}, "location": None},
    "kairos": {"events": [{"type": "Conflict.Attack", "sentence_start": 0}]},
    "expect": {"events": [{"label": "x"}]},
}
REFUSED = sorted(f.name for f in gold_formats() if not f.eval)


def test_evaluate_formats_data_file_and_registry_agree() -> None:
    formats = gold_formats()
    names = [f.name for f in formats]
    assert len(names) == len(set(names)) and set(names) == set(MINIMAL)
    assert _data()["_source"]
    assert set(registered()) == {f.name for f in formats if f.eval}, "one registered scorer per format eval takes"
    assert all(f.output in ("events", "toponyms") for f in formats)
    assert {e.format for e in gold_exports()} <= set(registered())


@pytest.mark.parametrize("name", sorted(MINIMAL))
def test_evaluate_formats_detected_as_score_py_detects_them(name: str) -> None:
    assert detect_format([{"id": "r1", "text": "x", "gold": MINIMAL[name]}]) == name


@pytest.mark.parametrize("name", REFUSED)
def test_evaluate_issue9_cli_refuses_formats_left_to_score_py(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"{name}.jsonl"
    path.write_text(json.dumps({"id": "r1", "text": "Some text.", "gold": MINIMAL[name]}) + "\n", encoding="utf-8")
    assert main(["eval", str(path), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "[E014]" in err and str(path) in err and "score.py" in err and gold_format(name).title in err
    assert "ACLED exports (.csv)" in err, "the message says what eval takes"


@pytest.mark.parametrize(
    ("content", "suffix", "reason"),
    [
        ("event_id_cnty,event_date,event_type\nX1,2024-01-01,Battles\n", ".csv", "no notes column"),
        ("", ".csv", "the file is empty"),
        (json.dumps({"id": "x", "text": "hello"}) + "\n", ".jsonl", "unknown gold format"),
        ("[]", ".json", "expected a gold set (.jsonl)"),
    ],
)
def test_evaluate_issue9_cli_refuses_what_is_not_gold(
    content: str, suffix: str, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_text(content, encoding="utf-8")
    assert main(["eval", str(path), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "[E014]" in err and reason in err and "Traceback" not in err


# --- ACLED exports ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("1", 1),
        ("8", 8),
        ("State forces", 1),
        (" state  Forces ", 1),
        ("Rebel groups", 2),
        ("Political militia", 3),
        ("Identity militia", 4),
        ("Rioters", 5),
        ("Protesters", 6),
        ("Civilians", 7),
        ("External/Other forces", 8),
        ("2.0", 2),
        ("", None),
        ("0", None),
        ("0.0", None),
    ],
)
def test_evaluate_acled_export_inter_codes_and_names(value: str, code: int | None) -> None:
    assert parse_inter(value, "inter1") == code


@pytest.mark.parametrize("value", ["9", "Aliens", "-1", "1.5", "nan"])
def test_evaluate_acled_export_unknown_inter_is_an_error(value: str) -> None:
    with pytest.raises(InputError, match="not an ACLED actor type") as info:
        parse_inter(value, "inter2")
    assert info.value.code == "E014" and "inter2" in str(info.value)


@pytest.mark.parametrize("value", ["2023-09-19", "19 September 2023", "19 Sep 2023", "19-September-2023"])
def test_evaluate_acled_export_event_dates(value: str) -> None:
    assert parse_event_date(value) == date(2023, 9, 19)


@pytest.mark.parametrize("value", ["September 2023", "2023-02-30", "03/04/2024", ""])
def test_evaluate_acled_export_bad_event_date(value: str) -> None:
    with pytest.raises(InputError) as info:
        parse_event_date(value)
    assert info.value.code == "E006"


def _read(path: Path) -> tuple[list[dict[str, Any]], list[Any], list[Rejection]]:
    rejected: list[Rejection] = []
    records, articles = read_acled_export(path, ACLED_CSV, rejected.append)
    return records, articles, rejected


def test_evaluate_acled_export_rows_become_acled_gold_and_articles() -> None:
    records, articles, rejected = _read(EXPORT)
    assert not rejected and len(records) == 6
    assert detect_format(records) == "acled"
    assert [a.id for a in articles] == [r["id"] for r in records]
    by_id = {r["id"]: r for r in records}
    first = by_id["XKE90001"]
    assert first["gold"]["actor1"] == {"name": "Protesters (Kenya)", "inter": 6}
    assert first["gold"]["actor2"] is None
    assert first["gold"]["location"]["lat"] == -0.1022 and first["gold"]["fatalities"] == 0
    second = by_id["XKE90002"]
    assert second["published"] == second["gold"]["date"] == "2024-03-14"
    assert second["gold"]["actor2"]["inter"] == 1
    last = by_id["XKE90006"]
    assert last["gold"]["time_precision"] == 2 and last["gold"]["actor2"]["inter"] == 1
    assert articles[1].published == date(2024, 3, 14) and articles[1].text.startswith("On 14 March 2024, police")


def test_evaluate_acled_export_scored_as_score_py_scores_the_same_gold(tmp_path: Path) -> None:
    if not SCORE_PY.exists():
        pytest.skip(f"{SCORE_PY} is absent: the reference scorer lives in ../shared, outside the repository")
    records, _, _ = _read(EXPORT)
    out = synthetic("acled", records)
    gold_path, out_path = tmp_path / "gold.jsonl", tmp_path / "out.jsonl"
    gold_path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out_path.write_text("".join(json.dumps(e) + "\n" for e in out), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold_path), str(out_path)], capture_output=True, text=True, check=True
    )
    assert evaluate(records, out) == json.loads(run.stdout.rsplit("\n", 2)[0])


def _with_bad_rows(tmp_path: Path) -> Path:
    """The fixture plus four rows that cannot be read: no notes, a bad date, an unknown inter, words for a count."""
    text = EXPORT.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    bad = [
        {**rows[0], "event_id_cnty": "BAD1", "notes": "  "},
        {**rows[0], "event_id_cnty": "BAD2", "event_date": "sometime in 2024"},
        {**rows[0], "event_id_cnty": "BAD3", "inter1": "Aliens"},
        {**rows[0], "event_id_cnty": "BAD4", "fatalities": "many"},
    ]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows + bad)
    path = tmp_path / "export.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def test_evaluate_acled_export_numbers_as_pandas_writes_them(tmp_path: Path) -> None:
    """A column with blanks comes back from pandas as floats: 1.0 for an inter code, 2.0 for a count."""
    rows = list(csv.DictReader(io.StringIO(EXPORT.read_text(encoding="utf-8"))))
    row = {**rows[2], "inter2": "7.0", "fatalities": "2.0", "time_precision": "1.0", "geo_precision": "2.0"}
    path = tmp_path / "pandas.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    records, _, rejected = _read(path)
    assert not rejected
    gold = records[0]["gold"]
    assert (gold["actor2"]["inter"], gold["fatalities"], gold["time_precision"]) == (7, 2, 1)
    assert gold["location"]["geo_precision"] == 2


def test_evaluate_issue9_acled_export_bad_rows_are_rejected_one_by_one(tmp_path: Path) -> None:
    records, articles, rejected = _read(_with_bad_rows(tmp_path))
    assert len(records) == len(articles) == 6
    assert [r.code for r in rejected] == ["E005", "E006", "E014", "E014"]
    assert [r.where for r in rejected] == [f"line {n} (event BAD{n - 7})" for n in range(8, 12)]
    assert "inter1 'Aliens'" in rejected[2].reason and "fatalities 'many' is not a whole number" in rejected[3].reason


@pytest.mark.slow
def test_cli_eval_acled_export_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "events.jsonl"
    assert main(["eval", str(EXPORT), "-o", str(out), "--quiet"]) == 0
    report = capsys.readouterr().out
    events = load_jsonl(out)
    records, _, _ = _read(EXPORT)
    assert events and {e["article_id"] for e in events} <= {r["id"] for r in records}
    assert report == f"== {EXPORT}\n" + format_report(evaluate(records, events), confusions_for(records, events)) + "\n"
    assert "loc_acc25km" in report and "confusion: acled_event_type" in report


@pytest.mark.slow
def test_cli_eval_issue9_acled_export_with_bad_rows_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _with_bad_rows(tmp_path)
    assert main(["eval", str(path), "--quiet"]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("sitroom: rejected") == 4 and "Traceback" not in captured.err
    assert "  n " in captured.out and "event_type_acc" in captured.out


def test_evaluate_formats_readme_says_what_eval_takes_and_refuses() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Scoring against coded data (`sitroom eval`)", 1)[1].split("\n### ", 1)[0]
    section = " ".join(section.split())
    for fmt in gold_formats():
        assert fmt.title in section, f"README's eval section does not name {fmt.title!r}"
        if fmt.eval:
            assert f"`{fmt.key}`" in section, f"README's eval section does not give the gold key of {fmt.name}"
    for export in gold_exports():
        assert export.title in section and all(f"`{c}`" in section for c in export.required_columns)


def test_evaluate_issue9_cli_checks_every_file_before_extracting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refused set among several stops eval before any extraction, not after the sets before it were run."""
    good, refused = tmp_path / "good.jsonl", tmp_path / "refused.jsonl"
    good.write_text(json.dumps({"id": "g", "text": "x", "gold": MINIMAL["acled"]}) + "\n", encoding="utf-8")
    refused.write_text(json.dumps({"id": "r", "text": "x", "gold": MINIMAL["kairos"]}) + "\n", encoding="utf-8")
    assert main(["eval", str(good), str(refused), "--quiet"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and str(refused) in captured.err and "[E014]" in captured.err
