"""Agreement tracking on the dev gold (``agreements_dev``), end to end: the stripped articles ingested in published
order through the real pipeline into a DuckDB store, ``sitroom agreements --format jsonl``'s records scored by the
shared reference scorer. The floors are the figures measured at the last change, rounded down a little: a
regression guard, not the targets. Skips with a clear message when ../shared is absent."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from sitroom.core import Sitroom
from sitroom.model import Article
from sitroom.readers import parse_published
from tests.modules import module_from_file

SHARED = Path(__file__).resolve().parents[2] / "shared"

pytestmark = pytest.mark.slow

FLOORS = {
    "agreements_score": 0.95,
    "link_f1": 0.95,
    "status_accuracy": 0.95,
    "violation_f1": 0.95,
    "stale_f1": 0.95,
    "attributes_score": 0.95,
    "alleged_acc": 0.95,
    "killed_exact": 0.95,
}


def _scorer() -> ModuleType:
    return module_from_file("shared_score", SHARED / "tools" / "score.py")


def test_quality_agreements_dev_scores_stay_above_floor(tmp_path: Any) -> None:
    path = SHARED / "gold" / "agreements_dev.jsonl"
    if not path.exists():
        pytest.skip(f"agreements gold not found at {path} (../shared is absent)")
    gold = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    ordered = sorted(gold, key=lambda r: (r["published"], r["id"]))
    articles = [Article(id=r["id"], text=r["text"], published=parse_published(r["published"])) for r in ordered]
    core = Sitroom(str(tmp_path / "agreements.duckdb"))
    try:
        core.ingest(iter(articles))
        records = list(core.agreement_records())
    finally:
        core.close()
    metrics = _scorer().score(gold, records)
    for metric, floor in FLOORS.items():
        assert metrics[metric] is not None and metrics[metric] >= floor, (metric, metrics[metric], floor)
