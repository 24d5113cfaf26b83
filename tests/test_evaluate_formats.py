"""The gold formats ``sitroom eval`` takes and refuses (data/gold_formats.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sitroom.cli import main
from sitroom.evaluate import (
    detect_format,
    gold_exports,
    gold_format,
    gold_formats,
)
from sitroom.evaluate.registry import _data, registered

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
    assert "JSONL sets of" in err, "the message says what eval takes"


@pytest.mark.parametrize(
    ("content", "suffix", "reason"),
    [
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
