"""sitroom.evaluate must give the reference scorer's numbers, on hand-made pairs and on the real dev sets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from sitroom.cli import main
from sitroom.evaluate import (
    confusion,
    confusions_for,
    detect_format,
    evaluate,
    format_report,
    gold_format,
    load_jsonl,
)
from sitroom.evaluate.registry import UnsupportedGoldFormat
from tests.evaluate_pairs import (
    ACLED_GOLD,
    ACLED_OUT,
    CASE_GOLD,
    CASE_OUT,
    HAND_MADE,
    PLOVER_GOLD,
    PLOVER_OUT,
    UCDP_GOLD,
    UCDP_OUT,
    synthetic,
)
from tests.modules import module_from_file

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORE_PY = SHARED / "tools" / "score.py"
GOLD = SHARED / "gold"


@pytest.fixture(scope="module")
def score() -> ModuleType:
    if not SCORE_PY.exists():
        pytest.skip(f"{SCORE_PY} is absent: the reference scorer lives in ../shared, outside the repository")
    return module_from_file("reference_score", SCORE_PY)


@pytest.mark.parametrize("fmt", sorted(HAND_MADE))
def test_evaluate_matches_reference_on_hand_made_pairs(score: ModuleType, fmt: str) -> None:
    gold, out = HAND_MADE[fmt]
    assert detect_format(gold) == fmt
    assert evaluate(gold, out) == score.score(gold, out)
    assert evaluate(gold, []) == score.score(gold, [])


@pytest.mark.parametrize("fmt", sorted(HAND_MADE))
def test_evaluate_hand_made_pairs_without_reference(fmt: str) -> None:
    """Spot values computed by hand, so that the module is checked even where ../shared is absent."""
    gold, out = HAND_MADE[fmt]
    m = evaluate(gold, out)
    expected = {
        "acled": {"n": 4, "coverage": 0.75, "event_type_acc": 0.5, "date_acc": 0.3333, "fatalities_exact": 0.6667},
        "plover": {"plover_acc": 0.3333, "source_country_acc": 1.0, "target_country_acc": 1.0},
        "case": {"case_acc": 0.6667},
        "ucdp": {"deaths_in_range": 1.0, "deaths_n": 2, "date_acc": 0.5, "loc_acc100km": 1.0},
        "geo": {"gold_toponyms": 3, "system_toponyms": 4, "detect_precision": 0.5, "acc161_of_matched": 0.5},
        "expect": {"expected": 3, "found": 2, "missing": ["year"]},
        "articles": {
            "counted_events": 5,
            "matched": 2,
            "matched_optional": 1,
            "false_positives": 2,
            "precision": 0.5,
            "recall": 0.6667,
            "f1": 0.5714,
            "injured_exact": 1.0,
            "missed": ["w2: missed clash"],
        },
    }[fmt]
    assert {k: m[k] for k in expected} == expected


# --- the real dev sets, with a fixed synthetic output ------------------------------------------------------------


def _dev_sets() -> tuple[list[str], list[str]]:
    """The dev sets sitroom eval scores, and those it refuses (score.py is their reference)."""
    scored: list[str] = []
    refused: list[str] = []
    for path in sorted(GOLD.glob("*.jsonl")) if GOLD.exists() else []:
        name = detect_format(load_jsonl(path))
        (scored if gold_format(name).eval else refused).append(path.stem)
    return scored, refused


DEV_SETS, REFUSED_SETS = _dev_sets()


@pytest.mark.slow
@pytest.mark.parametrize("name", DEV_SETS or ["(no dev sets)"])
def test_evaluate_matches_reference_cli_on_dev_set(score: ModuleType, name: str, tmp_path: Path) -> None:
    path = GOLD / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    gold = load_jsonl(path)
    out = synthetic(detect_format(gold), gold)
    out_path = tmp_path / "out.jsonl"
    out_path.write_text("".join(json.dumps(e) + "\n" for e in out), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SCORE_PY), str(path), str(out_path)], capture_output=True, text=True, check=True
    )
    reference = json.loads(run.stdout.rsplit("\n", 2)[0])  # the JSON object; the last line is a summary
    assert evaluate(gold, load_jsonl(out_path)) == reference


def test_evaluate_confusion_tables_and_report() -> None:
    table = confusion(ACLED_GOLD, ACLED_OUT, "acled_event_type")
    assert table == {
        ("Protests", "Protests"): 1,
        ("Battles", "Battles"): 1,
        ("Riots", "Protests"): 1,
        ("Battles", "NONE"): 1,
    }
    sub = confusion(ACLED_GOLD, ACLED_OUT, "acled_sub_event_type")
    assert sum(sub.values()) == 3  # the record without a gold sub-type is left out
    assert confusion(CASE_GOLD, CASE_OUT, "case_subtype")[("DIPLO", "DIPLO")] == 1
    assert set(confusions_for(PLOVER_GOLD, PLOVER_OUT)) == {"plover_event"}
    assert confusions_for(UCDP_GOLD, UCDP_OUT) == {}
    text = format_report(evaluate(ACLED_GOLD, ACLED_OUT), confusions_for(ACLED_GOLD, ACLED_OUT))
    assert "event_type_acc" in text and "confusion: acled_event_type" in text and "2/4 on the diagonal" in text


def test_evaluate_rejects_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown gold format"):
        evaluate([{"id": "x", "gold": {"something": 1}}], [])


@pytest.mark.parametrize("name", REFUSED_SETS or ["(no dev sets)"])
def test_evaluate_issue9_refuses_dev_sets_left_to_score_py(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """KAIROS, police, event-location, fusion and agreement sets: one E014 line naming the file, exit status 1."""
    path = GOLD / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    gold = load_jsonl(path)
    assert detect_format(gold) in {"agreements", "clusters", "police", "event_location", "kairos"}
    with pytest.raises(UnsupportedGoldFormat, match=r"score\.py"):
        evaluate(gold, [])
    assert main(["eval", str(path), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "[E014]" in err and str(path) in err and "score.py" in err
    assert "Traceback" not in err
