"""Golden-file tests: the whole pipeline on the bundled demo corpus, compared component by component with
``tests/golden/demo_events.jsonl``.

Each line of the golden file is one event: which article, its rank and trigger, and what each step decided (event
types, actors, date, place, casualties). A change to any step shows up here as a list of differences for that
step, article by article. When a change is meant, regenerate the file and review its diff before committing:

    SITROOM_UPDATE_GOLDEN=1 PYTHONPATH=src .venv/bin/pytest tests/test_golden_demo.py

The demo articles were written for sitroom (plus the seed article), so the file holds no third-party coded data.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from sitroom.core import Sitroom, demo_corpus_path

GOLDEN = Path(__file__).parent / "golden" / "demo_events.jsonl"

# the fields of an event record that each component decides
COMPONENTS: dict[str, tuple[str, ...]] = {
    "detect": ("plover_event", "plover_mode", "cameo_root", "acled_event_type", "acled_sub_event_type", "modality"),
    "actors": ("actor1.name", "actor1.country", "actor1.acled_inter", "actor2.name", "actor2.country"),
    "date": ("date", "date_precision"),
    "locate": ("location.name", "location.country", "location.precision", "location.lat", "location.lon"),
    "casualties": ("fatalities.killed", "fatalities.civilians_killed", "fatalities.injured", "fatalities.qualifier"),
}


def _get(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, float):
        return round(value, 2)  # a place within about a kilometre is the same place
    return value


def _row(record: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article_id": record["article_id"],
        "rank": record["salience_rank"],
        "trigger": record.get("trigger"),
    }
    for fields in COMPONENTS.values():
        row.update({f: _get(record, f) for f in fields})
    return row


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    app = Sitroom(store=None)
    out: list[dict[str, Any]] = []
    for _, events in app.extract(app.read([demo_corpus_path()])):
        out.extend(_row(e.to_dict()) for e in events)
    return out


def _key(row: dict[str, Any]) -> tuple[str, int]:
    return row["article_id"], row["rank"]


def test_golden_demo_file_is_current(rows: list[dict[str, Any]]) -> None:
    if os.environ.get("SITROOM_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert GOLDEN.exists(), f"{GOLDEN} is missing: run with SITROOM_UPDATE_GOLDEN=1"
    golden = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert {_key(r) for r in rows} == {_key(g) for g in golden}, "the demo corpus yields other events than the file"
    assert [r["trigger"] for r in rows] == [g["trigger"] for g in golden]


@pytest.mark.parametrize("component", list(COMPONENTS))
def test_golden_demo_component_matches(rows: list[dict[str, Any]], component: str) -> None:
    golden = {_key(g): g for g in (json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines())}
    diffs = []
    for row in rows:
        want = golden.get(_key(row))
        if want is None:
            continue  # reported by test_golden_demo_file_is_current
        for field in COMPONENTS[component]:
            if row[field] != want[field]:
                diffs.append(f"{row['article_id']}#{row['rank']} {field}: {want[field]!r} -> {row[field]!r}")
    assert not diffs, f"{component}: {len(diffs)} difference(s) from the golden file:\n" + "\n".join(diffs[:30])
