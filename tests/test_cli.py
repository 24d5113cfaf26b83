"""The command line, end to end through ``sitroom.cli.main``: exit codes, one-line errors, idempotent ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from sitroom.cli import main
from sitroom.store.base import EventQuery
from tests.test_schema import shipped_schema

SEED = (
    "date 2023-11-09 Azerbaijan launched a military operation in Nagorno-Karabakh on Tuesday. "
    "At least 200 people were killed, including 10 civilians, and over 400 were injured."
)


@pytest.fixture()
def inputs(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "seed.txt").write_text(SEED, encoding="utf-8")
    good = {"id": "g1", "published": "2024-06-25", "text": "Police fired tear gas at protesters in Nairobi on Tuesday."}
    lines = [
        json.dumps(good),
        "{broken",
        json.dumps({"id": "nt", "published": "2024-06-25"}),
        json.dumps({"id": "bd", "published": "2024-02-30", "text": "x"}),
    ]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary")
    (tmp_path / "latin1.txt").write_bytes(b"date 2024-01-01 caf\xe9")
    return {p.stem: p for p in tmp_path.iterdir()}


@pytest.mark.slow
def test_cli_extract_writes_schema_valid_jsonl(inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(inputs["seed"]), "--quiet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines, "the seed sentence yields events"
    validator = Draft202012Validator(shipped_schema())
    events = [json.loads(line) for line in lines]
    for event in events:
        validator.validate(event)
    assert [e["salience_rank"] for e in events] == list(range(len(events)))


@pytest.mark.slow
def test_cli_extract_is_deterministic(inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    main(["extract", str(inputs["seed"]), str(inputs["mixed"]), "--quiet"])
    first = capsys.readouterr().out
    main(["extract", str(inputs["seed"]), str(inputs["mixed"]), "--quiet"])
    assert capsys.readouterr().out == first


@pytest.mark.slow
def test_cli_bad_inputs_give_one_line_each_and_exit_2(
    inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(inputs[k]) for k in ("mixed", "empty", "binary", "latin1", "seed")]
    assert main(["extract", *paths]) == 2
    captured = capsys.readouterr()
    rejected = [line for line in captured.err.splitlines() if line.startswith("sitroom: rejected")]
    assert len(rejected) == 6
    for needle in ("mixed.jsonl:line 2", "(id nt)", "(id bd)", "empty.txt", "binary.txt", "latin1.txt"):
        assert any(needle in line for line in rejected), needle
    assert "Traceback" not in captured.err
    assert "2 articles read" in captured.err and "6 inputs rejected" in captured.err
    assert captured.out.strip(), "the good articles still produced events"


@pytest.mark.parametrize(
    "argv",
    [
        ["extract"],
        ["events", "--since", "2023-02-30"],
        ["events", "--near", "1,2"],
        ["nonsense"],
        ["extract", "x.txt", "--format", "xml"],
    ],
)
def test_cli_usage_errors_exit_1(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("sitroom: error:") and len(err.strip().splitlines()) == 1


@pytest.mark.slow
def test_cli_ingest_twice_leaves_store_unchanged(
    inputs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sitroom.store import open_store

    db = str(tmp_path / "t.duckdb")
    paths = [str(inputs["seed"]), str(inputs["mixed"]), str(inputs["empty"])]
    assert main(["ingest", *paths, "--db", db, "--quiet"]) == 2
    store = open_store(db)
    first_counts = store.counts()
    first_events = sorted(json.dumps(e, sort_keys=True) for e in store.events(EventQuery()))
    store.close()
    assert first_counts["articles"] == 2 and first_counts["events"] >= 1
    assert main(["ingest", *paths, "--db", db, "--quiet"]) == 2
    store = open_store(db)
    second = store.counts()
    assert second == first_counts
    assert sorted(json.dumps(e, sort_keys=True) for e in store.events(EventQuery())) == first_events
    store.close()
    capsys.readouterr()
    assert main(["events", "--db", db, "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == first_counts["events"]


def test_cli_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("extract", "geoparse", "ingest", "events", "export", "overview", "demo", "eval", "serve"):
        assert command in out


@pytest.mark.slow
def test_cli_eval_prints_metrics_and_confusions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.jsonl"
    record = {
        "id": "g1",
        "published": "2024-06-25",
        "text": "Police fired tear gas at protesters in Nairobi on Tuesday.",
        "gold": {
            "acled_event_type": "Protests",
            "acled_sub_event_type": "Protest with intervention",
            "actor1": {"inter": 6},
            "date": "2024-06-25",
            "time_precision": 1,
            "location": {"lat": -1.2833, "lon": 36.8167},
            "fatalities": 0,
        },
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    assert main(["eval", str(gold), "--output", str(out), "--quiet"]) == 0
    report = capsys.readouterr().out
    assert "event_type_acc" in report and "coverage" in report
    assert out.read_text(encoding="utf-8").strip()


def test_cli_eval_rejects_a_file_that_is_not_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps({"id": "x", "text": "hello"}) + "\n", encoding="utf-8")
    assert main(["eval", str(plain), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "E014" in err and "Traceback" not in err
